#include "matching/profile_index.h"

#include <algorithm>

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
    : buckets_(buckets), skill_buckets_(skills), macro_buckets_(macros) {}

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
  if (o.regulated && (o.occupation > 0xFFFF ||
                      !std::binary_search(b.recognised.begin(), b.recognised.end(),
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
  Bucket& b = buckets_[bucket];
  Slot* s = slot(p.id, true);
  s->bucket = static_cast<std::uint32_t>(bucket);
  s->offset = static_cast<std::uint32_t>(b.words.size());
  encode(p, macro_of, location, b.words);
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
  scratch_.clear();
  std::vector<std::uint16_t> skills, macros;
  Bucket fresh;  // the filter summary, rebuilt from the live members
  for (std::size_t at = 0; at < b.words.size();) {
    const ProfileRecord r(b.words.data() + at);
    const std::size_t n = r.size();
    if (!r.dead()) {
      slot(r.id(), true)->offset = static_cast<std::uint32_t>(scratch_.size());
      scratch_.insert(scratch_.end(), b.words.begin() + static_cast<std::ptrdiff_t>(at),
                      b.words.begin() + static_cast<std::ptrdiff_t>(at + n));
      skills.insert(skills.end(), r.skills().begin(), r.skills().end());
      add_to_filters(fresh, r);
      macros.insert(macros.end(), r.macros().begin(), r.macros().end());
    }
    at += n;
  }
  b.words.assign(scratch_.begin(), scratch_.end());
  b.words.shrink_to_fit();
  b.dead_words = 0;
  for (auto* list : {&skills, &macros}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  // Drop the postings of skills nobody in the bucket holds any more.
  for (std::uint16_t s : b.skills) {
    if (!std::binary_search(skills.begin(), skills.end(), s)) erase_sorted(skill_buckets_[s], bucket);
  }
  for (std::uint16_t m : b.macros) {
    if (!std::binary_search(macros.begin(), macros.end(), m)) erase_sorted(macro_buckets_[m], bucket);
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
  b.occupations = std::move(fresh.occupations);
  b.languages = std::move(fresh.languages);
}

std::size_t ProfileIndex::bytes() const {
  std::size_t total = pages_.size() * sizeof(pages_[0]);
  for (const auto& page : pages_) total += page ? sizeof(Page) : 0;
  for (const auto& b : buckets_) {
    total += sizeof(Bucket) + b.words.capacity() * 2 + b.skills.capacity() * 2 +
             b.macros.capacity() * 2;
  }
  for (const auto* postings : {&skill_buckets_, &macro_buckets_}) {
    for (const auto& list : *postings) total += sizeof(list) + list.capacity() * 2;
  }
  return total;
}

}  // namespace primowork::matching::detail
