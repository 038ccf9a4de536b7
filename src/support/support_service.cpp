#include "support/support_service.h"

#include "companies/company_store.h"
#include "platform/log.h"
#include "platform/mail_outbox.h"
#include "platform/utf8.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "security/throttle.h"
#include "support/kit.h"

namespace primowork::support {
namespace {

using security::Actor;

std::string actor_id(const Actor& actor) {
  return actor.logged_in() ? actor.user->id : "";
}

// The company of a logged-in employer, "" otherwise.
std::string company_of(soci::session& s, const Actor& actor) {
  if (!actor.logged_in() || actor.user->role != security::Role::kEmployer) return "";
  for (const auto& org : security::accounts::memberships(s, actor.user->id)) {
    if (auto c = companies::store::find_by_organisation(s, org.id)) return c->id;
  }
  return "";
}

// What the hourly limit counts: the account when logged in, else the client address.
std::string sender(const Actor& actor) {
  return actor.logged_in() ? "support:user:" + actor.user->id : "support:address:" + actor.address;
}

constexpr security::ThrottleOptions kLimit{kRequestsPerHour, 3600};

}  // namespace

SupportService::SupportService(db::Database& db, const I18n& i18n, std::string public_url,
                               Clock clock)
    : db_(db), i18n_(i18n), public_url_(std::move(public_url)), clock_(std::move(clock)) {}

std::string SupportService::contact_email(const Actor& actor) const {
  return actor.logged_in() ? actor.user->email : "";
}

int SupportService::retry_after(const Actor& actor) {
  auto lease = db_.acquire();
  return security::throttle::retry_after(*lease, sender(actor), clock_(), kLimit);
}

Result<std::string> SupportService::submit(const Actor& actor, const RequestInput& input) {
  if (auto errors = check_request(input); !errors.empty()) return errors.front();
  store::SupportRequest request;
  request.topic = *parse_topic(trim(input.topic));
  request.message = std::string(trim(input.message));
  request.email = std::string(trim(input.email));
  const std::string source(trim(input.source));
  if (find_kit_page(source) != nullptr) request.source = source;
  request.requester_id = actor_id(actor);
  return db::with_transaction(db_, [&](soci::session& s) -> Result<std::string> {
    request.company_id = company_of(s, actor);
    request = store::create(s, request, clock_());
    security::throttle::record_failure(s, sender(actor), clock_());
    std::string company_name;
    if (!request.company_id.empty()) {
      if (auto c = companies::store::find(s, request.company_id)) company_name = c->name;
    }
    int mailed = 0;
    for (const auto& coordinator :
         security::accounts::active_users_with_role(s, security::Role::kCoordinator)) {
      if (coordinator.email.empty()) continue;
      const std::string lang = I18n::supported(coordinator.language) ? coordinator.language : "fr";
      std::string body = i18n_.tr(lang, "Bonjour,") + "\n\n" +
                         i18n_.tr(lang,
                                  "Une entreprise demande un accompagnement sur PrimoWork "
                                  "Liège.") +
                         "\n\n" + i18n_.tr(lang, "Sujet :") + " " +
                         i18n_.tr(lang, label(request.topic)) + "\n" +
                         i18n_.tr(lang, "Adresse de contact :") + " " + request.email + "\n";
      if (!company_name.empty()) body += i18n_.tr(lang, "Entreprise :") + " " + company_name + "\n";
      body += "\n" + request.message + "\n\n" + i18n_.tr(lang, "Toutes les demandes à traiter :") +
              "\n" + public_url_ + "/coordination/demandes\n";
      auto queued =
          mail::enqueue(s, coordinator.email, i18n_.tr(lang, "Nouvelle demande d'accompagnement"),
                        body, to_utc_tm(clock_()));
      if (queued) {
        ++mailed;
      } else {
        log::warn("support request mail not queued", {{"request", request.id}});
      }
    }
    if (mailed == 0) log::warn("no coordinator to notify", {{"request", request.id}});
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "support.request", "support:" + request.id,
                                 "success", std::string(to_string(request.topic))));
    return request.id;
  });
}

Queue SupportService::queue(const Actor& actor) {
  Queue out;
  db::with_transaction(db_, [&](soci::session& s) {
    out.open = store::open_requests(s);
    out.handled = store::recently_handled(s, kHandledShown);
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "support.queue", "support_requests", "success"));
  });
  return out;
}

Status SupportService::mark_handled(const Actor& actor, const std::string& id,
                                    const std::string& note) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    auto request = store::find(s, id);
    if (!request) {
      return Error{ErrorCode::kNotFound, "", N_("Cette demande n'existe pas."), ""};
    }
    if (auto ok = check_handle(request->status, note); !ok) return ok.error();
    if (!store::mark_handled(s, id, std::string(trim(note)), actor_id(actor), clock_())) {
      return Error{ErrorCode::kConflict, "status", N_("Cette demande a déjà été traitée."), ""};
    }
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "support.handle", "support:" + id, "success"));
    return Ok{};
  });
}

}  // namespace primowork::support
