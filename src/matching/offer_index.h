// The open offers, grouped in buckets by occupation, with what a person's best possible score in
// a bucket needs: per skill, the most its exact match earns in any offer of the bucket; per
// macro-skill, the most its sibling matches earn; the highest skill total. Posting lists map each
// skill and macro-skill to the buckets that ask for it. A bucket's summary is recomputed when one
// of its offers is replaced or removed (a bucket holds tens of offers), raised in place when one
// is added.
//
// Beside each offer, a key of 32 bytes holds what a person's filters and score need but the skills
// (place, licences, schedule, contract, hours, regulated, up to two mandatory and two desired
// languages): a person scans the keys front to back and reads an offer itself only when its bucket
// shares skills with the person (or the offer asks for more than two languages of a kind). The
// keys are also listed by place, so that a person with a short commute reads only the offers of
// the places within reach.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "matching/scoring.h"

namespace primowork::matching::detail {

class OfferIndex {
 public:
  struct Key {
    Id id;
    std::int32_t skills_cap;
    std::uint16_t place;
    std::uint16_t licences;
    std::uint8_t schedule;
    std::uint8_t contract;
    std::uint8_t flags;                   // kPartTime, kRegulated
    std::uint8_t n_mandatory, n_desired;  // kManyLanguages: more than two (read the offer)
    LanguageRequirement mandatory[2], desired[2];
  };
  static constexpr std::uint8_t kPartTime = 1, kRegulated = 2, kManyLanguages = 3;
  static Key key_of(const CompiledOffer& o);
  // An offer in the list of its place: its key, and where the offer itself is.
  struct PlaceEntry {
    Key key;
    std::uint16_t bucket;
    std::uint32_t index;
  };
  struct Bucket {
    std::vector<CompiledOffer> offers;
    std::vector<Key> keys;        // one per offer, same order
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
  // The offers at each place (by place index; places past the end have none).
  const std::vector<std::vector<PlaceEntry>>& by_place() const { return by_place_; }
  const std::vector<Bucket>& buckets() const { return buckets_; }
  const std::vector<Posting>& postings_of_skill(std::uint16_t s) const {
    return skill_postings_[s];
  }
  const std::vector<Posting>& postings_of_macro(std::uint16_t m) const {
    return macro_postings_[m];
  }

 private:
  void summarise(std::uint16_t bucket);

  std::vector<Bucket> buckets_;
  std::vector<std::vector<Posting>> skill_postings_, macro_postings_;
  struct Position {
    std::uint16_t bucket;
    std::uint32_t index;  // in the bucket
    std::uint32_t slot;   // in the list of its place
  };
  std::unordered_map<Id, Position> position_;
  std::vector<std::vector<PlaceEntry>> by_place_;
};

}  // namespace primowork::matching::detail
