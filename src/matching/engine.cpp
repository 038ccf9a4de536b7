#include "matching/engine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace primowork::matching {

using detail::CompiledOffer;
using detail::Points;
using detail::ProfileRecord;

const char* to_string(Filter filter) {
  switch (filter) {
    case Filter::kRightToWork:
      return "right_to_work";
    case Filter::kLicence:
      return "licence";
    case Filter::kDistance:
      return "distance";
    case Filter::kSchedule:
      return "schedule";
    case Filter::kLanguage:
      return "language";
    case Filter::kRegulated:
      return "regulated";
    case Filter::kContract:
      return "contract";
  }
  return "";
}

float distance_km(float lat1, float lon1, float lat2, float lon2) {
  // Equirectangular approximation: within 0.1 % of the great circle at commuting distances in
  // Belgium, and one cosine instead of five trigonometric calls.
  constexpr float kEarthKm = 6371.0f;
  constexpr float kRad = 3.14159265358979323846f / 180.0f;
  const float x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) * 0.5f * kRad);
  const float y = (lat2 - lat1) * kRad;
  return kEarthKm * std::sqrt(x * x + y * y);
}

namespace {

constexpr std::uint16_t kNoMacro = std::numeric_limits<std::uint16_t>::max();
// A person reads offers place by place when fewer than 1 / kPlaceOrderShare of them are within
// reach, else bucket by bucket (best bound first, stopping when no bucket can enter the top k).
constexpr std::size_t kPlaceOrderShare = 4;
const std::uint16_t kFrench = detail::language_key(language_code('f', 'r'));

std::vector<std::uint16_t> macros_of(const taxonomy::Taxonomy& t) {
  if (t.skills().size() >= kNoMacro || t.occupations().size() >= kNoMacro)
    throw std::length_error("matching: the taxonomy has 65,535 skills or occupations or more");
  std::unordered_map<std::string, std::uint16_t> index;
  std::vector<std::uint16_t> out(t.skills().size(), kNoMacro);
  for (std::size_t s = 0; s < t.skills().size(); ++s) {
    const std::string& macro = t.skills()[s].macro;
    if (macro.empty()) continue;
    auto [it, inserted] = index.try_emplace(macro, static_cast<std::uint16_t>(index.size()));
    if (index.size() >= kNoMacro)
      throw std::length_error("matching: the taxonomy has 65,535 macro-skills or more");
    out[s] = it->second;
  }
  return out;
}

std::size_t count_macros(const std::vector<std::uint16_t>& skill_macro) {
  std::size_t n = 0;
  for (auto m : skill_macro) {
    if (m != kNoMacro) n = std::max<std::size_t>(n, m + 1u);
  }
  return n;
}

struct Candidate {
  std::int32_t points;
  Id id;
};
// a ranks before b: higher score, then smaller id.
bool before(const Candidate& a, const Candidate& b) {
  return a.points != b.points ? a.points > b.points : a.id < b.id;
}

// The k best candidates seen so far; worst() is the k-th when full.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { heap_.reserve(k); }
  bool full() const { return heap_.size() == k_; }
  std::int32_t threshold() const { return heap_.front().points; }
  void offer(Candidate c) {
    if (heap_.size() < k_) {
      heap_.push_back(c);
      std::push_heap(heap_.begin(), heap_.end(), before);
    } else if (before(c, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), before);
      heap_.back() = c;
      std::push_heap(heap_.begin(), heap_.end(), before);
    }
  }
  // A bucket whose best possible score is `bound` cannot change the result.
  bool excludes(std::int32_t bound) const { return full() && bound < threshold(); }
  std::vector<Match> result() {
    std::sort(heap_.begin(), heap_.end(), before);
    std::vector<Match> out;
    out.reserve(heap_.size());
    for (const auto& c : heap_)
      out.push_back({c.id, static_cast<float>(c.points) / detail::kUnitsPerPoint});
    return out;
  }

 private:
  std::size_t k_;
  std::vector<Candidate> heap_;
};

// Per-thread working tables of a query, left zeroed (or stamped out) after each query.
struct Scratch {
  std::vector<std::int32_t> skill_gain, macro_gain, bucket_sum, occupation;
  std::vector<std::uint32_t> skill_seen, macro_seen, bucket_seen, place_seen, place_need;
  std::vector<float> place_km;
  std::vector<std::int32_t> place_points, bucket_bound, language_points;
  std::vector<std::pair<std::int32_t, std::uint16_t>> best;  // occupations by points
  std::vector<std::uint16_t> skills, macros, buckets;
  std::vector<std::pair<std::uint32_t, float>> batch;  // records to read, and their distance
  std::vector<std::uint32_t> groups;                   // places of a bucket within reach
  std::vector<std::int32_t> hot, bucket_occupation;
  std::vector<std::uint32_t> occupation_seen, bucket_ok;
  struct Pending {
    std::int32_t bound, partial;
    const detail::CompiledOffer* offer;
  };
  std::vector<Pending> pending;  // offers whose skills are still to read
  std::vector<std::pair<std::int32_t, std::uint16_t>> order;  // buckets by bound
  std::vector<std::uint32_t> language_seen = std::vector<std::uint32_t>(1024);
  std::vector<std::uint8_t> language_level = std::vector<std::uint8_t>(1024);
  std::uint32_t occupation_stamp = 0;
  std::uint32_t stamp = 0;

  void prepare(std::size_t n_skills, std::size_t n_macros, std::size_t n_buckets,
               std::size_t n_places) {
    auto fit = [](auto& v, std::size_t n) {
      if (v.size() < n) v.resize(n);
    };
    fit(skill_gain, n_skills), fit(skill_seen, n_skills);
    fit(macro_gain, n_macros), fit(macro_seen, n_macros);
    fit(bucket_sum, n_buckets), fit(bucket_seen, n_buckets), fit(occupation, n_buckets);
    fit(bucket_occupation, n_buckets), fit(occupation_seen, n_buckets), fit(bucket_ok, n_buckets);
    fit(place_seen, n_places), fit(place_km, n_places), fit(place_need, n_places);
    fit(place_points, n_places), fit(bucket_bound, n_buckets);
    skills.clear(), macros.clear(), buckets.clear(), pending.clear(), best.clear();
    if (++stamp == 0) {  // wrapped: forget every old stamp
      for (auto* v :
           {&skill_seen, &macro_seen, &bucket_seen, &place_seen, &language_seen, &bucket_ok})
        std::fill(v->begin(), v->end(), 0u);
      stamp = 1;
    }
  }
  void add_bucket(std::uint16_t b, std::int32_t points) {
    if (bucket_seen[b] != stamp) {
      bucket_seen[b] = stamp;
      bucket_sum[b] = 0;
      buckets.push_back(b);
    }
    bucket_sum[b] += points;
  }
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

}  // namespace

Engine::Engine(const taxonomy::Taxonomy& t, Weights weights)
    : taxonomy_(t),
      weights_(weights),
      scale_(weights),
      fit_(t),
      skill_macro_(macros_of(t)),
      macro_count_(count_macros(skill_macro_)),
      profiles_(t.occupations().size() + 1, t.skills().size(), macro_count_),
      offers_(t.occupations().size() + 1, t.skills().size(), macro_count_) {}

std::uint16_t Engine::place(float lat, float lon) {
  const std::uint64_t key = (static_cast<std::uint64_t>(std::bit_cast<std::uint32_t>(lat)) << 32) |
                            std::bit_cast<std::uint32_t>(lon);
  auto it = place_index_.find(key);
  if (it != place_index_.end()) return it->second;
  if (places_.size() > 0xFFFF) throw std::length_error("matching: more than 65,536 places");
  const auto index = static_cast<std::uint16_t>(places_.size());
  places_.emplace_back(lat, lon);
  place_index_.emplace(key, index);
  return index;
}

void Engine::upsert(const Profile& p) {
  profiles_.put(p, skill_macro_, place(p.lat, p.lon));
}

void Engine::upsert(const Offer& o) {
  offers_.put(detail::compile(o, scale_, skill_macro_, place(o.lat, o.lon)));
}

bool Engine::remove_profile(Id id) {
  return profiles_.erase(id);
}
bool Engine::remove_offer(Id id) {
  return offers_.erase(id);
}

std::optional<Profile> Engine::profile(Id id) const {
  const std::uint16_t* words = profiles_.find(id);
  if (words == nullptr) return std::nullopt;
  const ProfileRecord r(words);
  const auto [lat, lon] = places_[r.location()];
  return detail::decode(r, lat, lon);
}

const Offer* Engine::offer(Id id) const {
  const CompiledOffer* c = offers_.find(id);
  return c == nullptr ? nullptr : &c->offer;
}

namespace {
std::int32_t occupation_points(const detail::Scale& scale, float similarity) {
  return static_cast<std::int32_t>(std::lround(static_cast<float>(scale.occupation) * similarity));
}
}  // namespace

Points Engine::points(const ProfileRecord& r, const CompiledOffer& o, float km,
                      OccupationId* closest) const {
  Points pts;
  pts.skills = detail::skill_points(r, o);
  for (auto list : {r.targets(), r.past()}) {
    for (std::uint16_t t : list) {
      const auto occ = occupation_points(scale_, fit_.similarity(t, o.offer.occupation));
      if (occ > pts.occupation) {
        pts.occupation = occ;
        if (closest != nullptr) *closest = t;
      }
    }
  }
  pts.language = detail::language_points(r, o, scale_);
  pts.distance = detail::distance_points(km, r.max_km(), scale_);
  pts.preferences = detail::preference_points(r, o, scale_);
  return pts;
}

Explanation Engine::explain_record(const ProfileRecord& r, float lat, float lon,
                                   const CompiledOffer& o) const {
  const float km = distance_km(lat, lon, o.offer.lat, o.offer.lon);
  OccupationId closest = 0;
  const Points pts = points(r, o, km, &closest);
  return detail::explanation(r, o, pts, scale_, detail::first_failing(r, o, km), km, closest);
}

Explanation Engine::evaluate(const Profile& p, const Offer& o) const {
  std::vector<std::uint16_t> words;
  detail::encode(p, skill_macro_, 0, words);
  return explain_record(ProfileRecord(words.data()), p.lat, p.lon,
                        detail::compile(o, scale_, skill_macro_, 0));
}

std::optional<Filter> Engine::first_failing_filter(const Profile& p, const Offer& o) const {
  std::vector<std::uint16_t> words;
  detail::encode(p, skill_macro_, 0, words);
  return detail::first_failing(ProfileRecord(words.data()),
                               detail::compile(o, scale_, skill_macro_, 0),
                               distance_km(p.lat, p.lon, o.lat, o.lon));
}

std::optional<Explanation> Engine::explain(Id profile, Id offer) const {
  const std::uint16_t* words = profiles_.find(profile);
  const CompiledOffer* o = offers_.find(offer);
  if (words == nullptr || o == nullptr) return std::nullopt;
  const ProfileRecord r(words);
  const auto [lat, lon] = places_[r.location()];
  return explain_record(r, lat, lon, *o);
}

std::vector<Match> Engine::profiles_for(Id offer_id, std::size_t k) const {
  const CompiledOffer* found = offers_.find(offer_id);
  if (found == nullptr || k == 0) return {};
  const CompiledOffer& o = *found;
  const auto& buckets = profiles_.buckets();
  Scratch& s = scratch();
  s.prepare(skill_macro_.size(), macro_count_, buckets.size(), places_.size());

  // What each skill and macro-skill a person holds earns here (scoring.h: a held skill earns
  // full = (full - half) + the half its macro-skill brings).
  for (const auto& e : o.entries) {
    if (s.skill_seen[e.skill] != s.stamp) {
      s.skill_seen[e.skill] = s.stamp;
      s.skill_gain[e.skill] = 0;
      s.skills.push_back(e.skill);
    }
    s.skill_gain[e.skill] += e.full - (e.macro != kNoMacro ? e.half : 0);
    if (e.macro == kNoMacro) continue;
    if (s.macro_seen[e.macro] != s.stamp) {
      s.macro_seen[e.macro] = s.stamp;
      s.macro_gain[e.macro] = 0;
      s.macros.push_back(e.macro);
    }
    s.macro_gain[e.macro] += e.half;
  }
  // Bound per bucket: the sum over the skills its members hold, capped, plus every other
  // component at its maximum.
  for (std::uint16_t skill : s.skills) {
    for (std::uint16_t b : profiles_.buckets_with_skill(skill))
      s.add_bucket(b, s.skill_gain[skill]);
  }
  for (std::uint16_t macro : s.macros) {
    for (std::uint16_t b : profiles_.buckets_with_macro(macro))
      s.add_bucket(b, s.macro_gain[macro]);
  }
  const std::int32_t others = scale_.others();
  std::vector<std::pair<std::int32_t, std::uint16_t>> order;
  order.reserve(s.buckets.size());
  for (std::uint16_t b : s.buckets) {
    if (detail::ProfileIndex::may_pass(buckets[b], o))
      order.emplace_back(std::min(s.bucket_sum[b], o.skills_cap) + others, b);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a > b; });
  // Then the buckets sharing nothing with the offer, whose bound is `others`.
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    if (s.bucket_seen[b] != s.stamp && buckets[b].live > 0 &&
        detail::ProfileIndex::may_pass(buckets[b], o))
      order.emplace_back(others, static_cast<std::uint16_t>(b));
  }
  const std::size_t n_occupations = fit_.count();
  for (std::size_t t = 0; t < n_occupations; ++t)
    s.occupation[t] = occupation_points(
        scale_, fit_.similarity(static_cast<OccupationId>(t), o.offer.occupation));

  // Every component but skills and occupation at its maximum.
  const std::int32_t rest = others - scale_.occupation;
  // Distance to a place, and the smallest maximum commute that reaches it: for an integer m,
  // km > m exactly when m < ceil(km).
  auto km_to = [&](std::uint16_t where) {
    if (s.place_seen[where] != s.stamp) {
      s.place_seen[where] = s.stamp;
      const float km =
          distance_km(places_[where].first, places_[where].second, o.offer.lat, o.offer.lon);
      s.place_km[where] = km;
      s.place_need[where] = static_cast<std::uint32_t>(std::min(std::ceil(km), 1e9f));
    }
    return s.place_km[where];
  };
  TopK top(k);
  const std::uint32_t reject = detail::ProfileIndex::reject_mask(o);
  const std::uint32_t french_need = detail::ProfileIndex::french_need(o);
  auto consider = [&](const ProfileRecord& r, float km) {
    if (detail::first_failing(r, o, km)) return;  // cheap: bits and a cached distance
    std::int32_t skill_points = 0;
    for (std::uint16_t skill : r.skills()) {
      if (s.skill_seen[skill] == s.stamp) skill_points += s.skill_gain[skill];
    }
    for (std::uint16_t macro : r.macros()) {
      if (s.macro_seen[macro] == s.stamp) skill_points += s.macro_gain[macro];
    }
    std::int32_t occupation = 0;
    for (auto list : {r.targets(), r.past()}) {
      for (std::uint16_t t : list) {
        if (t < n_occupations) occupation = std::max(occupation, s.occupation[t]);
      }
    }
    if (top.excludes(skill_points + occupation + rest)) return;
    top.offer({skill_points + occupation + detail::language_points(r, o, scale_) +
                   detail::distance_points(km, r.max_km(), scale_) +
                   detail::preference_points(r, o, scale_),
               r.id()});
  };
  // Upper bounds of the occupation points per bucket, worked out the first time they are needed:
  // the buckets holding one of the occupations that earn more than `floor` get their best, the
  // others at most `floor`. The floor is what a bucket without skills would need to enter the top
  // k, raised so that at most kHot occupations are looked at.
  bool occupations_ready = false;
  std::int32_t floor = 0;
  auto bucket_occupation = [&](std::uint16_t b) {
    if (!occupations_ready) {
      occupations_ready = true;
      constexpr std::size_t kHot = 64;
      s.hot.assign(s.occupation.begin(),
                   s.occupation.begin() + static_cast<std::ptrdiff_t>(n_occupations));
      if (s.hot.size() > kHot) {
        std::nth_element(s.hot.begin(), s.hot.begin() + kHot, s.hot.end(), std::greater<>());
        floor = s.hot[kHot];
      }
      floor = std::max(floor, top.threshold() - (others - scale_.occupation) - 1);
      floor = std::clamp(floor, 0, scale_.occupation);
      if (++s.occupation_stamp == 0) {  // wrapped: forget every old stamp
        std::fill(s.occupation_seen.begin(), s.occupation_seen.end(), 0u);
        s.occupation_stamp = 1;
      }
      for (std::size_t t = 0; t < n_occupations; ++t) {
        const std::int32_t points = s.occupation[t];
        if (points <= floor) continue;
        for (std::uint16_t with : profiles_.buckets_with_occupation(t)) {
          if (s.occupation_seen[with] != s.occupation_stamp) {
            s.occupation_seen[with] = s.occupation_stamp;
            s.bucket_occupation[with] = points;
          } else {
            s.bucket_occupation[with] = std::max(s.bucket_occupation[with], points);
          }
        }
      }
    }
    const std::int32_t own = b < n_occupations ? s.occupation[b] : 0;
    return std::max(
        {own, floor, s.occupation_seen[b] == s.occupation_stamp ? s.bucket_occupation[b] : 0});
  };
  // The kBest occupations that earn the most for this offer, best first (then by id), and at the
  // end the most any other earns (id 0xFFFF), worked out the first time they are needed.
  constexpr std::size_t kBest = 32;
  auto best_occupations = [&]() -> const std::vector<std::pair<std::int32_t, std::uint16_t>>& {
    if (s.best.empty()) {
      for (std::size_t t = 0; t < n_occupations; ++t)
        s.best.emplace_back(s.occupation[t], static_cast<std::uint16_t>(t));
      const auto by_points = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      };
      const std::size_t n = std::min(kBest, s.best.size());
      std::nth_element(s.best.begin(), s.best.begin() + static_cast<std::ptrdiff_t>(n),
                       s.best.end(), by_points);
      const std::int32_t rest_best = n < s.best.size() ? s.best[n].first : -1;
      s.best.resize(n);
      std::sort(s.best.begin(), s.best.end(), by_points);
      s.best.emplace_back(rest_best, std::uint16_t{0xFFFF});
    }
    return s.best;
  };
  for (const auto& [bound, b] : order) {
    if (top.excludes(bound)) break;
    const auto& bucket = buckets[b];
    // Skills at the bucket's best, languages at its best, preferences at their maximum (a
    // person passing the filters gets all of them): each key adds its occupation and distance.
    const std::int32_t key_bound =
        bound - others + scale_.preferences + detail::language_bound(bucket.languages, o, scale_);
    const std::int32_t own = b < n_occupations ? s.occupation[b] : 0;
    auto occupation_bound = [&](std::uint16_t occupation) {
      return occupation == detail::ProfileIndex::kNoOccupation ? 0
             : occupation == detail::ProfileIndex::kManyOccupations
                 ? scale_.occupation
                 : std::max(own, s.occupation[occupation]);
    };
    // The best occupation of the bucket's people, once the top k is full.
    const std::int32_t occupation = top.full() ? bucket_occupation(b) : scale_.occupation;
    if (top.excludes(key_bound + occupation + scale_.distance)) continue;
    const std::uint16_t* words = bucket.words.data();
    s.batch.clear();
    // One key, wherever it lives: filters, then its own bound.
    auto check = [&](const detail::ProfileIndex::Key& key) {
      if ((key.flags & reject) != 0 || detail::ProfileIndex::french_of(key.flags) < french_need)
        return;
      const std::int32_t bound = key_bound + occupation_bound(key.occupation);
      if (top.excludes(bound + scale_.distance)) return;
      const float km = km_to(key.place);
      if (key.max_km < s.place_need[key.place] ||
          top.excludes(bound + detail::distance_points(km, key.max_km, scale_)))
        return;
      __builtin_prefetch(words + key.offset);
      __builtin_prefetch(words + key.offset + 32);
      s.batch.push_back({key.offset, km});
    };
    if (top.full() && top.excludes(key_bound + own + scale_.distance)) {
      // Only people with another occupation than the bucket's can enter, and only if theirs
      // earns at least `need`: walk the bucket's index of them (8 bytes each) instead of its
      // places and keys.
      const std::int32_t need = top.threshold() - key_bound - scale_.distance;
      const auto& index = bucket.by_occupation;
      auto read = [&](std::uint16_t other) {  // the people of the index holding `other`
        auto it =
            std::lower_bound(index.begin(), index.end(), static_cast<std::uint64_t>(other) << 32);
        for (; it != index.end() && (*it >> 32) == other; ++it)
          check(bucket.keys[*it & 0xFFFFFFFFu]);
      };
      if (need <= best_occupations().back().first) {  // many occupations earn enough: walk
        for (std::uint64_t entry : index) {
          const auto other = static_cast<std::uint16_t>(entry >> 32);
          const std::int32_t points = other == detail::ProfileIndex::kManyOccupations
                                          ? scale_.occupation
                                          : s.occupation[other];
          if (points >= need) check(bucket.keys[entry & 0xFFFFFFFFu]);
        }
      } else {  // only a few of the best occupations earn enough: look each of them up
        if (scale_.occupation >= need) read(detail::ProfileIndex::kManyOccupations);
        for (const auto& [points, other] : best_occupations()) {
          if (points < need) break;
          read(other);
        }
      }
    } else {
      // The places within reach first, their keys fetched ahead; then their keys.
      s.groups.clear();
      for (std::size_t g = 0; g < bucket.groups.size(); ++g) {
        const auto& group = bucket.groups[g];
        const float km = km_to(group.place);
        if (group.max_km < s.place_need[group.place]) continue;  // nobody here commutes that far
        if (top.excludes(key_bound + occupation +
                         detail::distance_points(km, group.max_km, scale_)))
          continue;
        __builtin_prefetch(bucket.keys.data() + group.first);
        s.groups.push_back(static_cast<std::uint32_t>(g));
      }
      for (std::uint32_t g : s.groups) {
        const auto& group = bucket.groups[g];
        const float km = s.place_km[group.place];
        const std::uint32_t need = s.place_need[group.place];
        const std::size_t end =
            g + 1 < bucket.groups.size() ? bucket.groups[g + 1].first : bucket.sorted_keys;
        for (std::size_t i = group.first; i < end; ++i) {
          const auto& key = bucket.keys[i];
          if (key.max_km < need) break;  // the rest of the group commutes less far
          if ((key.flags & reject) != 0 || detail::ProfileIndex::french_of(key.flags) < french_need)
            continue;
          if (top.excludes(key_bound + occupation_bound(key.occupation) +
                           detail::distance_points(km, key.max_km, scale_)))
            continue;
          __builtin_prefetch(words + key.offset);
          __builtin_prefetch(words + key.offset + 32);
          s.batch.push_back({key.offset, km});
        }
      }
    }
    for (std::size_t i = bucket.sorted_keys; i < bucket.keys.size(); ++i)  // the tail
      check(bucket.keys[i]);
    for (const auto& [offset, km] : s.batch) {
      const ProfileRecord r(words + offset);
      if (!r.dead()) consider(r, km);
    }
  }
  return top.result();
}

std::vector<Match> Engine::offers_for(Id profile_id, std::size_t k) const {
  const std::uint16_t* words = profiles_.find(profile_id);
  if (words == nullptr || k == 0) return {};
  const ProfileRecord r(words);
  const auto [lat, lon] = places_[r.location()];
  const auto& buckets = offers_.buckets();
  Scratch& s = scratch();
  s.prepare(skill_macro_.size(), macro_count_, buckets.size(), places_.size());

  for (std::uint16_t skill : r.skills()) {
    s.skill_seen[skill] = s.stamp;
    for (const auto& p : offers_.postings_of_skill(skill)) s.add_bucket(p.bucket, p.points);
  }
  for (std::uint16_t macro : r.macros()) {
    s.macro_seen[macro] = s.stamp;
    for (const auto& p : offers_.postings_of_macro(macro)) s.add_bucket(p.bucket, p.points);
  }
  // The language points of each language requirement of the offers, or -1 when the person lacks
  // a mandatory level (first_failing, language_points).
  const auto& requirements = offers_.languages();
  s.language_points.resize(requirements.size());
  const auto person_level = [&](std::uint16_t key) -> int { return r.level(key); };
  for (std::size_t i = 0; i < requirements.size(); ++i) {
    const auto& [mandatory, desired] = requirements[i];
    const bool reached =
        std::all_of(mandatory.begin(), mandatory.end(), [&](const detail::LanguageRequirement& n) {
          return n.key != 0 && r.level(n.key) >= n.level;
        });
    s.language_points[i] =
        reached ? detail::language_points(desired, scale_, person_level) : std::int32_t{-1};
  }
  // Bound per bucket: skills as above, the occupation exactly (one occupation per bucket), the
  // best language points of its offers, distance and preferences at their maximum. A heap: the
  // scan below usually stops after a few buckets.
  const std::int32_t rest = scale_.distance + scale_.preferences;
  auto& order = s.order;
  order.clear();
  const std::size_t n_occupations = fit_.count();
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    if (buckets[b].offers.empty() ||
        !detail::OfferIndex::may_pass(buckets[b], static_cast<std::uint16_t>(b), r))
      continue;
    std::int32_t occupation = 0;
    if (b < n_occupations) {
      for (auto list : {r.targets(), r.past()}) {
        for (std::uint16_t t : list) {
          occupation =
              std::max(occupation,
                       occupation_points(scale_, fit_.similarity(t, static_cast<OccupationId>(b))));
        }
      }
    }
    std::int32_t language = -1;
    for (const auto& [requirement, count] : buckets[b].languages)
      language = std::max(language, s.language_points[requirement]);
    if (language < 0) continue;  // every offer there asks for a level the person lacks
    s.occupation[b] = occupation;
    const std::int32_t skills =
        s.bucket_seen[b] == s.stamp ? std::min(s.bucket_sum[b], buckets[b].skills_cap) : 0;
    const std::int32_t bound = skills + occupation + language + rest;
    order.emplace_back(bound, static_cast<std::uint16_t>(b));
    s.bucket_bound[b] = bound;
  }
  std::make_heap(order.begin(), order.end());

  // The person's level per language key (the first listed, as ProfileRecord::level reads it).
  for (std::uint16_t packed : r.languages()) {
    const std::uint16_t key = detail::language_of(packed);
    if (s.language_seen[key] != s.stamp) {
      s.language_seen[key] = s.stamp;
      s.language_level[key] = detail::level_of(packed);
    }
  }
  auto level = [&](std::uint16_t key) -> int {
    return s.language_seen[key] == s.stamp ? s.language_level[key] : 0;
  };
  auto km_to = [&](std::uint16_t where) {
    if (s.place_seen[where] != s.stamp) {
      s.place_seen[where] = s.stamp;
      const float km = distance_km(lat, lon, places_[where].first, places_[where].second);
      s.place_km[where] = km;
      s.place_need[where] = static_cast<std::uint32_t>(std::min(std::ceil(km), 1e9f));
      s.place_points[where] = detail::distance_points(km, r.max_km(), scale_);
    }
    return s.place_km[where];
  };
  auto skill_points = [&](const CompiledOffer& o) {
    std::int32_t points = 0;
    for (const auto& e : o.entries) {
      if (s.skill_seen[e.skill] == s.stamp)
        points += e.full;
      else if (e.macro != kNoMacro && s.macro_seen[e.macro] == s.stamp)
        points += e.half;
    }
    return points;
  };
  const std::uint16_t missing_licences = static_cast<std::uint16_t>(~r.licences());
  const std::uint32_t max_km = r.max_km();
  const std::uint8_t excluded = r.excluded(), contracts = r.contracts();
  // Offer flags that rule the person out: full time for a part-time-only person (the flag is set
  // for part time: test its absence), a regulated occupation without a recognised diploma.
  const bool part_time_only = r.part_time_only();
  const std::uint8_t reject_flags = detail::OfferIndex::kRegulated;
  const bool limited = r.access() == Access::kLimited;
  TopK top(k);
  // One offer of bucket `b` (the bucket's facts in `at`), from its key when that is enough.
  struct BucketFacts {
    std::int32_t occupation, skills;  // exact; the bound of the skills
    bool no_skills, outside;
    std::uint8_t allowed;  // kRegulated when the person has the diploma
  };
  auto facts = [&](std::size_t b) {
    BucketFacts at;
    at.occupation = s.occupation[b];
    // No offer of a bucket sharing nothing with the person's skills and macro-skills pays for
    // them: their skill points are 0, and the key gives the rest of the score.
    at.no_skills = s.bucket_seen[b] != s.stamp;
    at.skills = at.no_skills ? 0 : s.bucket_sum[b];
    at.allowed = std::find(r.recognised().begin(), r.recognised().end(), b) != r.recognised().end()
                     ? detail::OfferIndex::kRegulated
                     : 0;
    // The last bucket holds offers of occupations outside the taxonomy, each its own.
    at.outside = b + 1 == buckets.size();
    return at;
  };
  // The distance to every place with offers (and the commute it needs), and how many offers are
  // within reach: a short commute reads the offers of the places within reach, when they are few.
  std::size_t reachable = 0;
  const auto& by_place = offers_.by_place();
  for (std::size_t p = 0; p < by_place.size(); ++p) {
    if (by_place[p].entries.empty()) continue;
    km_to(static_cast<std::uint16_t>(p));
    if (s.place_need[p] <= r.max_km()) reachable += by_place[p].entries.size();
  }
  const float* place_km = s.place_km.data();
  const std::uint32_t* place_need = s.place_need.data();
  const std::int32_t* place_points = s.place_points.data();  // distance points
  // `defer`: keep the offers whose skills must be read for later, best bound first.
  auto consider = [&](const detail::OfferIndex::Key& key, const BucketFacts& at,
                      const CompiledOffer& o, bool defer) {
    // One test for all the bits (no branch per filter).
    const bool fails = (part_time_only & !(key.flags & detail::OfferIndex::kPartTime)) |
                       (max_km < place_need[key.place]) | ((key.licences & missing_licences) != 0) |
                       ((key.schedule & excluded) != 0) | ((key.contract & contracts) == 0) |
                       ((key.flags & reject_flags & ~at.allowed) != 0);
    if (fails) return;
    const float km = place_km[key.place];
    const bool many = key.n_mandatory == detail::OfferIndex::kManyLanguages ||
                      key.n_desired == detail::OfferIndex::kManyLanguages;
    if (limited || many || at.outside) {  // the offer itself decides
      if (detail::first_failing(r, o, km)) return;
      const std::int32_t skills = at.no_skills ? 0 : skill_points(o);
      top.offer({skills + at.occupation + detail::language_points(r, o, scale_) +
                     place_points[key.place] + detail::preference_points(r, o, scale_),
                 key.id});
      return;
    }
    for (std::size_t m = 0; m < key.n_mandatory; ++m) {
      if (level(key.mandatory[m].key) < key.mandatory[m].level) return;
    }
    // Every filter passed: contract and hours suit the person, preferences are full.
    const std::int32_t partial =
        at.occupation +
        detail::language_points(std::span(key.desired, key.n_desired), scale_, level) +
        place_points[key.place] + scale_.preferences;
    if (at.no_skills) {
      top.offer({partial, key.id});
      return;
    }
    const std::int32_t bound = partial + std::min(key.skills_cap, at.skills);
    if (top.excludes(bound)) return;
    if (defer)
      s.pending.push_back({bound, partial, &o});
    else
      top.offer({partial + skill_points(o), key.id});
  };

  // The bitmaps of the filters this person fails (the regulated one per bucket).
  const std::uint8_t french = r.level(kFrench);
  const auto selection = detail::FilterMasks::select(r, french, false);
  const auto selection_regulated = detail::FilterMasks::select(r, french, true);
  if (reachable * kPlaceOrderShare < offers_.size()) {
    for (const auto& [bound, b] : order) s.bucket_ok[b] = s.stamp;
    // Nearest places first: the k-th score rises sooner.
    s.groups.clear();
    for (std::size_t p = 0; p < by_place.size(); ++p) {
      if (!by_place[p].entries.empty() && s.place_need[p] <= r.max_km())
        s.groups.push_back(static_cast<std::uint32_t>(p));
    }
    std::sort(s.groups.begin(), s.groups.end(), [&](std::uint32_t a, std::uint32_t b) {
      return place_points[a] != place_points[b] ? place_points[a] > place_points[b] : a < b;
    });
    for (std::uint32_t p : s.groups) {
      const auto& place = by_place[p];
      for (std::size_t w = 0; w < place.masks.words(); ++w) {
        for (std::uint64_t pass = place.masks.may_pass(w, selection); pass != 0; pass &= pass - 1) {
          const auto& entry =
              place.entries[64 * w + static_cast<std::size_t>(std::countr_zero(pass))];
          // Nobody passes in that bucket, or its bound cannot enter the top k.
          if (s.bucket_ok[entry.bucket] != s.stamp || top.excludes(s.bucket_bound[entry.bucket]))
            continue;
          const auto& bucket = buckets[entry.bucket];
          consider(entry.key, facts(entry.bucket), bucket.offers[entry.index], true);
        }
      }
    }
    // The deferred offers, best bound first, until none can enter the top k.
    const auto by_bound = [](const auto& a, const auto& b) { return a.bound < b.bound; };
    std::make_heap(s.pending.begin(), s.pending.end(), by_bound);
    for (auto end = s.pending.end(); end != s.pending.begin(); --end) {
      std::pop_heap(s.pending.begin(), end, by_bound);
      const auto& p = *(end - 1);
      if (top.excludes(p.bound)) break;
      top.offer({p.partial + skill_points(*p.offer), p.offer->offer.id});
    }
    return top.result();
  }
  for (auto end = order.end(); end != order.begin(); --end) {
    std::pop_heap(order.begin(), end);
    const auto [bound, b] = *(end - 1);
    if (top.excludes(bound)) break;
    if (end - 1 != order.begin()) {  // the next bucket's bitmaps and keys, fetched ahead
      const auto& next = buckets[order.front().second];
      if (next.masks.words() > 0) __builtin_prefetch(next.masks.word_address(0));
      __builtin_prefetch(next.keys.data());
    }
    const auto& bucket = buckets[b];
    const BucketFacts at = facts(b);
    const auto& selected = at.allowed != 0 || at.outside ? selection : selection_regulated;
    for (std::size_t w = 0; w < bucket.masks.words(); ++w) {
      for (std::uint64_t pass = bucket.masks.may_pass(w, selected); pass != 0; pass &= pass - 1) {
        const std::size_t i = 64 * w + static_cast<std::size_t>(std::countr_zero(pass));
        consider(bucket.keys[i], at, bucket.offers[i], false);
      }
    }
  }
  return top.result();
}

}  // namespace primowork::matching
