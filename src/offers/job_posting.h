// The schema.org JobPosting of a published offer, as JSON-LD for its public page, and the
// escaping that lets it sit inside <script type="application/ld+json"> safely.
//
// A JSON-LD block is data, not script: the strict Content-Security-Policy does not block it and it
// needs no nonce. The template must print json_for_script()'s output unescaped ({{JSON_LD:none}}
// in ctemplate): the escaping is done here, for the script context.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "offers/offer.h"

namespace primowork::offers {

// What the public page of a published offer shows, ready for JSON-LD. Texts are as the employer
// wrote them (plain text); labels are already translated into the page's language.
struct PublishedOfferView {
  std::string url;  // absolute address of the public page ("" when unknown)
  std::string id;   // the offer's opaque id
  std::string title;
  std::string description;  // may be empty: the title is used then
  Date date_posted;         // publication date
  Date valid_through;       // offers::valid_through(last update)
  ContractType contract = ContractType::kPermanent;
  bool part_time = false;
  int positions = 1;
  std::optional<Date> start_date;
  std::string company_name;
  std::string commune;           // addressLocality
  std::string postal_code;       // postalCode
  std::string occupation_code;   // ROME code, e.g. "J1501"
  std::string occupation_label;  // its ROME label
  CefrLevel french_level = CefrLevel::kA2;
  std::string french_level_label;  // e.g. "Français : niveau B1 (CECR)", translated by the caller
  std::vector<std::string> skill_labels;
  std::optional<Salary> salary;
};

// The schema.org employmentType values of an offer: "INTERN" alone for PFI, stage and alternance
// (training contracts, not employment); otherwise FULL_TIME or PART_TIME from the working time,
// followed by TEMPORARY for fixed-term, clearly defined work, replacement, interim, CPAS (articles
// 60 and 61), flexi and student jobs.
std::vector<std::string> employment_types(ContractType contract, bool part_time);

// The JobPosting object: @context, @type, title, description, identifier, url, datePosted,
// validThrough, employmentType, hiringOrganization (Organization with its name), jobLocation
// (Place with a PostalAddress: addressLocality, postalCode, addressCountry "BE"),
// occupationalCategory (a CategoryCode with the ROME code, its label and the ROME code set),
// totalJobOpenings, jobStartDate when known, baseSalary when given (EUR per HOUR or MONTH).
// The French level goes into "skills" as a DefinedTerm (termCode "fr-B1": the BCP 47 language
// and the CEFR level, in the CEFR term set) followed by the skill labels as text: schema.org has
// no property for a language requirement, and "skills" is where job sites read requirements.
nlohmann::json job_posting(const PublishedOfferView& offer);

// The JSON text to put between <script type="application/ld+json"> and </script>: compact, with
// "<", ">" and "&" written \u003c, \u003e, \u0026 (so no "</script>" or "<!--" can appear) and
// U+2028, U+2029 written \u2028, \u2029. Invalid UTF-8 in strings is replaced by U+FFFD.
std::string json_for_script(const nlohmann::json& value);

}  // namespace primowork::offers
