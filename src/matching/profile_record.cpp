#include "matching/profile_record.h"

#include <algorithm>
#include <limits>

namespace primowork::matching::detail {
namespace {

std::uint16_t letter(unsigned c) {
  if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return c >= 'a' && c <= 'z' ? static_cast<std::uint16_t>(c - 'a' + 1) : 0;
}

template <typename T>
void append_capped(std::vector<std::uint16_t>& out, const std::vector<T>& list, std::size_t cap) {
  for (std::size_t i = 0; i < list.size() && i < cap; ++i)
    out.push_back(static_cast<std::uint16_t>(list[i]));
}

}  // namespace

std::uint16_t language_key(std::uint16_t language) {
  const std::uint16_t a = letter(language >> 8), b = letter(language & 0xFF);
  return a != 0 && b != 0 ? static_cast<std::uint16_t>((a << 5) | b) : 0;
}

std::uint16_t pack_language(std::uint16_t language, std::uint8_t level) {
  const std::uint16_t key = language_key(language);
  return key == 0 ? 0 : static_cast<std::uint16_t>((key << 3) | std::min<std::uint8_t>(level, 7));
}

std::uint8_t ProfileRecord::level(std::uint16_t key) const {
  for (std::uint16_t packed : languages()) {
    if (language_of(packed) == key) return level_of(packed);
  }
  return 0;
}

void encode(const Profile& p, const std::vector<std::uint16_t>& macro_of, std::uint16_t location,
            std::vector<std::uint16_t>& out) {
  std::vector<std::uint16_t> skills, macros, languages;
  for (const auto& h : p.skills) {
    if (h.skill < macro_of.size()) skills.push_back(static_cast<std::uint16_t>(h.skill));
  }
  std::sort(skills.begin(), skills.end());
  skills.erase(std::unique(skills.begin(), skills.end()), skills.end());
  if (skills.size() > 0xFFFF) skills.resize(0xFFFF);
  for (std::uint16_t s : skills) {
    if (macro_of[s] != std::numeric_limits<std::uint16_t>::max())
      macros.push_back(macro_of[s]);
  }
  std::sort(macros.begin(), macros.end());
  macros.erase(std::unique(macros.begin(), macros.end()), macros.end());
  for (const auto& l : p.languages) {
    const std::uint16_t packed = pack_language(l.language, l.level);
    if (packed != 0 && languages.size() < 15) languages.push_back(packed);
  }
  const bool limited = p.access == Access::kLimited;
  const auto n_targets = std::min<std::size_t>(p.targets.size(), 15);
  const auto n_past = std::min<std::size_t>(p.past.size(), 0xFF);
  const auto n_recognised = std::min<std::size_t>(p.recognised.size(), 0xFF);

  out.push_back(static_cast<std::uint16_t>(p.id & 0xFFFF));
  out.push_back(static_cast<std::uint16_t>(p.id >> 16));
  out.push_back(static_cast<std::uint16_t>((p.licences & 0x7F) | ((p.excluded & 0xF) << 7) |
                                           (static_cast<unsigned>(p.access) << 11) |
                                           (p.part_time_only ? 1u << 13 : 0u) |
                                           (limited ? 1u << 15 : 0u)));
  out.push_back(static_cast<std::uint16_t>(p.contracts | (languages.size() << 8) |
                                           (n_targets << 12)));
  out.push_back(location);
  out.push_back(p.max_km);
  out.push_back(static_cast<std::uint16_t>(skills.size()));
  out.push_back(static_cast<std::uint16_t>(macros.size()));
  out.push_back(static_cast<std::uint16_t>(n_past | (n_recognised << 8)));
  out.insert(out.end(), skills.begin(), skills.end());
  out.insert(out.end(), macros.begin(), macros.end());
  append_capped(out, p.targets, n_targets);
  append_capped(out, p.past, n_past);
  append_capped(out, p.recognised, n_recognised);
  out.insert(out.end(), languages.begin(), languages.end());
  if (limited) {
    out.push_back(static_cast<std::uint16_t>(p.limited_employer & 0xFFFF));
    out.push_back(static_cast<std::uint16_t>(p.limited_employer >> 16));
    out.push_back(static_cast<std::uint16_t>(p.limited_occupation));
  }
}

Profile decode(const ProfileRecord& r, float lat, float lon) {
  Profile p;
  p.id = r.id();
  p.targets.assign(r.targets().begin(), r.targets().end());
  p.past.assign(r.past().begin(), r.past().end());
  for (std::uint16_t s : r.skills()) p.skills.push_back({s, Provenance::kDeclared});
  for (std::uint16_t packed : r.languages()) {
    const std::uint16_t key = language_of(packed);
    const auto a = static_cast<char>('a' + (key >> 5) - 1), b = static_cast<char>('a' + (key & 31) - 1);
    p.languages.push_back({language_code(a, b), level_of(packed)});
  }
  p.licences = r.licences();
  p.access = r.access();
  p.limited_employer = r.limited_employer();
  p.limited_occupation = r.limited_occupation();
  p.lat = lat;
  p.lon = lon;
  p.max_km = r.max_km();
  p.excluded = r.excluded();
  p.part_time_only = r.part_time_only();
  p.contracts = r.contracts();
  p.recognised.assign(r.recognised().begin(), r.recognised().end());
  return p;
}

}  // namespace primowork::matching::detail
