// Companies (entreprises): the enterprise number, the company file an employer fills in, and the
// vetting status a coordinator sets. Domain types and rules only: no I/O, no SQL.
//
// The status changes follow ONE table (company_transitions() in company.cpp): a company starts
// `pending`; a coordinator approves it or suspends it, always with a reason when suspending.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/result.h"
#include "security/roles.h"

namespace primowork::companies {

// --- Enterprise number (numéro d'entreprise, BCE/KBO)
// ---------------------------------------------

// A Belgian enterprise number: 10 digits, the first 0 or 1, the last two equal to
// 97 - (the first eight mod 97).
struct EnterpriseNumber {
  std::string digits;  // "0123456749"

  // The canonical display form "0123.456.749".
  std::string display() const;
  friend bool operator==(const EnterpriseNumber&, const EnterpriseNumber&) = default;
};

// Reads what people type: "0123.456.749", "BE0123456749", "BE 0123 456 749", "0123-456-749", or
// the 9-digit legacy form "123456749" (a leading 0 is added). Spaces, dots and hyphens are
// ignored, the "BE" prefix is optional. Fails with field "enterprise_number" when the digits are
// not 9 or 10, the first is not 0 or 1, or the modulo-97 check fails.
Result<EnterpriseNumber> parse_enterprise_number(std::string_view text);

// True when `digits` is exactly 10 ASCII digits passing the rules above (no separators).
bool valid_enterprise_number(std::string_view digits);

// --- Status and its transitions ---------------------------------------------------------------

enum class CompanyStatus { kPending, kApproved, kSuspended };

// Stable codes stored in the database: "pending", "approved", "suspended".
std::string_view to_string(CompanyStatus status);
std::optional<CompanyStatus> parse_company_status(std::string_view text);
// French label msgid, e.g. "En attente de validation".
const char* label(CompanyStatus status);

// One allowed status change, and whether it needs a written reason.
struct CompanyTransition {
  CompanyStatus from;
  CompanyStatus to;
  bool reason_required;
};

// Every allowed change; anything not listed is refused. Only coordinators change a status.
const std::vector<CompanyTransition>& company_transitions();

constexpr std::size_t kMaxReasonLength = 1000;  // characters

// Checks that `actor` may move a company from `from` to `to` with `reason`:
// kConflict (field "status") when the table has no such change, kForbidden when the actor is not
// a coordinator, kInvalid (field "reason") when a required reason is blank or any reason is
// longer than kMaxReasonLength characters.
Status check_company_transition(CompanyStatus from, CompanyStatus to, security::Role actor,
                                std::string_view reason);

// --- The company file -------------------------------------------------------------------------

struct CompanyContact {
  std::string name;   // required, 200 characters at most
  std::string email;  // at least one of email and phone
  std::string phone;  // digits, spaces and + / . - ( ); 8 to 15 digits
};

// What an employer or a coordinator submits. Checked by check_company(), stored by the store.
struct CompanyDraft {
  std::string name;               // 2..200 characters
  std::string enterprise_number;  // as typed; see parse_enterprise_number()
  std::string street;             // street and number, 200 characters at most
  std::string postal_code;        // 4 digits (Belgium)
  std::string commune;            // 100 characters at most
  std::string sector;             // free text for now (e.g. "Logistique"), 100 characters at most
  std::vector<CompanyContact> contacts;  // 1..10
};

constexpr std::size_t kMaxContacts = 10;

// Trims spaces around every text field and writes the enterprise number in its display form
// when it parses; leaves anything it cannot read as it is, for check_company() to name.
CompanyDraft normalise(CompanyDraft draft);

// Checks every field of the draft; returns one error per invalid field (empty when valid).
// Fields: "name", "enterprise_number", "street", "postal_code", "commune", "sector", "contacts",
// and "contacts[i].name", "contacts[i].email", "contacts[i].phone" for the i-th contact.
std::vector<Error> check_company(const CompanyDraft& draft);

// --- Editing the company file ---------------------------------------------------------------

// What the employer (their own company) or a coordinator may change once the company exists: the
// address, the commune, the sector and the contact person. The name and the enterprise number
// stay as vetted; the status changes only through company_transitions().
struct CompanyFileEdit {
  std::string street;         // street and number, 1..200 characters
  std::string postal_code;    // a commune served (geography::Communes), e.g. "4000"
  std::string sector;         // 1..100 characters
  std::string contact_name;   // 1..200 characters
  std::string contact_email;  // at least one of email and phone
  std::string contact_phone;  // digits, spaces and + / . - ( ); 8 to 15 digits
};

// Trims spaces around every field.
CompanyFileEdit normalise(CompanyFileEdit edit);

// Checks every field; returns one error per invalid field (empty when valid), in form order.
// Fields: "street", "postcode", "sector", "contact_name", "contact_email", "contact_phone".
// `known_postcode` says whether a postcode is one of the communes served.
std::vector<Error> check_company_file(const CompanyFileEdit& edit,
                                      const std::function<bool(std::string_view)>& known_postcode);

}  // namespace primowork::companies
