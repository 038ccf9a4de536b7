// Screening of offers: the rules file shipped in data/screening (its own examples and
// counter-examples), one test per category with real French phrasings that must and must not be
// flagged, excerpts as written, the minimum wage, and a malformed rules file.
#include "offers/screening.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace primowork::offers {
namespace {

const ScreeningRules& shipped() {
  static const ScreeningRules rules = [] {
    std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/screening/rules.fr.json");
    std::stringstream buf;
    buf << in.rdbuf();
    auto r = ScreeningRules::from_json(buf.str());
    if (!r.ok()) ADD_FAILURE() << r.error().detail;
    return std::move(r).value();
  }();
  return rules;
}

std::vector<ScreeningFlag> screen(std::string_view description, std::string_view title = "") {
  ScreeningInput in;
  in.title = title;
  in.description = description;
  return shipped().screen(in);
}

// The categories flagged in `text` (title empty), in rule order, without repeats.
std::vector<ScreeningCategory> categories(std::string_view text) {
  std::vector<ScreeningCategory> out;
  for (const auto& f : screen(text)) {
    if (out.empty() || out.back() != f.category) out.push_back(f.category);
  }
  return out;
}

using C = ScreeningCategory;
using Cs = std::vector<ScreeningCategory>;

void expect_flagged(C category, std::initializer_list<const char*> texts) {
  for (const char* t : texts) EXPECT_EQ(categories(t), Cs{category}) << t;
}

void expect_clean(std::initializer_list<const char*> texts) {
  for (const char* t : texts) EXPECT_EQ(categories(t), Cs{}) << t;
}

TEST(ScreeningRulesFile, LoadsWithEveryCategoryAndTheMinimumWage) {
  const auto& rules = shipped().rules();
  ASSERT_GE(rules.size(), 10u);
  std::set<C> seen;
  for (const auto& r : rules) seen.insert(r.category);
  EXPECT_EQ(seen, (std::set<C>{C::kMoney, C::kMotherTongue, C::kNationality, C::kAge, C::kSex}));
  EXPECT_GT(shipped().minimum_wage().monthly_cents, 2000'00);
  EXPECT_EQ(shipped().minimum_wage().full_time_hours, 38);
  EXPECT_FALSE(shipped().minimum_wage().source.empty());
}

TEST(ScreeningRulesFile, EveryRuleFlagsItsExamplesAndNotItsCounterExamples) {
  for (const auto& r : shipped().rules()) {
    EXPECT_FALSE(r.examples.empty()) << r.id;
    EXPECT_FALSE(r.counter_examples.empty()) << r.id;
    for (const auto& e : r.examples) {
      EXPECT_EQ(shipped().screen_rule(r.id, e).size(), 1u) << r.id << " should flag: " << e;
    }
    for (const auto& e : r.counter_examples) {
      EXPECT_TRUE(shipped().screen_rule(r.id, e).empty()) << r.id << " should not flag: " << e;
    }
  }
}

TEST(ScreeningCategories, CodesLabelsAndReasons) {
  for (C c : {C::kMoney, C::kMotherTongue, C::kNationality, C::kAge, C::kSex, C::kSalary}) {
    EXPECT_EQ(parse_screening_category(to_string(c)), c);
    EXPECT_STRNE(label(c), "");
    EXPECT_STRNE(reason(c), "");
  }
  EXPECT_FALSE(parse_screening_category("religion").has_value());
}

TEST(Screening, Money) {
  expect_flagged(C::kMoney,
                 {"Frais d'inscription : 50 €.", "Frais d’inscription à payer",
                  "Une caution à verser avant le premier jour.",
                  "Vous devrez payer une formation obligatoire.", "FORMATION PAYANTE de 3 jours",
                  "Uniforme à vos frais.", "Droit d'entrée de 99 euros"});
  expect_clean({"Frais de déplacement remboursés.", "Aucune caution à verser.",
                "Formation payée par l'employeur.", "Nous finançons votre formation.",
                "Prime de fin d'année et chèques-repas."});
}

TEST(Screening, MotherTongue) {
  expect_flagged(C::kMotherTongue,
                 {"Français langue maternelle.", "français langue maternelle ou niveau C1",
                  "Francophone natif.", "Locutrice native en néerlandais", "Natif francophone",
                  "Vous parlez anglais comme un natif."});
  expect_clean({"Français B1 (CECR) à l'oral.", "Bonne maîtrise du français parlé.",
                "Francophone ou niveau B2.",
                "Public dont le français n'est pas la langue maternelle."});
}

TEST(Screening, Nationality) {
  expect_flagged(
      C::kNationality,
      {"Être de nationalité belge.", "Belge uniquement.", "BELGES UNIQUEMENT",
       "Nationalité européenne obligatoire.", "Citoyens européens uniquement.",
       "Étrangers s'abstenir.", "Candidats d'origine belge de préférence.", "Nationalité : belge"});
  expect_clean({"Entreprise belge de transport.", "Toutes nationalités bienvenues.",
                "Sans distinction de nationalité.", "Produits d'origine belge.",
                "Permis de travail : titre de séjour avec accès illimité au marché du travail."});
}

TEST(Screening, Age) {
  expect_flagged(C::kAge,
                 {"Moins de 30 ans.", "Vous avez moins de 30 ans.", "Âgé(e) de 20 à 35 ans.",
                  "âgée de 20 à 35 ans", "Candidats entre 18 et 25 ans.", "Âge maximum : 45 ans",
                  "Limite d'âge : 40 ans.", "Profil jeune et dynamique."});
  expect_clean({"Au moins 2 ans d'expérience.", "Entre 10 et 15 ans d'expérience.",
                "Garde d'enfants de moins de 12 ans.", "Vous avez au moins 18 ans.",
                "Rejoignez une équipe jeune et dynamique.", "Jeune diplômé bienvenu.",
                "Contrat de 6 à 12 mois."});
}

TEST(Screening, Sex) {
  expect_flagged(C::kSex, {"Uniquement des femmes.", "Hommes uniquement pour la manutention.",
                           "Poste réservé aux femmes.", "Nous recherchons un homme fort.",
                           "Sexe : masculin", "Candidat de sexe féminin"});
  expect_clean({"Serveur/euse (H/F)", "Serveuse (h/f)", "Serveuse", "Cuisinier M/F/X",
                "Aide-soignant(e) F/H/X", "Technicienne de surface (H/F)",
                "Femme de ménage (H/F) pour des bureaux", "Recherchons une femme de ménage.",
                "Ouvert aux hommes et aux femmes."});
  // "Jeune homme" is both: one sex and one age.
  EXPECT_EQ(categories("Recherchons jeune homme pour la plonge."), (Cs{C::kAge, C::kSex}));
}

TEST(Screening, AnOrdinaryOfferIsClean) {
  ScreeningInput in;
  in.title = "Aide-soignant·e de nuit (H/F/X)";
  in.description =
      "Le CHU de Liège recrute des aides-soignants et aides-soignantes pour ses services de nuit. "
      "Français : niveau B1 à l'oral (CECR). Visa d'aide-soignant requis. CDI à temps plein, "
      "38 h par semaine, horaire de nuit en équipes, week-ends un sur deux. Formation interne "
      "payée par l'employeur. Au moins 1 an d'expérience en maison de repos est un plus.";
  in.schedule_note = "21 h - 7 h";
  in.salary = Salary{2650'00, SalaryPeriod::kMonth};
  EXPECT_TRUE(shipped().screen(in).empty());
}

TEST(Screening, FlagsGiveTheFieldTheRuleAndTheWordsAsWritten) {
  ScreeningInput in;
  in.title = "Vendeuse — Belge uniquement";
  in.description = "Profil : ÂGÉE DE 20 À 35 ANS, français langue maternelle.";
  const auto flags = shipped().screen(in);
  ASSERT_EQ(flags.size(), 3u);
  std::map<std::string, const ScreeningFlag*> by_rule;
  for (const auto& f : flags) by_rule[f.rule_id] = &f;
  ASSERT_TRUE(by_rule.count("nationality.only"));
  ASSERT_TRUE(by_rule.count("age.range"));
  ASSERT_TRUE(by_rule.count("mother_tongue.maternal"));
  const ScreeningFlag& n = *by_rule["nationality.only"];
  EXPECT_EQ(n.field, "title");
  EXPECT_EQ(n.excerpt, "Belge uniquement");
  EXPECT_EQ(in.title.substr(n.begin, n.end - n.begin), "Belge uniquement");
  EXPECT_EQ(n.reason, reason(C::kNationality));
  const ScreeningFlag& a = *by_rule["age.range"];
  EXPECT_EQ(a.field, "description");
  EXPECT_EQ(a.excerpt, "ÂGÉE DE 20 À 35 ANS");  // accents and case kept from the original
  EXPECT_EQ(by_rule["mother_tongue.maternal"]->excerpt, "langue maternelle");
}

TEST(Screening, OneFlagPerRuleAndField) {
  const auto flags = screen("Belge uniquement. Je répète : belge uniquement.", "Belge uniquement");
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_EQ(flags[0].field, "title");
  EXPECT_EQ(flags[1].field, "description");
  EXPECT_EQ(flags[1].excerpt, "Belge uniquement");  // the first occurrence
}

TEST(Screening, SurvivesInvalidUtf8AndLongTexts) {
  // An invalid byte reads as a space; the excerpt keeps the original bytes.
  const auto flags = screen("Belge\xFF uniquement");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].excerpt, "Belge\xFF uniquement");
  EXPECT_EQ(categories("\xC3\xFF\xFE\x80"), Cs{});
  std::string long_text;
  while (long_text.size() < kMaxDescriptionLength * 2) long_text += "de de de 12 ans a a ";
  long_text += "moins de 30 ans";
  EXPECT_EQ(categories(long_text), Cs{C::kAge});
}

// --- Minimum wage -------------------------------------------------------------------------------

TEST(MinimumWageRule, ConversionsFromTheMonthlyFigure) {
  const MinimumWage w{2111'89, 38, "2025-02-01", "test"};
  // 2111.89 × 3 / 13 / 38 = 12.8253... rounded up to the cent.
  EXPECT_EQ(hourly_minimum_cents(w), 12'83);
  EXPECT_EQ(monthly_minimum_cents(w, 38), 2111'89);
  EXPECT_EQ(monthly_minimum_cents(w, 40), 2111'89);  // a full time is a full time
  EXPECT_EQ(monthly_minimum_cents(w, 19), 1055'95);  // half time, rounded up
  EXPECT_FALSE(minimum_wage_applies(ContractType::kPfi));
  EXPECT_FALSE(minimum_wage_applies(ContractType::kStudentJob));
  EXPECT_TRUE(minimum_wage_applies(ContractType::kPermanent));
  EXPECT_TRUE(minimum_wage_applies(ContractType::kInterim));
}

std::vector<ScreeningFlag> salary_flags(Salary s, int hours, ContractType c) {
  ScreeningInput in;
  in.title = "Commis de cuisine";
  in.salary = s;
  in.hours_per_week = hours;
  in.contract = c;
  return shipped().screen(in);
}

TEST(MinimumWageRule, FlagsASalaryBelowTheMinimum) {
  const std::int64_t hourly = hourly_minimum_cents(shipped().minimum_wage());
  const std::int64_t monthly = shipped().minimum_wage().monthly_cents;
  auto f = salary_flags({hourly - 1, SalaryPeriod::kHour}, 38, ContractType::kPermanent);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule_id, "salary.below_minimum");
  EXPECT_EQ(f[0].category, C::kSalary);
  EXPECT_EQ(f[0].field, "salary");
  EXPECT_EQ(f[0].minimum_cents, hourly);
  EXPECT_TRUE(salary_flags({hourly, SalaryPeriod::kHour}, 38, ContractType::kPermanent).empty());
  EXPECT_EQ(salary_flags({monthly - 1, SalaryPeriod::kMonth}, 38, ContractType::kFixedTerm).size(),
            1u);
  EXPECT_TRUE(salary_flags({monthly, SalaryPeriod::kMonth}, 38, ContractType::kFixedTerm).empty());
  // Part time: the minimum is pro rata.
  EXPECT_TRUE(
      salary_flags({monthly / 2 + 1, SalaryPeriod::kMonth}, 19, ContractType::kPermanent).empty());
  EXPECT_EQ(
      salary_flags({monthly / 2 - 100, SalaryPeriod::kMonth}, 19, ContractType::kPermanent).size(),
      1u);
  // Training contracts and student jobs are not paid the RMMMG.
  EXPECT_TRUE(salary_flags({5'00, SalaryPeriod::kHour}, 38, ContractType::kPfi).empty());
  EXPECT_TRUE(salary_flags({9'00, SalaryPeriod::kHour}, 20, ContractType::kStudentJob).empty());
}

// --- A malformed rules file ---------------------------------------------------------------------

TEST(ScreeningRulesFile, RefusesAMalformedFile) {
  const std::string wage =
      R"("minimum_wage":{"monthly_gross_cents":211189,"full_time_hours_per_week":38,)"
      R"("valid_from":"2025-02-01","source":"s"})";
  auto with_rules = [&](const std::string& rules) {
    return ScreeningRules::from_json("{" + wage + ",\"rules\":[" + rules + "]}");
  };
  EXPECT_TRUE(with_rules(R"({"id":"a","category":"age","patterns":["\\bx\\b"]})").ok());
  for (const std::string& bad : {
           std::string(R"({"id":"a","category":"religion","patterns":["x"]})"),
           std::string(R"({"id":"a","category":"salary","patterns":["x"]})"),
           std::string(R"({"id":"a","category":"age","patterns":["(unclosed"]})"),
           std::string(R"({"id":"a","category":"age","patterns":["âgé"]})"),
           std::string(R"({"id":"a","category":"age","patterns":[]})"),
           std::string(R"({"id":"","category":"age","patterns":["x"]})"),
           std::string(R"({"id":"a","category":"age","patterns":["x"]},)"
                       R"({"id":"a","category":"sex","patterns":["y"]})"),
           std::string(R"({"category":"age","patterns":["x"]})"),
       }) {
    auto r = with_rules(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().field, "rules");
    EXPECT_FALSE(r.error().detail.empty());
  }
  EXPECT_FALSE(ScreeningRules::from_json("not json").ok());
  EXPECT_FALSE(ScreeningRules::from_json(R"({"rules":[]})").ok());  // no minimum wage
  EXPECT_FALSE(ScreeningRules::from_json(
                   R"({"minimum_wage":{"monthly_gross_cents":0,"full_time_hours_per_week":38,)"
                   R"("valid_from":"2025-02-01","source":"s"},"rules":[]})")
                   .ok());
}

}  // namespace
}  // namespace primowork::offers
