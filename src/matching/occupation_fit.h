// How well one occupation fits another, for the occupation component of the score: 1 when equal,
// else 0.6 coverage(from -> to) + 0.25 mobility(from -> to) + 0.15 hierarchy (same domain 0.66,
// same grand domain 0.33). Computed once for every pair of the taxonomy (1,584^2 floats, 10 MB,
// about 0.03 s for the full ROME).
#pragma once

#include <cstdint>
#include <vector>

#include "matching/model.h"
#include "taxonomy/taxonomy.h"

namespace primowork::matching {

class OccupationFit {
 public:
  explicit OccupationFit(const taxonomy::Taxonomy& taxonomy);

  // In [0, 1]; 0 for ids outside the taxonomy.
  float similarity(OccupationId from, OccupationId to) const {
    return from < count_ && to < count_ ? matrix_[from * count_ + to] : 0.0f;
  }
  std::size_t count() const { return count_; }

 private:
  std::size_t count_ = 0;
  std::vector<float> matrix_;  // row-major, from x to
};

}  // namespace primowork::matching
