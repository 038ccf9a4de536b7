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
//
// Both lists (per bucket and per place) keep, per 64 offers, one bitmap per value of the common
// hard filters (FilterMasks): a person ANDs a handful of words to learn which of 64 offers may pass
// licences, schedule, contract, hours, French and (per bucket) the regulated occupation, and reads
// only the keys of those. A bitmap only rules offers out; the key or the offer still decides.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "matching/scoring.h"

namespace primowork::matching::detail {

// Per 64 offers of a list (bit i of word w: the offer at 64 w + i), which offers the common
// hard filters concern, in 128 bytes. An offer that a person's selection (select()) rules out
// fails a filter for that person; every offer it lets through must still be checked. Rare values
// are grouped, and a group rules an offer out only for a person who fails every value in it.
class FilterMasks {
 public:
  enum : std::size_t {
    kNeedsB = 0,         // needs licence B
    kNeedsOtherLicence,  // needs a licence other than B
    kImposesNight,
    kImposesWeekend,
    kImposesOther,                  // shifts or heavy loads
    kContractOnly,                  // + c (0-4): the offer's contract is exactly bit c
    kFullTime = kContractOnly + 5,  // not part time
    kRegulated,
    kFrenchBits,  // + b (0-2): bit b of the offer's mandatory level of French (at most 7)
    kCount = kFrenchBits + 3,
  };
  struct alignas(64) Word {
    std::uint64_t mask[16];
  };
  // What a person fails: an offer fails when its bit is set in one of `fail`, or when its
  // mandatory French is above `french` (0-6; 7 or more: no test).
  struct Selection {
    std::uint8_t fail[16];
    std::uint8_t n_fail = 0;
    std::uint8_t french = 7;
  };
  // `french`: the person's level of French (ProfileRecord::level). With `regulated`, offers of a
  // regulated occupation are ruled out (the caller knows the person has no diploma for it).
  static Selection select(const ProfileRecord& p, std::uint8_t french, bool regulated);
  // Offers of word `w` that may pass for the selection.
  std::uint64_t may_pass(std::size_t w, const Selection& s) const {
    const std::uint64_t* m = words_[w].mask;
    std::uint64_t fail = 0;
    for (std::uint8_t i = 0; i < s.n_fail; ++i) fail |= m[s.fail[i]];
    if (s.french < 7) {  // bit-sliced: the offer's level > s.french
      std::uint64_t greater = 0, equal = ~std::uint64_t{0};
      for (int b = 2; b >= 0; --b) {
        const std::uint64_t plane = m[kFrenchBits + static_cast<std::size_t>(b)];
        if ((s.french >> b) & 1) {
          equal &= plane;
        } else {
          greater |= equal & plane;
          equal &= ~plane;
        }
      }
      fail |= greater;
    }
    const std::size_t left = size_ - 64 * w;
    const std::uint64_t live = left >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << left) - 1;
    return live & ~fail;
  }
  std::size_t words() const { return words_.size(); }
  const void* word_address(std::size_t w) const { return words_.data() + w; }

  // Appends the bits of `o`.
  void push(const CompiledOffer& o);
  // The offer at `to` takes the bits of the last one, which is dropped.
  void move_last_to(std::size_t to);
  std::size_t bytes() const { return words_.capacity() * sizeof(Word); }

 private:
  void write(std::size_t index, const std::uint64_t* bits);  // bits[kCount]: 0 or 1 each
  std::vector<Word> words_;
  std::size_t size_ = 0;
};

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
  struct Place {
    std::vector<PlaceEntry> entries;
    FilterMasks masks;  // regulated occupations aside
  };
  // The language requirements of an offer (mandatory, then desired, as compiled): few distinct
  // ones, numbered in the order they first appear.
  using Languages = std::pair<std::vector<LanguageRequirement>, std::vector<LanguageRequirement>>;
  struct Bucket {
    std::vector<CompiledOffer> offers;
    std::vector<Key> keys;  // one per offer, same order
    FilterMasks masks;
    // The language requirements of its offers (numbers, see languages()) and how many offers
    // have each: a person's language points in the bucket are at most the best of those.
    std::vector<std::pair<std::uint16_t, std::uint32_t>> languages;
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
  // Every language requirement seen, by number (kept when no offer has it any more).
  const std::vector<Languages>& languages() const { return languages_; }
  // The offers at each place (by place index; places past the end have none).
  const std::vector<Place>& by_place() const { return by_place_; }
  const std::vector<Bucket>& buckets() const { return buckets_; }
  const std::vector<Posting>& postings_of_skill(std::uint16_t s) const {
    return skill_postings_[s];
  }
  const std::vector<Posting>& postings_of_macro(std::uint16_t m) const {
    return macro_postings_[m];
  }

 private:
  void summarise(std::uint16_t bucket);
  std::uint16_t languages_of(const CompiledOffer& o);

  std::vector<Bucket> buckets_;
  std::vector<std::vector<Posting>> skill_postings_, macro_postings_;
  struct Position {
    std::uint16_t bucket;
    std::uint32_t index;  // in the bucket
    std::uint32_t slot;   // in the list of its place
  };
  std::unordered_map<Id, Position> position_;
  std::vector<Place> by_place_;
  std::vector<Languages> languages_;
  std::map<Languages, std::uint16_t> language_numbers_;
};

}  // namespace primowork::matching::detail
