#include "matching/pivots.h"

#include <algorithm>
#include <set>

#include "taxonomy/text.h"

namespace primowork::matching {

std::uint8_t schedule_of(const taxonomy::Taxonomy& t, OccupationId occupation) {
  std::uint8_t bits = 0;
  for (auto c : t.contexts_of(occupation)) {
    const std::string label = taxonomy::fold(t.contexts()[c].label);
    if (label.find("nuit") != std::string::npos) bits |= kNight;
    if (label.find("week-end") != std::string::npos || label.find("samedi") != std::string::npos ||
        label.find("dimanche") != std::string::npos) {
      bits |= kWeekend;
    }
    if (label.find("travail poste") != std::string::npos) bits |= kShifts;
    if (label.find("charges lourdes") != std::string::npos) bits |= kHeavyLoads;
  }
  return bits;
}

namespace {
std::vector<bool> held_of(const taxonomy::Taxonomy& t, const Profile& person) {
  std::vector<bool> held(t.skills().size(), false);
  for (const auto& h : person.skills) {
    if (h.skill < held.size()) held[h.skill] = true;
  }
  return held;
}
}  // namespace

std::vector<Pivot> pivots(const taxonomy::Taxonomy& t, const Profile& person, std::size_t limit) {
  std::vector<OccupationId> own = person.targets;
  own.insert(own.end(), person.past.begin(), person.past.end());
  const auto held = held_of(t, person);
  // Ask for more than needed: some are filtered out below.
  auto candidates = taxonomy::adjacent_from_skills(t, held, own, limit * 4 + 20);
  std::vector<Pivot> out;
  for (const auto& a : candidates) {
    const auto& occupation = t.occupations()[a.occupation];
    if (occupation.regulated && std::find(person.recognised.begin(), person.recognised.end(),
                                          a.occupation) == person.recognised.end()) {
      continue;
    }
    if ((schedule_of(t, a.occupation) & person.excluded) != 0) continue;
    out.push_back({a.occupation, a.coverage, a.mobility, a.score, a.missing_core});
    if (out.size() == limit) break;
  }
  return out;
}

TrainingPlan training_plan(const taxonomy::Taxonomy& t, const Profile& person, OccupationId target,
                           const std::vector<Training>& catalogue, float enough) {
  TrainingPlan plan;
  auto held = held_of(t, person);
  std::set<SkillId> gap;
  for (const auto& link : t.skills_of(target)) {
    if (link.core && !held[link.skill]) gap.insert(link.skill);
  }
  plan.coverage_before = taxonomy::coverage(t, held, target);
  std::vector<LanguageLevel> languages = person.languages;
  auto level = [&](std::uint16_t language) {
    std::uint8_t best = 0;
    for (const auto& l : languages) {
      if (l.language == language) best = std::max(best, l.level);
    }
    return best;
  };
  std::vector<bool> used(catalogue.size(), false);
  float coverage = plan.coverage_before;
  while (coverage < enough && !gap.empty()) {
    std::size_t best = catalogue.size();
    float best_value = 0;
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
      const Training& tr = catalogue[i];
      if (used[i] || tr.is_language_course) continue;
      float benefit = 0;
      for (SkillId s : tr.teaches) {
        if (gap.count(s)) benefit += t.skills()[s].specificity;
      }
      if (benefit <= 0) continue;
      float hours = std::max(1.0f, tr.hours);
      // A training that needs a language course first costs that course too.
      std::size_t course = catalogue.size();
      if (tr.language != 0 && level(tr.language) < tr.min_level) {
        for (std::size_t j = 0; j < catalogue.size(); ++j) {
          const Training& c = catalogue[j];
          if (c.is_language_course && c.language == tr.language && c.raises_to >= tr.min_level &&
              (course == catalogue.size() || c.hours < catalogue[course].hours)) {
            course = j;
          }
        }
        if (course == catalogue.size()) continue;  // cannot be followed
        if (!used[course]) hours += std::max(1.0f, catalogue[course].hours);
      }
      const float value = benefit / hours;
      if (value > best_value ||
          (value == best_value && best < catalogue.size() && tr.id < catalogue[best].id)) {
        best = i;
        best_value = value;
      }
    }
    if (best == catalogue.size()) break;
    const Training& chosen = catalogue[best];
    if (chosen.language != 0 && level(chosen.language) < chosen.min_level) {
      for (std::size_t j = 0; j < catalogue.size(); ++j) {
        const Training& c = catalogue[j];
        if (!used[j] && c.is_language_course && c.language == chosen.language &&
            c.raises_to >= chosen.min_level) {
          used[j] = true;
          plan.trainings.push_back(c.id);  // language first
          languages.push_back({c.language, c.raises_to});
          break;
        }
      }
    }
    used[best] = true;
    plan.trainings.push_back(chosen.id);
    for (SkillId s : chosen.teaches) {
      if (gap.erase(s) > 0) {
        plan.covered.push_back(s);
        held[s] = true;
      }
    }
    coverage = taxonomy::coverage(t, held, target);
  }
  plan.uncovered.assign(gap.begin(), gap.end());
  plan.coverage_after = coverage;
  return plan;
}

}  // namespace primowork::matching
