// Keeps the best `k` elements of `items` in order (`better(a, b)`: a ranks before b). Partial sort
// when there are more than k, full sort otherwise.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace primowork {

template <typename T, typename Better>
void keep_top_k(std::vector<T>& items, std::size_t k, Better better) {
  if (items.size() > k) {
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end(),
                      better);
    items.resize(k);
  } else {
    std::sort(items.begin(), items.end(), better);
  }
}

}  // namespace primowork
