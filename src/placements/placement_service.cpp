#include "placements/placement_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "companies/company_store.h"
#include "matches/match_api.h"
#include "offers/offer_store.h"
#include "people/consents_store.h"
#include "people/people_store.h"
#include "placements/proposal_json.h"
#include "platform/code_table.h"
#include "platform/log.h"
#include "platform/mail_outbox.h"
#include "platform/utf8.h"
#include "security/accounts.h"
#include "security/audit.h"

namespace primowork::placements {
namespace {

using Caller = security::Actor;

Error not_found() {
  return Error{ErrorCode::kNotFound, "",
               N_("Cette proposition n'existe pas ou ne vous est pas accessible."), ""};
}

Error stale_version() {
  return Error{ErrorCode::kConflict, "version",
               N_("Quelqu'un a modifié cette proposition entre-temps : rechargez-la et "
                  "recommencez. Rien n'a été changé."),
               ""};
}

std::string actor_id(const Caller& actor) {
  return actor.user ? actor.user->id : "";
}

std::string language_or_french(const std::string& lang) {
  return I18n::supported(lang) ? lang : "fr";
}

struct Recipient_ {
  std::string user_id, email, lang;
};

}  // namespace

struct PlacementService::Access {
  std::optional<Party> party;
  std::vector<std::string> organisations;  // counsellor: their organisations
  std::string company_id;                  // employer: their company
  std::string person_id;                   // candidate: their file
};

PlacementService::PlacementService(db::Database& db, people::PeopleService& people,
                                   matches::MatchService& matches, const I18n& i18n,
                                   std::string public_url, Clock clock, StalenessRules rules)
    : db_(db),
      people_(people),
      matches_(matches),
      i18n_(i18n),
      public_url_(std::move(public_url)),
      clock_(std::move(clock)),
      rules_(rules) {}

Date PlacementService::today() const {
  return brussels_date(clock_());
}

PlacementService::Access PlacementService::access(soci::session& s, const Caller& actor) {
  Access a;
  if (!actor.logged_in()) return a;
  a.party = party_for(actor.user->role);
  if (!a.party) return a;
  switch (*a.party) {
    case Party::kCounsellor:
      for (const auto& org : security::accounts::memberships(s, actor.user->id))
        a.organisations.push_back(org.id);
      break;
    case Party::kEmployer:
      for (const auto& org : security::accounts::memberships(s, actor.user->id)) {
        if (auto c = companies::store::find_by_organisation(s, org.id)) {
          a.company_id = c->id;
          break;
        }
      }
      break;
    case Party::kCandidate:
      a.person_id = people::store::person_of_user(s, actor.user->id);
      break;
    default:
      break;
  }
  return a;
}

bool PlacementService::may_see(soci::session& s, const Access& a, const Proposal& p) {
  if (!a.party) return false;
  switch (*a.party) {
    case Party::kCounsellor:
      // The file's owner today (a file moves with its organisation, not with the proposal).
      return contains(a.organisations, people::store::organisation_of(s, p.person_id));
    case Party::kEmployer: {
      if (a.company_id.empty() || !employer_has_seen(p.state)) return false;
      const auto offer = offers::store::find(s, p.offer_id);
      return offer && offer->company_id == a.company_id;
    }
    case Party::kCandidate:
      return !a.person_id.empty() && p.person_id == a.person_id &&
             p.state != ProposalState::kSuggested;
    case Party::kCoordinator:
      return true;
    default:
      return false;
  }
}

std::optional<Proposal> PlacementService::visible(soci::session& s, const Caller& actor,
                                                  const Access& a, const std::string& id,
                                                  const std::string& action) {
  auto p = store::find(s, id);
  if (!p) return std::nullopt;
  if (!may_see(s, a, *p)) {
    security::audit::record(
        s, security::audit_entry(actor, clock_(), action, "proposal:" + id, "denied"));
    return std::nullopt;
  }
  return p;
}

Result<Proposal> PlacementService::create(const Caller& actor, const NewProposal& in) {
  if (!actor.logged_in() || actor.user->role != security::Role::kCounsellor) {
    return Error{ErrorCode::kForbidden, "",
                 N_("Seul un conseiller peut proposer une personne pour une offre."), ""};
  }
  // The decision record, as the engine sees the pair now (the stored sentences are French, the
  // reference language; pages translate the named skills themselves).
  auto pair = matches_.explain_pair(actor, in.person_id, in.offer_id, "fr");
  if (!pair) {
    return Error{ErrorCode::kNotFound, "offer_id",
                 N_("Cette personne ou cette offre n'est pas (ou plus) dans la correspondance : "
                    "dossier fermé, personne en emploi, ou offre qui n'est plus publiée."),
                 pair.error().detail};
  }
  const bool near_miss = pair->explanation.failed.has_value();
  nlohmann::json explanation =
      matches::explanation_json(pair->explanation, pair->named, pair->text);
  explanation["near_miss"] = near_miss;
  const double score = near_miss ? 0.0 : static_cast<double>(pair->explanation.score);
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Proposal> {
    auto file = people_.visible(s, actor, in.person_id, "proposal.create");
    if (!file) {
      return Error{ErrorCode::kNotFound, "person_id",
                   N_("Ce dossier n'existe pas ou ne vous est pas accessible."), ""};
    }
    const auto consents = people::store::consents(s, in.person_id);
    if (std::none_of(consents.begin(), consents.end(), [](const people::Consent& c) {
          return c.kind == "employer_visibility" && !c.withdrawn;
        })) {
      return Error::invalid("consent",
                            N_("Cette personne n'a pas donné son consentement « Profil anonyme "
                               "visible par des employeurs » (ou l'a retiré) : aucune "
                               "proposition ne peut partir sans lui. Enregistrez-le d'abord "
                               "dans son dossier."));
    }
    if (near_miss && !in.confirm_near_miss) {
      return Error::invalid("confirm_near_miss",
                            N_("Cette personne ne remplit pas une des conditions de l'offre "
                               "(voir l'explication) : confirmez que vous la proposez quand "
                               "même."));
    }
    auto offer = offers::store::find(s, in.offer_id);
    auto company = offer ? companies::store::find(s, offer->company_id) : std::nullopt;
    if (!offer || !company || offer->status != offers::OfferStatus::kPublished ||
        offers::expired(offer->status, offer->last_update, today()) ||
        company->status == companies::CompanyStatus::kSuspended) {
      return Error{ErrorCode::kNotFound, "offer_id",
                   N_("Cette offre n'existe pas ou n'est plus publiée."), ""};
    }
    for (const auto& other : store::of_person(s, in.person_id)) {
      if (other.offer_id == in.offer_id && is_open(other.state)) {
        return Error{ErrorCode::kConflict, "offer_id",
                     N_("Cette personne a déjà une proposition en cours pour cette offre."), ""};
      }
    }
    Proposal p;
    p.person_id = in.person_id;
    p.offer_id = in.offer_id;
    p.organisation_id = file->organisation_id;
    p.counsellor_id = actor.user->id;
    p.state = in.checked ? ProposalState::kProposed : ProposalState::kSuggested;
    p.score = score;
    p.explanation_json = explanation.dump();
    TransitionData data;
    data.checked = in.checked;
    p = store::create(s, p, Party::kCounsellor, actor.user->id, to_json(data).dump(), today(),
                      clock_());
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "proposal.create", "proposal:" + p.id, "success",
                                 std::string(to_string(p.state))));
    return p;
  });
}

std::vector<Proposal> PlacementService::list(const Caller& actor) {
  std::vector<Proposal> out;
  db::with_transaction(db_, [&](soci::session& s) {
    const Access a = access(s, actor);
    if (!a.party) return;
    switch (*a.party) {
      case Party::kCounsellor:
        for (auto& p : store::of_organisations(s, a.organisations)) {
          if (may_see(s, a, p)) out.push_back(std::move(p));
        }
        break;
      case Party::kEmployer:
        if (!a.company_id.empty()) out = store::received_by_company(s, a.company_id);
        break;
      case Party::kCandidate:
        if (a.person_id.empty()) break;
        for (auto& p : store::of_person(s, a.person_id)) {
          if (may_see(s, a, p)) out.push_back(std::move(p));
        }
        break;
      case Party::kCoordinator:
        out = store::all(s);
        break;
      default:
        break;
    }
  });
  return out;
}

Result<ProposalView> PlacementService::view(const Caller& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<ProposalView> {
    const Access a = access(s, actor);
    auto p = visible(s, actor, a, id, "proposal.read");
    if (!p) return not_found();
    ProposalView v;
    if (auto offer = offers::store::find(s, p->offer_id)) {
      v.offer_title = offer->draft.title;
      if (auto c = companies::store::find(s, offer->company_id)) v.company_name = c->name;
    }
    v.moves = available_moves(p->state, *a.party);
    v.follow_ups = store::follow_ups(s, id);
    v.proposal = std::move(*p);
    return v;
  });
}

Result<AnonymisedProfile> PlacementService::profile(const Caller& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<AnonymisedProfile> {
    const Access a = access(s, actor);
    auto p = visible(s, actor, a, id, "proposal.read");
    if (!p) return not_found();
    const auto file = people::store::find(s, p->person_id);
    if (!file) return not_found();
    const bool disclosed = identity_disclosed(p->state);
    const auto documents =
        disclosed ? people::store::documents(s, p->person_id) : std::vector<people::Document>{};
    const auto record = nlohmann::json::parse(p->explanation_json, nullptr, false);
    return anonymised_profile(
        *file, record.is_discarded() ? nlohmann::json::object() : record, p->pseudonym, disclosed,
        documents, [this](const std::string& code) { return people_.occupation_display(code); });
  });
}

Result<people::PeopleService::DocumentContent> PlacementService::cv(const Caller& actor,
                                                                    const std::string& id) {
  auto found = db::with_transaction(db_, [&](soci::session& s) -> Result<people::Document> {
    const Access a = access(s, actor);
    auto p = visible(s, actor, a, id, "proposal.cv_read");
    if (!p || !identity_disclosed(p->state)) return not_found();
    std::optional<people::Document> latest;
    for (auto& d : people::store::documents(s, p->person_id))
      if (d.kind == "cv") latest = std::move(d);
    if (!latest) return not_found();
    security::audit::record(s, security::audit_entry(actor, clock_(), "proposal.cv_read",
                                                     "proposal:" + id, "success", latest->id));
    return *latest;
  });
  if (!found) return found.error();
  auto data = people_.document_bytes(*found);
  if (!data) return data.error();
  return people::PeopleService::DocumentContent{*found, std::move(*data)};
}

Result<std::vector<store::LogEntry>> PlacementService::history(const Caller& actor,
                                                               const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<std::vector<store::LogEntry>> {
    const Access a = access(s, actor);
    if (!visible(s, actor, a, id, "proposal.read")) return not_found();
    return store::log(s, id);
  });
}

bool PlacementService::apply(soci::session& s, const Caller& actor, Party party,
                             const Proposal& before, const Proposal& next,
                             const TransitionData& data) {
  if (!store::save_transition(s, next, before.state, party, actor_id(actor), to_json(data).dump(),
                              clock_())) {
    return false;
  }
  const Transition* row = transition_to(next.state);
  if (row != nullptr && row->creates_follow_ups && next.contract_start)
    store::create_follow_ups(s, next, *next.contract_start);
  if (row != nullptr) notify(s, actor, *row, before, next);
  security::audit::record(
      s, security::audit_entry(actor, clock_(), "proposal." + std::string(to_string(next.state)),
                               "proposal:" + next.id, "success", std::string(to_string(party))));
  return true;
}

Result<Proposal> PlacementService::transition(const Caller& actor, const std::string& id,
                                              ProposalState to, int version,
                                              const TransitionData& data) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Proposal> {
    const Access a = access(s, actor);
    auto p = visible(s, actor, a, id, "proposal.transition");
    if (!p) return not_found();
    if (p->version != version) return stale_version();
    auto next = check_transition(*p, to, *a.party, data, today());
    if (!next) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "proposal.transition", "proposal:" + id,
                                   "failure", std::string(to_string(to))));
      return next.error();
    }
    // Nothing was written before this point: a lost race leaves the transaction empty.
    if (!apply(s, actor, *a.party, *p, *next, data)) return stale_version();
    next->version = version + 1;
    return *next;
  });
}

Result<int> PlacementService::close_others(const Caller& actor, const std::string& hired_id) {
  auto lease = db_.acquire();
  db::Transaction tx(*lease, db_.backend());
  soci::session& s = *lease;
  const Access a = access(s, actor);
  auto hired = visible(s, actor, a, hired_id, "proposal.close_others");
  if (!hired || a.party != Party::kCounsellor) return not_found();
  if (hired->state != ProposalState::kHired) {
    return Error{ErrorCode::kConflict, "to",
                 N_("Les autres propositions ne se ferment qu'après une embauche."), ""};
  }
  int closed = 0;
  for (const auto& other : store::of_person(s, hired->person_id)) {
    if (other.id == hired_id || !is_open(other.state)) continue;
    auto next = check_transition(other, ProposalState::kObsolete, Party::kCounsellor, {}, today());
    if (!next) return next.error();  // rolled back with the transaction
    if (!apply(s, actor, Party::kCounsellor, other, *next, {})) return stale_version();
    ++closed;
  }
  tx.commit();
  return closed;
}

Result<FollowUp> PlacementService::record_follow_up(const Caller& actor, const std::string& id,
                                                    const FollowUpAnswer& answer) {
  if (auto ok = check_follow_up(answer); !ok) return ok.error();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<FollowUp> {
    const Access a = access(s, actor);
    auto f = store::find_follow_up(s, id);
    if (!f || a.party != Party::kCounsellor) return not_found();
    if (!visible(s, actor, a, f->proposal_id, "proposal.follow_up")) return not_found();
    f->status = *parse_follow_up_status(answer.status);
    f->contract_type = std::nullopt;
    if (f->status == FollowUpStatus::kContractChanged)
      f->contract_type = *offers::parse_contract_type(answer.contract_type);
    f->end_reason = f->status == FollowUpStatus::kEnded ? answer.end_reason : "";
    f->note = std::string(trim(answer.note));
    f->recorded_by = actor.user->id;
    f->recorded_on = today();
    store::record_follow_up(s, *f);
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "proposal.follow_up", "follow_up:" + id,
                                 "success", std::string(to_string(f->status))));
    return *f;
  });
}

std::vector<FollowUp> PlacementService::due_follow_ups(const Caller& actor, Date until) {
  std::vector<FollowUp> out;
  db::with_transaction(db_, [&](soci::session& s) {
    const Access a = access(s, actor);
    if (a.party == Party::kCounsellor) out = store::pending_follow_ups(s, a.organisations, until);
  });
  return out;
}

PlacementService::StalenessRun PlacementService::apply_staleness() {
  StalenessRun run;
  std::vector<Proposal> sent;
  {
    auto lease = db_.acquire();
    sent = store::in_state(*lease, ProposalState::kSent);
  }
  const Caller platform;  // the platform acts: no user
  for (const auto& candidate : sent) {
    db::with_transaction(db_, [&](soci::session& s) {
      auto p = store::find(s, candidate.id);
      if (!p) return;
      switch (staleness(p->state, p->last_change, today(), rules_)) {
        case Staleness::kClose: {
          auto next = check_transition(*p, ProposalState::kNoAnswer, Party::kSystem, {}, today());
          if (next && apply(s, platform, Party::kSystem, *p, *next, {})) ++run.closed;
          break;
        }
        case Staleness::kRemind: {
          if (p->reminder_sent) break;
          static const Transition kReminder = {
              ProposalState::kSent,
              {},
              {},
              {},
              {{Recipient::kEmployer,
                N_("Rappel : une candidature anonymisée attend votre réponse. Sans réponse, la "
                   "proposition sera close.")}}};
          notify(s, platform, kReminder, *p, *p);
          store::mark_reminded(s, p->id);
          ++run.reminded;
          break;
        }
        case Staleness::kFresh:
          break;
      }
    });
  }
  return run;
}

void PlacementService::notify(soci::session& s, const Caller& actor, const Transition& row,
                              const Proposal& before, const Proposal& next) {
  const auto offer = offers::store::find(s, next.offer_id);
  const std::string title = offer ? offer->draft.title : "";
  for (const Notice& notice : row.notices) {
    if (notice.when == When::kReasonShared && !next.reason_shared) continue;
    if (notice.when == When::kEmployerHasSeen && !employer_has_seen(before.state)) continue;
    std::vector<Recipient_> to;
    switch (notice.to) {
      case Recipient::kEmployer:
        if (!offer) break;
        for (const auto& c : store::employer_contacts(s, offer->company_id))
          to.push_back({c.user_id, c.email, c.language});
        if (!offer->contact_email.empty() &&
            std::none_of(to.begin(), to.end(),
                         [&](const Recipient_& r) { return r.email == offer->contact_email; })) {
          to.push_back({"", offer->contact_email, "fr"});
        }
        break;
      case Recipient::kPerson: {
        const std::string account = people::store::user_of_person(s, next.person_id);
        const auto file = people::store::find(s, next.person_id);
        const auto user =
            account.empty() ? std::nullopt : security::accounts::find_user(s, account);
        std::string email = file ? file->email : "";
        if (email.empty() && user) email = user->email;
        const std::string lang = file ? file->preferred_language : user ? user->language : "fr";
        if (!email.empty()) to.push_back({account, email, lang});
        break;
      }
      case Recipient::kCounsellor:
        if (auto user = security::accounts::find_user(s, next.counsellor_id)) {
          const std::string email = !user->email.empty()                         ? user->email
                                    : user->login.find('@') != std::string::npos ? user->login
                                                                                 : "";
          if (!email.empty()) to.push_back({user->id, email, user->language});
        }
        break;
    }
    for (const auto& r : to) {
      if (!r.user_id.empty() && r.user_id == actor_id(actor)) continue;  // not the actor
      const std::string lang = language_or_french(r.lang);
      std::string body = i18n_.tr(lang, "Bonjour,") + "\n\n" + i18n_.tr(lang, notice.message) +
                         "\n\n" + i18n_.tr(lang, "Offre :") + " " + title + "\n" +
                         i18n_.tr(lang, "Candidature :") + " " + next.pseudonym + "\n" +
                         i18n_.tr(lang, "Étape :") + " " + i18n_.tr(lang, label(next.state)) + "\n";
      if (next.state == ProposalState::kInterviewPlanned) {
        body += i18n_.tr(lang, "Date et heure :") + " " + next.interview_at + "\n" +
                i18n_.tr(lang, "Lieu :") + " " + next.interview_place + "\n";
      }
      body += "\n" + public_url_ + "/propositions/" + next.id + "\n";
      const std::string subject =
          i18n_.tr(lang, "PrimoWork : une proposition avance") + " (" + next.pseudonym + ")";
      auto queued = mail::enqueue(s, r.email, subject, body, to_utc_tm(clock_()));
      if (!queued) log::warn("proposal mail not queued", {{"proposal", next.id}});
    }
  }
}

}  // namespace primowork::placements
