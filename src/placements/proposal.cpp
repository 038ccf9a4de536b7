#include "placements/proposal.h"

#include <algorithm>
#include <cctype>

#include "platform/code_table.h"
#include "platform/i18n_markers.h"
#include "platform/utf8.h"

namespace primowork::placements {
namespace {

using S = ProposalState;

constexpr std::array<CodeRow<ProposalState>, 15> kStates = {{
    {S::kSuggested, "suggested", N_("Suggérée")},
    {S::kProposed, "proposed", N_("Proposée")},
    {S::kSent, "sent", N_("Envoyée à l'employeur")},
    {S::kInterested, "interested", N_("Employeur intéressé")},
    {S::kDeclined, "declined", N_("Déclinée par l'employeur")},
    {S::kDisclosed, "disclosed", N_("Identité dévoilée")},
    {S::kInterviewPlanned, "interview_planned", N_("Entretien prévu")},
    {S::kInterviewHeld, "interview_held", N_("Entretien passé")},
    {S::kInternship, "internship", N_("Stage ou immersion")},
    {S::kPfi, "pfi", N_("PFI en cours")},
    {S::kHired, "hired", N_("Embauche")},
    {S::kNotRetained, "not_retained", N_("Non retenue")},
    {S::kWithdrawn, "withdrawn", N_("Retirée")},
    {S::kObsolete, "obsolete", N_("Sans objet : embauche ailleurs")},
    {S::kNoAnswer, "no_answer", N_("Sans réponse de l'employeur")},
}};

constexpr std::array<CodeRow<Party>, 5> kParties = {{
    {Party::kCounsellor, "counsellor", N_("Conseiller")},
    {Party::kEmployer, "employer", N_("Employeur")},
    {Party::kCandidate, "candidate", N_("Personne accompagnée")},
    {Party::kCoordinator, "coordinator", N_("Coordination")},
    {Party::kSystem, "system", N_("Plateforme")},
}};

constexpr std::array<CodeRow<FollowUpStatus>, 4> kFollowUpStatuses = {{
    {FollowUpStatus::kPending, "pending", N_("À faire")},
    {FollowUpStatus::kStillEmployed, "still_employed", N_("Toujours en poste")},
    {FollowUpStatus::kContractChanged, "contract_changed", N_("Contrat modifié")},
    {FollowUpStatus::kEnded, "ended", N_("Contrat terminé")},
}};

Date plus_days(Date d, long days) {
  return Date{std::chrono::sys_days{d} + std::chrono::days{days}};
}

bool digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

}  // namespace

const std::vector<ProposalState>& all_states() {
  static const std::vector<ProposalState> states = [] {
    std::vector<ProposalState> out;
    for (const auto& r : kStates) out.push_back(r.value);
    return out;
  }();
  return states;
}

std::string_view to_string(ProposalState state) {
  return code_of(kStates, state, "suggested");
}

std::optional<ProposalState> parse_state(std::string_view code) {
  return value_of<ProposalState>(kStates, code);
}

const char* label(ProposalState state) {
  return label_of(kStates, state);
}

bool is_open(ProposalState state) {
  switch (state) {
    case S::kDeclined:
    case S::kHired:
    case S::kNotRetained:
    case S::kWithdrawn:
    case S::kObsolete:
    case S::kNoAnswer:
      return false;
    default:
      return true;
  }
}

bool employer_has_seen(ProposalState state) {
  return state != S::kSuggested && state != S::kProposed;
}

bool identity_disclosed(ProposalState state) {
  switch (state) {
    case S::kDisclosed:
    case S::kInterviewPlanned:
    case S::kInterviewHeld:
    case S::kInternship:
    case S::kPfi:
    case S::kHired:
      return true;
    default:
      return false;
  }
}

std::string_view to_string(Party party) {
  return code_of(kParties, party, "system");
}

std::optional<Party> party_for(security::Role role) {
  switch (role) {
    case security::Role::kCounsellor:
      return Party::kCounsellor;
    case security::Role::kEmployer:
      return Party::kEmployer;
    case security::Role::kCandidate:
      return Party::kCandidate;
    case security::Role::kCoordinator:
      return Party::kCoordinator;
    default:
      return std::nullopt;
  }
}

const std::vector<Code>& declined_reasons() {
  static const std::vector<Code> codes = {
      {"skills_mismatch", N_("Les compétences ne correspondent pas au poste")},
      {"french_level", N_("Le niveau de français ne suffit pas pour ce poste")},
      {"availability", N_("Les disponibilités ne correspondent pas")},
      {"distance", N_("Le trajet est trop long")},
      {"position_filled", N_("Le poste est déjà pourvu")},
      {"other", N_("Autre raison")},
  };
  return codes;
}

const std::vector<Code>& not_retained_reasons() {
  static const std::vector<Code> codes = {
      {"interview_inconclusive", N_("L'entretien n'a pas convaincu")},
      {"internship_inconclusive", N_("Le stage ou le PFI n'a pas été concluant")},
      {"position_filled", N_("Le poste est déjà pourvu")},
      {"candidate_declined", N_("La personne a refusé le poste")},
      {"right_to_work", N_("Le droit de travailler ne permet pas ce contrat")},
      {"other", N_("Autre raison")},
  };
  return codes;
}

const std::vector<Code>& withdrawal_reasons() {
  static const std::vector<Code> codes = {
      {"disclosure_refused", N_("La personne ne souhaite pas dévoiler son identité")},
      {"not_interested", N_("La personne n'est plus intéressée")},
      {"unavailable", N_("La personne n'est plus disponible")},
      {"offer_closed", N_("L'offre n'est plus ouverte")},
      {"other", N_("Autre raison")},
  };
  return codes;
}

const std::vector<Code>& consent_channels() {
  static const std::vector<Code> codes = {
      {"in_person", N_("En entretien, de vive voix")},
      {"phone", N_("Par téléphone")},
      {"paper", N_("Sur papier signé")},
      {"message", N_("Par message écrit")},
  };
  return codes;
}

const std::vector<Code>& internship_kinds() {
  static const std::vector<Code> codes = {
      {"internship", N_("Stage")},
      {"immersion", N_("Immersion en entreprise")},
  };
  return codes;
}

const std::vector<Code>& follow_up_end_reasons() {
  static const std::vector<Code> codes = {
      {"end_of_contract", N_("Fin du contrat à durée déterminée")},
      {"trial_period", N_("Fin pendant la période d'essai")},
      {"resignation", N_("Démission")},
      {"dismissal", N_("Licenciement")},
      {"permit_ended", N_("Fin du permis de travail ou de séjour")},
      {"other", N_("Autre raison")},
  };
  return codes;
}

std::optional<Date> parse_local_date_time(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  const auto hh = text.substr(11, 2), mm = text.substr(14, 2);
  if (!digits(hh) || !digits(mm)) return std::nullopt;
  if (std::stoi(std::string(hh)) > 23 || std::stoi(std::string(mm)) > 59) return std::nullopt;
  return parse_iso_date(text.substr(0, 10));
}

Date pfi_end(Date start, int weeks) {
  return plus_days(start, 7L * weeks - 1);
}

Date pfi_min_contract_end(Date start, int weeks) {
  return plus_days(pfi_end(start, weeks), 7L * weeks);
}

Date add_months(Date date, int months) {
  const std::chrono::year_month ym =
      std::chrono::year_month{date.year(), date.month()} + std::chrono::months{months};
  const auto last =
      std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}}.day();
  return Date{ym.year(), ym.month(), std::min(date.day(), last)};
}

std::vector<FollowUpDue> follow_up_schedule(Date start) {
  std::vector<FollowUpDue> out;
  for (int m : kFollowUpMonths) out.push_back({m, add_months(start, m)});
  return out;
}

std::string_view to_string(FollowUpStatus status) {
  return code_of(kFollowUpStatuses, status, "pending");
}

std::optional<FollowUpStatus> parse_follow_up_status(std::string_view code) {
  return value_of<FollowUpStatus>(kFollowUpStatuses, code);
}

const char* label(FollowUpStatus status) {
  return label_of(kFollowUpStatuses, status);
}

Status check_follow_up(const FollowUpAnswer& a) {
  const auto status = parse_follow_up_status(a.status);
  if (!status || *status == FollowUpStatus::kPending) {
    return Error::invalid("status", N_("Indiquez la situation : toujours en poste, contrat "
                                       "modifié ou contrat terminé."));
  }
  if (*status == FollowUpStatus::kContractChanged && !offers::parse_contract_type(a.contract_type))
    return Error::invalid("contract_type", N_("Indiquez le nouveau type de contrat."));
  if (*status == FollowUpStatus::kEnded && !people::is_code(follow_up_end_reasons(), a.end_reason))
    return Error::invalid("end_reason",
                          N_("Indiquez pourquoi le contrat s'est terminé (choix dans la liste)."));
  if (*status == FollowUpStatus::kEnded && a.end_reason == kOtherReason && trim(a.note).empty())
    return Error::invalid("note", N_("Précisez la raison en quelques mots."));
  if (utf8_length(a.note) > kMaxReasonLength)
    return Error::invalid("note", N_("Le texte est trop long (1000 caractères au plus)."));
  return Ok{};
}

Staleness staleness(ProposalState state, Date last_change, Date today,
                    const StalenessRules& rules) {
  if (state != S::kSent) return Staleness::kFresh;
  const long days = days_between(last_change, today);
  if (days >= rules.close_days) return Staleness::kClose;
  if (days >= rules.reminder_days) return Staleness::kRemind;
  return Staleness::kFresh;
}

}  // namespace primowork::placements
