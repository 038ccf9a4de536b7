// Importers on small fixtures in the official formats, and on the real files when present.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "occupations/catalogue.h"
#include "taxonomy/import.h"

namespace primowork::taxonomy {
namespace {

// An in-memory bundle: logical name -> file content.
OpenFile bundle(std::map<std::string, std::string> files) {
  auto shared = std::make_shared<std::map<std::string, std::string>>(std::move(files));
  return [shared](const std::string& name) -> std::unique_ptr<std::istream> {
    auto it = shared->find(name);
    if (it == shared->end()) return nullptr;
    return std::make_unique<std::istringstream>(it->second);
  };
}

std::map<std::string, std::string> rome_fixture() {
  return {
      {"referentiel_code_rome",
       "\"code_rome\",\"code_fiche_metier\",\"code_ogr\",\"libelle_rome\",\"transition_eco\","
       "\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_cadre\",\"code_rome_"
       "parent\"\n"
       "\"G1602\",\"1\",\"1\",\"Commis / Commise de cuisine\",\"\",\"\",\"\",\"N\",\"\",\"G1602\"\n"
       "\"G1601\",\"2\",\"2\",\"Chef / Cheffe de cuisine\",\"\",\"\",\"\",\"\",\"\",\"G1601\"\n"
       "\"J1506\",\"3\",\"3\",\"Infirmier / Infirmière en soins "
       "généraux\",\"\",\"\",\"\",\"O\",\"\",\"J1506\"\n"},
      {"cr_gd_dp",
       "\"code_rome\",\"libelle_rome\",\"code_grand_domaine\",\"libelle_grand_domaine\",\"code_"
       "domaine_professionel\",\"libelle_domaine_professionel\"\n"
       "\"G1602\",\"Commis\",\"G\",\"Hôtellerie-Restauration\",\"G16\",\"Production culinaire\"\n"},
      {"texte",
       "\"code_rome\",\"code_compo_bloc\",\"libelle_type_texte\",\"position_phrase\",\"libelle_"
       "texte\"\n"
       "\"G1602\",\"3\",\"definition\",\"1\",\"Prépare l''entrée\"\n"
       "\"G1602\",\"3\",\"definition\",\"2\",\"Nettoie le poste.\"\n"},
      {"referentiel_appellation",
       "\"code_ogr\",\"libelle_appellation_long\",\"libelle_appellation_court\",\"code_rome\","
       "\"transition_eco\",\"transition_num\",\"transition_demo\",\"emploi_reglemente\",\"emploi_"
       "cadre\",\"classification\",\"origine\",\"code_rome_parent\",\"peu_usite\"\n"
       "\"10\",\"Aide de cuisine\",\"Aide de "
       "cuisine\",\"G1602\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"G1602\",\"N\"\n"
       "\"11\",\"Marmiton\",\"Marmiton\",\"G1602\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"G1602\","
       "\"O\"\n"
       "\"12\",\"Titre "
       "perdu\",\"x\",\"Z9999\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"Z9999\",\"N\"\n"},
      {"referentiel_competence",
       "\"code_ogr\",\"nature\",\"libelle_competence\",\"definition\",\"code_ogr_macro_comp\","
       "\"code_macro_comp\",\"cat_comp\",\"sous_cat_comp\",\"transition_eco\",\"transition_num\","
       "\"libelle_heterogeneite\",\"libelle_origine\"\n"
       "\"100\",\"Compétence\",\"Éplucher les "
       "légumes\",\"\",\"900\",\"\",\"Savoir-faire\",\"Technique\",\"\",\"\",\"\",\"\"\n"
       "\"101\",\"Compétence\",\"Travailler en équipe\",\"\",\"\",\"\",\"Savoir-être "
       "professionnel\",\"Transverse\",\"\",\"\",\"\",\"\"\n"
       "\"102\",\"Compétence\",\"Élaborer un "
       "menu\",\"\",\"\",\"\",\"Savoir-faire\",\"Technique\",\"\",\"\",\"\",\"\"\n"},
      {"referentiel_savoir",
       "\"code_ogr_savoir\",\"libelle_savoir\",\"categorie_savoir\",\"sous_categorie_savoir\","
       "\"transition_eco\",\"transition_num\"\n"
       "\"200\",\"Règles d'hygiène alimentaire\",\"\",\"\",\"\",\"\"\n"},
      {"coherence_item",
       "\"code_rome\",\"code_ogr\",\"coeur_metier\"\n"
       "\"G1602\",\"100\",\"Principale\"\n\"G1602\",\"101\",\"\"\n\"G1602\",\"200\","
       "\"Principale\"\n"
       "\"G1601\",\"100\",\"Principale\"\n\"G1601\",\"102\",\"Principale\"\n\"G1601\",\"200\","
       "\"Principale\"\n"
       "\"G1601\",\"999\",\"Principale\"\n\"G1602\",\"500\",\"\"\n"},
      {"referentiel_contexte_travail",
       "\"code_ogr\",\"libelle_cont_travail\",\"code_type_cont_trav\",\"libelle_type_cont_trav\"\n"
       "\"500\",\"Travail le week-end\",\"2\",\"Horaires et durée du travail\"\n"},
      {"rubrique_mobilite",
       "\"code_rome\",\"code_rome_cible\",\"numero_ordre\"\n\"G1602\",\"G1601\",\"1\"\n\"G1602\","
       "\"X0000\",\"2\"\n"},
  };
}

TEST(RomeImport, ReadsTheOfficialColumns) {
  ImportReport report;
  auto t = import_rome(bundle(rome_fixture()), report);
  ASSERT_TRUE(t.ok()) << t.error().field << " " << t.error().detail;
  EXPECT_EQ(report.occupations, 3u);
  EXPECT_EQ(report.skills, 4u);
  EXPECT_EQ(report.mobility, 1u);
  const auto commis = *t->occupation_id("G1602");
  const auto& o = t->occupations()[commis];
  EXPECT_EQ(o.domain.code, "G16");
  EXPECT_EQ(o.grand_domain.label, "Hôtellerie-Restauration");
  EXPECT_EQ(o.definition, "Prépare l'entrée. Nettoie le poste.");
  EXPECT_EQ(o.titles, (std::vector<std::string>{"Aide de cuisine"}));  // rarely used title left out
  EXPECT_FALSE(o.regulated);
  EXPECT_TRUE(t->occupations()[*t->occupation_id("J1506")].regulated);
  EXPECT_EQ(t->skills()[*t->skill_id("101")].kind, SkillKind::kSoftSkill);
  EXPECT_EQ(t->skills()[*t->skill_id("200")].kind, SkillKind::kKnowledge);
  EXPECT_EQ(t->skills()[*t->skill_id("100")].macro, "900");
  EXPECT_EQ(t->contexts_of(commis).size(), 1u);  // a context item found in coherence_item
  ASSERT_EQ(t->mobility_from(commis).size(), 1u);
  // Skipped rows are listed with their file and line.
  EXPECT_EQ(report.skipped_count, 3u);
  bool has_line = false;
  for (const auto& s : report.skipped) has_line = has_line || s.rfind("coherence_item:8:", 0) == 0;
  EXPECT_TRUE(has_line);
}

TEST(RomeImport, RefusesMalformedFilesNamingFileAndLine) {
  auto missing_column = rome_fixture();
  missing_column["coherence_item"] = "\"code_rome\",\"code_ogr\"\n\"G1602\",\"100\"\n";
  ImportReport r1;
  auto a = import_rome(bundle(missing_column), r1);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().field, "coherence_item:1");
  EXPECT_NE(a.error().detail.find("coeur_metier"), std::string::npos);

  auto short_row = rome_fixture();
  short_row["coherence_item"] =
      "\"code_rome\",\"code_ogr\",\"coeur_metier\"\n\"G1602\",\"100\",\"\"\n\"G1601\",\"100\"\n";
  ImportReport r2;
  auto b = import_rome(bundle(short_row), r2);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().field, "coherence_item:3");

  auto truncated = rome_fixture();
  truncated["referentiel_savoir"] = truncated["referentiel_savoir"] + "\"201\",\"Coupé en plein";
  ImportReport r3;
  EXPECT_FALSE(import_rome(bundle(truncated), r3).ok());

  auto bad_utf8 = rome_fixture();
  bad_utf8["referentiel_competence"] +=
      "\"103\",\"Comp\xe9tence\",\"x\",\"\",\"\",\"\",\"Savoir-faire\",\"\",\"\",\"\",\"\",\"\"\n";
  ImportReport r4;
  auto d = import_rome(bundle(bad_utf8), r4);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().field, "referentiel_competence:5");

  auto no_file = rome_fixture();
  no_file.erase("referentiel_savoir");
  ImportReport r5;
  auto e = import_rome(bundle(no_file), r5);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().field, "referentiel_savoir");
}

TEST(EscoImport, LabelsHierarchyAndRelationsOfFourOrSixColumns) {
  std::map<std::string, std::string> files = {
      {"ISCOGroups",
       "conceptType,conceptUri,code,preferredLabel,altLabels,description\n"
       "ISCOGroup,u:isco/C5,5,Personnel des services,,\n"
       "ISCOGroup,u:isco/C5321,5321,Aides-soignants,,\n"},
      {"occupations",
       "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n"
       "Occupation,u:occ/1,5321,aide-soignant/aide-soignante,\"aide-soignante\naide soignant\",\n"},
      {"skills",
       "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
       "KnowledgeSkillCompetence,u:sk/1,skill/competence,sector-specific,aider les patients,,\n"
       "KnowledgeSkillCompetence,u:sk/2,knowledge,cross-sector,hygiène,,\n"},
  };
  ImportReport labels_only;
  auto a = import_esco(bundle(files), labels_only);
  ASSERT_TRUE(a.ok()) << a.error().detail;
  EXPECT_EQ(a->occupations()[0].titles.size(), 2u);
  EXPECT_EQ(a->occupations()[0].domain.label, "Aides-soignants");
  EXPECT_EQ(a->occupations()[0].grand_domain.code, "5");
  EXPECT_EQ(a->skills()[1].kind, SkillKind::kKnowledge);
  ASSERT_EQ(labels_only.notes.size(), 2u);  // no skill pillar, no relations
  EXPECT_NE(labels_only.notes[1].find("occupationSkillRelations"), std::string::npos);

  files["occupationSkillRelations"] =
      "occupationUri,relationType,skillType,skillUri\n"
      "u:occ/1,essential,skill/competence,u:sk/1\n"
      "u:occ/1,optional,knowledge,u:sk/2\n";
  ImportReport four;
  auto b = import_esco(bundle(files), four);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->link_count(), 2u);
  EXPECT_EQ(four.core_links, 1u);

  files["occupationSkillRelations"] =
      "occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n"
      "u:occ/1,aide-soignant,essential,skill/competence,u:sk/1,aider\n";
  ImportReport six;
  auto c = import_esco(bundle(files), six);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->link_count(), 1u);
}

TEST(JsonSnapshot, RoundTripsAndRefusesBadInput) {
  ImportReport report;
  auto t = import_rome(bundle(rome_fixture()), report);
  ASSERT_TRUE(t.ok());
  t->name = "fixture";
  const std::string json = to_json(*t, "test", "licence");
  auto back = from_json(json);
  ASSERT_TRUE(back.ok()) << back.error().detail;
  EXPECT_EQ(back->occupations().size(), t->occupations().size());
  EXPECT_EQ(back->link_count(), t->link_count());
  EXPECT_EQ(back->name, "fixture");
  EXPECT_EQ(to_json(*back, "test", "licence"), json);
  EXPECT_FALSE(from_json("{").ok());
  auto missing = from_json(R"({"contexts":[],"skills":[{"code":"1"}],"occupations":[]})");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "skills[0]");
}

TEST(StarterTaxonomy, LoadsWithEveryReferenceResolved) {
  std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/taxonomy/starter-rome.json");
  std::stringstream buf;
  buf << in.rdbuf();
  ImportReport report;
  auto t = from_json(buf.str(), &report);
  ASSERT_TRUE(t.ok());
  EXPECT_GE(t->occupations().size(), 120u);
  EXPECT_EQ(report.skipped_count, 0u);
  EXPECT_EQ(t->dropped_links(), 0u);
  for (const char* code : {"J1501", "K2204", "N1101", "H2913", "G1602", "F1703", "N4101"}) {
    EXPECT_TRUE(t->occupation_id(code).has_value()) << code;
  }
}

std::string shared_data(const std::string& folder) {
  return std::string(PRIMOWORK_SOURCE_DIR) + "/../shared/data/" + folder;
}

TEST(RealFiles, FullRomeBundle) {
  if (!std::filesystem::exists(shared_data("rome-4.0-v460"))) GTEST_SKIP() << "no ../shared/data";
  ImportReport report;
  auto t = import_rome(occupations::open_folder(shared_data("rome-4.0-v460")), report);
  ASSERT_TRUE(t.ok()) << t.error().field << " " << t.error().detail;
  EXPECT_EQ(t->occupations().size(), 1584u);
  EXPECT_GT(t->skills().size(), 30000u);
  EXPECT_EQ(report.core_links, 18900u);
  EXPECT_EQ(report.mobility, 14912u);
  EXPECT_EQ(report.skipped_count, 0u);
}

TEST(RealFiles, EscoLabelsWithoutRelations) {
  if (!std::filesystem::exists(shared_data("esco-v1.0-fr"))) GTEST_SKIP() << "no ../shared/data";
  ImportReport report;
  auto t = import_esco(occupations::open_folder(shared_data("esco-v1.0-fr")), report);
  ASSERT_TRUE(t.ok()) << t.error().field << " " << t.error().detail;
  EXPECT_EQ(t->occupations().size(), 2942u);
  EXPECT_EQ(t->skills().size(), 13485u);
  EXPECT_EQ(t->link_count(), 0u);
  bool noted = false;
  for (const auto& n : report.notes)
    noted = noted || n.find("occupationSkillRelations") != std::string::npos;
  EXPECT_TRUE(noted);
}

}  // namespace
}  // namespace primowork::taxonomy
