// The offer as an HTML form (templates/offers/form.tpl): reading the posted fields, and filling
// the template with the sections, values, choices and the error next to each field. Used by the
// public form "Publier une offre" (with the company's fields) and by the employer's edit form.
//
// Form field names: those of OfferDraft, except "occupation" (what the autocomplete holds: a
// label, "Label (CODE)" or a code; the page resolves it), "postcode" (the commune, from
// geography/communes.h), "contract_type", "schedule" (one checkbox per bit), "skills" (one
// checkbox per skill), "salary" (euros as typed) with "salary_period", and "advert" (a pasted
// advertisement for the extraction). Posting adds "email", "enterprise_number", "company_name".
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <utility>
#include <vector>

#include "geography/communes.h"
#include "offers/offer.h"
#include "platform/http/url.h"
#include "platform/i18n.h"
#include "platform/result.h"

namespace primowork::offers {

struct OfferForm {
  std::string email, enterprise_number, company_name;  // posting without an account only
  std::string advert;                                  // a pasted advertisement
  std::string occupation;                              // as typed
  std::string salary;                                  // euros as typed
  std::string french_level;                            // "" until chosen
  std::string contract;                                // "" until chosen
  OfferDraft draft;
  bool skills_shown = false;  // the skill checkboxes were on the page the employer sent
};

// Reads the form. Unparseable numbers, dates and amounts become errors named after their field.
OfferForm read_offer_form(const http::Fields& fields, std::vector<Error>& errors);

// The form field that shows an error of check_offer() or of the posting ("occupation_code" ->
// "occupation", "postal_code" and "commune" -> "postcode", ...).
std::string offer_form_field(const std::string& error_field);

struct FormChoices {
  bool posting = false;  // show the company's fields and the advertisement box
  std::vector<std::pair<std::string, std::string>> skills;  // code, label: the checkboxes
};

// Fills `dict` for `form`, with `errors` in a summary at the top and next to their fields.
void fill_offer_form(ctemplate::TemplateDictionary& dict, const OfferForm& form,
                     const std::vector<Error>& errors, const FormChoices& choices,
                     const geography::Communes& communes, const I18n& i18n,
                     const std::string& lang);

// "12,50" or "2100" (euros) -> cents; nullopt when not a positive amount with at most 2 decimals.
std::optional<std::int64_t> parse_euros(const std::string& text);
// 1250 -> "12,50"; 210000 -> "2100".
std::string format_euros(std::int64_t cents);

}  // namespace primowork::offers
