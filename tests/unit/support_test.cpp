// Support for employers through the real pipeline, on both backends: the intercultural kit's
// pages (public, each with its "Demander un accompagnement" button), the request for support
// (anonymous or logged in, bad input refused field by field with nothing saved, one mail per
// coordinator through the outbox, audited), and the coordinator's queue (marking a request
// handled with a note, once). Also the domain rules without I/O.
#include <gtest/gtest.h>

#include "app_fixture.h"
#include "companies/company_store.h"
#include "platform/http/url.h"
#include "security/audit.h"
#include "support/kit.h"
#include "support/support_request.h"
#include "support/support_service.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;
using Fields = std::vector<std::pair<std::string, std::string>>;

TEST(SupportRules, TopicsRoundTripAndInputIsCheckedFieldByField) {
  for (auto topic : support::all_topics()) {
    EXPECT_EQ(support::parse_topic(support::to_string(topic)), topic);
  }
  EXPECT_FALSE(support::parse_topic("visa").has_value());
  support::RequestInput good{"legal", "Comment renouveler un permis unique ?", "rh@firme.test", ""};
  EXPECT_TRUE(support::check_request(good).empty());
  support::RequestInput bad{"", "court", "pas-une-adresse", ""};
  const auto errors = support::check_request(bad);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "topic");
  EXPECT_EQ(errors[1].field, "message");
  EXPECT_EQ(errors[2].field, "email");
  bad = good;
  bad.message = std::string(support::kMessageMax + 1, 'x');
  ASSERT_EQ(support::check_request(bad).size(), 1u);
  EXPECT_EQ(support::check_request(bad)[0].field, "message");
  // Ten characters counted as characters, not bytes.
  bad.message = "éééééééééé";
  EXPECT_TRUE(support::check_request(bad).empty());
}

TEST(SupportRules, HandlingNeedsANoteAndHappensOnce) {
  using support::RequestStatus;
  EXPECT_EQ(support::check_handle(RequestStatus::kOpen, "Rappelé le 3 mai").value(),
            RequestStatus::kHandled);
  EXPECT_EQ(support::check_handle(RequestStatus::kOpen, "  ").error().field, "note");
  EXPECT_EQ(support::check_handle(RequestStatus::kOpen, std::string(2001, 'n')).error().field,
            "note");
  EXPECT_EQ(support::check_handle(RequestStatus::kHandled, "encore").error().code,
            ErrorCode::kConflict);
}

TEST(SupportRules, EveryKitPageHasATemplateSlugAndATopic) {
  ASSERT_GE(support::kit_pages().size(), 3u);
  for (const auto& page : support::kit_pages()) {
    EXPECT_EQ(support::find_kit_page(page.slug), &page);
  }
  EXPECT_EQ(support::find_kit_page("nope"), nullptr);
}

class SupportPages : public AppFixture {
 protected:
  static std::string body_of(const std::string& csrf, const Fields& fields) {
    std::string body = "_csrf=" + http::percent_encode(csrf);
    for (const auto& [k, v] : fields) body += "&" + k + "=" + http::percent_encode(v);
    return body;
  }
  static Fields good_request(const std::string& email = "rh@menuiserie.test") {
    return {{"topic", "legal"},
            {"message", "Notre future recrue a une carte A limitée : que devons-nous faire ?"},
            {"email", email},
            {"source", "embaucher-hors-ue"}};
  }
  http::Response send_anonymously(const Fields& fields) {
    const auto anon = anonymous_form("/entreprises/demande-accompagnement");
    return request("POST", "/entreprises/demande-accompagnement", anon.cookie,
                   body_of(anon.csrf, fields));
  }
  int count(const std::string& sql) {
    auto lease = db_->acquire();
    int n = -1;
    *lease << sql, soci::into(n);
    return n;
  }
  std::string text(const std::string& sql) {
    auto lease = db_->acquire();
    std::string out;
    soci::indicator ind = soci::i_ok;
    *lease << sql, soci::into(out, ind);
    return ind == soci::i_null ? "" : out;
  }
  int audits(const std::string& action) {
    auto lease = db_->acquire();
    security::AuditFilter f;
    f.action = action;
    f.outcome = "success";
    f.limit = 100;
    return static_cast<int>(security::audit::query(*lease, f).size());
  }
  LoggedIn coordinator(const std::string& login = "coord@ibefe.test") {
    return session_for(make_user(Role::kCoordinator, login, /*with_totp=*/true));
  }
};

TEST_P(SupportPages, KitPagesArePublicAndEachOffersSupportOnItsTopic) {
  auto index = request("GET", "/entreprises/kit");
  ASSERT_EQ(index.status, 200);
  for (const auto& page : support::kit_pages()) {
    EXPECT_NE(index.body.find("/entreprises/kit/" + std::string(page.slug)), std::string::npos);
    auto r = request("GET", "/entreprises/kit/" + std::string(page.slug));
    ASSERT_EQ(r.status, 200) << page.slug;
    EXPECT_NE(r.body.find("/entreprises/demande-accompagnement?sujet=" +
                          std::string(support::to_string(page.topic))),
              std::string::npos)
        << page.slug;
    EXPECT_NE(r.body.find("Demander un accompagnement"), std::string::npos);
  }
  auto legal = request("GET", "/entreprises/kit/embaucher-hors-ue");
  EXPECT_NE(legal.body.find("Marché du travail"), std::string::npos);
  EXPECT_NE(legal.body.find("permis unique"), std::string::npos);
  EXPECT_NE(legal.body.find("PFI"), std::string::npos);
  // Translated like every page (the catalogue is compiled at build time).
  auto english = request("GET", "/entreprises/kit/embaucher-hors-ue", "lang=en");
  ASSERT_EQ(english.status, 200);
  EXPECT_NE(english.body.find("The single permit"), std::string::npos);
  EXPECT_NE(english.body.find("Request support"), std::string::npos);
}

TEST_P(SupportPages, LandingPagesLinkWhatExists) {
  auto employers = request("GET", "/entreprises");
  ASSERT_EQ(employers.status, 200);
  for (const char* link : {"/offres/publier", "/entreprises/offres", "/entreprises/fiche",
                           "/entreprises/kit", "/entreprises/demande-accompagnement"}) {
    EXPECT_NE(employers.body.find(std::string("href=\"") + link + "\""), std::string::npos) << link;
  }
  EXPECT_EQ(employers.body.find("Bientôt disponible"), std::string::npos);
  auto coordination = request("GET", "/coordination");
  ASSERT_EQ(coordination.status, 200);
  for (const char* link : {"/coordination/revue", "/coordination/demandes", "/audit"}) {
    EXPECT_NE(coordination.body.find(std::string("href=\"") + link + "\""), std::string::npos)
        << link;
  }
  const auto s = coordinator();
  auto dashboard = request("GET", "/tableau-de-bord", s.cookie);
  ASSERT_EQ(dashboard.status, 200);
  EXPECT_NE(dashboard.body.find("href=\"/coordination/demandes\""), std::string::npos);
}

TEST_P(SupportPages, BadInputIsRefusedNamingEachFieldAndNothingIsSaved) {
  make_user(Role::kCoordinator, "coord@ibefe.test", true);
  auto r = send_anonymously({{"topic", "visa"}, {"message", "court"}, {"email", "nope"}});
  ASSERT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("href=\"#field-topic\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#field-message\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#field-email\""), std::string::npos);
  EXPECT_NE(r.body.find("court</textarea>"), std::string::npos) << "what was typed is kept";
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 0);
  auto long_message = good_request();
  long_message[1].second = std::string(support::kMessageMax + 1, 'x');
  EXPECT_EQ(send_anonymously(long_message).status, 422);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests"), 0);
}

TEST_P(SupportPages, AnAnonymousRequestIsStoredAndMailedToEachCoordinator) {
  make_user(Role::kCoordinator, "coord@ibefe.test", true);
  make_user(Role::kCoordinator, "coord2@ibefe.test", true);
  make_user(Role::kCounsellor, "conseil@cripel.test");
  auto form =
      request("GET", "/entreprises/demande-accompagnement?sujet=legal&depuis=embaucher-hors-ue");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("value=\"legal\" selected"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"embaucher-hors-ue\""), std::string::npos);
  auto sent = send_anonymously(good_request());
  ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 2000);
  EXPECT_EQ(sent.headers.get("Location").value_or(""),
            "/entreprises/demande-accompagnement/envoyee");
  EXPECT_EQ(request("GET", "/entreprises/demande-accompagnement/envoyee").status, 200);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests WHERE status = 'open' AND topic = "
                  "'legal' AND requester_id IS NULL AND email = 'rh@menuiserie.test' AND source "
                  "= 'embaucher-hors-ue'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN ('coord@ibefe.test', "
                  "'coord2@ibefe.test') AND subject = 'Nouvelle demande d''accompagnement'"),
            2);
  const std::string body =
      text("SELECT body_text FROM mail_outbox WHERE recipient = 'coord@ibefe.test'");
  EXPECT_NE(body.find("rh@menuiserie.test"), std::string::npos);
  EXPECT_NE(body.find("carte A limitée"), std::string::npos);
  EXPECT_NE(body.find("https://primowork.test/coordination/demandes"), std::string::npos);
  EXPECT_EQ(audits("support.request"), 1);
  // An unknown source is not kept.
  auto other = good_request("autre@firme.test");
  other[3].second = "ailleurs";
  ASSERT_EQ(send_anonymously(other).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests WHERE email = 'autre@firme.test' AND "
                  "source IS NULL"),
            1);
}

TEST_P(SupportPages, ALoggedInEmployerFindsTheAddressPrefilledAndTheCompanyIsRecorded) {
  const auto employer = make_user(Role::kEmployer, "patron@menuiserie.test");
  {
    auto lease = db_->acquire();
    companies::store::Company c;
    c.name = "Menuiserie du Val";
    c.enterprise_number = "0123456749";
    auto created = companies::store::create(*lease, c, "", now_);
    companies::store::set_organisation(*lease, created.id, org(security::OrgKind::kCompany));
  }
  const auto s = session_for(employer);
  auto form = request("GET", "/entreprises/demande-accompagnement", s.cookie);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("value=\"patron@menuiserie.test\""), std::string::npos);
  auto sent = request("POST", "/entreprises/demande-accompagnement", s.cookie,
                      body_of(s.csrf, {{"topic", "onboarding"},
                                       {"message", "Nous accueillons un soudeur lundi."},
                                       {"email", "patron@menuiserie.test"}}));
  ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 2000);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests r JOIN companies c ON c.id = "
                  "r.company_id WHERE c.name = 'Menuiserie du Val' AND r.requester_id IS NOT "
                  "NULL"),
            1);
  EXPECT_NE(request("GET", "/entreprises/offres", s.cookie)
                .body.find("/entreprises/demande-accompagnement"),
            std::string::npos)
      << "the employer's space has the button";
  const auto c = coordinator();
  auto queue = request("GET", "/coordination/demandes", c.cookie);
  ASSERT_EQ(queue.status, 200);
  EXPECT_NE(queue.body.find("Menuiserie du Val"), std::string::npos);
}

TEST_P(SupportPages, TheCoordinatorMarksARequestHandledWithANoteOnce) {
  const auto c = coordinator();
  ASSERT_EQ(send_anonymously(good_request()).status, 303);
  const std::string id = text("SELECT id FROM support_requests");
  ASSERT_FALSE(id.empty());
  auto queue = request("GET", "/coordination/demandes", c.cookie);
  ASSERT_EQ(queue.status, 200);
  EXPECT_NE(queue.body.find("request-" + id), std::string::npos);
  EXPECT_NE(queue.body.find("rh@menuiserie.test"), std::string::npos);
  EXPECT_EQ(audits("support.queue"), 1);

  const std::string path = "/coordination/demandes/" + id + "/traitee";
  auto no_note = request("POST", path, c.cookie, body_of(c.csrf, {{"note", " "}}));
  EXPECT_EQ(no_note.status, 422);
  EXPECT_NE(no_note.body.find("note-" + id + "-error"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests WHERE status = 'open'"), 1);

  auto done =
      request("POST", path, c.cookie,
              body_of(c.csrf, {{"note", "Rappelé : le conseiller CRIPEL suit le dossier."}}));
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.headers.get("Location").value_or(""), "/coordination/demandes?fait=1");
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests WHERE status = 'handled' AND "
                  "handled_by IS NOT NULL AND handled_at IS NOT NULL AND handled_note = "
                  "'Rappelé : le conseiller CRIPEL suit le dossier.'"),
            1);
  EXPECT_EQ(audits("support.handle"), 1);
  auto after = request("GET", "/coordination/demandes?fait=1", c.cookie);
  EXPECT_NE(after.body.find("Aucune demande n&#39;attend de réponse."), std::string::npos);
  EXPECT_NE(after.body.find("Rappelé : le conseiller CRIPEL suit le dossier."), std::string::npos);

  auto again = request("POST", path, c.cookie, body_of(c.csrf, {{"note", "Encore une fois"}}));
  EXPECT_EQ(again.status, 422);
  EXPECT_NE(again.body.find("déjà été traitée"), std::string::npos);
  EXPECT_EQ(request("POST", "/coordination/demandes/sup_unknown000/traitee", c.cookie,
                    body_of(c.csrf, {{"note", "Fait"}}))
                .status,
            404);
  EXPECT_EQ(audits("support.handle"), 1);
}

TEST_P(SupportPages, OneSenderMayNotFloodTheCoordinators) {
  make_user(Role::kCoordinator, "coord@ibefe.test", true);
  for (int i = 0; i < support::kRequestsPerHour; ++i) {
    ASSERT_EQ(send_anonymously(good_request()).status, 303) << i;
  }
  auto refused = send_anonymously(good_request());
  EXPECT_EQ(refused.status, 429);
  EXPECT_FALSE(refused.headers.get("Retry-After").value_or("").empty());
  EXPECT_NE(refused.body.find("plusieurs demandes"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM support_requests"), support::kRequestsPerHour);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), support::kRequestsPerHour);
  now_ += 3601;  // an hour later the form serves again
  EXPECT_EQ(send_anonymously(good_request()).status, 303);
}

TEST_P(SupportPages, OnlyCoordinatorsSeeTheQueue) {
  const auto employer = session_for(make_user(Role::kEmployer, "patron@firme.test"));
  EXPECT_EQ(request("GET", "/coordination/demandes", employer.cookie).status, 403);
  auto anonymous = request("GET", "/coordination/demandes");
  EXPECT_EQ(anonymous.status, 303);
}

INSTANTIATE_TEST_SUITE_P(Backends, SupportPages, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
