// Offers: codes, checks of an offer draft (named fields, boundaries), the lifecycle table and
// the expiry dates.
#include <gtest/gtest.h>

#include <set>

#include "offers/lifecycle.h"
#include "offers/offer.h"

namespace primowork::offers {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;

constexpr Date kToday{year{2026}, month{11}, day{23}};

Date plus(Date d, int n) {
  return Date{sys_days{d} + days{n}};
}

OfferDraft good_offer() {
  OfferDraft d;
  d.title = "Cariste (H/F/X)";
  d.occupation_code = "N1101";
  d.postal_code = "4460";
  d.commune = "Grâce-Hollogne";
  d.contract = ContractType::kFixedTerm;
  d.hours_per_week = 38;
  d.schedule = kNights | kShifts;
  d.schedule_note = "Équipes 6 h - 14 h / 14 h - 22 h";
  d.start_date = plus(kToday, 14);
  d.positions = 3;
  d.french_level = CefrLevel::kA2;
  d.skill_codes = {"S1", "S2"};
  d.salary = Salary{14'50, SalaryPeriod::kHour};
  d.description = "Chargement et déchargement de camions à l'aéroport de Liège.";
  return d;
}

OfferReferences references() {
  OfferReferences refs;
  refs.occupation_exists = [](std::string_view c) { return c == "N1101" || c == "J1501"; };
  refs.skill_exists = [](std::string_view c) { return c == "S1" || c == "S2" || c == "S3"; };
  refs.place_exists = [](std::string_view pc, std::string_view commune) {
    return (pc == "4460" && commune == "Grâce-Hollogne") || (pc == "4000" && commune == "Liège");
  };
  return refs;
}

std::vector<std::string> fields(const std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) {
    EXPECT_EQ(e.code, ErrorCode::kInvalid);
    EXPECT_FALSE(e.message_id.empty());
    out.push_back(e.field);
  }
  return out;
}

std::vector<std::string> check(const OfferDraft& d) {
  return fields(check_offer(d, kToday, references()));
}

using Fields = std::vector<std::string>;

// --- Codes ------------------------------------------------------------------------------------

TEST(OfferCodes, ContractTypesAreThoseOfTheDomainWithStableCodes) {
  const std::vector<std::string> expected = {"CDI",
                                             "CDD",
                                             "travail_nettement_defini",
                                             "remplacement",
                                             "interim",
                                             "PFI",
                                             "article_60",
                                             "article_61",
                                             "flexi_job",
                                             "titres_services",
                                             "alternance",
                                             "stage",
                                             "student_job"};
  std::vector<std::string> codes;
  for (ContractType t : all_contract_types()) {
    codes.emplace_back(to_string(t));
    EXPECT_EQ(parse_contract_type(to_string(t)).value(), t);
    EXPECT_STRNE(label(t), "");
  }
  EXPECT_EQ(codes, expected);
  auto bad = parse_contract_type("cdi");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "contract_type");
}

TEST(OfferCodes, CefrLevelsAndLicences) {
  EXPECT_EQ(parse_cefr_level("b1").value(), CefrLevel::kB1);
  EXPECT_EQ(to_string(CefrLevel::kC2), "C2");
  EXPECT_EQ(static_cast<int>(CefrLevel::kA1), 1);  // the matching engine's scale
  for (const char* bad : {"", "B3", "A0", "natif", "C1+"}) {
    auto r = parse_cefr_level(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().field, "french_level");
  }
  for (const char* code : {"B", "BE", "C1", "C", "CE", "D1", "D", "DE"}) {
    EXPECT_EQ(to_string(parse_driving_licence(code).value()), code);
  }
  EXPECT_EQ(parse_driving_licence("ce").value(), DrivingLicence::kCE);
  EXPECT_EQ(parse_driving_licence("Z").error().field, "licence");
  EXPECT_EQ(parse_salary_period("hour"), SalaryPeriod::kHour);
  EXPECT_FALSE(parse_salary_period("week").has_value());
}

TEST(OfferCodes, IsoDates) {
  EXPECT_EQ(parse_iso_date("2026-11-23"), kToday);
  EXPECT_EQ(to_iso(kToday), "2026-11-23");
  EXPECT_EQ(to_iso(Date{year{2027}, month{1}, day{5}}), "2027-01-05");
  for (const char* bad :
       {"", "2026-02-30", "2026-13-01", "23/11/2026", "2026-1-05", "2026-11-23x"}) {
    EXPECT_FALSE(parse_iso_date(bad).has_value()) << bad;
  }
}

// --- The offer draft --------------------------------------------------------------------------

TEST(OfferDraft, AGoodOfferHasNoError) {
  EXPECT_EQ(check(good_offer()), Fields{});
  OfferDraft minimal;
  minimal.title = "Aide-soignant";
  minimal.occupation_code = "J1501";
  minimal.postal_code = "4000";
  minimal.commune = "Liège";
  EXPECT_EQ(check(minimal), Fields{});  // no start date, salary, description or skills
}

TEST(OfferDraft, NormaliseTidiesWithoutJudging) {
  OfferDraft d = good_offer();
  d.title = "  Cariste  ";
  d.occupation_code = " n1101 ";
  d.skill_codes = {"S1", " S1 ", "", "S2"};
  const OfferDraft n = normalise(d);
  EXPECT_EQ(n.title, "Cariste");
  EXPECT_EQ(n.occupation_code, "N1101");
  EXPECT_EQ(n.skill_codes, (std::vector<std::string>{"S1", "S2"}));
}

TEST(OfferDraft, NamesEveryBadField) {
  OfferDraft d;
  d.title = "ab";
  d.occupation_code = "";
  d.postal_code = "04000";
  d.commune = "";
  d.hours_per_week = 0;
  d.schedule = 8;
  d.schedule_note = std::string(kMaxScheduleNoteLength + 1, 'n');
  d.start_date = plus(kToday, -1);
  d.positions = 0;
  d.skill_codes = {"S9"};
  d.salary = Salary{0, SalaryPeriod::kMonth};
  d.description = std::string(kMaxDescriptionLength + 1, 'd');
  EXPECT_EQ(check(d), (Fields{"title", "occupation_code", "postal_code", "commune",
                              "hours_per_week", "schedule", "schedule_note", "start_date",
                              "positions", "skills", "salary", "description"}));
}

TEST(OfferDraft, UnknownCodesAreRefused) {
  OfferDraft d = good_offer();
  d.occupation_code = "Z9999";  // wrong shape
  EXPECT_EQ(check(d), Fields{"occupation_code"});
  d.occupation_code = "K2204";  // right shape, not in the taxonomy
  EXPECT_EQ(check(d), Fields{"occupation_code"});
  d = good_offer();
  d.skill_codes = {"S1", "nope"};
  EXPECT_EQ(check(d), Fields{"skills"});
  d = good_offer();
  d.commune = "Liège";  // 4460 is Grâce-Hollogne
  EXPECT_EQ(check(d), Fields{"commune"});
  // Without references only the shapes are checked.
  EXPECT_TRUE(check_offer(d, kToday, OfferReferences{}).empty());
}

TEST(OfferDraft, StartDateFromTodayToTwoYears) {
  OfferDraft d = good_offer();
  d.start_date = kToday;
  EXPECT_EQ(check(d), Fields{});
  d.start_date = plus(kToday, -1);
  EXPECT_EQ(check(d), Fields{"start_date"});
  d.start_date = plus(kToday, kMaxStartDaysAhead);
  EXPECT_EQ(check(d), Fields{});
  d.start_date = plus(kToday, kMaxStartDaysAhead + 1);
  EXPECT_EQ(check(d), Fields{"start_date"});
  d.start_date = Date{year{2026}, month{2}, day{30}};
  EXPECT_EQ(check(d), Fields{"start_date"});
  d.start_date.reset();  // as soon as possible
  EXPECT_EQ(check(d), Fields{});
}

TEST(OfferDraft, Boundaries) {
  OfferDraft d = good_offer();
  for (int n : {1, kMaxPositions}) {
    d.positions = n;
    EXPECT_EQ(check(d), Fields{}) << n;
  }
  for (int n : {0, -1, kMaxPositions + 1}) {
    d.positions = n;
    EXPECT_EQ(check(d), Fields{"positions"}) << n;
  }
  d = good_offer();
  for (int h : {1, kMaxHoursPerWeek}) {
    d.hours_per_week = h;
    EXPECT_EQ(check(d), Fields{}) << h;
  }
  d.hours_per_week = kMaxHoursPerWeek + 1;
  EXPECT_EQ(check(d), Fields{"hours_per_week"});
  d = good_offer();
  d.title = std::string(kMaxTitleLength, 't');
  EXPECT_EQ(check(d), Fields{});
  d.title = std::string(kMaxTitleLength + 1, 't');
  EXPECT_EQ(check(d), Fields{"title"});
  d.title = "Aide-ménagère à domicile";  // length in characters, not bytes
  EXPECT_EQ(check(d), Fields{});
  d = good_offer();
  d.description = std::string(kMaxDescriptionLength, 'd');
  EXPECT_EQ(check(d), Fields{});
  d.schedule = kAllScheduleBits;
  EXPECT_EQ(check(d), Fields{});
  d.skill_codes.assign(kMaxSkills + 1, "S1");
  EXPECT_EQ(check(d), Fields{"skills"});
}

TEST(OfferDraft, SalaryIsPositiveAndPlausible) {
  OfferDraft d = good_offer();
  d.salary = Salary{-100, SalaryPeriod::kHour};
  EXPECT_EQ(check(d), Fields{"salary"});
  d.salary = Salary{1450'00, SalaryPeriod::kHour};  // a monthly figure typed per hour
  EXPECT_EQ(check(d), Fields{"salary"});
  d.salary = Salary{2300'00, SalaryPeriod::kMonth};
  EXPECT_EQ(check(d), Fields{});
  d.salary.reset();
  EXPECT_EQ(check(d), Fields{});
}

// --- The lifecycle ----------------------------------------------------------------------------

TEST(OfferLifecycle, CodesRoundTrip) {
  for (auto s : {OfferStatus::kDraft, OfferStatus::kPendingReview, OfferStatus::kPublished,
                 OfferStatus::kFilled, OfferStatus::kClosed, OfferStatus::kExpired}) {
    EXPECT_EQ(parse_offer_status(to_string(s)), s);
    EXPECT_STRNE(label(s), "");
  }
  std::set<std::string_view> codes;
  for (const auto& t : offer_transitions()) {
    EXPECT_EQ(parse_offer_action(to_string(t.action)), t.action);
    EXPECT_STRNE(label(t.action), "");
    EXPECT_TRUE(codes.insert(to_string(t.action)).second) << "one row per action";
    EXPECT_FALSE(t.from.empty());
    EXPECT_FALSE(t.actors.empty());
  }
  EXPECT_EQ(codes.size(), 12u);
}

TEST(OfferLifecycle, TheUsualJourney) {
  auto step = [](OfferStatus from, OfferAction a, Actor who) {
    auto r = check_offer_transition(from, a, who, "");
    EXPECT_TRUE(r.ok()) << to_string(a) << " from " << to_string(from);
    return r.ok() ? r.value() : from;
  };
  OfferStatus s = OfferStatus::kDraft;
  s = step(s, OfferAction::kSubmit, Actor::kEmployer);
  EXPECT_EQ(s, OfferStatus::kPendingReview);
  s = step(s, OfferAction::kApprove, Actor::kCoordinator);
  EXPECT_EQ(s, OfferStatus::kPublished);
  s = step(s, OfferAction::kConfirm, Actor::kEmployer);
  EXPECT_EQ(s, OfferStatus::kPublished);
  s = step(s, OfferAction::kExpire, Actor::kSystem);
  EXPECT_EQ(s, OfferStatus::kExpired);
  s = step(s, OfferAction::kRenew, Actor::kEmployer);
  EXPECT_EQ(s, OfferStatus::kPendingReview);
  s = step(s, OfferAction::kApprove, Actor::kCoordinator);
  s = step(s, OfferAction::kMarkFilled, Actor::kEmployer);
  EXPECT_EQ(s, OfferStatus::kFilled);
}

TEST(OfferLifecycle, OnlyTheRightActorMayAct) {
  auto forbidden = [](OfferStatus from, OfferAction a, Actor who) {
    auto r = check_offer_transition(from, a, who, "une raison");
    return !r.ok() && r.error().code == ErrorCode::kForbidden;
  };
  EXPECT_TRUE(forbidden(OfferStatus::kPendingReview, OfferAction::kApprove, Actor::kEmployer));
  EXPECT_TRUE(forbidden(OfferStatus::kDraft, OfferAction::kSubmit, Actor::kCoordinator));
  EXPECT_TRUE(forbidden(OfferStatus::kPublished, OfferAction::kExpire, Actor::kEmployer));
  EXPECT_TRUE(forbidden(OfferStatus::kPublished, OfferAction::kExpire, Actor::kCoordinator));
  EXPECT_TRUE(forbidden(OfferStatus::kPublished, OfferAction::kTakeDown, Actor::kEmployer));
  EXPECT_TRUE(forbidden(OfferStatus::kPublished, OfferAction::kClose, Actor::kSystem));
  EXPECT_EQ(actor_for(security::Role::kEmployer), Actor::kEmployer);
  EXPECT_EQ(actor_for(security::Role::kCoordinator), Actor::kCoordinator);
  EXPECT_FALSE(actor_for(security::Role::kCounsellor).has_value());
  EXPECT_FALSE(actor_for(security::Role::kCandidate).has_value());
}

TEST(OfferLifecycle, NothingLeavesFilledOrClosed) {
  for (OfferStatus s : {OfferStatus::kFilled, OfferStatus::kClosed}) {
    for (Actor a : {Actor::kEmployer, Actor::kCoordinator, Actor::kSystem}) {
      EXPECT_TRUE(available_actions(s, a).empty());
    }
    auto r = check_offer_transition(s, OfferAction::kRenew, Actor::kEmployer, "");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kConflict);
    EXPECT_EQ(r.error().field, "status");
  }
  EXPECT_EQ(
      check_offer_transition(OfferStatus::kDraft, OfferAction::kApprove, Actor::kCoordinator, "")
          .error()
          .code,
      ErrorCode::kConflict);
}

TEST(OfferLifecycle, CoordinatorGivesAReasonWhenSendingBackOrTakingDown) {
  for (OfferAction a : {OfferAction::kSendBack, OfferAction::kTakeDown}) {
    auto r = check_offer_transition(OfferStatus::kPendingReview, a, Actor::kCoordinator, " ");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "reason");
    EXPECT_TRUE(check_offer_transition(OfferStatus::kPendingReview, a, Actor::kCoordinator,
                                       "« Belge uniquement » : à retirer")
                    .ok());
  }
  const std::string too_long(kMaxTransitionReasonLength + 1, 'r');
  EXPECT_EQ(check_offer_transition(OfferStatus::kPublished, OfferAction::kClose, Actor::kEmployer,
                                   too_long)
                .error()
                .field,
            "reason");
}

TEST(OfferLifecycle, AvailableActionsAreTheButtons) {
  using A = OfferAction;
  EXPECT_EQ(available_actions(OfferStatus::kPendingReview, Actor::kCoordinator),
            (std::vector<A>{A::kApprove, A::kSendBack, A::kTakeDown}));
  EXPECT_EQ(available_actions(OfferStatus::kPublished, Actor::kEmployer),
            (std::vector<A>{A::kConfirm, A::kMarkFilled, A::kClose}));
  EXPECT_EQ(available_actions(OfferStatus::kDraft, Actor::kEmployer),
            (std::vector<A>{A::kSubmit, A::kClose}));
  EXPECT_EQ(available_actions(OfferStatus::kPublished, Actor::kSystem),
            (std::vector<A>{A::kExpire, A::kHold}));
  EXPECT_EQ(available_actions(OfferStatus::kDraft, Actor::kSystem),
            (std::vector<A>{A::kPublishVetted}));
}

TEST(OfferExpiry, SixtyDaysAfterTheLastUpdateWithAReminderSevenDaysBefore) {
  const Date updated{year{2026}, month{1}, day{1}};
  EXPECT_EQ(valid_through(updated), (Date{year{2026}, month{3}, day{2}}));
  EXPECT_EQ(reminder_date(updated), (Date{year{2026}, month{2}, day{23}}));
  const auto P = OfferStatus::kPublished;
  EXPECT_FALSE(reminder_due(P, updated, Date{year{2026}, month{2}, day{22}}));
  EXPECT_TRUE(reminder_due(P, updated, Date{year{2026}, month{2}, day{23}}));
  EXPECT_TRUE(reminder_due(P, updated, Date{year{2026}, month{3}, day{2}}));
  EXPECT_FALSE(expired(P, updated, Date{year{2026}, month{3}, day{2}}));  // last valid day
  EXPECT_TRUE(expired(P, updated, Date{year{2026}, month{3}, day{3}}));
  EXPECT_FALSE(reminder_due(P, updated, Date{year{2026}, month{3}, day{3}}));
  // Only published offers expire or are reminded.
  EXPECT_FALSE(expired(OfferStatus::kDraft, updated, Date{year{2027}, month{1}, day{1}}));
  EXPECT_FALSE(reminder_due(OfferStatus::kFilled, updated, Date{year{2026}, month{2}, day{25}}));
  // Across a leap day.
  EXPECT_EQ(valid_through(Date{year{2028}, month{1}, day{1}}),
            (Date{year{2028}, month{3}, day{1}}));
}

}  // namespace
}  // namespace primowork::offers
