#include "app/serve.h"

#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "app/wiring.h"
#include "platform/http/server.h"
#include "platform/log.h"
#include "platform/mail_sender.h"

namespace primowork::app {
namespace {

// Erases closed files past the retention period at start, then every six hours, until stopped.
class RetentionJob {
 public:
  RetentionJob(people::PeopleService& people, int days) : people_(people), days_(days) {
    if (days_ > 0) thread_ = std::thread([this] { run(); });
  }
  ~RetentionJob() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }
  RetentionJob(const RetentionJob&) = delete;
  RetentionJob& operator=(const RetentionJob&) = delete;

 private:
  void run() {
    std::unique_lock lock(mutex_);
    while (!stop_) {
      lock.unlock();
      try {
        const int erased = people_.apply_retention(days_);
        if (erased > 0) log::info("retention", {{"erased", std::to_string(erased)}});
      } catch (const std::exception& e) {
        log::warn("retention failed", {{"error", e.what()}});
      }
      lock.lock();
      wake_.wait_for(lock, std::chrono::hours(6), [this] { return stop_; });
    }
  }
  people::PeopleService& people_;
  int days_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace

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
  RetentionJob retention(application.people(), config.retention_days);
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
