// The occupation and skill taxonomy in memory (ROME 4.0 first, ESCO alongside): occupations,
// skills, their links, mobility edges and work contexts. Pure data, no I/O.
//
// Build it with the add_* functions (codes are the stable identifiers), then finalize(): that
// assigns dense integer ids (indexes into occupations() and skills()), builds the adjacency
// lists and computes each skill's specificity weight w = log(1 + N_occupations / df), where df is
// the number of occupations linked to the skill. After finalize() the object is read-only and
// safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace primowork::taxonomy {

using OccupationId = std::uint32_t;
using SkillId = std::uint32_t;
using ContextId = std::uint32_t;

enum class SkillKind : std::uint8_t { kKnowHow, kSoftSkill, kKnowledge };
std::string_view to_string(SkillKind kind);
std::optional<SkillKind> parse_skill_kind(std::string_view text);

struct Group {
  std::string code;  // ROME grand domaine "J" / domaine "J15"; ESCO ISCO group "5321"
  std::string label;
};

struct Occupation {
  std::string code;  // ROME code "J1501" or ESCO URI
  std::string label;
  std::string definition;           // may be empty
  std::vector<std::string> titles;  // job titles and alternative labels
  bool regulated = false;           // diploma recognition matters
  Group grand_domain;               // ROME letter, or ISCO 1-digit for ESCO
  Group domain;                     // ROME domaine professionnel, or ISCO 4-digit for ESCO
};

struct Skill {
  std::string code;
  std::string label;
  SkillKind kind = SkillKind::kKnowHow;
  std::string macro;      // parent macro-skill code ("" when none)
  float specificity = 0;  // set by finalize()
};

struct WorkContext {
  std::string code;
  std::string label;  // "Travail de nuit", "Port de charges lourdes"...
  std::string type;   // "Horaires et durée du travail"...
};

struct SkillLink {
  SkillId skill;
  bool core;
};

struct OccupationLink {
  OccupationId occupation;
  bool core;
};

struct MobilityEdge {
  OccupationId to;
  int rank;  // ROME numero_ordre: 1 = closest
};

class Taxonomy {
 public:
  std::string name;  // e.g. "ROME 4.0 v460" or "starter-2026.11"

  // Building. Adding an existing code replaces nothing and returns false. Links naming unknown
  // codes are ignored and counted in dropped_links().
  bool add_occupation(Occupation occupation);
  bool add_skill(Skill skill);
  bool add_context(WorkContext context);
  void link_skill(const std::string& occupation, const std::string& skill, bool core);
  void link_context(const std::string& occupation, const std::string& context);
  void add_mobility(const std::string& from, const std::string& to, int rank);
  void finalize();

  bool finalized() const { return finalized_; }
  std::size_t dropped_links() const { return dropped_links_; }

  const std::vector<Occupation>& occupations() const { return occupations_; }
  const std::vector<Skill>& skills() const { return skills_; }
  const std::vector<WorkContext>& contexts() const { return contexts_; }

  std::optional<OccupationId> occupation_id(std::string_view code) const;
  std::optional<SkillId> skill_id(std::string_view code) const;
  std::optional<ContextId> context_id(std::string_view code) const;

  // Skills of an occupation, core first then optional, each group by descending specificity.
  const std::vector<SkillLink>& skills_of(OccupationId id) const { return occupation_skills_[id]; }
  // Occupations using a skill, by id.
  const std::vector<OccupationLink>& occupations_with(SkillId id) const {
    return skill_occupations_[id];
  }
  // Sum of the specificity of an occupation's core skills (the denominator of coverage).
  float core_weight(OccupationId id) const { return core_weight_[id]; }
  const std::vector<ContextId>& contexts_of(OccupationId id) const {
    return occupation_contexts_[id];
  }
  // Curated mobility edges from an occupation, by rank.
  const std::vector<MobilityEdge>& mobility_from(OccupationId id) const { return mobility_[id]; }

  std::size_t link_count() const;

 private:
  struct PendingLink {
    std::string occupation, target;
    int value;
  };
  std::vector<Occupation> occupations_;
  std::vector<Skill> skills_;
  std::vector<WorkContext> contexts_;
  std::unordered_map<std::string, OccupationId> occupation_index_;
  std::unordered_map<std::string, SkillId> skill_index_;
  std::unordered_map<std::string, ContextId> context_index_;
  std::vector<PendingLink> pending_skills_, pending_contexts_, pending_mobility_;
  std::vector<std::vector<SkillLink>> occupation_skills_;
  std::vector<std::vector<OccupationLink>> skill_occupations_;
  std::vector<float> core_weight_;
  std::vector<std::vector<ContextId>> occupation_contexts_;
  std::vector<std::vector<MobilityEdge>> mobility_;
  std::size_t dropped_links_ = 0;
  bool finalized_ = false;
};

}  // namespace primowork::taxonomy
