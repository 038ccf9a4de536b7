#include "matching/occupation_fit.h"

#include <algorithm>

#include "taxonomy/adjacency.h"

namespace primowork::matching {

OccupationFit::OccupationFit(const taxonomy::Taxonomy& t) : count_(t.occupations().size()) {
  matrix_.assign(count_ * count_, 0.0f);
  std::vector<float> covered(count_), mobility(count_);
  for (OccupationId a = 0; a < count_; ++a) {
    std::fill(covered.begin(), covered.end(), 0.0f);
    std::fill(mobility.begin(), mobility.end(), 0.0f);
    // coverage(a -> b): the share of b's core skills (by specificity) that a's skills cover.
    for (const auto& link : t.skills_of(a)) {
      const float w = t.skills()[link.skill].specificity;
      for (const auto& use : t.occupations_with(link.skill)) {
        if (use.core) covered[use.occupation] += w;
      }
    }
    for (const auto& edge : t.mobility_from(a))
      mobility[edge.to] = taxonomy::mobility_strength(edge.rank);
    const auto& oa = t.occupations()[a];
    for (OccupationId b = 0; b < count_; ++b) {
      float sim = 1.0f;
      if (a != b) {
        const auto& ob = t.occupations()[b];
        const float total = t.core_weight(b);
        const float cov = total > 0 ? std::min(1.0f, covered[b] / total) : 0.0f;
        float hierarchy = 0;
        if (!oa.domain.code.empty() && oa.domain.code == ob.domain.code) {
          hierarchy = 0.66f;
        } else if (!oa.grand_domain.code.empty() && oa.grand_domain.code == ob.grand_domain.code) {
          hierarchy = 0.33f;
        }
        sim = 0.6f * cov + 0.25f * mobility[b] + 0.15f * hierarchy;
      }
      matrix_[a * count_ + b] = sim;
    }
  }
}

}  // namespace primowork::matching
