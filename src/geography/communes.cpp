#include "geography/communes.h"

#include <algorithm>
#include <charconv>
#include <fstream>

#include "platform/csv.h"

namespace primowork::geography {
namespace {

bool parse_float(const std::string& text, float& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<Communes> Communes::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kInternal, "communes", N_("Erreur interne"), "cannot read " + path};
  csv::Reader reader(in, path);
  std::vector<std::string> row;
  if (!reader.next(row) || row != std::vector<std::string>{"postcode", "commune", "lat", "lon"})
    return Error{ErrorCode::kInvalid, "communes", N_("Erreur interne"),
                 path + ": header must be postcode,commune,lat,lon"};
  Communes out;
  while (reader.next(row)) {
    Commune c;
    const bool ok = row.size() == 4 && row[0].size() == 4 &&
                    std::all_of(row[0].begin(), row[0].end(), ::isdigit) && !row[1].empty() &&
                    parse_float(row[2], c.lat) && parse_float(row[3], c.lon);
    if (!ok)
      return Error{ErrorCode::kInvalid, "communes", N_("Erreur interne"),
                   path + ":" + std::to_string(reader.line()) + ": bad row"};
    c.postcode = row[0];
    c.name = row[1];
    out.by_postcode_[c.postcode] = c;
  }
  if (reader.error() != nullptr) return *reader.error();
  for (const auto& [pc, c] : out.by_postcode_) out.ordered_.push_back(c);
  std::stable_sort(out.ordered_.begin(), out.ordered_.end(),
                   [](const Commune& a, const Commune& b) { return a.name < b.name; });
  return out;
}

const Commune* Communes::find(std::string_view postcode) const {
  auto it = by_postcode_.find(postcode);
  return it == by_postcode_.end() ? nullptr : &it->second;
}

}  // namespace primowork::geography
