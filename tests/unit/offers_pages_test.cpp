// Companies and offers through the real pipeline: posting without an account (the confirmation
// link from the outbox, single use, with an expiry), bad input named field by field with nothing
// saved, an approved company's offer published at once, screening sending a flagged offer to
// review, the coordinator's decisions (logged and audited), the public page with its JobPosting
// JSON-LD and the search, the employer's space, and the JSON API.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_fixture.h"
#include "companies/company_store.h"
#include "platform/http/url.h"
#include "security/audit.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;
using Fields = std::vector<std::pair<std::string, std::string>>;

class OfferPages : public AppFixture {
 protected:
  static std::string body_of(const std::string& csrf, const Fields& fields) {
    std::string body = "_csrf=" + http::percent_encode(csrf);
    for (const auto& [k, v] : fields) body += "&" + k + "=" + http::percent_encode(v);
    return body;
  }
  // A complete posting for a new company (0123.456.749 is a valid enterprise number).
  static Fields posting(const std::string& email = "rh@logistique.test") {
    return {{"email", email},
            {"enterprise_number", "0123.456.749"},
            {"company_name", "Logistique Test"},
            {"occupation", "Cariste"},
            {"postcode", "4040"},
            {"contract_type", "CDI"},
            {"french_level", "A2"},
            {"positions", "2"},
            {"schedule", "4"},
            {"skills_shown", "1"},
            {"description", "Conduite de chariots élévateurs dans un entrepôt."}};
  }
  http::Response post_offer(const Fields& fields) {
    now_ += 60;  // each offer a minute after the last: "the last offer" is well defined
    const auto anon = anonymous_form("/offres/publier");
    return request("POST", "/offres/publier", anon.cookie, body_of(anon.csrf, fields));
  }
  // The token of the last confirmation link mailed to `email`.
  std::string mailed_token(const std::string& email) {
    auto lease = db_->acquire();
    std::string body;
    *lease << "SELECT body_text FROM mail_outbox WHERE recipient = :r ORDER BY created_at DESC, "
              "id DESC",
        soci::into(body), soci::use(email);
    const std::string marker = "/offres/confirmer/";
    const auto at = body.find(marker);
    if (at == std::string::npos) return "";
    const auto start = at + marker.size();
    return body.substr(start, body.find_first_of(" \n", start) - start);
  }
  http::Response confirm(const std::string& token) {
    const auto anon = anonymous_form("/offres/confirmer/" + token);
    return request("POST", "/offres/confirmer/" + token, anon.cookie, body_of(anon.csrf, {}));
  }
  int count(const std::string& table) {
    auto lease = db_->acquire();
    int n = -1;
    *lease << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }
  std::string status_of_last_offer() {
    auto lease = db_->acquire();
    std::string status;
    *lease << "SELECT status FROM offers ORDER BY created_at DESC, id DESC", soci::into(status);
    return status;
  }
  std::string last_offer_id() {
    auto lease = db_->acquire();
    std::string id;
    *lease << "SELECT id FROM offers ORDER BY created_at DESC, id DESC", soci::into(id);
    return id;
  }
  int audits(const std::string& action, const std::string& outcome) {
    auto lease = db_->acquire();
    security::AuditFilter f;
    f.action = action;
    f.outcome = outcome;
    f.limit = 100;
    return static_cast<int>(security::audit::query(*lease, f).size());
  }
  // Approves the company with this number, as the platform would after a coordinator's review.
  void approve(const std::string& digits, const std::string& organisation_id = "") {
    auto lease = db_->acquire();
    auto c = companies::store::find_by_number(*lease, digits);
    ASSERT_TRUE(c.has_value());
    companies::store::set_status(*lease, c->id, companies::CompanyStatus::kPending,
                                 companies::CompanyStatus::kApproved, "", "", now_);
    if (!organisation_id.empty())
      companies::store::set_organisation(*lease, c->id, organisation_id);
  }
  LoggedIn coordinator() {
    return session_for(make_user(Role::kCoordinator, "coord@ibefe.test", /*with_totp=*/true));
  }
};

TEST_P(OfferPages, PostingWithoutAnAccountWaitsForReviewAndTheLinkServesOnce) {
  auto form_page = request("GET", "/offres/publier");
  ASSERT_EQ(form_page.status, 200);
  EXPECT_NE(form_page.body.find("langue maternelle"), std::string::npos);  // the legal note
  auto posted = post_offer(posting());
  ASSERT_EQ(posted.status, 303) << posted.body.substr(0, 3000);
  EXPECT_EQ(posted.headers.get("Location").value_or(""), "/offres/publier/envoyee");
  EXPECT_EQ(count("companies"), 1);
  EXPECT_EQ(status_of_last_offer(), "draft");
  const std::string token = mailed_token("rh@logistique.test");
  ASSERT_GE(token.size(), 40u);
  {
    auto lease = db_->acquire();
    int clear = -1;
    *lease << "SELECT COUNT(*) FROM offer_confirmations WHERE token_hash = :t", soci::into(clear),
        soci::use(token);
    EXPECT_EQ(clear, 0) << "only the hash of the token is stored";
  }
  EXPECT_EQ(request("GET", "/offres/confirmer/" + token).status, 200);
  auto confirmed = confirm(token);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body.substr(0, 2000);
  EXPECT_NE(confirmed.body.find("vérifie"), std::string::npos);
  EXPECT_EQ(status_of_last_offer(), "pending_review");  // the company is not approved yet
  EXPECT_EQ(request("GET", "/offres/confirmer/" + token).status, 409);
  EXPECT_EQ(confirm(token).status, 409);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
  EXPECT_EQ(request("GET", "/offres/confirmer/not-a-real-token-at-all").status, 404);
  EXPECT_EQ(request("GET", "/offres/" + last_offer_id()).status, 404);  // not public yet
  EXPECT_EQ(audits("offer.post", "success"), 1);
  EXPECT_EQ(audits("offer.submit", "success"), 1);
}

TEST_P(OfferPages, AnExpiredLinkIsRefused) {
  ASSERT_EQ(post_offer(posting()).status, 303);
  const std::string token = mailed_token("rh@logistique.test");
  now_ += 8 * 24 * 3600;
  EXPECT_EQ(request("GET", "/offres/confirmer/" + token).status, 410);
  EXPECT_EQ(confirm(token).status, 409);
  EXPECT_EQ(status_of_last_offer(), "draft");
}

TEST_P(OfferPages, BadInputIsNamedAndNothingIsSaved) {
  Fields fields = posting();
  for (auto& [k, v] : fields) {
    if (k == "enterprise_number") v = "0123.456.748";  // modulo 97 fails
    if (k == "positions") v = "0";
    if (k == "occupation") v = "Astronaute lunaire";
    if (k == "contract_type") v = "";
    if (k == "company_name") v = "";
  }
  fields.emplace_back("start_date", "2020-01-01");
  fields.emplace_back("title", std::string(200, 'x'));
  auto r = post_offer(fields);
  EXPECT_EQ(r.status, 422);
  for (const char* id : {"field-enterprise_number", "field-positions", "field-occupation",
                         "field-contract_type", "field-start_date", "field-title"}) {
    EXPECT_NE(r.body.find(std::string("href=\"#") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(count("companies"), 0);
  EXPECT_EQ(count("offers"), 0);
  EXPECT_EQ(count("mail_outbox"), 0);
  // A new number without a company name: the name is asked for.
  Fields unnamed = posting();
  for (auto& [k, v] : unnamed) {
    if (k == "company_name") v = "";
  }
  auto again = post_offer(unnamed);
  EXPECT_EQ(again.status, 422);
  EXPECT_NE(again.body.find("href=\"#field-company_name\""), std::string::npos);
}

TEST_P(OfferPages, TheOccupationBringsItsCoreSkillsToConfirm) {
  Fields fields = posting();
  fields.erase(std::remove_if(fields.begin(), fields.end(),
                              [](const auto& f) { return f.first == "skills_shown"; }),
               fields.end());
  auto r = post_offer(fields);
  ASSERT_EQ(r.status, 200);  // first the skills, ticked, to confirm
  EXPECT_NE(r.body.find("name=\"skills\""), std::string::npos);
  EXPECT_NE(r.body.find(" checked"), std::string::npos);
  EXPECT_EQ(count("offers"), 0);
  // Pasting an advertisement fills the occupation.
  Fields advert = {{"advert", "Nous recherchons un cariste pour notre entrepôt de Herstal."},
                   {"extract", ""}};
  auto extracted = post_offer(advert);
  ASSERT_EQ(extracted.status, 200);
  EXPECT_NE(extracted.body.find("value=\"Cariste\""), std::string::npos);
}

TEST_P(OfferPages, AnApprovedCompanyPublishesAtOnceWithJsonLdAndSearch) {
  ASSERT_EQ(post_offer(posting()).status, 303);
  approve("0123456749");
  ASSERT_EQ(post_offer(posting()).status, 303);  // the same address, now known and approved
  auto confirmed = confirm(mailed_token("rh@logistique.test"));
  ASSERT_EQ(confirmed.status, 200);
  EXPECT_EQ(status_of_last_offer(), "published");
  const std::string id = last_offer_id();
  auto shown = request("GET", "/offres/" + id);
  ASSERT_EQ(shown.status, 200);
  const std::string open = "<script type=\"application/ld+json\">";
  const auto at = shown.body.find(open);
  ASSERT_NE(at, std::string::npos);
  const auto start = at + open.size();
  const auto json =
      nlohmann::json::parse(shown.body.substr(start, shown.body.find("</script>", start) - start));
  EXPECT_EQ(json["@type"], "JobPosting");
  EXPECT_EQ(json["hiringOrganization"]["name"], "Logistique Test");
  EXPECT_EQ(json["occupationalCategory"]["codeValue"], "N1101");
  EXPECT_EQ(json["jobLocation"]["address"]["addressLocality"], "Herstal");
  EXPECT_EQ(shown.body.find("rh@logistique.test"), std::string::npos);  // no personal data

  auto found = request("GET", "/offres?metier=Cariste&commune=4000&rayon=20");
  EXPECT_NE(found.body.find("/offres/" + id), std::string::npos);
  auto elsewhere = request("GET", "/offres?commune=4920&rayon=5");
  EXPECT_EQ(elsewhere.body.find("/offres/" + id), std::string::npos);
  auto api = nlohmann::json::parse(request("GET", "/api/v1/offers?occupation=N1101").body);
  EXPECT_EQ(api["total"], 1);
  // An unknown address for an approved company goes to review.
  ASSERT_EQ(post_offer(posting("autre@ailleurs.test")).status, 303);
  ASSERT_EQ(confirm(mailed_token("autre@ailleurs.test")).status, 200);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
}

TEST_P(OfferPages, AFlaggedOfferGoesToTheCoordinatorWithItsReasons) {
  ASSERT_EQ(post_offer(posting()).status, 303);
  approve("0123456749");
  Fields fields = posting();
  for (auto& [k, v] : fields) {
    if (k == "description") v = "Cariste, langue maternelle française exigée, moins de 30 ans.";
  }
  ASSERT_EQ(post_offer(fields).status, 303);
  auto confirmed = confirm(mailed_token("rh@logistique.test"));
  ASSERT_EQ(confirmed.status, 200);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
  const std::string id = last_offer_id();
  EXPECT_GE(count("offer_flags"), 2);

  const auto coord = coordinator();
  auto queue = request("GET", "/coordination/revue", coord.cookie);
  ASSERT_EQ(queue.status, 200);
  EXPECT_NE(queue.body.find("Langue maternelle"), std::string::npos);
  auto offer = request("GET", "/coordination/offres/" + id, coord.cookie);
  ASSERT_EQ(offer.status, 200);
  // Sending back needs a reason.
  auto no_reason = request("POST", "/coordination/offres/" + id + "/action", coord.cookie,
                           body_of(coord.csrf, {{"decision", "send_back"}}));
  EXPECT_EQ(no_reason.status, 422);
  auto sent_back = request(
      "POST", "/coordination/offres/" + id + "/action", coord.cookie,
      body_of(coord.csrf,
              {{"decision", "send_back"}, {"reason", "Retirer la langue maternelle et l'âge."}}));
  EXPECT_EQ(sent_back.status, 303);
  EXPECT_EQ(status_of_last_offer(), "draft");
  auto lease = db_->acquire();
  std::string reason;
  *lease << "SELECT reason FROM offer_status_log WHERE offer_id = :o AND action = 'send_back'",
      soci::into(reason), soci::use(id);
  EXPECT_EQ(reason, "Retirer la langue maternelle et l'âge.");
  std::string mailed;
  const std::string subject = "Décision sur votre offre d'emploi";
  soci::rowset<soci::row> mails =
      (lease->prepare << "SELECT subject, body_text FROM mail_outbox ORDER BY created_at");
  for (const auto& m : mails) {
    if (m.get<std::string>("subject") == subject) mailed = m.get<std::string>("body_text");
  }
  EXPECT_NE(mailed.find("Retirer la langue maternelle"), std::string::npos) << mailed;
}

TEST_P(OfferPages, TheCoordinatorApprovesACompanyAndPublishesAnOffer) {
  ASSERT_EQ(post_offer(posting()).status, 303);
  ASSERT_EQ(confirm(mailed_token("rh@logistique.test")).status, 200);
  const std::string id = last_offer_id();
  now_ += 60;
  std::string company_id;
  {
    auto lease = db_->acquire();
    *lease << "SELECT id FROM companies", soci::into(company_id);
  }
  const auto coord = coordinator();
  auto suspend = request("POST", "/coordination/entreprises/" + company_id + "/statut",
                         coord.cookie, body_of(coord.csrf, {{"status", "suspended"}}));
  EXPECT_EQ(suspend.status, 422);  // a suspension needs a reason
  auto approved = request("POST", "/coordination/entreprises/" + company_id + "/statut",
                          coord.cookie, body_of(coord.csrf, {{"status", "approved"}}));
  EXPECT_EQ(approved.status, 303);
  auto published = request("POST", "/coordination/offres/" + id + "/action", coord.cookie,
                           body_of(coord.csrf, {{"decision", "approve"}}));
  EXPECT_EQ(published.status, 303);
  EXPECT_EQ(status_of_last_offer(), "published");
  EXPECT_EQ(request("GET", "/offres/" + id).status, 200);
  EXPECT_EQ(audits("company.status", "success"), 1);
  EXPECT_EQ(audits("offer.approve", "success"), 1);
  EXPECT_EQ(count("company_status_log"), 2);
  EXPECT_EQ(count("offer_status_log"), 3);  // create, submit, approve
}

TEST_P(OfferPages, TheEmployerSeesOnlyTheirOffersAndMarksOneFilled) {
  const auto employer = make_user(Role::kEmployer, "patron@logistique.test");
  ASSERT_EQ(post_offer(posting("patron@logistique.test")).status, 303);
  approve("0123456749", org(security::OrgKind::kCompany));
  ASSERT_EQ(post_offer(posting("patron@logistique.test")).status, 303);
  ASSERT_EQ(confirm(mailed_token("patron@logistique.test")).status, 200);
  EXPECT_EQ(status_of_last_offer(), "published");  // an employer account's address is known
  const std::string id = last_offer_id();
  const auto me = session_for(employer);
  auto mine = request("GET", "/entreprises/offres", me.cookie);
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("offer-" + id), std::string::npos);
  auto edit = request("GET", "/entreprises/offres/" + id + "/modifier", me.cookie);
  EXPECT_EQ(edit.status, 200);
  auto filled = request("POST", "/entreprises/offres/" + id + "/action", me.cookie,
                        body_of(me.csrf, {{"decision", "mark_filled"}}));
  EXPECT_EQ(filled.status, 303);
  EXPECT_EQ(status_of_last_offer(), "filled");
  EXPECT_EQ(request("GET", "/offres/" + id).status, 404);

  // Another company's employer: "not found", audited.
  std::string other_org;
  {
    auto lease = db_->acquire();
    other_org = security::accounts::create_organisation(*lease, security::OrgKind::kCompany,
                                                        "Autre SA", now_)
                    ->id;
  }
  auto other =
      app_->auth().add_user("autre@autre.test", "employer", other_org, "Autre", kPassword, nullptr);
  const auto them = session_for(*other);
  EXPECT_EQ(request("GET", "/entreprises/offres/" + id + "/modifier", them.cookie).status, 404);
  EXPECT_EQ(audits("offer.read", "denied"), 1);
}

TEST_P(OfferPages, TheApiCreatesWithTheSameRules) {
  const auto employer = make_user(Role::kEmployer, "patron@logistique.test");
  ASSERT_EQ(post_offer(posting("patron@logistique.test")).status, 303);
  approve("0123456749", org(security::OrgKind::kCompany));
  const auto me = session_for(employer);
  auto call = [&](const nlohmann::json& body) {
    http::Request r;
    r.method = "POST";
    r.target = "/api/v1/offers";
    r.remote_address = "192.0.2.10";
    r.headers.add("Cookie", me.cookie);
    r.headers.add("X-CSRF-Token", me.csrf);
    r.headers.add("Content-Type", "application/json");
    r.body = body.dump();
    return app_->pipeline().handle(r);
  };
  auto bad = call({{"occupation_code", "Z9999"},
                   {"postal_code", "4000"},
                   {"positions", 0},
                   {"contract_type", "CDX"},
                   {"french_level", "B1"}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  SCOPED_TRACE(bad.body);
  EXPECT_EQ(bad.headers.get("Content-Type").value_or(""), "application/problem+json");
  std::set<std::string> fields;
  const auto problem = nlohmann::json::parse(bad.body);
  for (const auto& e : problem["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_TRUE(fields.count("occupation_code"));
  EXPECT_TRUE(fields.count("positions"));
  EXPECT_TRUE(fields.count("contract_type"));
  auto good = call({{"occupation_code", "N1101"},
                    {"postal_code", "4000"},
                    {"positions", 1},
                    {"contract_type", "CDI"},
                    {"french_level", "A2"}});
  ASSERT_EQ(good.status, 201) << good.body;
  const auto created = nlohmann::json::parse(good.body);
  EXPECT_EQ(created["status"], "published");
  auto read = request("GET", "/api/v1/offers/" + created["id"].get<std::string>());
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(nlohmann::json::parse(read.body)["commune"], "Liège");
}

// --- Expiry: the reminder a week before, then "expired" after 60 days without an update -------

class OfferExpiry : public OfferPages {
 protected:
  // A published offer of an approved company with an employer account; returns its id.
  std::string published_offer() {
    employer_ = make_user(Role::kEmployer, "patron@logistique.test");
    EXPECT_EQ(post_offer(posting("patron@logistique.test")).status, 303);
    approve("0123456749", org(security::OrgKind::kCompany));
    EXPECT_EQ(post_offer(posting("patron@logistique.test")).status, 303);
    EXPECT_EQ(confirm(mailed_token("patron@logistique.test")).status, 200);
    EXPECT_EQ(status_of_last_offer(), "published");
    published_on_ = app_->offers().today();
    return last_offer_id();
  }
  // The day `n` days after publication (the clock is not moved: the job takes the day).
  Date day(int n) const {
    return Date{std::chrono::sys_days{published_on_} + std::chrono::days{n}};
  }
  std::vector<std::pair<std::string, std::string>> reminders() {
    std::vector<std::pair<std::string, std::string>> out;
    const std::string subject = "Votre offre d'emploi expire bientôt";
    auto lease = db_->acquire();
    soci::rowset<soci::row> rows =
        (lease->prepare << "SELECT recipient, body_text FROM mail_outbox WHERE subject = "
                           ":s ORDER BY created_at, id",
         soci::use(subject));
    for (const auto& r : rows)
      out.emplace_back(r.get<std::string>("recipient"), r.get<std::string>("body_text"));
    return out;
  }
  security::User employer_;
  Date published_on_;
};

TEST_P(OfferExpiry, OneReminderAWeekBeforeThenTheOfferExpiresAndCanBeRenewed) {
  const std::string id = published_offer();
  auto& offers = app_->offers();
  auto run = offers.apply_expiry(day(52));
  EXPECT_EQ(run.reminded, 0);
  EXPECT_EQ(run.expired, 0);
  EXPECT_TRUE(reminders().empty());

  run = offers.apply_expiry(day(53));  // valid through day 60, reminded from day 53
  EXPECT_EQ(run.reminded, 1);
  auto mails = reminders();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].first, "patron@logistique.test");
  EXPECT_NE(mails[0].second.find("https://primowork.test/entreprises/offres"), std::string::npos)
      << mails[0].second;
  EXPECT_NE(mails[0].second.find(to_iso(day(60))), std::string::npos) << mails[0].second;
  EXPECT_NE(mails[0].second.find("Cariste"), std::string::npos);
  // Never twice for the same period, whatever the number of runs or nodes.
  EXPECT_EQ(offers.apply_expiry(day(53)).reminded, 0);
  EXPECT_EQ(offers.apply_expiry(day(58)).reminded, 0);
  EXPECT_EQ(reminders().size(), 1u);

  run = offers.apply_expiry(day(60));  // the last valid day
  EXPECT_EQ(run.expired, 0);
  EXPECT_EQ(status_of_last_offer(), "published");
  run = offers.apply_expiry(day(61));
  EXPECT_EQ(run.expired, 1);
  EXPECT_EQ(status_of_last_offer(), "expired");
  EXPECT_EQ(offers.apply_expiry(day(62)).expired, 0);
  {
    auto lease = db_->acquire();
    int logged = 0;
    *lease << "SELECT COUNT(*) FROM offer_status_log WHERE offer_id = :o AND action = 'expire' "
              "AND from_status = 'published' AND to_status = 'expired'",
        soci::into(logged), soci::use(id);
    EXPECT_EQ(logged, 1);
  }
  EXPECT_EQ(audits("offer.expire", "success"), 1);
  EXPECT_EQ(audits("offer.remind", "success"), 1);

  // The employer renews it from their space: back to the coordinator's review.
  const auto me = session_for(employer_);
  auto renewed = request("POST", "/entreprises/offres/" + id + "/action", me.cookie,
                         body_of(me.csrf, {{"decision", "renew"}}));
  EXPECT_EQ(renewed.status, 303);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
}

TEST_P(OfferExpiry, AConfirmationStartsANewPeriodWithItsOwnReminder) {
  const std::string id = published_offer();
  auto& offers = app_->offers();
  EXPECT_EQ(offers.apply_expiry(day(55)).reminded, 1);
  // Day 56: the employer confirms the offer is still open (the clock moves to that day).
  now_ += 56 * 24 * 3600;
  const auto me = session_for(employer_);
  auto confirmed = request("POST", "/entreprises/offres/" + id + "/action", me.cookie,
                           body_of(me.csrf, {{"decision", "confirm"}}));
  ASSERT_EQ(confirmed.status, 303);
  EXPECT_EQ(offers.apply_expiry(day(61)).expired, 0);
  EXPECT_EQ(status_of_last_offer(), "published");
  EXPECT_EQ(offers.apply_expiry(day(56 + 52)).reminded, 0);
  EXPECT_EQ(offers.apply_expiry(day(56 + 53)).reminded, 1);
  EXPECT_EQ(reminders().size(), 2u);
  EXPECT_EQ(offers.apply_expiry(day(56 + 61)).expired, 1);
}

TEST_P(OfferExpiry, OffersInOtherStatusesAreLeftAlone) {
  ASSERT_EQ(post_offer(posting()).status, 303);
  ASSERT_EQ(confirm(mailed_token("rh@logistique.test")).status, 200);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
  published_on_ = app_->offers().today();
  const auto run = app_->offers().apply_expiry(day(400));
  EXPECT_EQ(run.expired, 0);
  EXPECT_EQ(run.reminded, 0);
  EXPECT_EQ(status_of_last_offer(), "pending_review");
}

INSTANTIATE_TEST_SUITE_P(Backends, OfferExpiry, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

INSTANTIATE_TEST_SUITE_P(Backends, OfferPages, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
