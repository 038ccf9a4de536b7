// What the matching engine knows of people and offers: ids and numbers only.
//
// A Profile has NO field for nationality, origin, age, sex, family, religion or health, and
// never will: the engine cannot rank on what it is not given (tests/unit/matching_test.cpp lists
// the fields so that adding one is a deliberate, reviewed change). Right to work is a legal
// filter, not a score.
#pragma once

#include <cstdint>
#include <vector>

namespace primowork::matching {

using Id = std::uint32_t;
using OccupationId = std::uint32_t;  // dense ids of the taxonomy
using SkillId = std::uint32_t;

// Labour-market access written on the residence card ("marché du travail").
enum class Access : std::uint8_t {
  kNone,       // may not work
  kLimited,    // single permit: one named employer and function
  kUnlimited,  // any employer, any job
};

// Schedules and conditions a job may impose, and a person may exclude.
enum Schedule : std::uint8_t {
  kNight = 1,
  kWeekend = 2,
  kShifts = 4,
  kHeavyLoads = 8,
};

enum Contract : std::uint8_t {
  kPermanent = 1,
  kFixedTerm = 2,
  kInterim = 4,
  kPfi = 8,
  kInternship = 16,
};

// Driving licence categories as bits: B, C, CE, D, BE, C1, AM.
enum Licence : std::uint16_t {
  kLicenceB = 1,
  kLicenceC = 2,
  kLicenceCE = 4,
  kLicenceD = 8,
  kLicenceBE = 16,
  kLicenceC1 = 32,
  kLicenceAM = 64,
};

// CEFR levels A1..C2 as 1..6 (0: none).
struct LanguageLevel {
  std::uint16_t language;  // ISO 639-1 packed in two bytes, e.g. 'f'<<8|'r'
  std::uint8_t level;
};

enum class Provenance : std::uint8_t { kDeclared, kValidated, kInferred };

struct HeldSkill {
  SkillId skill;
  Provenance provenance;
};

struct Profile {
  Id id = 0;
  std::vector<OccupationId> targets;  // occupations sought
  std::vector<OccupationId> past;     // occupations held before
  std::vector<HeldSkill> skills;      // sorted by skill, unique
  std::vector<LanguageLevel> languages;
  std::uint16_t licences = 0;
  Access access = Access::kNone;
  Id limited_employer = 0;              // for kLimited
  OccupationId limited_occupation = 0;  // for kLimited
  float lat = 0, lon = 0;               // home commune
  std::uint16_t max_km = 30;            // maximum commute
  std::uint8_t excluded = 0;            // Schedule bits the person cannot work
  bool part_time_only = false;
  std::uint8_t contracts = 0xFF;         // Contract bits accepted
  std::vector<OccupationId> recognised;  // regulated occupations with a recognised diploma
};

struct WeightedSkill {
  SkillId skill;
  float weight;
};

struct LanguageNeed {
  std::uint16_t language;
  std::uint8_t level;
  bool mandatory;  // a hard filter; otherwise "desired" (scored)
};

struct Offer {
  Id id = 0;
  OccupationId occupation = 0;
  std::vector<WeightedSkill> core;      // essential skills
  std::vector<WeightedSkill> optional;  // nice to have
  std::vector<LanguageNeed> languages;
  std::uint16_t licences = 0;  // all required
  float lat = 0, lon = 0;
  std::uint8_t schedule = 0;           // Schedule bits the job imposes
  std::uint8_t contract = kPermanent;  // one Contract bit
  bool part_time = false;
  bool regulated = false;  // needs a recognised diploma for `occupation`
  Id employer = 0;
};

constexpr std::uint16_t language_code(char a, char b) {
  return static_cast<std::uint16_t>((static_cast<unsigned>(a) << 8) | static_cast<unsigned>(b));
}

}  // namespace primowork::matching
