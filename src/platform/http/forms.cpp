#include "platform/http/forms.h"

#include <cctype>

namespace primowork::http {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Value of `key` in a header parameter list like `form-data; name="a"; filename="b.pdf"`.
std::string header_param(std::string_view header, std::string_view key) {
  std::size_t pos = 0;
  while ((pos = header.find(';', pos)) != std::string_view::npos) {
    ++pos;
    while (pos < header.size() && header[pos] == ' ') ++pos;
    const std::size_t eq = header.find('=', pos);
    if (eq == std::string_view::npos) break;
    if (lower(header.substr(pos, eq - pos)) != key) continue;
    std::size_t v = eq + 1;
    if (v < header.size() && header[v] == '"') {
      std::string out;
      for (++v; v < header.size() && header[v] != '"'; ++v) {
        if (header[v] == '\\' && v + 1 < header.size()) ++v;
        out.push_back(header[v]);
      }
      return out;
    }
    const std::size_t end = header.find(';', v);
    return std::string(header.substr(v, end == std::string_view::npos ? end : end - v));
  }
  return {};
}

}  // namespace

std::string multipart_boundary(std::string_view content_type_header) {
  return header_param(content_type_header, "boundary");
}

Result<FormData> parse_multipart(std::string_view body, const std::string& boundary) {
  if (boundary.empty() || boundary.size() > 70) {
    return Error::invalid("", "Formulaire multipart mal formé");
  }
  const std::string delimiter = "--" + boundary;
  FormData form;
  std::size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return Error::invalid("", "Formulaire multipart mal formé");
  pos += delimiter.size();
  while (true) {
    if (body.substr(pos, 2) == "--") return form;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return Error::invalid("", "Formulaire multipart mal formé");
    pos += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) {
      return Error::invalid("", "Formulaire multipart mal formé");
    }
    std::string disposition;
    std::string type;
    std::string_view headers = body.substr(pos, headers_end - pos);
    std::size_t line_start = 0;
    while (line_start <= headers.size()) {
      std::size_t line_end = headers.find("\r\n", line_start);
      if (line_end == std::string_view::npos) line_end = headers.size();
      std::string_view line = headers.substr(line_start, line_end - line_start);
      const std::size_t colon = line.find(':');
      if (colon != std::string_view::npos) {
        const std::string name = lower(line.substr(0, colon));
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        if (name == "content-disposition") disposition = std::string(value);
        if (name == "content-type") type = std::string(value);
      }
      line_start = line_end + 2;
    }
    const std::size_t data_start = headers_end + 4;
    const std::size_t data_end = body.find("\r\n" + delimiter, data_start);
    if (data_end == std::string_view::npos) {
      return Error::invalid("", "Formulaire multipart mal formé");
    }
    std::string_view data = body.substr(data_start, data_end - data_start);
    if (lower(disposition.substr(0, disposition.find(';'))) != "form-data") {
      return Error::invalid("", "Formulaire multipart mal formé");
    }
    const std::string name = header_param(disposition, "name");
    if (name.empty() || !valid_utf8(name)) {
      return Error::invalid("", "Formulaire multipart mal formé");
    }
    if (disposition.find("filename=") != std::string::npos) {
      std::string filename = header_param(disposition, "filename");
      const std::size_t slash = filename.find_last_of("/\\");
      if (slash != std::string::npos) filename = filename.substr(slash + 1);
      if (!valid_utf8(filename)) return Error::invalid(name, "Encodage invalide");
      form.files.push_back(UploadedFile{name, std::move(filename),
                                        type.empty() ? "application/octet-stream" : type,
                                        std::string(data)});
    } else {
      if (!valid_utf8(data)) return Error::invalid(name, "Encodage invalide");
      form.fields.add(name, std::string(data));
    }
    pos = data_end + 2 + delimiter.size();
  }
}

Result<FormData> parse_form(const Request& request) {
  const std::string type = request.content_type();
  if (type == "application/x-www-form-urlencoded") {
    auto fields = parse_urlencoded(request.body);
    if (!fields) return fields.error();
    return FormData{std::move(fields.value()), {}};
  }
  if (type == "multipart/form-data") {
    return parse_multipart(request.body,
                           multipart_boundary(request.headers.get("Content-Type").value_or("")));
  }
  return Error::invalid("", "Type de contenu non pris en charge");
}

}  // namespace primowork::http
