#include "matching/profile_index.h"

#include <algorithm>
#include <bit>

namespace primowork::matching::detail {
namespace {

// Inserts `value` into the sorted vector unless present; true when inserted.
bool insert_sorted(std::vector<std::uint16_t>& v, std::uint16_t value) {
  auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it != v.end() && *it == value) return false;
  v.insert(it, value);
  return true;
}

void erase_sorted(std::vector<std::uint16_t>& v, std::uint16_t value) {
  auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it != v.end() && *it == value) v.erase(it);
}

}  // namespace

ProfileIndex::ProfileIndex(std::size_t buckets, std::size_t skills, std::size_t macros)
    : buckets_(buckets),
      skill_buckets_(skills),
      macro_buckets_(macros),
      occupation_buckets_(buckets - 1) {}

ProfileIndex::Slot* ProfileIndex::slot(Id id, bool create) {
  const std::size_t page = id / kPage;
  if (page >= pages_.size()) {
    if (!create) return nullptr;
    pages_.resize(page + 1);
  }
  if (!pages_[page]) {
    if (!create) return nullptr;
    pages_[page] = std::make_unique<Page>();
  }
  return &(*pages_[page])[id % kPage];
}

const ProfileIndex::Slot* ProfileIndex::slot(Id id) const {
  const std::size_t page = id / kPage;
  if (page >= pages_.size() || !pages_[page]) return nullptr;
  const Slot* s = &(*pages_[page])[id % kPage];
  return s->bucket == UINT32_MAX ? nullptr : s;
}

const std::uint16_t* ProfileIndex::find(Id id) const {
  const Slot* s = slot(id);
  return s == nullptr ? nullptr : buckets_[s->bucket].words.data() + s->offset;
}

static void add_to_filters(ProfileIndex::Bucket& b, const ProfileRecord& r) {
  b.licences_any |= r.licences();
  b.excluded_all &= r.excluded();
  b.contracts_any |= r.contracts();
  b.unlimited_any = b.unlimited_any || r.access() == Access::kUnlimited;
  b.limited_any = b.limited_any || r.access() == Access::kLimited;
  b.full_time_any = b.full_time_any || !r.part_time_only();
  for (std::uint16_t o : r.recognised()) insert_sorted(b.recognised, o);
  for (std::uint16_t o : r.targets()) insert_sorted(b.occupations, o);
  for (std::uint16_t o : r.past()) insert_sorted(b.occupations, o);
  for (std::uint16_t packed : r.languages()) {
    auto it = std::find_if(b.languages.begin(), b.languages.end(), [&](std::uint16_t have) {
      return language_of(have) == language_of(packed);
    });
    if (it == b.languages.end())
      b.languages.push_back(packed);
    else if (level_of(*it) < level_of(packed))
      *it = packed;
  }
}

void ProfileIndex::add_to_unions(std::uint16_t bucket, const ProfileRecord& r) {
  Bucket& b = buckets_[bucket];
  for (auto list : {r.targets(), r.past()}) {
    for (std::uint16_t o : list) {
      if (o < occupation_buckets_.size() &&
          !std::binary_search(b.occupations.begin(), b.occupations.end(), o))
        insert_sorted(occupation_buckets_[o], bucket);
    }
  }
  add_to_filters(b, r);
  for (std::uint16_t s : r.skills()) {
    if (s < skill_buckets_.size() && insert_sorted(b.skills, s))
      insert_sorted(skill_buckets_[s], bucket);
  }
  for (std::uint16_t m : r.macros()) {
    if (m < macro_buckets_.size() && insert_sorted(b.macros, m))
      insert_sorted(macro_buckets_[m], bucket);
  }
}

namespace {
const std::uint16_t kFrench = language_key(language_code('f', 'r'));
}

std::uint32_t ProfileIndex::flags_of(const ProfileRecord& r) {
  return (~r.licences() & 0x7Fu) | (static_cast<std::uint32_t>(r.excluded()) << 7) |
         (r.access() == Access::kNone ? 1u << 11 : 0u) | (r.part_time_only() ? 1u << 12 : 0u) |
         (static_cast<std::uint32_t>(~r.contracts() & 0xFFu) << 13) |
         (static_cast<std::uint32_t>(std::min<std::uint8_t>(r.level(kFrench), 7)) << 21);
}

std::uint32_t ProfileIndex::reject_mask(const CompiledOffer& c) {
  const Offer& o = c.offer;
  std::uint32_t mask = (o.licences & 0x7Fu) | (static_cast<std::uint32_t>(o.schedule & 0xF) << 7) |
                       (1u << 11) | (o.part_time ? 0u : 1u << 12);
  // One contract bit: refused exactly when the person refuses it.
  if (std::has_single_bit(o.contract)) mask |= static_cast<std::uint32_t>(o.contract) << 13;
  return mask;
}

std::uint32_t ProfileIndex::french_need(const CompiledOffer& c) {
  std::uint32_t need = 0;
  for (const auto& m : c.mandatory) {
    if (m.key == kFrench) need = std::max<std::uint32_t>(need, m.level);
  }
  return need;
}

std::uint16_t ProfileIndex::occupation_of(const ProfileRecord& r, std::size_t bucket,
                                          std::size_t occupations) {
  std::uint16_t other = kNoOccupation;
  bool own = false;
  for (auto list : {r.targets(), r.past()}) {
    for (std::uint16_t t : list) {
      if (t >= occupations) continue;
      if (t == bucket) {
        own = true;
      } else if (other == kNoOccupation || other == t) {
        other = t;
      } else {
        return kManyOccupations;
      }
    }
  }
  return other == kNoOccupation && own ? static_cast<std::uint16_t>(bucket) : other;
}

ProfileIndex::Key ProfileIndex::key_of(const ProfileRecord& r, std::size_t offset,
                                       std::size_t bucket) const {
  return {static_cast<std::uint32_t>(offset), flags_of(r), r.max_km(),
          occupation_of(r, bucket, buckets_.size() - 1), r.location()};
}

bool ProfileIndex::may_pass(const Bucket& b, const CompiledOffer& c) {
  const Offer& o = c.offer;
  if (!b.unlimited_any && !b.limited_any) return false;
  if ((o.licences & b.licences_any) != o.licences) return false;
  if ((o.schedule & b.excluded_all) != 0) return false;
  for (const auto& need : c.mandatory) {
    const bool reached = std::any_of(b.languages.begin(), b.languages.end(), [&](std::uint16_t l) {
      return need.key != 0 && language_of(l) == need.key && level_of(l) >= need.level;
    });
    if (!reached) return false;
  }
  if (o.regulated &&
      (o.occupation > 0xFFFF || !std::binary_search(b.recognised.begin(), b.recognised.end(),
                                                    static_cast<std::uint16_t>(o.occupation))))
    return false;
  return (o.contract & b.contracts_any) != 0 && (o.part_time || b.full_time_any);
}

void ProfileIndex::put(const Profile& p, const std::vector<std::uint16_t>& macro_of,
                       std::uint16_t location) {
  erase(p.id);
  const std::size_t none = buckets_.size() - 1;
  std::size_t bucket = !p.targets.empty() ? p.targets[0] : !p.past.empty() ? p.past[0] : none;
  if (bucket > none) bucket = none;
  record_.clear();
  encode(p, macro_of, location, record_);
  Bucket& b = buckets_[bucket];
  const std::size_t tail = b.words.size() - b.sorted_words;
  if (tail > 0 && tail + record_.size() > std::max(kMinTailWords, b.sorted_words / kTailShare))
    compact(static_cast<std::uint16_t>(bucket));
  Slot* s = slot(p.id, true);
  s->bucket = static_cast<std::uint32_t>(bucket);
  s->offset = static_cast<std::uint32_t>(b.words.size());
  b.words.insert(b.words.end(), record_.begin(), record_.end());
  b.keys.push_back(key_of(ProfileRecord(record_.data()), s->offset, bucket));
  ++b.live;
  ++size_;
  add_to_unions(static_cast<std::uint16_t>(bucket), ProfileRecord(b.words.data() + s->offset));
}

bool ProfileIndex::erase(Id id) {
  Slot* s = slot(id, false);
  if (s == nullptr || s->bucket == UINT32_MAX) return false;
  const auto bucket = static_cast<std::uint16_t>(s->bucket);
  Bucket& b = buckets_[bucket];
  std::uint16_t* words = b.words.data() + s->offset;
  b.dead_words += static_cast<std::uint32_t>(ProfileRecord(words).size());
  ProfileRecord::mark_dead(words);
  --b.live;
  --size_;
  *s = Slot{};
  if (b.dead_words * 2 > b.words.size()) compact(bucket);
  return true;
}

void ProfileIndex::compact(std::uint16_t bucket) {
  Bucket& b = buckets_[bucket];
  // The live records by place, then by descending maximum commute (then where they were).
  order_.clear();
  std::size_t live_words = 0;
  for (std::size_t at = 0; at < b.words.size();) {
    const ProfileRecord r(b.words.data() + at);
    if (!r.dead()) {
      order_.push_back((static_cast<std::uint64_t>(r.location()) << 48) |
                       (static_cast<std::uint64_t>(0xFFFF - r.max_km()) << 32) | at);
      live_words += r.size();
    }
    at += r.size();
  }
  std::sort(order_.begin(), order_.end());
  // Room for the tail of a large bucket until the next compaction (appends would double it).
  std::vector<std::uint16_t> words;
  words.reserve(live_words + live_words / kTailShare);
  b.groups.clear();
  std::vector<Key> keys;
  keys.reserve(order_.size() + order_.size() / kTailShare + 32);
  b.keys.swap(keys);
  // The unions only need rebuilding when members left (they only grow otherwise).
  const bool rebuild = b.dead_words > 0;
  std::vector<std::uint16_t> skills, macros;
  Bucket fresh;  // the filter summary, rebuilt from the live members
  for (std::uint64_t key : order_) {
    const std::size_t at = key & 0xFFFFFFFFu;
    const ProfileRecord r(b.words.data() + at);
    const std::size_t n = r.size();
    if (b.groups.empty() || b.groups.back().place != r.location())
      b.groups.push_back({r.location(), r.max_km(), static_cast<std::uint32_t>(b.keys.size())});
    b.keys.push_back(key_of(r, words.size(), bucket));
    slot(r.id(), true)->offset = static_cast<std::uint32_t>(words.size());
    words.insert(words.end(), b.words.begin() + static_cast<std::ptrdiff_t>(at),
                 b.words.begin() + static_cast<std::ptrdiff_t>(at + n));
    if (!rebuild) continue;
    skills.insert(skills.end(), r.skills().begin(), r.skills().end());
    add_to_filters(fresh, r);
    macros.insert(macros.end(), r.macros().begin(), r.macros().end());
  }
  b.words = std::move(words);
  b.groups.shrink_to_fit();
  b.by_occupation.clear();
  for (std::size_t i = 0; i < b.keys.size(); ++i) {
    const std::uint16_t other = b.keys[i].occupation;
    if (other != bucket && other != kNoOccupation)
      b.by_occupation.push_back((static_cast<std::uint64_t>(other) << 32) | i);
  }
  std::sort(b.by_occupation.begin(), b.by_occupation.end());
  b.by_occupation.shrink_to_fit();
  b.sorted_keys = static_cast<std::uint32_t>(b.keys.size());
  b.sorted_words = static_cast<std::uint32_t>(b.words.size());
  b.dead_words = 0;
  if (!rebuild) return;
  for (auto* list : {&skills, &macros}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  // Drop the postings of skills nobody in the bucket holds any more.
  for (std::uint16_t s : b.skills) {
    if (!std::binary_search(skills.begin(), skills.end(), s))
      erase_sorted(skill_buckets_[s], bucket);
  }
  for (std::uint16_t m : b.macros) {
    if (!std::binary_search(macros.begin(), macros.end(), m))
      erase_sorted(macro_buckets_[m], bucket);
  }
  b.skills = std::move(skills);
  b.macros = std::move(macros);
  b.licences_any = fresh.licences_any;
  b.excluded_all = fresh.excluded_all;
  b.contracts_any = fresh.contracts_any;
  b.unlimited_any = fresh.unlimited_any;
  b.limited_any = fresh.limited_any;
  b.full_time_any = fresh.full_time_any;
  b.recognised = std::move(fresh.recognised);
  for (std::uint16_t o : b.occupations) {
    if (o < occupation_buckets_.size() &&
        !std::binary_search(fresh.occupations.begin(), fresh.occupations.end(), o))
      erase_sorted(occupation_buckets_[o], bucket);
  }
  b.occupations = std::move(fresh.occupations);
  b.languages = std::move(fresh.languages);
}

std::size_t ProfileIndex::bytes() const {
  std::size_t total = pages_.size() * sizeof(pages_[0]);
  for (const auto& page : pages_) total += page ? sizeof(Page) : 0;
  for (const auto& b : buckets_) {
    total += sizeof(Bucket) + b.words.capacity() * 2 + b.skills.capacity() * 2 +
             b.macros.capacity() * 2 + b.groups.capacity() * sizeof(Group) +
             b.keys.capacity() * sizeof(Key) + b.by_occupation.capacity() * 8;
  }
  for (const auto* postings : {&skill_buckets_, &macro_buckets_, &occupation_buckets_}) {
    for (const auto& list : *postings) total += sizeof(list) + list.capacity() * 2;
  }
  return total;
}

}  // namespace primowork::matching::detail
