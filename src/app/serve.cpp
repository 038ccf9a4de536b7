#include "app/serve.h"

#include <iostream>
#include <memory>

#include "app/wiring.h"
#include "platform/http/server.h"
#include "platform/log.h"
#include "platform/mail_sender.h"
#include "platform/periodic_job.h"

namespace primowork::app {

int serve(const Config& config, db::Database& db, const Console& console) {
  if (config.listen_port() == 0) {
    std::cerr << console.tr("Adresse d'écoute invalide : ") << config.listen << "\n";
    return 2;
  }
  if (config.secret.empty()) {
    std::cerr << console.tr(
                     "PRIMOWORK_SECRET est obligatoire : il protège les secrets de double "
                     "authentification. `make run` en crée un dans var/secret.")
              << "\n";
    return 2;
  }
  Application application(config, db);
  std::unique_ptr<mail::OutboxSender> sender;
  if (!config.smtp.empty()) {
    auto smtp = mail::parse_smtp_url(config.smtp);
    if (!smtp) {
      std::cerr << console.tr(smtp.error().message_id) << " : PRIMOWORK_SMTP\n";
      return 2;
    }
    sender = std::make_unique<mail::OutboxSender>(db, smtp.value(), std::chrono::seconds(2));
  }
  // Erases closed files past the retention period at start, then every six hours.
  std::chrono::milliseconds retention_interval{0};
  if (config.retention_days > 0) retention_interval = std::chrono::hours(6);
  PeriodicJob retention("retention", retention_interval, [&application, &config] {
    const int erased = application.people().apply_retention(config.retention_days);
    if (erased > 0) log::info("retention", {{"erased", std::to_string(erased)}});
  });
  // Expires published offers 60 days after their last update and mails the reminder a week
  // before, at start and then every hour (offers/offer_service.h, apply_expiry).
  PeriodicJob offer_expiry("offer-expiry", std::chrono::hours(1), [&application] {
    auto& offers = application.offers();
    const auto done = offers.apply_expiry(offers.today());
    if (done.expired > 0 || done.reminded > 0) {
      log::info("offer expiry", {{"expired", std::to_string(done.expired)},
                                 {"reminded", std::to_string(done.reminded)}});
    }
  });
  // The matching index: built at start, then kept current from the change table every two
  // seconds (queries also catch up first); change rows older than a day are pruned hourly.
  PeriodicJob matching("matching", std::chrono::seconds(2),
                       [&application] { application.matches().refresh(); });
  PeriodicJob matching_prune("matching-prune", std::chrono::hours(1),
                             [&application] { application.matches().prune(); });
  // Proposals sent to an employer: a reminder after 10 days without an answer, closed as
  // no_answer after 30 (placements/placement_service.h, apply_staleness), every hour.
  PeriodicJob proposal_staleness("proposal-staleness", std::chrono::hours(1), [&application] {
    const auto done = application.placements().apply_staleness();
    if (done.closed > 0 || done.reminded > 0) {
      log::info("proposal staleness", {{"closed", std::to_string(done.closed)},
                                       {"reminded", std::to_string(done.reminded)}});
    }
  });
  http::ServerOptions options;
  options.host = config.listen_host();
  options.port = config.listen_port();
  options.threads = config.threads;
  options.hard_body_limit = std::max(config.max_upload_bytes, config.max_form_bytes) * 2;
  options.timeout = std::chrono::seconds(config.request_timeout_s);
  options.grace = std::chrono::seconds(config.shutdown_grace_s);
  try {
    return http::serve(
        options, [&application](http::Request& r) { return application.pipeline().handle(r); },
        [&] {
          log::info("listening", {{"listen", config.listen},
                                  {"db", db.backend_name()},
                                  {"version", PRIMOWORK_VERSION}});
          std::cout << console.tr("PrimoWork est prêt : ") << "http://" << config.listen << "/"
                    << std::endl;
        });
  } catch (const std::exception& e) {
    std::cerr << console.tr("Le serveur n'a pas pu démarrer : ") << e.what() << "\n";
    return 1;
  }
}

}  // namespace primowork::app
