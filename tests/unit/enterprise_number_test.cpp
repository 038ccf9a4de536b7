// Companies: the enterprise number (BCE/KBO, modulo 97), the vetting status table and the
// checks of a company file.
#include <gtest/gtest.h>

#include "companies/company.h"

namespace primowork::companies {
namespace {

using security::Role;

TEST(EnterpriseNumber, ReadsEveryUsualSpelling) {
  for (const char* text : {"0123.456.749", "0123456749", "BE0123456749", "be 0123 456 749",
                           "BE 0123.456.749", "  0123-456-749 ", "123456749", "123.456.749"}) {
    auto n = parse_enterprise_number(text);
    ASSERT_TRUE(n.ok()) << text;
    EXPECT_EQ(n->digits, "0123456749") << text;
    EXPECT_EQ(n->display(), "0123.456.749") << text;
  }
}

TEST(EnterpriseNumber, AcceptsNumbersStartingWithOneAndTheCheckNinetySeven) {
  EXPECT_EQ(parse_enterprise_number("1000.000.021")->display(), "1000.000.021");
  EXPECT_EQ(parse_enterprise_number("0403.170.701")->display(), "0403.170.701");
  // The first eight digits are a multiple of 97: the check is 97, not 00.
  EXPECT_TRUE(parse_enterprise_number("0397.700.097").ok());
  EXPECT_FALSE(parse_enterprise_number("0397.700.000").ok());
  EXPECT_TRUE(valid_enterprise_number("0123456749"));
  EXPECT_FALSE(valid_enterprise_number("0123.456.749"));  // digits only
}

TEST(EnterpriseNumber, RefusesBadNumbersNamingTheField) {
  for (const char* text : {"", "   ", "0123.456.748", "0123.456.794", "2123.456.749", "12345678",
                           "01234567490", "0123.456.74X", "FR0123456749", "0123/456/749", "BE"}) {
    auto n = parse_enterprise_number(text);
    ASSERT_FALSE(n.ok()) << text;
    EXPECT_EQ(n.error().code, ErrorCode::kInvalid) << text;
    EXPECT_EQ(n.error().field, "enterprise_number") << text;
    EXPECT_FALSE(n.error().message_id.empty()) << text;
  }
}

TEST(EnterpriseNumber, SaysWhatIsWrong) {
  const auto too_short = parse_enterprise_number("12345678").error().message_id;
  const auto first_digit = parse_enterprise_number("2123.456.749").error().message_id;
  const auto checksum = parse_enterprise_number("0123.456.748").error().message_id;
  EXPECT_NE(too_short, first_digit);
  EXPECT_NE(first_digit, checksum);
  EXPECT_NE(too_short, checksum);
}

TEST(CompanyStatus, CodesRoundTrip) {
  for (auto s : {CompanyStatus::kPending, CompanyStatus::kApproved, CompanyStatus::kSuspended}) {
    EXPECT_EQ(parse_company_status(to_string(s)), s);
    EXPECT_STRNE(label(s), "");
  }
  EXPECT_FALSE(parse_company_status("refused").has_value());
}

TEST(CompanyStatus, CoordinatorFollowsTheTable) {
  EXPECT_TRUE(check_company_transition(CompanyStatus::kPending, CompanyStatus::kApproved,
                                       Role::kCoordinator, "")
                  .ok());
  EXPECT_TRUE(check_company_transition(CompanyStatus::kApproved, CompanyStatus::kSuspended,
                                       Role::kCoordinator, "Offres discriminatoires répétées")
                  .ok());
  EXPECT_TRUE(check_company_transition(CompanyStatus::kSuspended, CompanyStatus::kApproved,
                                       Role::kCoordinator, "")
                  .ok());
  EXPECT_TRUE(check_company_transition(CompanyStatus::kPending, CompanyStatus::kSuspended,
                                       Role::kCoordinator, "Numéro d'entreprise radié")
                  .ok());
}

TEST(CompanyStatus, SuspendingNeedsAReason) {
  for (const char* blank : {"", "   ", "\n"}) {
    auto s = check_company_transition(CompanyStatus::kApproved, CompanyStatus::kSuspended,
                                      Role::kCoordinator, blank);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, "reason");
    EXPECT_EQ(s.error().code, ErrorCode::kInvalid);
  }
  const std::string long_reason(kMaxReasonLength + 1, 'x');
  EXPECT_EQ(check_company_transition(CompanyStatus::kApproved, CompanyStatus::kSuspended,
                                     Role::kCoordinator, long_reason)
                .error()
                .field,
            "reason");
}

TEST(CompanyStatus, RefusesOtherActorsAndMovesOutsideTheTable) {
  for (Role r : {Role::kEmployer, Role::kCounsellor, Role::kCandidate, Role::kAdmin}) {
    auto s = check_company_transition(CompanyStatus::kPending, CompanyStatus::kApproved, r, "");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::kForbidden);
  }
  for (auto [from, to] : {std::pair{CompanyStatus::kApproved, CompanyStatus::kPending},
                          std::pair{CompanyStatus::kSuspended, CompanyStatus::kPending},
                          std::pair{CompanyStatus::kApproved, CompanyStatus::kApproved}}) {
    auto s = check_company_transition(from, to, Role::kCoordinator, "une raison");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::kConflict);
    EXPECT_EQ(s.error().field, "status");
  }
}

CompanyDraft good_company() {
  CompanyDraft d;
  d.name = "Logistique Mosane SRL";
  d.enterprise_number = "BE0123456749";
  d.street = "Rue de l'Aéroport 12";
  d.postal_code = "4460";
  d.commune = "Grâce-Hollogne";
  d.sector = "Logistique";
  d.contacts = {{"Marie Lambert", "rh@mosane.example", "+32 4 123 45 67"}};
  return d;
}

std::vector<std::string> fields(const std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

TEST(CompanyDraft, AGoodFileHasNoError) {
  EXPECT_TRUE(check_company(good_company()).empty());
  CompanyDraft phone_only = good_company();
  phone_only.contacts = {{"Marc", "", "04/123.45.67"}};
  EXPECT_TRUE(check_company(phone_only).empty());
}

TEST(CompanyDraft, NormaliseTrimsAndWritesTheNumberCanonically) {
  CompanyDraft d = good_company();
  d.name = "  Logistique Mosane SRL ";
  d.enterprise_number = " be 0123 456 749";
  d.contacts[0].email = " rh@mosane.example ";
  const CompanyDraft n = normalise(d);
  EXPECT_EQ(n.name, "Logistique Mosane SRL");
  EXPECT_EQ(n.enterprise_number, "0123.456.749");
  EXPECT_EQ(n.contacts[0].email, "rh@mosane.example");
  d.enterprise_number = "0123.456.748";  // left as typed, for check_company to name
  EXPECT_EQ(normalise(d).enterprise_number, "0123.456.748");
}

TEST(CompanyDraft, NamesEveryBadField) {
  CompanyDraft d;
  d.name = "X";
  d.enterprise_number = "0123.456.748";
  d.postal_code = "400";
  d.sector = std::string(101, 's');
  EXPECT_EQ(fields(check_company(d)),
            (std::vector<std::string>{"name", "enterprise_number", "street", "postal_code",
                                      "commune", "sector", "contacts"}));
}

TEST(CompanyDraft, NamesTheBadContact) {
  CompanyDraft d = good_company();
  d.contacts.push_back({"", "pas-une-adresse", "12"});
  d.contacts.push_back({"Sans moyen de contact", "", ""});
  EXPECT_EQ(fields(check_company(d)),
            (std::vector<std::string>{"contacts[1].name", "contacts[1].email", "contacts[1].phone",
                                      "contacts[2].email"}));
  d = good_company();
  d.contacts.assign(kMaxContacts + 1, d.contacts[0]);
  EXPECT_EQ(fields(check_company(d)), std::vector<std::string>{"contacts"});
}

TEST(CompanyDraft, RefusesOversizedTexts) {
  CompanyDraft d = good_company();
  d.name = std::string(201, 'n');
  d.street = std::string(201, 'r');
  d.commune = std::string(101, 'c');
  EXPECT_EQ(fields(check_company(d)), (std::vector<std::string>{"name", "street", "commune"}));
  d = good_company();
  d.name = std::string(200, 'n');  // at the limit
  EXPECT_TRUE(check_company(d).empty());
  d.name = "Société é";  // characters, not bytes
  EXPECT_TRUE(check_company(d).empty());
}

}  // namespace
}  // namespace primowork::companies
