#include "offers/lifecycle.h"

#include <algorithm>
#include <array>

#include "platform/code_table.h"
#include "platform/utf8.h"

namespace primowork::offers {
namespace {

constexpr std::array<CodeRow<OfferStatus>, 6> kStatuses = {{
    {OfferStatus::kDraft, "draft", N_("Brouillon")},
    {OfferStatus::kPendingReview, "pending_review", N_("En attente de validation")},
    {OfferStatus::kPublished, "published", N_("Publiée")},
    {OfferStatus::kFilled, "filled", N_("Pourvue")},
    {OfferStatus::kClosed, "closed", N_("Clôturée")},
    {OfferStatus::kExpired, "expired", N_("Expirée")},
}};

constexpr std::array<CodeRow<OfferAction>, 12> kActions = {{
    {OfferAction::kSubmit, "submit", N_("Soumettre à la validation")},
    {OfferAction::kApprove, "approve", N_("Publier")},
    {OfferAction::kSendBack, "send_back", N_("Renvoyer pour correction")},
    {OfferAction::kWithdraw, "withdraw", N_("Reprendre pour modifier")},
    {OfferAction::kConfirm, "confirm", N_("Confirmer que l'offre est toujours ouverte")},
    {OfferAction::kMarkFilled, "mark_filled", N_("Marquer comme pourvue")},
    {OfferAction::kClose, "close", N_("Clôturer")},
    {OfferAction::kTakeDown, "take_down", N_("Retirer l'offre")},
    {OfferAction::kExpire, "expire", N_("Faire expirer")},
    {OfferAction::kRenew, "renew", N_("Renouveler")},
    {OfferAction::kPublishVetted, "publish_vetted", N_("Publier (entreprise validée)")},
    {OfferAction::kHold, "hold", N_("Remettre en validation")},
}};

const OfferTransition* find(OfferAction action) {
  const auto& table = offer_transitions();
  const auto it = std::find_if(table.begin(), table.end(),
                               [&](const OfferTransition& t) { return t.action == action; });
  return it == table.end() ? nullptr : &*it;
}

}  // namespace

std::string_view to_string(OfferStatus status) {
  return code_of(kStatuses, status, "draft");
}

std::optional<OfferStatus> parse_offer_status(std::string_view code) {
  return value_of<OfferStatus>(kStatuses, code);
}

const char* label(OfferStatus status) {
  return label_of(kStatuses, status);
}

std::string_view to_string(OfferAction action) {
  return code_of(kActions, action, "submit");
}

std::optional<OfferAction> parse_offer_action(std::string_view code) {
  return value_of<OfferAction>(kActions, code);
}

const char* label(OfferAction action) {
  return label_of(kActions, action);
}

std::optional<Actor> actor_for(security::Role role) {
  switch (role) {
    case security::Role::kEmployer:
      return Actor::kEmployer;
    case security::Role::kCoordinator:
      return Actor::kCoordinator;
    default:
      return std::nullopt;
  }
}

const std::vector<OfferTransition>& offer_transitions() {
  using S = OfferStatus;
  using A = OfferAction;
  constexpr Actor kEmp = Actor::kEmployer, kCoord = Actor::kCoordinator, kSys = Actor::kSystem;
  // clang-format off
  static const std::vector<OfferTransition> table = {
      // action        from                                           to                 actors          reason
      {A::kSubmit,     {S::kDraft},                                   S::kPendingReview, {kEmp},         false},
      {A::kApprove,    {S::kPendingReview},                           S::kPublished,     {kCoord},       false},
      {A::kSendBack,   {S::kPendingReview},                           S::kDraft,         {kCoord},       true},
      {A::kWithdraw,   {S::kPendingReview},                           S::kDraft,         {kEmp},         false},
      {A::kConfirm,    {S::kPublished},                               S::kPublished,     {kEmp},         false},
      {A::kMarkFilled, {S::kPublished},                               S::kFilled,        {kEmp, kCoord}, false},
      {A::kClose,      {S::kDraft, S::kPendingReview, S::kPublished}, S::kClosed,        {kEmp},         false},
      {A::kTakeDown,   {S::kPendingReview, S::kPublished},            S::kClosed,        {kCoord},       true},
      {A::kExpire,     {S::kPublished},                               S::kExpired,       {kSys},         false},
      {A::kRenew,      {S::kExpired},                                 S::kPendingReview, {kEmp},         false},
      {A::kPublishVetted, {S::kDraft},                                S::kPublished,     {kSys},         false},
      {A::kHold,       {S::kPublished},                               S::kPendingReview, {kSys},         true},
  };
  // clang-format on
  return table;
}

Result<OfferStatus> check_offer_transition(OfferStatus from, OfferAction action, Actor actor,
                                           std::string_view reason) {
  const OfferTransition* t = find(action);
  if (t == nullptr || !contains(t->from, from)) {
    return Error{ErrorCode::kConflict, "status",
                 N_("Cette action n'est pas possible dans l'état actuel de l'offre."),
                 std::string(to_string(action)) + " from " + std::string(to_string(from))};
  }
  if (!contains(t->actors, actor)) {
    return Error{ErrorCode::kForbidden, "status",
                 N_("Vous ne pouvez pas faire cette action sur cette offre."),
                 std::string(to_string(action))};
  }
  if (t->reason_required && trim(reason).empty()) {
    return Error::invalid("reason", N_("Indiquez la raison : elle sera montrée à l'employeur."));
  }
  if (utf8_length(reason) > kMaxTransitionReasonLength) {
    return Error::invalid("reason", N_("La raison est trop longue (1000 caractères au plus)."));
  }
  return t->to;
}

std::vector<OfferAction> available_actions(OfferStatus from, Actor actor) {
  std::vector<OfferAction> out;
  for (const auto& t : offer_transitions()) {
    if (contains(t.from, from) && contains(t.actors, actor)) out.push_back(t.action);
  }
  return out;
}

// --- Expiry -----------------------------------------------------------------------------------

Date valid_through(Date last_update) {
  return Date{std::chrono::sys_days{last_update} + std::chrono::days{kOfferLifetimeDays}};
}

Date reminder_date(Date last_update) {
  return Date{std::chrono::sys_days{valid_through(last_update)} -
              std::chrono::days{kExpiryReminderDays}};
}

bool expired(OfferStatus status, Date last_update, Date today) {
  return status == OfferStatus::kPublished &&
         std::chrono::sys_days{today} > std::chrono::sys_days{valid_through(last_update)};
}

bool reminder_due(OfferStatus status, Date last_update, Date today) {
  const auto t = std::chrono::sys_days{today};
  return status == OfferStatus::kPublished && !expired(status, last_update, today) &&
         t >= std::chrono::sys_days{reminder_date(last_update)};
}

}  // namespace primowork::offers
