#include "taxonomy/taxonomy.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace primowork::taxonomy {

std::string_view to_string(SkillKind kind) {
  switch (kind) {
    case SkillKind::kKnowHow:
      return "know_how";
    case SkillKind::kSoftSkill:
      return "soft_skill";
    case SkillKind::kKnowledge:
      return "knowledge";
  }
  return "know_how";
}

std::optional<SkillKind> parse_skill_kind(std::string_view text) {
  if (text == "know_how") return SkillKind::kKnowHow;
  if (text == "soft_skill") return SkillKind::kSoftSkill;
  if (text == "knowledge") return SkillKind::kKnowledge;
  return std::nullopt;
}

bool Taxonomy::add_occupation(Occupation occupation) {
  if (finalized_) throw std::logic_error("taxonomy already finalized");
  if (occupation_index_.count(occupation.code)) return false;
  occupation_index_.emplace(occupation.code, static_cast<OccupationId>(occupations_.size()));
  occupations_.push_back(std::move(occupation));
  return true;
}

bool Taxonomy::add_skill(Skill skill) {
  if (finalized_) throw std::logic_error("taxonomy already finalized");
  if (skill_index_.count(skill.code)) return false;
  skill_index_.emplace(skill.code, static_cast<SkillId>(skills_.size()));
  skills_.push_back(std::move(skill));
  return true;
}

bool Taxonomy::add_context(WorkContext context) {
  if (finalized_) throw std::logic_error("taxonomy already finalized");
  if (context_index_.count(context.code)) return false;
  context_index_.emplace(context.code, static_cast<ContextId>(contexts_.size()));
  contexts_.push_back(std::move(context));
  return true;
}

void Taxonomy::link_skill(const std::string& occupation, const std::string& skill, bool core) {
  pending_skills_.push_back({occupation, skill, core ? 1 : 0});
}

void Taxonomy::link_context(const std::string& occupation, const std::string& context) {
  pending_contexts_.push_back({occupation, context, 0});
}

void Taxonomy::add_mobility(const std::string& from, const std::string& to, int rank) {
  pending_mobility_.push_back({from, to, rank});
}

void Taxonomy::finalize() {
  if (finalized_) return;
  const std::size_t n_occ = occupations_.size();
  occupation_skills_.assign(n_occ, {});
  skill_occupations_.assign(skills_.size(), {});
  occupation_contexts_.assign(n_occ, {});
  mobility_.assign(n_occ, {});
  for (const auto& p : pending_skills_) {
    auto o = occupation_index_.find(p.occupation);
    auto s = skill_index_.find(p.target);
    if (o == occupation_index_.end() || s == skill_index_.end()) {
      ++dropped_links_;
      continue;
    }
    auto& links = occupation_skills_[o->second];
    auto existing = std::find_if(links.begin(), links.end(),
                                 [&](const SkillLink& l) { return l.skill == s->second; });
    if (existing != links.end()) {
      existing->core = existing->core || p.value != 0;  // a duplicate may upgrade to core
      continue;
    }
    links.push_back({s->second, p.value != 0});
  }
  for (const auto& p : pending_contexts_) {
    auto o = occupation_index_.find(p.occupation);
    auto c = context_index_.find(p.target);
    if (o == occupation_index_.end() || c == context_index_.end()) {
      ++dropped_links_;
      continue;
    }
    auto& list = occupation_contexts_[o->second];
    if (std::find(list.begin(), list.end(), c->second) == list.end()) list.push_back(c->second);
  }
  for (const auto& p : pending_mobility_) {
    auto from = occupation_index_.find(p.occupation);
    auto to = occupation_index_.find(p.target);
    if (from == occupation_index_.end() || to == occupation_index_.end() || from == to) {
      ++dropped_links_;
      continue;
    }
    mobility_[from->second].push_back({to->second, p.value});
  }
  pending_skills_.clear();
  pending_skills_.shrink_to_fit();
  pending_contexts_.clear();
  pending_mobility_.clear();

  std::vector<std::size_t> df(skills_.size(), 0);
  for (const auto& links : occupation_skills_) {
    for (const auto& link : links) ++df[link.skill];
  }
  const double n = std::max<double>(1.0, static_cast<double>(n_occ));
  for (std::size_t s = 0; s < skills_.size(); ++s) {
    skills_[s].specificity =
        static_cast<float>(std::log(1.0 + n / std::max<double>(1.0, static_cast<double>(df[s]))));
  }
  for (auto& links : occupation_skills_) {
    std::stable_sort(links.begin(), links.end(), [&](const SkillLink& a, const SkillLink& b) {
      if (a.core != b.core) return a.core;
      if (skills_[a.skill].specificity != skills_[b.skill].specificity) {
        return skills_[a.skill].specificity > skills_[b.skill].specificity;
      }
      return a.skill < b.skill;
    });
  }
  for (auto& edges : mobility_) {
    std::stable_sort(edges.begin(), edges.end(), [](const MobilityEdge& a, const MobilityEdge& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.to < b.to;
    });
  }
  core_weight_.assign(n_occ, 0.0f);
  for (OccupationId o = 0; o < n_occ; ++o) {
    for (const auto& link : occupation_skills_[o]) {
      skill_occupations_[link.skill].push_back({o, link.core});
      if (link.core) core_weight_[o] += skills_[link.skill].specificity;
    }
  }
  finalized_ = true;
}

std::optional<OccupationId> Taxonomy::occupation_id(std::string_view code) const {
  auto it = occupation_index_.find(std::string(code));
  if (it == occupation_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<SkillId> Taxonomy::skill_id(std::string_view code) const {
  auto it = skill_index_.find(std::string(code));
  if (it == skill_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<ContextId> Taxonomy::context_id(std::string_view code) const {
  auto it = context_index_.find(std::string(code));
  if (it == context_index_.end()) return std::nullopt;
  return it->second;
}

std::size_t Taxonomy::link_count() const {
  std::size_t n = 0;
  for (const auto& l : occupation_skills_) n += l.size();
  return n;
}

}  // namespace primowork::taxonomy
