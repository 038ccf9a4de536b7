// Placements: the state machine table (every move by state and party), the data each move needs,
// the PFI and follow-up dates, staleness; then the service on both backends: creation, the whole
// journey with its log, follow-ups and mails, who may see and move what, and optimistic locking
// (two writers, one wins; a stale version changes nothing).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "app_fixture.h"
#include "companies/company_store.h"
#include "offers/offer_store.h"
#include "placements/placement_service.h"
#include "placements/proposal_store.h"
#include "placements/transitions.h"
#include "platform/code_table.h"

namespace primowork {
namespace {

using placements::Party;
using placements::Proposal;
using placements::ProposalState;
using placements::TransitionData;
using S = ProposalState;

Date day(const char* iso) {
  return *parse_iso_date(iso);
}

const Date kToday = day("2026-09-21");

// Data that satisfies every requirement of the move to `to` (from `from`).
TransitionData complete_data(ProposalState to) {
  TransitionData d;
  d.checked = true;
  d.consent = true;
  d.consent_channel = "phone";
  d.interview_at = "2026-09-30T10:00";
  d.interview_place = "Rue Saint-Gilles 1, 4000 Liège";
  d.internship_kind = "immersion";
  d.internship_start = day("2026-10-01");
  d.internship_end = day("2026-10-14");
  d.pfi_start = day("2026-10-05");
  d.pfi_weeks = 12;
  d.contract_type = "CDI";
  d.contract_start = day("2027-01-04");
  d.weekly_hours = 38;
  switch (to) {
    case S::kDeclined:
      d.reason_code = "french_level";
      break;
    case S::kNotRetained:
      d.reason_code = "interview_inconclusive";
      break;
    case S::kWithdrawn:
      d.reason_code = "not_interested";
      break;
    default:
      break;
  }
  return d;
}

Proposal in_state(ProposalState s) {
  Proposal p;
  p.state = s;
  p.version = 3;
  if (s == S::kPfi) {
    p.pfi_start = day("2026-10-05");
    p.pfi_weeks = 12;
    p.pfi_min_contract_end = placements::pfi_min_contract_end(*p.pfi_start, 12);
  }
  return p;
}

// --- The table --------------------------------------------------------------------------------

TEST(PlacementTransitions, EveryMoveIsAllowedOrRefusedAsTheTableSays) {
  const std::vector<Party> parties = {Party::kCounsellor, Party::kEmployer, Party::kCandidate,
                                      Party::kCoordinator, Party::kSystem};
  int allowed = 0, checked = 0;
  for (ProposalState from : placements::all_states()) {
    for (ProposalState to : placements::all_states()) {
      const auto* row = placements::transition_to(to);
      for (Party party : parties) {
        SCOPED_TRACE(std::string(to_string(from)) + " -> " + std::string(to_string(to)) + " by " +
                     std::string(to_string(party)));
        const auto r =
            placements::check_transition(in_state(from), to, party, complete_data(to), kToday);
        const bool from_ok = row != nullptr && contains(row->from, from);
        const bool party_ok = row != nullptr && contains(row->parties, party);
        if (from_ok && party_ok) {
          ASSERT_TRUE(r.ok()) << r.error().message_id << " " << r.error().field;
          EXPECT_EQ(r->state, to);
          EXPECT_EQ(r->version, 3);  // the store increments it
          EXPECT_EQ(r->last_change, kToday);
          ++allowed;
        } else {
          ASSERT_FALSE(r.ok());
          EXPECT_EQ(r.error().code, from_ok ? ErrorCode::kForbidden : ErrorCode::kConflict);
          EXPECT_EQ(r.error().field, "to");
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 15 * 15 * 5);
  EXPECT_GT(allowed, 40);
}

TEST(PlacementTransitions, TheJourneyOfTheIssueIsInTheTable) {
  using P = Party;
  const std::vector<std::tuple<S, S, P>> journey = {
      {S::kSuggested, S::kProposed, P::kCounsellor},
      {S::kProposed, S::kSent, P::kCounsellor},
      {S::kSent, S::kInterested, P::kEmployer},
      {S::kInterested, S::kDisclosed, P::kCandidate},
      {S::kInterested, S::kDisclosed, P::kCounsellor},
      {S::kDisclosed, S::kInterviewPlanned, P::kEmployer},
      {S::kInterviewPlanned, S::kInterviewHeld, P::kEmployer},
      {S::kInterviewHeld, S::kPfi, P::kEmployer},
      {S::kPfi, S::kHired, P::kEmployer},
      {S::kSent, S::kNoAnswer, P::kSystem},
      {S::kInterviewHeld, S::kInternship, P::kCounsellor},
      {S::kInternship, S::kHired, P::kCounsellor},
  };
  for (const auto& [from, to, party] : journey) {
    EXPECT_TRUE(
        placements::check_transition(in_state(from), to, party, complete_data(to), kToday).ok())
        << to_string(from) << " -> " << to_string(to);
  }
  // Nothing reaches an employer without a counsellor; the employer never discloses.
  EXPECT_FALSE(placements::check_transition(in_state(S::kSuggested), S::kSent, P::kCounsellor,
                                            complete_data(S::kSent), kToday)
                   .ok());
  EXPECT_EQ(placements::check_transition(in_state(S::kInterested), S::kDisclosed, P::kEmployer,
                                         complete_data(S::kDisclosed), kToday)
                .error()
                .code,
            ErrorCode::kForbidden);
  // Withdrawn by the person or the counsellor at any open step; never after a hire.
  for (S s : placements::all_states()) {
    const auto r = placements::check_transition(in_state(s), S::kWithdrawn, P::kCandidate,
                                                complete_data(S::kWithdrawn), kToday);
    EXPECT_EQ(r.ok(), placements::is_open(s)) << to_string(s);
  }
  EXPECT_EQ(placements::available_moves(S::kSent, P::kEmployer),
            (std::vector<S>{S::kInterested, S::kDeclined}));
}

// --- Required data ----------------------------------------------------------------------------

struct Missing {
  S from, to;
  Party party;
  std::function<void(TransitionData&)> spoil;
  const char* field;
};

TEST(PlacementTransitions, EachMoveNamesItsMissingOrBadField) {
  const std::vector<Missing> cases = {
      {S::kSuggested, S::kProposed, Party::kCounsellor, [](auto& d) { d.checked = false; },
       "checked"},
      {S::kSent, S::kDeclined, Party::kEmployer, [](auto& d) { d.reason_code = ""; },
       "reason_code"},
      {S::kSent, S::kDeclined, Party::kEmployer, [](auto& d) { d.reason_code = "ugly"; },
       "reason_code"},
      {S::kSent, S::kDeclined, Party::kEmployer, [](auto& d) { d.reason_code = "other"; },
       "reason_text"},
      {S::kInterested, S::kDisclosed, Party::kCandidate, [](auto& d) { d.consent = false; },
       "consent"},
      {S::kInterested, S::kDisclosed, Party::kCounsellor, [](auto& d) { d.consent_channel = ""; },
       "consent_channel"},
      {S::kDisclosed, S::kInterviewPlanned, Party::kEmployer,
       [](auto& d) { d.interview_at = "2026-09-30 10h"; }, "interview_at"},
      {S::kDisclosed, S::kInterviewPlanned, Party::kEmployer,
       [](auto& d) { d.interview_at = "2026-09-20T10:00"; }, "interview_at"},
      {S::kDisclosed, S::kInterviewPlanned, Party::kEmployer,
       [](auto& d) { d.interview_place = "  "; }, "interview_place"},
      {S::kInterviewHeld, S::kInternship, Party::kEmployer,
       [](auto& d) { d.internship_kind = "job"; }, "internship_kind"},
      {S::kInterviewHeld, S::kInternship, Party::kEmployer,
       [](auto& d) { d.internship_end = day("2026-09-01"); }, "internship_end"},
      {S::kInterviewHeld, S::kPfi, Party::kEmployer, [](auto& d) { d.pfi_start.reset(); },
       "pfi_start"},
      {S::kInterviewHeld, S::kPfi, Party::kEmployer, [](auto& d) { d.pfi_weeks = 3; }, "pfi_weeks"},
      {S::kInterviewHeld, S::kPfi, Party::kEmployer, [](auto& d) { d.pfi_weeks = 53; },
       "pfi_weeks"},
      {S::kInterviewHeld, S::kHired, Party::kEmployer, [](auto& d) { d.contract_type = ""; },
       "contract_type"},
      {S::kInterviewHeld, S::kHired, Party::kEmployer, [](auto& d) { d.contract_type = "PFI"; },
       "contract_type"},
      {S::kInterviewHeld, S::kHired, Party::kEmployer, [](auto& d) { d.contract_start.reset(); },
       "contract_start"},
      {S::kInterviewHeld, S::kHired, Party::kEmployer, [](auto& d) { d.weekly_hours = 0; },
       "weekly_hours"},
      {S::kInterviewHeld, S::kHired, Party::kEmployer, [](auto& d) { d.contract_type = "CDD"; },
       "contract_end"},
      {S::kPfi, S::kHired, Party::kEmployer, [](auto& d) { d.contract_type = "interim"; },
       "contract_type"},
      {S::kDisclosed, S::kNotRetained, Party::kEmployer, [](auto& d) { d.reason_code = ""; },
       "reason_code"},
      {S::kSent, S::kWithdrawn, Party::kCounsellor, [](auto& d) { d.reason_code = ""; },
       "reason_code"},
      {S::kSent, S::kWithdrawn, Party::kCounsellor,
       [](auto& d) { d.reason_text = std::string(1001, 'x'); }, "reason_text"},
  };
  for (const auto& c : cases) {
    TransitionData d = complete_data(c.to);
    c.spoil(d);
    const auto r = placements::check_transition(in_state(c.from), c.to, c.party, d, kToday);
    ASSERT_FALSE(r.ok()) << c.field;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalid) << c.field;
    EXPECT_EQ(r.error().field, c.field);
    EXPECT_FALSE(r.error().message_id.empty());
  }
}

TEST(PlacementTransitions, DisclosureRecordsWhoAgreedAndHow) {
  auto by_person =
      placements::check_transition(in_state(S::kInterested), S::kDisclosed, Party::kCandidate,
                                   complete_data(S::kDisclosed), kToday);
  ASSERT_TRUE(by_person.ok());
  EXPECT_EQ(by_person->disclosed_by, "person");
  EXPECT_EQ(by_person->consent_channel, "");
  EXPECT_EQ(by_person->disclosed_on, kToday);
  auto by_counsellor =
      placements::check_transition(in_state(S::kInterested), S::kDisclosed, Party::kCounsellor,
                                   complete_data(S::kDisclosed), kToday);
  ASSERT_TRUE(by_counsellor.ok());
  EXPECT_EQ(by_counsellor->disclosed_by, "counsellor");
  EXPECT_EQ(by_counsellor->consent_channel, "phone");
}

// --- PFI, follow-ups, staleness ---------------------------------------------------------------

TEST(PlacementDates, PfiEndAndMinimumContractEnd) {
  EXPECT_EQ(placements::pfi_end(day("2026-01-05"), 12), day("2026-03-29"));
  EXPECT_EQ(placements::pfi_min_contract_end(day("2026-01-05"), 12), day("2026-06-21"));
  EXPECT_EQ(placements::pfi_end(day("2026-01-05"), 4), day("2026-02-01"));
  EXPECT_EQ(placements::pfi_min_contract_end(day("2026-01-05"), 52), day("2028-01-02"));

  for (int weeks : {4, 26, 52}) {
    TransitionData d = complete_data(S::kPfi);
    d.pfi_weeks = weeks;
    auto r = placements::check_transition(in_state(S::kInterviewHeld), S::kPfi, Party::kEmployer, d,
                                          kToday);
    ASSERT_TRUE(r.ok()) << weeks;
    EXPECT_EQ(r->pfi_min_contract_end, placements::pfi_min_contract_end(*d.pfi_start, weeks));
  }
  // After a PFI of 12 weeks from 2026-10-05: a CDD must end on or after 2027-03-21.
  EXPECT_EQ(in_state(S::kPfi).pfi_min_contract_end, day("2027-03-21"));
  TransitionData cdd = complete_data(S::kHired);
  cdd.contract_type = "CDD";
  cdd.contract_start = day("2026-12-28");
  cdd.contract_end = day("2027-03-20");
  auto short_cdd =
      placements::check_transition(in_state(S::kPfi), S::kHired, Party::kEmployer, cdd, kToday);
  ASSERT_FALSE(short_cdd.ok());
  EXPECT_EQ(short_cdd.error().field, "contract_end");
  cdd.contract_end = day("2027-03-21");
  EXPECT_TRUE(
      placements::check_transition(in_state(S::kPfi), S::kHired, Party::kEmployer, cdd, kToday)
          .ok());
}

TEST(PlacementDates, FollowUpsAtOneThreeSixAndTwelveMonths) {
  const auto due = placements::follow_up_schedule(day("2026-01-31"));
  ASSERT_EQ(due.size(), 4u);
  EXPECT_EQ(due[0].months, 1);
  EXPECT_EQ(due[0].due, day("2026-02-28"));
  EXPECT_EQ(due[1].due, day("2026-04-30"));
  EXPECT_EQ(due[2].due, day("2026-07-31"));
  EXPECT_EQ(due[3].months, 12);
  EXPECT_EQ(due[3].due, day("2027-01-31"));
  EXPECT_EQ(placements::add_months(day("2028-01-31"), 1), day("2028-02-29"));
  EXPECT_EQ(placements::add_months(day("2026-11-15"), 3), day("2027-02-15"));

  using placements::FollowUpAnswer;
  EXPECT_TRUE(placements::check_follow_up({"still_employed", "", "", ""}).ok());
  EXPECT_EQ(placements::check_follow_up({"pending", "", "", ""}).error().field, "status");
  EXPECT_EQ(placements::check_follow_up({"contract_changed", "", "", ""}).error().field,
            "contract_type");
  EXPECT_TRUE(placements::check_follow_up({"contract_changed", "CDI", "", ""}).ok());
  EXPECT_EQ(placements::check_follow_up({"ended", "", "", ""}).error().field, "end_reason");
  EXPECT_EQ(placements::check_follow_up({"ended", "", "other", ""}).error().field, "note");
  EXPECT_TRUE(placements::check_follow_up({"ended", "", "resignation", ""}).ok());
}

TEST(PlacementDates, StaleProposalsAreRemindedThenClosed) {
  using placements::Staleness;
  const Date sent = day("2026-09-01");
  auto after = [&](int n) { return Date{std::chrono::sys_days{sent} + std::chrono::days{n}}; };
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(9)), Staleness::kFresh);
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(10)), Staleness::kRemind);
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(29)), Staleness::kRemind);
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(30)), Staleness::kClose);
  EXPECT_EQ(placements::staleness(S::kInterested, sent, after(90)), Staleness::kFresh);
  const placements::StalenessRules quick{2, 5};
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(2), quick), Staleness::kRemind);
  EXPECT_EQ(placements::staleness(S::kSent, sent, after(5), quick), Staleness::kClose);
}

// --- The service, on both backends ------------------------------------------------------------

class Placements : public testing_support::AppFixture {
 protected:
  void SetUp() override {
    AppFixture::SetUp();
    if (IsSkipped()) return;
    counsellor_ = actor(make_user(security::Role::kCounsellor, "conseil@cripel.test"));
    employer_ = actor(make_user(security::Role::kEmployer, "patron@logistique.test"));
    candidate_user_ = make_user(security::Role::kCandidate, "amina@personne.test");
    candidate_ = actor(candidate_user_);
    coordinator_ = actor(make_user(security::Role::kCoordinator, "coord@ibefe.test"));
    person_ = new_person("Amina", "Diallo");
    ASSERT_TRUE(app_->people().link_account(counsellor_, person_, candidate_user_.id).ok());
    offer_ = published_offer("Cariste");
  }

  static security::Actor actor(const security::User& user) {
    security::Actor a;
    a.user = user;
    return a;
  }

  std::string new_person(const std::string& given, const std::string& family) {
    people::PersonFile f;
    f.given_name = given;
    f.family_name = family;
    f.postcode = "4000";
    f.email = given + "@personne.test";
    auto created = app_->people().create(counsellor_, f);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().field);
    if (!created.ok()) return "";
    // A proposal needs the person's consent to an anonymised profile shown to employers.
    EXPECT_TRUE(app_->people()
                    .record_consent(counsellor_, created->file.id, "employer_visibility", "", true)
                    .ok());
    return created->file.id;
  }

  std::string published_offer(const std::string& title) {
    auto lease = db_->acquire();
    auto company = companies::store::find_by_organisation(*lease, org(security::OrgKind::kCompany));
    if (!company) {
      companies::store::Company c;
      c.name = "Logistique Meuse";
      c.enterprise_number = "0123456749";
      c.postal_code = "4000";
      c.commune = "Liège";
      c = companies::store::create(*lease, c, "", now_);
      companies::store::set_organisation(*lease, c.id, org(security::OrgKind::kCompany));
      companies::store::set_status(*lease, c.id, companies::CompanyStatus::kPending,
                                   companies::CompanyStatus::kApproved, "", "", now_);
      company = companies::store::find(*lease, c.id);
    }
    offers::store::Offer o;
    o.company_id = company->id;
    o.draft.title = title;
    o.draft.occupation_code = "N1101";
    o.draft.postal_code = "4000";
    o.draft.commune = "Liège";
    o = offers::store::create(*lease, o, "", app_->offers().today(), now_);
    offers::store::move(*lease, o.id, offers::OfferStatus::kDraft, offers::OfferStatus::kPublished,
                        offers::OfferAction::kPublishVetted, "", "", app_->offers().today(), now_);
    return o.id;
  }

  placements::PlacementService& service() { return app_->placements(); }

  Proposal propose(const std::string& person, const std::string& offer) {
    placements::NewProposal n{person, offer, 81.5, R"({"matched_core":["S1"]})", true};
    n.confirm_near_miss = true;  // these test files are thin: the engine may call them near misses
    auto p = service().create(counsellor_, n);
    EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message_id);
    return p.ok() ? *p : Proposal{};
  }

  // Moves `p` with complete data; expects success.
  Proposal move(const security::Actor& a, Proposal p, S to) {
    auto r = service().transition(a, p.id, to, p.version, complete_data(to));
    EXPECT_TRUE(r.ok()) << to_string(to) << ": " << (r.ok() ? "" : r.error().message_id);
    return r.ok() ? *r : p;
  }

  int count(const std::string& sql, const std::string& value) {
    auto lease = db_->acquire();
    int n = 0;
    *lease << sql, soci::into(n), soci::use(value);
    return n;
  }
  int mails_to(const std::string& address) {
    return count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r", address);
  }

  security::Actor counsellor_, employer_, candidate_, coordinator_;
  security::User candidate_user_;
  std::string person_, offer_;
};

TEST_P(Placements, CreateChecksThePersonTheOfferAndTheDecisionRecord) {
  const Proposal p = propose(person_, offer_);
  EXPECT_EQ(p.state, S::kProposed);
  EXPECT_EQ(p.version, 1);
  EXPECT_EQ(p.pseudonym.rfind("PW-", 0), 0u);
  auto stored = service().view(counsellor_, p.id);
  ASSERT_TRUE(stored.ok());
  // The decision record is the engine's, not the client's (81.5 and "S1" were ignored).
  const auto record = nlohmann::json::parse(stored->proposal.explanation_json);
  EXPECT_FALSE(record.contains("matched_core"));
  ASSERT_TRUE(record.contains("explanation"));
  EXPECT_TRUE(record["explanation"].is_array());
  EXPECT_TRUE(record.contains("near_miss"));
  ASSERT_TRUE(stored->proposal.score.has_value());
  EXPECT_NE(*stored->proposal.score, 81.5);
  EXPECT_GE(*stored->proposal.score, 0);
  EXPECT_LE(*stored->proposal.score, 100);
  EXPECT_EQ(stored->offer_title, "Cariste");

  // A second open proposal for the same pair, someone else's file, an employer.
  placements::NewProposal again{person_, offer_, std::nullopt, "{}", true};
  again.confirm_near_miss = true;
  EXPECT_EQ(service().create(counsellor_, again).error().code, ErrorCode::kConflict);
  // A near miss needs the counsellor's explicit confirmation.
  const std::string second = published_offer("Magasinier de nuit");
  if (record["near_miss"].get<bool>()) {
    placements::NewProposal unconfirmed{person_, second, std::nullopt, "{}", true};
    EXPECT_EQ(service().create(counsellor_, unconfirmed).error().field, "confirm_near_miss");
  }
  // Without a live consent "employer_visibility", nothing is proposed.
  {
    auto view = app_->people().view(counsellor_, person_);
    ASSERT_TRUE(view.ok());
    for (const auto& c : view->consents) {
      if (c.kind == "employer_visibility") {
        ASSERT_TRUE(app_->people().withdraw_consent(counsellor_, person_, c.id).ok());
      }
    }
    placements::NewProposal no_consent{person_, second, std::nullopt, "{}", true};
    no_consent.confirm_near_miss = true;
    const auto refused = service().create(counsellor_, no_consent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "consent");
  }
  placements::NewProposal unknown{"per_nobody", offer_, std::nullopt, "{}", true};
  EXPECT_EQ(service().create(counsellor_, unknown).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service().create(employer_, again).error().code, ErrorCode::kForbidden);
  const auto other = actor(make_user(security::Role::kCounsellor, "autre@ailleurs.test"));
  {
    auto lease = db_->acquire();
    auto elsewhere = security::accounts::create_organisation(
        *lease, security::OrgKind::kIntegrationOperator, "Ailleurs", now_);
    *lease << "DELETE FROM memberships WHERE user_id = :u", soci::use(other.user->id);
    security::accounts::add_membership(*lease, other.user->id, elsewhere->id, now_);
  }
  placements::NewProposal theirs{person_, published_offer("Magasinier"), std::nullopt, "{}", true};
  EXPECT_EQ(service().create(other, theirs).error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(service().view(other, p.id).ok());
}

TEST_P(Placements, TheWholeJourneyLogsEveryMoveAndCreatesFollowUps) {
  Proposal p = propose(person_, offer_);
  // Before "sent" the employer does not see it; the person does not see suggestions.
  EXPECT_EQ(service().view(employer_, p.id).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(service().list(employer_).empty());
  p = move(counsellor_, p, S::kSent);
  EXPECT_EQ(mails_to("patron@logistique.test"), 1);
  EXPECT_EQ(service().list(employer_).size(), 1u);
  p = move(employer_, p, S::kInterested);
  EXPECT_EQ(mails_to("amina@personne.test"), 1);  // the file's address
  // The employer cannot disclose; the person can.
  EXPECT_EQ(service()
                .transition(employer_, p.id, S::kDisclosed, p.version, complete_data(S::kDisclosed))
                .error()
                .code,
            ErrorCode::kForbidden);
  p = move(candidate_, p, S::kDisclosed);
  p = move(employer_, p, S::kInterviewPlanned);
  p = move(employer_, p, S::kInterviewHeld);
  p = move(employer_, p, S::kPfi);
  EXPECT_EQ(p.pfi_min_contract_end, day("2027-03-21"));
  p = move(employer_, p, S::kHired);
  EXPECT_EQ(p.state, S::kHired);
  EXPECT_EQ(p.version, 8);

  auto log = service().history(counsellor_, p.id);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 8u);
  EXPECT_EQ((*log)[0].from, "");
  EXPECT_EQ((*log)[0].to, "proposed");
  EXPECT_EQ((*log)[3].party, "candidate");
  EXPECT_EQ((*log)[7].to, "hired");
  EXPECT_EQ(nlohmann::json::parse((*log)[7].data_json)["contract_type"], "CDI");

  auto view = service().view(counsellor_, p.id);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->follow_ups.size(), 4u);
  EXPECT_EQ(view->follow_ups[0].due, day("2027-02-04"));
  EXPECT_EQ(view->follow_ups[3].due, day("2028-01-04"));
  auto answered = service().record_follow_up(counsellor_, view->follow_ups[0].id,
                                             {"ended", "", "resignation", ""});
  ASSERT_TRUE(answered.ok());
  EXPECT_EQ(answered->status, placements::FollowUpStatus::kEnded);
  EXPECT_EQ(service()
                .record_follow_up(counsellor_, view->follow_ups[1].id, {"ended", "", "", ""})
                .error()
                .field,
            "end_reason");
  EXPECT_EQ(service().due_follow_ups(counsellor_, day("2027-12-31")).size(), 2u);
}

TEST_P(Placements, AHireClosesTheOtherOpenProposalsAfterTheCounsellorConfirms) {
  Proposal hired = propose(person_, offer_);
  Proposal other = propose(person_, published_offer("Magasinier"));
  other = move(counsellor_, other, S::kSent);
  for (S to : {S::kSent, S::kInterested, S::kDisclosed, S::kHired}) {
    hired = move(to == S::kSent || to == S::kDisclosed ? counsellor_ : employer_, hired, to);
  }
  EXPECT_EQ(service().view(counsellor_, other.id)->proposal.state, S::kSent);  // not yet
  auto closed = service().close_others(counsellor_, hired.id);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(*closed, 1);
  const auto after = service().view(counsellor_, other.id)->proposal;
  EXPECT_EQ(after.state, S::kObsolete);
  EXPECT_EQ(after.reason_code, "hired_elsewhere");
  EXPECT_EQ(service().close_others(counsellor_, other.id).error().code, ErrorCode::kConflict);
}

TEST_P(Placements, OnlyTheRightPartiesSeeAndMoveAProposal) {
  Proposal p = propose(person_, offer_);
  p = move(counsellor_, p, S::kSent);
  // Another company's employer, another person, an admin: not found.
  auto other_org = [&] {
    auto lease = db_->acquire();
    return security::accounts::create_organisation(*lease, security::OrgKind::kCompany, "Autre SA",
                                                   now_)
        ->id;
  }();
  auto stranger =
      app_->auth().add_user("autre@autre.test", "employer", other_org, "Autre", kPassword, nullptr);
  ASSERT_TRUE(stranger.ok());
  EXPECT_EQ(service().view(actor(*stranger), p.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(
      service().transition(actor(*stranger), p.id, S::kInterested, p.version, {}).error().code,
      ErrorCode::kNotFound);
  EXPECT_TRUE(service().view(candidate_, p.id).ok());
  EXPECT_TRUE(service().view(coordinator_, p.id).ok());
  // The person may not answer for the employer; a wrong state is a conflict.
  EXPECT_EQ(service().transition(candidate_, p.id, S::kInterested, p.version, {}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(service()
                .transition(employer_, p.id, S::kHired, p.version, complete_data(S::kHired))
                .error()
                .code,
            ErrorCode::kConflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.read' AND outcome = "
                  "'denied' AND resource = :r",
                  "proposal:" + p.id),
            1);
}

TEST_P(Placements, AStaleVersionChangesNothing) {
  Proposal p = propose(person_, offer_);
  p = move(counsellor_, p, S::kSent);
  auto first = service().transition(employer_, p.id, S::kInterested, p.version, {});
  ASSERT_TRUE(first.ok());
  TransitionData decline = complete_data(S::kDeclined);
  auto late = service().transition(employer_, p.id, S::kDeclined, p.version, decline);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  EXPECT_EQ(late.error().field, "version");
  EXPECT_EQ(service().view(counsellor_, p.id)->proposal.state, S::kInterested);
  EXPECT_EQ(count("SELECT COUNT(*) FROM proposal_transitions WHERE proposal_id = :p", p.id), 3);

  // The store itself refuses a write at an old version (the race inside the transaction).
  auto lease = db_->acquire();
  Proposal stale = *placements::store::find(*lease, p.id);
  stale.version = 1;
  stale.state = S::kDeclined;
  stale.reason_code = "other";
  EXPECT_FALSE(placements::store::save_transition(*lease, stale, S::kSent, Party::kEmployer, "",
                                                  "{}", now_));
  EXPECT_EQ(placements::store::find(*lease, p.id)->state, S::kInterested);
}

TEST_P(Placements, TwoWritersAtOnceOneWins) {
  for (int round = 0; round < 5; ++round) {
    Proposal p = propose(person_, published_offer("Poste " + std::to_string(round)));
    p = move(counsellor_, p, S::kSent);
    std::atomic<int> wins{0}, conflicts{0};
    auto writer = [&](S to) {
      auto r = service().transition(to == S::kInterested ? employer_ : counsellor_, p.id, to,
                                    p.version, complete_data(to));
      if (r.ok())
        ++wins;
      else if (r.error().code == ErrorCode::kConflict)
        ++conflicts;
    };
    std::thread a(writer, S::kInterested), b(writer, S::kWithdrawn);
    a.join();
    b.join();
    EXPECT_EQ(wins.load(), 1);
    EXPECT_EQ(conflicts.load(), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM proposal_transitions WHERE proposal_id = :p", p.id), 3);
  }
}

TEST_P(Placements, StalenessRemindsOnceThenClosesAsNoAnswer) {
  Proposal p = propose(person_, offer_);
  p = move(counsellor_, p, S::kSent);
  now_ += 10 * 86400;
  EXPECT_EQ(service().apply_staleness().reminded, 1);
  EXPECT_EQ(service().apply_staleness().reminded, 0);
  EXPECT_EQ(mails_to("patron@logistique.test"), 2);  // sent, then the reminder
  now_ += 20 * 86400;
  const auto run = service().apply_staleness();
  EXPECT_EQ(run.closed, 1);
  const auto after = service().view(counsellor_, p.id)->proposal;
  EXPECT_EQ(after.state, S::kNoAnswer);
  EXPECT_EQ(after.reason_code, "no_answer");
  EXPECT_GE(mails_to("conseil@cripel.test"), 1);
}

TEST_P(Placements, TheDatabaseRefusesWhatTheTableForbids) {
  const Proposal p = propose(person_, offer_);
  auto lease = db_->acquire();
  auto refused = [&](const std::string& sql) {
    try {
      *lease << sql, soci::use(p.id);
      return false;
    } catch (const soci::soci_error&) {
      return true;
    }
  };
  EXPECT_TRUE(refused("UPDATE proposals SET state = 'hired' WHERE id = :id"));
  EXPECT_TRUE(refused("UPDATE proposals SET state = 'flying' WHERE id = :id"));
  EXPECT_TRUE(
      refused("UPDATE proposals SET pfi_start = '2026-10-05', pfi_weeks = 60, "
              "pfi_min_contract_end = '2027-10-05' WHERE id = :id"));
  EXPECT_TRUE(refused("UPDATE proposals SET state = 'disclosed' WHERE id = :id"));
  EXPECT_TRUE(refused("UPDATE proposals SET state = 'declined' WHERE id = :id"));
  EXPECT_FALSE(
      refused("UPDATE proposals SET state = 'declined', reason_code = 'other' WHERE id "
              "= :id"));
}

// The proposal page an employer reads: the anonymised profile and nothing that names the person
// before she agrees; her name after (the JSON side: anonymised_profile_test.cpp).
TEST_P(Placements, TheEmployersPageShowsNoIdentityBeforeDisclosure) {
  Proposal p = move(counsellor_, propose(person_, offer_), S::kSent);
  const auto employer = session_for(*employer_.user);
  auto page = request("GET", "/propositions/" + p.id, employer.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"profile\""), std::string::npos);
  EXPECT_NE(page.body.find(p.pseudonym), std::string::npos);
  for (const std::string forbidden : {"Amina", "Diallo", "@personne.test", person_.c_str()})
    EXPECT_EQ(page.body.find(forbidden), std::string::npos) << forbidden;
  EXPECT_EQ(page.body.find("id=\"decision\""), std::string::npos);  // the counsellor's record
  // No CV before disclosure either.
  EXPECT_EQ(request("GET", "/propositions/" + p.id + "/cv", employer.cookie).status, 404);

  p = move(employer_, p, S::kInterested);
  p = move(candidate_, p, S::kDisclosed);
  page = request("GET", "/propositions/" + p.id, employer.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Amina Diallo"), std::string::npos);
}

// The JSON API: a client's score is ignored, and a move needs the version the caller saw.
TEST_P(Placements, TheApiComputesTheRecordAndRefusesAStaleVersion) {
  const auto s = session_for(*counsellor_.user);
  auto json_request = [&](const std::string& method, const std::string& target,
                          const std::string& body) {
    http::Request r;
    r.method = method;
    r.target = target;
    r.remote_address = "192.0.2.10";
    r.headers.add("Cookie", s.cookie);
    r.headers.add("X-CSRF-Token", s.csrf);
    r.headers.add("Content-Type", "application/json");
    r.body = body;
    return app_->pipeline().handle(r);
  };
  auto created = json_request("POST", "/api/v1/proposals",
                              nlohmann::json{{"person_id", person_},
                                             {"offer_id", offer_},
                                             {"checked", true},
                                             {"confirm_near_miss", true},
                                             {"score", 99.5}}
                                  .dump());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto proposal = nlohmann::json::parse(created.body);
  EXPECT_EQ(proposal["state"], "proposed");
  EXPECT_NE(proposal["score"], 99.5);
  EXPECT_TRUE(proposal["explanation"].contains("score"));
  const std::string at = "/api/v1/proposals/" + proposal["id"].get<std::string>() + "/transitions";
  const int version = proposal["version"].get<int>();
  auto stale =
      json_request("POST", at, nlohmann::json{{"to", "sent"}, {"version", version - 1}}.dump());
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_NE(stale.body.find("entre-temps"), std::string::npos) << stale.body;  // says why
  auto sent = json_request("POST", at, nlohmann::json{{"to", "sent"}, {"version", version}}.dump());
  EXPECT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(nlohmann::json::parse(sent.body)["state"], "sent");
}

INSTANTIATE_TEST_SUITE_P(Backends, Placements, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
