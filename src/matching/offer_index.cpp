#include "matching/offer_index.h"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>

namespace primowork::matching::detail {
namespace {

using Summary = std::vector<std::pair<std::uint16_t, std::int32_t>>;
using Postings = std::vector<std::vector<OfferIndex::Posting>>;

// Makes the postings of `bucket` match `after` (was `before`).
void update_postings(Postings& postings, std::uint16_t bucket, const Summary& before,
                     const Summary& after) {
  auto at = [&](std::uint16_t key) {
    auto& list = postings[key];
    return std::pair{&list, std::lower_bound(list.begin(), list.end(), bucket,
                                             [](const OfferIndex::Posting& p, std::uint16_t b) {
                                               return p.bucket < b;
                                             })};
  };
  for (const auto& [key, points] : before) {
    auto [list, it] = at(key);
    if (it != list->end() && it->bucket == bucket) list->erase(it);
  }
  for (const auto& [key, points] : after) {
    auto [list, it] = at(key);
    list->insert(it, {bucket, points});
  }
}

// What an offer's skills earn when held exactly, and through siblings per macro-skill.
std::pair<Summary, Summary> earnings(const CompiledOffer& o) {
  std::map<std::uint16_t, std::int32_t> exact, sibling;
  for (const auto& e : o.entries) {
    exact[e.skill] += e.full;
    if (e.macro != std::numeric_limits<std::uint16_t>::max()) sibling[e.macro] += e.half;
  }
  return {Summary(exact.begin(), exact.end()), Summary(sibling.begin(), sibling.end())};
}

// Raises the bucket's maximum for `key` to `points`, keeping its posting in step.
void raise(Summary& summary, Postings& postings, std::uint16_t bucket, std::uint16_t key,
           std::int32_t points) {
  auto it = std::lower_bound(summary.begin(), summary.end(), key,
                             [](const auto& entry, std::uint16_t k) { return entry.first < k; });
  if (it != summary.end() && it->first == key && it->second >= points) return;
  if (it != summary.end() && it->first == key)
    it->second = points;
  else
    summary.insert(it, {key, points});
  auto& list = postings[key];
  auto p =
      std::lower_bound(list.begin(), list.end(), bucket,
                       [](const OfferIndex::Posting& x, std::uint16_t b) { return x.bucket < b; });
  if (p != list.end() && p->bucket == bucket)
    p->points = points;
  else
    list.insert(p, {bucket, points});
}

void add_to_filters(OfferIndex::Bucket& b, const CompiledOffer& o) {
  b.skills_cap = std::max(b.skills_cap, o.skills_cap);
  b.regulated_all = b.regulated_all && o.offer.regulated;
  b.licences_all &= o.offer.licences;
  b.schedule_all &= o.offer.schedule;
  b.contracts_any |= o.offer.contract;
  b.part_time_any = b.part_time_any || o.offer.part_time;
}

const std::uint16_t kFrenchKey = language_key(language_code('f', 'r'));

}  // namespace

FilterMasks::Selection FilterMasks::select(const ProfileRecord& p, std::uint8_t french,
                                           bool regulated) {
  Selection s;
  auto fail = [&](std::size_t mask) { s.fail[s.n_fail++] = static_cast<std::uint8_t>(mask); };
  if (!(p.licences() & matching::kLicenceB)) fail(kNeedsB);
  if (!(p.licences() & ~std::uint16_t{matching::kLicenceB})) fail(kNeedsOtherLicence);
  if (p.excluded() & matching::kNight) fail(kImposesNight);
  if (p.excluded() & matching::kWeekend) fail(kImposesWeekend);
  if ((p.excluded() & (matching::kShifts | matching::kHeavyLoads)) ==
      (matching::kShifts | matching::kHeavyLoads))
    fail(kImposesOther);
  for (std::size_t c = 0; c < 5; ++c) {
    if (!(p.contracts() & (1u << c))) fail(kContractOnly + c);
  }
  if (p.part_time_only()) fail(kFullTime);
  if (regulated) fail(kRegulated);
  s.french = std::min<std::uint8_t>(french, 7);
  return s;
}

void FilterMasks::push(const CompiledOffer& c) {
  const Offer& o = c.offer;
  std::uint64_t bits[kCount] = {};
  bits[kNeedsB] = (o.licences & matching::kLicenceB) != 0;
  bits[kNeedsOtherLicence] = (o.licences & ~std::uint16_t{matching::kLicenceB} & 0x7F) != 0;
  bits[kImposesNight] = (o.schedule & matching::kNight) != 0;
  bits[kImposesWeekend] = (o.schedule & matching::kWeekend) != 0;
  bits[kImposesOther] = (o.schedule & (matching::kShifts | matching::kHeavyLoads)) != 0;
  for (std::size_t b = 0; b < 5; ++b) bits[kContractOnly + b] = o.contract == (1u << b);
  bits[kFullTime] = !o.part_time;
  bits[kRegulated] = o.regulated;
  std::uint32_t french = 0;  // the mandatory level of French (first_failing tests each)
  for (const auto& need : c.mandatory) {
    if (need.key == kFrenchKey) french = std::max<std::uint32_t>(french, need.level);
  }
  french = std::min<std::uint32_t>(french, 7);
  for (std::size_t b = 0; b < 3; ++b) bits[kFrenchBits + b] = (french >> b) & 1;
  if (size_ % 64 == 0) words_.push_back(Word{});
  write(size_++, bits);
}

void FilterMasks::write(std::size_t index, const std::uint64_t* bits) {
  std::uint64_t* m = words_[index / 64].mask;
  const unsigned shift = index % 64;
  for (std::size_t i = 0; i < kCount; ++i)
    m[i] = (m[i] & ~(std::uint64_t{1} << shift)) | (bits[i] << shift);
}

void FilterMasks::move_last_to(std::size_t to) {
  const std::size_t last = size_ - 1;
  std::uint64_t bits[kCount];
  const std::uint64_t* m = words_[last / 64].mask;
  for (std::size_t i = 0; i < kCount; ++i) bits[i] = (m[i] >> (last % 64)) & 1;
  if (to != last) write(to, bits);
  std::uint64_t zero[kCount] = {};
  write(last, zero);
  --size_;
  if (size_ % 64 == 0) words_.pop_back();
}

bool OfferIndex::may_pass(const Bucket& b, std::uint16_t occupation, const ProfileRecord& p) {
  if (p.access() == Access::kNone) return false;
  if (p.access() == Access::kLimited && p.limited_occupation() != occupation) return false;
  if ((b.licences_all & p.licences()) != b.licences_all) return false;
  if ((b.schedule_all & p.excluded()) != 0) return false;
  if (b.regulated_all &&
      std::find(p.recognised().begin(), p.recognised().end(), occupation) == p.recognised().end())
    return false;
  return (b.contracts_any & p.contracts()) != 0 && (b.part_time_any || !p.part_time_only());
}

OfferIndex::Key OfferIndex::key_of(const CompiledOffer& c) {
  const Offer& o = c.offer;
  Key k{};
  k.id = o.id;
  k.skills_cap = c.skills_cap;
  k.place = c.location;
  k.licences = o.licences;
  k.schedule = o.schedule;
  k.contract = o.contract;
  k.flags =
      static_cast<std::uint8_t>((o.part_time ? kPartTime : 0) | (o.regulated ? kRegulated : 0));
  // A mandatory language without a valid code fails everyone: the offer itself says so.
  const bool invalid = std::any_of(c.mandatory.begin(), c.mandatory.end(),
                                   [](const LanguageRequirement& l) { return l.key == 0; });
  k.n_mandatory = c.mandatory.size() > 2 || invalid ? kManyLanguages
                                                    : static_cast<std::uint8_t>(c.mandatory.size());
  k.n_desired = c.desired.size() > 2 ? kManyLanguages : static_cast<std::uint8_t>(c.desired.size());
  for (std::size_t i = 0; i < 2 && i < c.mandatory.size(); ++i) k.mandatory[i] = c.mandatory[i];
  for (std::size_t i = 0; i < 2 && i < c.desired.size(); ++i) k.desired[i] = c.desired[i];
  return k;
}

OfferIndex::OfferIndex(std::size_t buckets, std::size_t skills, std::size_t macros)
    : buckets_(buckets), skill_postings_(skills), macro_postings_(macros) {}

std::uint16_t OfferIndex::languages_of(const CompiledOffer& o) {
  Languages l{o.mandatory, o.desired};
  auto it = language_numbers_.find(l);
  if (it != language_numbers_.end()) return it->second;
  if (languages_.size() > 0xFFFF) throw std::length_error("matching: 65,536 language requirements");
  const auto n = static_cast<std::uint16_t>(languages_.size());
  languages_.push_back(l);
  language_numbers_.emplace(std::move(l), n);
  return n;
}

void OfferIndex::put(CompiledOffer offer) {
  erase(offer.offer.id);
  const std::size_t none = buckets_.size() - 1;
  const auto bucket =
      static_cast<std::uint16_t>(std::min<std::size_t>(offer.offer.occupation, none));
  Bucket& b = buckets_[bucket];
  const auto index = static_cast<std::uint32_t>(b.offers.size());
  if (offer.location >= by_place_.size()) by_place_.resize(offer.location + 1u);
  auto& at_place = by_place_[offer.location];
  position_[offer.offer.id] = {bucket, index, static_cast<std::uint32_t>(at_place.entries.size())};
  at_place.masks.push(offer);
  at_place.entries.push_back({key_of(offer), bucket, index});
  b.masks.push(offer);
  const std::uint16_t language = languages_of(offer);
  auto known = std::find_if(b.languages.begin(), b.languages.end(),
                            [&](const auto& l) { return l.first == language; });
  if (known == b.languages.end())
    b.languages.emplace_back(language, 1);
  else
    ++known->second;
  add_to_filters(b, offer);
  const auto [exact, sibling] = earnings(offer);
  for (const auto& [s, points] : exact) raise(b.skill_max, skill_postings_, bucket, s, points);
  for (const auto& [m, points] : sibling) raise(b.macro_max, macro_postings_, bucket, m, points);
  b.keys.push_back(key_of(offer));
  b.offers.push_back(std::move(offer));
}

bool OfferIndex::erase(Id id) {
  auto it = position_.find(id);
  if (it == position_.end()) return false;
  const Position gone = it->second;
  position_.erase(it);
  Bucket& b = buckets_[gone.bucket];
  const std::uint16_t language = languages_of(b.offers[gone.index]);
  auto known = std::find_if(b.languages.begin(), b.languages.end(),
                            [&](const auto& l) { return l.first == language; });
  if (--known->second == 0) {
    *known = b.languages.back();
    b.languages.pop_back();
  }
  auto& at_place = by_place_[b.keys[gone.index].place];
  if (gone.slot + 1 != at_place.entries.size()) {
    at_place.entries[gone.slot] = at_place.entries.back();
    position_[at_place.entries[gone.slot].key.id].slot = gone.slot;
  }
  at_place.entries.pop_back();
  at_place.masks.move_last_to(gone.slot);
  if (gone.index + 1 != b.offers.size()) {
    b.offers[gone.index] = std::move(b.offers.back());
    b.keys[gone.index] = b.keys.back();
    Position& moved = position_[b.offers[gone.index].offer.id];
    moved.index = gone.index;
    by_place_[b.keys[gone.index].place].entries[moved.slot].index = gone.index;
  }
  b.offers.pop_back();
  b.keys.pop_back();
  b.masks.move_last_to(gone.index);
  summarise(gone.bucket);
  return true;
}

const CompiledOffer* OfferIndex::find(Id id) const {
  auto it = position_.find(id);
  return it == position_.end() ? nullptr : &buckets_[it->second.bucket].offers[it->second.index];
}

void OfferIndex::summarise(std::uint16_t bucket) {
  Bucket& b = buckets_[bucket];
  std::map<std::uint16_t, std::int32_t> skill_max, macro_max;
  b.skills_cap = 0;
  b.regulated_all = true;
  b.licences_all = 0xFFFF;
  b.schedule_all = 0xFF;
  b.contracts_any = 0;
  b.part_time_any = false;
  for (const auto& o : b.offers) {
    add_to_filters(b, o);
    const auto [exact, sibling] = earnings(o);
    for (const auto& [s, points] : exact) skill_max[s] = std::max(skill_max[s], points);
    for (const auto& [m, points] : sibling) macro_max[m] = std::max(macro_max[m], points);
  }
  const Summary skills(skill_max.begin(), skill_max.end());
  const Summary macros(macro_max.begin(), macro_max.end());
  update_postings(skill_postings_, bucket, b.skill_max, skills);
  update_postings(macro_postings_, bucket, b.macro_max, macros);
  b.skill_max = skills;
  b.macro_max = macros;
}

}  // namespace primowork::matching::detail
