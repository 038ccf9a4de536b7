// Outcome figures (placements/outcomes.h) on a fixture written by hand: twelve proposals of nine
// people in three organisations and five sectors, over 2025, with every boundary the rules name
// (first and last day of the period, a move missing from the log, an interview without a date,
// a hire exactly 12 months after an internship's end and one a day later, a hire before an
// internship's start). The expected numbers are computed by hand in the comments: a change of a
// rule changes a number here.
#include "placements/outcomes.h"

#include <gtest/gtest.h>

namespace primowork {
namespace {

using offers::ContractType;
using placements::OutcomeFigures;
using placements::OutcomeGrouping;
using placements::OutcomeMove;
using placements::OutcomeRecord;
using S = placements::ProposalState;

Date day(const char* iso) {
  return *parse_iso_date(iso);
}

struct Build {
  OutcomeRecord r;
  Build(const char* person, const char* org, const char* org_name, const char* sector) {
    r.proposal.person_id = person;
    r.proposal.organisation_id = org;
    r.organisation_name = org_name;
    r.sector = sector;
  }
  Build& move(S to, const char* on) {
    r.moves.push_back({to, day(on)});
    r.proposal.state = to;
    return *this;
  }
  Build& interview(const char* at) {
    r.proposal.interview_at = at;
    return *this;
  }
  Build& internship(const char* start, const char* end) {
    r.proposal.internship_start = day(start);
    r.proposal.internship_end = day(end);
    return *this;
  }
  Build& pfi(const char* start) {
    r.proposal.pfi_start = day(start);
    r.proposal.pfi_weeks = 12;
    return *this;
  }
  Build& hire(ContractType type, const char* start) {
    r.proposal.contract_type = type;
    r.proposal.contract_start = day(start);
    return *this;
  }
};

// Organisations: o1 "Alpha", o2 "Beta", o3 "Gamma". Period: 2025-01-01 .. 2025-12-31.
std::vector<OutcomeRecord> fixture() {
  std::vector<OutcomeRecord> out;
  // A, p1, Alpha, Santé: proposed 02-01, interview 02-10, internship 03-01..03-31, CDI 06-01.
  out.push_back(Build("p1", "o1", "Alpha", "Santé")
                    .move(S::kProposed, "2025-02-01")
                    .interview("2025-02-10T09:00")
                    .move(S::kInterviewHeld, "2025-02-10")
                    .internship("2025-03-01", "2025-03-31")
                    .move(S::kInternship, "2025-02-20")
                    .hire(ContractType::kPermanent, "2025-06-01")
                    .move(S::kHired, "2025-05-15")
                    .r);
  // B, p1 again, Alpha, Logistique: proposed 03-05, declined.
  out.push_back(Build("p1", "o1", "Alpha", "Logistique")
                    .move(S::kProposed, "2025-03-05")
                    .move(S::kSent, "2025-03-06")
                    .move(S::kDeclined, "2025-03-10")
                    .r);
  // C, p2, Beta, Santé: proposed the day before the period; interview on its first day;
  // internship from 2024-12-01 to the period's first day (in the cohort, not in the count of
  // internships); not retained.
  out.push_back(Build("p2", "o2", "Beta", "Santé")
                    .move(S::kProposed, "2024-12-31")
                    .interview("2025-01-01T08:00")
                    .move(S::kInterviewHeld, "2025-01-01")
                    .internship("2024-12-01", "2025-01-01")
                    .move(S::kInternship, "2024-11-20")
                    .move(S::kNotRetained, "2025-01-05")
                    .r);
  // D, p2, Beta, sector not given: proposed 01-10, CDD starting 2026-01-01 (after the period:
  // not a hire of 2025, but exactly 12 months after C's end: p2 is an intern hired).
  out.push_back(Build("p2", "o2", "Beta", "")
                    .move(S::kProposed, "2025-01-10")
                    .hire(ContractType::kFixedTerm, "2026-01-01")
                    .move(S::kHired, "2025-12-20")
                    .r);
  // E, p3, Beta, Santé: proposed 04-01, interview planned for 04-15 but never held, internship
  // 05-01..05-31.
  out.push_back(Build("p3", "o2", "Beta", "Santé")
                    .move(S::kProposed, "2025-04-01")
                    .interview("2025-04-15T10:00")
                    .move(S::kInterviewPlanned, "2025-04-02")
                    .internship("2025-05-01", "2025-05-31")
                    .move(S::kInternship, "2025-04-20")
                    .r);
  // F, p3, Beta, Métal: proposed 12-01, CDI starting 2026-06-01: one day after 2026-05-31 (E's
  // end + 12 months), so p3 is not an intern hired within 12 months.
  out.push_back(Build("p3", "o2", "Beta", "Métal")
                    .move(S::kProposed, "2025-12-01")
                    .hire(ContractType::kPermanent, "2026-06-01")
                    .move(S::kHired, "2025-12-15")
                    .r);
  // G, p4, Alpha, Métal: proposed 07-01, PFI from 08-01, CDD starting 12-31 (the last day).
  out.push_back(Build("p4", "o1", "Alpha", "Métal")
                    .move(S::kProposed, "2025-07-01")
                    .pfi("2025-08-01")
                    .move(S::kPfi, "2025-07-25")
                    .hire(ContractType::kFixedTerm, "2025-12-31")
                    .move(S::kHired, "2025-12-01")
                    .r);
  // H, p5, Alpha, Santé: proposed 05-01, article 60 from 05-21.
  out.push_back(Build("p5", "o1", "Alpha", "Santé")
                    .move(S::kProposed, "2025-05-01")
                    .hire(ContractType::kArticle60, "2025-05-21")
                    .move(S::kHired, "2025-05-10")
                    .r);
  // I, p6, Alpha, Santé: proposed after the period; internship dates but no internship move in
  // the log: counts for nothing.
  out.push_back(Build("p6", "o1", "Alpha", "Santé")
                    .move(S::kProposed, "2026-01-02")
                    .internship("2025-06-01", "2025-06-30")
                    .r);
  // J, p7, Beta, Santé: proposed 11-01, interview held 11-30 without a recorded date.
  out.push_back(Build("p7", "o2", "Beta", "Santé")
                    .move(S::kProposed, "2025-11-01")
                    .move(S::kInterviewHeld, "2025-11-30")
                    .r);
  // K, p8, Alpha, Logistique: proposed 08-01, internship 09-01..09-30.
  out.push_back(Build("p8", "o1", "Alpha", "Logistique")
                    .move(S::kProposed, "2025-08-01")
                    .internship("2025-09-01", "2025-09-30")
                    .move(S::kInternship, "2025-08-20")
                    .r);
  // L, p8, Alpha, Logistique: proposed 07-20, CDI from 08-15: before K's internship started, so
  // it does not make p8 an intern hired.
  out.push_back(Build("p8", "o1", "Alpha", "Logistique")
                    .move(S::kProposed, "2025-07-20")
                    .hire(ContractType::kPermanent, "2025-08-15")
                    .move(S::kHired, "2025-08-10")
                    .r);
  // M, p9, Gamma, Horeca: proposed in 2024 only: Gamma and Horeca have no row.
  out.push_back(Build("p9", "o3", "Gamma", "Horeca").move(S::kProposed, "2024-06-01").r);
  return out;
}

const placements::OutcomePeriod kPeriod{day("2025-01-01"), day("2025-12-31")};

TEST(Outcomes, OverallFiguresFollowEveryRule) {
  const auto all = placements::compute_outcomes(fixture(), kPeriod, OutcomeGrouping::kAll);
  ASSERT_EQ(all.size(), 1u);
  const OutcomeFigures& f = all[0];
  // Proposed in 2025: p1 (A, B: once), p2 (D; C was 2024-12-31), p3 (E, F), p4, p5, p7, p8 (K,
  // L); not p6 (2026-01-02) nor p9 (2024) -> 7.
  EXPECT_EQ(f.people_proposed, 7);
  // Held: A (02-10), C (01-01, first day), J (11-30, day of the move); E only planned -> 3.
  EXPECT_EQ(f.interviews, 3);
  // Started in 2025: A (03-01), E (05-01), K (09-01); not C (2024-12-01), not I (no move) -> 3.
  EXPECT_EQ(f.internships, 3);
  EXPECT_EQ(f.pfis, 1);  // G
  // Contracts starting in 2025: A CDI, G CDD (12-31), H article 60, L CDI; not D, F (2026) -> 4.
  EXPECT_EQ(f.hires, 4);
  EXPECT_EQ(f.hires_of(ContractType::kPermanent), 2);
  EXPECT_EQ(f.hires_of(ContractType::kFixedTerm), 1);
  EXPECT_EQ(f.hires_of(ContractType::kArticle60), 1);
  ASSERT_EQ(f.hires_by_contract.size(), 3u);
  EXPECT_EQ(f.permanent_hires, 2);
  EXPECT_DOUBLE_EQ(*f.permanent_share(), 0.5);
  // Internships ended in 2025: p1 (A), p2 (C, 01-01), p3 (E), p8 (K) -> 4. Hired within 12
  // months: p1 (A's CDI 06-01), p2 (D's CDD 2026-01-01 = C's end + 12 months); not p3 (F one day
  // late), not p8 (L before K's start) -> 2.
  EXPECT_EQ(f.interns, 4);
  EXPECT_EQ(f.interns_hired, 2);
  EXPECT_DOUBLE_EQ(*f.intern_hire_share(), 0.5);
  // Days from proposed to contract start: A 120 (02-01 -> 06-01), G 183 (07-01 -> 12-31), H 20
  // (05-01 -> 05-21), L 26 (07-20 -> 08-15); sorted 20 26 120 183 -> (26 + 120) / 2 = 73.
  EXPECT_DOUBLE_EQ(*f.median_days_to_hire, 73.0);
}

TEST(Outcomes, PerOrganisationCountsEachPersonInTheirGroup) {
  const auto groups =
      placements::compute_outcomes(fixture(), kPeriod, OutcomeGrouping::kOrganisation);
  ASSERT_EQ(groups.size(), 2u);  // Gamma has nothing in 2025
  const OutcomeFigures& alpha = groups[0];
  EXPECT_EQ(alpha.key, "o1");
  EXPECT_EQ(alpha.label, "Alpha");
  EXPECT_EQ(alpha.people_proposed, 4);  // p1, p4, p5, p8
  EXPECT_EQ(alpha.interviews, 1);       // A
  EXPECT_EQ(alpha.internships, 2);      // A, K
  EXPECT_EQ(alpha.pfis, 1);             // G
  EXPECT_EQ(alpha.hires, 4);            // A, G, H, L
  EXPECT_EQ(alpha.permanent_hires, 2);  // A, L
  EXPECT_EQ(alpha.interns, 2);          // p1, p8
  EXPECT_EQ(alpha.interns_hired, 1);    // p1
  EXPECT_DOUBLE_EQ(*alpha.median_days_to_hire, 73.0);
  const OutcomeFigures& beta = groups[1];
  EXPECT_EQ(beta.label, "Beta");
  EXPECT_EQ(beta.people_proposed, 3);  // p2, p3, p7
  EXPECT_EQ(beta.interviews, 2);       // C, J
  EXPECT_EQ(beta.internships, 1);      // E
  EXPECT_EQ(beta.pfis, 0);
  EXPECT_EQ(beta.hires, 0);
  EXPECT_FALSE(beta.permanent_share());
  EXPECT_FALSE(beta.median_days_to_hire);
  EXPECT_EQ(beta.interns, 2);        // p2, p3
  EXPECT_EQ(beta.interns_hired, 1);  // p2, through D (a hire outside the period and the sector)
}

TEST(Outcomes, PerSectorCountsInternsInTheSectorOfTheirInternship) {
  const auto groups = placements::compute_outcomes(fixture(), kPeriod, OutcomeGrouping::kSector);
  ASSERT_EQ(groups.size(), 4u);  // "", Logistique, Métal, Santé; no Horeca
  const OutcomeFigures& none = groups[0];
  EXPECT_EQ(none.key, "");
  EXPECT_EQ(none.people_proposed, 1);  // p2 (D)
  EXPECT_EQ(none.hires, 0);
  const OutcomeFigures& logistics = groups[1];
  EXPECT_EQ(logistics.label, "Logistique");
  EXPECT_EQ(logistics.people_proposed, 2);  // p1 (B), p8 (K, L)
  EXPECT_EQ(logistics.internships, 1);      // K
  EXPECT_EQ(logistics.hires, 1);            // L
  EXPECT_EQ(logistics.interns, 1);          // p8
  EXPECT_EQ(logistics.interns_hired, 0);
  EXPECT_DOUBLE_EQ(*logistics.intern_hire_share(), 0.0);
  EXPECT_DOUBLE_EQ(*logistics.median_days_to_hire, 26.0);
  const OutcomeFigures& metal = groups[2];
  EXPECT_EQ(metal.label, "Métal");
  EXPECT_EQ(metal.people_proposed, 2);  // p3 (F), p4 (G)
  EXPECT_EQ(metal.pfis, 1);
  EXPECT_EQ(metal.hires, 1);  // G
  EXPECT_DOUBLE_EQ(*metal.permanent_share(), 0.0);
  EXPECT_FALSE(metal.intern_hire_share());
  EXPECT_DOUBLE_EQ(*metal.median_days_to_hire, 183.0);
  const OutcomeFigures& health = groups[3];
  EXPECT_EQ(health.label, "Santé");
  EXPECT_EQ(health.people_proposed, 4);  // p1, p3, p5, p7 (not p2: C in 2024; not p6)
  EXPECT_EQ(health.interviews, 3);       // A, C, J
  EXPECT_EQ(health.internships, 2);      // A, E
  EXPECT_EQ(health.hires, 2);            // A CDI, H article 60
  EXPECT_DOUBLE_EQ(*health.permanent_share(), 0.5);
  EXPECT_EQ(health.interns, 3);                         // p1, p2, p3
  EXPECT_EQ(health.interns_hired, 2);                   // p1, p2
  EXPECT_DOUBLE_EQ(*health.median_days_to_hire, 70.0);  // (20 + 120) / 2
}

TEST(Outcomes, EmptyDataGivesOneEmptyOverallRow) {
  const auto all = placements::compute_outcomes({}, kPeriod, OutcomeGrouping::kAll);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].people_proposed, 0);
  EXPECT_FALSE(all[0].median_days_to_hire);
  EXPECT_FALSE(all[0].intern_hire_share());
  EXPECT_TRUE(placements::compute_outcomes({}, kPeriod, OutcomeGrouping::kSector).empty());
}

TEST(Outcomes, DefaultPeriodIsTheLastTwelveMonths) {
  auto p = placements::last_twelve_months(day("2026-03-31"));
  EXPECT_EQ(to_iso(p.from), "2025-04-01");
  EXPECT_EQ(to_iso(p.to), "2026-03-31");
  p = placements::last_twelve_months(day("2024-02-29"));
  EXPECT_EQ(to_iso(p.from), "2023-03-01");
}

}  // namespace
}  // namespace primowork
