// The matching engine: filters one by one, scores, explanations, exact top-k against a
// brute-force reference, incremental updates, pivots and training plans.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "matching/engine.h"
#include "matching/pivots.h"
#include "taxonomy/import.h"

namespace primowork::matching {
namespace {

const taxonomy::Taxonomy& starter() {
  static const taxonomy::Taxonomy t = [] {
    std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/taxonomy/starter-rome.json");
    std::stringstream buf;
    buf << in.rdbuf();
    return std::move(taxonomy::from_json(buf.str()).value());
  }();
  return t;
}

constexpr std::uint16_t kFr = language_code('f', 'r');
constexpr std::uint16_t kNl = language_code('n', 'l');
constexpr float kLiegeLat = 50.6326f, kLiegeLon = 5.5797f;
constexpr float kSeraingLat = 50.5833f, kSeraingLon = 5.5000f;  // about 8 km away

// A person and an offer that suit each other: every filter passes.
std::pair<Profile, Offer> suited_pair() {
  const auto& t = starter();
  const OccupationId cariste = *t.occupation_id("N1101");
  Offer o;
  o.id = 1;
  o.occupation = cariste;
  for (const auto& link : t.skills_of(cariste)) {
    (link.core ? o.core : o.optional).push_back({link.skill, t.skills()[link.skill].specificity});
  }
  o.languages = {{kFr, 3, true}, {kNl, 2, false}};
  o.licences = kLicenceB;
  o.lat = kSeraingLat;
  o.lon = kSeraingLon;
  o.schedule = kWeekend;
  o.contract = kFixedTerm;
  o.employer = 77;
  Profile p;
  p.id = 10;
  p.targets = {cariste};
  for (const auto& ws : o.core) p.skills.push_back({ws.skill, Provenance::kDeclared});
  p.languages = {{kFr, 4}, {kNl, 2}};
  p.licences = kLicenceB | kLicenceC;
  p.access = Access::kUnlimited;
  p.lat = kLiegeLat;
  p.lon = kLiegeLon;
  p.max_km = 25;
  p.excluded = kNight;
  p.contracts = kPermanent | kFixedTerm;
  return {p, o};
}

TEST(Profile, HasNoFieldForProtectedCriteria) {
  // Adding or removing a field breaks this structured binding on purpose: review that the new
  // field is not nationality, origin, age, sex, family, religion or health, then update the list.
  Profile p;
  auto& [id, targets, past, skills, languages, licences, access, limited_employer,
         limited_occupation, lat, lon, max_km, excluded, part_time_only, contracts, recognised] = p;
  (void)id, (void)targets, (void)past, (void)skills, (void)languages, (void)licences, (void)access,
      (void)limited_employer, (void)limited_occupation, (void)lat, (void)lon, (void)max_km,
      (void)excluded, (void)part_time_only, (void)contracts, (void)recognised;
  SUCCEED();
}

TEST(Filters, ASuitedPairPassesEveryFilter) {
  Engine engine(starter());
  auto [p, o] = suited_pair();
  EXPECT_FALSE(engine.first_failing_filter(p, o).has_value());
  const auto e = engine.evaluate(p, o);
  EXPECT_GT(e.score, 80.0f);
  EXPECT_FLOAT_EQ(e.occupation, 1.0f);
  EXPECT_TRUE(e.missing_core.empty());
}

TEST(Filters, EachFailingAloneIsANamedNearMiss) {
  Engine engine(starter());
  struct Case {
    Filter expected;
    std::function<void(Profile&, Offer&)> change;
  };
  const std::vector<Case> cases = {
      {Filter::kRightToWork, [](Profile& p, Offer&) { p.access = Access::kNone; }},
      {Filter::kRightToWork,
       [](Profile& p, Offer&) {
         p.access = Access::kLimited;
         p.limited_employer = 5;
       }},
      {Filter::kLicence, [](Profile&, Offer& o) { o.licences |= kLicenceCE; }},
      {Filter::kDistance, [](Profile& p, Offer&) { p.max_km = 5; }},
      {Filter::kSchedule, [](Profile&, Offer& o) { o.schedule |= kNight; }},
      {Filter::kLanguage, [](Profile&, Offer& o) { o.languages[0].level = 5; }},
      {Filter::kRegulated, [](Profile&, Offer& o) { o.regulated = true; }},
      {Filter::kContract, [](Profile&, Offer& o) { o.contract = kInterim; }},
      {Filter::kContract, [](Profile& p, Offer&) { p.part_time_only = true; }},
  };
  for (const auto& c : cases) {
    auto [p, o] = suited_pair();
    c.change(p, o);
    const auto failed = engine.first_failing_filter(p, o);
    ASSERT_TRUE(failed.has_value()) << to_string(c.expected);
    EXPECT_EQ(*failed, c.expected) << to_string(*failed);
    engine.upsert(p);
    engine.upsert(o);
    EXPECT_TRUE(engine.profiles_for(o.id, 10).empty()) << to_string(c.expected);
    const auto e = engine.explain(p.id, o.id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->failed, c.expected);
    EXPECT_FLOAT_EQ(e->score, 0.0f);
  }
  // The limited permit of the right employer and function passes.
  auto [p, o] = suited_pair();
  p.access = Access::kLimited;
  p.limited_employer = o.employer;
  p.limited_occupation = o.occupation;
  EXPECT_FALSE(engine.first_failing_filter(p, o).has_value());
  // A regulated job with a recognised diploma passes.
  o.regulated = true;
  p.recognised = {o.occupation};
  EXPECT_FALSE(engine.first_failing_filter(p, o).has_value());
}

TEST(Scoring, ComponentsAndExplanations) {
  Engine engine(starter());
  auto [p, o] = suited_pair();
  // Half of the core skills (by weight order) missing: the gap lists them by weight.
  ASSERT_GE(o.core.size(), 2u);
  p.skills.clear();
  p.skills.push_back({o.core[0].skill, Provenance::kDeclared});
  auto e = engine.evaluate(p, o);
  EXPECT_EQ(e.matched_core, (std::vector<SkillId>{o.core[0].skill}));
  EXPECT_EQ(e.missing_core.size(), o.core.size() - 1);
  for (std::size_t i = 1; i < e.missing_core.size(); ++i) {
    float wa = 0, wb = 0;
    for (const auto& ws : o.core) {
      if (ws.skill == e.missing_core[i - 1]) wa = ws.weight;
      if (ws.skill == e.missing_core[i]) wb = ws.weight;
    }
    EXPECT_GE(wa, wb);
  }
  EXPECT_GT(e.skills, 0.0f);
  EXPECT_LT(e.skills, 1.0f);
  // Desired Dutch one level below: half credit, and the gap says so.
  p.languages = {{kFr, 4}, {kNl, 1}};
  e = engine.evaluate(p, o);
  EXPECT_FLOAT_EQ(e.language, 0.5f);
  ASSERT_EQ(e.language_gaps.size(), 1u);
  EXPECT_EQ(e.language_gaps[0].have, 1);
  EXPECT_EQ(e.language_gaps[0].need, 2);
  EXPECT_FALSE(e.language_gaps[0].mandatory);
  // Distance: within half the commute counts fully, near the maximum almost nothing.
  p.max_km = 100;
  EXPECT_FLOAT_EQ(engine.evaluate(p, o).distance, 1.0f);
  p.max_km = 9;
  const auto near_max = engine.evaluate(p, o);
  EXPECT_GT(near_max.distance, 0.0f);
  EXPECT_LT(near_max.distance, 0.3f);
  EXPECT_NEAR(near_max.distance_km, 7.8f, 1.0f);
  // Score is the weighted sum, bounded by 100.
  const Weights w;
  const auto full = engine.evaluate(suited_pair().first, suited_pair().second);
  EXPECT_NEAR(
      full.score,
      100 * (w.skills * full.skills + w.occupation * full.occupation + w.language * full.language +
             w.distance * full.distance + w.preferences * full.preferences),
      1e-3);
  EXPECT_LE(full.score, 100.0f);
}

TEST(Scoring, RelatedSkillsUnderTheSameMacroCountHalf) {
  taxonomy::Taxonomy t;
  t.add_occupation({"O1", "Un", "", {}, false, {}, {}});
  t.add_skill({"a", "a", taxonomy::SkillKind::kKnowHow, "M", 0});
  t.add_skill({"b", "b", taxonomy::SkillKind::kKnowHow, "M", 0});
  t.add_skill({"c", "c", taxonomy::SkillKind::kKnowHow, "", 0});
  t.link_skill("O1", "a", true);
  t.finalize();
  Engine engine(t);
  Offer o;
  o.occupation = 0;
  o.core = {{*t.skill_id("a"), 1.0f}};
  Profile p;
  p.access = Access::kUnlimited;
  p.skills = {{*t.skill_id("b"), Provenance::kDeclared}};
  auto e = engine.evaluate(p, o);
  EXPECT_FLOAT_EQ(e.skills, 0.5f);  // 0.75 x 0.5 + 0.25 x 0.5 (no optional: O follows E)
  EXPECT_EQ(e.related, (std::vector<SkillId>{*t.skill_id("a")}));
  p.skills = {{*t.skill_id("c"), Provenance::kDeclared}};
  EXPECT_FLOAT_EQ(engine.evaluate(p, o).skills, 0.0f);
}

// Random people and offers from the starter taxonomy, reproducible from a seed.
struct World {
  std::vector<Profile> profiles;
  std::vector<Offer> offers;
};

World random_world(std::uint32_t seed, int n_profiles, int n_offers) {
  const auto& t = starter();
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::uint32_t>(rng() % n); };
  auto coin = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
  const float lat0 = 50.55f, lon0 = 5.45f;
  World w;
  for (int i = 0; i < n_offers; ++i) {
    Offer o;
    o.id = static_cast<Id>(i + 1);
    o.occupation = pick(t.occupations().size());
    for (const auto& link : t.skills_of(o.occupation)) {
      (link.core ? o.core : o.optional).push_back({link.skill, t.skills()[link.skill].specificity});
    }
    o.languages = {{kFr, static_cast<std::uint8_t>(1 + pick(4)), coin(50)}};
    if (coin(20)) o.languages.push_back({kNl, static_cast<std::uint8_t>(1 + pick(3)), false});
    o.licences = coin(30) ? kLicenceB : 0;
    o.lat = lat0 + static_cast<float>(pick(300)) / 1000.0f;
    o.lon = lon0 + static_cast<float>(pick(400)) / 1000.0f;
    o.schedule = static_cast<std::uint8_t>(coin(20) ? kNight : 0) |
                 static_cast<std::uint8_t>(coin(30) ? kWeekend : 0);
    o.contract = static_cast<std::uint8_t>(1u << pick(4));
    o.part_time = coin(20);
    o.regulated = t.occupations()[o.occupation].regulated;
    o.employer = 1 + pick(50);
    w.offers.push_back(std::move(o));
  }
  for (int i = 0; i < n_profiles; ++i) {
    Profile p;
    p.id = static_cast<Id>(i + 1);
    const OccupationId target = pick(t.occupations().size());
    p.targets = {target};
    if (coin(50)) p.past = {pick(t.occupations().size())};
    for (const auto& link : t.skills_of(target)) {
      if (coin(link.core ? 75 : 20)) p.skills.push_back({link.skill, Provenance::kDeclared});
    }
    p.languages = {{kFr, static_cast<std::uint8_t>(1 + pick(6))}};
    if (coin(25)) p.languages.push_back({kNl, static_cast<std::uint8_t>(1 + pick(4))});
    p.licences = coin(50) ? kLicenceB : 0;
    p.access = coin(85) ? Access::kUnlimited : (coin(50) ? Access::kLimited : Access::kNone);
    p.limited_employer = 1 + pick(50);
    p.limited_occupation = target;
    p.lat = lat0 + static_cast<float>(pick(300)) / 1000.0f;
    p.lon = lon0 + static_cast<float>(pick(400)) / 1000.0f;
    p.max_km = static_cast<std::uint16_t>(10 + pick(40));
    p.excluded = coin(30) ? kNight : 0;
    p.part_time_only = coin(10);
    p.contracts = coin(80) ? 0xFF : kPermanent;
    if (coin(30)) p.recognised = {target};
    w.profiles.push_back(std::move(p));
  }
  return w;
}

// The reference: evaluate every pair, keep those that pass, sort by score then id.
std::vector<Match> reference(const Engine& engine, const std::vector<Profile>& profiles,
                             const Offer& o, std::size_t k) {
  std::vector<Match> all;
  for (const auto& p : profiles) {
    const auto e = engine.evaluate(p, o);
    if (!e.failed) all.push_back({p.id, e.score});
  }
  std::sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  if (all.size() > k) all.resize(k);
  return all;
}

void expect_same(const std::vector<Match>& a, const std::vector<Match>& b,
                 const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id) << what << " rank " << i;
    EXPECT_FLOAT_EQ(a[i].score, b[i].score) << what << " rank " << i;
  }
}

TEST(TopK, EqualsBruteForceBothWaysOnRandomWorlds) {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    const World w = random_world(seed, 1500, 300);
    Engine engine(starter());
    for (const auto& p : w.profiles) engine.upsert(p);
    for (const auto& o : w.offers) engine.upsert(o);
    std::mt19937 rng(seed * 7);
    for (int q = 0; q < 150; ++q) {
      const Offer& o = w.offers[rng() % w.offers.size()];
      expect_same(engine.profiles_for(o.id, 50), reference(engine, w.profiles, o, 50),
                  "offer " + std::to_string(o.id));
      const Profile& p = w.profiles[rng() % w.profiles.size()];
      std::vector<Match> all;
      for (const auto& offer : w.offers) {
        const auto e = engine.evaluate(p, offer);
        if (!e.failed) all.push_back({offer.id, e.score});
      }
      std::sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
      });
      if (all.size() > 20) all.resize(20);
      expect_same(engine.offers_for(p.id, 20), all, "profile " + std::to_string(p.id));
    }
  }
}

TEST(TopK, IncrementalUpdatesEqualARebuiltIndex) {
  World w = random_world(42, 800, 150);
  Engine live(starter());
  for (const auto& p : w.profiles) live.upsert(p);
  for (const auto& o : w.offers) live.upsert(o);
  // Changes: move people, drop some, change offers, remove some.
  std::mt19937 rng(9);
  for (int i = 0; i < 200; ++i) {
    Profile& p = w.profiles[rng() % w.profiles.size()];
    p.max_km = static_cast<std::uint16_t>(5 + rng() % 60);
    p.languages[0].level = static_cast<std::uint8_t>(1 + rng() % 6);
    live.upsert(p);
  }
  for (int i = 0; i < 50; ++i) {
    const Id id = w.profiles[rng() % w.profiles.size()].id;
    live.remove_profile(id);
    w.profiles.erase(std::remove_if(w.profiles.begin(), w.profiles.end(),
                                    [&](const Profile& p) { return p.id == id; }),
                     w.profiles.end());
  }
  for (int i = 0; i < 40; ++i) {
    Offer& o = w.offers[rng() % w.offers.size()];
    o.schedule ^= kWeekend;
    live.upsert(o);
  }
  Engine rebuilt(starter());
  for (const auto& p : w.profiles) rebuilt.upsert(p);
  for (const auto& o : w.offers) rebuilt.upsert(o);
  EXPECT_EQ(live.profile_count(), rebuilt.profile_count());
  for (const auto& o : w.offers) {
    expect_same(live.profiles_for(o.id, 30), rebuilt.profiles_for(o.id, 30),
                "offer " + std::to_string(o.id));
  }
  EXPECT_TRUE(live.profiles_for(999999, 10).empty());
}

TEST(Pivots, CommisDeCuisineTowardsCook) {
  const auto& t = starter();
  const OccupationId commis = *t.occupation_id("G1602");
  Profile p;
  p.past = {commis};
  for (const auto& link : t.skills_of(commis))
    p.skills.push_back({link.skill, Provenance::kInferred});
  const auto found = pivots(t, p, 10);
  ASSERT_FALSE(found.empty());
  bool cook = false;
  for (const auto& pv : found) {
    EXPECT_NE(pv.occupation, commis);
    cook = cook || t.occupations()[pv.occupation].code.rfind("G16", 0) == 0;
    EXPECT_FALSE(t.occupations()[pv.occupation].regulated);  // no recognised diploma
  }
  EXPECT_TRUE(cook);
  for (std::size_t i = 1; i < found.size(); ++i) EXPECT_GE(found[i - 1].score, found[i].score);
}

TEST(Pivots, ExcludedNightWorkRemovesNightOccupations) {
  const auto& t = starter();
  Profile p;
  const OccupationId commis = *t.occupation_id("G1602");
  p.past = {commis};
  for (const auto& link : t.skills_of(commis))
    p.skills.push_back({link.skill, Provenance::kInferred});
  p.excluded = kNight;
  for (const auto& pv : pivots(t, p, 20)) EXPECT_EQ(schedule_of(t, pv.occupation) & kNight, 0);
}

TEST(TrainingPlan, LanguageFirstThenGreedyCover) {
  taxonomy::Taxonomy t;
  t.add_occupation({"T", "Cible", "", {}, false, {}, {}});
  t.add_occupation({"X", "Autre", "", {}, false, {}, {}});
  for (const char* s : {"s1", "s2", "s3", "s4"})
    t.add_skill({s, s, taxonomy::SkillKind::kKnowHow, "", 0});
  for (const char* s : {"s1", "s2", "s3", "s4"}) t.link_skill("T", s, true);
  t.finalize();
  auto id = [&](const char* s) { return *t.skill_id(s); };
  Profile p;
  p.skills = {{id("s1"), Provenance::kDeclared}};
  p.languages = {{kFr, 2}};
  const std::vector<Training> catalogue = {
      {"fle-b1", {}, 120, kFr, 0, true, 3},
      {"big", {id("s2"), id("s3")}, 40, kFr, 3, false, 0},  // needs French B1
      {"small", {id("s2")}, 10, 0, 0, false, 0},
      {"s4-course", {id("s4")}, 30, 0, 0, false, 0},
      {"useless", {}, 5, 0, 0, false, 0},
  };
  const auto plan = training_plan(t, p, *t.occupation_id("T"), catalogue, 1.0f);
  EXPECT_FLOAT_EQ(plan.coverage_before, 0.25f);
  EXPECT_FLOAT_EQ(plan.coverage_after, 1.0f);
  EXPECT_TRUE(plan.uncovered.empty());
  // "small" first (best value), then "s4-course", then French before "big" for s3.
  ASSERT_EQ(plan.trainings.size(), 4u);
  EXPECT_EQ(plan.trainings[0], "small");
  EXPECT_EQ(plan.trainings[1], "s4-course");
  EXPECT_EQ(plan.trainings[2], "fle-b1");
  EXPECT_EQ(plan.trainings[3], "big");
}

}  // namespace
}  // namespace primowork::matching
