// The pool of people, grouped in buckets by their first target occupation (else first past one),
// so people with similar skills sit together and a whole bucket can be skipped when its best
// possible score cannot enter the top k.
//
// Each bucket keeps its records back to back, and the sorted union of its people's skills and
// macro-skills; for every skill and macro-skill a posting list names the buckets that hold it.
// Unions and postings only grow between compactions, so they are supersets: the bounds they give
// stay valid. A replaced or removed record is marked dead and skipped; a bucket is compacted when
// half of it is dead.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "matching/model.h"
#include "matching/profile_record.h"
#include "matching/scoring.h"

namespace primowork::matching::detail {

class ProfileIndex {
 public:
  struct Bucket {
    std::vector<std::uint16_t> words;  // records, back to back
    std::uint32_t live = 0;
    std::uint32_t dead_words = 0;
    std::vector<std::uint16_t> skills, macros, occupations;  // sorted unions (targets and past)
    // What the hard filters need to rule the whole bucket out (unions, or intersections for
    // excluded schedules): if no member could pass, none of the live ones can.
    std::uint16_t licences_any = 0;
    std::uint8_t excluded_all = 0xFF;
    std::uint8_t contracts_any = 0;
    bool unlimited_any = false, limited_any = false, full_time_any = false;
    std::vector<std::uint16_t> recognised;  // sorted union
    std::vector<std::uint16_t> languages;   // packed, the highest level per language
  };

  // `buckets`: one per occupation, plus one for people without any occupation (the last).
  ProfileIndex(std::size_t buckets, std::size_t skills, std::size_t macros);

  // Insert or replace the person `p`, stored with the place index `location`.
  void put(const Profile& p, const std::vector<std::uint16_t>& macro_of, std::uint16_t location);
  bool erase(Id id);
  // False when no member of the bucket can pass the offer's hard filters (distance aside).
  static bool may_pass(const Bucket& b, const CompiledOffer& o);
  // The live record of `id`, or nullptr.
  const std::uint16_t* find(Id id) const;

  std::size_t size() const { return size_; }
  const std::vector<Bucket>& buckets() const { return buckets_; }
  const std::vector<std::uint16_t>& buckets_with_skill(std::uint16_t s) const {
    return skill_buckets_[s];
  }
  const std::vector<std::uint16_t>& buckets_with_macro(std::uint16_t m) const {
    return macro_buckets_[m];
  }
  // Memory held by the records, the unions, the postings and the id map, in bytes.
  std::size_t bytes() const;

 private:
  struct Slot {
    std::uint32_t bucket = UINT32_MAX;
    std::uint32_t offset = 0;
  };
  static constexpr std::size_t kPage = 4096;
  using Page = std::array<Slot, kPage>;

  Slot* slot(Id id, bool create);
  const Slot* slot(Id id) const;
  void add_to_unions(std::uint16_t bucket, const ProfileRecord& r);
  void compact(std::uint16_t bucket);

  std::vector<Bucket> buckets_;
  std::vector<std::vector<std::uint16_t>> skill_buckets_, macro_buckets_;
  std::vector<std::unique_ptr<Page>> pages_;  // id -> slot, a page per 4,096 ids in use
  std::size_t size_ = 0;
  std::vector<std::uint16_t> scratch_;
};

}  // namespace primowork::matching::detail
