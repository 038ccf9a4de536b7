#include "companies/company_service.h"

#include "platform/utf8.h"
#include "security/accounts.h"
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

namespace {

Error no_such_company() {
  return Error{ErrorCode::kNotFound, "",
               N_("Cette entreprise n'existe pas ou ne vous est pas accessible."), ""};
}

std::optional<store::Company> company_of(soci::session& s, const security::Actor& actor) {
  if (!actor.logged_in() || actor.user->role != security::Role::kEmployer) return std::nullopt;
  for (const auto& org : security::accounts::memberships(s, actor.user->id)) {
    if (auto c = store::find_by_organisation(s, org.id)) return c;
  }
  return std::nullopt;
}

}  // namespace

std::optional<store::Company> CompanyService::of_employer(const security::Actor& actor) {
  auto lease = db_.acquire();
  return company_of(*lease, actor);
}

bool CompanyService::may_edit(soci::session& s, const security::Actor& actor,
                              const store::Company& company) {
  if (!actor.logged_in()) return false;
  if (actor.user->role == security::Role::kCoordinator) return true;
  auto own = company_of(s, actor);
  return own && own->id == company.id;
}

Result<CompanyFile> CompanyService::file(const security::Actor& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<CompanyFile> {
    auto company = store::find(s, id);
    if (!company) return no_such_company();
    if (!may_edit(s, actor, *company)) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "company.read", "company:" + id, "denied"));
      return no_such_company();
    }
    return CompanyFile{std::move(*company), store::file_log(s, id)};
  });
}

std::vector<Error> CompanyService::check(const CompanyFileEdit& edit) const {
  return check_company_file(normalise(edit), [this](std::string_view postcode) {
    return communes_(postcode).has_value();
  });
}

Result<std::vector<std::string>> CompanyService::update_file(const security::Actor& actor,
                                                             const std::string& id,
                                                             CompanyFileEdit edit) {
  edit = normalise(std::move(edit));
  if (auto errors = check(edit); !errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<std::vector<std::string>> {
    auto before = store::find(s, id);
    if (!before) return no_such_company();
    if (!may_edit(s, actor, *before)) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "company.update", "company:" + id, "denied"));
      return no_such_company();
    }
    store::Company after = *before;
    after.street = edit.street;
    after.postal_code = edit.postal_code;
    after.commune = communes_(edit.postal_code).value_or(edit.postal_code);
    after.sector = edit.sector;
    after.contact_name = edit.contact_name;
    after.contact_email = edit.contact_email;
    after.contact_phone = edit.contact_phone;
    auto changed =
        store::update_file(s, *before, after, actor.user ? actor.user->id : "", clock_());
    std::string detail;
    for (const auto& f : changed) detail += (detail.empty() ? "" : ", ") + f;
    security::audit::record(s, security::audit_entry(actor, clock_(), "company.update",
                                                     "company:" + id, "success", detail));
    return changed;
  });
}

std::vector<store::Colleague> CompanyService::colleagues(const store::Company& company) {
  auto lease = db_.acquire();
  return store::colleagues(*lease, company, clock_());
}

}  // namespace primowork::companies
