// Fuzzes taxonomy::import_rome: the input becomes one file of an otherwise valid ROME bundle
// (its first byte picks which), so malformed occupations, skills, links, titles, contexts and
// mobility rows all reach the importer.
//
// Invariants: it never crashes; a failure names a file ("name" or "name:line"); a success gives
// a finalized taxonomy whose links point inside its own tables.
#include <map>
#include <sstream>
#include <string>

#include "fuzz_bundle.h"
#include "taxonomy/import.h"

using namespace primowork::taxonomy;

namespace {
const std::map<std::string, std::string>& base() {
  static const std::map<std::string, std::string> files = {
      {"referentiel_code_rome",
       "code_rome,libelle_rome,emploi_reglemente\nG1602,Commis,\nG1601,Chef,O\n"},
      {"referentiel_competence",
       "code_ogr,nature,libelle_competence,code_ogr_macro_comp,cat_comp\n1,Compétence,Éplucher,9,"
       "Savoir-faire\n"},
      {"referentiel_savoir", "code_ogr_savoir,libelle_savoir\n2,Hygiène\n"},
      {"coherence_item", "code_rome,code_ogr,coeur_metier\nG1602,1,Principale\nG1601,2,\n"},
      {"referentiel_appellation",
       "code_rome,libelle_appellation_long,peu_usite\nG1602,Aide de cuisine,N\n"},
      {"cr_gd_dp",
       "code_rome,code_grand_domaine,libelle_grand_domaine,code_domaine_professionel,libelle_"
       "domaine_professionel\nG1602,G,H,G16,P\n"},
      {"texte",
       "code_rome,libelle_type_texte,position_phrase,libelle_texte\nG1602,definition,1,Prépare.\n"},
      {"referentiel_contexte_travail",
       "code_ogr,libelle_cont_travail,libelle_type_cont_trav\n5,Nuit,Horaires\n"},
      {"liens_rome_referentiels", "code_rome,code_compo_bloc,code_ogr\nG1602,6,5\n"},
      {"rubrique_mobilite", "code_rome,code_rome_cible,numero_ordre\nG1602,G1601,1\n"},
  };
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Bundle files;
  if (!fuzzed_bundle(base(), data, size, files)) return 0;
  ImportReport report;
  check_import(import_rome(open_bundle(files), report));
  return 0;
}
