#include "companies/company_service.h"

#include "platform/utf8.h"
#include "security/audit.h"

namespace primowork::companies {

std::vector<store::Company> CompanyService::with_status(const security::Actor& actor,
                                                        CompanyStatus status) {
  std::vector<store::Company> out;
  db::with_transaction(db_, [&](soci::session& s) {
    out = store::with_status(s, status);
    security::audit::record(s, security::audit_entry(actor, clock_(), "company.queue",
                                                     std::string(to_string(status)), "success"));
  });
  return out;
}

Status CompanyService::set_status(const security::Actor& actor, const std::string& id,
                                  CompanyStatus to, const std::string& reason) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    auto company = store::find(s, id);
    if (!company) {
      return Error{ErrorCode::kNotFound, "", N_("Cette entreprise n'existe pas."), ""};
    }
    const auto role = actor.role().value_or(security::Role::kCandidate);
    if (auto ok = check_company_transition(company->status, to, role, reason); !ok) {
      return ok.error();
    }
    const std::string clean(trim(reason));
    store::set_status(s, id, company->status, to, clean, actor.user ? actor.user->id : "",
                      clock_());
    security::audit::record(
        s, security::audit_entry(
               actor, clock_(), "company.status", "company:" + id, "success",
               std::string(to_string(company->status)) + " -> " + std::string(to_string(to))));
    return Ok{};
  });
}

}  // namespace primowork::companies
