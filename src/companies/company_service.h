// The companies' use cases: the coordinator's queue of companies waiting to be vetted, and the
// status changes (approve, suspend, with a reason), each in one transaction with a log row and
// an audit row.
#pragma once

#include <string>
#include <vector>

#include "companies/company_store.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "security/guard.h"

namespace primowork::companies {

class CompanyService {
 public:
  CompanyService(db::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

  // Companies in `status`, oldest first (audited as a read of the queue).
  std::vector<store::Company> with_status(const security::Actor& actor, CompanyStatus status);
  // Moves the company to `to`: kNotFound for an unknown company; otherwise the errors of
  // check_company_transition() (kConflict, kForbidden, kInvalid naming "reason").
  Status set_status(const security::Actor& actor, const std::string& id, CompanyStatus to,
                    const std::string& reason);

 private:
  db::Database& db_;
  Clock clock_;
};

}  // namespace primowork::companies
