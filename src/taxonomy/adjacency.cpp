#include "taxonomy/adjacency.h"

#include <algorithm>

#include "platform/top_k.h"

namespace primowork::taxonomy {

float mobility_strength(int rank) {
  if (rank < 1) rank = 1;
  return 1.0f / (1.0f + 0.1f * static_cast<float>(rank - 1));
}

float coverage(const Taxonomy& t, const std::vector<bool>& held, OccupationId target) {
  const float total = t.core_weight(target);
  if (total <= 0) return 0;
  float have = 0;
  for (const auto& link : t.skills_of(target)) {
    if (link.core && link.skill < held.size() && held[link.skill]) {
      have += t.skills()[link.skill].specificity;
    }
  }
  return have / total;
}

std::vector<Adjacent> adjacent_from_skills(const Taxonomy& t, const std::vector<bool>& held,
                                           const std::vector<OccupationId>& past,
                                           std::size_t limit) {
  const std::size_t n = t.occupations().size();
  std::vector<float> covered(n, 0.0f);
  for (SkillId s = 0; s < held.size() && s < t.skills().size(); ++s) {
    if (!held[s]) continue;
    const float w = t.skills()[s].specificity;
    for (const auto& link : t.occupations_with(s)) {
      if (link.core) covered[link.occupation] += w;
    }
  }
  std::vector<float> mobility(n, 0.0f);
  for (OccupationId p : past) {
    for (const auto& edge : t.mobility_from(p)) {
      mobility[edge.to] = std::max(mobility[edge.to], mobility_strength(edge.rank));
    }
  }
  std::vector<Adjacent> out;
  for (OccupationId b = 0; b < n; ++b) {
    if (std::find(past.begin(), past.end(), b) != past.end()) continue;
    const float total = t.core_weight(b);
    const float cov = total > 0 ? std::min(1.0f, covered[b] / total) : 0.0f;
    const float score = kCoverageWeight * cov + kMobilityWeight * mobility[b];
    if (score <= 0) continue;
    out.push_back({b, cov, mobility[b], score, {}});
  }
  keep_top_k(out, limit, [](const Adjacent& a, const Adjacent& b) {
    return a.score != b.score ? a.score > b.score : a.occupation < b.occupation;
  });
  for (auto& a : out) {
    for (const auto& link : t.skills_of(a.occupation)) {  // core first, most specific first
      if (!link.core || a.missing_core.size() >= 5) break;
      if (link.skill >= held.size() || !held[link.skill]) a.missing_core.push_back(link.skill);
    }
  }
  return out;
}

std::vector<Adjacent> adjacent_occupations(const Taxonomy& t, OccupationId from,
                                           std::size_t limit) {
  std::vector<bool> held(t.skills().size(), false);
  for (const auto& link : t.skills_of(from)) held[link.skill] = true;
  return adjacent_from_skills(t, held, {from}, limit);
}

}  // namespace primowork::taxonomy
