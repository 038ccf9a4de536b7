// Match explanations in words: a full match, a near miss per filter, language gaps, lists capped
// with "et N autres", and no sentence for an empty list; in French and in English.
#include "matches/explanation_text.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace primowork::matches {
namespace {

using matching::Explanation;
using matching::Filter;
using matching::language_code;

const taxonomy::Taxonomy& small_taxonomy() {
  static const taxonomy::Taxonomy t = [] {
    taxonomy::Taxonomy t;
    for (const auto& [code, label] :
         {std::pair{"N1101", "Cariste"}, std::pair{"N1103", "Préparateur de commandes"}}) {
      taxonomy::Occupation o;
      o.code = code;
      o.label = label;
      t.add_occupation(o);
    }
    const char* skills[] = {"Conduire un chariot",   "Charger un camion",   "Lire un bon",
                            "Ranger le stock",       "Compter les colis",   "Emballer",
                            "Respecter la sécurité", "Utiliser un scanner", "Trier les déchets"};
    int code = 1;
    for (const char* label : skills) {
      taxonomy::Skill s;
      s.code = "S" + std::to_string(code++);
      s.label = label;
      t.add_skill(s);
    }
    for (const char* skill : {"S1", "S2", "S3"}) t.link_skill("N1101", skill, true);
    t.link_skill("N1103", "S2", true);
    t.finalize();
    return t;
  }();
  return t;
}

matching::SkillId skill(int n) {
  return *small_taxonomy().skill_id("S" + std::to_string(n));
}
matching::OccupationId occupation(const char* code) {
  return *small_taxonomy().occupation_id(code);
}

const I18n& i18n() {
  static const I18n i18n(PRIMOWORK_LOCALE_DIR);
  return i18n;
}

DescribeOptions max_km(int km) {
  DescribeOptions options;
  options.max_km = km;
  return options;
}

DescribeOptions max_listed(std::size_t n) {
  DescribeOptions options;
  options.max_listed = n;
  return options;
}

std::vector<std::string> texts(const ExplanationText& text) {
  std::vector<std::string> out;
  for (const auto& s : text.sentences) out.push_back(s.text);
  return out;
}

std::vector<std::string> kinds(const ExplanationText& text) {
  std::vector<std::string> out;
  for (const auto& s : text.sentences) out.push_back(to_string(s.kind));
  return out;
}

// Everything fits: every essential skill, the same occupation, close enough.
Explanation full_match() {
  Explanation e;
  e.score = 82.4f;
  e.skills = 1;
  e.occupation = 1;
  e.language = 1;
  e.distance = 1;
  e.preferences = 1;
  e.matched_core = {skill(1), skill(2)};
  e.closest_occupation = occupation("N1101");
  e.distance_km = 8.3f;
  return e;
}

TEST(ExplanationText, FullMatchInFrenchAndEnglish) {
  const auto fr = describe(full_match(), small_taxonomy(), i18n(), "fr", max_km(25));
  EXPECT_FALSE(fr.near_miss);
  EXPECT_EQ(texts(fr), (std::vector<std::string>{
                           "Score 82 sur 100.",
                           "Même métier : Cariste.",
                           "A toutes les compétences essentielles : Conduire un chariot et "
                           "Charger un camion.",
                           "À 8 km (trajet maximum accepté : 25 km).",
                       }));
  EXPECT_EQ(kinds(fr), (std::vector<std::string>{"score", "occupation", "skills", "distance"}));

  const auto en = describe(full_match(), small_taxonomy(), i18n(), "en", max_km(25));
  EXPECT_EQ(texts(en), (std::vector<std::string>{
                           "Score 82 out of 100.",
                           "Same occupation: Cariste.",
                           "Has every essential skill: Conduire un chariot and Charger un camion.",
                           "8 km away (longest accepted commute: 25 km).",
                       }));
}

TEST(ExplanationText, PartialMatchNamesSkillsCloseSkillsAndTheGap) {
  Explanation e = full_match();
  e.score = 61.6f;
  e.occupation = 0.7f;
  e.closest_occupation = occupation("N1103");
  e.matched_core = {skill(1), skill(2), skill(3), skill(4), skill(5)};
  e.related = {skill(6), skill(9)};       // S6 is essential, S9 optional
  e.missing_core = {skill(7), skill(6)};  // by weight; S6 is held through a close skill
  e.distance_km = 0.4f;

  const auto fr = describe(e, small_taxonomy(), i18n(), "fr");
  EXPECT_EQ(texts(fr),
            (std::vector<std::string>{
                "Score 62 sur 100.",
                "Métier proche : Préparateur de commandes.",
                "A 5 compétences essentielles sur 7 : Conduire un chariot, Charger un camion, "
                "Lire un bon et 2 autres.",
                "Compétences proches : Emballer et Trier les déchets.",
                "Il manque : Respecter la sécurité.",
                "À moins de 1 km.",
            }));
  EXPECT_EQ(kinds(fr), (std::vector<std::string>{"score", "occupation", "skills", "related", "gap",
                                                 "distance"}));

  const auto en = describe(e, small_taxonomy(), i18n(), "en");
  EXPECT_EQ(texts(en), (std::vector<std::string>{
                           "Score 62 out of 100.",
                           "Similar occupation: Préparateur de commandes.",
                           "Has 5 of the 7 essential skills: Conduire un chariot, Charger un "
                           "camion, Lire un bon and 2 others.",
                           "Related skills: Emballer and Trier les déchets.",
                           "Missing: Respecter la sécurité.",
                           "Less than 1 km away.",
                       }));
}

TEST(ExplanationText, NearMissGivesOneFilterSentenceAndNoScore) {
  struct Case {
    Filter filter;
    const char* fr;
    const char* en;
  };
  const Case cases[] = {
      {Filter::kRightToWork, "Le titre de séjour ne permet pas ce travail.",
       "The residence permit does not allow this job."},
      {Filter::kLicence, "Il manque un permis de conduire demandé.",
       "A driving licence the job asks for is missing."},
      {Filter::kDistance, "Le lieu de travail est trop loin.", "The workplace is too far away."},
      {Filter::kSchedule, "Les horaires ou les conditions de travail ne conviennent pas.",
       "The working hours or conditions do not suit."},
      {Filter::kLanguage, "Le niveau de langue obligatoire n'est pas encore atteint.",
       "The required language level is not reached yet."},
      {Filter::kRegulated, "Métier réglementé : il faut un diplôme reconnu en Belgique.",
       "Regulated occupation: a diploma recognised in Belgium is needed."},
      {Filter::kContract, "Le type de contrat ou le temps de travail ne conviennent pas.",
       "The type of contract or the working time does not suit."},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(matching::to_string(c.filter));
    Explanation e = full_match();
    e.score = 0;
    e.failed = c.filter;
    for (const char* lang : {"fr", "en"}) {
      const auto text = describe(e, small_taxonomy(), i18n(), lang);
      EXPECT_TRUE(text.near_miss);
      ASSERT_FALSE(text.sentences.empty());
      EXPECT_EQ(text.sentences.front().kind, SentenceKind::kFilter);
      EXPECT_EQ(text.sentences.front().text, std::string(lang) == "fr" ? c.fr : c.en);
      int filters = 0, scores = 0;
      for (const auto& s : text.sentences) {
        filters += s.kind == SentenceKind::kFilter;
        scores += s.kind == SentenceKind::kScore;
      }
      EXPECT_EQ(filters, 1);
      EXPECT_EQ(scores, 0);
      // What fits is still told: the near miss is worth a look.
      EXPECT_EQ(text.sentences.size(), 4u);
    }
  }
}

TEST(ExplanationText, LanguageGapsNameTheLanguageAndBothLevels) {
  Explanation e = full_match();
  e.failed = Filter::kLanguage;
  e.language_gaps = {
      {language_code('f', 'r'), 3, 4, false},
      {language_code('n', 'l'), 0, 2, true},
      {language_code('x', 'h'), 1, 3, false},
      {language_code('a', 'r'), 2, 0, false},  // no level asked: nothing to say
  };
  const auto fr = describe(e, small_taxonomy(), i18n(), "fr");
  std::vector<std::string> fr_languages, en_languages;
  for (const auto& s : fr.sentences) {
    if (s.kind == SentenceKind::kLanguage) fr_languages.push_back(s.text);
  }
  EXPECT_EQ(fr_languages, (std::vector<std::string>{
                              "Français B1, l'offre demande B2.",
                              "Néerlandais : aucun niveau indiqué, l'offre demande A2 "
                              "(obligatoire).",
                              "XH A1, l'offre demande B1.",
                          }));
  for (const auto& s : describe(e, small_taxonomy(), i18n(), "en").sentences) {
    if (s.kind == SentenceKind::kLanguage) en_languages.push_back(s.text);
  }
  EXPECT_EQ(en_languages, (std::vector<std::string>{
                              "French B1, the job asks for B2.",
                              "Dutch: no level given, the job asks for A2 (required).",
                              "XH A1, the job asks for B1.",
                          }));
  EXPECT_EQ(language_name(language_code('a', 'r'), i18n(), "fr"), "Arabe");
  EXPECT_EQ(language_name(language_code('a', 'r'), i18n(), "en"), "Arabic");
  EXPECT_EQ(language_name(language_code('D', 'E'), i18n(), "fr"), "DE");
  EXPECT_EQ(cefr_level(6), "C2");
  EXPECT_EQ(cefr_level(0), "");
  EXPECT_EQ(cefr_level(7), "");
}

TEST(ExplanationText, ListsAreCappedWithTheNumberLeftOut) {
  Explanation e = full_match();
  e.matched_core = {};
  e.missing_core = {skill(1), skill(2), skill(3), skill(4), skill(5), skill(6), skill(7)};
  const auto find_gap = [](const ExplanationText& text) {
    for (const auto& s : text.sentences) {
      if (s.kind == SentenceKind::kGap) return s.text;
    }
    return std::string();
  };
  EXPECT_EQ(find_gap(describe(e, small_taxonomy(), i18n(), "fr")),
            "Il manque surtout : Conduire un chariot, Charger un camion, Lire un bon et 4 autres.");
  EXPECT_EQ(find_gap(describe(e, small_taxonomy(), i18n(), "en")),
            "Mainly missing: Conduire un chariot, Charger un camion, Lire un bon and 4 others.");
  EXPECT_EQ(find_gap(describe(e, small_taxonomy(), i18n(), "fr", max_listed(6))),
            "Il manque surtout : Conduire un chariot, Charger un camion, Lire un bon, Ranger le "
            "stock, Compter les colis, Emballer et 1 autre.");
  EXPECT_EQ(find_gap(describe(e, small_taxonomy(), i18n(), "en", max_listed(6))),
            "Mainly missing: Conduire un chariot, Charger un camion, Lire un bon, Ranger le "
            "stock, Compter les colis, Emballer and 1 other.");
  EXPECT_EQ(find_gap(describe(e, small_taxonomy(), i18n(), "fr", max_listed(7))),
            "Il manque : Conduire un chariot, Charger un camion, Lire un bon, Ranger le stock, "
            "Compter les colis, Emballer et Respecter la sécurité.");

  // One essential skill out of one, and one out of several: singular forms.
  Explanation one = full_match();
  one.matched_core = {skill(1)};
  EXPECT_EQ(texts(describe(one, small_taxonomy(), i18n(), "fr"))[2],
            "A la compétence essentielle : Conduire un chariot.");
  EXPECT_EQ(texts(describe(one, small_taxonomy(), i18n(), "en"))[2],
            "Has the essential skill: Conduire un chariot.");
  one.missing_core = {skill(2), skill(3)};
  EXPECT_EQ(texts(describe(one, small_taxonomy(), i18n(), "fr"))[2],
            "A 1 compétence essentielle sur 3 : Conduire un chariot.");
  EXPECT_EQ(texts(describe(one, small_taxonomy(), i18n(), "en"))[2],
            "Has 1 of the 3 essential skills: Conduire un chariot.");
}

TEST(ExplanationText, EmptyListsGiveNoSentence) {
  Explanation e;
  e.score = 40;
  e.distance_km = 12.6f;
  const auto fr = describe(e, small_taxonomy(), i18n(), "fr");
  EXPECT_EQ(texts(fr), (std::vector<std::string>{"Score 40 sur 100.", "À 13 km."}));
  const auto en = describe(e, small_taxonomy(), i18n(), "en");
  EXPECT_EQ(texts(en), (std::vector<std::string>{"Score 40 out of 100.", "13 km away."}));
}

TEST(ExplanationText, UnknownIdsAreCountedButNotNamed) {
  Explanation e = full_match();
  e.matched_core = {skill(1), 999};
  e.closest_occupation = 999;
  const auto fr = describe(e, small_taxonomy(), i18n(), "fr");
  EXPECT_EQ(texts(fr), (std::vector<std::string>{
                           "Score 82 sur 100.",
                           "A toutes les compétences essentielles : Conduire un chariot et 1 "
                           "autre.",
                           "À 8 km.",
                       }));
  // Only unknown ids: nothing to name, no sentence.
  e.matched_core = {999};
  EXPECT_EQ(describe(e, small_taxonomy(), i18n(), "fr").sentences.size(), 2u);
}

TEST(ExplanationText, DescribesWhatTheEngineExplains) {
  // The counts rest on the engine's contract: missing_core holds every essential skill the
  // person does not fully have, so matched + missing is the offer's number of essential skills.
  matching::Engine engine(small_taxonomy());
  matching::Offer o;
  o.id = 1;
  o.occupation = occupation("N1101");
  for (int n : {1, 2, 3}) o.core.push_back({skill(n), 1.0f});
  o.languages = {{language_code('f', 'r'), 3, false}};
  matching::Profile p;
  p.id = 2;
  p.targets = {occupation("N1101")};
  p.skills = {{skill(1), matching::Provenance::kDeclared},
              {skill(2), matching::Provenance::kDeclared}};
  p.languages = {{language_code('f', 'r'), 2}};
  p.access = matching::Access::kUnlimited;
  p.max_km = 30;
  const auto text = describe(engine.evaluate(p, o), small_taxonomy(), i18n(), "fr", max_km(30));
  EXPECT_FALSE(text.near_miss);
  EXPECT_EQ(kinds(text), (std::vector<std::string>{"score", "occupation", "skills", "gap",
                                                   "language", "distance"}));
  EXPECT_EQ(texts(text)[1], "Même métier : Cariste.");
  EXPECT_EQ(texts(text)[2],
            "A 2 compétences essentielles sur 3 : Conduire un chariot et Charger un camion.");
  EXPECT_EQ(texts(text)[3], "Il manque : Lire un bon.");
  EXPECT_EQ(texts(text)[4], "Français A2, l'offre demande B1.");
  EXPECT_EQ(texts(text)[5], "À moins de 1 km (trajet maximum accepté : 30 km).");

  p.access = matching::Access::kNone;
  const auto miss = describe(engine.evaluate(p, o), small_taxonomy(), i18n(), "en");
  EXPECT_TRUE(miss.near_miss);
  EXPECT_EQ(texts(miss)[0], "The residence permit does not allow this job.");
}

TEST(ExplanationText, OtherLanguagesFallBackToFrench) {
  const auto de = describe(full_match(), small_taxonomy(), i18n(), "de");
  EXPECT_EQ(de.sentences.front().text, "Score 82 sur 100.");
}

}  // namespace
}  // namespace primowork::matches
