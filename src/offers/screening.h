// Screening of an offer before publication: requests that are illegal or discriminatory in an
// offer (asking candidates for money, a mother tongue, a nationality, an age limit, one sex) and a
// salary below the legal minimum are flagged to the coordinator with the reason. A flag is not a
// refusal: the coordinator reads it and decides (offers/lifecycle.h, "send_back").
//
// The rules are data: data/screening/rules.fr.json holds, per rule, an id, a category and regular
// expressions (ICU syntax) matched on the text folded by taxonomy::fold (lower case, no accents,
// typographic apostrophes made plain), plus examples the rule must flag and counter-examples it
// must not (tests/unit/screening_test.cpp checks both). The file also holds the legal minimum
// wage with its source. The reasons shown to the coordinator are msgids in screening.cpp, one per
// category, so that the catalogs translate them (scripts/i18n.py reads C++, not JSON).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offers/offer.h"
#include "platform/result.h"

namespace primowork::offers {

enum class ScreeningCategory { kMoney, kMotherTongue, kNationality, kAge, kSex, kSalary };

// Stable codes, as in the rules file: "money", "mother_tongue", "nationality", "age", "sex",
// "salary".
std::string_view to_string(ScreeningCategory category);
std::optional<ScreeningCategory> parse_screening_category(std::string_view code);
// Short French label msgid ("Langue maternelle").
const char* label(ScreeningCategory category);
// The French msgid explaining to the coordinator why the category is a problem and what to ask
// the employer instead.
const char* reason(ScreeningCategory category);

// The Belgian legal minimum wage (revenu minimum mensuel moyen garanti, RMMMG / GMMMG, CCT 43),
// full time, 18 and over, as documented in the rules file.
struct MinimumWage {
  std::int64_t monthly_cents = 0;  // gross per month, full time
  int full_time_hours = 38;        // hours per week of a full time
  std::string valid_from;          // "YYYY-MM-DD", as the file says
  std::string source;
};

// The hourly minimum: monthly × 3 / 13 / full_time_hours (the Belgian month-to-week conversion),
// rounded up to the cent.
std::int64_t hourly_minimum_cents(const MinimumWage& wage);
// The monthly minimum for `hours_per_week` (pro rata below a full time), rounded up to the cent.
std::int64_t monthly_minimum_cents(const MinimumWage& wage, int hours_per_week);
// False for the contract types that are not paid at least the RMMMG: PFI (a training allowance),
// stage, alternance, student_job (CCT 50 rates) and flexi_job (its own floor).
bool minimum_wage_applies(ContractType contract);

// What is screened: the free texts of the offer, and its salary with what it depends on.
struct ScreeningInput {
  std::string_view title;
  std::string_view description;
  std::string_view schedule_note;
  std::optional<Salary> salary;
  int hours_per_week = 38;
  ContractType contract = ContractType::kPermanent;
};

// The input for an offer draft (views into `draft`, which must outlive it).
ScreeningInput screening_input(const OfferDraft& draft);

struct ScreeningFlag {
  std::string rule_id;  // e.g. "age.upper_limit", "salary.below_minimum"
  ScreeningCategory category = ScreeningCategory::kMoney;
  std::string reason;   // French msgid: reason(category)
  std::string field;    // "title", "description", "schedule_note" or "salary"
  std::string excerpt;  // the words matched, as the employer wrote them ("" for the salary)
  std::size_t begin = 0, end = 0;  // byte offsets of the excerpt in the field
  std::int64_t minimum_cents = 0;  // salary: the minimum for the offer's period and hours
};

// One rule of the file, as read (for tests and for a coordinator page listing the rules).
struct ScreeningRule {
  std::string id;
  ScreeningCategory category = ScreeningCategory::kMoney;
  std::vector<std::string> patterns;
  std::vector<std::string> examples;          // texts the rule must flag
  std::vector<std::string> counter_examples;  // texts it must not flag
};

// The compiled rules. Immutable once built: share one instance between threads.
class ScreeningRules {
 public:
  // Reads the rules file's text. Fails (field "rules", detail naming the rule and the problem)
  // on malformed JSON, a missing or duplicate id, an unknown category, a pattern that does not
  // compile or that holds a non-ASCII character (the text is folded, so an accented letter would
  // never match), or a missing or non-positive minimum wage. Patterns ignore case.
  static Result<ScreeningRules> from_json(std::string_view text);

  // Every flag raised by the input: at most one per rule and field (the first match), in rule
  // order then field order (title, description, schedule_note), then the salary flag.
  std::vector<ScreeningFlag> screen(const ScreeningInput& input) const;

  // The flags of one rule only, on one text (the examples and counter-examples tests use it).
  std::vector<ScreeningFlag> screen_rule(std::string_view rule_id, std::string_view text) const;

  const std::vector<ScreeningRule>& rules() const;
  const MinimumWage& minimum_wage() const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace primowork::offers
