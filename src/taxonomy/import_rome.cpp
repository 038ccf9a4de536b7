#include <map>
#include <unordered_map>

#include "platform/csv.h"
#include "taxonomy/import.h"
#include "taxonomy/import_csv.h"

namespace primowork::taxonomy {

void ImportReport::skip(const std::string& where, const std::string& reason) {
  ++skipped_count;
  if (skipped.size() < 1000) skipped.push_back(where + ": " + reason);
}

namespace {

using Row = std::vector<std::string>;

// Reads one CSV file: header, then each row given to `fn` with the values of `columns` in order.
// A row with another number of fields than the header is an error (a malformed or partial file).
Status each_row(const OpenFile& open, const std::string& name, bool required,
                const std::vector<std::string>& columns, ImportReport& report,
                const Progress& progress,
                const std::function<void(const Row& values, const std::string& where)>& fn) {
  auto stream = open(name);
  if (!stream) {
    if (required) {
      return Error{ErrorCode::kInvalid, name, N_("Fichier manquant dans le dossier importé"), name};
    }
    report.notes.push_back("no " + name + " file: skipped");
    return Ok{};
  }
  csv::Reader reader(*stream, name);
  Row row;
  if (!reader.next(row)) {
    if (reader.error()) return *reader.error();
    return reader.error_at(1, "empty file (no header)");
  }
  const csv::Header header(row);
  std::vector<int> index;  // -1: an optional column ("?name") this file lacks
  for (const auto& c : columns) {
    if (!c.empty() && c[0] == '?') {
      index.push_back(header.index(c.substr(1)));
      continue;
    }
    auto i = header.require(reader, c);
    if (!i) return i.error();
    index.push_back(*i);
  }
  Row values(columns.size());
  std::size_t rows = 0;
  while (reader.next(row)) {
    if (row.size() != header.size()) {
      return reader.error_at(
          reader.line(),
          std::to_string(row.size()) + " fields, the header has " + std::to_string(header.size()));
    }
    for (std::size_t k = 0; k < index.size(); ++k) {
      values[k] = index[k] < 0 ? std::string() : row[static_cast<std::size_t>(index[k])];
    }
    fn(values, name + ":" + std::to_string(reader.line()));
    if (progress && ++rows % 2000 == 0) progress(name, reader.bytes_read());
  }
  if (reader.error()) return *reader.error();
  if (progress) progress(name, reader.bytes_read());
  return Ok{};
}

// ROME texts double their apostrophes ("l''agent") and often lack the final period.
std::string clean_sentence(std::string text) {
  for (auto pos = text.find("''"); pos != std::string::npos; pos = text.find("''", pos + 1)) {
    text.erase(pos, 1);
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

}  // namespace

Status each_csv_row(const OpenFile& open, const std::string& name, bool required,
                    const std::vector<std::string>& columns, ImportReport& report,
                    const Progress& progress,
                    const std::function<void(const Row&, const std::string&)>& fn) {
  return each_row(open, name, required, columns, report, progress, fn);
}

Result<Taxonomy> import_rome(const OpenFile& open, ImportReport& report, const Progress& progress) {
  Taxonomy t;
  // Hierarchy first, to fill the occupations as they are added.
  std::unordered_map<std::string, std::pair<Group, Group>> hierarchy;
  auto st = each_row(open, "cr_gd_dp", false,
                     {"code_rome", "code_grand_domaine", "libelle_grand_domaine",
                      "code_domaine_professionel", "libelle_domaine_professionel"},
                     report, progress, [&](const Row& v, const std::string&) {
                       hierarchy[v[0]] = {Group{v[1], v[2]}, Group{v[3], v[4]}};
                     });
  if (!st) return st.error();

  std::map<std::string, std::string> definitions;
  st = each_row(open, "texte", false,
                {"code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"}, report,
                progress, [&](const Row& v, const std::string&) {
                  if (v[1] != "definition") return;
                  auto& d = definitions[v[0]];
                  d += (d.empty() ? "" : " ") + clean_sentence(v[3]);
                });
  if (!st) return st.error();

  // Job titles first, so that each occupation is complete when added.
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> titles;
  st = each_row(open, "referentiel_appellation", false,
                {"code_rome", "libelle_appellation_long", "peu_usite"}, report, progress,
                [&](const Row& v, const std::string& where) {
                  if (v[2] == "O" || v[1].empty()) return;  // rarely used titles stay out
                  titles[v[0]].emplace_back(v[1], where);
                });
  if (!st) return st.error();

  st = each_row(open, "referentiel_code_rome", true,
                {"code_rome", "libelle_rome", "emploi_reglemente"}, report, progress,
                [&](const Row& v, const std::string& where) {
                  if (v[0].empty() || v[1].empty()) {
                    report.skip(where, "empty code or label");
                    return;
                  }
                  Occupation o;
                  o.code = v[0];
                  o.label = v[1];
                  o.regulated = v[2] == "O";
                  if (auto h = hierarchy.find(v[0]); h != hierarchy.end()) {
                    o.grand_domain = h->second.first;
                    o.domain = h->second.second;
                  }
                  if (auto d = definitions.find(v[0]); d != definitions.end())
                    o.definition = d->second;
                  if (auto it = titles.find(v[0]); it != titles.end()) {
                    for (auto& [title, line] : it->second) o.titles.push_back(title);
                    report.titles += it->second.size();
                    titles.erase(it);
                  }
                  if (t.add_occupation(std::move(o))) {
                    ++report.occupations;
                  } else {
                    report.skip(where, "duplicate occupation " + v[0]);
                  }
                });
  if (!st) return st.error();
  for (const auto& [code, list] : titles) {
    for (const auto& [title, where] : list)
      report.skip(where, "job title of unknown occupation " + code);
  }
  if (report.occupations == 0) {
    return Error{ErrorCode::kInvalid, "referentiel_code_rome", N_("Fichier invalide"),
                 "no occupation"};
  }

  st = each_row(open, "referentiel_competence", true,
                {"code_ogr", "nature", "libelle_competence", "code_ogr_macro_comp", "cat_comp"},
                report, progress, [&](const Row& v, const std::string& where) {
                  if (v[0].empty() || v[2].empty()) {
                    report.skip(where, "empty code or label");
                    return;
                  }
                  Skill s;
                  s.code = v[0];
                  s.label = v[2];
                  s.kind = v[4] == "Savoir-être professionnel" ? SkillKind::kSoftSkill
                                                               : SkillKind::kKnowHow;
                  s.macro = v[1] == "Macro-compétence" ? "" : v[3];
                  if (t.add_skill(std::move(s))) ++report.skills;
                });
  if (!st) return st.error();
  st = each_row(open, "referentiel_savoir", true, {"code_ogr_savoir", "libelle_savoir"}, report,
                progress, [&](const Row& v, const std::string& where) {
                  if (v[0].empty() || v[1].empty()) {
                    report.skip(where, "empty code or label");
                    return;
                  }
                  if (t.add_skill(Skill{v[0], v[1], SkillKind::kKnowledge, "", 0})) ++report.skills;
                });
  if (!st) return st.error();

  st = each_row(open, "referentiel_contexte_travail", false,
                {"code_ogr", "libelle_cont_travail", "libelle_type_cont_trav"}, report, progress,
                [&](const Row& v, const std::string& where) {
                  if (v[0].empty() || v[1].empty()) {
                    report.skip(where, "empty code or label");
                    return;
                  }
                  if (t.add_context(WorkContext{v[0], v[1], v[2]})) ++report.contexts;
                });
  if (!st) return st.error();
  st = each_row(open, "coherence_item", true, {"code_rome", "code_ogr", "coeur_metier"}, report,
                progress, [&](const Row& v, const std::string& where) {
                  if (t.occupation_id(v[0]) && t.context_id(v[1])) {  // a work context item
                    t.link_context(v[0], v[1]);
                    ++report.context_links;
                    return;
                  }
                  if (!t.occupation_id(v[0]) || !t.skill_id(v[1])) {
                    report.skip(where, "link between unknown codes " + v[0] + " and " + v[1]);
                    return;
                  }
                  const bool core = v[2] == "Principale";
                  t.link_skill(v[0], v[1], core);
                  ++report.links;
                  if (core) ++report.core_links;
                });
  if (!st) return st.error();

  st =
      each_row(open, "liens_rome_referentiels", false, {"code_rome", "code_compo_bloc", "code_ogr"},
               report, progress, [&](const Row& v, const std::string&) {
                 if (v[1] != "6" || !t.context_id(v[2]) || !t.occupation_id(v[0])) return;
                 t.link_context(v[0], v[2]);
                 ++report.context_links;
               });
  if (!st) return st.error();

  st = each_row(open, "rubrique_mobilite", false, {"code_rome", "code_rome_cible", "numero_ordre"},
                report, progress, [&](const Row& v, const std::string& where) {
                  int rank = 0;
                  try {
                    rank = std::stoi(v[2]);
                  } catch (const std::exception&) {
                    report.skip(where, "rank is not a number: " + v[2]);
                    return;
                  }
                  if (!t.occupation_id(v[0]) || !t.occupation_id(v[1])) {
                    report.skip(where, "mobility between unknown codes " + v[0] + " and " + v[1]);
                    return;
                  }
                  t.add_mobility(v[0], v[1], rank);
                  ++report.mobility;
                });
  if (!st) return st.error();

  t.finalize();
  report.links = t.link_count();
  return t;
}

}  // namespace primowork::taxonomy
