#include "placements/transitions.h"

#include <algorithm>

#include "platform/code_table.h"
#include "platform/i18n_markers.h"
#include "platform/utf8.h"

namespace primowork::placements {
namespace {

using S = ProposalState;
using R = Requirement;
using offers::ContractType;

std::vector<ProposalState> open_states() {
  std::vector<ProposalState> out;
  for (ProposalState s : all_states()) {
    if (is_open(s)) out.push_back(s);
  }
  return out;
}

// A reason code from `codes`, a written reason for "other", and a reasonable length.
Status check_reason(const TransitionData& d, const std::vector<Code>& codes, const char* missing) {
  if (!people::is_code(codes, d.reason_code)) return Error::invalid("reason_code", missing);
  if (d.reason_code == kOtherReason && trim(d.reason_text).empty())
    return Error::invalid("reason_text", N_("Précisez la raison en quelques mots."));
  return Ok{};
}

Status check_consent(const TransitionData& d, Party party) {
  if (!d.consent) {
    return Error::invalid("consent", N_("L'identité n'est dévoilée qu'avec l'accord de la personne "
                                        "pour cette proposition : cochez son accord."));
  }
  if (party == Party::kCounsellor && !people::is_code(consent_channels(), d.consent_channel)) {
    return Error::invalid("consent_channel",
                          N_("Indiquez comment la personne a donné son accord (choix dans la "
                             "liste)."));
  }
  return Ok{};
}

Status check_interview(const TransitionData& d, Date today) {
  const auto day = parse_local_date_time(d.interview_at);
  if (!day) {
    return Error::invalid("interview_at",
                          N_("Indiquez la date et l'heure de l'entretien (AAAA-MM-JJTHH:MM)."));
  }
  if (*day < today)
    return Error::invalid("interview_at", N_("La date de l'entretien est déjà passée."));
  if (trim(d.interview_place).empty())
    return Error::invalid("interview_place", N_("Indiquez le lieu de l'entretien."));
  if (utf8_length(d.interview_place) > kMaxPlaceLength)
    return Error::invalid("interview_place", N_("Le lieu est trop long (300 caractères au plus)."));
  return Ok{};
}

Status check_internship(const TransitionData& d) {
  if (!people::is_code(internship_kinds(), d.internship_kind)) {
    return Error::invalid("internship_kind",
                          N_("Indiquez s'il s'agit d'un stage ou d'une immersion."));
  }
  if (!d.internship_start)
    return Error::invalid("internship_start", N_("Indiquez la date de début (AAAA-MM-JJ)."));
  if (!d.internship_end)
    return Error::invalid("internship_end", N_("Indiquez la date de fin (AAAA-MM-JJ)."));
  const long days = days_between(*d.internship_start, *d.internship_end);
  if (days < 0)
    return Error::invalid("internship_end", N_("La date de fin précède la date de début."));
  if (days > kMaxInternshipDays)
    return Error::invalid("internship_end", N_("Un stage ou une immersion dure un an au plus."));
  return Ok{};
}

Status check_pfi(const TransitionData& d) {
  if (!d.pfi_start)
    return Error::invalid("pfi_start", N_("Indiquez la date de début du PFI (AAAA-MM-JJ)."));
  if (d.pfi_weeks < kMinPfiWeeks || d.pfi_weeks > kMaxPfiWeeks) {
    return Error::invalid("pfi_weeks",
                          N_("Un PFI dure de 4 à 52 semaines : indiquez un nombre de semaines "
                             "dans ces limites."));
  }
  return Ok{};
}

Status check_contract(const Proposal& current, const TransitionData& d) {
  auto type = offers::parse_contract_type(d.contract_type);
  if (!type) {
    return Error::invalid("contract_type",
                          N_("Indiquez le type de contrat (choix dans la liste)."));
  }
  if (*type == ContractType::kPfi || *type == ContractType::kInternship) {
    return Error::invalid("contract_type",
                          N_("Un PFI ou un stage n'est pas une embauche : choisissez l'étape "
                             "PFI ou stage, ou le contrat de travail signé."));
  }
  if (!d.contract_start)
    return Error::invalid("contract_start",
                          N_("Indiquez la date de début du contrat (AAAA-MM-JJ)."));
  if (d.weekly_hours < 1 || d.weekly_hours > kMaxWeeklyHours) {
    return Error::invalid("weekly_hours",
                          N_("Indiquez le nombre d'heures par semaine (de 1 à 50)."));
  }
  const bool after_pfi = current.state == S::kPfi;
  if (after_pfi && *type != ContractType::kPermanent && *type != ContractType::kFixedTerm) {
    return Error::invalid("contract_type",
                          N_("Après un PFI, l'employeur engage en CDI ou en CDD d'au moins la "
                             "durée du PFI."));
  }
  if (*type == ContractType::kFixedTerm && !d.contract_end)
    return Error::invalid("contract_end", N_("Indiquez la date de fin du CDD (AAAA-MM-JJ)."));
  if (d.contract_end && *d.contract_end < *d.contract_start)
    return Error::invalid("contract_end", N_("La fin du contrat précède son début."));
  if (after_pfi && d.contract_end && current.pfi_min_contract_end &&
      *d.contract_end < *current.pfi_min_contract_end) {
    return Error::invalid("contract_end",
                          N_("Après un PFI, le CDD dure au moins autant que le PFI : sa fin ne "
                             "peut pas précéder la date minimale indiquée."));
  }
  return Ok{};
}

Status check_requirement(Requirement need, const Proposal& current, Party party,
                         const TransitionData& d, Date today) {
  switch (need) {
    case R::kHumanCheck:
      if (!d.checked) {
        return Error::invalid("checked",
                              N_("Confirmez que vous avez vérifié ce profil pour cette offre : "
                                 "rien ne part chez l'employeur sans un conseiller."));
      }
      return Ok{};
    case R::kDeclineReason:
      return check_reason(d, declined_reasons(),
                          N_("Indiquez pourquoi vous déclinez (choix dans la liste)."));
    case R::kNotRetainedReason:
      return check_reason(d, not_retained_reasons(),
                          N_("Indiquez pourquoi la personne n'est pas retenue (choix dans la "
                             "liste)."));
    case R::kWithdrawalReason:
      return check_reason(d, withdrawal_reasons(),
                          N_("Indiquez pourquoi la proposition est retirée (choix dans la "
                             "liste)."));
    case R::kConsent:
      return check_consent(d, party);
    case R::kInterview:
      return check_interview(d, today);
    case R::kInternship:
      return check_internship(d);
    case R::kPfi:
      return check_pfi(d);
    case R::kContract:
      return check_contract(current, d);
  }
  return Ok{};
}

// Copies what the move records into the proposal.
void record(Requirement need, Proposal& p, Party party, const TransitionData& d, Date today) {
  switch (need) {
    case R::kHumanCheck:
      return;
    case R::kDeclineReason:
    case R::kNotRetainedReason:
    case R::kWithdrawalReason:
      p.reason_code = d.reason_code;
      p.reason_text = std::string(trim(d.reason_text));
      p.reason_shared = d.share_reason;
      return;
    case R::kConsent:
      p.disclosed_by = party == Party::kCandidate ? "person" : "counsellor";
      p.consent_channel = party == Party::kCandidate ? "" : d.consent_channel;
      p.disclosed_on = today;
      return;
    case R::kInterview:
      p.interview_at = d.interview_at;
      p.interview_place = std::string(trim(d.interview_place));
      return;
    case R::kInternship:
      p.internship_kind = d.internship_kind;
      p.internship_start = d.internship_start;
      p.internship_end = d.internship_end;
      return;
    case R::kPfi:
      p.pfi_start = d.pfi_start;
      p.pfi_weeks = d.pfi_weeks;
      p.pfi_min_contract_end = pfi_min_contract_end(*d.pfi_start, d.pfi_weeks);
      return;
    case R::kContract:
      p.contract_type = *offers::parse_contract_type(d.contract_type);
      p.contract_start = d.contract_start;
      p.contract_end = d.contract_end;
      p.weekly_hours = d.weekly_hours;
      return;
  }
}

}  // namespace

const std::vector<Transition>& proposal_transitions() {
  constexpr Party kCoun = Party::kCounsellor, kEmp = Party::kEmployer, kCand = Party::kCandidate,
                  kCoord = Party::kCoordinator, kSys = Party::kSystem;
  constexpr Recipient kToEmp = Recipient::kEmployer, kToPerson = Recipient::kPerson,
                      kToCoun = Recipient::kCounsellor;
  const std::vector<ProposalState> after_disclosure = {S::kDisclosed, S::kInterviewPlanned,
                                                       S::kInterviewHeld, S::kInternship, S::kPfi};
  // clang-format off
  static const std::vector<Transition> table = {
      {S::kProposed, {S::kSuggested}, {kCoun}, {R::kHumanCheck}, {}},
      {S::kSent, {S::kProposed}, {kCoun}, {},
       {{kToEmp, N_("Un conseiller vous propose une candidature anonymisée pour votre offre. "
                    "Répondez en un clic : intéressé ou non, avec la raison.")}}},
      {S::kInterested, {S::kSent}, {kEmp}, {},
       {{kToPerson, N_("Un employeur s'intéresse à votre profil. Acceptez-vous qu'il voie votre "
                       "nom, vos coordonnées et votre CV ? Répondez sur PrimoWork ou à votre "
                       "conseiller.")},
        {kToCoun, N_("L'employeur est intéressé : la personne doit accepter de dévoiler son "
                     "identité.")}}},
      {S::kDeclined, {S::kSent, S::kInterested}, {kEmp}, {R::kDeclineReason},
       {{kToCoun, N_("L'employeur a décliné la proposition.")},
        {kToPerson, N_("L'employeur n'a pas retenu votre profil pour cette offre.")
         , When::kReasonShared}}},
      {S::kDisclosed, {S::kInterested}, {kCand, kCoun}, {R::kConsent},
       {{kToEmp, N_("La personne accepte de dévoiler son identité : vous voyez maintenant son "
                    "profil complet et pouvez planifier un entretien.")},
        {kToCoun, N_("La personne a accepté de dévoiler son identité à l'employeur.")}}},
      {S::kInterviewPlanned, {S::kDisclosed, S::kInterviewPlanned}, {kEmp, kCoun},
       {R::kInterview},
       {{kToPerson, N_("Un entretien d'embauche est prévu. La date et le lieu sont sur "
                       "PrimoWork.")},
        {kToCoun, N_("Un entretien d'embauche est prévu.")},
        {kToEmp, N_("Un entretien d'embauche est prévu.")}}},
      {S::kInterviewHeld, {S::kInterviewPlanned}, {kEmp, kCoun}, {},
       {{kToCoun, N_("L'entretien a eu lieu : la suite est attendue de l'employeur.")}}},
      {S::kInternship, {S::kDisclosed, S::kInterviewHeld}, {kEmp, kCoun}, {R::kInternship},
       {{kToPerson, N_("Un stage ou une immersion en entreprise est prévu. Les dates sont sur "
                       "PrimoWork.")},
        {kToCoun, N_("Un stage ou une immersion en entreprise est prévu.")}}},
      {S::kPfi, {S::kDisclosed, S::kInterviewHeld, S::kInternship}, {kEmp, kCoun}, {R::kPfi},
       {{kToPerson, N_("Un PFI (Plan Formation-Insertion) est prévu. Les dates sont sur "
                       "PrimoWork.")},
        {kToCoun, N_("Un PFI (Plan Formation-Insertion) est prévu : pensez au contrat "
                     "tripartite avec le Forem.")}}},
      {S::kHired, {S::kDisclosed, S::kInterviewHeld, S::kInternship, S::kPfi}, {kEmp, kCoun},
       {R::kContract},
       {{kToPerson, N_("Félicitations : un contrat de travail est signé.")},
        {kToCoun, N_("Un contrat de travail est signé. Les suivis à 1, 3, 6 et 12 mois sont "
                     "créés. Confirmez la clôture des autres propositions ouvertes de la "
                     "personne.")}},
       true, true},
      {S::kNotRetained, after_disclosure, {kEmp, kCoun}, {R::kNotRetainedReason},
       {{kToCoun, N_("L'employeur n'a pas retenu la personne.")},
        {kToPerson, N_("L'employeur n'a pas retenu votre candidature.")
         , When::kReasonShared}}},
      {S::kWithdrawn, open_states(), {kCand, kCoun, kCoord}, {R::kWithdrawalReason},
       {{kToEmp, N_("Cette proposition est retirée.")
         , When::kEmployerHasSeen},
        {kToCoun, N_("La proposition est retirée.")}}},
      {S::kObsolete, open_states(), {kCoun, kSys}, {},
       {{kToEmp, N_("Cette proposition est close : la personne a trouvé un emploi ailleurs.")
         , When::kEmployerHasSeen}}},
      {S::kNoAnswer, {S::kSent}, {kSys}, {},
       {{kToCoun, N_("L'employeur n'a pas répondu dans le délai : la proposition est close "
                     "sans réponse.")},
        {kToEmp, N_("Sans réponse de votre part, cette proposition est close.")}}},
  };
  // clang-format on
  return table;
}

const Transition* transition_to(ProposalState to) {
  const auto& table = proposal_transitions();
  const auto it =
      std::find_if(table.begin(), table.end(), [&](const Transition& t) { return t.to == to; });
  return it == table.end() ? nullptr : &*it;
}

Result<Proposal> check_transition(const Proposal& current, ProposalState to, Party party,
                                  const TransitionData& data, Date today) {
  const Transition* t = transition_to(to);
  if (t == nullptr || !contains(t->from, current.state)) {
    return Error{ErrorCode::kConflict, "to",
                 N_("Cette étape n'est pas possible dans l'état actuel de la proposition."),
                 std::string(to_string(current.state)) + " -> " + std::string(to_string(to))};
  }
  if (!contains(t->parties, party)) {
    return Error{ErrorCode::kForbidden, "to",
                 N_("Vous ne pouvez pas faire cette étape sur cette proposition."),
                 std::string(to_string(party)) + " -> " + std::string(to_string(to))};
  }
  for (Requirement need : t->needs) {
    if (auto ok = check_requirement(need, current, party, data, today); !ok) return ok.error();
  }
  if (utf8_length(data.reason_text) > kMaxReasonLength)
    return Error::invalid("reason_text",
                          N_("La raison est trop longue (1000 caractères au plus)."));
  Proposal next = current;
  for (Requirement need : t->needs) record(need, next, party, data, today);
  if (to == S::kObsolete) next.reason_code = std::string(kHiredElsewhere);
  if (to == S::kNoAnswer) next.reason_code = std::string(kNoAnswerReason);
  next.state = to;
  next.last_change = today;
  next.reminder_sent = false;
  return next;
}

std::vector<ProposalState> available_moves(ProposalState from, Party party) {
  std::vector<ProposalState> out;
  for (const auto& t : proposal_transitions()) {
    if (contains(t.from, from) && contains(t.parties, party)) out.push_back(t.to);
  }
  return out;
}

}  // namespace primowork::placements
