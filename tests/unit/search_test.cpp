// Search and adjacent occupations on the starter taxonomy shipped with the project.
#include "taxonomy/search.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "taxonomy/adjacency.h"
#include "taxonomy/import.h"
#include "taxonomy/text.h"

namespace primowork::taxonomy {
namespace {

const Taxonomy& starter() {
  static const Taxonomy t = [] {
    std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/taxonomy/starter-rome.json");
    std::stringstream buf;
    buf << in.rdbuf();
    return std::move(from_json(buf.str()).value());
  }();
  return t;
}

std::string top(const SearchIndex& index, const std::string& query) {
  auto hits = index.occupations(query, 3);
  return hits.empty() ? "" : starter().occupations()[hits[0].id].code;
}

TEST(Text, FoldsCaseAccentsAndLigatures) {
  EXPECT_EQ(fold("Infirmière ÉLÈVE Œuvre"), "infirmiere eleve oeuvre");
  EXPECT_EQ(fold("Liège"), "liege");
  auto tokens = tokenize("Aide-soignante d'hôpital");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].folded, "aide");
  EXPECT_TRUE(tokens[2].stop);  // d'
  EXPECT_EQ(tokens[3].folded, "hopital");
  EXPECT_EQ(std::string("Aide-soignante d'hôpital")
                .substr(tokens[3].begin, tokens[3].end - tokens[3].begin),
            "hôpital");
  EXPECT_EQ(stem("soignante"), stem("soignant"));
  EXPECT_EQ(stem("infirmiere"), stem("infirmier"));
  EXPECT_EQ(stem("soudeuse"), stem("soudeur"));
  EXPECT_EQ(stem("conductrice"), stem("conducteur"));
  EXPECT_EQ(stem("technicienne"), stem("technicien"));
  EXPECT_EQ(stem("boulangere"), stem("boulanger"));
  EXPECT_EQ(bounded_edit_distance("soudeur", "sodeur", 1), 1);
  EXPECT_EQ(bounded_edit_distance("soudeur", "cariste", 2), 3);
}

TEST(Search, FindsTheOccupationsOfTheIssueWhateverTheSpelling) {
  SearchIndex index(starter());
  for (const std::string q :
       {"aide soignante", "aide-soignant", "AIDE SOIGNANT", "Aide Soignant"}) {
    EXPECT_EQ(top(index, q), "J1501") << q;
  }
  EXPECT_EQ(top(index, "soudeur"), "H2913");
  EXPECT_EQ(top(index, "cariste"), "N1101");
  EXPECT_EQ(top(index, "technicienne de surface"), "K2205");
  const auto nurse = index.occupations("infirmiere", 5);
  ASSERT_FALSE(nurse.empty());
  EXPECT_EQ(starter().occupations()[nurse[0].id].code.substr(0, 3), "J15");
}

TEST(Search, PrefixAsOneTypesAndTypos) {
  SearchIndex index(starter());
  EXPECT_EQ(top(index, "cari"), "N1101");
  EXPECT_EQ(top(index, "sodeur"), "H2913");  // one letter missing
  EXPECT_EQ(top(index, "carsite"), "");      // a transposition costs 2: too far for 7 letters
  EXPECT_TRUE(index.occupations("", 5).empty());
  EXPECT_TRUE(index.occupations("de la", 5).empty());  // stop words only
  EXPECT_TRUE(index.occupations("zzzzzz", 5).empty());
}

TEST(Search, SkillsAndLimits) {
  SearchIndex index(starter());
  const auto skills = index.skills("hygiene", 5);
  ASSERT_FALSE(skills.empty());
  EXPECT_NE(fold(starter().skills()[skills[0].id].label).find("hygien"), std::string::npos);
  EXPECT_LE(index.occupations("agent", 4).size(), 4u);
  // Ordered by score, ties by id: the same query gives the same order.
  EXPECT_EQ(index.occupations("agent", 10).size(), index.occupations("agent", 10).size());
}

TEST(Adjacency, CommisDeCuisineLeadsToCuisinier) {
  const Taxonomy& t = starter();
  const auto commis = t.occupation_id("G1602");
  ASSERT_TRUE(commis);
  const auto adjacent = adjacent_occupations(t, *commis, 10);
  ASSERT_FALSE(adjacent.empty());
  bool cook = false;
  for (const auto& a : adjacent) {
    EXPECT_NE(a.occupation, *commis);
    EXPECT_GE(a.coverage, 0.0f);
    EXPECT_LE(a.coverage, 1.0f);
    EXPECT_LE(a.missing_core.size(), 5u);
    cook = cook || t.occupations()[a.occupation].code.rfind("G16", 0) == 0;
  }
  EXPECT_TRUE(cook);
  for (std::size_t i = 1; i < adjacent.size(); ++i)
    EXPECT_GE(adjacent[i - 1].score, adjacent[i].score);
}

TEST(Adjacency, CoverageCountsSpecificityOfCoreSkills) {
  Taxonomy t;
  t.add_occupation(Occupation{"A", "A", "", {}, false, {}, {}});
  t.add_occupation(Occupation{"B", "B", "", {}, false, {}, {}});
  t.add_occupation(Occupation{"C", "C", "", {}, false, {}, {}});
  for (const char* s : {"s1", "s2", "s3"}) t.add_skill(Skill{s, s, SkillKind::kKnowHow, "", 0});
  t.link_skill("A", "s1", true);
  t.link_skill("B", "s1", true);
  t.link_skill("B", "s2", true);
  t.link_skill("C", "s1", false);
  t.link_skill("C", "s3", true);
  t.add_mobility("A", "C", 1);
  t.finalize();
  // s1 is used by 3 occupations, s2 by 1: s2 weighs more.
  EXPECT_GT(t.skills()[*t.skill_id("s2")].specificity, t.skills()[*t.skill_id("s1")].specificity);
  auto adj = adjacent_occupations(t, *t.occupation_id("A"), 5);
  ASSERT_EQ(adj.size(), 2u);
  // C: no core skill covered, but a curated edge of rank 1: 0.3; B: s1 of {s1, s2}.
  const float w1 = t.skills()[*t.skill_id("s1")].specificity;
  const float w2 = t.skills()[*t.skill_id("s2")].specificity;
  for (const auto& a : adj) {
    if (t.occupations()[a.occupation].code == "B") {
      EXPECT_NEAR(a.coverage, w1 / (w1 + w2), 1e-5);
      EXPECT_EQ(a.missing_core, (std::vector<SkillId>{*t.skill_id("s2")}));
    } else {
      EXPECT_FLOAT_EQ(a.coverage, 0.0f);
      EXPECT_FLOAT_EQ(a.mobility, 1.0f);
      EXPECT_NEAR(a.score, kMobilityWeight, 1e-6);
    }
  }
}

}  // namespace
}  // namespace primowork::taxonomy
