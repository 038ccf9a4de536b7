// The pages that belong to no business concept: home, audience entry points (until their
// features exist), language switch, health, metrics, error pages, and test-only debug routes.
#pragma once

#include "platform/config.h"
#include "platform/db/database.h"
#include "platform/http/metrics.h"
#include "platform/http/router.h"
#include "platform/http/static_files.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"

namespace primowork::app {

struct SiteDeps {
  const Config& config;
  db::Database& db;
  const I18n& i18n;
  const PageRenderer& pages;
  const http::StaticFiles& static_files;
  http::Metrics& metrics;
  security::Guard& guard;
};

// Every route goes through the guard, with a permission of the access policy.
void mount_site_pages(http::Router& router, const SiteDeps& deps);

// The HTML error page for `status` in request.lang.
http::Response error_page(const SiteDeps& deps, const http::Request& request, int status);

}  // namespace primowork::app
