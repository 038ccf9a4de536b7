#include "occupations/occupations_pages.h"

#include <cmath>
#include <map>

#include "security/pages.h"
#include "taxonomy/adjacency.h"

namespace primowork::occupations {
namespace {

using security::Actor;

std::string percent(float v) {
  return std::to_string(static_cast<int>(std::lround(v * 100))) + " %";
}

http::Response search_page(const PagesDeps& deps, http::Request& r, Actor& a) {
  const auto rome = deps.catalogue.rome();
  const std::string q = r.query.get_or("q", "").substr(0, 200);
  ctemplate::TemplateDictionary dict("search");
  dict.SetValue("Q", q);
  if (!q.empty()) {
    const auto hits = rome->search->occupations(q, 20);
    for (const auto& hit : hits) {
      const auto& o = rome->taxonomy.occupations()[hit.id];
      auto* item = dict.AddSectionDictionary("RESULT");
      item->SetValue("CODE", o.code);
      item->SetValue("LABEL", o.label);
      if (hit.label != o.label) item->SetValueAndShowSection("MATCHED", hit.label, "VIA_TITLE");
      item->SetValue("DOMAIN", o.domain.label);
    }
    dict.SetIntValue("COUNT", static_cast<long>(hits.size()));
    dict.ShowSection(hits.empty() ? "NO_RESULT" : "HAS_RESULTS");
  }
  return deps.pages.render(r, deps.i18n.tr(r.lang, "Métiers"), "occupations/search.tpl", dict, 200,
                           security::chrome(a));
}

http::Response occupation_page(const PagesDeps& deps, http::Request& r, Actor& a) {
  const auto rome = deps.catalogue.rome();
  const auto& t = rome->taxonomy;
  const auto id = t.occupation_id(r.param("code"));
  if (!id) return http::Response::text("", 404);
  const auto& o = t.occupations()[*id];
  ctemplate::TemplateDictionary dict("occupation");
  dict.SetValue("CODE", o.code);
  dict.SetValue("LABEL", o.label);
  dict.SetValue("DOMAIN", o.domain.label);
  dict.SetValue("GRAND_DOMAIN", o.grand_domain.label);
  if (!o.definition.empty())
    dict.SetValueAndShowSection("DEFINITION", o.definition, "HAS_DEFINITION");
  if (o.regulated) dict.ShowSection("REGULATED");
  std::size_t shown_titles = 0;
  for (const auto& title : o.titles) {
    if (title == o.label || ++shown_titles > 12) continue;
    dict.SetValueAndShowSection("TITLE", title, "TITLES");
    dict.ShowSection("HAS_TITLES");
  }
  int core = 0, optional = 0;
  for (const auto& link : t.skills_of(*id)) {
    const auto& s = t.skills()[link.skill];
    if (link.core) {
      ++core;
      auto* item = dict.AddSectionDictionary("CORE_SKILL");
      item->SetValue("SKILL", s.label);
      if (s.kind == taxonomy::SkillKind::kKnowledge) item->ShowSection("KNOWLEDGE");
    } else if (++optional <= 15) {
      dict.SetValueAndShowSection("SKILL", s.label, "OPTIONAL_SKILL");
    }
  }
  if (core > 0) dict.ShowSection("HAS_CORE");
  if (optional > 0) dict.ShowSection("HAS_OPTIONAL");
  std::map<std::string, std::vector<std::string>> contexts;
  for (auto c : t.contexts_of(*id)) contexts[t.contexts()[c].type].push_back(t.contexts()[c].label);
  for (const auto& [type, labels] : contexts) {
    auto* group = dict.AddSectionDictionary("CONTEXT_GROUP");
    group->SetValue("TYPE", type);
    for (const auto& l : labels) group->SetValueAndShowSection("CONTEXT", l, "CONTEXTS");
  }
  if (!contexts.empty()) dict.ShowSection("HAS_CONTEXTS");
  const auto adjacent = taxonomy::adjacent_occupations(t, *id, 8);
  for (const auto& adj : adjacent) {
    const auto& target = t.occupations()[adj.occupation];
    auto* item = dict.AddSectionDictionary("ADJACENT");
    item->SetValue("ADJ_CODE", target.code);
    item->SetValue("ADJ_LABEL", target.label);
    item->SetValue("COVERAGE", percent(adj.coverage));
    if (adj.mobility > 0) item->ShowSection("CURATED");
    for (auto s : adj.missing_core) {
      item->SetValueAndShowSection("MISSING", t.skills()[s].label, "MISSING_SKILLS");
    }
  }
  if (!adjacent.empty()) dict.ShowSection("HAS_ADJACENT");
  dict.SetValue("VERSION", rome->version.name);
  return deps.pages.render(r, o.label, "occupations/occupation.tpl", dict, 200,
                           security::chrome(a));
}

}  // namespace

void mount_occupation_pages(http::Router& router, const PagesDeps& deps) {
  deps.guard.get(router, "/metiers", "site.public",
                 [deps](http::Request& r, Actor& a) { return search_page(deps, r, a); });
  deps.guard.get(router, "/metiers/{code}", "site.public",
                 [deps](http::Request& r, Actor& a) { return occupation_page(deps, r, a); });
}

}  // namespace primowork::occupations
