// The person file through the real pipeline: creating a file from the form (errors named next
// to their fields, nothing saved), reading it (audited), another organisation's counsellor refused
// as "not found" (audited as denied), stage and tasks, the worklist, and the JSON API.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "app_fixture.h"
#include "platform/http/url.h"
#include "people/document.h"
#include "platform/file_store.h"
#include "security/audit.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;

class PersonFilePages : public AppFixture {
 protected:
  std::string form(const LoggedIn& s, const std::map<std::string, std::string>& fields) {
    std::string body = "_csrf=" + http::percent_encode(s.csrf);
    for (const auto& [k, v] : fields) body += "&" + k + "=" + http::percent_encode(v);
    return body;
  }
  std::map<std::string, std::string> valid_fields() {
    return {{"given_name", "Amina"},        {"family_name", "Diallo"},
            {"birth_date", "1990-04-02"},   {"preferred_language", "ar"},
            {"phone", "+32 470 12 34 56"},  {"postcode", "4100"},
            {"max_km", "20"},               {"licences", "B"},
            {"licence_origin", "non_EU"},   {"residence_status", "refugee_recognised"},
            {"document_type", "A"},         {"document_expiry", "2026-10-15"},
            {"access", "unlimited"},        {"fr_speaking", "B1"},
            {"fr_listening", "B1"},         {"lang1_code", "ar"},
            {"lang1_level", "C2"},          {"target1", "Cariste"},
            {"past_occupation", "N1101"},   {"past_years", "4"},
            {"no_nights", "1"}};
  }
  int audits(const std::string& action, const std::string& outcome) {
    auto lease = db_->acquire();
    security::AuditFilter f;
    f.action = action;
    f.outcome = outcome;
    f.limit = 100;
    return static_cast<int>(security::audit::query(*lease, f).size());
  }
  http::Response json_request(const std::string& method, const std::string& target,
                              const LoggedIn& s, const std::string& body) {
    http::Request r;
    r.method = method;
    r.target = target;
    r.remote_address = "192.0.2.10";
    r.headers.add("Cookie", s.cookie);
    r.headers.add("X-CSRF-Token", s.csrf);
    r.headers.add("Content-Type", "application/json");
    r.body = body;
    return app_->pipeline().handle(r);
  }
  http::Response upload(const std::string& target, const LoggedIn& s, const std::string& kind,
                        const std::string& filename, const std::string& data) {
    const std::string boundary = "----primowork-test-boundary";
    std::string body;
    auto part = [&](const std::string& headers, const std::string& value) {
      body += "--" + boundary + "\r\n" + headers + "\r\n\r\n" + value + "\r\n";
    };
    part("Content-Disposition: form-data; name=\"_csrf\"", s.csrf);
    part("Content-Disposition: form-data; name=\"kind\"", kind);
    part("Content-Disposition: form-data; name=\"file\"; filename=\"" + filename +
             "\"\r\nContent-Type: application/octet-stream",
         data);
    body += "--" + boundary + "--\r\n";
    http::Request r;
    r.method = "POST";
    r.target = target;
    r.remote_address = "192.0.2.10";
    r.headers.add("Cookie", s.cookie);
    r.headers.add("Content-Type", "multipart/form-data; boundary=" + boundary);
    r.body = body;
    return app_->pipeline().handle(r);
  }
  static int files_in(const std::string& dir) {
    int n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir, ec);
         !ec && it != std::filesystem::directory_iterator(); ++it)
      ++n;
    return n;
  }
  // A counsellor of a second organisation.
  security::User other_counsellor() {
    std::string org_id;
    {
      auto lease = db_->acquire();
      org_id = security::accounts::create_organisation(
                   *lease, security::OrgKind::kIntegrationOperator, "CISP Ailleurs", now_)
                   ->id;
    }
    auto user = app_->auth().add_user("autre@conseil.test", "counsellor", org_id, "Autre", kPassword,
                                      nullptr);
    return *user;
  }
};

TEST_P(PersonFilePages, CreateReadAuditAndRefuseOtherOrganisations) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string location = created.headers.get("Location").value_or("");
  ASSERT_EQ(location.rfind("/accompagnement/per_", 0), 0u) << location;
  const std::string path = location.substr(0, location.find('?'));

  auto shown = request("GET", location, me.cookie);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Amina Diallo"), std::string::npos);
  EXPECT_NE(shown.body.find("Cariste (N1101)"), std::string::npos);  // the label was resolved
  EXPECT_NE(shown.body.find("Réfugié reconnu"), std::string::npos);
  EXPECT_NE(shown.body.find("expire dans 24 jours"), std::string::npos);  // 2026-09-21 -> 10-15
  EXPECT_EQ(audits("person.read", "success"), 1);

  const auto stranger = session_for(other_counsellor());
  EXPECT_EQ(request("GET", path, stranger.cookie).status, 404);
  EXPECT_EQ(request("POST", path + "/etape", stranger.cookie,
                    form(stranger, {{"stage", "closed"}}))
                .status,
            404);
  EXPECT_EQ(audits("person.read", "denied"), 1);
  EXPECT_EQ(audits("person.stage", "denied"), 1);
  auto theirs = request("GET", "/accompagnement", stranger.cookie);
  EXPECT_EQ(theirs.body.find("Diallo"), std::string::npos);

  // Same person again in the other organisation: flagged, without showing the first file.
  auto twin = request("POST", "/accompagnement/nouveau", stranger.cookie,
                      form(stranger, valid_fields()));
  ASSERT_EQ(twin.status, 303);
  auto twin_page = request("GET", twin.headers.get("Location").value_or(""), stranger.cookie);
  EXPECT_NE(twin_page.body.find("autre organisation"), std::string::npos);
  EXPECT_EQ(twin_page.body.find(path), std::string::npos);
}

TEST_P(PersonFilePages, BadInputIsNamedAndNothingIsSaved) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto fields = valid_fields();
  fields["family_name"] = "";
  fields["document_expiry"] = "";
  fields["fr_speaking"] = "B9";
  fields["postcode"] = "9999";
  fields["max_km"] = "loin";
  auto r = request("POST", "/accompagnement/nouveau", me.cookie, form(me, fields));
  EXPECT_EQ(r.status, 422);
  for (const char* id : {"field-family_name", "field-document_expiry", "field-fr_speaking",
                         "field-postcode", "field-max_km"}) {
    EXPECT_NE(r.body.find(std::string("href=\"#") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Amina\""), std::string::npos);  // what was typed stays
  auto lease = db_->acquire();
  int count = -1;
  *lease << "SELECT COUNT(*) FROM people", soci::into(count);
  EXPECT_EQ(count, 0);
}

TEST_P(PersonFilePages, StageTasksAndWorklist) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto fields = valid_fields();
  fields["document_expiry"] = "2028-01-01";
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, fields));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  EXPECT_EQ(request("POST", path + "/etape", me.cookie, form(me, {{"stage", "training"}})).status,
            303);
  EXPECT_EQ(request("POST", path + "/taches", me.cookie,
                    form(me, {{"title", "Demander l'équivalence"}, {"due", "2026-09-01"}}))
                .status,
            303);
  auto empty_task = request("POST", path + "/taches", me.cookie, form(me, {{"title", " "}}));
  EXPECT_EQ(empty_task.status, 422);
  EXPECT_NE(empty_task.body.find("title-error"), std::string::npos);
  auto page = request("GET", path, me.cookie);
  EXPECT_NE(page.body.find("En formation"), std::string::npos);
  EXPECT_NE(page.body.find("en retard"), std::string::npos);
  auto list = request("GET", "/accompagnement", me.cookie);
  EXPECT_NE(list.body.find("Tâche en retard"), std::string::npos);
  EXPECT_NE(request("GET", "/accompagnement?q=diallo", me.cookie).body.find("Diallo Amina"),
            std::string::npos);
  EXPECT_EQ(request("GET", "/accompagnement?q=zz", me.cookie).body.find("Diallo Amina"),
            std::string::npos);
  // Closed files leave the worklist; a closed file reopens only at orientation.
  request("POST", path + "/etape", me.cookie, form(me, {{"stage", "closed"}}));
  EXPECT_EQ(request("GET", "/accompagnement", me.cookie).body.find("Diallo"), std::string::npos);
  EXPECT_EQ(request("POST", path + "/etape", me.cookie, form(me, {{"stage", "employed"}})).status,
            422);
}

TEST_P(PersonFilePages, JsonApi) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  const nlohmann::json file = {{"given_name", "Oleksandr"},
                               {"family_name", "Kovalenko"},
                               {"postcode", "4000"},
                               {"residence_status", "temporary_protection"},
                               {"document_type", "A"},
                               {"document_expiry", "2027-03-04"},
                               {"access", "unlimited"},
                               {"languages", {{{"language", "fr"}, {"speaking", "A2"}}}},
                               {"targets", {"N1101"}}};
  auto created = json_request("POST", "/api/v1/people", me, file.dump());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = nlohmann::json::parse(created.body);
  const std::string id = body["id"];
  auto got = json_request("GET", "/api/v1/people/" + id, me, "");
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(nlohmann::json::parse(got.body)["targets"][0], "N1101");

  nlohmann::json bad = file;
  bad["document_expiry"] = "2027-02-30";
  bad["languages"][0]["speaking"] = "Z1";
  bad["max_km"] = "far";
  auto refused = json_request("POST", "/api/v1/people", me, bad.dump());
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.headers.get("Content-Type").value_or(""), "application/problem+json");
  std::set<std::string> fields;
  const auto problem = nlohmann::json::parse(refused.body);
  for (const auto& e : problem["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_EQ(fields.size(), 3u) << refused.body;
  EXPECT_TRUE(fields.count("document_expiry"));
  EXPECT_TRUE(fields.count("languages[0].speaking"));
  EXPECT_TRUE(fields.count("max_km"));
  EXPECT_EQ(json_request("POST", "/api/v1/people", me, "{not json").status, 400);

  nlohmann::json changed = file;
  changed["phone"] = "04 123 45 67";
  EXPECT_EQ(json_request("PUT", "/api/v1/people/" + id, me, changed.dump()).status, 200);
  const auto stranger = session_for(other_counsellor());
  EXPECT_EQ(json_request("PUT", "/api/v1/people/" + id, stranger, changed.dump()).status, 404);
  EXPECT_EQ(json_request("GET", "/api/v1/people/" + id, stranger, "").status, 404);
  auto list = json_request("GET", "/api/v1/people", me, "");
  EXPECT_EQ(nlohmann::json::parse(list.body)["people"].size(), 1u);
  // The same operations as the pages, with named errors.
  const std::string base = "/api/v1/people/" + id;
  EXPECT_EQ(json_request("POST", base + "/stage", me, R"({"stage":"training"})").status, 200);
  EXPECT_EQ(json_request("POST", base + "/stage", me, R"({"stage":"limbo"})").status, 422);
  EXPECT_EQ(json_request("POST", base + "/tasks", me, R"({"title":"Forem","due":"2026-10-01"})")
                .status,
            201);
  auto bad_task = json_request("POST", base + "/tasks", me, R"({"title":"X","due":"demain"})");
  EXPECT_EQ(bad_task.status, 422);
  EXPECT_NE(bad_task.body.find("\"due\""), std::string::npos);
  EXPECT_EQ(json_request("POST", base + "/consents", me, R"({"kind":"processing","on_paper":true})")
                .status,
            201);
  EXPECT_EQ(json_request("POST", base + "/notes", me, R"({"text":"Suivi","sensitive":true})")
                .status,
            201);
  EXPECT_EQ(json_request("POST", base + "/shares", me, R"({"scope":[],"ends_on":"2026-12-01"})")
                .status,
            422);
  auto exported = json_request("GET", base + "/export", me, "");
  ASSERT_EQ(exported.status, 200);
  const auto everything = nlohmann::json::parse(exported.body);
  EXPECT_EQ(everything["stage"], "training");
  EXPECT_EQ(everything["tasks"].size(), 1u);
  EXPECT_EQ(everything["consents"].size(), 1u);
  EXPECT_EQ(everything["notes"][0]["text"], "Suivi");
  EXPECT_EQ(json_request("GET", base + "/export", stranger, "").status, 404);
  auto diploma = json_request("POST", base + "/diplomas", me,
                              R"({"title":"Bachelor","country":"Ukraine","level":"bachelor",)"
                              R"("status":"decided","decision":"level","decided_on":"2026-01-10"})");
  EXPECT_EQ(diploma.status, 201) << diploma.body;
  auto bad_diploma = json_request("POST", base + "/diplomas", me,
                                  R"({"title":"","country":"X","level":"nope","status":"decided"})");
  EXPECT_EQ(bad_diploma.status, 422);
  const std::string consent_id = everything["consents"][0]["id"];
  EXPECT_EQ(json_request("POST", base + "/consents/" + consent_id + "/withdraw", me, "{}").status,
            200);
  EXPECT_EQ(json_request("POST", base + "/consents/" + consent_id + "/withdraw", me, "{}").status,
            409);
  EXPECT_EQ(json_request("POST", base + "/erase", me, "{}").status, 422);
  EXPECT_EQ(json_request("POST", base + "/erase", me, R"({"confirm":true})").status, 200);
  EXPECT_EQ(json_request("GET", base, me, "").status, 404);
}

TEST_P(PersonFilePages, ASharedFileShowsOnlyItsScopeAndNothingOnceEnded) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  const auto stranger_user = other_counsellor();
  const auto stranger = session_for(stranger_user);
  EXPECT_EQ(request("GET", path, stranger.cookie).status, 404);
  std::string other_org;
  {
    auto lease = db_->acquire();
    *lease << "SELECT organisation_id FROM memberships WHERE user_id = :u", soci::into(other_org),
        soci::use(stranger_user.id);
  }
  // Refused shares name their fields and create nothing.
  auto refused = request("POST", path + "/partages", me.cookie,
                         form(me, {{"organisation", other_org}, {"ends_on", "2026-01-01"}}));
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("scope-error"), std::string::npos);
  EXPECT_EQ(request("GET", path, stranger.cookie).status, 404);

  auto shared = request("POST", path + "/partages", me.cookie,
                        form(me, {{"organisation", other_org},
                                  {"scope", "languages"},
                                  {"ends_on", "2026-12-31"}}));
  ASSERT_EQ(shared.status, 303) << shared.body;
  auto seen = request("GET", path, stranger.cookie);
  ASSERT_EQ(seen.status, 200);
  EXPECT_NE(seen.body.find("Amina Diallo"), std::string::npos);
  EXPECT_NE(seen.body.find("Dossier partagé par"), std::string::npos);
  EXPECT_NE(seen.body.find("Français : expression orale"), std::string::npos);
  for (const char* hidden : {"+32 470", "Réfugié reconnu", "Cariste", "/modifier", "/etape",
                             "/taches", "Consentements"}) {
    EXPECT_EQ(seen.body.find(hidden), std::string::npos) << hidden;
  }
  EXPECT_NE(request("GET", "/accompagnement", stranger.cookie).body.find("Diallo Amina"),
            std::string::npos);
  EXPECT_EQ(request("POST", path + "/etape", stranger.cookie, form(stranger, {{"stage", "closed"}}))
                .status,
            404);
  auto api = request("GET", "/api/v1/people/" + path.substr(path.rfind('/') + 1), stranger.cookie);
  EXPECT_EQ(api.status, 200);
  EXPECT_EQ(api.body.find("+32 470"), std::string::npos);

  std::string share_id;
  {
    auto lease = db_->acquire();
    *lease << "SELECT id FROM person_shares", soci::into(share_id);
  }
  EXPECT_EQ(request("POST", path + "/partages/" + share_id + "/fin", me.cookie, form(me, {})).status,
            303);
  EXPECT_EQ(request("GET", path, stranger.cookie).status, 404);
  EXPECT_EQ(request("GET", "/accompagnement", stranger.cookie).body.find("Diallo"),
            std::string::npos);

  // A share also ends with its date.
  request("POST", path + "/partages", me.cookie,
          form(me, {{"organisation", other_org}, {"scope", "identity"}, {"ends_on", "2026-09-30"}}));
  EXPECT_EQ(request("GET", path, stranger.cookie).status, 200);
  now_ += 10 * 86400;  // 2026-10-01 (a new session: the old one timed out)
  EXPECT_EQ(request("GET", path, session_for(stranger_user).cookie).status, 404);
  EXPECT_GE(audits("person.read", "denied"), 3);
}

TEST_P(PersonFilePages, ThePersonReadsWithdrawsCorrectsAndDownloads) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  const auto candidate_user = make_user(Role::kCandidate, "amina@personne.test");
  const auto candidate = session_for(candidate_user);
  auto none = request("GET", "/mon-dossier", candidate.cookie);
  EXPECT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("Aucun dossier"), std::string::npos);

  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  ASSERT_EQ(request("POST", path + "/compte", me.cookie, form(me, {{"account", candidate_user.id}}))
                .status,
            303);
  ASSERT_EQ(request("POST", path + "/consentements", me.cookie,
                    form(me, {{"kind", "employer_visibility"}, {"on_paper", "1"}}))
                .status,
            303);
  EXPECT_EQ(request("POST", path + "/consentements", me.cookie,
                    form(me, {{"kind", "everything"}}))
                .status,
            422);

  auto mine = request("GET", "/mon-dossier", candidate.cookie);
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("Amina"), std::string::npos);
  EXPECT_NE(mine.body.find("Retirer mon accord"), std::string::npos);
  std::string consent_id;
  {
    auto lease = db_->acquire();
    *lease << "SELECT id FROM person_consents", soci::into(consent_id);
  }
  auto withdrawn = request("POST", "/mon-dossier/consentements/" + consent_id + "/retirer",
                           candidate.cookie, form(candidate, {}));
  EXPECT_EQ(withdrawn.status, 303);
  EXPECT_EQ(audits("person.consent_withdraw", "success"), 1);
  EXPECT_NE(request("GET", "/mon-dossier", candidate.cookie).body.find("retiré"),
            std::string::npos);

  auto bad = request("POST", "/mon-dossier/contact", candidate.cookie,
                     form(candidate, {{"phone", "call me"}, {"preferred_language", "ar"}}));
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("phone-error"), std::string::npos);
  EXPECT_EQ(request("POST", "/mon-dossier/contact", candidate.cookie,
                    form(candidate, {{"phone", "0471 00 00 00"}, {"preferred_language", "en"}}))
                .status,
            303);
  auto exported = request("GET", "/mon-dossier/export", candidate.cookie);
  ASSERT_EQ(exported.status, 200);
  EXPECT_NE(exported.headers.get("Content-Disposition").value_or("").find("attachment"),
            std::string::npos);
  const auto data = nlohmann::json::parse(exported.body);
  EXPECT_EQ(data["phone"], "0471 00 00 00");
  EXPECT_EQ(data["preferred_language"], "en");
  ASSERT_EQ(data["consents"].size(), 1u);
  EXPECT_TRUE(data["consents"][0]["withdrawn"].get<bool>());
  EXPECT_EQ(audits("person.export", "success"), 1);
  // In English when the person chooses it.
  auto english = request("GET", "/mon-dossier", candidate.cookie + "; lang=en");
  EXPECT_NE(english.body.find("My file"), std::string::npos);
  // Another candidate has no way in.
  const auto other = session_for(make_user(Role::kCandidate, "autre@personne.test"));
  EXPECT_EQ(request("GET", "/mon-dossier", other.cookie).body.find("Amina"), std::string::npos);
}

TEST_P(PersonFilePages, SensitiveNotesAreSealedAndStayInTheOrganisation) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  const auto candidate_user = make_user(Role::kCandidate, "amina@personne.test");
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  request("POST", path + "/compte", me.cookie, form(me, {{"account", candidate_user.id}}));
  EXPECT_EQ(request("POST", path + "/notes", me.cookie,
                    form(me, {{"body", "Deuil du métier d'infirmière : en parler doucement"},
                              {"sensitive", "1"}}))
                .status,
            303);
  EXPECT_EQ(request("POST", path + "/notes", me.cookie, form(me, {{"body", "Rendez-vous pris"}}))
                .status,
            303);
  EXPECT_EQ(request("POST", path + "/notes", me.cookie, form(me, {{"body", "  "}})).status, 422);
  {
    auto lease = db_->acquire();
    std::string sealed;
    soci::indicator body_ind = soci::i_ok;
    std::string body;
    *lease << "SELECT sealed, body FROM person_notes WHERE sensitive = 1", soci::into(sealed),
        soci::into(body, body_ind);
    EXPECT_EQ(body_ind, soci::i_null);
    EXPECT_EQ(sealed.find("infirmière"), std::string::npos);
    EXPECT_EQ(sealed.rfind("v1:", 0), 0u);
  }
  auto page = request("GET", path, me.cookie);
  EXPECT_NE(page.body.find("Deuil du métier"), std::string::npos);
  EXPECT_NE(page.body.find("Note sensible"), std::string::npos);
  // The person's own page and export: the ordinary note, not the sensitive one.
  const auto candidate = session_for(candidate_user);
  auto exported = request("GET", "/mon-dossier/export", candidate.cookie);
  EXPECT_NE(exported.body.find("Rendez-vous pris"), std::string::npos);
  EXPECT_EQ(exported.body.find("Deuil"), std::string::npos);
  // Another organisation, even with every part shared, never reads notes.
  const auto stranger_user = other_counsellor();
  std::string other_org;
  {
    auto lease = db_->acquire();
    *lease << "SELECT organisation_id FROM memberships WHERE user_id = :u", soci::into(other_org),
        soci::use(stranger_user.id);
  }
  request("POST", path + "/partages", me.cookie,
          form(me, {{"organisation", other_org}, {"scope", "identity"}, {"scope", "rights"},
                    {"scope", "languages"}, {"scope", "project"}, {"scope", "journey"},
                    {"ends_on", "2026-12-31"}}));
  auto shared = request("GET", path, session_for(stranger_user).cookie);
  ASSERT_EQ(shared.status, 200);
  EXPECT_EQ(shared.body.find("Deuil"), std::string::npos);
  EXPECT_EQ(shared.body.find("Rendez-vous pris"), std::string::npos);
}

TEST_P(PersonFilePages, DiplomasFollowTheEquivalenceWorkflow) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  auto refused = request("POST", path + "/diplomes", me.cookie,
                         form(me, {{"d_title", ""},
                                   {"d_country", "Maroc"},
                                   {"d_level", "bachelor"},
                                   {"d_status", "pending"},
                                   {"d_decision", "refused"},
                                   {"d_submitted_on", "2026-02-30"},
                                   {"d_fee", "beaucoup"}}));
  EXPECT_EQ(refused.status, 422);
  for (const char* id : {"d_title-error", "d_decision-error", "d_submitted_on-error", "d_fee-error"})
    EXPECT_NE(refused.body.find(id), std::string::npos) << id;
  EXPECT_NE(refused.body.find("value=\"Maroc\""), std::string::npos);
  ASSERT_EQ(request("POST", path + "/diplomes", me.cookie,
                    form(me, {{"d_title", "Licence en soins infirmiers"},
                              {"d_country", "Maroc"},
                              {"d_level", "bachelor"},
                              {"d_status", "file_submitted"},
                              {"d_submitted_on", "2026-05-02"},
                              {"d_fee", "200"},
                              {"d_opens_occupation", "J1506"}}))
                .status,
            303);
  std::string diploma;
  {
    auto lease = db_->acquire();
    *lease << "SELECT id FROM person_diplomas", soci::into(diploma);
  }
  // Decided before it was submitted: refused; then a real decision.
  EXPECT_EQ(request("POST", path + "/diplomes/" + diploma + "/statut", me.cookie,
                    form(me, {{"status", "decided"}, {"decision", "level"},
                              {"decided_on", "2026-04-01"}}))
                .status,
            422);
  EXPECT_EQ(request("POST", path + "/diplomes/" + diploma + "/statut", me.cookie,
                    form(me, {{"status", "decided"}, {"decision", "specific_grade"},
                              {"decided_on", "2026-09-01"}}))
                .status,
            303);
  auto page = request("GET", path, me.cookie);
  EXPECT_NE(page.body.find("Licence en soins infirmiers"), std::string::npos);
  EXPECT_NE(page.body.find("Équivalence à un diplôme précis"), std::string::npos);
  EXPECT_NE(page.body.find("frais : 200 €"), std::string::npos);
  EXPECT_EQ(audits("person.diploma", "success"), 2);
}

TEST_P(PersonFilePages, ErasureKeepsOnlyAnonymousCountsAndRetentionErasesOldClosedFiles) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto make_file = [&](const std::string& family) {
    auto fields = valid_fields();
    fields["family_name"] = family;
    fields["phone"] = "";
    fields["birth_date"] = "";
    auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, fields));
    const std::string location = created.headers.get("Location").value_or("");
    return location.substr(0, location.find('?'));
  };
  const std::string path = make_file("Diallo");
  request("POST", path + "/notes", me.cookie, form(me, {{"body", "Une note"}}));
  request("POST", path + "/consentements", me.cookie, form(me, {{"kind", "processing"}}));
  EXPECT_EQ(request("POST", path + "/effacer", me.cookie, form(me, {})).status, 422);
  EXPECT_EQ(request("GET", path, me.cookie).status, 200);  // nothing erased without the tick
  EXPECT_EQ(request("POST", path + "/effacer", me.cookie, form(me, {{"confirm", "1"}})).status, 303);
  EXPECT_EQ(request("GET", path, me.cookie).status, 404);
  EXPECT_EQ(audits("person.erase", "success"), 1);
  {
    auto lease = db_->acquire();
    int people = 0, notes = 0, consents = 0, languages = 0, log = 0;
    std::string family, target;
    *lease << "SELECT COUNT(*) FROM people", soci::into(people);
    *lease << "SELECT family_name FROM people", soci::into(family);
    *lease << "SELECT COUNT(*) FROM person_notes", soci::into(notes);
    *lease << "SELECT COUNT(*) FROM person_consents", soci::into(consents);
    *lease << "SELECT COUNT(*) FROM person_languages", soci::into(languages);
    *lease << "SELECT COUNT(*) FROM person_stage_log", soci::into(log);
    *lease << "SELECT occupation FROM person_targets", soci::into(target);
    EXPECT_EQ(people, 1);  // still counted
    EXPECT_EQ(family, "-");
    EXPECT_EQ(notes + consents + languages, 0);
    EXPECT_EQ(log, 1);
    EXPECT_EQ(target, "N1101");
  }
  // Retention: a closed file untouched for longer than the period is erased, an open one is not.
  const std::string closed = make_file("Ancien");
  const std::string open = make_file("Actuel");
  request("POST", closed + "/etape", me.cookie, form(me, {{"stage", "closed"}}));
  EXPECT_EQ(app_->people().apply_retention(30), 0);  // closed today: kept
  now_ += 31 * 86400;
  EXPECT_EQ(app_->people().apply_retention(30), 1);
  EXPECT_EQ(app_->people().apply_retention(30), 0);  // once
  const auto fresh = session_for(make_user(Role::kCounsellor, "d@conseil.test"));
  EXPECT_EQ(request("GET", closed, fresh.cookie).status, 404);
  EXPECT_EQ(request("GET", open, fresh.cookie).status, 200);
  EXPECT_EQ(app_->people().apply_retention(0), 0);  // 0 disables it
}

TEST_P(PersonFilePages, DocumentsAreCheckedStoredAsideAndDownloadedOnlyByRightPeople) {
  std::filesystem::remove_all(config_.documents_dir);
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  const auto candidate_user = make_user(Role::kCandidate, "amina@personne.test");
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  request("POST", path + "/compte", me.cookie, form(me, {{"account", candidate_user.id}}));
  const std::string pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "not really an image";

  auto disguised = upload(path + "/documents", me, "cv", "cv.pdf", png);
  EXPECT_EQ(disguised.status, 422);
  EXPECT_NE(disguised.body.find("file-error"), std::string::npos);
  EXPECT_EQ(upload(path + "/documents", me, "cv", "virus.exe", "MZ\x90\x00").status, 422);
  EXPECT_EQ(upload(path + "/documents", me, "cv", "big.pdf",
                   "%PDF-" + std::string(people::kMaxDocumentBytes, 'x'))
                .status,
            422);
  EXPECT_EQ(files_in(config_.documents_dir), 0);  // nothing half-saved

  ASSERT_EQ(upload(path + "/documents", me, "cv", "../../CV Amina.pdf", pdf).status, 303);
  EXPECT_EQ(files_in(config_.documents_dir), 1);
  std::string id, sha, filename;
  {
    auto lease = db_->acquire();
    *lease << "SELECT id, sha256, filename FROM person_documents", soci::into(id), soci::into(sha),
        soci::into(filename);
  }
  EXPECT_EQ(sha, FileStore::sha256_hex(pdf));
  EXPECT_EQ(filename, "CV Amina.pdf");  // no path
  auto got = request("GET", path + "/documents/" + id, me.cookie);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.body, pdf);
  EXPECT_EQ(got.headers.get("Content-Type").value_or(""), "application/pdf");
  EXPECT_NE(got.headers.get("Content-Disposition").value_or("").find("attachment"),
            std::string::npos);
  EXPECT_EQ(audits("person.document_read", "success"), 1);
  // The person downloads their own document; another counsellor, even with a share, does not.
  EXPECT_EQ(request("GET", "/mon-dossier/documents/" + id, session_for(candidate_user).cookie)
                .body,
            pdf);
  const auto stranger_user = other_counsellor();
  std::string other_org;
  {
    auto lease = db_->acquire();
    *lease << "SELECT organisation_id FROM memberships WHERE user_id = :u", soci::into(other_org),
        soci::use(stranger_user.id);
  }
  request("POST", path + "/partages", me.cookie,
          form(me, {{"organisation", other_org}, {"scope", "project"}, {"ends_on", "2026-12-31"}}));
  EXPECT_EQ(request("GET", path + "/documents/" + id, session_for(stranger_user).cookie).status,
            404);
  // Erasure removes the bytes too.
  request("POST", path + "/effacer", me.cookie, form(me, {{"confirm", "1"}}));
  EXPECT_EQ(files_in(config_.documents_dir), 0);
}

TEST_P(PersonFilePages, AFormerProfessionOutOfReachBringsUpPivots) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto fields = valid_fields();
  fields["target1"] = "";
  fields["past_occupation"] = "J1506";  // nurse: regulated, no recognised diploma yet
  fields["former_profession_inaccessible"] = "J1506";
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, fields));
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string location = created.headers.get("Location").value_or("");
  auto page = request("GET", location.substr(0, location.find('?')), me.cookie);
  const auto start = page.body.find("id=\"pivots\"");
  ASSERT_NE(start, std::string::npos);
  const std::string list = page.body.substr(start, page.body.find("</ul>", start) - start);
  EXPECT_NE(list.find("/metiers/"), std::string::npos);
  EXPECT_EQ(list.find("/metiers/J1506"), std::string::npos);  // not the occupation out of reach
  EXPECT_NE(list.find("compétences déjà acquises"), std::string::npos);
}

TEST_P(PersonFilePages, SkillsAreOfferedFromTheOccupationsAndValidated) {
  const auto me = session_for(make_user(Role::kCounsellor, "c@conseil.test"));
  auto created = request("POST", "/accompagnement/nouveau", me.cookie, form(me, valid_fields()));
  const std::string location = created.headers.get("Location").value_or("");
  const std::string path = location.substr(0, location.find('?'));
  auto edit = request("GET", path + "/modifier", me.cookie);
  ASSERT_EQ(edit.status, 200);
  const auto at = edit.body.find("name=\"skills\" type=\"checkbox\" value=\"");
  ASSERT_NE(at, std::string::npos);  // the cariste's core skills are offered
  const auto start = at + std::string("name=\"skills\" type=\"checkbox\" value=\"").size();
  const std::string code = edit.body.substr(start, edit.body.find('"', start) - start);
  auto fields = valid_fields();
  fields["skills"] = code;
  fields["validated"] = code;
  ASSERT_EQ(request("POST", path + "/modifier", me.cookie, form(me, fields)).status, 303);
  auto page = request("GET", path, me.cookie);
  EXPECT_NE(page.body.find("(validée)"), std::string::npos);
  std::string stored;
  int validated = 0;
  {
    auto lease = db_->acquire();
    *lease << "SELECT skill, validated FROM person_skills", soci::into(stored), soci::into(validated);
  }
  EXPECT_EQ(stored, code);
  EXPECT_EQ(validated, 1);
  fields["skills"] = "not-a-skill";
  EXPECT_EQ(request("POST", path + "/modifier", me.cookie, form(me, fields)).status, 422);
}

INSTANTIATE_TEST_SUITE_P(Backends, PersonFilePages, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
