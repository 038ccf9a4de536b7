// The demo data set (`primowork demo`) and the outcome figures it gives: the loader runs on a
// fresh database (both backends), then the figures over the default period (the last 12 months)
// must equal the numbers computed by hand below from src/app/demo_placements.cpp. Every demo day
// is an offset from today; no offset lies within a few days of the period's edges, so the
// figures do not depend on the date the test runs. Loading twice changes nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "../unit/app_fixture.h"
#include "app/demo.h"
#include "placements/outcomes_service.h"
#include "placements/outcomes_store.h"

namespace primowork::app {
// The command line's console lives in commands.cpp, which this test does not link: French
// messages from the source tree.
Console Console::from_environment() {
  return Console("fr", PRIMOWORK_SOURCE_DIR "/locale");
}
}  // namespace primowork::app

namespace primowork {
namespace {

using offers::ContractType;
using placements::OutcomeFigures;
using testing_support::AppFixture;

// The default period runs from today - 12 months + 1 day (364 or 365 days ago) to today.
// Demo proposals (days ago), M = Service d'insertion Meuse, O = CISP Ourthe:
//   #1  Kovalenko  M Logistique   proposed 300, interview 285, internship 280..250, CDI 235
//   #2  Tesfaye    M Horeca       proposed 330, interview 320, internship 315..301, CDD 200
//   #3  Okafor     M Automobile   proposed 400, interview 390, internship 388..360, not retained
//   #4  Rahimi     M Construction proposed 250, interview 240, internship 238..210, not retained
//   #5  Rahimi     M Logistique   proposed 190, interview 182, CDD 170
//   #6  Restrepo   M Métal        proposed 280, interview 270, PFI 260, CDI 78
//   #7  Petrosyan  M Métal        proposed 120, interview 111, PFI 100 (open)
//   #8  Benali     M Soins        proposed 200, declined
//   #9  Mbuyi      M Soins        proposed 180, interview 170, CDI 150
//   #10 Shevchenko M Logistique   proposed 90, declined
//   #11 Abdi       M Commerce     proposed 150, interview 140, immersion 135..121, CDD 110
//   #12 Karimi     M Informatique proposed 9, sent
//   #13 Petrenko   M Hôtellerie   proposed 45, withdrawn
//   #14 Lima       M Horeca       proposed 420, interview 411, CDI 395
//   #15 Uwase      M Nettoyage    proposed 100, interview 94, internship 90..76 (open)
//   #16 Tesfaye    M Hôtellerie   proposed 425, declined
//   #17 Haddad     O Soins        proposed 20
//   #18 Demir      O Construction proposed 70, interview 60, internship 55..41, CDI 30
//   #19 Eze        O Petite enf.  proposed 130, interview 120, article 60 100
//   #20 Eze        O Petite enf.  proposed 132, declined
//   #21 Nouri      O Espaces v.   proposed 25, interested
// Out of the period: everything of #3 but the internship's end (360), #14, #16.

// People proposed: M: Kovalenko, Tesfaye, Rahimi (#4, #5 once), Restrepo, Petrosyan, Benali,
// Mbuyi, Shevchenko, Abdi, Karimi, Petrenko, Uwase = 12 (not Okafor, Lima); O: Haddad, Demir,
// Eze (#19, #20 once), Nouri = 4. Total 16.
constexpr int kPeopleProposed = 16;
// Interviews: #1 #2 #4 #5 #6 #7 #9 #11 #15 (M: 9) + #18 #19 (O: 2) = 11.
constexpr int kInterviews = 11;
// Internships started: #1 #2 #4 #11 (immersion) #15 (M: 5) + #18 (O) = 6; not #3 (388 days).
constexpr int kInternships = 6;
constexpr int kPfis = 2;  // #6, #7
// Hires: CDI #1 #6 #9 #18 = 4; CDD #2 #5 #11 = 3; article 60 #19 = 1; total 8 (not #14).
constexpr int kHires = 8, kCdi = 4, kCdd = 3, kArticle60 = 1;
// Interns (internship ended in the period): Kovalenko, Tesfaye, Okafor (ended 360 days ago),
// Rahimi, Abdi, Uwase, Demir = 7; hired within 12 months: Kovalenko (#1), Tesfaye (#2), Rahimi
// (through #5, another company), Abdi (#11), Demir (#18) = 5; not Okafor, Uwase. 5/7 = 71 %.
constexpr int kInterns = 7, kInternsHired = 5;
// Days from proposed to contract start: #1 65, #2 130, #5 20, #6 202, #9 30, #11 40, #18 40,
// #19 30; sorted 20 30 30 40 40 65 130 202 -> (40 + 40) / 2 = 40.
constexpr double kMedianDays = 40.0;

class DemoOutcomes : public AppFixture {
 protected:
  void load() {
    const app::Console console = app::Console::from_environment();
    ASSERT_TRUE(app::load_demo(*app_, *db_, console));
  }
  placements::OutcomeReport report() {
    security::Actor coordinator;
    coordinator.user = make_user(security::Role::kCoordinator, "coord@demo.test");
    auto& service = app_->outcomes();
    auto r = service.report(coordinator, placements::last_twelve_months(service.today()), "test");
    EXPECT_TRUE(r.ok());
    return *r;
  }
};

TEST_P(DemoOutcomes, FiguresOfTheDemoDataAreTheHandComputedOnes) {
  load();
  const auto r = report();
  const OutcomeFigures& f = r.overall;
  EXPECT_EQ(f.people_proposed, kPeopleProposed);
  EXPECT_EQ(f.interviews, kInterviews);
  EXPECT_EQ(f.internships, kInternships);
  EXPECT_EQ(f.pfis, kPfis);
  EXPECT_EQ(f.hires, kHires);
  EXPECT_EQ(f.hires_of(ContractType::kPermanent), kCdi);
  EXPECT_EQ(f.hires_of(ContractType::kFixedTerm), kCdd);
  EXPECT_EQ(f.hires_of(ContractType::kArticle60), kArticle60);
  EXPECT_DOUBLE_EQ(*f.permanent_share(), 0.5);
  EXPECT_EQ(f.interns, kInterns);
  EXPECT_EQ(f.interns_hired, kInternsHired);
  EXPECT_DOUBLE_EQ(*f.median_days_to_hire, kMedianDays);

  // Per organisation, by name: CISP Ourthe, then Service d'insertion Meuse.
  ASSERT_EQ(r.per_organisation.size(), 2u);
  const OutcomeFigures& ourthe = r.per_organisation[0];
  EXPECT_EQ(ourthe.label, "CISP Ourthe (démonstration)");
  EXPECT_EQ(ourthe.people_proposed, 4);
  EXPECT_EQ(ourthe.interviews, 2);
  EXPECT_EQ(ourthe.internships, 1);
  EXPECT_EQ(ourthe.pfis, 0);
  EXPECT_EQ(ourthe.hires, 2);  // #18 CDI, #19 article 60
  EXPECT_EQ(ourthe.permanent_hires, 1);
  EXPECT_EQ(ourthe.interns, 1);
  EXPECT_EQ(ourthe.interns_hired, 1);
  EXPECT_DOUBLE_EQ(*ourthe.median_days_to_hire, 35.0);  // 30, 40
  const OutcomeFigures& meuse = r.per_organisation[1];
  EXPECT_EQ(meuse.label, "Service d'insertion Meuse (démonstration)");
  EXPECT_EQ(meuse.people_proposed, 12);
  EXPECT_EQ(meuse.interviews, 9);
  EXPECT_EQ(meuse.internships, 5);
  EXPECT_EQ(meuse.pfis, 2);
  EXPECT_EQ(meuse.hires, 6);  // CDI #1 #6 #9, CDD #2 #5 #11
  EXPECT_EQ(meuse.permanent_hires, 3);
  EXPECT_EQ(meuse.interns, 6);
  EXPECT_EQ(meuse.interns_hired, 4);
  EXPECT_DOUBLE_EQ(*meuse.median_days_to_hire, 52.5);  // 20 30 40 | 65 130 202

  // Per sector, by name (Automobile is there for Okafor's internship ending in the period).
  std::vector<std::string> sectors;
  for (const auto& g : r.per_sector) sectors.push_back(g.label);
  EXPECT_EQ(sectors,
            (std::vector<std::string>{"Automobile", "Commerce", "Construction", "Espaces verts",
                                      "Horeca", "Hôtellerie", "Informatique", "Logistique", "Métal",
                                      "Nettoyage", "Petite enfance", "Soins"}));
  auto sector = [&](const std::string& name) {
    for (const auto& g : r.per_sector)
      if (g.label == name) return g;
    return OutcomeFigures{};
  };
  const auto automobile = sector("Automobile");
  EXPECT_EQ(automobile.people_proposed, 0);
  EXPECT_EQ(automobile.interns, 1);
  EXPECT_EQ(automobile.interns_hired, 0);
  const auto logistics = sector("Logistique");
  EXPECT_EQ(logistics.people_proposed, 3);  // Kovalenko, Rahimi, Shevchenko
  EXPECT_EQ(logistics.interviews, 2);
  EXPECT_EQ(logistics.hires, 2);
  EXPECT_DOUBLE_EQ(*logistics.median_days_to_hire, 42.5);  // 20, 65
  const auto construction = sector("Construction");
  EXPECT_EQ(construction.people_proposed, 2);  // Rahimi, Demir
  EXPECT_EQ(construction.interns, 2);
  EXPECT_EQ(construction.interns_hired, 2);  // Rahimi hired in Logistique counts here
  const auto care = sector("Soins");
  EXPECT_EQ(care.people_proposed, 3);  // Benali, Mbuyi, Haddad
  EXPECT_EQ(care.hires, 1);
  EXPECT_DOUBLE_EQ(*care.median_days_to_hire, 30.0);
}

TEST_P(DemoOutcomes, LoadingTwiceChangesNothing) {
  load();
  int proposals = 0, moves = 0;
  {
    auto lease = db_->acquire();
    *lease << "SELECT COUNT(*) FROM proposals", soci::into(proposals);
    *lease << "SELECT COUNT(*) FROM proposal_transitions", soci::into(moves);
  }
  EXPECT_EQ(proposals, 21);
  load();
  int again = 0, moves_again = 0;
  {
    auto lease = db_->acquire();
    *lease << "SELECT COUNT(*) FROM proposals", soci::into(again);
    *lease << "SELECT COUNT(*) FROM proposal_transitions", soci::into(moves_again);
  }
  EXPECT_EQ(again, proposals);
  EXPECT_EQ(moves_again, moves);
  EXPECT_EQ(report().overall.people_proposed, kPeopleProposed);
}

TEST_P(DemoOutcomes, PageAndCsvShowTheFiguresAndAreAudited) {
  load();
  const auto coordinator = make_user(security::Role::kCoordinator, "coord-page@demo.test", true);
  const auto session = session_for(coordinator);
  auto page = request("GET", "/coordination/resultats", session.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<tr id=\"figure-people_proposed\"><th scope=\"row\">Personnes "
                           "proposées</th><td>16</td></tr>"),
            std::string::npos);
  EXPECT_NE(page.body.find("<td>71\u00a0%</td>"), std::string::npos);  // 5 / 7 interns
  EXPECT_NE(page.body.find("CISP Ourthe (démonstration)"), std::string::npos);
  const auto period = placements::last_twelve_months(app_->outcomes().today());
  const std::string query = "?du=" + to_iso(period.from) + "&au=" + to_iso(period.to);
  auto csv = request("GET", "/coordination/resultats.csv" + query, session.cookie);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers.get("Content-Type").value_or(""), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.headers.get("Content-Disposition").value_or(""),
            "attachment; filename=\"resultats-" + to_iso(period.from) + "-" + to_iso(period.to) +
                ".csv\"");
  // Header, the whole, 2 organisations, 12 sectors.
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 1 + 1 + 2 + 12);
  EXPECT_NE(csv.body.find("\r\n" + to_iso(period.from) + "," + to_iso(period.to) +
                          ",Ensemble,Ensemble,16,11,6,2,8,4,3,"),
            std::string::npos);
  auto bad = request("GET", "/coordination/resultats?du=2025-02-30", session.cookie);
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("href=\"#field-from\""), std::string::npos);
  int audited = 0;
  {
    auto lease = db_->acquire();
    *lease << "SELECT COUNT(*) FROM audit_log WHERE action = 'outcomes.read' AND outcome = "
              "'success'",
        soci::into(audited);
  }
  EXPECT_EQ(audited, 2);  // the page and the CSV
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoOutcomes, ::testing::Values("sqlite", "postgresql"));

}  // namespace
}  // namespace primowork
