// Extraction: behaviour on small hand-built taxonomies, and an evaluation of precision and recall
// on hand-labelled job advertisements (tests/taxonomy/ads.json) with the starter taxonomy and,
// when the CSV bundle is present, with the full ROME 4.0.
//
// The ads were written for these tests in the style of Liège job boards and labelled by hand
// (occupations a counsellor would name, skills the text clearly asks for) before looking at the
// extractor's output. A predicted code counts as correct when it is among the ad's labels; the
// figures are micro-averaged over all ads. The floors sit a few points under the values measured
// when the test was written: they catch regressions, they are not targets.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "taxonomy/extraction.h"
#include "taxonomy/import.h"
#include "taxonomy/taxonomy.h"

namespace primowork::taxonomy {
namespace {

// --- small hand-built taxonomies -------------------------------------------------------------

Occupation occupation(std::string code, std::string label, std::vector<std::string> titles = {}) {
  Occupation o;
  o.code = std::move(code);
  o.label = std::move(label);
  o.titles = std::move(titles);
  return o;
}

Skill skill(std::string code, std::string label) {
  Skill s;
  s.code = std::move(code);
  s.label = std::move(label);
  return s;
}

// A warehouse corner of ROME: a job whose title contains a skill's words, a one-word job, a
// job with a hyphenated feminine form and two skills that share stems with a job title.
Taxonomy small_taxonomy() {
  Taxonomy t;
  t.name = "test";
  t.add_occupation(
      occupation("N1101", "Cariste", {"Cariste", "Conducteur / Conductrice de chariot élévateur"}));
  t.add_occupation(occupation("N1103", "Préparateur / Préparatrice de commandes"));
  t.add_occupation(occupation("J1501", "Aide-soignant / Aide-soignante"));
  t.add_occupation(occupation("F1602", "Electricien / Electricienne du bâtiment"));
  t.add_occupation(occupation("N4103", "Conducteur / Conductrice de bus"));
  t.add_skill(skill("S1", "Chariot élévateur"));
  t.add_skill(skill("S2", "Préparer les commandes"));
  t.add_skill(skill("S3", "Conduire un chariot élévateur"));
  t.link_skill("N1101", "S1", true);
  t.link_skill("N1101", "S3", true);
  t.link_skill("N1103", "S2", true);
  t.finalize();
  return t;
}

std::string code_of(const Taxonomy& t, const Mention& m) {
  return m.skill ? t.skills()[m.id].code : t.occupations()[m.id].code;
}

// "N1101=conducteur de chariot élévateur" for each mention, in text order.
std::vector<std::string> describe(const Taxonomy& t, std::string_view text,
                                  const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const auto& m : mentions) {
    EXPECT_LE(m.begin, m.end);
    EXPECT_LE(m.end, text.size());
    out.push_back(code_of(t, m) + "=" + std::string(text.substr(m.begin, m.end - m.begin)));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(Extraction, LongestMatchWinsAndTheScanContinuesAfterIt) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  const std::string text = "Nous cherchons un conducteur de chariot élévateur pour notre dépôt.";
  // One mention: neither the skill "Chariot élévateur" inside the title nor anything else.
  EXPECT_EQ(describe(t, text, x.extract(text)), Strings{"N1101=conducteur de chariot élévateur"});
  // On its own the skill's phrase is found.
  const std::string skill_text = "Maîtrise du chariot élévateur.";
  EXPECT_EQ(describe(t, skill_text, x.extract(skill_text)), Strings{"S1=chariot élévateur"});
}

TEST(Extraction, FeminineFormsOfSlashLabels) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  const std::string text =
      "Conductrice de chariot élévateur, aide-soignante et préparatrice de commandes, "
      "electricienne du bâtiment, conductrice de bus.";
  EXPECT_EQ(describe(t, text, x.extract(text)),
            (Strings{"N1101=Conductrice de chariot élévateur", "J1501=aide-soignante",
                     "N1103=préparatrice de commandes", "F1602=electricienne du bâtiment",
                     "N4103=conductrice de bus"}));
  const std::string plural = "Nous engageons des aides-soignantes et des conductrices de bus.";
  EXPECT_EQ(describe(t, plural, x.extract(plural)),
            (Strings{"J1501=aides-soignantes", "N4103=conductrices de bus"}));
}

TEST(Extraction, PluralsAreForgiven) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  const std::string text = "On engage des caristes et des aides-soignants.";
  EXPECT_EQ(describe(t, text, x.extract(text)),
            (Strings{"N1101=caristes", "J1501=aides-soignants"}));
  const std::string every_word = "Recherche conducteurs de chariots élévateurs.";
  EXPECT_EQ(describe(t, every_word, x.extract(every_word)),
            Strings{"N1101=conducteurs de chariots élévateurs"});
}

TEST(Extraction, AJobWinsOverASkillSharingItsStems) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  // "préparateur de commandes" (N1103) and the skill "Préparer les commandes" (S2) share their
  // stems: the job, spelt as in the text, is the one mention...
  const std::string singular = "Nous recherchons un préparateur de commandes.";
  EXPECT_EQ(describe(t, singular, x.extract(singular)), Strings{"N1103=préparateur de commandes"});
  // ...and in the plural too ("otherwise the occupation wins over the skill").
  const std::string plural = "Nous recherchons des préparateurs de commandes.";
  EXPECT_EQ(describe(t, plural, x.extract(plural)), Strings{"N1103=préparateurs de commandes"});
}

TEST(Extraction, AccentsAndCaseDoNotMatter) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  const std::string caps = "URGENT : CONDUCTEUR DE CHARIOT ELEVATEUR (H/F)";
  EXPECT_EQ(describe(t, caps, x.extract(caps)), Strings{"N1101=CONDUCTEUR DE CHARIOT ELEVATEUR"});
  const std::string accents = "Électricien du batiment; Préparateur de Commandes";
  EXPECT_EQ(describe(t, accents, x.extract(accents)),
            (Strings{"F1602=Électricien du batiment", "N1103=Préparateur de Commandes"}));
}

TEST(Extraction, SkillsMatchOnStemsOccupationsDoNot) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  // "préparation des commandes" shares its stems with both the skill "Préparer les commandes"
  // and the job "Préparateur de commandes": the skill, not the job (a job is a name).
  const std::string text = "Vos missions : préparation des commandes.";
  EXPECT_EQ(describe(t, text, x.extract(text)), Strings{"S2=préparation des commandes"});
}

TEST(Extraction, SpansAreByteOffsetsIntoTheText) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  // Multi-byte letters before and inside the mentions, and punctuation around them.
  const std::string text =
      "Crèche à Liège — équipe élargie : «Aide-Soignant» ; ÉLECTRICIEN DU BÂTIMENT ; "
      "maîtrise du chariot élévateur.";
  const auto mentions = x.extract(text);
  ASSERT_EQ(mentions.size(), 3u) << testing::PrintToString(describe(t, text, mentions));
  EXPECT_EQ(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin), "Aide-Soignant");
  EXPECT_EQ(text.substr(mentions[1].begin, mentions[1].end - mentions[1].begin),
            "ÉLECTRICIEN DU BÂTIMENT");
  EXPECT_EQ(text.substr(mentions[2].begin, mentions[2].end - mentions[2].begin),
            "chariot élévateur");
  EXPECT_EQ(mentions[0].begin, text.find("Aide-Soignant"));
  EXPECT_EQ(mentions[1].begin, text.find("ÉLECTRICIEN"));
  EXPECT_EQ(mentions[2].end, text.find('.', mentions[2].begin));
  EXPECT_FALSE(mentions[0].skill);
  EXPECT_EQ(mentions[0].phrase, "Aide-soignant / Aide-soignante");
  EXPECT_TRUE(mentions[2].skill);
  EXPECT_EQ(mentions[2].phrase, "Chariot élévateur");
}

TEST(Extraction, ARepeatedMentionIsReportedOnceAtItsFirstPlace) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  const std::string text =
      "Cariste (H/F). Le cariste charge les camions. Brevet de cariste exigé; CARISTES bienvenus. "
      "Chariot élévateur, chariot élévateur.";
  const auto mentions = x.extract(text);
  EXPECT_EQ(describe(t, text, mentions), (Strings{"N1101=Cariste", "S1=Chariot élévateur"}));
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0].begin, 0u);
}

TEST(Extraction, EmptyAndUnrelatedTexts) {
  const auto t = small_taxonomy();
  const Extractor x(t);
  EXPECT_TRUE(x.extract("").empty());
  EXPECT_TRUE(x.extract("   ,;. ").empty());
  EXPECT_TRUE(x.extract("Nous offrons un CDI et des chèques-repas.").empty());
  EXPECT_GT(x.phrase_count(), 0u);
}

TEST(ExpandGenderForms, SlashLabels) {
  EXPECT_EQ(expand_gender_forms("Conducteur / Conductrice de bus"),
            (Strings{"Conducteur de bus", "Conductrice de bus"}));
  EXPECT_EQ(expand_gender_forms("Chef de rang / Cheffe de rang"),
            (Strings{"Chef de rang", "Cheffe de rang"}));
  EXPECT_EQ(
      expand_gender_forms("Agent / Agente d'entretien des espaces verts"),
      (Strings{"Agent d'entretien des espaces verts", "Agente d'entretien des espaces verts"}));
  EXPECT_EQ(expand_gender_forms("Ouvrier agricole polyvalent / Ouvrière agricole polyvalente"),
            (Strings{"Ouvrier agricole polyvalent", "Ouvrière agricole polyvalente"}));
  EXPECT_EQ(expand_gender_forms("Aide-soignant / Aide-soignante"),
            (Strings{"Aide-soignant", "Aide-soignante"}));
  EXPECT_EQ(expand_gender_forms("Homme sage-femme / Sage-femme"),
            (Strings{"Homme sage-femme", "Sage-femme"}));
}

TEST(ExpandGenderForms, LabelsWithoutSlashComeBackUnchanged) {
  EXPECT_EQ(expand_gender_forms("Cariste"), Strings{"Cariste"});
  EXPECT_EQ(expand_gender_forms("Peintre en bâtiment"), Strings{"Peintre en bâtiment"});
  // A slash without spaces around it is not an alternative.
  EXPECT_EQ(expand_gender_forms("Chauffeur C/CE"), Strings{"Chauffeur C/CE"});
  EXPECT_EQ(expand_gender_forms(""), Strings{""});
}

// --- evaluation on labelled ads --------------------------------------------------------------

// Floors: the value measured when this test was written (extractor of commit 177832a) minus
// about 5 points, rounded down. Skill recall was 0.032 (6 of 188 labels), too low for that rule:
// its floor only requires that about 4 of those 6 skills are still found.
constexpr double kFloorStarterOccupationPrecision = 0.67;  // measured 0.718 (2026-11-22)
constexpr double kFloorStarterOccupationRecall = 0.46;     // measured 0.509
constexpr double kFloorStarterSkillPrecision = 0.28;       // measured 0.333
constexpr double kFloorStarterSkillRecall = 0.05;          // measured 0.069
constexpr double kFloorRomeOccupationRecall = 0.46;        // measured 0.509

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Ad {
  std::string id, text;
  std::set<std::string> occupations, skills;
};

std::vector<Ad> load_ads() {
  const auto doc =
      nlohmann::json::parse(read_file(PRIMOWORK_SOURCE_DIR "/tests/taxonomy/ads.json"));
  std::vector<Ad> ads;
  for (const auto& a : doc) {
    Ad ad;
    ad.id = a.at("id").get<std::string>();
    ad.text = a.at("text").get<std::string>();
    for (const auto& c : a.at("occupations")) ad.occupations.insert(c.get<std::string>());
    for (const auto& c : a.at("skills")) ad.skills.insert(c.get<std::string>());
    ads.push_back(std::move(ad));
  }
  return ads;
}

struct Counts {
  std::size_t predicted = 0, correct = 0, labelled = 0, found = 0;
  double precision() const { return predicted ? double(correct) / double(predicted) : 0; }
  double recall() const { return labelled ? double(found) / double(labelled) : 0; }
};

struct Scores {
  Counts occupations, skills;
};

std::string fixed3(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// Runs the extractor on every ad, prints the per-ad errors and the four figures, and records
// them as test properties (prefix_occupation_precision, ...).
Scores evaluate(const Taxonomy& t, const std::vector<Ad>& ads, const std::string& prefix) {
  const Extractor x(t);
  Scores s;
  std::ostringstream report;
  for (const auto& ad : ads) {
    std::set<std::string> occupations, skills;
    std::vector<std::string> wrong;
    for (const auto& m : x.extract(ad.text)) {
      const std::string code = code_of(t, m);
      const auto& gold = m.skill ? ad.skills : ad.occupations;
      (m.skill ? skills : occupations).insert(code);
      if (!gold.count(code)) {
        wrong.push_back(std::string(m.skill ? "skill " : "occupation ") + code + " \"" + m.phrase +
                        "\" <- \"" + ad.text.substr(m.begin, m.end - m.begin) + "\"");
      }
    }
    std::vector<std::string> missed;
    for (bool is_skill : {false, true}) {
      const auto& gold = is_skill ? ad.skills : ad.occupations;
      const auto& got = is_skill ? skills : occupations;
      auto& c = is_skill ? s.skills : s.occupations;
      c.predicted += got.size();
      c.labelled += gold.size();
      for (const auto& code : got) c.correct += gold.count(code);
      for (const auto& code : gold) {
        if (got.count(code)) {
          ++c.found;
          continue;
        }
        std::string label = "(not in this taxonomy)";
        if (is_skill) {
          if (auto id = t.skill_id(code)) label = t.skills()[*id].label;
        } else if (auto id = t.occupation_id(code)) {
          label = t.occupations()[*id].label;
        }
        missed.push_back(std::string(is_skill ? "skill " : "occupation ") + code + " " + label);
      }
    }
    for (const auto& w : wrong) report << prefix << " " << ad.id << " wrong  " << w << "\n";
    for (const auto& m : missed) report << prefix << " " << ad.id << " missed " << m << "\n";
  }
  const std::map<std::string, double> figures = {
      {"occupation_precision", s.occupations.precision()},
      {"occupation_recall", s.occupations.recall()},
      {"skill_precision", s.skills.precision()},
      {"skill_recall", s.skills.recall()},
  };
  report << prefix << " " << ads.size() << " ads; occupations: " << s.occupations.correct << "/"
         << s.occupations.predicted << " predicted correct, " << s.occupations.found << "/"
         << s.occupations.labelled << " labels found; skills: " << s.skills.correct << "/"
         << s.skills.predicted << " predicted correct, " << s.skills.found << "/"
         << s.skills.labelled << " labels found\n";
  for (const auto& [name, value] : figures) {
    report << prefix << " " << name << " = " << fixed3(value) << "\n";
    testing::Test::RecordProperty(prefix + "_" + name, fixed3(value));
  }
  std::cout << report.str() << std::flush;
  return s;
}

TEST(ExtractionEval, AdsAreWellFormedAgainstTheStarterTaxonomy) {
  const auto t = from_json(read_file(PRIMOWORK_SOURCE_DIR "/data/taxonomy/starter-rome.json"));
  ASSERT_TRUE(t.ok()) << t.error().field << ": " << t.error().detail;
  const auto ads = load_ads();
  ASSERT_GE(ads.size(), 35u);
  std::set<std::string> ids;
  for (const auto& ad : ads) {
    EXPECT_TRUE(ids.insert(ad.id).second) << "duplicate id " << ad.id;
    EXPECT_FALSE(ad.text.empty()) << ad.id;
    EXPECT_GE(ad.occupations.size(), 1u) << ad.id;
    EXPECT_LE(ad.occupations.size(), 2u) << ad.id;
    std::set<std::string> linked;
    for (const auto& code : ad.occupations) {
      const auto id = t->occupation_id(code);
      ASSERT_TRUE(id) << ad.id << ": unknown occupation " << code;
      for (const auto& link : t->skills_of(*id)) linked.insert(t->skills()[link.skill].code);
    }
    for (const auto& code : ad.skills) {
      EXPECT_TRUE(t->skill_id(code)) << ad.id << ": unknown skill " << code;
      EXPECT_TRUE(linked.count(code))
          << ad.id << ": skill " << code << " is not linked to the ad's occupations";
    }
  }
}

TEST(ExtractionEval, StarterTaxonomy) {
  const auto t = from_json(read_file(PRIMOWORK_SOURCE_DIR "/data/taxonomy/starter-rome.json"));
  ASSERT_TRUE(t.ok()) << t.error().field << ": " << t.error().detail;
  const auto s = evaluate(*t, load_ads(), "starter");
  EXPECT_GE(s.occupations.precision(), kFloorStarterOccupationPrecision);
  EXPECT_GE(s.occupations.recall(), kFloorStarterOccupationRecall);
  EXPECT_GE(s.skills.precision(), kFloorStarterSkillPrecision);
  EXPECT_GE(s.skills.recall(), kFloorStarterSkillRecall);
}

// The bundle's files are unix_<name>_v<version>_utf8.csv.
OpenFile open_rome_folder(const std::filesystem::path& dir) {
  return [dir](const std::string& name) -> std::unique_ptr<std::istream> {
    const std::string prefix = "unix_" + name + "_v";
    const std::string suffix = "_utf8.csv";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      const std::string file = entry.path().filename().string();
      if (file.size() <= prefix.size() + suffix.size() || file.rfind(prefix, 0) != 0 ||
          file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) {
        continue;
      }
      // The version between the prefix and the suffix is digits only, so that
      // "referentiel_code_rome" does not open unix_referentiel_code_rome_riasec_v460_utf8.csv.
      const std::string version =
          file.substr(prefix.size(), file.size() - prefix.size() - suffix.size());
      if (!std::all_of(version.begin(), version.end(),
                       [](char c) { return c >= '0' && c <= '9'; })) {
        continue;
      }
      auto in = std::make_unique<std::ifstream>(entry.path(), std::ios::binary);
      if (*in) return in;
    }
    return nullptr;
  };
}

TEST(ExtractionEval, FullRome) {
  const std::filesystem::path dir = "/work/shared/data/rome-4.0-v460";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  ImportReport report;
  const auto t = import_rome(open_rome_folder(dir), report);
  ASSERT_TRUE(t.ok()) << t.error().field << ": " << t.error().detail;
  std::cout << "rome " << t->occupations().size() << " occupations, " << t->skills().size()
            << " skills\n";
  // Skills labelled from the starter's lists: the full ROME has more skills per occupation, so
  // its skill precision is not comparable and has no floor. Occupation codes are the same.
  const auto s = evaluate(*t, load_ads(), "rome");
  EXPECT_GE(s.occupations.recall(), kFloorRomeOccupationRecall);
}

}  // namespace
}  // namespace primowork::taxonomy
