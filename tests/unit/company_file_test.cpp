// The company file through the real pipeline, on both backends: the employer edits their own
// company (address, commune from the list, sector, contact person), bad input is named field by
// field in French with nothing saved, every change is logged field by field and audited; the
// coordinator edits any company; another company's employer cannot; an employer invites a
// colleague, whose new account manages the same company.
#include <gtest/gtest.h>

#include "app_fixture.h"
#include "companies/company_store.h"
#include "platform/http/url.h"
#include "security/audit.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;
using Fields = std::vector<std::pair<std::string, std::string>>;

class CompanyFile : public AppFixture {
 protected:
  void SetUp() override {
    AppFixture::SetUp();
    if (!app_) return;
    employer_ = make_user(Role::kEmployer, "patron@logistique.test");
    company_id_ = make_company("0123456749", "Logistique Test", org(security::OrgKind::kCompany));
  }
  std::string make_company(const std::string& digits, const std::string& name,
                           const std::string& organisation_id) {
    auto lease = db_->acquire();
    companies::store::Company c;
    c.name = name;
    c.enterprise_number = digits;
    c.postal_code = "4000";
    c.commune = "Liège";
    c.contact_email = "rh@logistique.test";
    c.organisation_id = organisation_id;
    return companies::store::create(*lease, c, "", now_).id;
  }
  static std::string body_of(const std::string& csrf, const Fields& fields) {
    std::string body = "_csrf=" + http::percent_encode(csrf);
    for (const auto& [k, v] : fields) body += "&" + k + "=" + http::percent_encode(v);
    return body;
  }
  static Fields good_file() {
    return {{"street", "Rue de l'Abattoir 12"},
            {"postcode", "4040"},
            {"sector", "Logistique"},
            {"contact_name", "Nadia Lambert"},
            {"contact_email", "nadia@logistique.test"},
            {"contact_phone", "+32 4 123 45 67"}};
  }
  companies::store::Company company() {
    auto lease = db_->acquire();
    return *companies::store::find(*lease, company_id_);
  }
  int count(const std::string& sql) {
    auto lease = db_->acquire();
    int n = -1;
    *lease << sql, soci::into(n);
    return n;
  }
  int audits(const std::string& action, const std::string& outcome) {
    auto lease = db_->acquire();
    security::AuditFilter f;
    f.action = action;
    f.outcome = outcome;
    f.limit = 100;
    return static_cast<int>(security::audit::query(*lease, f).size());
  }
  security::User employer_;
  std::string company_id_;
};

TEST_P(CompanyFile, TheEmployerEditsTheirCompanyEachChangeLoggedAndAudited) {
  const auto me = session_for(employer_);
  auto shown = request("GET", "/entreprises/fiche", me.cookie);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Logistique Test"), std::string::npos);
  EXPECT_NE(shown.body.find("0123.456.749"), std::string::npos);
  auto saved = request("POST", "/entreprises/fiche", me.cookie, body_of(me.csrf, good_file()));
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
  EXPECT_EQ(saved.headers.get("Location").value_or(""), "/entreprises/fiche?enregistre=1");
  const auto c = company();
  EXPECT_EQ(c.street, "Rue de l'Abattoir 12");
  EXPECT_EQ(c.postal_code, "4040");
  EXPECT_EQ(c.commune, "Herstal");  // the name comes from the list of communes
  EXPECT_EQ(c.sector, "Logistique");
  EXPECT_EQ(c.contact_name, "Nadia Lambert");
  EXPECT_EQ(c.contact_email, "nadia@logistique.test");
  EXPECT_EQ(c.contact_phone, "+32 4 123 45 67");
  EXPECT_EQ(c.name, "Logistique Test");  // not editable here
  // street, postcode, commune, sector, contact name, email, phone: one log row each.
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_file_log"), 7);
  {
    auto lease = db_->acquire();
    const auto log = companies::store::file_log(*lease, company_id_);
    const auto email = std::find_if(log.begin(), log.end(),
                                    [](const auto& l) { return l.field == "contact_email"; });
    ASSERT_NE(email, log.end());
    EXPECT_EQ(email->old_value, "rh@logistique.test");
    EXPECT_EQ(email->new_value, "nadia@logistique.test");
    EXPECT_EQ(email->actor_id, employer_.id);
  }
  EXPECT_EQ(audits("company.update", "success"), 1);
  auto page = request("GET", "/entreprises/fiche?enregistre=1", me.cookie);
  EXPECT_NE(page.body.find("Nadia Lambert"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"changes\""), std::string::npos);  // the log is shown

  // The same values again: nothing changes, nothing is logged.
  auto same = request("POST", "/entreprises/fiche", me.cookie, body_of(me.csrf, good_file()));
  EXPECT_EQ(same.headers.get("Location").value_or(""), "/entreprises/fiche?enregistre=0");
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_file_log"), 7);
  // One field: one row.
  Fields moved = good_file();
  moved[1].second = "4100";
  ASSERT_EQ(request("POST", "/entreprises/fiche", me.cookie, body_of(me.csrf, moved)).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_file_log"), 9);  // postcode and commune
  EXPECT_EQ(company().commune, "Seraing");
}

TEST_P(CompanyFile, BadInputIsNamedInFrenchAndNothingIsSaved) {
  const auto me = session_for(employer_);
  const Fields bad = {{"street", ""},
                      {"postcode", "9999"},
                      {"sector", std::string(101, 's')},
                      {"contact_name", " "},
                      {"contact_email", "pas-une-adresse"},
                      {"contact_phone", "12"}};
  auto r = request("POST", "/entreprises/fiche", me.cookie, body_of(me.csrf, bad));
  ASSERT_EQ(r.status, 422);
  for (const char* id : {"field-street", "field-postcode", "field-sector", "field-contact_name",
                         "field-contact_email", "field-contact_phone"}) {
    EXPECT_NE(r.body.find(std::string("href=\"#") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(r.body.find("Choisissez la commune dans la liste"), std::string::npos);
  EXPECT_NE(r.body.find("Numéro de téléphone invalide"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_file_log"), 0);
  EXPECT_EQ(company().postal_code, "4000");
  // Neither an email nor a phone: the contact email is asked for.
  Fields unreachable = good_file();
  unreachable[4].second = "";
  unreachable[5].second = "";
  auto none = request("POST", "/entreprises/fiche", me.cookie, body_of(me.csrf, unreachable));
  EXPECT_EQ(none.status, 422);
  EXPECT_NE(none.body.find("href=\"#field-contact_email\""), std::string::npos);
}

TEST_P(CompanyFile, TheCoordinatorEditsAnyCompanyAnotherEmployerCannot) {
  const auto coord = session_for(make_user(Role::kCoordinator, "coord@ibefe.test", true));
  const std::string target = "/coordination/entreprises/" + company_id_;
  auto shown = request("GET", target, coord.cookie);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Logistique Test"), std::string::npos);
  auto saved = request("POST", target, coord.cookie, body_of(coord.csrf, good_file()));
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  EXPECT_EQ(saved.headers.get("Location").value_or(""), target + "?enregistre=1");
  EXPECT_EQ(company().sector, "Logistique");
  EXPECT_EQ(request("GET", "/coordination/entreprises/cmp_unknown0000", coord.cookie).status, 404);

  // An employer of another company sees their own file, and the service refuses this one.
  std::string other_org;
  {
    auto lease = db_->acquire();
    other_org = security::accounts::create_organisation(*lease, security::OrgKind::kCompany,
                                                        "Autre SA", now_)
                    ->id;
  }
  make_company("0987654394", "Autre SA", other_org);
  auto other =
      app_->auth().add_user("autre@autre.test", "employer", other_org, "Autre", kPassword, nullptr);
  ASSERT_TRUE(other.ok());
  const auto them = session_for(*other);
  auto theirs = request("GET", "/entreprises/fiche", them.cookie);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_NE(theirs.body.find("Autre SA"), std::string::npos);
  EXPECT_EQ(theirs.body.find("Logistique Test"), std::string::npos);
  security::Actor actor;
  actor.user = *other;
  companies::CompanyFileEdit edit{"Rue 1", "4000", "Horeca", "X", "x@autre.test", ""};
  auto refused = app_->companies().update_file(actor, company_id_, edit);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(audits("company.update", "denied"), 1);
  EXPECT_EQ(company().street, "Rue de l'Abattoir 12");  // the coordinator's, untouched
}

TEST_P(CompanyFile, AnEmployerInvitesAColleagueWhoManagesTheSameCompany) {
  const auto me = session_for(employer_);
  auto form = request("GET", "/entreprises/collegues", me.cookie);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Test patron@logistique.test"), std::string::npos);
  auto bad = request("POST", "/entreprises/collegues", me.cookie,
                     body_of(me.csrf, {{"display_name", "Léa Martin"}, {"email", "pas-valide"}}));
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("href=\"#field-email\""), std::string::npos);
  auto sent =
      request("POST", "/entreprises/collegues", me.cookie,
              body_of(me.csrf, {{"display_name", "Léa Martin"}, {"email", "lea@logistique.test"}}));
  ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 2000);
  auto listed = request("GET", "/entreprises/collegues?envoye=1", me.cookie);
  EXPECT_NE(listed.body.find("lea@logistique.test"), std::string::npos);
  EXPECT_NE(listed.body.find("invitation en attente"), std::string::npos);
  EXPECT_EQ(audits("invitation.create", "success"), 1);

  std::string mail;
  {
    auto lease = db_->acquire();
    *lease << "SELECT body_text FROM mail_outbox WHERE recipient = 'lea@logistique.test'",
        soci::into(mail);
  }
  const std::string marker = "https://primowork.test/invitation/";
  const auto at = mail.find(marker);
  ASSERT_NE(at, std::string::npos) << mail;
  const auto start = at + marker.size();
  const std::string token = mail.substr(start, mail.find_first_of(" \n", start) - start);
  const auto anon = anonymous_form("/invitation/" + token);
  auto accepted = request("POST", "/invitation/accepter", anon.cookie,
                          body_of(anon.csrf, {{"token", token},
                                              {"password", "Ma phrase de passe 2026"},
                                              {"confirm", "Ma phrase de passe 2026"}}));
  ASSERT_EQ(accepted.status, 303) << accepted.body.substr(0, 2000);
  std::optional<security::User> lea;
  {
    auto lease = db_->acquire();
    lea = security::accounts::find_user_by_login(*lease, "lea@logistique.test");
  }
  ASSERT_TRUE(lea.has_value());
  EXPECT_EQ(lea->role, Role::kEmployer);
  const auto her = session_for(*lea);
  auto file = request("GET", "/entreprises/fiche", her.cookie);
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.body.find("Logistique Test"), std::string::npos);
  EXPECT_EQ(request("GET", "/entreprises/offres", her.cookie).status, 200);
  auto team = request("GET", "/entreprises/collegues", me.cookie);
  EXPECT_NE(team.body.find("Léa Martin"), std::string::npos);
  EXPECT_EQ(team.body.find("invitation en attente"), std::string::npos);
  // The generic invitation page stays closed to employers (another role, another company).
  EXPECT_EQ(request("GET", "/invitations/nouvelle", me.cookie).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, CompanyFile, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
