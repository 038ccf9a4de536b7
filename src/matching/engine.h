// The matching engine: hard filters first, then an additive, bounded score (MATCHING.md 4.2,
// 4.3), top-k both ways, and an explanation for every pair. Pure: no I/O, no clock, no SQL.
//
// score = 100 x (w.skills s_skills + w.occupation s_occ + w.language s_lang + w.distance s_dist
//                + w.preferences s_pref), every s in [0, 1]:
//   s_skills = 0.75 E + 0.25 O: weighted share of the offer's core (E) and optional (O) skills the
//              person has; a skill under the same macro-skill as one the person has counts half.
//   s_occ    = max over the person's target and past occupations t of sim(t, offer occupation):
//              1 when equal, else 0.6 coverage(t -> o) + 0.25 mobility(t -> o) + 0.15 hierarchy
//              (same domain 0.66, same grand domain 0.33).
//   s_lang   = mean over desired languages of 1 (level reached), 0.5 (one level below), 0.
//   s_dist   = 1 up to half the person's maximum commute, then linear to 0 at the maximum.
//   s_pref   = 1 when contract and hours suit the person, 0.5 when one of them does not.
// Ties are broken by id (smaller first), so results are reproducible.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "matching/model.h"
#include "taxonomy/taxonomy.h"

namespace primowork::matching {

struct Weights {
  float skills = 0.45f;
  float occupation = 0.20f;
  float language = 0.15f;
  float distance = 0.10f;
  float preferences = 0.10f;
};

// The hard filters, in the order they are checked.
enum class Filter : std::uint8_t {
  kRightToWork,  // no access, or limited to another employer or function
  kLicence,      // a required licence is missing
  kDistance,     // farther than the person's maximum commute
  kSchedule,     // the job imposes a schedule the person excludes
  kLanguage,     // a mandatory language level is not reached
  kRegulated,    // regulated occupation without a recognised diploma
  kContract,     // contract type or hours the person does not accept
};
const char* to_string(Filter filter);

struct LanguageGap {
  std::uint16_t language;
  std::uint8_t have;
  std::uint8_t need;
  bool mandatory;
};

struct Explanation {
  float score = 0;  // 0..100; 0 when a filter failed
  float skills = 0, occupation = 0, language = 0, distance = 0, preferences = 0;  // s_k in [0,1]
  std::optional<Filter> failed;  // the first filter that failed (near miss)
  std::vector<SkillId> matched_core;
  std::vector<SkillId> related;       // core or optional skills matched by a sibling skill
  std::vector<SkillId> missing_core;  // by descending weight: the gap
  std::vector<LanguageGap> language_gaps;
  float distance_km = 0;
  OccupationId closest_occupation = 0;  // the person's occupation that fits best
};

struct Match {
  Id id;
  float score;
};

class Engine {
 public:
  // Keeps a reference to `taxonomy` (finalized), which must outlive the engine.
  Engine(const taxonomy::Taxonomy& taxonomy, Weights weights = {});

  // Incremental updates: insert or replace by id, remove by id. Any order, any time.
  void upsert(Profile profile);
  void upsert(Offer offer);
  bool remove_profile(Id id);
  bool remove_offer(Id id);
  std::size_t profile_count() const { return profiles_.size(); }
  std::size_t offer_count() const { return offers_.size(); }

  // Best `k` people for an offer / offers for a person that pass every filter, by descending
  // score then ascending id. Unknown id: empty.
  std::vector<Match> profiles_for(Id offer, std::size_t k) const;
  std::vector<Match> offers_for(Id profile, std::size_t k) const;

  // Everything about one pair, filters included (for near misses).
  std::optional<Explanation> explain(Id profile, Id offer) const;
  Explanation evaluate(const Profile& p, const Offer& o) const;

  // The first filter the pair fails, or nothing.
  std::optional<Filter> first_failing_filter(const Profile& p, const Offer& o) const;

  // Similarity of two occupations in [0, 1] (see the header comment).
  float occupation_similarity(OccupationId from, OccupationId to) const;

  const Weights& weights() const { return weights_; }
  const Profile* profile(Id id) const;
  const Offer* offer(Id id) const;

 private:
  struct StoredProfile {
    Profile profile;
    std::vector<std::uint32_t> macros;  // sorted macro-skill indexes of the person's skills
  };
  float skill_credit(const StoredProfile& p, SkillId skill) const;
  // detail == false: score only, for candidates that already passed the filters.
  Explanation evaluate_stored(const StoredProfile& p, const Offer& o, bool detail) const;

  const taxonomy::Taxonomy& taxonomy_;
  Weights weights_;
  std::vector<std::uint32_t> skill_macro_;  // per skill: macro index, or UINT32_MAX
  std::vector<float> similarity_;           // occupations x occupations, row-major
  std::size_t occupation_count_ = 0;
  // Items in one contiguous vector (scans run over it), with an id -> position index; removal
  // moves the last item into the hole.
  template <typename T>
  struct Dense {
    std::vector<T> items;
    std::vector<Id> ids;
    std::unordered_map<Id, std::size_t> position;
    void put(Id id, T item) {
      auto [it, inserted] = position.try_emplace(id, items.size());
      if (inserted) {
        items.push_back(std::move(item));
        ids.push_back(id);
      } else {
        items[it->second] = std::move(item);
      }
    }
    bool erase(Id id) {
      auto it = position.find(id);
      if (it == position.end()) return false;
      const std::size_t hole = it->second;
      position.erase(it);
      if (hole + 1 != items.size()) {
        items[hole] = std::move(items.back());
        ids[hole] = ids.back();
        position[ids[hole]] = hole;
      }
      items.pop_back();
      ids.pop_back();
      return true;
    }
    const T* find(Id id) const {
      auto it = position.find(id);
      return it == position.end() ? nullptr : &items[it->second];
    }
    std::size_t size() const { return items.size(); }
  };
  Dense<StoredProfile> profiles_;
  Dense<Offer> offers_;
};

// Distance in kilometres (equirectangular approximation, fine at commuting distances).
float distance_km(float lat1, float lon1, float lat2, float lon2);

}  // namespace primowork::matching
