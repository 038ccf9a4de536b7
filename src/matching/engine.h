// The matching engine: hard filters first, then an additive, bounded score (matching/scoring.h,
// MATCHING.md 4.2, 4.3), top-k both ways, and an explanation for every pair. Pure: no I/O, no
// clock, no SQL.
//
// Top-k is exact: scores are integers (scoring.h), ties are broken by id (smaller first), and a
// bucket of people or offers is skipped only when its best possible score (from the skills its
// members hold, and the maximum of every other component) is below the k-th score found so far.
// The results equal those of evaluating every pair (tests/unit/matching_test.cpp checks it).
//
// Queries are const and may run from several threads at once; updates must not overlap queries
// (the caller holds a lock). Scratch space for a query is per thread.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "matching/explanation.h"
#include "matching/model.h"
#include "matching/occupation_fit.h"
#include "matching/offer_index.h"
#include "matching/profile_index.h"
#include "matching/scoring.h"
#include "taxonomy/taxonomy.h"

namespace primowork::matching {

class Engine {
 public:
  // Keeps a reference to `taxonomy` (finalized), which must outlive the engine. Throws
  // std::length_error when the taxonomy has 65,536 occupations, skills or macro-skills or more.
  Engine(const taxonomy::Taxonomy& taxonomy, Weights weights = {});

  // Incremental updates: insert or replace by id, remove by id. Any order, any time. A place is
  // remembered by its coordinates: at most 65,536 distinct places (communes: about 600).
  void upsert(const Profile& profile);
  void upsert(const Offer& offer);
  bool remove_profile(Id id);
  bool remove_offer(Id id);
  std::size_t profile_count() const { return profiles_.size(); }
  std::size_t offer_count() const { return offers_.size(); }

  // Best `k` people for an offer / offers for a person that pass every filter, by descending
  // score then ascending id. Unknown id: empty.
  std::vector<Match> profiles_for(Id offer, std::size_t k) const;
  std::vector<Match> offers_for(Id profile, std::size_t k) const;

  // Everything about one pair, filters included (for near misses). Unknown id: nothing.
  std::optional<Explanation> explain(Id profile, Id offer) const;
  // The same for a pair not (necessarily) in the engine; the score is the one top-k uses.
  Explanation evaluate(const Profile& p, const Offer& o) const;

  // The first filter the pair fails, or nothing.
  std::optional<Filter> first_failing_filter(const Profile& p, const Offer& o) const;

  // Similarity of two occupations in [0, 1] (see occupation_fit.h).
  float occupation_similarity(OccupationId from, OccupationId to) const {
    return fit_.similarity(from, to);
  }

  const Weights& weights() const { return weights_; }
  // The stored person (skills without provenance, lists cut as profile_record.h says).
  std::optional<Profile> profile(Id id) const;
  const Offer* offer(Id id) const;
  // Memory held by the people's index, in bytes.
  std::size_t profile_bytes() const { return profiles_.bytes(); }

 private:
  std::uint16_t place(float lat, float lon);
  detail::Points points(const detail::ProfileRecord& r, const detail::CompiledOffer& o, float km,
                        OccupationId* closest) const;
  Explanation explain_record(const detail::ProfileRecord& r, float lat, float lon,
                             const detail::CompiledOffer& o) const;

  const taxonomy::Taxonomy& taxonomy_;
  Weights weights_;
  detail::Scale scale_;
  OccupationFit fit_;
  std::vector<std::uint16_t> skill_macro_;  // per skill: macro index, or UINT16_MAX
  std::size_t macro_count_ = 0;
  std::vector<std::pair<float, float>> places_;  // index -> (lat, lon)
  std::unordered_map<std::uint64_t, std::uint16_t> place_index_;
  detail::ProfileIndex profiles_;
  detail::OfferIndex offers_;
};

// Distance in kilometres (equirectangular approximation, fine at commuting distances).
float distance_km(float lat1, float lon1, float lat2, float lon2);

}  // namespace primowork::matching
