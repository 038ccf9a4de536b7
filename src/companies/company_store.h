// SQL for companies (migrations/0010_companies_offers.sql): the company file, its vetting status
// and the log of status changes. Every function runs on the caller's session, inside the caller's
// transaction; callers check authorisation and validate (companies/company.h) before writing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "companies/company.h"

namespace primowork::companies::store {

struct Company {
  std::string id;
  std::string organisation_id;  // the employers' organisation, "" until someone has an account
  std::string name;
  std::string enterprise_number;  // 10 digits, no separators
  std::string street, postal_code, commune, sector;
  std::string contact_email;  // the address that posted first, then the contact person's
  std::string contact_name, contact_phone;  // the contact person (migration 0013)
  CompanyStatus status = CompanyStatus::kPending;
  std::string status_reason;
  std::tm created_at{};
};

// Inserts `company` with status pending (its id is made here) and a first log row.
Company create(soci::session& s, Company company, const std::string& actor_id, std::time_t now);
std::optional<Company> find(soci::session& s, const std::string& id);
// By the 10 digits of the enterprise number.
std::optional<Company> find_by_number(soci::session& s, const std::string& digits);
// The company whose employers belong to organisation `organisation_id`.
std::optional<Company> find_by_organisation(soci::session& s, const std::string& organisation_id);
// Links the company to the employers' organisation.
void set_organisation(soci::session& s, const std::string& id, const std::string& organisation_id);

// Sets the status and logs the change; the caller checked check_company_transition().
void set_status(soci::session& s, const std::string& id, CompanyStatus from, CompanyStatus to,
                const std::string& reason, const std::string& actor_id, std::time_t now);
std::vector<Company> with_status(soci::session& s, CompanyStatus status);

struct StatusChange {
  std::string from, to, reason, actor_id;
  std::tm at{};
};
std::vector<StatusChange> status_log(soci::session& s, const std::string& id);

// Writes the editable part of the file (street, postal code, commune, sector, contact person)
// from `after`, and logs one row per field that differs from `before` (old and new values).
// Returns the codes of the changed fields ("street", "postcode", "commune", "sector",
// "contact_name", "contact_email", "contact_phone"); nothing is written when none changed.
std::vector<std::string> update_file(soci::session& s, const Company& before, const Company& after,
                                     const std::string& actor_id, std::time_t now);

struct FileChange {
  std::string field, old_value, new_value, actor_id;
  std::tm at{};
};
// The changes made to the file, oldest first.
std::vector<FileChange> file_log(soci::session& s, const std::string& id);

// The active employer accounts of the company's organisation, by name; and the invitations to it
// not yet accepted nor expired at `now`.
struct Colleague {
  std::string name, email;
  bool pending = false;  // invited, account not created yet
};
std::vector<Colleague> colleagues(soci::session& s, const Company& company, std::time_t now);

// True when `email` (case ignored) is the company's contact address or the address of an
// employer account of its organisation.
bool known_address(soci::session& s, const std::string& id, const std::string& email);

}  // namespace primowork::companies::store
