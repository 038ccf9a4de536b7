// Career pivots for a person and a training plan towards a target occupation (MATCHING.md 4.5,
// 4.6). Pure functions over the taxonomy and the person's profile.
#pragma once

#include <string>
#include <vector>

#include "matching/model.h"
#include "taxonomy/adjacency.h"
#include "taxonomy/taxonomy.h"

namespace primowork::matching {

struct Pivot {
  OccupationId occupation;
  float coverage;  // share of its core skills (by specificity) the person already has
  float mobility;  // curated ROME edge from one of the person's occupations, 0 without
  float score;
  std::vector<SkillId> missing_core;  // top missing core skills, most specific first
};

// Adjacent occupations ranked by how much of their core skills the person has, blended with
// mobility edges from the person's target and past occupations; occupations the person cannot
// take (regulated without a recognised diploma; a work context the person excludes, such as
// night work) are left out. The person's own occupations are not pivots.
std::vector<Pivot> pivots(const taxonomy::Taxonomy& taxonomy, const Profile& person,
                          std::size_t limit);

// The Schedule bits an occupation's ROME work contexts imply ("Travail de nuit" -> kNight...).
std::uint8_t schedule_of(const taxonomy::Taxonomy& taxonomy, OccupationId occupation);

struct Training {
  std::string id;
  std::vector<SkillId> teaches;
  float hours = 0;
  std::uint16_t language = 0;       // language of instruction (0: none needed)
  std::uint8_t min_level = 0;       // CEFR level needed to follow it
  bool is_language_course = false;  // teaches `language` up to `raises_to`
  std::uint8_t raises_to = 0;
};

struct TrainingPlan {
  std::vector<std::string> trainings;  // in order: language first, then skills
  std::vector<SkillId> covered;        // gap skills the plan covers
  std::vector<SkillId> uncovered;      // gap skills no training covers
  float coverage_before = 0, coverage_after = 0;
};

// Gap = core skills of `target` the person lacks. Chooses trainings by weighted greedy set cover
// (benefit = specificity of newly covered gap skills / hours), adding first the language course a
// chosen training needs, and stops when nothing more helps or coverage reaches `enough`.
TrainingPlan training_plan(const taxonomy::Taxonomy& taxonomy, const Profile& person,
                           OccupationId target, const std::vector<Training>& catalogue,
                           float enough = 0.8f);

}  // namespace primowork::matching
