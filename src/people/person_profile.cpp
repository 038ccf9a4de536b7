#include "people/person_profile.h"

#include <algorithm>

namespace primowork::people {
namespace {

std::uint16_t licence_bits(const std::vector<std::string>& categories) {
  std::uint16_t bits = 0;
  for (const auto& c : categories) {
    if (c == "B") bits |= matching::kLicenceB;
    if (c == "BE") bits |= matching::kLicenceBE;
    if (c == "C") bits |= matching::kLicenceC;
    if (c == "CE") bits |= matching::kLicenceCE;
    if (c == "C1") bits |= matching::kLicenceC1;
    if (c == "D" || c == "DE" || c == "D1") bits |= matching::kLicenceD;
  }
  return bits;
}

}  // namespace

matching::Profile to_profile(const PersonFile& f, const std::vector<Diploma>& diplomas,
                             const taxonomy::Taxonomy& t, const geography::Communes& communes,
                             matching::Id id) {
  matching::Profile p;
  p.id = id;
  for (const auto& code : f.targets) {
    if (auto o = t.occupation_id(code)) p.targets.push_back(*o);
  }
  for (const auto& job : f.past_jobs) {
    if (auto o = t.occupation_id(job.occupation)) p.past.push_back(*o);
  }
  if (auto o = t.occupation_id(f.former_profession_inaccessible)) {
    if (std::find(p.past.begin(), p.past.end(), *o) == p.past.end()) p.past.push_back(*o);
  }
  for (const auto& s : f.skills) {
    if (auto id = t.skill_id(s.skill))
      p.skills.push_back({*id, s.validated ? matching::Provenance::kValidated
                                           : matching::Provenance::kDeclared});
  }
  if (p.skills.empty()) {
    for (auto o : p.past) {
      for (const auto& link : t.skills_of(o)) {
        if (link.core) p.skills.push_back({link.skill, matching::Provenance::kInferred});
      }
    }
  }
  for (const auto& l : f.languages) {
    if (l.language.size() != 2) continue;
    std::uint8_t level = cefr_rank(l.overall);
    for (const auto* skill : {&l.listening, &l.reading, &l.speaking, &l.writing}) {
      // The level of a language with skills assessed one by one: the weakest skill assessed.
      const auto r = cefr_rank(*skill);
      if (r != 0 && (level == 0 || r < level)) level = r;
    }
    p.languages.push_back({matching::language_code(l.language[0], l.language[1]), level});
  }
  p.licences = licence_bits(f.licences);
  p.access = f.access == "unlimited" ? matching::Access::kUnlimited
             : f.access == "limited" ? matching::Access::kLimited
                                     : matching::Access::kNone;
  if (const auto* c = communes.find(f.postcode)) {
    p.lat = c->lat;
    p.lon = c->lon;
  }
  p.max_km = static_cast<std::uint16_t>(std::clamp(f.max_km, 0, 200));
  if (f.no_nights) p.excluded |= matching::kNight;
  if (f.no_weekends) p.excluded |= matching::kWeekend;
  p.part_time_only = f.part_time_only;
  for (const auto& d : diplomas) {
    if (!d.recognised()) continue;
    if (auto o = t.occupation_id(d.opens_occupation)) p.recognised.push_back(*o);
  }
  return p;
}

}  // namespace primowork::people
