#include "matching/scoring.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace primowork::matching::detail {
namespace {

std::int32_t units(float share) {
  return static_cast<std::int32_t>(std::lround(share * 100.0f * kUnitsPerPoint));
}

bool holds(std::span<const std::uint16_t> sorted, std::uint16_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

}  // namespace

Scale::Scale(const Weights& w)
    : skills(units(w.skills)),
      occupation(units(w.occupation)),
      language(units(w.language)),
      distance(units(w.distance)),
      preferences(units(w.preferences)) {}

CompiledOffer compile(const Offer& o, const Scale& scale,
                      const std::vector<std::uint16_t>& macro_of, std::uint16_t location) {
  CompiledOffer c;
  c.offer = o;
  c.location = location;
  double core_total = 0, optional_total = 0;
  for (const auto& ws : o.core) core_total += ws.weight;
  for (const auto& ws : o.optional) optional_total += ws.weight;
  const double core_share = optional_total > 0 ? 0.75 : 1.0;
  auto add = [&](const WeightedSkill& ws, bool core, double share, double total) {
    if (ws.skill >= macro_of.size()) return;  // outside the taxonomy: weighs, earns nothing
    const auto skill = static_cast<std::uint16_t>(ws.skill);
    const std::uint16_t macro = macro_of[skill];
    const auto full =
        total > 0
            ? static_cast<std::int32_t>(std::llround(scale.skills * share * ws.weight / total))
            : 0;
    c.entries.push_back({skill, macro, full, full / 2, core, ws.weight});
    c.skills_cap += full;
  };
  for (const auto& ws : o.core) add(ws, true, core_share, core_total);
  for (const auto& ws : o.optional) add(ws, false, 0.25, optional_total);
  for (const auto& need : o.languages) {
    (need.mandatory ? c.mandatory : c.desired).push_back({language_key(need.language), need.level});
  }
  return c;
}

std::optional<Filter> first_failing(const ProfileRecord& p, const CompiledOffer& c, float km) {
  const Offer& o = c.offer;
  if (p.access() == Access::kNone ||
      (p.access() == Access::kLimited &&
       (p.limited_employer() != o.employer || p.limited_occupation() != o.occupation))) {
    return Filter::kRightToWork;
  }
  if ((o.licences & p.licences()) != o.licences) return Filter::kLicence;
  if (km > static_cast<float>(p.max_km())) return Filter::kDistance;
  if ((o.schedule & p.excluded()) != 0) return Filter::kSchedule;
  for (const auto& need : c.mandatory) {
    if (need.key == 0 || p.level(need.key) < need.level) return Filter::kLanguage;
  }
  if (o.regulated && (o.occupation > 0xFFFF ||
                      std::find(p.recognised().begin(), p.recognised().end(),
                                static_cast<std::uint16_t>(o.occupation)) == p.recognised().end()))
    return Filter::kRegulated;
  if ((o.contract & p.contracts()) == 0 || (p.part_time_only() && !o.part_time))
    return Filter::kContract;
  return std::nullopt;
}

std::int32_t language_points(const ProfileRecord& p, const CompiledOffer& c, const Scale& scale) {
  return language_points(c.desired, scale, [&](std::uint16_t key) { return p.level(key); });
}

std::int32_t language_bound(std::span<const std::uint16_t> best, const CompiledOffer& c,
                            const Scale& scale) {
  return language_points(c.desired, scale, [&](std::uint16_t key) {
    int level = 0;
    for (std::uint16_t packed : best) {
      if (language_of(packed) == key) level = std::max<int>(level, level_of(packed));
    }
    return level;
  });
}

std::int32_t preference_points(const ProfileRecord& p, const CompiledOffer& c, const Scale& scale) {
  const bool contract_ok = (c.offer.contract & p.contracts()) != 0;
  const bool hours_ok = !p.part_time_only() || c.offer.part_time;
  return contract_ok && hours_ok ? scale.preferences : scale.preferences / 2;
}

std::int32_t skill_points(const ProfileRecord& p, const CompiledOffer& c) {
  std::int32_t points = 0;
  for (const auto& e : c.entries) {
    if (holds(p.skills(), e.skill))
      points += e.full;
    else if (e.macro != std::numeric_limits<std::uint16_t>::max() && holds(p.macros(), e.macro))
      points += e.half;
  }
  return points;
}

Explanation explanation(const ProfileRecord& p, const CompiledOffer& c, const Points& points,
                        const Scale& scale, std::optional<Filter> failed, float km,
                        OccupationId closest) {
  auto share = [](std::int32_t have, std::int32_t max) {
    return max > 0 ? static_cast<float>(have) / static_cast<float>(max) : 0.0f;
  };
  Explanation e;
  e.failed = failed;
  e.score = failed ? 0.0f : static_cast<float>(points.total()) / kUnitsPerPoint;
  e.skills = std::min(1.0f, share(points.skills, c.skills_cap));
  e.occupation = share(points.occupation, scale.occupation);
  e.language = share(points.language, scale.language);
  e.distance = share(points.distance, scale.distance);
  e.preferences = share(points.preferences, scale.preferences);
  e.distance_km = km;
  e.closest_occupation = closest;
  std::vector<const OfferEntry*> missing;
  for (const auto& entry : c.entries) {
    const bool exact = holds(p.skills(), entry.skill);
    const bool related = !exact && entry.macro != std::numeric_limits<std::uint16_t>::max() &&
                         holds(p.macros(), entry.macro);
    if (entry.core && exact) e.matched_core.push_back(entry.skill);
    if (related) e.related.push_back(entry.skill);
    if (entry.core && !exact) missing.push_back(&entry);
  }
  std::stable_sort(missing.begin(), missing.end(),
                   [](const OfferEntry* a, const OfferEntry* b) { return a->weight > b->weight; });
  for (const auto* entry : missing) e.missing_core.push_back(entry->skill);
  for (const auto& need : c.offer.languages) {
    const std::uint16_t key = language_key(need.language);
    const auto have = key == 0 ? std::uint8_t{0} : p.level(key);
    if (have < need.level)
      e.language_gaps.push_back({need.language, have, need.level, need.mandatory});
  }
  return e;
}

}  // namespace primowork::matching::detail
