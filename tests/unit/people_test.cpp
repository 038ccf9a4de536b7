// The person file: checks naming each field, stage moves, worklist urgency, and the store on
// SQLite and PostgreSQL (round trip of every field and list, stage log, tasks, caseload).
#include <gtest/gtest.h>

#include "backends.h"
#include "people/people_store.h"
#include "people/person.h"
#include "people/person_profile.h"
#include "taxonomy/import.h"

#include <fstream>
#include <sstream>
#include "platform/db/migrations.h"
#include "security/accounts.h"

namespace primowork::people {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }
const Date kToday = day("2026-11-23");

References refs() {
  return {[](std::string_view c) { return c == "N1101" || c == "G1602" || c == "J1501"; },
          [](std::string_view c) { return c == "S1" || c == "S2"; },
          [](std::string_view c) { return c == "4000" || c == "4100"; }};
}

PersonFile complete_file() {
  PersonFile f;
  f.organisation_id = "org_x";
  f.given_name = " Amina ";
  f.family_name = "Diallo";
  f.birth_date = day("1990-04-02");
  f.email = "Amina.Diallo@Example.be";
  f.phone = "+32 470 12 34 56";
  f.postcode = "4000";
  f.max_km = 30;
  f.licences = {"B", "C", "B"};
  f.licence_origin = "non_EU";
  f.exchange_status = "requested";
  f.residence_status = "single_permit_limited";
  f.document_type = "A";
  f.document_expiry = day("2027-03-01");
  f.access = "limited";
  f.limited_reason = "single_permit_employer";
  f.authorised_employer = "Logistique Meuse SA";
  f.authorised_function = "Cariste";
  f.verified_by = "C. Counsellor";
  f.verified_on = day("2026-11-20");
  f.languages = {{"fr", "", "B1", "A2", "B1", "A2"}, {"AR", "C2", "", "", "", ""}};
  f.past_jobs = {{"N1101", 6, "Maroc"}};
  f.skills = {{"S2", true}, {"S1", false}};
  f.targets = {"N1101", "G1602", "N1101"};
  f.no_nights = true;
  f.fle_courses = " Alpha FLE au CRIPEL (2025) ";
  return normalise(f);
}

bool has_field(const std::vector<Error>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(PersonChecks, ACompleteFileIsAccepted) {
  const auto f = complete_file();
  EXPECT_TRUE(check_person(f, kToday, refs()).empty());
  EXPECT_EQ(f.given_name, "Amina");
  EXPECT_EQ(f.email, "amina.diallo@example.be");
  EXPECT_EQ(f.licences, (std::vector<std::string>{"B", "C"}));
  EXPECT_EQ(f.targets, (std::vector<std::string>{"N1101", "G1602"}));  // order kept
  EXPECT_EQ(f.languages[1].language, "ar");
}

TEST(PersonChecks, EachBadFieldIsNamed) {
  struct Case {
    std::function<void(PersonFile&)> spoil;
    std::string field;
  };
  const std::vector<Case> cases = {
      {[](PersonFile& f) { f.family_name = ""; }, "family_name"},
      {[](PersonFile& f) { f.email = "nope"; }, "email"},
      {[](PersonFile& f) { f.phone = "call me"; }, "phone"},
      {[](PersonFile& f) { f.postcode = "9999"; }, "postcode"},
      {[](PersonFile& f) { f.max_km = 500; }, "max_km"},
      {[](PersonFile& f) { f.birth_date = day("2030-01-01"); }, "birth_date"},
      {[](PersonFile& f) { f.licences = {"Z"}; }, "licences[0]"},
      {[](PersonFile& f) { f.residence_status = "martian"; }, "residence_status"},
      {[](PersonFile& f) { f.document_expiry.reset(); }, "document_expiry"},
      {[](PersonFile& f) { f.document_expiry = day("2045-01-01"); }, "document_expiry"},
      {[](PersonFile& f) { f.access = "sometimes"; }, "access"},
      {[](PersonFile& f) { f.limited_reason = ""; }, "limited_reason"},
      {[](PersonFile& f) { f.authorised_employer = ""; }, "authorised_employer"},
      {[](PersonFile& f) { f.verified_on = day("2027-01-01"); }, "verified_on"},
      {[](PersonFile& f) { f.languages[0].speaking = "B3"; }, "languages[0].speaking"},
      {[](PersonFile& f) { f.languages[1].language = "arabic"; }, "languages[1].language"},
      {[](PersonFile& f) { f.past_jobs[0].years = 70; }, "past_jobs[0].years"},
      {[](PersonFile& f) { f.past_jobs[0].occupation = "X9999"; }, "past_jobs[0].occupation"},
      {[](PersonFile& f) { f.skills[1].skill = "S404"; }, "skills[1]"},
      {[](PersonFile& f) { f.targets[1] = "Z0000"; }, "targets[1]"},
      {[](PersonFile& f) { f.stage = "limbo"; }, "stage"},
      {[](PersonFile& f) { f.fle_courses = std::string(600, 'x'); }, "fle_courses"},
  };
  for (const auto& c : cases) {
    PersonFile f = complete_file();
    c.spoil(f);
    const auto errors = check_person(f, kToday, refs());
    EXPECT_TRUE(has_field(errors, c.field)) << c.field;
    for (const auto& e : errors) EXPECT_FALSE(e.message_id.empty()) << e.field;
  }
}

TEST(PersonChecks, UnlimitedAccessDropsTheLimitedFields) {
  PersonFile f = complete_file();
  f.access = "unlimited";
  f = normalise(f);
  EXPECT_TRUE(f.limited_reason.empty());
  EXPECT_TRUE(f.authorised_employer.empty());
  EXPECT_TRUE(check_person(f, kToday, refs()).empty());
}

TEST(Stages, MovesAndClosedFiles) {
  EXPECT_TRUE(stage_move_allowed("orientation", "training"));
  EXPECT_TRUE(stage_move_allowed("employed", "job_ready"));  // the contract ended
  EXPECT_TRUE(stage_move_allowed("training", "closed"));
  EXPECT_FALSE(stage_move_allowed("closed", "employed"));
  EXPECT_TRUE(stage_move_allowed("closed", "orientation"));
  EXPECT_FALSE(stage_move_allowed("training", "training"));
  EXPECT_FALSE(stage_move_allowed("training", "nowhere"));
}

TEST(Worklist, UrgencyRanks) {
  EXPECT_EQ(urgency(day("2026-12-10"), false, kToday, kToday).rank, 1);  // 17 days
  EXPECT_EQ(urgency(day("2026-11-01"), false, kToday, kToday).rank, 1);  // expired
  EXPECT_EQ(urgency(day("2027-01-31"), false, kToday, kToday).rank, 2);  // 69 days
  EXPECT_EQ(*urgency(day("2027-01-31"), false, kToday, kToday).days_to_expiry, 69);
  EXPECT_EQ(urgency(day("2028-01-01"), true, kToday, kToday).rank, 3);
  EXPECT_EQ(urgency(std::nullopt, false, day("2026-09-01"), kToday).rank, 4);
  EXPECT_EQ(urgency(std::nullopt, false, day("2026-11-01"), kToday).rank, 5);
}

TEST(PersonProfile, TheEngineSeesOnlyWhatMatchingNeeds) {
  std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/taxonomy/starter-rome.json");
  std::stringstream buf;
  buf << in.rdbuf();
  const auto t = std::move(taxonomy::from_json(buf.str()).value());
  auto communes = geography::Communes::load(std::string(PRIMOWORK_SOURCE_DIR) +
                                            "/data/communes/liege-arrondissement.csv");
  ASSERT_TRUE(communes.ok());
  PersonFile f = complete_file();
  f.access = "unlimited";
  f.postcode = "4100";
  f.skills.clear();
  Diploma nurse;
  nurse.status = "decided";
  nurse.decision = "specific_grade";
  nurse.opens_occupation = "J1506";
  Diploma refused = nurse;
  refused.decision = "refused";
  refused.opens_occupation = "J1501";
  const auto p = to_profile(f, {nurse, refused}, t, communes.value(), 7);
  EXPECT_EQ(p.id, 7u);
  ASSERT_EQ(p.targets.size(), 2u);
  EXPECT_EQ(t.occupations()[p.targets[0]].code, "N1101");
  EXPECT_FALSE(p.skills.empty());  // inferred from the past job
  EXPECT_EQ(p.skills[0].provenance, matching::Provenance::kInferred);
  ASSERT_EQ(p.languages.size(), 2u);
  EXPECT_EQ(p.languages[0].level, 2);  // French: the weakest skill assessed (A2)
  EXPECT_EQ(p.licences, matching::kLicenceB | matching::kLicenceC);
  EXPECT_EQ(p.access, matching::Access::kUnlimited);
  EXPECT_NEAR(p.lat, 50.5966f, 1e-4);
  EXPECT_EQ(p.excluded, matching::kNight);
  ASSERT_EQ(p.recognised.size(), 1u);
  EXPECT_EQ(t.occupations()[p.recognised[0]].code, "J1506");
}

class PeopleStore : public testing::TestWithParam<std::string> {};

TEST_P(PeopleStore, RoundTripStageLogTasksAndCaseload) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, db::builtin_migrations()).ok());
  auto lease = database->acquire();
  const std::time_t now = 1795000000;  // 2026-11-18
  auto org = security::accounts::create_organisation(*lease, security::OrgKind::kIntegrationOperator,
                                                     "CRIPEL", now);
  ASSERT_TRUE(org.ok());
  PersonFile f = complete_file();
  f.organisation_id = org.value().id;
  const PersonFile created = store::create(*lease, f, "", now);
  ASSERT_FALSE(created.id.empty());
  auto back = store::find(*lease, created.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->given_name, "Amina");
  EXPECT_EQ(back->birth_date, f.birth_date);
  EXPECT_EQ(back->licences, f.licences);
  EXPECT_EQ(back->document_expiry, f.document_expiry);
  EXPECT_EQ(back->authorised_function, "Cariste");
  EXPECT_EQ(back->verified_on, f.verified_on);
  ASSERT_EQ(back->languages.size(), 2u);
  EXPECT_EQ(back->languages[0].language, "ar");  // ordered by code
  EXPECT_EQ(back->languages[1].reading, "A2");
  ASSERT_EQ(back->past_jobs.size(), 1u);
  EXPECT_EQ(back->past_jobs[0].years, 6);
  ASSERT_EQ(back->skills.size(), 2u);
  EXPECT_TRUE(back->skills[1].validated);
  EXPECT_EQ(back->targets, f.targets);
  EXPECT_TRUE(back->no_nights);
  EXPECT_FALSE(back->no_weekends);
  EXPECT_EQ(back->phone, f.phone);
  EXPECT_EQ(back->stage, "orientation");
  EXPECT_EQ(back->fle_courses, "Alpha FLE au CRIPEL (2025)");

  back->phone = "";
  back->targets = {"J1501"};
  back->languages.pop_back();
  store::update(*lease, *back, now + 60);
  auto changed = store::find(*lease, created.id);
  EXPECT_EQ(changed->phone, "");
  EXPECT_EQ(changed->targets, (std::vector<std::string>{"J1501"}));
  EXPECT_EQ(changed->languages.size(), 1u);

  store::move_stage(*lease, created.id, "training", "", now + 120);
  const auto log = store::stage_log(*lease, created.id);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].from, "orientation");
  EXPECT_EQ(log[1].to, "training");

  const auto task = store::add_task(*lease, created.id, "Demander l'équivalence",
                                    day("2026-11-20"), "", now);
  EXPECT_EQ(store::tasks(*lease, created.id).size(), 1u);
  auto lines = store::caseload(*lease, org.value().id, kToday);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].overdue_task);
  EXPECT_EQ(lines[0].main_target, "J1501");
  EXPECT_EQ(lines[0].document_expiry, f.document_expiry);
  EXPECT_TRUE(store::complete_task(*lease, created.id, task.id, now));
  EXPECT_FALSE(store::complete_task(*lease, created.id, task.id, now));  // once
  EXPECT_FALSE(store::caseload(*lease, org.value().id, kToday)[0].overdue_task);
  store::move_stage(*lease, created.id, "closed", "", now + 180);
  EXPECT_TRUE(store::caseload(*lease, org.value().id, kToday).empty());
  EXPECT_FALSE(store::find(*lease, "per_unknown").has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, PeopleStore, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork::people
