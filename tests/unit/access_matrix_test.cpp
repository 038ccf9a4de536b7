// Every route x every role (and anonymous): allowed or refused, as this table says. A route
// that is not in the table fails the test, so no route can be added without deciding who may
// use it; a route registered outside the guard fails too.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app_fixture.h"
#include "security/roles.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;

const std::set<std::string> kEveryone = {"anonymous",  "admin",    "coordinator",
                                         "counsellor", "employer", "candidate"};
const std::set<std::string> kLoggedIn = {"admin", "coordinator", "counsellor", "employer",
                                         "candidate"};

// method + pattern -> who may use it.
const std::map<std::pair<std::string, std::string>, std::set<std::string>>& expectations() {
  static const std::map<std::pair<std::string, std::string>, std::set<std::string>> table = {
      {{"GET", "/"}, kEveryone},
      {{"GET", "/entreprises"}, kEveryone},
      {{"GET", "/conseillers"}, kEveryone},
      {{"GET", "/candidats"}, kEveryone},
      {{"GET", "/coordination"}, kEveryone},
      {{"GET", "/lang/{code}"}, kEveryone},
      {{"GET", "/healthz"}, kEveryone},
      {{"GET", "/metrics"}, kEveryone},
      {{"GET", "/static/{file:*}"}, kEveryone},
      {{"GET", "/favicon.ico"}, kEveryone},
      {{"GET", "/connexion"}, kEveryone},
      {{"POST", "/connexion"}, kEveryone},
      {{"GET", "/connexion/code"}, kEveryone},
      {{"POST", "/connexion/code"}, kEveryone},
      {{"POST", "/deconnexion"}, kEveryone},
      {{"GET", "/mot-de-passe-oublie"}, kEveryone},
      {{"POST", "/mot-de-passe-oublie"}, kEveryone},
      {{"GET", "/reinitialiser/{token}"}, kEveryone},
      {{"POST", "/reinitialiser/{token}"}, kEveryone},
      {{"GET", "/invitation"}, kEveryone},
      {{"POST", "/invitation"}, kEveryone},
      {{"GET", "/invitation/{token}"}, kEveryone},
      {{"POST", "/invitation/accepter"}, kEveryone},
      {{"GET", "/tableau-de-bord"}, kLoggedIn},
      {{"GET", "/compte"}, kLoggedIn},
      {{"POST", "/compte/langue"}, kLoggedIn},
      {{"GET", "/compte/mot-de-passe"}, kLoggedIn},
      {{"POST", "/compte/mot-de-passe"}, kLoggedIn},
      {{"GET", "/compte/double-authentification"}, kLoggedIn},
      {{"POST", "/compte/double-authentification"}, kLoggedIn},
      {{"POST", "/compte/double-authentification/desactiver"}, kLoggedIn},
      {{"POST", "/compte/jetons/{id:id}/revoquer"}, kLoggedIn},
      {{"GET", "/invitations/nouvelle"}, {"admin", "coordinator", "counsellor"}},
      {{"POST", "/invitations/nouvelle"}, {"admin", "coordinator", "counsellor"}},
      {{"GET", "/audit"}, {"admin", "coordinator"}},
      {{"GET", "/api/v1/me"}, kLoggedIn},
      {{"GET", "/metiers"}, kEveryone},
      {{"GET", "/metiers/{code}"}, kEveryone},
      {{"GET", "/api/v1/taxonomy/occupations"}, kLoggedIn},
      {{"GET", "/api/v1/taxonomy/skills"}, kLoggedIn},
      {{"POST", "/api/v1/taxonomy/extract"}, kLoggedIn},
      {{"GET", "/accompagnement"}, {"counsellor"}},
      {{"GET", "/accompagnement/nouveau"}, {"counsellor"}},
      {{"POST", "/accompagnement/nouveau"}, {"counsellor"}},
      {{"GET", "/accompagnement/{id:id}"}, {"counsellor"}},
      {{"GET", "/accompagnement/{id:id}/modifier"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/modifier"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/etape"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/taches"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/taches/{task:id}/fait"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/consentements"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/consentements/{consent:id}/retirer"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/partages"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/partages/{share:id}/fin"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/compte"}, {"counsellor"}},
      {{"GET", "/accompagnement/{id:id}/export"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/diplomes"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/diplomes/{diploma:id}/statut"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/notes"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/effacer"}, {"counsellor"}},
      {{"POST", "/accompagnement/{id:id}/documents"}, {"counsellor"}},
      {{"GET", "/accompagnement/{id:id}/documents/{doc:id}"}, {"counsellor"}},
      {{"GET", "/mon-dossier/documents/{doc:id}"}, {"candidate"}},
      {{"GET", "/mon-dossier"}, {"candidate"}},
      {{"POST", "/mon-dossier/contact"}, {"candidate"}},
      {{"POST", "/mon-dossier/consentements/{consent:id}/retirer"}, {"candidate"}},
      {{"GET", "/mon-dossier/export"}, {"candidate"}},
      {{"GET", "/offres/publier/metiers"}, kEveryone},
      {{"GET", "/offres/publier"}, kEveryone},
      {{"POST", "/offres/publier"}, kEveryone},
      {{"GET", "/offres/publier/envoyee"}, kEveryone},
      {{"GET", "/offres/confirmer/{token}"}, kEveryone},
      {{"POST", "/offres/confirmer/{token}"}, kEveryone},
      {{"GET", "/offres"}, kEveryone},
      {{"GET", "/offres/{id:id}"}, kEveryone},
      {{"GET", "/entreprises/offres"}, {"employer"}},
      {{"GET", "/entreprises/offres/{id:id}/modifier"}, {"employer"}},
      {{"POST", "/entreprises/offres/{id:id}/modifier"}, {"employer"}},
      {{"POST", "/entreprises/offres/{id:id}/action"}, {"employer"}},
      {{"GET", "/entreprises/fiche"}, {"employer"}},
      {{"POST", "/entreprises/fiche"}, {"employer"}},
      {{"GET", "/entreprises/collegues"}, {"employer"}},
      {{"POST", "/entreprises/collegues"}, {"employer"}},
      {{"GET", "/coordination/revue"}, {"coordinator"}},
      {{"GET", "/coordination/entreprises/{id:id}"}, {"coordinator"}},
      {{"POST", "/coordination/entreprises/{id:id}"}, {"coordinator"}},
      {{"POST", "/coordination/entreprises/{id:id}/statut"}, {"coordinator"}},
      {{"GET", "/coordination/offres/{id:id}"}, {"coordinator"}},
      {{"POST", "/coordination/offres/{id:id}/action"}, {"coordinator"}},
      {{"GET", "/entreprises/kit"}, kEveryone},
      {{"GET", "/entreprises/kit/accueillir"}, kEveryone},
      {{"GET", "/entreprises/kit/francais-au-travail"}, kEveryone},
      {{"GET", "/entreprises/kit/embaucher-hors-ue"}, kEveryone},
      {{"GET", "/entreprises/kit/recruter-sans-discriminer"}, kEveryone},
      {{"GET", "/entreprises/demande-accompagnement"}, kEveryone},
      {{"POST", "/entreprises/demande-accompagnement"}, kEveryone},
      {{"GET", "/entreprises/demande-accompagnement/envoyee"}, kEveryone},
      {{"GET", "/coordination/demandes"}, {"coordinator"}},
      {{"POST", "/coordination/demandes/{id:id}/traitee"}, {"coordinator"}},
      {{"GET", "/coordination/resultats"}, {"coordinator"}},
      {{"GET", "/coordination/resultats.csv"}, {"coordinator"}},
      {{"GET", "/api/v1/offers"}, kEveryone},
      {{"POST", "/api/v1/offers"}, {"employer"}},
      {{"GET", "/api/v1/offers/{id:id}"}, kEveryone},
      {{"GET", "/api/v1/people"}, {"counsellor"}},
      {{"POST", "/api/v1/people"}, {"counsellor"}},
      {{"GET", "/api/v1/people/{id:id}"}, {"counsellor"}},
      {{"PUT", "/api/v1/people/{id:id}"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/stage"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/tasks"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/consents"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/shares"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/notes"}, {"counsellor"}},
      {{"GET", "/api/v1/people/{id:id}/export"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/consents/{consent:id}/withdraw"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/shares/{share:id}/end"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/diplomas"}, {"counsellor"}},
      {{"POST", "/api/v1/people/{id:id}/erase"}, {"counsellor"}},
      {{"GET", "/api/v1/offers/{id:id}/matches"}, {"counsellor", "coordinator"}},
      {{"GET", "/api/v1/people/{id:id}/matches"}, {"counsellor", "candidate"}},
      {{"GET", "/api/v1/proposals"}, {"counsellor", "employer", "candidate", "coordinator"}},
      {{"POST", "/api/v1/proposals"}, {"counsellor"}},
      {{"GET", "/api/v1/proposals/{id:id}"}, {"counsellor", "employer", "candidate", "coordinator"}},
      {{"GET", "/api/v1/proposals/{id:id}/transitions"},
       {"counsellor", "employer", "candidate", "coordinator"}},
      {{"POST", "/api/v1/proposals/{id:id}/transitions"},
       {"counsellor", "employer", "candidate", "coordinator"}},
      {{"POST", "/api/v1/proposals/{id:id}/close-others"}, {"counsellor"}},
      {{"GET", "/api/v1/follow-ups"}, {"counsellor"}},
      {{"POST", "/api/v1/follow-ups/{id:id}"}, {"counsellor"}},
      {{"GET", "/propositions"}, {"counsellor", "employer", "candidate", "coordinator"}},
      {{"GET", "/propositions/{id:id}"}, {"counsellor", "employer", "candidate", "coordinator"}},
      {{"POST", "/propositions/{id:id}/etape"},
       {"counsellor", "employer", "candidate", "coordinator"}},
      {{"GET", "/propositions/{id:id}/entretien.ics"},
       {"counsellor", "employer", "candidate", "coordinator"}},
      {{"GET", "/propositions/{id:id}/cv"},
       {"counsellor", "employer", "candidate", "coordinator"}},
      {{"POST", "/propositions/{id:id}/autres"}, {"counsellor"}},
      {{"POST", "/propositions/suivis/{id:id}"}, {"counsellor"}},
      {{"GET", "/propositions/personne/{id:id}"}, {"counsellor"}},
      {{"GET", "/propositions/offre/{id:id}"}, {"counsellor", "coordinator"}},
      {{"POST", "/propositions/nouvelle"}, {"counsellor"}},
  };
  return table;
}

std::string concrete(const std::string& pattern) {
  std::string out = pattern;
  const std::map<std::string, std::string> values = {{"{code}", "en"},
                                                     {"{file:*}", "css/app.css"},
                                                     {"{token}", "unknown-token-value"},
                                                     {"{id:id}", "tok_0000000000"},
                                                     {"{task:id}", "tsk_0000000000"},
                                                     {"{consent:id}", "cns_0000000000"},
                                                     {"{share:id}", "shr_0000000000"},
                                                     {"{diploma:id}", "dip_0000000000"},
                                                     {"{doc:id}", "doc_0000000000"}};
  for (const auto& [from, to] : values) {
    const auto pos = out.find(from);
    if (pos != std::string::npos) out.replace(pos, from.size(), to);
  }
  return out;
}

class AccessMatrix : public AppFixture {};

TEST_P(AccessMatrix, EveryRouteHasARuleAndGoesThroughTheGuard) {
  const auto& rules = app_->guard().rules();
  for (const auto& route : app_->router().routes()) {
    EXPECT_TRUE(expectations().count({route.method, route.pattern}))
        << route.method << " " << route.pattern << " has no line in the access matrix";
    bool guarded = false;
    for (const auto& rule : rules) {
      guarded = guarded || (rule.method == route.method && rule.pattern == route.pattern);
    }
    EXPECT_TRUE(guarded) << route.method << " " << route.pattern << " bypasses the guard";
  }
  EXPECT_EQ(app_->router().routes().size(), expectations().size())
      << "the matrix lists routes that no longer exist";
}

TEST_P(AccessMatrix, EachRoleIsAllowedOrRefusedAsTheTableSays) {
  std::map<std::string, security::User> users;
  for (Role role : security::all_roles()) {
    const bool needs_totp = role == Role::kAdmin || role == Role::kCoordinator;
    users[std::string(security::to_string(role))] =
        make_user(role, std::string(security::to_string(role)) + "@matrix.test", needs_totp);
  }
  const LoggedIn anonymous = anonymous_form("/connexion");
  int checked = 0;
  for (const auto& [key, allowed] : expectations()) {
    const auto& [method, pattern] = key;
    for (const std::string& who : kEveryone) {
      // A fresh session for each request: some routes (logout) end the session they are given.
      const LoggedIn s = who == "anonymous" ? anonymous : session_for(users[who]);
      const std::string body = "_csrf=" + s.csrf;
      const auto r = request(method, concrete(pattern), s.cookie, method != "GET" ? body : "");
      const std::string location = r.headers.get("Location").value_or("");
      const bool sent_to_login = r.status == 303 && location.rfind("/connexion", 0) == 0 &&
                                 pattern != "/connexion" && pattern != "/connexion/code";
      const bool refused = r.status == 401 || r.status == 403 || sent_to_login;
      if (allowed.count(who)) {
        EXPECT_FALSE(refused) << who << " refused on " << method << " " << pattern << " ("
                              << r.status << " " << location << ")";
      } else {
        EXPECT_TRUE(refused) << who << " allowed on " << method << " " << pattern << " ("
                             << r.status << ")";
        if (who == "anonymous") {
          EXPECT_TRUE(sent_to_login || r.status == 401) << method << " " << pattern;
        } else {
          EXPECT_EQ(r.status, 403) << who << " on " << method << " " << pattern;
        }
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(expectations().size() * kEveryone.size()));
}

TEST_P(AccessMatrix, RefusalsAreAudited) {
  const auto employer = make_user(Role::kEmployer, "boss@matrix.test");
  const auto s = session_for(employer);
  EXPECT_EQ(request("GET", "/audit", s.cookie).status, 403);
  auto lease = db_->acquire();
  security::AuditFilter f;
  f.action = "access";
  f.outcome = "denied";
  const auto entries = security::audit::query(*lease, f);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_label, "boss@matrix.test");
  EXPECT_EQ(entries[0].resource, "/audit");
}

INSTANTIATE_TEST_SUITE_P(Backends, AccessMatrix, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
