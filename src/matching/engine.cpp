#include "matching/engine.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "platform/top_k.h"
#include "taxonomy/adjacency.h"

namespace primowork::matching {

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
  // Belgium, and one cosine instead of five trigonometric calls (it runs for every candidate).
  constexpr float kEarthKm = 6371.0f;
  constexpr float kRad = 3.14159265358979323846f / 180.0f;
  const float x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) * 0.5f * kRad);
  const float y = (lat2 - lat1) * kRad;
  return kEarthKm * std::sqrt(x * x + y * y);
}

Engine::Engine(const taxonomy::Taxonomy& t, Weights weights) : taxonomy_(t), weights_(weights) {
  // Macro-skills as small integers.
  std::unordered_map<std::string, std::uint32_t> macro_index;
  skill_macro_.assign(t.skills().size(), std::numeric_limits<std::uint32_t>::max());
  for (SkillId s = 0; s < t.skills().size(); ++s) {
    const std::string& macro = t.skills()[s].macro;
    if (macro.empty()) continue;
    auto [it, inserted] =
        macro_index.try_emplace(macro, static_cast<std::uint32_t>(macro_index.size()));
    skill_macro_[s] = it->second;
  }
  // Occupation similarity, dense (1,584^2 floats = 10 MB for the full ROME).
  occupation_count_ = t.occupations().size();
  similarity_.assign(occupation_count_ * occupation_count_, 0.0f);
  std::vector<bool> held(t.skills().size(), false);
  for (OccupationId a = 0; a < occupation_count_; ++a) {
    for (const auto& link : t.skills_of(a)) held[link.skill] = true;
    std::vector<float> covered(occupation_count_, 0.0f);
    for (const auto& link : t.skills_of(a)) {
      const float w = t.skills()[link.skill].specificity;
      for (const auto& use : t.occupations_with(link.skill)) {
        if (use.core) covered[use.occupation] += w;
      }
    }
    for (const auto& link : t.skills_of(a)) held[link.skill] = false;
    std::vector<float> mobility(occupation_count_, 0.0f);
    for (const auto& edge : t.mobility_from(a))
      mobility[edge.to] = taxonomy::mobility_strength(edge.rank);
    const auto& oa = t.occupations()[a];
    for (OccupationId b = 0; b < occupation_count_; ++b) {
      float sim = 1.0f;
      if (a != b) {
        const auto& ob = t.occupations()[b];
        const float total = t.core_weight(b);
        const float cov = total > 0 ? std::min(1.0f, covered[b] / total) : 0.0f;
        float hierarchy = 0;
        if (!oa.domain.code.empty() && oa.domain.code == ob.domain.code) {
          hierarchy = 0.66f;
        } else if (!oa.grand_domain.code.empty() && oa.grand_domain.code == ob.grand_domain.code) {
          hierarchy = 0.33f;
        }
        sim = 0.6f * cov + 0.25f * mobility[b] + 0.15f * hierarchy;
      }
      similarity_[a * occupation_count_ + b] = sim;
    }
  }
}

float Engine::occupation_similarity(OccupationId from, OccupationId to) const {
  if (from >= occupation_count_ || to >= occupation_count_) return 0;
  return similarity_[from * occupation_count_ + to];
}

void Engine::upsert(Profile p) {
  std::sort(p.skills.begin(), p.skills.end(),
            [](const HeldSkill& a, const HeldSkill& b) { return a.skill < b.skill; });
  p.skills.erase(
      std::unique(p.skills.begin(), p.skills.end(),
                  [](const HeldSkill& a, const HeldSkill& b) { return a.skill == b.skill; }),
      p.skills.end());
  StoredProfile stored{std::move(p), {}};
  for (const auto& h : stored.profile.skills) {
    if (h.skill < skill_macro_.size() &&
        skill_macro_[h.skill] != std::numeric_limits<std::uint32_t>::max()) {
      stored.macros.push_back(skill_macro_[h.skill]);
    }
  }
  std::sort(stored.macros.begin(), stored.macros.end());
  stored.macros.erase(std::unique(stored.macros.begin(), stored.macros.end()), stored.macros.end());
  const Id id = stored.profile.id;
  profiles_.put(id, std::move(stored));
}

void Engine::upsert(Offer o) {
  const Id id = o.id;
  offers_.put(id, std::move(o));
}

bool Engine::remove_profile(Id id) {
  return profiles_.erase(id);
}
bool Engine::remove_offer(Id id) {
  return offers_.erase(id);
}

const Profile* Engine::profile(Id id) const {
  const StoredProfile* sp = profiles_.find(id);
  return sp == nullptr ? nullptr : &sp->profile;
}

const Offer* Engine::offer(Id id) const {
  return offers_.find(id);
}

namespace {

std::uint8_t level_of(const Profile& p, std::uint16_t language) {
  for (const auto& l : p.languages) {
    if (l.language == language) return l.level;
  }
  return 0;
}

bool contains(const std::vector<OccupationId>& list, OccupationId id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

}  // namespace

std::optional<Filter> Engine::first_failing_filter(const Profile& p, const Offer& o) const {
  if (p.access == Access::kNone ||
      (p.access == Access::kLimited &&
       (p.limited_employer != o.employer || p.limited_occupation != o.occupation))) {
    return Filter::kRightToWork;
  }
  if ((o.licences & p.licences) != o.licences) return Filter::kLicence;
  if (distance_km(p.lat, p.lon, o.lat, o.lon) > static_cast<float>(p.max_km))
    return Filter::kDistance;
  if ((o.schedule & p.excluded) != 0) return Filter::kSchedule;
  for (const auto& need : o.languages) {
    if (need.mandatory && level_of(p, need.language) < need.level) return Filter::kLanguage;
  }
  if (o.regulated && !contains(p.recognised, o.occupation)) return Filter::kRegulated;
  if ((o.contract & p.contracts) == 0 || (p.part_time_only && !o.part_time))
    return Filter::kContract;
  return std::nullopt;
}

float Engine::skill_credit(const StoredProfile& p, SkillId skill) const {
  const auto& held = p.profile.skills;
  if (std::binary_search(
          held.begin(), held.end(), HeldSkill{skill, Provenance::kDeclared},
          [](const HeldSkill& a, const HeldSkill& b) { return a.skill < b.skill; })) {
    return 1.0f;
  }
  if (skill < skill_macro_.size() &&
      skill_macro_[skill] != std::numeric_limits<std::uint32_t>::max() &&
      std::binary_search(p.macros.begin(), p.macros.end(), skill_macro_[skill])) {
    return 0.5f;
  }
  return 0.0f;
}

Explanation Engine::evaluate_stored(const StoredProfile& sp, const Offer& o, bool detail) const {
  // With detail == false (the top-k scans, after the filters passed) the same arithmetic runs in
  // the same order, so scores are identical; only the explanation lists are not built.
  const Profile& p = sp.profile;
  Explanation e;
  e.distance_km = distance_km(p.lat, p.lon, o.lat, o.lon);
  if (detail) {
    for (const auto& need : o.languages) {
      const auto have = level_of(p, need.language);
      if (have < need.level)
        e.language_gaps.push_back({need.language, have, need.level, need.mandatory});
    }
    e.failed = first_failing_filter(p, o);
  }

  // Skills.
  float core_total = 0, core_have = 0;
  std::vector<WeightedSkill> missing;
  for (const auto& ws : o.core) {
    core_total += ws.weight;
    const float credit = skill_credit(sp, ws.skill);
    core_have += credit * ws.weight;
    if (!detail) continue;
    if (credit == 1.0f)
      e.matched_core.push_back(ws.skill);
    else if (credit > 0)
      e.related.push_back(ws.skill);
    if (credit < 1.0f) missing.push_back(ws);
  }
  if (detail) {
    std::stable_sort(
        missing.begin(), missing.end(),
        [](const WeightedSkill& a, const WeightedSkill& b) { return a.weight > b.weight; });
    for (const auto& ws : missing) e.missing_core.push_back(ws.skill);
  }
  float opt_total = 0, opt_have = 0;
  for (const auto& ws : o.optional) {
    opt_total += ws.weight;
    const float credit = skill_credit(sp, ws.skill);
    opt_have += credit * ws.weight;
    if (detail && credit > 0 && credit < 1.0f) e.related.push_back(ws.skill);
  }
  const float E = core_total > 0 ? core_have / core_total : 0.0f;
  const float O = opt_total > 0 ? opt_have / opt_total : E;
  e.skills = 0.75f * E + 0.25f * O;

  // Occupation.
  for (const auto* list : {&p.targets, &p.past}) {
    for (OccupationId t : *list) {
      const float sim = occupation_similarity(t, o.occupation);
      if (sim > e.occupation) {
        e.occupation = sim;
        e.closest_occupation = t;
      }
    }
  }

  // Desired languages (mandatory ones are filters).
  int desired = 0;
  float lang = 0;
  for (const auto& need : o.languages) {
    if (need.mandatory) continue;
    ++desired;
    const auto have = level_of(p, need.language);
    lang += have >= need.level ? 1.0f : (have + 1 == need.level ? 0.5f : 0.0f);
  }
  e.language = desired > 0 ? lang / static_cast<float>(desired) : 1.0f;

  // Distance.
  const float half = static_cast<float>(p.max_km) / 2;
  e.distance = e.distance_km <= half ? 1.0f
               : p.max_km == 0
                   ? 0.0f
                   : std::max(0.0f, (static_cast<float>(p.max_km) - e.distance_km) / half);

  // Preferences.
  const bool contract_ok = (o.contract & p.contracts) != 0;
  const bool hours_ok = !p.part_time_only || o.part_time;
  e.preferences = contract_ok && hours_ok ? 1.0f : 0.5f;

  if (!e.failed) {
    const Weights& w = weights_;
    e.score =
        100.0f * (w.skills * e.skills + w.occupation * e.occupation + w.language * e.language +
                  w.distance * e.distance + w.preferences * e.preferences);
  }
  return e;
}

Explanation Engine::evaluate(const Profile& p, const Offer& o) const {
  StoredProfile sp{p, {}};
  for (const auto& h : p.skills) {
    if (h.skill < skill_macro_.size() &&
        skill_macro_[h.skill] != std::numeric_limits<std::uint32_t>::max()) {
      sp.macros.push_back(skill_macro_[h.skill]);
    }
  }
  std::sort(sp.profile.skills.begin(), sp.profile.skills.end(),
            [](const HeldSkill& a, const HeldSkill& b) { return a.skill < b.skill; });
  std::sort(sp.macros.begin(), sp.macros.end());
  return evaluate_stored(sp, o, true);
}

std::optional<Explanation> Engine::explain(Id profile, Id offer) const {
  const StoredProfile* p = profiles_.find(profile);
  const Offer* o = offers_.find(offer);
  if (p == nullptr || o == nullptr) return std::nullopt;
  return evaluate_stored(*p, *o, true);
}

namespace {
std::vector<Match> top_k(std::vector<Match> all, std::size_t k) {
  keep_top_k(all, k, [](const Match& a, const Match& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  return all;
}
}  // namespace

std::vector<Match> Engine::profiles_for(Id offer_id, std::size_t k) const {
  const Offer* o = offers_.find(offer_id);
  if (o == nullptr || k == 0) return {};
  std::vector<Match> all;
  for (std::size_t i = 0; i < profiles_.items.size(); ++i) {
    const StoredProfile& sp = profiles_.items[i];
    if (first_failing_filter(sp.profile, *o)) continue;
    all.push_back({profiles_.ids[i], evaluate_stored(sp, *o, false).score});
  }
  return top_k(std::move(all), k);
}

std::vector<Match> Engine::offers_for(Id profile_id, std::size_t k) const {
  const StoredProfile* p = profiles_.find(profile_id);
  if (p == nullptr || k == 0) return {};
  std::vector<Match> all;
  for (std::size_t i = 0; i < offers_.items.size(); ++i) {
    const Offer& o = offers_.items[i];
    if (first_failing_filter(p->profile, o)) continue;
    all.push_back({offers_.ids[i], evaluate_stored(*p, o, false).score});
  }
  return top_k(std::move(all), k);
}

}  // namespace primowork::matching
