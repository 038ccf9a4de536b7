// The open offers, grouped in buckets by occupation, with what a person's best possible score in
// a bucket needs: per skill, the most its exact match earns in any offer of the bucket; per
// macro-skill, the most its sibling matches earn; the highest skill total. Posting lists map each
// skill and macro-skill to the buckets that ask for it. A bucket's summary is recomputed when one
// of its offers is replaced or removed (a bucket holds tens of offers), raised in place when one
// is added.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "matching/scoring.h"

namespace primowork::matching::detail {

class OfferIndex {
 public:
  struct Bucket {
    std::vector<CompiledOffer> offers;
    std::int32_t skills_cap = 0;  // the highest skills_cap of its offers
    std::vector<std::pair<std::uint16_t, std::int32_t>> skill_max, macro_max;  // sorted by key
    // What every offer of the bucket imposes (intersections) or allows (unions).
    bool regulated_all = true;
    std::uint16_t licences_all = 0xFFFF;
    std::uint8_t schedule_all = 0xFF;
    std::uint8_t contracts_any = 0;
    bool part_time_any = false;
  };
  struct Posting {
    std::uint16_t bucket;
    std::int32_t points;
  };

  // `buckets`: one per occupation, plus one for offers outside the taxonomy (the last).
  OfferIndex(std::size_t buckets, std::size_t skills, std::size_t macros);

  void put(CompiledOffer offer);
  bool erase(Id id);
  const CompiledOffer* find(Id id) const;
  // False when no offer of the bucket can pass the person's hard filters (distance aside).
  static bool may_pass(const Bucket& b, std::uint16_t occupation, const ProfileRecord& p);

  std::size_t size() const { return position_.size(); }
  const std::vector<Bucket>& buckets() const { return buckets_; }
  const std::vector<Posting>& postings_of_skill(std::uint16_t s) const { return skill_postings_[s]; }
  const std::vector<Posting>& postings_of_macro(std::uint16_t m) const { return macro_postings_[m]; }

 private:
  void summarise(std::uint16_t bucket);

  std::vector<Bucket> buckets_;
  std::vector<std::vector<Posting>> skill_postings_, macro_postings_;
  std::unordered_map<Id, std::pair<std::uint16_t, std::uint32_t>> position_;  // bucket, index
};

}  // namespace primowork::matching::detail
