#include "people/document.h"

#include <algorithm>
#include <cctype>

#include "platform/i18n_markers.h"

namespace primowork::people {

const std::vector<Code>& document_kinds() {
  static const std::vector<Code> codes = {
      {"cv", N_("CV")},
      {"diploma", N_("Diplôme")},
      {"residence_card", N_("Titre de séjour")},
      {"certificate", N_("Attestation")},
      {"other", N_("Autre document")},
  };
  return codes;
}

std::string sniff_content_type(const std::string& d) {
  if (d.rfind("%PDF-", 0) == 0) return "application/pdf";
  if (d.size() >= 8 && d.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "image/png";
  if (d.size() >= 3 && static_cast<unsigned char>(d[0]) == 0xFF &&
      static_cast<unsigned char>(d[1]) == 0xD8 && static_cast<unsigned char>(d[2]) == 0xFF)
    return "image/jpeg";
  return "";
}

std::string clean_filename(const std::string& filename) {
  std::string base = filename.substr(filename.find_last_of("/\\") + 1);
  std::string out;
  for (unsigned char c : base) {
    if (c < 0x20 || c == 0x7F || c == '"' || c == '\'' || c == ';' || c == '\\') continue;
    out += static_cast<char>(c);
  }
  while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(out.begin());
  if (out.size() > 120) {  // cut, then drop a UTF-8 character left incomplete by the cut
    out.resize(120);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
      out.pop_back();
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  }
  return out.empty() ? "document" : out;
}

namespace {
std::string extension_of(const std::string& filename) {
  const auto dot = filename.find_last_of('.');
  if (dot == std::string::npos) return "";
  std::string ext = filename.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}
}  // namespace

std::vector<Error> check_document(const std::string& kind, const std::string& filename,
                                  const std::string& data) {
  std::vector<Error> errors;
  if (!is_code(document_kinds(), kind))
    errors.push_back(Error::invalid("kind", N_("Choisissez une valeur de la liste.")));
  if (filename.empty() && data.empty()) {
    errors.push_back(Error::invalid("file", N_("Choisissez un fichier.")));
    return errors;
  }
  if (data.empty()) {
    errors.push_back(Error::invalid("file", N_("Ce fichier est vide.")));
    return errors;
  }
  if (data.size() > kMaxDocumentBytes) {
    errors.push_back(Error::invalid("file", N_("Ce fichier est trop lourd : 5 Mo au plus.")));
    return errors;
  }
  const std::string type = sniff_content_type(data);
  if (type.empty()) {
    errors.push_back(
        Error::invalid("file", N_("Seuls les fichiers PDF, PNG et JPEG sont acceptés.")));
    return errors;
  }
  const std::string ext = extension_of(filename);
  const bool agrees = (type == "application/pdf" && ext == "pdf") ||
                      (type == "image/png" && ext == "png") ||
                      (type == "image/jpeg" && (ext == "jpg" || ext == "jpeg"));
  if (!agrees)
    errors.push_back(Error::invalid(
        "file", N_("Le nom du fichier ne correspond pas à son contenu : vérifiez le fichier.")));
  return errors;
}

}  // namespace primowork::people
