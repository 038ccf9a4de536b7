// The life of an offer: its statuses, the actions that move it, who may take each one, and when a
// published offer expires. The whole state machine is ONE table, offer_transitions() in
// lifecycle.cpp; handlers ask check_offer_transition() and never test statuses themselves.
//
//   draft          --submit-->      pending_review  --approve-->  published
//   draft          --publish_vetted--> published (the platform, at confirmation, when the
//                                      company is approved and screening raised nothing)
//   published      --hold-->        pending_review (the platform: an edit raised screening flags)
//   pending_review --send_back, withdraw-->  draft
//   published      --mark_filled--> filled;  --confirm--> published (the 60 days restart)
//   published      --expire-->      expired  --renew-->   pending_review
//   draft, pending_review, published --close--> closed;  pending_review, published --take_down-->
//   closed
//
// Which company an employer acts for (only their own offers) is a resource rule of the service,
// not of this table; so is the choice, at confirmation, between submit (company not approved, or
// screening flags) and publish_vetted (offers/offer_service.h).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "offers/offer.h"
#include "platform/result.h"
#include "security/roles.h"

namespace primowork::offers {

enum class OfferStatus { kDraft, kPendingReview, kPublished, kFilled, kClosed, kExpired };

// Stable codes: "draft", "pending_review", "published", "filled", "closed", "expired".
std::string_view to_string(OfferStatus status);
std::optional<OfferStatus> parse_offer_status(std::string_view code);
// French label msgid, e.g. "En attente de validation".
const char* label(OfferStatus status);

enum class OfferAction {
  kSubmit,         // the employer sends the offer to the coordinator (screening runs then)
  kApprove,        // the coordinator publishes it
  kSendBack,       // the coordinator returns it for changes, with a reason
  kWithdraw,       // the employer takes it back from review to edit it
  kConfirm,        // the employer confirms a published offer is still open (restarts the 60 days)
  kMarkFilled,     // every position is filled
  kClose,          // the employer closes it without filling it
  kTakeDown,       // the coordinator removes it, with a reason
  kExpire,         // the platform: 60 days without an update
  kRenew,          // the employer puts an expired offer back into review
  kPublishVetted,  // the platform publishes a confirmed offer of an approved company at once
  kHold,           // the platform sends an edited published offer back to review (new flags)
};

// Stable codes: "submit", "approve", "send_back", "withdraw", "confirm", "mark_filled", "close",
// "take_down", "expire", "renew", "publish_vetted", "hold".
std::string_view to_string(OfferAction action);
std::optional<OfferAction> parse_offer_action(std::string_view code);
// French label msgid of the button, e.g. "Soumettre à la validation".
const char* label(OfferAction action);

// Who acts: a user of the company, the coordination, or the platform itself (scheduled jobs).
enum class Actor { kEmployer, kCoordinator, kSystem };
// The actor a logged-in user acts as; nullopt for roles that never change an offer's status.
std::optional<Actor> actor_for(security::Role role);

struct OfferTransition {
  OfferAction action;
  std::vector<OfferStatus> from;  // statuses the action may start from
  OfferStatus to;
  std::vector<Actor> actors;  // who may take it
  bool reason_required;       // a written reason is kept with the change (shown to the employer)
};

// The state machine: one row per action.
const std::vector<OfferTransition>& offer_transitions();

constexpr std::size_t kMaxTransitionReasonLength = 1000;  // characters

// The status after `actor` takes `action` on an offer in status `from`. Fails with kConflict
// (field "status") when the action is not allowed from `from`, kForbidden when the actor may
// not take it, kInvalid (field "reason") when a required reason is blank or a reason is longer
// than kMaxTransitionReasonLength characters.
Result<OfferStatus> check_offer_transition(OfferStatus from, OfferAction action, Actor actor,
                                           std::string_view reason);

// The actions `actor` may take on an offer in status `from`, in table order (the buttons a page
// shows).
std::vector<OfferAction> available_actions(OfferStatus from, Actor actor);

// --- Expiry -----------------------------------------------------------------------------------

constexpr int kOfferLifetimeDays = 60;  // a published offer lives 60 days after its last update
constexpr int kExpiryReminderDays = 7;  // the employer is reminded 7 days before

// The last day a published offer last updated on `last_update` is valid (last_update + 60 days).
// Also the JobPosting's validThrough.
Date valid_through(Date last_update);
// The day the employer is reminded: valid_through - 7 days.
Date reminder_date(Date last_update);
// True when the offer is published and `today` is after valid_through: the expiry job then takes
// the kExpire action.
bool expired(OfferStatus status, Date last_update, Date today);
// True when the offer is published, not expired, and `today` is on or after reminder_date.
// The reminder job sends one reminder per update (the service remembers it sent it).
bool reminder_due(OfferStatus status, Date last_update, Date today);

}  // namespace primowork::offers
