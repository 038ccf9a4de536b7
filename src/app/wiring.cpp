#include "app/wiring.h"

#include "app/site_pages.h"

namespace primowork::app {

bool is_https(const Config& config) { return config.public_url.rfind("https://", 0) == 0; }

Application::Application(const Config& config, db::Database& db)
    : config_(config),
      db_(db),
      i18n_(config.locale_dir),
      templates_(config.share_dir + "/templates", i18n_),
      static_files_(config.share_dir + "/static"),
      pages_(templates_, static_files_.version()),
      pipeline_(router_, metrics_,
                http::PipelineOptions{config.max_form_bytes, config.max_upload_bytes,
                                      is_https(config)}) {
  pipeline_.before([](http::Request& r) {
    r.lang = I18n::negotiate("", r.cookie("lang"), r.headers.get("Accept-Language").value_or(""));
  });
  SiteDeps deps{config_, db_, i18n_, pages_, static_files_, metrics_};
  pipeline_.set_error_page([deps](const http::Request& r, int status) {
    return error_page(deps, r, status);
  });
  pipeline_.set_outage_check([&db] { return !db.ping(); });
  mount_site_pages(router_, deps);

  metrics_.add_gauge("primowork_db_pool_connections", "Database connections by state.",
                     "state=\"in_use\"", [&db] { return double(db.stats().in_use); });
  metrics_.add_gauge("primowork_db_pool_connections", "Database connections by state.",
                     "state=\"open\"", [&db] { return double(db.stats().open); });
  metrics_.add_gauge("primowork_db_pool_size", "Maximum database connections.", "",
                     [&db] { return double(db.stats().size); });
}

}  // namespace primowork::app
