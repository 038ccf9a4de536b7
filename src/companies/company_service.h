// The companies' use cases: the coordinator's queue of companies waiting to be vetted, the
// status changes (approve, suspend, with a reason), and the company file edited by its employers
// or a coordinator; each change in one transaction with a log row and an audit row.
//
// Which company an employer acts for: the one linked to an organisation they belong to. A
// company an actor may not see answers kNotFound, exactly like one that does not exist.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "companies/company_store.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "security/guard.h"

namespace primowork::companies {

// The name of the commune served with `postcode`, nullopt when it is not served
// (geography::Communes, wired by the application).
using CommuneLookup = std::function<std::optional<std::string>(std::string_view postcode)>;

// A company file with the log of its changes, for its edit page.
struct CompanyFile {
  store::Company company;
  std::vector<store::FileChange> changes;  // oldest first
};

class CompanyService {
 public:
  CompanyService(db::Database& db, CommuneLookup communes, Clock clock)
      : db_(db), communes_(std::move(communes)), clock_(std::move(clock)) {}

  // Companies in `status`, oldest first (audited as a read of the queue).
  std::vector<store::Company> with_status(const security::Actor& actor, CompanyStatus status);
  // Moves the company to `to`: kNotFound for an unknown company; otherwise the errors of
  // check_company_transition() (kConflict, kForbidden, kInvalid naming "reason").
  Status set_status(const security::Actor& actor, const std::string& id, CompanyStatus to,
                    const std::string& reason);

  // The company of an employer account (through its organisation); nullopt for an account
  // linked to none, or any other role.
  std::optional<store::Company> of_employer(const security::Actor& actor);
  // The file of company `id` with its change log: any company for a coordinator, only their own
  // for an employer; kNotFound otherwise (audited as denied).
  Result<CompanyFile> file(const security::Actor& actor, const std::string& id);
  // Changes the address, commune, sector and contact person of company `id` (same access rule as
  // file()): kInvalid naming the first bad field ("street", "postcode", "sector",
  // "contact_name", "contact_email", "contact_phone"; check_company_file() gives them all), and
  // nothing is saved then. Otherwise one transaction: the row, a log row per changed field and
  // an audit row naming them. Returns the codes of the changed fields (empty: nothing changed).
  Result<std::vector<std::string>> update_file(const security::Actor& actor, const std::string& id,
                                               CompanyFileEdit edit);
  // Every problem of an edit, one per field (for forms that show them all).
  std::vector<Error> check(const CompanyFileEdit& edit) const;
  // The employer accounts of the company and the invitations to it still waiting.
  std::vector<store::Colleague> colleagues(const store::Company& company);

 private:
  bool may_edit(soci::session& s, const security::Actor& actor, const store::Company& company);

  db::Database& db_;
  CommuneLookup communes_;
  Clock clock_;
};

}  // namespace primowork::companies
