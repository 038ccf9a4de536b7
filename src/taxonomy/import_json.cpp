// The snapshot format: data/taxonomy/README.md describes it.
#include <nlohmann/json.hpp>

#include "taxonomy/import.h"

namespace primowork::taxonomy {
namespace {

using nlohmann::json;

std::string text(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Error bad(const std::string& where, const std::string& reason) {
  return Error{ErrorCode::kInvalid, where, N_("Fichier invalide"), reason};
}

}  // namespace

Result<Taxonomy> from_json(const std::string& input, ImportReport* report) {
  ImportReport local;
  ImportReport& r = report != nullptr ? *report : local;
  json doc = json::parse(input, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return bad("json", "not a JSON object");
  Taxonomy t;
  t.name = text(doc, "version");
  for (const char* key : {"contexts", "skills", "occupations"}) {
    if (!doc.contains(key) || !doc[key].is_array()) return bad(key, "missing array");
  }
  std::size_t i = 0;
  for (const auto& c : doc["contexts"]) {
    const std::string where = "contexts[" + std::to_string(i++) + "]";
    if (text(c, "code").empty() || text(c, "label").empty())
      return bad(where, "code and label are required");
    if (t.add_context(WorkContext{text(c, "code"), text(c, "label"), text(c, "type")}))
      ++r.contexts;
  }
  i = 0;
  for (const auto& s : doc["skills"]) {
    const std::string where = "skills[" + std::to_string(i++) + "]";
    auto kind = parse_skill_kind(text(s, "kind"));
    if (text(s, "code").empty() || text(s, "label").empty() || !kind) {
      return bad(where, "code, label and kind (know_how, soft_skill, knowledge) are required");
    }
    if (t.add_skill(Skill{text(s, "code"), text(s, "label"), *kind, text(s, "macro"), 0}))
      ++r.skills;
  }
  i = 0;
  for (const auto& o : doc["occupations"]) {
    const std::string where = "occupations[" + std::to_string(i++) + "]";
    Occupation occ;
    occ.code = text(o, "code");
    occ.label = text(o, "label");
    if (occ.code.empty() || occ.label.empty()) return bad(where, "code and label are required");
    occ.definition = text(o, "definition");
    occ.regulated = o.value("regulated", false);
    if (o.contains("grand_domain"))
      occ.grand_domain = {text(o["grand_domain"], "code"), text(o["grand_domain"], "label")};
    if (o.contains("domain")) occ.domain = {text(o["domain"], "code"), text(o["domain"], "label")};
    if (o.contains("titles") && o["titles"].is_array()) {
      for (const auto& title : o["titles"]) {
        if (title.is_string()) occ.titles.push_back(title.get<std::string>());
      }
    }
    r.titles += occ.titles.size();
    if (!t.add_occupation(occ)) return bad(where, "duplicate code " + occ.code);
    ++r.occupations;
    for (const auto& s : o.value("skills", json::array())) {
      if (!t.skill_id(text(s, "code"))) {
        r.skip(where, "unknown skill " + text(s, "code"));
        continue;
      }
      const bool core = s.value("core", false);
      t.link_skill(occ.code, text(s, "code"), core);
      if (core) ++r.core_links;
    }
    for (const auto& c : o.value("contexts", json::array())) {
      if (!c.is_string() || !t.context_id(c.get<std::string>())) {
        r.skip(where, "unknown work context");
        continue;
      }
      t.link_context(occ.code, c.get<std::string>());
      ++r.context_links;
    }
    for (const auto& m : o.value("mobility", json::array())) {
      t.add_mobility(occ.code, text(m, "to"), m.value("rank", 1));
      ++r.mobility;
    }
  }
  t.finalize();
  r.links = t.link_count();
  if (t.dropped_links() > 0)
    r.notes.push_back(std::to_string(t.dropped_links()) + " links to unknown codes dropped");
  return t;
}

std::string to_json(const Taxonomy& t, const std::string& source, const std::string& licence) {
  json doc;
  doc["source"] = source;
  doc["licence"] = licence;
  doc["version"] = t.name;
  json contexts = json::array();
  for (const auto& c : t.contexts())
    contexts.push_back({{"code", c.code}, {"label", c.label}, {"type", c.type}});
  doc["contexts"] = std::move(contexts);
  json skills = json::array();
  for (const auto& s : t.skills()) {
    skills.push_back(
        {{"code", s.code}, {"label", s.label}, {"kind", to_string(s.kind)}, {"macro", s.macro}});
  }
  doc["skills"] = std::move(skills);
  json occupations = json::array();
  for (OccupationId id = 0; id < t.occupations().size(); ++id) {
    const auto& o = t.occupations()[id];
    json links = json::array();
    for (const auto& l : t.skills_of(id))
      links.push_back({{"code", t.skills()[l.skill].code}, {"core", l.core}});
    json ctx = json::array();
    for (auto c : t.contexts_of(id)) ctx.push_back(t.contexts()[c].code);
    json mobility = json::array();
    for (const auto& e : t.mobility_from(id))
      mobility.push_back({{"to", t.occupations()[e.to].code}, {"rank", e.rank}});
    occupations.push_back(
        {{"code", o.code},
         {"label", o.label},
         {"grand_domain", {{"code", o.grand_domain.code}, {"label", o.grand_domain.label}}},
         {"domain", {{"code", o.domain.code}, {"label", o.domain.label}}},
         {"regulated", o.regulated},
         {"definition", o.definition},
         {"titles", o.titles},
         {"skills", std::move(links)},
         {"contexts", std::move(ctx)},
         {"mobility", std::move(mobility)}});
  }
  doc["occupations"] = std::move(occupations);
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace primowork::taxonomy
