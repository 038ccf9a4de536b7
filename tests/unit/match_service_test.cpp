// The matching service through the real pipeline, on both backends: the index filled from the
// database, kept current by the change table (edits, stage moves, offers closed, a second node
// over the same database), who sees what (a counsellor's own files with names, a coordinator's
// consenting people under pseudonyms, employers refused, the person's own offers), limited
// permits matched to their employer, and bad parameters named.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_fixture.h"
#include "companies/company_store.h"
#include "offers/offer_store.h"

namespace primowork {
namespace {

using nlohmann::json;
using security::Role;
using testing_support::AppFixture;

class Matching : public AppFixture {
 protected:
  static security::Actor actor_of(const security::User& user) {
    security::Actor a;
    a.user = user;
    return a;
  }
  // A job seeker in Liège (4000) aiming at kitchen work (G1602), French B1, unlimited access.
  static people::PersonFile seeker(const std::string& given, const std::string& postcode = "4000") {
    people::PersonFile f;
    f.given_name = given;
    f.family_name = "Test";
    f.postcode = postcode;
    f.max_km = 30;
    f.access = "unlimited";
    f.residence_status = "refugee_recognised";
    f.document_type = "A";
    f.document_expiry = parse_iso_date("2028-01-01");
    f.languages = {{"fr", "", "B1", "B1", "B1", "B1"}};
    f.targets = {"G1602"};
    f.past_jobs = {{"G1602", 3, ""}};
    return f;
  }
  std::string create(const security::User& counsellor, const people::PersonFile& f) {
    auto created = app_->people().create(actor_of(counsellor), f);
    EXPECT_TRUE(created.ok()) << (created.ok()
                                      ? ""
                                      : created.error().field + " " + created.error().message_id);
    return created.ok() ? created->file.id : "";
  }
  std::string company(const std::string& name, const std::string& digits) {
    auto lease = db_->acquire();
    companies::store::Company c;
    c.name = name;
    c.enterprise_number = digits;
    c.status = companies::CompanyStatus::kApproved;
    return companies::store::create(*lease, c, "", now_).id;
  }
  // A published offer for a kitchen assistant in Herstal (4040), French A2.
  std::string publish(const std::string& company_id, const std::string& occupation = "G1602",
                      const std::string& postcode = "4040") {
    auto lease = db_->acquire();
    offers::store::Offer o;
    o.company_id = company_id;
    o.draft.title = "Commis de cuisine";
    o.draft.occupation_code = occupation;
    o.draft.postal_code = postcode;
    o.draft.commune = "Herstal";
    o.draft.french_level = offers::CefrLevel::kA2;
    o.draft.skill_codes = app_->offers().core_skills(occupation);
    const Date today = app_->offers().today();
    auto created = offers::store::create(*lease, o, "", today, now_);
    offers::store::move(*lease, created.id, offers::OfferStatus::kDraft,
                        offers::OfferStatus::kPublished, offers::OfferAction::kPublishVetted, "",
                        "", today, now_);
    return created.id;
  }
  void set_status(const std::string& offer_id, offers::OfferStatus from, offers::OfferStatus to) {
    auto lease = db_->acquire();
    offers::store::move(*lease, offer_id, from, to, offers::OfferAction::kClose, "", "",
                        app_->offers().today(), now_);
  }
  json get(const std::string& target, const LoggedIn& s, int expected = 200) {
    auto r = request("GET", target, s.cookie);
    EXPECT_EQ(r.status, expected) << target << " " << r.body;
    return r.body.empty() ? json() : json::parse(r.body, nullptr, false);
  }
  static std::vector<std::string> ids(const json& answer) {
    std::vector<std::string> out;
    for (const auto& m : answer["matches"])
      out.push_back(m["person"].contains("id") ? m["person"]["id"].get<std::string>()
                                               : m["offer"]["id"].get<std::string>());
    return out;
  }
  std::string other_operator() {
    auto lease = db_->acquire();
    return security::accounts::create_organisation(*lease, security::OrgKind::kIntegrationOperator,
                                                   "CISP Autre", now_)
        ->id;
  }
};

TEST_P(Matching, ACounsellorSeesTheBestOfTheirOwnFilesWithExplanations) {
  const auto counsellor = make_user(Role::kCounsellor, "conseil@cripel.test");
  const auto amina = create(counsellor, seeker("Amina"));
  auto no_french = seeker("Bilal");
  no_french.languages = {{"fr", "", "A1", "A1", "A1", "A1"}};  // below the mandatory A2
  const auto bilal = create(counsellor, no_french);
  auto other = make_user(Role::kCounsellor, "conseil@autre.test");
  auto other_org_user = app_->auth().add_user("conseil2@autre.test", "counsellor", other_operator(),
                                              "Autre", kPassword, nullptr);
  ASSERT_TRUE(other_org_user.ok());
  const auto elsewhere = create(*other_org_user, seeker("Chadia"));
  const auto offer = publish(company("Logistique Herstal", "0123456749"));

  const auto s = session_for(counsellor);
  auto answer = get("/api/v1/offers/" + offer + "/matches", s);
  ASSERT_EQ(ids(answer), std::vector<std::string>{amina});  // not Bilal (French), not Chadia
  const auto& m = answer["matches"][0];
  EXPECT_EQ(m["person"]["name"], "Amina Test");
  EXPECT_GT(m["score"].get<double>(), 0);
  EXPECT_LE(m["score"].get<double>(), 100);
  EXPECT_FALSE(m["matched_core_skills"].empty());
  EXPECT_EQ(m["closest_occupation"]["code"], "G1602");
  EXPECT_GT(m["distance_km"].get<double>(), 0);
  ASSERT_FALSE(m["explanation"].empty());
  bool has_score_sentence = false;
  for (const auto& sentence : m["explanation"])
    has_score_sentence |= sentence["kind"] == "score" &&
                          sentence["text"].get<std::string>().find("100") != std::string::npos;
  EXPECT_TRUE(has_score_sentence) << m["explanation"].dump();
  (void)bilal;
  (void)elsewhere;
  (void)other;
}

TEST_P(Matching, TheIndexFollowsEveryWriteWithoutARestart) {
  const auto counsellor = make_user(Role::kCounsellor, "conseil@cripel.test");
  const auto s = session_for(counsellor);
  const auto firm = company("Logistique Herstal", "0123456749");
  const auto offer = publish(firm);
  const auto amina = create(counsellor, seeker("Amina"));
  EXPECT_EQ(ids(get("/api/v1/offers/" + offer + "/matches", s)), std::vector<std::string>{amina});

  // A second file appears at once; an edit that breaks a filter removes it.
  const auto bilal = create(counsellor, seeker("Bilal"));
  EXPECT_EQ(get("/api/v1/offers/" + offer + "/matches", s)["matches"].size(), 2u);
  auto edited = app_->people().view(actor_of(counsellor), bilal)->file;
  edited.no_nights = true;
  edited.max_km = 1;  // Herstal is farther than 1 km from Liège
  ASSERT_TRUE(app_->people().update(actor_of(counsellor), edited).ok());
  EXPECT_EQ(ids(get("/api/v1/offers/" + offer + "/matches", s)), std::vector<std::string>{amina});

  // A file moved to "employed" leaves the index; its offers list is then empty.
  ASSERT_TRUE(app_->people().move_stage(actor_of(counsellor), amina, "employed").ok());
  EXPECT_TRUE(get("/api/v1/offers/" + offer + "/matches", s)["matches"].empty());

  // Another node over the same database sees the same, from the change table alone.
  const auto chadia = create(counsellor, seeker("Chadia"));
  app::Application second(config_, *db_, [this] { return now_.load(); });
  security::Actor a = actor_of(counsellor);
  auto seen = second.matches().people_for_offer(a, offer, 10, "fr");
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen->size(), 1u);
  EXPECT_EQ((*seen)[0].person_id, chadia);
  const auto dounia = create(counsellor, seeker("Dounia"));  // written through the first node
  seen = second.matches().people_for_offer(a, offer, 10, "fr");
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen->size(), 2u);

  // A closed offer has no suggestions any more (not found), on both nodes.
  set_status(offer, offers::OfferStatus::kPublished, offers::OfferStatus::kClosed);
  get("/api/v1/offers/" + offer + "/matches", s, 404);
  EXPECT_FALSE(second.matches().people_for_offer(a, offer, 10, "fr").ok());
  (void)dounia;
}

TEST_P(Matching, ACoordinatorSeesOnlyConsentingPeopleUnderPseudonyms) {
  const auto counsellor = make_user(Role::kCounsellor, "conseil@cripel.test");
  const auto amina = create(counsellor, seeker("Amina"));
  create(counsellor, seeker("Bilal"));
  ASSERT_TRUE(app_->people()
                  .record_consent(actor_of(counsellor), amina, "employer_visibility", "", false)
                  .ok());
  const auto offer = publish(company("Logistique Herstal", "0123456749"));
  const auto coord = session_for(make_user(Role::kCoordinator, "coord@ibefe.test", true));
  auto r = request("GET", "/api/v1/offers/" + offer + "/matches", coord.cookie);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find("Amina"), std::string::npos);  // no names
  EXPECT_EQ(r.body.find("Bilal"), std::string::npos);
  const auto answer = json::parse(r.body);
  ASSERT_EQ(answer["matches"].size(), 1u);
  EXPECT_EQ(answer["matches"][0]["person"]["pseudonym"].get<std::string>().rfind("Profil P-", 0),
            0u);
  EXPECT_FALSE(answer["matches"][0]["person"].contains("id"));
  EXPECT_TRUE(answer["matches"][0]["employer_visibility_consent"].get<bool>());
}

TEST_P(Matching, PeopleSeeTheirOwnOffersAndOthersAreRefused) {
  const auto counsellor = make_user(Role::kCounsellor, "conseil@cripel.test");
  const auto amina = create(counsellor, seeker("Amina"));
  const auto bilal = create(counsellor, seeker("Bilal"));
  const auto firm = company("Logistique Herstal", "0123456749");
  const auto near = publish(firm);
  const auto far = publish(firm, "G1602", "4960");  // Malmedy: beyond 30 km
  const auto candidate = make_user(Role::kCandidate, "amina@exemple.test");
  ASSERT_TRUE(app_->people().link_account(actor_of(counsellor), amina, candidate.id).ok());

  const auto me = session_for(candidate);
  auto mine = get("/api/v1/people/" + amina + "/matches?limit=5", me);
  EXPECT_EQ(ids(mine), std::vector<std::string>{near});
  EXPECT_EQ(mine["matches"][0]["offer"]["company"], "Logistique Herstal");
  EXPECT_EQ(mine["matches"][0]["offer"]["url"], "/offres/" + near);
  get("/api/v1/people/" + bilal + "/matches", me, 404);  // someone else's file

  const auto s = session_for(counsellor);
  EXPECT_EQ(ids(get("/api/v1/people/" + bilal + "/matches", s)), std::vector<std::string>{near});
  const auto employer = session_for(make_user(Role::kEmployer, "rh@logistique.test"));
  get("/api/v1/offers/" + near + "/matches", employer, 403);
  get("/api/v1/people/" + amina + "/matches", employer, 403);
  auto bad = request("GET", "/api/v1/people/" + amina + "/matches?limit=0", s.cookie);
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("limit"), std::string::npos);
  EXPECT_EQ(request("GET", "/api/v1/offers/" + near + "/matches?limit=abc", s.cookie).status, 422);
  (void)far;
}

TEST_P(Matching, ALimitedPermitMatchesOnlyItsEmployerAndFunction) {
  const auto counsellor = make_user(Role::kCounsellor, "conseil@cripel.test");
  const auto named = company("Logistique Herstal", "0123456749");
  const auto other = company("Entrepôts Meuse", "0987654312");
  auto f = seeker("Amina");
  f.access = "limited";
  f.residence_status = "single_permit_limited";
  f.limited_reason = "single_permit_employer";
  f.authorised_employer = "BE 0123.456.749";
  f.authorised_function = "G1602";
  const auto amina = create(counsellor, f);
  const auto at_named = publish(named);
  const auto at_other = publish(other);
  const auto s = session_for(counsellor);
  EXPECT_EQ(ids(get("/api/v1/people/" + amina + "/matches", s)),
            std::vector<std::string>{at_named});
  // The same person named by company name (case and accents ignored) in the file.
  auto edited = app_->people().view(actor_of(counsellor), amina)->file;
  edited.authorised_employer = "ENTREPOTS MEUSE";
  ASSERT_TRUE(app_->people().update(actor_of(counsellor), edited).ok());
  EXPECT_EQ(ids(get("/api/v1/people/" + amina + "/matches", s)),
            std::vector<std::string>{at_other});
  // An employer nobody knows: no offer at all, never a job the person may not take.
  edited.authorised_employer = "Société inconnue";
  ASSERT_TRUE(app_->people().update(actor_of(counsellor), edited).ok());
  EXPECT_TRUE(get("/api/v1/people/" + amina + "/matches", s)["matches"].empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, Matching, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
