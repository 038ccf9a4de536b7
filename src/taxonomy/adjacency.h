// Adjacent occupations (career pivots between occupations), MATCHING.md 4.5:
// coverage(a -> b) = sum of the specificity of b's core skills that a has (core or optional)
//                    / sum of the specificity of all of b's core skills;
// blended with ROME's curated mobility edges: score = 0.7 * coverage + 0.3 * mobility, where
// mobility = 1 / (1 + 0.1 * (rank - 1)) for an edge a -> b of that rank, 0 without an edge.
#pragma once

#include <vector>

#include "taxonomy/taxonomy.h"

namespace primowork::taxonomy {

struct Adjacent {
  OccupationId occupation;
  float coverage;                     // [0, 1]
  float mobility;                     // [0, 1], 0 when ROME has no edge
  float score;                        // blend, [0, 1]
  std::vector<SkillId> missing_core;  // b's core skills a lacks, most specific first (at most 5)
};

inline constexpr float kCoverageWeight = 0.7f;
inline constexpr float kMobilityWeight = 0.3f;

float mobility_strength(int rank);

// Coverage of `target`'s core skills by the skills in `held` (indexed by SkillId).
float coverage(const Taxonomy& taxonomy, const std::vector<bool>& held, OccupationId target);

// The best `limit` occupations to move to from `from` (never `from` itself), by descending
// score, ties by id. Occupations with score 0 are left out.
std::vector<Adjacent> adjacent_occupations(const Taxonomy& taxonomy, OccupationId from,
                                           std::size_t limit);

// The same from a set of held skills (a person), with optional curated edges from the person's
// past occupations.
std::vector<Adjacent> adjacent_from_skills(const Taxonomy& taxonomy, const std::vector<bool>& held,
                                           const std::vector<OccupationId>& past,
                                           std::size_t limit);

}  // namespace primowork::taxonomy
