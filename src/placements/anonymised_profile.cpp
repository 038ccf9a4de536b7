#include "placements/anonymised_profile.h"

#include <algorithm>

#include "platform/i18n_markers.h"

namespace primowork::placements {
namespace {

std::vector<ProfileSkill> skills_of(const nlohmann::json& record, const char* key) {
  std::vector<ProfileSkill> out;
  if (!record.is_object() || !record.contains(key) || !record[key].is_array()) return out;
  for (const auto& s : record[key]) {
    if (!s.is_object()) continue;
    ProfileSkill skill;
    skill.code = s.value("code", "");
    skill.label = s.value("label", skill.code);
    if (!skill.code.empty() || !skill.label.empty()) out.push_back(std::move(skill));
  }
  return out;
}

// One level per language: the overall level, else the lowest assessed part (French).
std::string level_of(const people::LanguageSkill& l) {
  if (!l.overall.empty()) return l.overall;
  std::string lowest;
  for (const std::string* part : {&l.listening, &l.reading, &l.speaking, &l.writing}) {
    if (part->empty()) continue;
    if (lowest.empty() || people::cefr_rank(*part) < people::cefr_rank(lowest)) lowest = *part;
  }
  return lowest;
}

}  // namespace

const char* to_string(DistanceBand band) {
  switch (band) {
    case DistanceBand::kUnder5:
      return "0-5";
    case DistanceBand::kUnder15:
      return "5-15";
    case DistanceBand::kUnder30:
      return "15-30";
    case DistanceBand::kOver30:
      return "30+";
    case DistanceBand::kUnknown:
      break;
  }
  return "unknown";
}

const char* label(DistanceBand band) {
  switch (band) {
    case DistanceBand::kUnder5:
      return N_("moins de 5 km");
    case DistanceBand::kUnder15:
      return N_("de 5 à 15 km");
    case DistanceBand::kUnder30:
      return N_("de 15 à 30 km");
    case DistanceBand::kOver30:
      return N_("plus de 30 km");
    case DistanceBand::kUnknown:
      break;
  }
  return N_("distance inconnue");
}

DistanceBand distance_band(double km) {
  if (km < 0) return DistanceBand::kUnknown;
  if (km < 5) return DistanceBand::kUnder5;
  if (km < 15) return DistanceBand::kUnder15;
  if (km < 30) return DistanceBand::kUnder30;
  return DistanceBand::kOver30;
}

AnonymisedProfile anonymised_profile(
    const people::PersonFile& file, const nlohmann::json& decision_record,
    const std::string& pseudonym, bool disclosed, const std::vector<people::Document>& documents,
    const std::function<std::string(const std::string&)>& occupation_label) {
  AnonymisedProfile p;
  p.pseudonym = pseudonym;
  p.matched = skills_of(decision_record, "matched_core_skills");
  p.missing = skills_of(decision_record, "missing_core_skills");
  for (const auto& job : file.past_jobs) {
    if (job.occupation.empty()) continue;
    p.experience.push_back({occupation_label(job.occupation), std::max(0, job.years)});
    p.experience_years += std::max(0, job.years);
  }
  for (const auto& l : file.languages) p.languages.push_back({l.language, level_of(l)});
  p.licences = file.licences;
  p.vehicle = file.vehicle;
  p.no_nights = file.no_nights;
  p.no_weekends = file.no_weekends;
  p.part_time_only = file.part_time_only;
  if (decision_record.is_object() && decision_record.contains("distance_km") &&
      decision_record["distance_km"].is_number())
    p.distance = distance_band(decision_record["distance_km"].get<double>());
  if (!disclosed) return p;
  p.disclosed = true;
  p.name = file.given_name + " " + file.family_name;
  p.phone = file.phone;
  p.email = file.email;
  // The CV the person chose: the latest one they (or their counsellor) put in the file.
  for (const auto& d : documents) {
    if (d.kind != "cv") continue;
    p.cv_id = d.id;
    p.cv_filename = d.filename;
  }
  return p;
}

nlohmann::json to_json(const AnonymisedProfile& p) {
  using nlohmann::json;
  auto skills = [](const std::vector<ProfileSkill>& list) {
    json out = json::array();
    for (const auto& s : list) out.push_back({{"code", s.code}, {"label", s.label}});
    return out;
  };
  json experience = json::array();
  for (const auto& e : p.experience)
    experience.push_back({{"occupation", e.occupation}, {"years", e.years}});
  json languages = json::array();
  for (const auto& l : p.languages)
    languages.push_back({{"language", l.language}, {"level", l.level}});
  json out = {{"pseudonym", p.pseudonym},
              {"matched_skills", skills(p.matched)},
              {"missing_skills", skills(p.missing)},
              {"experience_years", p.experience_years},
              {"experience", experience},
              {"languages", languages},
              {"licences", p.licences},
              {"vehicle", p.vehicle},
              {"availability",
               {{"no_nights", p.no_nights},
                {"no_weekends", p.no_weekends},
                {"part_time_only", p.part_time_only}}},
              {"distance_band", to_string(p.distance)}};
  if (p.disclosed) {
    json identity = {{"name", p.name}, {"phone", p.phone}, {"email", p.email}};
    if (!p.cv_id.empty()) identity["cv"] = {{"id", p.cv_id}, {"filename", p.cv_filename}};
    out["identity"] = identity;
  }
  return out;
}

}  // namespace primowork::placements
