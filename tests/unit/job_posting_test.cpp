// The schema.org JobPosting JSON-LD of a published offer and its escaping for a <script> element.
#include "offers/job_posting.h"

#include <gtest/gtest.h>

#include "offers/lifecycle.h"

namespace primowork::offers {
namespace {

using nlohmann::json;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

PublishedOfferView view() {
  PublishedOfferView v;
  v.url = "https://primowork.example/offres/off_8f3k2";
  v.id = "off_8f3k2";
  v.title = "Aide-soignant·e de nuit (H/F/X)";
  v.description = "Soins d'hygiène et de confort au CHU de Liège.";
  v.date_posted = Date{year{2026}, month{11}, day{23}};
  v.valid_through = valid_through(v.date_posted);
  v.contract = ContractType::kPermanent;
  v.part_time = true;
  v.positions = 2;
  v.start_date = Date{year{2027}, month{1}, day{4}};
  v.company_name = "CHU de Liège";
  v.commune = "Liège";
  v.postal_code = "4000";
  v.occupation_code = "J1501";
  v.occupation_label = "Soins d'hygiène, de confort du patient";
  v.french_level = CefrLevel::kB1;
  v.french_level_label = "Français : niveau B1 (CECR)";
  v.skill_labels = {"Réaliser des soins d'hygiène"};
  v.salary = Salary{2450'50, SalaryPeriod::kMonth};
  return v;
}

TEST(JobPosting, CarriesTheFieldsSearchEnginesRead) {
  const json j = job_posting(view());
  EXPECT_EQ(j["@context"], "https://schema.org/");
  EXPECT_EQ(j["@type"], "JobPosting");
  EXPECT_EQ(j["title"], "Aide-soignant·e de nuit (H/F/X)");
  EXPECT_EQ(j["description"], "Soins d'hygiène et de confort au CHU de Liège.");
  EXPECT_EQ(j["datePosted"], "2026-11-23");
  EXPECT_EQ(j["validThrough"], "2027-01-22");
  EXPECT_EQ(j["employmentType"], json::array({"PART_TIME"}));
  EXPECT_EQ(j["hiringOrganization"]["@type"], "Organization");
  EXPECT_EQ(j["hiringOrganization"]["name"], "CHU de Liège");
  const json& address = j["jobLocation"]["address"];
  EXPECT_EQ(j["jobLocation"]["@type"], "Place");
  EXPECT_EQ(address["@type"], "PostalAddress");
  EXPECT_EQ(address["addressLocality"], "Liège");
  EXPECT_EQ(address["postalCode"], "4000");
  EXPECT_EQ(address["addressCountry"], "BE");
  EXPECT_EQ(j["occupationalCategory"]["@type"], "CategoryCode");
  EXPECT_EQ(j["occupationalCategory"]["codeValue"], "J1501");
  EXPECT_EQ(j["occupationalCategory"]["name"], "Soins d'hygiène, de confort du patient");
  EXPECT_EQ(j["totalJobOpenings"], 2);
  EXPECT_EQ(j["jobStartDate"], "2027-01-04");
  EXPECT_EQ(j["url"], "https://primowork.example/offres/off_8f3k2");
  EXPECT_EQ(j["identifier"]["value"], "off_8f3k2");
}

TEST(JobPosting, TheFrenchLevelIsADefinedTermInTheSkills) {
  const json j = job_posting(view());
  ASSERT_EQ(j["skills"].size(), 2u);
  const json& french = j["skills"][0];
  EXPECT_EQ(french["@type"], "DefinedTerm");
  EXPECT_EQ(french["termCode"], "fr-B1");
  EXPECT_EQ(french["name"], "Français : niveau B1 (CECR)");
  EXPECT_TRUE(french["inDefinedTermSet"].is_string());
  EXPECT_EQ(j["skills"][1], "Réaliser des soins d'hygiène");
}

TEST(JobPosting, SalaryOnlyWhenGiven) {
  PublishedOfferView v = view();
  json j = job_posting(v);
  EXPECT_EQ(j["baseSalary"]["currency"], "EUR");
  EXPECT_DOUBLE_EQ(j["baseSalary"]["value"]["value"].get<double>(), 2450.50);
  EXPECT_EQ(j["baseSalary"]["value"]["unitText"], "MONTH");
  v.salary = Salary{15'00, SalaryPeriod::kHour};
  j = job_posting(v);
  EXPECT_EQ(j["baseSalary"]["value"]["value"], 15);
  EXPECT_EQ(j["baseSalary"]["value"]["unitText"], "HOUR");
  v.salary.reset();
  v.start_date.reset();
  v.url.clear();
  v.description.clear();
  j = job_posting(v);
  EXPECT_FALSE(j.contains("baseSalary"));
  EXPECT_FALSE(j.contains("jobStartDate"));
  EXPECT_FALSE(j.contains("url"));
  EXPECT_EQ(j["description"], v.title);  // a JobPosting needs a description
}

TEST(JobPosting, EmploymentTypes) {
  using V = std::vector<std::string>;
  EXPECT_EQ(employment_types(ContractType::kPermanent, false), V{"FULL_TIME"});
  EXPECT_EQ(employment_types(ContractType::kFixedTerm, false), (V{"FULL_TIME", "TEMPORARY"}));
  EXPECT_EQ(employment_types(ContractType::kInterim, true), (V{"PART_TIME", "TEMPORARY"}));
  EXPECT_EQ(employment_types(ContractType::kStudentJob, true), (V{"PART_TIME", "TEMPORARY"}));
  EXPECT_EQ(employment_types(ContractType::kServiceVouchers, true), V{"PART_TIME"});
  EXPECT_EQ(employment_types(ContractType::kPfi, false), V{"INTERN"});
  EXPECT_EQ(employment_types(ContractType::kInternship, false), V{"INTERN"});
  EXPECT_EQ(employment_types(ContractType::kWorkLinkedTraining, true), V{"INTERN"});
  for (ContractType t : all_contract_types()) {
    for (const auto& type : employment_types(t, false)) {
      EXPECT_TRUE(type == "FULL_TIME" || type == "PART_TIME" || type == "TEMPORARY" ||
                  type == "INTERN")
          << type;
    }
  }
}

TEST(JsonForScript, CannotCloseTheScriptElement) {
  PublishedOfferView v = view();
  v.title = "</script><script>alert(1)</script>";
  v.description = "<!-- Tom & Jerry --> \xE2\x80\xA8 ligne \xE2\x80\xA9";
  const std::string text = json_for_script(job_posting(v));
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(text.find('>'), std::string::npos);
  EXPECT_EQ(text.find('&'), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xA9"), std::string::npos);
  EXPECT_NE(text.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(text.find("\\u0026"), std::string::npos);
  // Still the same JSON once parsed.
  const json back = json::parse(text);
  EXPECT_EQ(back["title"], v.title);
  EXPECT_EQ(back["description"], v.description);
  EXPECT_EQ(back, job_posting(v));
}

TEST(JsonForScript, KeepsOtherTextAndSurvivesInvalidUtf8) {
  EXPECT_EQ(json_for_script(json{{"a", "Liège é"}}), R"({"a":"Liège é"})");
  const std::string text = json_for_script(json{{"a", "bad \xFF byte"}});
  EXPECT_TRUE(json::accept(text));
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

}  // namespace
}  // namespace primowork::offers
