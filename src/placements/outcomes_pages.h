// The coordination's outcome page (outcomes.read): /coordination/resultats with a period form
// (?du=YYYY-MM-DD&au=YYYY-MM-DD, the last 12 months by default) and the figures overall, per
// organisation and per sector; /coordination/resultats.csv, the same figures as a CSV download.
#pragma once

#include "placements/outcomes_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"

namespace primowork::placements {

struct OutcomePagesDeps {
  OutcomeService& service;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
};

void mount_outcome_pages(http::Router& router, const OutcomePagesDeps& deps);

// The report as CSV (RFC 4180, comma, CRLF, UTF-8): a header row in `lang`, then one row for the
// whole, one per organisation, one per sector. Shares in percent with one decimal, the median
// in days, "" when there is nothing to compute.
std::string outcomes_csv(const OutcomeReport& report, const I18n& i18n, const std::string& lang);

}  // namespace primowork::placements
