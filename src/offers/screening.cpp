#include "offers/screening.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "taxonomy/text.h"

namespace primowork::offers {
namespace {

// ICU counts match "steps" (roughly milliseconds): a bound against a pattern that backtracks
// badly on a long description. A pattern that runs out of time simply does not match.
constexpr int32_t kMatchTimeLimit = 1000;

struct CategoryRow {
  ScreeningCategory category;
  std::string_view code;
  const char* label;
  const char* reason;
};

constexpr CategoryRow kCategories[] = {
    {ScreeningCategory::kMoney, "money", N_("Demande d'argent"),
     N_("L'offre semble demander de l'argent aux candidats (frais d'inscription, caution, "
        "formation ou matériel à payer). Un employeur ne peut pas faire payer l'accès à un "
        "emploi.")},
    {ScreeningCategory::kMotherTongue, "mother_tongue", N_("Langue maternelle"),
     N_("L'offre exige une langue maternelle ou un locuteur natif : c'est une discrimination "
        "indirecte (Unia). Demandez plutôt le niveau de français dont le poste a besoin (CECR).")},
    {ScreeningCategory::kNationality, "nationality", N_("Nationalité ou origine"),
     N_("L'offre semble exiger une nationalité ou une origine. Le droit de travailler dépend du "
        "titre de séjour (marché du travail), jamais de la nationalité.")},
    {ScreeningCategory::kAge, "age", N_("Âge"),
     N_("L'offre semble fixer une limite d'âge ou viser une tranche d'âge. L'âge est un critère "
        "protégé : décrivez plutôt les tâches et les exigences réelles du poste.")},
    {ScreeningCategory::kSex, "sex", N_("Sexe"),
     N_("L'offre semble viser un seul sexe. Le sexe est un critère protégé : l'offre s'adresse à "
        "toutes et à tous (H/F/X).")},
    {ScreeningCategory::kSalary, "salary", N_("Salaire sous le minimum"),
     N_("Le salaire indiqué est inférieur au revenu minimum mensuel moyen garanti (RMMMG) pour "
        "ce nombre d'heures. Vérifiez le montant, la période et le barème du secteur.")},
};

const CategoryRow& category_row(ScreeningCategory c) {
  for (const auto& r : kCategories) {
    if (r.category == c) return r;
  }
  return kCategories[0];
}

Error file_error(std::string detail) {
  return Error{ErrorCode::kInvalid, "rules",
               N_("Le fichier des règles de contrôle des offres est invalide."), std::move(detail)};
}

// Folded text (taxonomy::fold, one code point at a time) as UTF-16 for ICU, with the byte range
// in the original text of every UTF-16 unit, so that a match gives back the words as written.
struct Folded {
  icu::UnicodeString text;
  std::vector<std::size_t> begin, end;
};

Folded fold_with_offsets(std::string_view original) {
  Folded f;
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const std::string piece =
        c < 0 ? std::string(" ")
              : taxonomy::fold(original.substr(static_cast<std::size_t>(start),
                                               static_cast<std::size_t>(i - start)));
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(piece);
    for (int32_t k = 0; k < u.length(); ++k) {
      f.text.append(u.charAt(k));
      f.begin.push_back(static_cast<std::size_t>(start));
      f.end.push_back(static_cast<std::size_t>(i));
    }
  }
  return f;
}

using Patterns = std::vector<std::unique_ptr<icu::RegexPattern>>;

struct Match {
  int32_t begin, end;  // UTF-16 units of the folded text
};

// The earliest non-empty match of any of the patterns.
std::optional<Match> first_match(const Patterns& patterns, const icu::UnicodeString& text) {
  std::optional<Match> best;
  for (const auto& p : patterns) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(text, status));
    if (U_FAILURE(status)) continue;
    m->setTimeLimit(kMatchTimeLimit, status);
    while (U_SUCCESS(status) && m->find(status)) {
      const int32_t b = m->start(status), e = m->end(status);
      if (U_FAILURE(status)) break;
      if (e > b) {
        if (!best || b < best->begin) best = Match{b, e};
        break;
      }
    }
  }
  return best;
}

ScreeningFlag text_flag(const ScreeningRule& rule, std::string_view field,
                        std::string_view original, const Folded& folded, Match m) {
  ScreeningFlag flag;
  flag.rule_id = rule.id;
  flag.category = rule.category;
  flag.reason = reason(rule.category);
  flag.field = std::string(field);
  flag.begin = folded.begin[static_cast<std::size_t>(m.begin)];
  flag.end = folded.end[static_cast<std::size_t>(m.end - 1)];
  flag.excerpt = std::string(original.substr(flag.begin, flag.end - flag.begin));
  return flag;
}

std::int64_t ceil_div(std::int64_t a, std::int64_t b) {
  return (a + b - 1) / b;
}

std::vector<std::string> strings(const nlohmann::json& rule, const char* key) {
  std::vector<std::string> out;
  if (rule.contains(key)) {
    for (const auto& v : rule.at(key)) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

// --- Categories and the minimum wage ------------------------------------------------------------

std::string_view to_string(ScreeningCategory category) {
  return category_row(category).code;
}

std::optional<ScreeningCategory> parse_screening_category(std::string_view code) {
  for (const auto& r : kCategories) {
    if (r.code == code) return r.category;
  }
  return std::nullopt;
}

const char* label(ScreeningCategory category) {
  return category_row(category).label;
}

const char* reason(ScreeningCategory category) {
  return category_row(category).reason;
}

std::int64_t hourly_minimum_cents(const MinimumWage& w) {
  return ceil_div(w.monthly_cents * 3, 13 * std::int64_t{w.full_time_hours});
}

std::int64_t monthly_minimum_cents(const MinimumWage& w, int hours_per_week) {
  const int hours = std::clamp(hours_per_week, 1, w.full_time_hours);
  return ceil_div(w.monthly_cents * hours, w.full_time_hours);
}

bool minimum_wage_applies(ContractType contract) {
  switch (contract) {
    case ContractType::kPfi:
    case ContractType::kInternship:
    case ContractType::kWorkLinkedTraining:
    case ContractType::kStudentJob:
    case ContractType::kFlexiJob:
      return false;
    default:
      return true;
  }
}

ScreeningInput screening_input(const OfferDraft& d) {
  return ScreeningInput{d.title,  d.description,    d.schedule_note,
                        d.salary, d.hours_per_week, d.contract};
}

// --- The rules --------------------------------------------------------------------------------

struct ScreeningRules::Compiled {
  std::vector<ScreeningRule> rules;
  std::vector<Patterns> patterns;  // parallel to `rules`
  MinimumWage wage;
};

Result<ScreeningRules> ScreeningRules::from_json(std::string_view text) {
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return file_error("not a JSON object");
  auto compiled = std::make_shared<Compiled>();
  try {
    const auto& w = doc.at("minimum_wage");
    compiled->wage.monthly_cents = w.at("monthly_gross_cents").get<std::int64_t>();
    compiled->wage.full_time_hours = w.at("full_time_hours_per_week").get<int>();
    compiled->wage.valid_from = w.at("valid_from").get<std::string>();
    compiled->wage.source = w.at("source").get<std::string>();
    if (compiled->wage.monthly_cents <= 0 || compiled->wage.full_time_hours <= 0 ||
        !parse_iso_date(compiled->wage.valid_from)) {
      return file_error("minimum_wage: amount, hours or date out of range");
    }
    std::set<std::string> ids;
    for (const auto& r : doc.at("rules")) {
      ScreeningRule rule;
      rule.id = r.at("id").get<std::string>();
      if (rule.id.empty() || !ids.insert(rule.id).second) {
        return file_error("missing or duplicate rule id '" + rule.id + "'");
      }
      const auto category = parse_screening_category(r.at("category").get<std::string>());
      if (!category || *category == ScreeningCategory::kSalary) {
        return file_error(rule.id + ": unknown category");
      }
      rule.category = *category;
      rule.patterns = strings(r, "patterns");
      rule.examples = strings(r, "examples");
      rule.counter_examples = strings(r, "counter_examples");
      if (rule.patterns.empty()) return file_error(rule.id + ": no pattern");
      Patterns patterns;
      for (const auto& source : rule.patterns) {
        if (std::any_of(source.begin(), source.end(),
                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
          return file_error(rule.id + ": pattern with a non-ASCII character: " + source);
        }
        UParseError where{};
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(
            icu::UnicodeString::fromUTF8(source), UREGEX_CASE_INSENSITIVE, where, status));
        if (U_FAILURE(status)) {
          return file_error(rule.id + ": pattern does not compile (" + u_errorName(status) +
                            ", offset " + std::to_string(where.offset) + "): " + source);
        }
        patterns.push_back(std::move(p));
      }
      compiled->rules.push_back(std::move(rule));
      compiled->patterns.push_back(std::move(patterns));
    }
  } catch (const nlohmann::json::exception& e) {
    return file_error(e.what());
  }
  ScreeningRules rules;
  rules.compiled_ = std::move(compiled);
  return rules;
}

const std::vector<ScreeningRule>& ScreeningRules::rules() const {
  return compiled_->rules;
}

const MinimumWage& ScreeningRules::minimum_wage() const {
  return compiled_->wage;
}

std::vector<ScreeningFlag> ScreeningRules::screen(const ScreeningInput& in) const {
  std::vector<ScreeningFlag> flags;
  const std::pair<std::string_view, std::string_view> fields[] = {
      {"title", in.title}, {"description", in.description}, {"schedule_note", in.schedule_note}};
  std::vector<Folded> folded;
  for (const auto& [name, text] : fields) folded.push_back(fold_with_offsets(text));
  const auto& c = *compiled_;
  for (std::size_t r = 0; r < c.rules.size(); ++r) {
    for (std::size_t f = 0; f < std::size(fields); ++f) {
      if (auto m = first_match(c.patterns[r], folded[f].text)) {
        flags.push_back(text_flag(c.rules[r], fields[f].first, fields[f].second, folded[f], *m));
      }
    }
  }
  if (in.salary && minimum_wage_applies(in.contract)) {
    const bool hourly = in.salary->period == SalaryPeriod::kHour;
    const std::int64_t minimum =
        hourly ? hourly_minimum_cents(c.wage) : monthly_minimum_cents(c.wage, in.hours_per_week);
    if (in.salary->cents < minimum) {
      ScreeningFlag flag;
      flag.rule_id = "salary.below_minimum";
      flag.category = ScreeningCategory::kSalary;
      flag.reason = reason(ScreeningCategory::kSalary);
      flag.field = "salary";
      flag.minimum_cents = minimum;
      flags.push_back(std::move(flag));
    }
  }
  return flags;
}

std::vector<ScreeningFlag> ScreeningRules::screen_rule(std::string_view rule_id,
                                                       std::string_view text) const {
  const auto& c = *compiled_;
  for (std::size_t r = 0; r < c.rules.size(); ++r) {
    if (c.rules[r].id != rule_id) continue;
    const Folded folded = fold_with_offsets(text);
    if (auto m = first_match(c.patterns[r], folded.text)) {
      return {text_flag(c.rules[r], "description", text, folded, *m)};
    }
    return {};
  }
  return {};
}

}  // namespace primowork::offers
