// The profile an employer sees for a proposal (issue #8 item 3). Before the person agrees to
// disclosure: a pseudonym, the skills matched and missing against this offer (the decision
// record), experience in years per occupation (never where: no country, no employer),
// languages and levels, driving licences, availability (schedule constraints) and a distance
// band. Never the name, photo, age or birth date, sex, nationality, address, right-to-work
// details or any document. After disclosure: the name, contact and the CV the person chose.
//
// A pure function over the file and the decision record: the page and the JSON are built from
// this struct only, so nothing else can leak by mistake (tests/unit/anonymised_profile_test.cpp).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "people/document.h"
#include "people/person.h"

namespace primowork::placements {

struct ProfileSkill {
  std::string code, label;
};

struct ProfileExperience {
  std::string occupation;  // label ("Aide-soignant (J1501)"), never where it was
  int years = 0;
};

struct ProfileLanguage {
  std::string language;  // ISO 639-1 code ("fr", "ar")
  std::string level;     // CEFR "A1".."C2", "" when not assessed
};

// Distance from the person's commune to the workplace, in bands (never the commune).
enum class DistanceBand { kUnknown, kUnder5, kUnder15, kUnder30, kOver30 };
// "unknown", "0-5", "5-15", "15-30", "30+".
const char* to_string(DistanceBand band);
// French label msgid ("moins de 5 km").
const char* label(DistanceBand band);
DistanceBand distance_band(double km);

struct AnonymisedProfile {
  std::string pseudonym;
  std::vector<ProfileSkill> matched, missing;  // against this offer
  int experience_years = 0;                    // total
  std::vector<ProfileExperience> experience;
  std::vector<ProfileLanguage> languages;
  std::vector<std::string> licences;  // categories ("B", "C")
  bool vehicle = false;
  // Availability: the person's schedule constraints (all false: full time, any schedule).
  bool no_nights = false, no_weekends = false, part_time_only = false;
  DistanceBand distance = DistanceBand::kUnknown;
  // After disclosure only.
  bool disclosed = false;
  std::string name, phone, email;
  std::string cv_id, cv_filename;  // the person's CV (latest document of kind "cv"), if any
};

// Builds the profile. `decision_record` is the proposal's stored explanation (see
// matches::explanation_json: matched_core_skills, missing_core_skills, distance_km);
// `occupation_label` names a ROME code. `documents` are read only after disclosure.
AnonymisedProfile anonymised_profile(
    const people::PersonFile& file, const nlohmann::json& decision_record,
    const std::string& pseudonym, bool disclosed, const std::vector<people::Document>& documents,
    const std::function<std::string(const std::string&)>& occupation_label);

// The profile as JSON (the identity object only when disclosed).
nlohmann::json to_json(const AnonymisedProfile& profile);

}  // namespace primowork::placements
