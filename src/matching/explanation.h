// What the engine says about a pair: weights, the hard filters, and the explanation of a score.
// Pure data; sentences for people are written by a formatter outside the engine.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "matching/model.h"

namespace primowork::matching {

// Shares of the score (they should add up to 1; the score is then at most 100).
struct Weights {
  float skills = 0.45f;
  float occupation = 0.20f;
  float language = 0.15f;
  float distance = 0.10f;
  float preferences = 0.10f;
};

// The hard filters, in the order they are checked.
enum class Filter : std::uint8_t {
  kRightToWork,  // no access, or limited to another employer or function
  kLicence,      // a required licence is missing
  kDistance,     // farther than the person's maximum commute
  kSchedule,     // the job imposes a schedule the person excludes
  kLanguage,     // a mandatory language level is not reached
  kRegulated,    // regulated occupation without a recognised diploma
  kContract,     // contract type or hours the person does not accept
};
const char* to_string(Filter filter);

struct LanguageGap {
  std::uint16_t language;
  std::uint8_t have;
  std::uint8_t need;
  bool mandatory;
};

struct Explanation {
  float score = 0;  // 0..100; 0 when a filter failed
  float skills = 0, occupation = 0, language = 0, distance = 0, preferences = 0;  // s_k in [0,1]
  std::optional<Filter> failed;  // the first filter that failed (near miss)
  std::vector<SkillId> matched_core;
  std::vector<SkillId> related;       // core or optional skills matched by a sibling skill
  std::vector<SkillId> missing_core;  // by descending weight: the gap
  std::vector<LanguageGap> language_gaps;
  float distance_km = 0;
  OccupationId closest_occupation = 0;  // the person's occupation that fits best
};

struct Match {
  Id id;
  float score;  // 0..100, in steps of 0.0001: equal scores are equal to the unit
};

}  // namespace primowork::matching
