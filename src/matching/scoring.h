// The score of a person for an offer, in integer units (10,000 per point, 1,000,000 in all), so
// that any order of addition gives the same total: the pruned top-k scans, the brute-force
// reference and the explanations agree to the unit, and ties are real ties (broken by id).
//
// Every component is rounded once, per item, from the weights (MATCHING.md 4.2, 4.3):
//   skills      per offer skill: full = round(P_skills x share x weight / total weight), where
//               share is 0.75 for core and 0.25 for optional skills (core alone: 1); a skill the
//               person has earns `full`, a skill under a macro-skill the person has earns full/2.
//   occupation  round(P_occupation x sim(t, o)), best over the person's targets and past.
//   language    P_language x (credit over desired languages) / (2 x count), credit 2 when the level
//               is reached, 1 when one level short; all of P_language when nothing is desired.
//   distance    round(P_distance x s), s = 1 up to half the maximum commute, then linear to 0.
//   preferences P_preferences when contract and hours suit the person, half otherwise.
// P_k = round(weight_k x 100 x 10,000).
#pragma once

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "matching/explanation.h"
#include "matching/model.h"
#include "matching/profile_record.h"

namespace primowork::matching::detail {

constexpr std::int32_t kUnitsPerPoint = 10000;

struct Scale {
  explicit Scale(const Weights& w);
  std::int32_t skills, occupation, language, distance, preferences;
  // The most the components other than skills can give.
  std::int32_t others() const { return occupation + language + distance + preferences; }
};

struct OfferEntry {
  std::uint16_t skill;
  std::uint16_t macro;  // UINT16_MAX when none
  std::int32_t full;
  std::int32_t half;
  bool core;
  float weight;
};

struct LanguageRequirement {
  std::uint16_t key;  // language_key(); 0 matches nobody
  std::uint8_t level;
  auto operator<=>(const LanguageRequirement&) const = default;
};

// An offer with its per-skill points worked out once, at upsert.
struct CompiledOffer {
  Offer offer;
  std::vector<OfferEntry> entries;  // core skills, then optional ones, in the offer's order
  std::int32_t skills_cap = 0;      // sum of `full`: the most skills can give for this offer
  std::vector<LanguageRequirement> mandatory, desired;
  std::uint16_t location = 0;
};

CompiledOffer compile(const Offer& o, const Scale& scale,
                      const std::vector<std::uint16_t>& macro_of, std::uint16_t location);

struct Points {
  std::int32_t skills = 0, occupation = 0, language = 0, distance = 0, preferences = 0;
  std::int32_t total() const { return skills + occupation + language + distance + preferences; }
};

// The first hard filter the pair fails (`km`: distance between the person and the offer).
std::optional<Filter> first_failing(const ProfileRecord& p, const CompiledOffer& o, float km);

std::int32_t language_points(const ProfileRecord& p, const CompiledOffer& o, const Scale& scale);
// The same from the desired languages and a function giving the person's level of a language key
// (0 for key 0).
template <typename Level>
std::int32_t language_points(std::span<const LanguageRequirement> desired, const Scale& scale,
                             Level level) {
  if (desired.empty()) return scale.language;
  std::int64_t credit = 0;  // in halves
  for (const auto& need : desired) {
    const int have = need.key == 0 ? 0 : level(need.key);
    credit += have >= need.level ? 2 : (have + 1 == need.level ? 1 : 0);
  }
  const auto halves = static_cast<std::int64_t>(2 * desired.size());
  return static_cast<std::int32_t>((scale.language * credit + halves / 2) / halves);
}
// The most language_points gives anyone whose levels are at most `best` (packed languages, the
// highest level per language): credit grows with the level.
std::int32_t language_bound(std::span<const std::uint16_t> best, const CompiledOffer& o,
                            const Scale& scale);
// std::lround(x) for any float x, inline (top-k scans call it for every key they bound).
inline std::int32_t round_points(float x) {
  if (!(x >= 0.0f && x < 8388608.0f)) return static_cast<std::int32_t>(std::lround(x));
  const auto whole = static_cast<std::int32_t>(x);  // exact below 2^23, as is x - whole
  return whole + (x - static_cast<float>(whole) >= 0.5f ? 1 : 0);
}
inline std::int32_t distance_points(float km, std::uint16_t max_km, const Scale& scale) {
  const float half = static_cast<float>(max_km) / 2;
  const float s = km <= half    ? 1.0f
                  : max_km == 0 ? 0.0f
                                : std::max(0.0f, (static_cast<float>(max_km) - km) / half);
  return round_points(static_cast<float>(scale.distance) * s);
}
std::int32_t preference_points(const ProfileRecord& p, const CompiledOffer& o, const Scale& scale);

// Skill points by looking each offer skill up in the person's sorted skills and macro-skills.
std::int32_t skill_points(const ProfileRecord& p, const CompiledOffer& o);

// The explanation of a scored pair: components as shares of their maximum, skill lists, language
// gaps. `failed` is the filter result; the score is 0 when a filter failed.
Explanation explanation(const ProfileRecord& p, const CompiledOffer& o, const Points& points,
                        const Scale& scale, std::optional<Filter> failed, float km,
                        OccupationId closest);

}  // namespace primowork::matching::detail
