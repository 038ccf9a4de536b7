// The occupation catalogue in the application: versions in the database (both backends), the
// search and occupation pages, the JSON API.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app_fixture.h"
#include "occupations/occupations_store.h"
#include "platform/http/url.h"

namespace primowork {
namespace {

using testing_support::AppFixture;

class Occupations : public AppFixture {};

TEST_P(Occupations, StarterTaxonomyIsSavedOnceAndActive) {
  auto lease = db_->acquire();
  auto versions = occupations::store::list_versions(*lease);
  ASSERT_EQ(versions.size(), 1u);
  EXPECT_EQ(versions[0].family, "rome");
  EXPECT_TRUE(versions[0].active);
  EXPECT_GE(versions[0].occupations, 120);
  // A second application on the same database loads it instead of saving another copy.
  app::Application second(config_, *db_, [this] { return now_.load(); });
  EXPECT_EQ(occupations::store::list_versions(*lease).size(), 1u);
  EXPECT_EQ(second.catalogue().rome()->taxonomy.occupations().size(),
            app_->catalogue().rome()->taxonomy.occupations().size());
}

TEST_P(Occupations, SearchPageWorksWithoutJavascript) {
  auto r = request("GET", "/metiers?q=technicienne+de+surface");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("href=\"/metiers/K2205\""), std::string::npos);
  EXPECT_NE(r.body.find("data-combobox=\"/api/v1/taxonomy/occupations\""), std::string::npos);
  auto none = request("GET", "/metiers?q=zzzzzz");
  EXPECT_NE(none.body.find("Aucun métier ne correspond"), std::string::npos);
}

TEST_P(Occupations, OccupationPageShowsSkillsContextsAndAdjacentOccupations) {
  auto r = request("GET", "/metiers/J1501");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Aide-soignant"), std::string::npos);
  EXPECT_NE(r.body.find("Compétences principales"), std::string::npos);
  EXPECT_NE(r.body.find("Métiers proches"), std::string::npos);
  EXPECT_NE(r.body.find("ROME, France Travail, Licence Ouverte"), std::string::npos);
  auto nurse = request("GET", "/metiers/J1506");
  ASSERT_EQ(nurse.status, 200);
  EXPECT_NE(nurse.body.find("Métier réglementé"), std::string::npos);
  EXPECT_EQ(request("GET", "/metiers/Z9999").status, 404);
}

TEST_P(Occupations, ApiSearchesAndExtractsForLoggedInUsers) {
  const auto user = make_user(security::Role::kEmployer, "luc@example.org");
  const auto s = session_for(user);
  EXPECT_EQ(request("GET", "/api/v1/taxonomy/occupations?q=soudeur").status, 401);
  auto r = request("GET", "/api/v1/taxonomy/occupations?q=soudeur&limit=3", s.cookie);
  ASSERT_EQ(r.status, 200);
  auto body = nlohmann::json::parse(r.body);
  ASSERT_FALSE(body["items"].empty());
  EXPECT_EQ(body["items"][0]["code"], "H2913");
  EXPECT_LE(body["items"].size(), 3u);
  auto skills = request("GET", "/api/v1/taxonomy/skills?q=hygiene", s.cookie);
  EXPECT_EQ(skills.status, 200);

  const std::string ad = "Nous recherchons des caristes pour notre entrepôt de Herstal.";
  http::Request post;
  post.method = "POST";
  post.target = "/api/v1/taxonomy/extract";
  post.headers.add("Cookie", s.cookie);
  post.headers.add("X-CSRF-Token", s.csrf);
  post.headers.add("Content-Type", "application/json");
  post.body = nlohmann::json{{"text", ad}}.dump();
  auto extracted = app_->pipeline().handle(post);
  ASSERT_EQ(extracted.status, 200) << extracted.body;
  auto found = nlohmann::json::parse(extracted.body);
  ASSERT_FALSE(found["occupations"].empty());
  EXPECT_EQ(found["occupations"][0]["code"], "N1101");
  const std::string span = found["occupations"][0]["span"]["text"];
  EXPECT_EQ(span.rfind("caristes", 0), 0u) << span;
  const std::size_t begin = found["occupations"][0]["span"]["begin"];
  EXPECT_EQ(ad.substr(begin, span.size()), span);

  post.body = "{\"texte\": 1}";
  auto bad = app_->pipeline().handle(post);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.headers.get("Content-Type"), "application/problem+json");
  EXPECT_NE(bad.body.find("\"field\":\"text\""), std::string::npos);
  post.headers.set("Content-Type", "text/plain");
  post.body = ad;
  EXPECT_EQ(app_->pipeline().handle(post).status, 415);
}

TEST_P(Occupations, AFailedImportLeavesTheActiveTaxonomyUntouched) {
  const std::string before = app_->catalogue().rome()->version.id;
  auto empty_bundle = [](const std::string&) -> std::unique_ptr<std::istream> { return nullptr; };
  auto result = app_->catalogue().import("rome", empty_bundle, "broken");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "referentiel_code_rome");
  EXPECT_EQ(app_->catalogue().rome()->version.id, before);
  auto lease = db_->acquire();
  EXPECT_EQ(occupations::store::list_versions(*lease).size(), 1u);
}

TEST_P(Occupations, AnImportBecomesTheActiveVersionInPlace) {
  std::map<std::string, std::string> files = {
      {"referentiel_code_rome",
       "code_rome,libelle_rome,emploi_reglemente\nN1101,Cariste,\nH2913,Soudeur / Soudeuse,\n"},
      {"referentiel_competence",
       "code_ogr,nature,libelle_competence,code_ogr_macro_comp,cat_comp\n1,Compétence,Conduire un "
       "chariot,,Savoir-faire\n"},
      {"referentiel_savoir", "code_ogr_savoir,libelle_savoir\n2,Soudage\n"},
      {"coherence_item",
       "code_rome,code_ogr,coeur_metier\nN1101,1,Principale\nH2913,2,Principale\n"},
  };
  auto open = [files](const std::string& name) -> std::unique_ptr<std::istream> {
    auto it = files.find(name);
    if (it == files.end()) return nullptr;
    return std::make_unique<std::istringstream>(it->second);
  };
  auto report = app_->catalogue().import("rome", open, "mini ROME");
  ASSERT_TRUE(report.ok()) << report.error().detail;
  EXPECT_EQ(app_->catalogue().rome()->taxonomy.occupations().size(), 2u);
  EXPECT_EQ(request("GET", "/metiers/J1501").status, 404);  // replaced, not added to
  EXPECT_EQ(request("GET", "/metiers/N1101").status, 200);
  auto lease = db_->acquire();
  auto versions = occupations::store::list_versions(*lease);
  ASSERT_EQ(versions.size(), 2u);
  int active = 0;
  for (const auto& v : versions) active += v.active ? 1 : 0;
  EXPECT_EQ(active, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, Occupations, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
