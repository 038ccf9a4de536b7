#include "app/wiring.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app/site_pages.h"
#include "occupations/occupations_pages.h"
#include "offers/offer_pages.h"
#include "matches/match_api.h"
#include "people/people_pages.h"
#include "placements/outcomes_pages.h"
#include "placements/placement_pages.h"
#include "placements/placements_api.h"
#include "platform/http/cookies.h"
#include "security/pages.h"
#include "support/support_pages.h"

namespace primowork::app {
namespace {
geography::Communes load_communes(const Config& config) {
  auto loaded =
      geography::Communes::load(config.share_dir + "/data/communes/liege-arrondissement.csv");
  if (!loaded) throw std::runtime_error("communes: " + loaded.error().detail);
  return std::move(loaded.value());
}
offers::ScreeningRules load_screening(const Config& config) {
  const std::string path = config.share_dir + "/data/screening/rules.fr.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("screening rules: cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  auto rules = offers::ScreeningRules::from_json(text.str());
  if (!rules) throw std::runtime_error("screening rules: " + rules.error().detail);
  return std::move(rules.value());
}
}  // namespace

bool is_https(const Config& config) {
  return config.public_url.rfind("https://", 0) == 0;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

std::string public_url(const Config& config) {
  std::string url = config.public_url.empty() ? "http://" + config.listen : config.public_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

security::SecurityOptions security_options(const Config& config) {
  security::SecurityOptions o;
  o.sessions.idle_seconds = config.session_idle_s;
  o.sessions.absolute_seconds = config.session_lifetime_s;
  o.sessions.touch_interval_seconds = std::min(60, std::max(1, config.session_idle_s / 4));
  o.throttle.max_failures = config.login_max_failures;
  o.https = is_https(config);
  o.second_factor_for_counsellors = config.require_2fa_counsellors;
  o.public_url = public_url(config);
  return o;
}

Application::Application(const Config& config, db::Database& db, Clock clock)
    : config_(config),
      db_(db),
      i18n_(config.locale_dir),
      templates_(config.share_dir + "/templates", i18n_),
      static_files_(config.share_dir + "/static"),
      pages_(templates_, static_files_.version()),
      pipeline_(router_, metrics_,
                http::PipelineOptions{config.max_form_bytes, config.max_upload_bytes,
                                      is_https(config), split_list(config.trusted_proxies)}),
      common_passwords_(
          security::CommonPasswords::load(config.share_dir + "/data/common-passwords.txt")),
      cipher_(config.secret),
      guard_(db, security_options(config), clock),
      auth_(db, guard_, common_passwords_, cipher_, i18n_, clock),
      catalogue_(db, clock),
      communes_(load_communes(config)),
      files_(config.documents_dir),
      people_(db, guard_, catalogue_, communes_, cipher_, files_, clock),
      matches_(db, catalogue_, communes_, people_, i18n_, clock),
      placements_(db, people_, matches_, i18n_, public_url(config), clock),
      screening_(load_screening(config)),
      companies_(db,
                 [this](std::string_view postcode) -> std::optional<std::string> {
                   const auto* c = communes_.find(postcode);
                   if (c == nullptr) return std::nullopt;
                   return c->name;
                 },
                 clock),
      offers_(db, catalogue_, communes_, screening_, i18n_, public_url(config), clock),
      support_(db, i18n_, public_url(config), clock),
      outcomes_(db, clock) {
  if (auto loaded = catalogue_.load(config.share_dir + "/data/taxonomy/starter-rome.json");
      !loaded) {
    throw std::runtime_error("taxonomy: " + loaded.error().field + ": " + loaded.error().detail);
  }
  pipeline_.before([](http::Request& r) {
    r.lang = I18n::negotiate("", r.cookie(http::kLanguageCookie),
                             r.headers.get("Accept-Language").value_or(""));
  });
  SiteDeps deps{config_, db_, i18n_, pages_, static_files_, metrics_, guard_};
  pipeline_.set_error_page(
      [deps](const http::Request& r, int status) { return error_page(deps, r, status); });
  pipeline_.set_outage_check([&db] { return !db.ping(); });
  mount_site_pages(router_, deps);
  const security::PagesDeps security_deps{db_, i18n_, pages_, guard_, auth_};
  security::mount_auth_pages(router_, security_deps);
  security::mount_account_pages(router_, security_deps);
  security::mount_admin_pages(router_, security_deps);
  security::mount_identity_api(router_, security_deps);
  const occupations::PagesDeps occupation_deps{catalogue_, i18n_, pages_, guard_};
  occupations::mount_occupation_pages(router_, occupation_deps);
  occupations::mount_taxonomy_api(router_, occupation_deps);
  people::PagesDeps people_deps{people_, communes_, i18n_, pages_, guard_};
  people_deps.follow_ups = [this](const security::Actor& a) {
    std::vector<people::FollowUpLine> out;
    const Date today = placements_.today();
    for (const auto& f : placements_.due_follow_ups(a, placements::add_months(today, 30)))
      out.push_back({f.id, f.person_id, f.months, to_iso(f.due), f.due <= today});
    return out;
  };
  people::mount_people_pages(router_, people_deps);
  people::mount_people_api(router_, people_deps);
  placements::mount_placements_api(router_, placements::ApiDeps{placements_, i18n_, guard_});
  placements::mount_placement_pages(
      router_, placements::PagesDeps{placements_, matches_, i18n_, pages_, guard_});
  offers::PagesDeps offer_deps{offers_, companies_, communes_, i18n_,
                                     pages_,  guard_,     auth_};
  offer_deps.proposals = [this](const security::Actor& a) {
    std::map<std::string, offers::ProposalCount> out;
    for (const auto& [offer, n] : placements::proposals_by_offer(placements_, a))
      out[offer] = offers::ProposalCount{n.received, n.waiting};
    return out;
  };
  offers::mount_offer_pages(router_, offer_deps);
  offers::mount_employer_pages(router_, offer_deps);
  offers::mount_review_pages(router_, offer_deps);
  offers::mount_company_pages(router_, offer_deps);
  offers::mount_offer_api(router_, offer_deps);
  matches::mount_match_api(router_, matches::ApiDeps{matches_, i18n_, guard_});
  const support::PagesDeps support_deps{support_, i18n_, pages_, guard_};
  support::mount_kit_pages(router_, support_deps);
  support::mount_support_pages(router_, support_deps);
  placements::mount_outcome_pages(
      router_, placements::OutcomePagesDeps{outcomes_, i18n_, pages_, guard_});

  metrics_.add_gauge("primowork_db_pool_connections", "Database connections by state.",
                     "state=\"in_use\"", [&db] { return double(db.stats().in_use); });
  metrics_.add_gauge("primowork_db_pool_connections", "Database connections by state.",
                     "state=\"open\"", [&db] { return double(db.stats().open); });
  metrics_.add_gauge("primowork_db_pool_size", "Maximum database connections.", "",
                     [&db] { return double(db.stats().size); });
}

}  // namespace primowork::app
