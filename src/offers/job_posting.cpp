#include "offers/job_posting.h"

namespace primowork::offers {
namespace {

// The Council of Europe's page of the CEFR common reference levels: the term set of "fr-B1".
constexpr const char* kCefrTermSet =
    "https://www.coe.int/en/web/common-european-framework-reference-languages";

nlohmann::json iso(Date d) {
  return to_iso(d);
}

// Euros as a JSON number from cents (exact for any realistic salary).
nlohmann::json euros(std::int64_t cents) {
  if (cents % 100 == 0) return cents / 100;
  return static_cast<double>(cents) / 100.0;
}

}  // namespace

std::vector<std::string> employment_types(ContractType contract, bool part_time) {
  switch (contract) {
    case ContractType::kPfi:
    case ContractType::kInternship:
    case ContractType::kWorkLinkedTraining:
      return {"INTERN"};
    default:
      break;
  }
  std::vector<std::string> types = {part_time ? "PART_TIME" : "FULL_TIME"};
  switch (contract) {
    case ContractType::kFixedTerm:
    case ContractType::kClearlyDefinedWork:
    case ContractType::kReplacement:
    case ContractType::kInterim:
    case ContractType::kArticle60:
    case ContractType::kArticle61:
    case ContractType::kFlexiJob:
    case ContractType::kStudentJob:
      types.emplace_back("TEMPORARY");
      break;
    default:
      break;
  }
  return types;
}

nlohmann::json job_posting(const PublishedOfferView& o) {
  nlohmann::json j = {
      {"@context", "https://schema.org/"},
      {"@type", "JobPosting"},
      {"title", o.title},
      {"description", o.description.empty() ? o.title : o.description},
      {"datePosted", iso(o.date_posted)},
      {"validThrough", iso(o.valid_through)},
      {"employmentType", employment_types(o.contract, o.part_time)},
      {"hiringOrganization", {{"@type", "Organization"}, {"name", o.company_name}}},
      {"jobLocation",
       {{"@type", "Place"},
        {"address",
         {{"@type", "PostalAddress"},
          {"addressLocality", o.commune},
          {"postalCode", o.postal_code},
          {"addressCountry", "BE"}}}}},
      {"occupationalCategory",
       {{"@type", "CategoryCode"},
        {"codeValue", o.occupation_code},
        {"name", o.occupation_label},
        {"inCodeSet",
         {{"@type", "CategoryCodeSet"},
          {"name", "ROME 4.0 (Répertoire Opérationnel des Métiers et des Emplois)"}}}}},
      {"totalJobOpenings", o.positions},
  };
  if (!o.id.empty()) {
    j["identifier"] = {{"@type", "PropertyValue"}, {"name", "PrimoWork"}, {"value", o.id}};
  }
  if (!o.url.empty()) j["url"] = o.url;
  if (o.start_date) j["jobStartDate"] = iso(*o.start_date);

  nlohmann::json skills = nlohmann::json::array();
  skills.push_back({{"@type", "DefinedTerm"},
                    {"termCode", "fr-" + std::string(to_string(o.french_level))},
                    {"name", o.french_level_label},
                    {"inDefinedTermSet", kCefrTermSet}});
  for (const auto& s : o.skill_labels) skills.push_back(s);
  j["skills"] = std::move(skills);

  if (o.salary) {
    j["baseSalary"] = {
        {"@type", "MonetaryAmount"},
        {"currency", "EUR"},
        {"value",
         {{"@type", "QuantitativeValue"},
          {"value", euros(o.salary->cents)},
          {"unitText", o.salary->period == SalaryPeriod::kHour ? "HOUR" : "MONTH"}}}};
  }
  return j;
}

std::string json_for_script(const nlohmann::json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace primowork::offers
