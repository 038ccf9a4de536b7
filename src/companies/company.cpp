#include "companies/company.h"

#include <algorithm>

#include "platform/utf8.h"
#include "security/accounts.h"

namespace primowork::companies {
namespace {

constexpr const char* kNumberField = "enterprise_number";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The modulo-97 rule on 10 digits already known to be digits.
bool checksum_ok(std::string_view digits) {
  long first_eight = 0;
  for (std::size_t i = 0; i < 8; ++i) first_eight = first_eight * 10 + (digits[i] - '0');
  const int check = (digits[8] - '0') * 10 + (digits[9] - '0');
  return check == 97 - static_cast<int>(first_eight % 97);
}

bool within(std::string_view text, std::size_t min_chars, std::size_t max_chars) {
  const std::size_t n = utf8_length(trim(text));
  return n >= min_chars && n <= max_chars;
}

// A phone number as people write it: digits and + / . - ( ) and spaces, 8 to 15 digits.
bool plausible_phone(std::string_view phone) {
  std::size_t digits = 0;
  for (char c : phone) {
    if (is_digit(c)) {
      ++digits;
    } else if (std::string_view(" +/.-()").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;
}

}  // namespace

// --- Enterprise number ------------------------------------------------------------------------

std::string EnterpriseNumber::display() const {
  if (digits.size() != 10) return digits;
  return digits.substr(0, 4) + "." + digits.substr(4, 3) + "." + digits.substr(7, 3);
}

bool valid_enterprise_number(std::string_view digits) {
  return digits.size() == 10 && std::all_of(digits.begin(), digits.end(), is_digit) &&
         (digits[0] == '0' || digits[0] == '1') && checksum_ok(digits);
}

Result<EnterpriseNumber> parse_enterprise_number(std::string_view text) {
  text = trim(text);
  if (text.empty()) {
    return Error::invalid(kNumberField, N_("Le numéro d'entreprise est obligatoire."));
  }
  if (text.size() >= 2 && (text[0] == 'B' || text[0] == 'b') &&
      (text[1] == 'E' || text[1] == 'e')) {
    text.remove_prefix(2);
  }
  std::string digits;
  for (char c : text) {
    if (is_digit(c)) {
      if (digits.size() > 10) break;  // too long either way
      digits.push_back(c);
    } else if (c != ' ' && c != '.' && c != '-') {
      digits.clear();
      break;
    }
  }
  if (digits.size() == 9) digits.insert(digits.begin(), '0');  // legacy 9-digit numbers
  if (digits.size() != 10) {
    return Error::invalid(
        kNumberField,
        N_("Le numéro d'entreprise compte 10 chiffres, par exemple 0123.456.749 ou BE0123456749."));
  }
  if (digits[0] != '0' && digits[0] != '1') {
    return Error::invalid(kNumberField, N_("Un numéro d'entreprise commence par 0 ou 1."));
  }
  if (!checksum_ok(digits)) {
    return Error::invalid(kNumberField,
                          N_("Ce numéro d'entreprise n'existe pas : vérifiez les chiffres "
                             "(les deux derniers ne correspondent pas aux huit premiers)."));
  }
  return EnterpriseNumber{std::move(digits)};
}

// --- Status -----------------------------------------------------------------------------------

std::string_view to_string(CompanyStatus status) {
  switch (status) {
    case CompanyStatus::kPending:
      return "pending";
    case CompanyStatus::kApproved:
      return "approved";
    case CompanyStatus::kSuspended:
      return "suspended";
  }
  return "pending";
}

std::optional<CompanyStatus> parse_company_status(std::string_view text) {
  for (CompanyStatus s :
       {CompanyStatus::kPending, CompanyStatus::kApproved, CompanyStatus::kSuspended}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

const char* label(CompanyStatus status) {
  switch (status) {
    case CompanyStatus::kPending:
      return N_("En attente de validation");
    case CompanyStatus::kApproved:
      return N_("Validée");
    case CompanyStatus::kSuspended:
      return N_("Suspendue");
  }
  return "";
}

const std::vector<CompanyTransition>& company_transitions() {
  using S = CompanyStatus;
  static const std::vector<CompanyTransition> table = {
      // from          to             reason required
      {S::kPending, S::kApproved, false},    // vetted: may publish offers
      {S::kPending, S::kSuspended, true},    // refused at vetting (the reason says why)
      {S::kApproved, S::kSuspended, true},   // complaint, fraud, discriminatory offers...
      {S::kSuspended, S::kApproved, false},  // reinstated
  };
  return table;
}

Status check_company_transition(CompanyStatus from, CompanyStatus to, security::Role actor,
                                std::string_view reason) {
  const auto& table = company_transitions();
  const auto it = std::find_if(table.begin(), table.end(), [&](const CompanyTransition& t) {
    return t.from == from && t.to == to;
  });
  if (it == table.end()) {
    return Error{ErrorCode::kConflict, "status",
                 N_("Ce changement de statut n'est pas permis pour cette entreprise."),
                 std::string(to_string(from)) + " -> " + std::string(to_string(to))};
  }
  if (actor != security::Role::kCoordinator) {
    return Error{ErrorCode::kForbidden, "status",
                 N_("Seule la coordination peut changer le statut d'une entreprise."),
                 std::string(security::to_string(actor))};
  }
  if (it->reason_required && trim(reason).empty()) {
    return Error::invalid("reason", N_("Indiquez la raison de ce changement."));
  }
  if (utf8_length(reason) > kMaxReasonLength) {
    return Error::invalid("reason", N_("La raison est trop longue (1000 caractères au plus)."));
  }
  return Ok{};
}

// --- The company file -------------------------------------------------------------------------

CompanyDraft normalise(CompanyDraft d) {
  auto tidy = [](std::string& s) { s = std::string(trim(s)); };
  tidy(d.name);
  tidy(d.enterprise_number);
  tidy(d.street);
  tidy(d.postal_code);
  tidy(d.commune);
  tidy(d.sector);
  for (auto& c : d.contacts) {
    tidy(c.name);
    tidy(c.email);
    tidy(c.phone);
  }
  if (auto number = parse_enterprise_number(d.enterprise_number)) {
    d.enterprise_number = number->display();
  }
  return d;
}

std::vector<Error> check_company(const CompanyDraft& d) {
  std::vector<Error> errors;
  if (!within(d.name, 2, 200)) {
    errors.push_back(Error::invalid(
        "name", N_("Le nom de l'entreprise est obligatoire (de 2 à 200 caractères).")));
  }
  if (auto number = parse_enterprise_number(d.enterprise_number); !number) {
    errors.push_back(number.error());
  }
  if (!within(d.street, 1, 200)) {
    errors.push_back(Error::invalid(
        "street", N_("La rue et le numéro sont obligatoires (200 caractères au plus).")));
  }
  const std::string_view pc = trim(d.postal_code);
  if (pc.size() != 4 || !std::all_of(pc.begin(), pc.end(), is_digit) || pc[0] == '0') {
    errors.push_back(Error::invalid(
        "postal_code", N_("Le code postal belge compte 4 chiffres, par exemple 4000.")));
  }
  if (!within(d.commune, 1, 100)) {
    errors.push_back(
        Error::invalid("commune", N_("La commune est obligatoire (100 caractères au plus).")));
  }
  if (!within(d.sector, 1, 100)) {
    errors.push_back(Error::invalid(
        "sector", N_("Le secteur d'activité est obligatoire (100 caractères au plus).")));
  }
  if (d.contacts.empty() || d.contacts.size() > kMaxContacts) {
    errors.push_back(
        Error::invalid("contacts", N_("Indiquez au moins une personne de contact (10 au plus).")));
  }
  const std::size_t shown = std::min(d.contacts.size(), kMaxContacts);
  for (std::size_t i = 0; i < shown; ++i) {
    const CompanyContact& c = d.contacts[i];
    const std::string prefix = "contacts[" + std::to_string(i) + "].";
    if (!within(c.name, 1, 200)) {
      errors.push_back(Error::invalid(
          prefix + "name",
          N_("Le nom de la personne de contact est obligatoire (200 caractères au plus).")));
    }
    const std::string_view email = trim(c.email), phone = trim(c.phone);
    if (email.empty() && phone.empty()) {
      errors.push_back(Error::invalid(
          prefix + "email", N_("Indiquez une adresse e-mail ou un numéro de téléphone.")));
      continue;
    }
    if (!email.empty()) {
      if (auto ok = security::check_email(std::string(email)); !ok) {
        Error e = ok.error();
        e.field = prefix + "email";
        errors.push_back(std::move(e));
      }
    }
    if (!phone.empty() && !plausible_phone(phone)) {
      errors.push_back(Error::invalid(prefix + "phone",
                                      N_("Numéro de téléphone invalide (de 8 à 15 chiffres).")));
    }
  }
  return errors;
}

// --- Editing the company file ---------------------------------------------------------------

CompanyFileEdit normalise(CompanyFileEdit e) {
  for (std::string* field : {&e.street, &e.postal_code, &e.sector, &e.contact_name,
                             &e.contact_email, &e.contact_phone}) {
    *field = std::string(trim(*field));
  }
  return e;
}

std::vector<Error> check_company_file(const CompanyFileEdit& e,
                                      const std::function<bool(std::string_view)>& known_postcode) {
  std::vector<Error> errors;
  if (!within(e.street, 1, 200)) {
    errors.push_back(Error::invalid(
        "street", N_("La rue et le numéro sont obligatoires (200 caractères au plus).")));
  }
  if (!known_postcode(trim(e.postal_code))) {
    errors.push_back(Error::invalid(
        "postcode", N_("Choisissez la commune dans la liste des communes de l'arrondissement.")));
  }
  if (!within(e.sector, 1, 100)) {
    errors.push_back(Error::invalid(
        "sector", N_("Le secteur d'activité est obligatoire (100 caractères au plus).")));
  }
  if (!within(e.contact_name, 1, 200)) {
    errors.push_back(Error::invalid(
        "contact_name",
        N_("Le nom de la personne de contact est obligatoire (200 caractères au plus).")));
  }
  const std::string_view email = trim(e.contact_email), phone = trim(e.contact_phone);
  if (email.empty() && phone.empty()) {
    errors.push_back(Error::invalid("contact_email",
                                    N_("Indiquez une adresse e-mail ou un numéro de téléphone.")));
  }
  if (!email.empty()) {
    if (auto ok = security::check_email(std::string(email)); !ok) {
      Error err = ok.error();
      err.field = "contact_email";
      errors.push_back(std::move(err));
    }
  }
  if (!phone.empty() && !plausible_phone(phone)) {
    errors.push_back(
        Error::invalid("contact_phone", N_("Numéro de téléphone invalide (de 8 à 15 chiffres).")));
  }
  return errors;
}

}  // namespace primowork::companies
