#include "placements/outcomes_service.h"

#include "placements/outcomes_store.h"
#include "platform/i18n_markers.h"
#include "security/audit.h"
#include "security/policy.h"

namespace primowork::placements {

Result<OutcomePeriod> parse_period(const std::string& from, const std::string& to, Date today) {
  OutcomePeriod period = last_twelve_months(today);
  if (!from.empty()) {
    const auto day = parse_iso_date(from);
    if (!day) return Error::invalid("from", N_("Indiquez la date de début (AAAA-MM-JJ)."));
    period.from = *day;
  }
  if (!to.empty()) {
    const auto day = parse_iso_date(to);
    if (!day) return Error::invalid("to", N_("Indiquez la date de fin (AAAA-MM-JJ)."));
    period.to = *day;
  }
  if (period.to < period.from)
    return Error::invalid("to", N_("La date de fin précède la date de début."));
  return period;
}

OutcomeService::OutcomeService(db::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

Date OutcomeService::today() const {
  return brussels_date(clock_());
}

Result<OutcomeReport> OutcomeService::report(const security::Actor& actor,
                                             const OutcomePeriod& period,
                                             const std::string& format) {
  const std::string detail = to_iso(period.from) + ".." + to_iso(period.to) + " " + format;
  if (!security::allows(actor.role(), "outcomes.read")) {
    db::with_transaction(db_, [&](soci::session& s) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "outcomes.read", "outcomes", "denied", detail));
    });
    return Error{ErrorCode::kForbidden, "", N_("Vous n'avez pas accès à cette page."), ""};
  }
  return db::with_transaction(db_, [&](soci::session& s) -> Result<OutcomeReport> {
    const auto records = store::outcome_records(s);
    OutcomeReport r;
    r.period = period;
    r.overall = compute_outcomes(records, period, OutcomeGrouping::kAll).front();
    r.per_organisation = compute_outcomes(records, period, OutcomeGrouping::kOrganisation);
    r.per_sector = compute_outcomes(records, period, OutcomeGrouping::kSector);
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "outcomes.read", "outcomes", "success", detail));
    return r;
  });
}

}  // namespace primowork::placements
