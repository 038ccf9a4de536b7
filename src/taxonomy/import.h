// Importers: parse the official ROME 4.0 and ESCO CSV bundles, and the project's own JSON
// snapshot format, into a Taxonomy. No file system here: the caller hands in a way to open a
// file by its logical name, so tests feed in-memory fixtures and the command line reads a folder.
//
// All or nothing: the first malformed file (bad CSV, bad UTF-8, truncated, missing required
// column or file) fails the whole import with "file:line" and the reason. Rows that are well
// formed but unusable (a link to an unknown code, an empty label) are skipped and listed in the
// report with their line and reason.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "platform/result.h"
#include "taxonomy/taxonomy.h"

namespace primowork::taxonomy {

struct ImportReport {
  std::size_t occupations = 0, titles = 0, skills = 0, links = 0, core_links = 0;
  std::size_t contexts = 0, context_links = 0, mobility = 0;
  std::vector<std::string> skipped;  // "file:line: reason" (at most 1000 kept)
  std::size_t skipped_count = 0;
  std::vector<std::string> notes;  // e.g. "no occupation-skill relations file"
  void skip(const std::string& where, const std::string& reason);
};

// Opens a file by logical name (e.g. "referentiel_code_rome" or "occupations"); nullptr when
// the bundle has no such file.
using OpenFile = std::function<std::unique_ptr<std::istream>(const std::string& name)>;
// Called as rows are read: stage (file name), bytes read so far in that file.
using Progress = std::function<void(const std::string& stage, std::size_t bytes)>;

// ROME 4.0 "Toutes les données du ROME" (unix_*_utf8.csv). Required: referentiel_code_rome,
// referentiel_competence, referentiel_savoir, coherence_item. Optional (noted when absent):
// cr_gd_dp, referentiel_appellation, texte, referentiel_contexte_travail,
// liens_rome_referentiels, rubrique_mobilite.
Result<Taxonomy> import_rome(const OpenFile& open, ImportReport& report,
                             const Progress& progress = {});

// ESCO v1.0 to v1.2 CSV package. Required: occupations, skills. Optional: ISCOGroups,
// broaderRelationsSkillPillar (macro-skills), occupationSkillRelations (4 or 6 columns; without
// it the import keeps labels and hierarchy and says so).
Result<Taxonomy> import_esco(const OpenFile& open, ImportReport& report,
                             const Progress& progress = {});

// The project's snapshot format (data/taxonomy/starter-rome.json, and what the database keeps
// for each imported version).
Result<Taxonomy> from_json(const std::string& json, ImportReport* report = nullptr);
std::string to_json(const Taxonomy& taxonomy, const std::string& source,
                    const std::string& licence);

}  // namespace primowork::taxonomy
