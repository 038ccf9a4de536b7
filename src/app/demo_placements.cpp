// Demonstration placements: four more fictional people followed by the CISP Ourthe counsellor,
// and twenty-one proposals of demo people for demo offers across the whole journey (proposed,
// sent, declined with a reason, interviews, internships and immersions followed or not by a
// hire, PFIs, hires in CDI, CDD and article 60, withdrawn), dated over the last 14 months. Every
// move goes through check_transition() (on the day it happened) and the store, with its log row,
// and the follow-ups of each hire (those already due answered). Nothing touches the demo
// employer's company (Hôpital du Val), whose proposals the placements journey makes.
//
// The outcome figures these proposals give are computed by hand in
// tests/demo/demo_outcomes_test.cpp: change a proposal here, change the figures there.
#include <iostream>
#include <stdexcept>

#include "app/demo.h"
#include "placements/proposal_json.h"
#include "placements/proposal_store.h"
#include "placements/transitions.h"
#include "security/accounts.h"

namespace primowork::app {
namespace {

using placements::Party;
using placements::ProposalState;
using S = ProposalState;

// One move: the state reached and the day (days from today, negative in the past). For
// interview_planned `a` is the interview's day; for internship `a`..`b` its dates and `code` its
// kind; for pfi `a` its start and `b` its weeks; for hired `a` the contract's start, `b` its end
// (0: none), `code` its type; for declined, not_retained and withdrawn `code` is the reason.
struct DemoMove {
  ProposalState to;
  int day;
  int a = 0, b = 0;
  const char* code = "";
};

struct DemoPlacement {
  const char* given;
  const char* family;
  const char* company;  // demo company name (demo_offers.cpp)
  const char* rome;     // its offer for this occupation
  int proposed;         // day the counsellor checked and proposed
  std::vector<DemoMove> moves;
};

// The usual road from sent to a disclosed identity and a held interview, `d` days after proposing.
std::vector<DemoMove> up_to_interview(int p, int held) {
  return {{S::kSent, p + 1},
          {S::kInterested, p + 4},
          {S::kDisclosed, p + 5},
          {S::kInterviewPlanned, p + 6, held},
          {S::kInterviewHeld, held}};
}

std::vector<DemoMove> then(std::vector<DemoMove> first, std::vector<DemoMove> more) {
  first.insert(first.end(), more.begin(), more.end());
  return first;
}

const std::vector<DemoPlacement>& placements_table() {
  static const std::vector<DemoPlacement> table = {
      // Service d'insertion Meuse (Nadia Conseillère).
      {"Oleksandr", "Kovalenko", "Logistique Meuse SRL (fictive)", "N1101", -300,
       then(up_to_interview(-300, -285),
            {{S::kInternship, -282, -280, -250, "internship"}, {S::kHired, -240, -235, 0, "CDI"}})},
      {"Yonas", "Tesfaye", "Brasserie du Pont d'Avroy (fictive)", "G1602", -330,
       then(up_to_interview(-330, -320), {{S::kInternship, -316, -315, -301, "internship"},
                                          {S::kHired, -205, -200, -20, "CDD"}})},
      {"Samuel", "Okafor", "Garage Fléronnais (fictive)", "I1604", -400,
       then(up_to_interview(-400, -390),
            {{S::kInternship, -389, -388, -360, "internship"},
             {S::kNotRetained, -355, 0, 0, "internship_inconclusive"}})},
      {"Ahmad", "Rahimi", "Bâtir Ourthe SRL (fictive)", "F1703", -250,
       then(up_to_interview(-250, -240), {{S::kInternship, -239, -238, -210, "internship"},
                                          {S::kNotRetained, -205, 0, 0, "position_filled"}})},
      {"Ahmad", "Rahimi", "Logistique Meuse SRL (fictive)", "N1103", -190,
       then(up_to_interview(-190, -182), {{S::kHired, -175, -170, -10, "CDD"}})},
      {"Juan Carlos", "Restrepo", "Métallerie Mosane SRL (fictive)", "H2911", -280,
       then(up_to_interview(-280, -270),
            {{S::kPfi, -265, -260, 26}, {S::kHired, -80, -78, 0, "CDI"}})},
      {"Arman", "Petrosyan", "Métallerie Mosane SRL (fictive)", "H2913", -120,
       then(up_to_interview(-120, -111), {{S::kPfi, -105, -100, 20}})},
      {"Nadia",
       "Benali",
       "Maison de repos Les Tilleuls (fictive)",
       "J1506",
       -200,
       {{S::kSent, -199}, {S::kDeclined, -190, 0, 0, "position_filled"}}},
      {"Grace", "Mbuyi", "Maison de repos Les Tilleuls (fictive)", "K1302", -180,
       then(up_to_interview(-180, -170), {{S::kHired, -165, -150, 0, "CDI"}})},
      {"Dmytro",
       "Shevchenko",
       "Logistique Meuse SRL (fictive)",
       "N4101",
       -90,
       {{S::kSent, -89}, {S::kDeclined, -80, 0, 0, "availability"}}},
      {"Aisha", "Abdi", "Supermarché du Laveu (fictive)", "D1505", -150,
       then(up_to_interview(-150, -140),
            {{S::kInternship, -138, -135, -121, "immersion"}, {S::kHired, -115, -110, 70, "CDD"}})},
      {"Leila", "Karimi", "Informatique Val-Benoît (fictive)", "I1404", -9, {{S::kSent, -8}}},
      {"Sofia",
       "Petrenko",
       "Hôtel des Guillemins (fictive)",
       "G1501",
       -45,
       {{S::kWithdrawn, -40, 0, 0, "not_interested"}}},
      {"Ana", "Lima", "Brasserie du Pont d'Avroy (fictive)", "G1803", -420,
       then(up_to_interview(-420, -411), {{S::kHired, -400, -395, 0, "CDI"}})},
      {"Claudine", "Uwase", "Propreté Mosane SA (fictive)", "K2204", -100,
       then(up_to_interview(-100, -94), {{S::kInternship, -92, -90, -76, "internship"}})},
      {"Yonas",
       "Tesfaye",
       "Hôtel des Guillemins (fictive)",
       "G1501",
       -425,
       {{S::kSent, -424}, {S::kDeclined, -420, 0, 0, "french_level"}}},
      // CISP Ourthe (Karim Conseiller).
      {"Samira", "Haddad", "Maison de repos Les Tilleuls (fictive)", "G1607", -20, {}},
      {"Yusuf", "Demir", "Bâtir Ourthe SRL (fictive)", "F1703", -70,
       then(up_to_interview(-70, -60),
            {{S::kInternship, -58, -55, -41, "internship"}, {S::kHired, -33, -30, 0, "CDI"}})},
      {"Ngozi", "Eze", "Crèche Les Petits Pas (fictive)", "K1307", -130,
       then(up_to_interview(-130, -120), {{S::kHired, -105, -100, 0, "article_60"}})},
      {"Ngozi",
       "Eze",
       "Crèche Les Petits Pas (fictive)",
       "K1303",
       -132,
       {{S::kSent, -131}, {S::kDeclined, -128, 0, 0, "french_level"}}},
      {"Farid",
       "Nouri",
       "Jardins du Condroz (fictive)",
       "A1203",
       -25,
       {{S::kSent, -24}, {S::kInterested, -21}}},
  };
  return table;
}

// The people of the CISP Ourthe: given, family, postcode, target occupation, other language.
struct OurthePerson {
  const char* given;
  const char* family;
  const char* postcode;
  const char* target;
  const char* other;
};
const OurthePerson kOurthePeople[] = {
    {"Samira", "Haddad", "4130", "G1607", "ar"},
    {"Yusuf", "Demir", "4140", "F1703", "tr"},
    {"Ngozi", "Eze", "4130", "K1303", "en"},
    {"Farid", "Nouri", "4920", "A1203", "fa"},
};

const char* kOurtheCounsellor = "conseiller.ourthe@demo.primowork.be";
const char* kMeuseCounsellor = "conseillere@demo.primowork.be";

bool create_ourthe_people(Application& app, const security::Actor& counsellor, Date today,
                          const Console& console) {
  for (const auto& d : kOurthePeople) {
    people::PersonFile f;
    f.given_name = d.given;
    f.family_name = d.family;
    f.postcode = d.postcode;
    f.residence_status = "refugee_recognised";
    f.document_type = "A";
    f.document_expiry = Date{std::chrono::sys_days(today) + std::chrono::days(500)};
    f.access = "unlimited";
    f.languages.push_back({"fr", "", "B1", "B1", "B1", "B1"});
    f.languages.push_back({d.other, "C2", "", "", "", ""});
    f.preferred_language = "fr";
    f.targets = {d.target};
    auto made = app.people().create(counsellor, f);
    if (!made) {
      std::cerr << console.tr(made.error().message_id) << " (" << d.given << " " << d.family << ", "
                << made.error().field << ")\n";
      return false;
    }
    if (!app.people().record_consent(counsellor, made->file.id, "processing", "", true))
      return false;
  }
  return true;
}

Date plus(Date today, int days) {
  return Date{std::chrono::sys_days(today) + std::chrono::days(days)};
}

// 09:00 UTC on that day: 10:00 or 11:00 in Brussels, the same calendar day.
std::time_t at(Date day) {
  return std::chrono::system_clock::to_time_t(std::chrono::sys_days(day) + std::chrono::hours(9));
}

placements::TransitionData data_for(const DemoMove& m, Date today) {
  placements::TransitionData d;
  switch (m.to) {
    case S::kDeclined:
    case S::kNotRetained:
    case S::kWithdrawn:
      d.reason_code = m.code;
      d.share_reason = true;
      break;
    case S::kDisclosed:
      d.consent = true;
      d.consent_channel = "in_person";
      break;
    case S::kInterviewPlanned:
      d.interview_at = to_iso(plus(today, m.a)) + "T10:00";
      d.interview_place = "Dans l'entreprise, à l'accueil";
      break;
    case S::kInternship:
      d.internship_kind = m.code;
      d.internship_start = plus(today, m.a);
      d.internship_end = plus(today, m.b);
      break;
    case S::kPfi:
      d.pfi_start = plus(today, m.a);
      d.pfi_weeks = m.b;
      break;
    case S::kHired:
      d.contract_type = m.code;
      d.contract_start = plus(today, m.a);
      if (m.b != 0) d.contract_end = plus(today, m.b);
      d.weekly_hours = 38;
      break;
    default:
      break;
  }
  return d;
}

// Who makes each move in the demo: the employer answers and decides, the counsellor proposes,
// sends, records the person's agreement and withdraws.
Party party_of(ProposalState to) {
  switch (to) {
    case S::kSent:
    case S::kDisclosed:
    case S::kWithdrawn:
      return Party::kCounsellor;
    default:
      return Party::kEmployer;
  }
}

struct Lookup {
  std::string person_id, organisation_id, counsellor_id;
};

}  // namespace

bool load_demo_placements(Application& app, db::Database& db, const Console& console) {
  std::string meuse_id, ourthe_id;
  security::Actor ourthe;
  {
    auto lease = db.acquire();
    auto meuse = security::accounts::find_user_by_login(*lease, kMeuseCounsellor);
    ourthe.user = security::accounts::find_user_by_login(*lease, kOurtheCounsellor);
    if (!meuse || !ourthe.user) return true;  // no demo counsellors: nothing to attach to
    int existing = 0;
    *lease << "SELECT COUNT(*) FROM proposals WHERE counsellor_id IN (:m, :o)",
        soci::into(existing), soci::use(meuse->id), soci::use(ourthe.user->id);
    if (existing > 0) return true;  // already loaded (or the demo counsellors proposed already)
    int followed = 0;
    *lease << "SELECT COUNT(*) FROM people WHERE referent_id = :u", soci::into(followed),
        soci::use(ourthe.user->id);
    if (followed == 0 && !create_ourthe_people(app, ourthe, app.placements().today(), console))
      return false;
  }
  const Date today = app.placements().today();
  int written = 0;
  try {
    db::with_transaction(db, [&](soci::session& s) {
      for (const auto& d : placements_table()) {
        Lookup who;
        soci::indicator referent_ind = soci::i_ok;
        const std::string given = d.given, family = d.family, company = d.company, rome = d.rome;
        s << "SELECT id, organisation_id, referent_id FROM people WHERE given_name = :g AND "
             "family_name = :f",
            soci::into(who.person_id), soci::into(who.organisation_id),
            soci::into(who.counsellor_id, referent_ind), soci::use(given), soci::use(family);
        std::string offer_id;
        s << "SELECT o.id FROM offers o JOIN companies c ON c.id = o.company_id WHERE c.name = :c "
             "AND o.occupation_code = :r",
            soci::into(offer_id), soci::use(company), soci::use(rome);
        if (who.person_id.empty() || offer_id.empty() || referent_ind != soci::i_ok) {
          std::cerr << console.tr("Proposition de démonstration impossible : ") << given << " "
                    << family << ", " << company << " " << rome << "\n";
          throw std::runtime_error("demo placements");
        }
        placements::Proposal p;
        p.person_id = who.person_id;
        p.offer_id = offer_id;
        p.organisation_id = who.organisation_id;
        p.counsellor_id = who.counsellor_id;
        p.state = S::kProposed;
        p.explanation_json = "{}";
        placements::TransitionData checked;
        checked.checked = true;
        const Date proposed_on = plus(today, d.proposed);
        p = placements::store::create(s, p, Party::kCounsellor, who.counsellor_id,
                                      placements::to_json(checked).dump(), proposed_on,
                                      at(proposed_on));
        for (const auto& m : d.moves) {
          const Date day = plus(today, m.day);
          const placements::TransitionData data = data_for(m, today);
          const Party party = party_of(m.to);
          auto next = placements::check_transition(p, m.to, party, data, day);
          if (!next) {
            std::cerr << console.tr(next.error().message_id) << " (" << d.family << ", "
                      << placements::to_string(m.to) << ", " << next.error().field << ")\n";
            throw std::runtime_error("demo placements");
          }
          const std::string actor = party == Party::kCounsellor ? who.counsellor_id : "";
          placements::store::save_transition(s, *next, p.state, party, actor,
                                             placements::to_json(data).dump(), at(day));
          p = *next;
          p.version += 1;
          if (m.to == S::kHired) {
            for (auto f : placements::store::create_follow_ups(s, p, *p.contract_start)) {
              if (plus(f.due, 14) > today) continue;  // still to do
              const bool ended = p.contract_end && f.due > *p.contract_end;
              f.status = ended ? placements::FollowUpStatus::kEnded
                               : placements::FollowUpStatus::kStillEmployed;
              if (ended) f.end_reason = "end_of_contract";
              f.recorded_by = who.counsellor_id;
              f.recorded_on = f.due;
              placements::store::record_follow_up(s, f);
            }
          }
        }
        ++written;
      }
    });
  } catch (const std::runtime_error&) {
    return false;  // said why above; the transaction rolled back
  }
  std::cout << console.tr("Propositions de démonstration : ") << written << "\n";
  return true;
}

}  // namespace primowork::app
