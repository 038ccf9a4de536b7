// The pool of people, grouped in buckets by their first target occupation (else first past one),
// so people with similar skills sit together and a whole bucket can be skipped when its best
// possible score cannot enter the top k.
//
// Each bucket keeps its records back to back, and the sorted union of its people's skills and
// macro-skills; for every skill, macro-skill and occupation (targets and past) a posting list
// names the buckets that hold it.
// Unions and postings only grow between compactions, so they are supersets: the bounds they give
// stay valid. A replaced or removed record is marked dead and skipped; a bucket is compacted when
// half of it is dead, or when its tail grows (below).
//
// Compaction sorts a bucket's records by place, then by descending maximum commute, and keeps
// beside them a key per record (where it starts, its maximum commute, and the bits the hard
// filters test: missing licences, excluded schedules, no access, part time only, refused
// contracts, level of French) and a directory of the places (place, largest maximum commute,
// first key). An offer skips a whole place farther than its largest commute, stops inside a
// place at the first person whose commute is too short, and reads the record of a person only
// when the key passes the filters (a mask and a comparison) and bounds a score that can enter the
// top k: the keys are read front to back, the records they select are fetched ahead. Records
// added since the last compaction sit in an unsorted tail (with their keys, read one by one); the
// tail is compacted when it would outgrow max(kMinTailWords, sorted part / kTailShare).
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
  // A record as the filters see it (dead records keep their key).
  struct Key {
    std::uint32_t offset;  // first word of the record
    std::uint32_t flags;   // see flags_of()
    std::uint16_t max_km;
    std::uint16_t occupation;  // see occupation_of()
    std::uint16_t place;
  };
  static constexpr std::uint16_t kNoOccupation = 0xFFFE, kManyOccupations = 0xFFFF;
  // The people of one place in the sorted part of a bucket, by descending maximum commute.
  struct Group {
    std::uint16_t place;
    std::uint16_t max_km;  // of the first key: the largest of the group
    std::uint32_t first;   // first key; the group ends where the next begins (or at the end)
  };
  struct Bucket {
    std::vector<std::uint16_t> words;  // records, back to back: sorted part, then the tail
    std::vector<Key> keys;             // one per record, in the same order
    std::vector<Group> groups;
    // The keys of the sorted part whose occupation (Key::occupation) is another than the
    // bucket's (one, or kManyOccupations), as occupation << 32 | key index, sorted: an offer for
    // which only people with a close occupation can enter the top k reads just those.
    std::vector<std::uint64_t> by_occupation;
    std::uint32_t sorted_words = 0;  // words [0, sorted_words) are the sorted part
    std::uint32_t sorted_keys = 0;   // and keys [0, sorted_keys)
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
  // Filter bits of a record: missing licences (bits 0-6), excluded schedules (7-10), no access
  // (11), part time only (12), refused contracts (13-20), level of French (21-23).
  static std::uint32_t flags_of(const ProfileRecord& r);
  // A key whose flags share a bit with reject_mask(o), or whose French is below french_need(o),
  // fails a hard filter of `o`; one that passes may still fail (limited access, other languages,
  // regulated occupations): the record decides.
  static std::uint32_t reject_mask(const CompiledOffer& o);
  static std::uint32_t french_need(const CompiledOffer& o);
  static std::uint32_t french_of(std::uint32_t flags) { return flags >> 21; }
  // The occupations of a record in bucket `bucket` other than the bucket's own (taxonomy ids,
  // below `occupations`): kNoOccupation when it has none at all, the one when it has one,
  // kManyOccupations when more. The occupation points of the person are then at most the
  // points of that one and of the bucket's occupation.
  static std::uint16_t occupation_of(const ProfileRecord& r, std::size_t bucket,
                                     std::size_t occupations);
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
  // The buckets with a member who has `o` among their targets or past occupations.
  const std::vector<std::uint16_t>& buckets_with_occupation(std::size_t o) const {
    return occupation_buckets_[o];
  }
  // Memory held by the records, the unions, the postings and the id map, in bytes.
  std::size_t bytes() const;

 private:
  struct Slot {
    std::uint32_t bucket = UINT32_MAX;
    std::uint32_t offset = 0;
  };
  static constexpr std::size_t kPage = 4096;
  static constexpr std::size_t kMinTailWords = 256, kTailShare = 8;
  using Page = std::array<Slot, kPage>;

  Slot* slot(Id id, bool create);
  const Slot* slot(Id id) const;
  void add_to_unions(std::uint16_t bucket, const ProfileRecord& r);
  void compact(std::uint16_t bucket);
  Key key_of(const ProfileRecord& r, std::size_t offset, std::size_t bucket) const;

  std::vector<Bucket> buckets_;
  std::vector<std::vector<std::uint16_t>> skill_buckets_, macro_buckets_, occupation_buckets_;
  std::vector<std::unique_ptr<Page>> pages_;  // id -> slot, a page per 4,096 ids in use
  std::size_t size_ = 0;
  std::vector<std::uint64_t> order_;   // compaction's sort keys
  std::vector<std::uint16_t> record_;  // the record being put
};

}  // namespace primowork::matching::detail
