// The application assembled: configuration, database, translations, templates, static files,
// routes and the request pipeline. Built once by `serve` (and by tests, without a socket).
#pragma once

#include <memory>

#include "companies/company_service.h"
#include "geography/communes.h"
#include "matches/match_service.h"
#include "occupations/catalogue.h"
#include "offers/offer_service.h"
#include "offers/screening.h"
#include "people/people_service.h"
#include "placements/outcomes_service.h"
#include "placements/placement_service.h"
#include "platform/config.h"
#include "platform/db/database.h"
#include "platform/file_store.h"
#include "platform/http/metrics.h"
#include "platform/http/pipeline.h"
#include "platform/http/router.h"
#include "platform/http/static_files.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "platform/templates.h"
#include "security/auth_service.h"
#include "security/crypto.h"
#include "security/guard.h"
#include "security/passwords.h"
#include "support/support_service.h"

namespace primowork::app {

class Application {
 public:
  // Throws std::runtime_error when templates or static files cannot be loaded, and
  // std::invalid_argument when PRIMOWORK_SECRET is empty.
  Application(const Config& config, db::Database& db, Clock clock = system_now);

  http::Pipeline& pipeline() { return pipeline_; }
  const http::Router& router() const { return router_; }
  const I18n& i18n() const { return i18n_; }
  security::AuthService& auth() { return auth_; }
  occupations::Catalogue& catalogue() { return catalogue_; }
  people::PeopleService& people() { return people_; }
  placements::PlacementService& placements() { return placements_; }
  offers::OfferService& offers() { return offers_; }
  companies::CompanyService& companies() { return companies_; }
  matches::MatchService& matches() { return matches_; }
  support::SupportService& support() { return support_; }
  placements::OutcomeService& outcomes() { return outcomes_; }
  const offers::ScreeningRules& screening() const { return screening_; }
  const security::Guard& guard() const { return guard_; }

 private:
  const Config& config_;
  db::Database& db_;
  I18n i18n_;
  Templates templates_;
  http::StaticFiles static_files_;
  PageRenderer pages_;
  http::Router router_;
  http::Metrics metrics_;
  http::Pipeline pipeline_;
  security::CommonPasswords common_passwords_;
  security::FieldCipher cipher_;
  security::Guard guard_;
  security::AuthService auth_;
  occupations::Catalogue catalogue_;
  geography::Communes communes_;
  FileStore files_;
  people::PeopleService people_;
  matches::MatchService matches_;
  placements::PlacementService placements_;
  offers::ScreeningRules screening_;
  companies::CompanyService companies_;
  offers::OfferService offers_;
  support::SupportService support_;
  placements::OutcomeService outcomes_;
};

// Security settings from the configuration.
security::SecurityOptions security_options(const Config& config);
// The base of links sent by mail or printed: PRIMOWORK_PUBLIC_URL, else http://LISTEN.
std::string public_url(const Config& config);

// True when the public URL is https (cookies get Secure, answers get HSTS).
bool is_https(const Config& config);
// "a, b,c" -> {"a", "b", "c"}.
std::vector<std::string> split_list(const std::string& text);

}  // namespace primowork::app
