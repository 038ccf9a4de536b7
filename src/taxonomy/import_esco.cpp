#include <map>
#include <sstream>
#include <unordered_map>

#include "taxonomy/import.h"
#include "taxonomy/import_csv.h"

namespace primowork::taxonomy {
namespace {

using Row = std::vector<std::string>;

// Multi-valued ESCO fields hold one value per line.
std::vector<std::string> lines_of(const std::string& field) {
  std::vector<std::string> out;
  std::istringstream in(field);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace

Result<Taxonomy> import_esco(const OpenFile& open, ImportReport& report, const Progress& progress) {
  Taxonomy t;
  std::unordered_map<std::string, std::string> isco_labels;
  auto st = each_csv_row(open, "ISCOGroups", false, {"code", "preferredLabel"}, report, progress,
                         [&](const Row& v, const std::string&) { isco_labels[v[0]] = v[1]; });
  if (!st) return st.error();

  // Some v1.0 exports lack a column: pick what exists by name.
  st = each_csv_row(
      open, "occupations", true,
      {"conceptUri", "iscoGroup", "preferredLabel", "?altLabels", "?regulatedProfessionNote",
       "?definition", "?description"},
      report, progress, [&](const Row& v, const std::string& where) {
        if (v[0].empty() || v[2].empty()) {
          report.skip(where, "empty URI or label");
          return;
        }
        Occupation o;
        o.code = v[0];
        o.label = v[2];
        o.titles = lines_of(v[3]);
        const std::string& note = v[4];
        o.regulated = !note.empty() && note.find("unregulated") == std::string::npos &&
                      note.find("non réglementée") == std::string::npos;
        o.definition = v[5].empty() ? v[6] : v[5];
        const std::string isco = v[1];
        o.domain = Group{isco, isco_labels.count(isco) ? isco_labels[isco] : ""};
        const std::string major = isco.substr(0, 1);
        o.grand_domain = Group{major, isco_labels.count(major) ? isco_labels[major] : ""};
        if (t.add_occupation(std::move(o)))
          ++report.occupations;
        else
          report.skip(where, "duplicate occupation " + v[0]);
      });
  if (!st) return st.error();

  std::unordered_map<std::string, std::string> skill_parent;
  st = each_csv_row(open, "broaderRelationsSkillPillar", false, {"conceptUri", "broaderUri"},
                    report, progress, [&](const Row& v, const std::string&) {
                      skill_parent.emplace(v[0], v[1]);  // first parent of a DAG
                    });
  if (!st) return st.error();

  st = each_csv_row(open, "skills", true, {"conceptUri", "skillType", "preferredLabel"}, report,
                    progress, [&](const Row& v, const std::string& where) {
                      if (v[0].empty() || v[2].empty()) {
                        report.skip(where, "empty URI or label");
                        return;
                      }
                      Skill s;
                      s.code = v[0];
                      s.label = v[2];
                      s.kind = v[1] == "knowledge" ? SkillKind::kKnowledge : SkillKind::kKnowHow;
                      if (auto p = skill_parent.find(v[0]); p != skill_parent.end())
                        s.macro = p->second;
                      if (t.add_skill(std::move(s))) ++report.skills;
                    });
  if (!st) return st.error();

  auto relations = open("occupationSkillRelations");
  if (!relations) {
    report.notes.push_back(
        "no occupationSkillRelations file: occupations, skills and hierarchy imported without "
        "occupation-skill links");
  } else {
    relations.reset();
    st = each_csv_row(open, "occupationSkillRelations", true,
                      {"occupationUri", "relationType", "skillUri"}, report, progress,
                      [&](const Row& v, const std::string& where) {
                        if (!t.occupation_id(v[0]) || !t.skill_id(v[2])) {
                          report.skip(where, "link between unknown URIs");
                          return;
                        }
                        const bool core = v[1] == "essential";
                        t.link_skill(v[0], v[2], core);
                        if (core) ++report.core_links;
                      });
    if (!st) return st.error();
  }
  t.finalize();
  report.links = t.link_count();
  return t;
}

}  // namespace primowork::taxonomy
