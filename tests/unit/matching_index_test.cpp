// The engine's storage and pruning: records round-trip, ties are broken by id, heavy churn
// (compaction) and small k (the pruning paths) still equal the brute-force reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "matching/engine.h"
#include "matching/profile_record.h"
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

TEST(ProfileRecord, RoundTripsEveryField) {
  Profile p;
  p.id = 0x12345678;
  p.targets = {3, 7};
  p.past = {11};
  p.skills = {
      {40, Provenance::kValidated}, {5, Provenance::kDeclared}, {40, Provenance::kDeclared}};
  p.languages = {{kFr, 4}, {language_code('N', 'L'), 2}, {language_code('1', '2'), 3}};
  p.licences = kLicenceB | kLicenceCE;
  p.access = Access::kLimited;
  p.limited_employer = 0xABCDEF01;
  p.limited_occupation = 3;
  p.max_km = 42;
  p.excluded = kNight | kHeavyLoads;
  p.part_time_only = true;
  p.contracts = kPermanent | kPfi;
  p.recognised = {7};
  const std::vector<std::uint16_t> macro_of(100, UINT16_MAX);
  std::vector<std::uint16_t> words = {9, 9};  // records are appended
  detail::encode(p, macro_of, 17, words);
  const detail::ProfileRecord r(words.data() + 2);
  EXPECT_EQ(r.size(), words.size() - 2);
  EXPECT_EQ(r.location(), 17);
  const Profile back = detail::decode(r, 50.5f, 5.5f);
  EXPECT_EQ(back.id, p.id);
  EXPECT_EQ(back.targets, p.targets);
  EXPECT_EQ(back.past, p.past);
  ASSERT_EQ(back.skills.size(), 2u);  // sorted, duplicates merged
  EXPECT_EQ(back.skills[0].skill, 5u);
  EXPECT_EQ(back.skills[1].skill, 40u);
  ASSERT_EQ(back.languages.size(), 2u);  // "12" is not a language code
  EXPECT_EQ(back.languages[0].language, kFr);
  EXPECT_EQ(back.languages[0].level, 4);
  EXPECT_EQ(back.languages[1].language, language_code('n', 'l'));
  EXPECT_EQ(back.licences, p.licences);
  EXPECT_EQ(back.access, Access::kLimited);
  EXPECT_EQ(back.limited_employer, p.limited_employer);
  EXPECT_EQ(back.limited_occupation, p.limited_occupation);
  EXPECT_EQ(back.max_km, 42);
  EXPECT_EQ(back.excluded, p.excluded);
  EXPECT_TRUE(back.part_time_only);
  EXPECT_EQ(back.contracts, p.contracts);
  EXPECT_EQ(back.recognised, p.recognised);
  EXPECT_FLOAT_EQ(back.lat, 50.5f);
}

Offer cariste_offer(Id id) {
  const auto& t = starter();
  Offer o;
  o.id = id;
  o.occupation = *t.occupation_id("N1101");
  for (const auto& link : t.skills_of(o.occupation)) {
    (link.core ? o.core : o.optional).push_back({link.skill, t.skills()[link.skill].specificity});
  }
  o.languages = {{kFr, 2, true}};
  o.lat = 50.6326f;
  o.lon = 5.5797f;
  o.contract = kPermanent;
  return o;
}

Profile cariste_person(Id id) {
  const auto& t = starter();
  Profile p;
  p.id = id;
  p.targets = {*t.occupation_id("N1101")};
  for (const auto& link : t.skills_of(p.targets[0]))
    p.skills.push_back({link.skill, Provenance::kDeclared});
  p.languages = {{kFr, 3}};
  p.access = Access::kUnlimited;
  p.lat = 50.6326f;
  p.lon = 5.5797f;
  return p;
}

TEST(TopK, EqualScoresAreRankedBySmallerIdFirst) {
  Engine engine(starter());
  engine.upsert(cariste_offer(1));
  for (Id id : {50u, 7u, 31u, 2u, 90u}) engine.upsert(cariste_person(id));
  const auto top = engine.profiles_for(1, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].id, 2u);
  EXPECT_EQ(top[1].id, 7u);
  EXPECT_EQ(top[2].id, 31u);
  EXPECT_EQ(top[0].score, top[2].score);
  EXPECT_EQ(engine.evaluate(cariste_person(2), cariste_offer(1)).score, top[0].score);
}

TEST(TopK, UnknownPlacesAndRemovedPeopleAreHandled) {
  Engine engine(starter());
  engine.upsert(cariste_offer(1));
  engine.upsert(cariste_person(1));
  EXPECT_TRUE(engine.remove_profile(1));
  EXPECT_FALSE(engine.remove_profile(1));
  EXPECT_TRUE(engine.profiles_for(1, 10).empty());
  EXPECT_FALSE(engine.profile(1).has_value());
  engine.upsert(cariste_person(1));
  ASSERT_EQ(engine.profiles_for(1, 10).size(), 1u);
  EXPECT_EQ(engine.profile(1)->targets, cariste_person(1).targets);
}

// Many people in few buckets, small k: the bucket bounds and the per-record bounds prune, and
// churn compacts buckets; the result must still equal evaluating every pair.
TEST(TopK, PrunedScansAndCompactionEqualTheReference) {
  const auto& t = starter();
  std::mt19937 rng(5);
  auto pick = [&](std::size_t n) { return static_cast<std::uint32_t>(rng() % n); };
  std::vector<OccupationId> few;
  for (int i = 0; i < 6; ++i) few.push_back(pick(t.occupations().size()));
  std::map<Id, Profile> people;
  Engine engine(starter());
  auto random_person = [&](Id id) {
    Profile p;
    p.id = id;
    p.targets = {few[pick(few.size())]};
    if (pick(3) == 0) p.past = {few[pick(few.size())]};
    for (const auto& link : t.skills_of(p.targets[0])) {
      if (pick(100) < 70) p.skills.push_back({link.skill, Provenance::kDeclared});
    }
    p.languages = {{kFr, static_cast<std::uint8_t>(1 + pick(6))}};
    p.access = pick(10) == 0 ? Access::kNone : Access::kUnlimited;
    p.lat = 50.5f + static_cast<float>(pick(20)) / 100.0f;
    p.lon = 5.4f + static_cast<float>(pick(30)) / 100.0f;
    p.max_km = static_cast<std::uint16_t>(5 + pick(40));
    p.licences = pick(2) ? kLicenceB : 0;
    return p;
  };
  for (Id id = 1; id <= 3000; ++id) people[id] = random_person(id);
  for (const auto& [id, p] : people) engine.upsert(p);
  for (int i = 0; i < 6000; ++i) {  // churn: replace or remove, then re-add
    const Id id = 1 + pick(3000);
    if (pick(4) == 0) {
      engine.remove_profile(id);
      people.erase(id);
    } else {
      people[id] = random_person(id);
      engine.upsert(people[id]);
    }
  }
  std::vector<Offer> offers;
  for (Id id = 1; id <= 40; ++id) {
    Offer o = cariste_offer(id);
    o.occupation = few[pick(few.size())];
    o.core.clear();
    o.optional.clear();
    for (const auto& link : t.skills_of(o.occupation)) {
      (link.core ? o.core : o.optional).push_back({link.skill, t.skills()[link.skill].specificity});
    }
    o.licences = pick(3) == 0 ? kLicenceB : 0;
    o.languages = {{kFr, static_cast<std::uint8_t>(1 + pick(4)), pick(2) == 0}};
    o.lat = 50.5f + static_cast<float>(pick(20)) / 100.0f;
    engine.upsert(o);
    offers.push_back(o);
  }
  EXPECT_EQ(engine.profile_count(), people.size());
  for (std::size_t k : {1u, 5u, 20u}) {
    for (const auto& o : offers) {
      std::vector<Match> ref;
      for (const auto& [id, p] : people) {
        const auto e = engine.evaluate(p, o);
        if (!e.failed) ref.push_back({id, e.score});
      }
      std::sort(ref.begin(), ref.end(), [](const Match& a, const Match& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
      });
      if (ref.size() > k) ref.resize(k);
      const auto got = engine.profiles_for(o.id, k);
      ASSERT_EQ(got.size(), ref.size()) << "offer " << o.id << " k " << k;
      for (std::size_t i = 0; i < ref.size(); ++i) {
        EXPECT_EQ(got[i].id, ref[i].id) << "offer " << o.id << " k " << k << " rank " << i;
        EXPECT_EQ(got[i].score, ref[i].score);
      }
    }
    for (Id id = 1; id <= 3000; id += 97) {
      if (!people.count(id)) continue;
      std::vector<Match> ref;
      for (const auto& o : offers) {
        const auto e = engine.evaluate(people[id], o);
        if (!e.failed) ref.push_back({o.id, e.score});
      }
      std::sort(ref.begin(), ref.end(), [](const Match& a, const Match& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
      });
      if (ref.size() > k) ref.resize(k);
      const auto got = engine.offers_for(id, k);
      ASSERT_EQ(got.size(), ref.size()) << "person " << id;
      for (std::size_t i = 0; i < ref.size(); ++i) EXPECT_EQ(got[i].id, ref[i].id);
    }
  }
}

// The reference: every pair evaluated, the k best by score then id.
template <typename Pairs>
std::vector<Match> reference(const Pairs& pairs, std::size_t k) {
  std::vector<Match> ref;
  for (const auto& [id, e] : pairs) {
    if (!e.failed) ref.push_back({id, e.score});
  }
  std::sort(ref.begin(), ref.end(), [](const Match& a, const Match& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  if (ref.size() > k) ref.resize(k);
  return ref;
}

void expect_same(const std::vector<Match>& got, const std::vector<Match>& ref,
                 const std::string& what) {
  ASSERT_EQ(got.size(), ref.size()) << what;
  for (std::size_t i = 0; i < ref.size(); ++i) {
    EXPECT_EQ(got[i].id, ref[i].id) << what << " rank " << i;
    EXPECT_EQ(got[i].score, ref[i].score) << what << " rank " << i;
  }
}

// People and offers at eight communes 5 to 60 km apart, short and long commutes, every hard
// filter in play, and heavy churn on both sides: the per-place groups and keys of the people
// (sorted part and tail, compactions), the offer keys and their lists by place (swap-removes),
// and both orders of the person -> offers scan must all give the reference's top k.
TEST(TopK, PlaceGroupsKeysAndPlaceOrderEqualTheReference) {
  const auto& t = starter();
  std::mt19937 rng(11);
  auto pick = [&](std::size_t n) { return static_cast<std::uint32_t>(rng() % n); };
  const std::pair<float, float> communes[] = {
      {50.6326f, 5.5797f}, {50.6500f, 5.6500f}, {50.5800f, 5.5000f}, {50.7000f, 5.4000f},
      {50.4800f, 5.9000f}, {50.3000f, 5.4000f}, {50.4000f, 6.1000f}, {50.7500f, 5.9500f}};
  std::vector<OccupationId> few;
  for (int i = 0; i < 5; ++i) few.push_back(pick(t.occupations().size()));
  const std::uint8_t contracts[] = {0xFF, kPermanent | kFixedTerm, kInterim};
  auto random_person = [&](Id id) {
    Profile p;
    p.id = id;
    p.targets = {few[pick(few.size())]};
    if (pick(2) == 0)
      p.past = {pick(3) == 0 ? few[pick(few.size())] : pick(t.occupations().size())};
    if (pick(20) == 0) p.past.push_back(pick(t.occupations().size()));
    if (pick(30) == 0) p.targets.clear();  // past only, or nothing at all
    const OccupationId skills_of = p.targets.empty() ? few[0] : p.targets[0];
    for (const auto& link : t.skills_of(skills_of)) {
      if (pick(100) < 60) p.skills.push_back({link.skill, Provenance::kDeclared});
    }
    p.languages = {{kFr, static_cast<std::uint8_t>(pick(7))}};
    if (pick(3) == 0)
      p.languages.push_back({language_code('n', 'l'), static_cast<std::uint8_t>(1 + pick(5))});
    const int access = static_cast<int>(pick(20));
    p.access = access == 0 ? Access::kNone : access == 1 ? Access::kLimited : Access::kUnlimited;
    p.limited_employer = 1 + pick(3);
    p.limited_occupation = few[pick(few.size())];
    const auto& [lat, lon] = communes[pick(8)];
    p.lat = lat;
    p.lon = lon;
    p.max_km = static_cast<std::uint16_t>(pick(4) == 0 ? 3 + pick(12) : 5 + pick(45));
    p.licences = pick(2) ? kLicenceB : 0;
    if (pick(4) == 0) p.excluded = kNight;
    p.part_time_only = pick(8) == 0;
    p.contracts = contracts[pick(3)];
    if (pick(3) == 0) p.recognised = {few[pick(few.size())]};
    return p;
  };
  auto random_offer = [&](Id id) {
    Offer o;
    o.id = id;
    o.occupation = pick(12) == 0 ? static_cast<OccupationId>(t.occupations().size() + 3)
                                 : few[pick(few.size())];
    if (o.occupation < t.occupations().size()) {
      for (const auto& link : t.skills_of(o.occupation)) {
        if (pick(100) < 80)
          (link.core ? o.core : o.optional)
              .push_back({link.skill, t.skills()[link.skill].specificity});
      }
    }
    o.languages = {{kFr, static_cast<std::uint8_t>(1 + pick(5)), pick(2) == 0}};
    if (pick(4) == 0) o.languages.push_back({language_code('n', 'l'), 2, pick(2) == 0});
    if (pick(8) == 0) {  // more than two of a kind, or a code that is not one
      o.languages.push_back({language_code('e', 'n'), 1, false});
      o.languages.push_back({language_code('d', 'e'), 1, false});
      o.languages.push_back({language_code('1', '2'), 1, pick(2) == 0});
    }
    o.licences = pick(3) == 0 ? kLicenceB : 0;
    const auto& [lat, lon] = communes[pick(8)];
    o.lat = lat;
    o.lon = lon;
    o.schedule = pick(4) == 0 ? kNight : 0;
    o.contract = pick(10) == 0 ? static_cast<std::uint8_t>(kPermanent | kInterim)
                               : static_cast<std::uint8_t>(1u << pick(4));
    o.part_time = pick(4) == 0;
    o.regulated = pick(6) == 0;
    o.employer = 1 + pick(3);
    return o;
  };
  Engine engine(starter());
  std::map<Id, Profile> people;
  std::map<Id, Offer> offers;
  for (Id id = 1; id <= 4000; ++id) engine.upsert(people[id] = random_person(id));
  for (Id id = 1; id <= 300; ++id) engine.upsert(offers[id] = random_offer(id));
  for (int i = 0; i < 8000; ++i) {  // churn: replace, remove, add back
    const Id id = 1 + pick(4000);
    if (pick(5) == 0) {
      engine.remove_profile(id);
      people.erase(id);
    } else {
      engine.upsert(people[id] = random_person(id));
    }
    if (i % 20 == 0) {
      const Id offer = 1 + pick(300);
      if (pick(3) == 0) {
        engine.remove_offer(offer);
        offers.erase(offer);
      } else {
        engine.upsert(offers[offer] = random_offer(offer));
      }
    }
  }
  ASSERT_EQ(engine.profile_count(), people.size());
  ASSERT_EQ(engine.offer_count(), offers.size());
  for (std::size_t k : {1u, 5u, 50u}) {
    for (const auto& [offer_id, o] : offers) {
      if (offer_id % 3 != k % 3) continue;
      std::vector<std::pair<Id, Explanation>> pairs;
      for (const auto& [id, p] : people) pairs.emplace_back(id, engine.evaluate(p, o));
      expect_same(engine.profiles_for(offer_id, k), reference(pairs, k),
                  "offer " + std::to_string(offer_id) + " k " + std::to_string(k));
    }
    for (const auto& [person_id, p] : people) {
      if (person_id % 23 != k % 23) continue;
      std::vector<std::pair<Id, Explanation>> pairs;
      for (const auto& [id, o] : offers) pairs.emplace_back(id, engine.evaluate(p, o));
      expect_same(engine.offers_for(person_id, k), reference(pairs, k),
                  "person " + std::to_string(person_id) + " k " + std::to_string(k));
    }
  }
}

// Many offers per occupation (several 64-offer words of filter bitmaps, swap-removes across
// words), every value of the filters the bitmaps group (licences B and others, each schedule,
// single and combined contracts, part time, regulated with and without the diploma, mandatory
// French from 0 to 9), and language requirements that come and go: the bitmaps and the bucket
// bound from the best language requirement must never drop an offer of the reference's top k.
TEST(TopK, OfferBitmapsAndLanguageBoundsEqualTheReference) {
  const auto& t = starter();
  std::mt19937 rng(23);
  auto pick = [&](std::size_t n) { return static_cast<std::uint32_t>(rng() % n); };
  const std::pair<float, float> communes[] = {{50.6326f, 5.5797f}, {50.6500f, 5.6500f},
                                              {50.5800f, 5.5000f}, {50.4800f, 5.9000f},
                                              {50.3000f, 5.4000f}, {50.7500f, 5.9500f}};
  std::vector<OccupationId> few;
  for (int i = 0; i < 3; ++i) few.push_back(pick(t.occupations().size()));
  const std::uint16_t licences[] = {0,          kLicenceB,
                                    kLicenceC,  kLicenceB | kLicenceCE,
                                    kLicenceAM, kLicenceB | kLicenceC | kLicenceCE | kLicenceD};
  const std::uint16_t languages[] = {kFr, language_code('n', 'l'), language_code('e', 'n')};
  auto random_person = [&](Id id) {
    Profile p;
    p.id = id;
    p.targets = {few[pick(few.size())]};
    if (pick(3) == 0) p.past = {pick(t.occupations().size())};
    for (const auto& link : t.skills_of(p.targets[0])) {
      if (pick(100) < 50) p.skills.push_back({link.skill, Provenance::kDeclared});
    }
    p.languages = {{kFr, static_cast<std::uint8_t>(pick(8))}};
    if (pick(3) == 0)
      p.languages.push_back({languages[1 + pick(2)], static_cast<std::uint8_t>(pick(7))});
    p.access = pick(15) == 0 ? Access::kLimited : Access::kUnlimited;
    p.limited_employer = 1 + pick(3);
    p.limited_occupation = few[pick(few.size())];
    const auto& [lat, lon] = communes[pick(6)];
    p.lat = lat;
    p.lon = lon;
    p.max_km = static_cast<std::uint16_t>(pick(3) == 0 ? 2 + pick(10) : 10 + pick(60));
    p.licences = licences[pick(6)];
    p.excluded = static_cast<std::uint8_t>(pick(3) == 0 ? pick(16) : 0);
    p.part_time_only = pick(6) == 0;
    p.contracts = static_cast<std::uint8_t>(pick(3) == 0 ? pick(256) : 0xFF);
    if (pick(2) == 0) p.recognised = {few[pick(few.size())]};
    return p;
  };
  auto random_offer = [&](Id id) {
    Offer o;
    o.id = id;
    o.occupation = pick(20) == 0 ? static_cast<OccupationId>(t.occupations().size() + 1)
                                 : few[pick(few.size())];
    if (o.occupation < t.occupations().size()) {
      for (const auto& link : t.skills_of(o.occupation)) {
        if (pick(100) < 70)
          (link.core ? o.core : o.optional)
              .push_back({link.skill, t.skills()[link.skill].specificity});
      }
    }
    const int kinds = static_cast<int>(pick(4));
    for (int i = 0; i < kinds; ++i) {
      o.languages.push_back(
          {languages[pick(3)], static_cast<std::uint8_t>(pick(10)), pick(2) == 0});
    }
    if (pick(30) == 0) o.languages.push_back({language_code('7', 'x'), 1, pick(2) == 0});
    o.licences = licences[pick(6)];
    const auto& [lat, lon] = communes[pick(6)];
    o.lat = lat;
    o.lon = lon;
    o.schedule = static_cast<std::uint8_t>(pick(2) == 0 ? pick(16) : 0);
    o.contract = pick(8) == 0 ? static_cast<std::uint8_t>(pick(256))
                              : static_cast<std::uint8_t>(1u << pick(6));
    o.part_time = pick(3) == 0;
    o.regulated = pick(5) == 0;
    o.employer = 1 + pick(3);
    return o;
  };
  Engine engine(starter());
  std::map<Id, Profile> people;
  std::map<Id, Offer> offers;
  for (Id id = 1; id <= 1500; ++id) engine.upsert(people[id] = random_person(id));
  for (Id id = 1; id <= 700; ++id) engine.upsert(offers[id] = random_offer(id));
  for (int i = 0; i < 1500; ++i) {  // offers replaced, removed and added back, in every word
    const Id offer = 1 + pick(700);
    if (pick(3) == 0) {
      engine.remove_offer(offer);
      offers.erase(offer);
    } else {
      engine.upsert(offers[offer] = random_offer(offer));
    }
  }
  ASSERT_EQ(engine.offer_count(), offers.size());
  for (std::size_t k : {1u, 5u, 50u}) {
    for (const auto& [person_id, p] : people) {
      if (person_id % 7 != k % 7) continue;
      std::vector<std::pair<Id, Explanation>> pairs;
      for (const auto& [id, o] : offers) pairs.emplace_back(id, engine.evaluate(p, o));
      expect_same(engine.offers_for(person_id, k), reference(pairs, k),
                  "person " + std::to_string(person_id) + " k " + std::to_string(k));
    }
    for (const auto& [offer_id, o] : offers) {
      if (offer_id % 29 != k % 29) continue;
      std::vector<std::pair<Id, Explanation>> pairs;
      for (const auto& [id, p] : people) pairs.emplace_back(id, engine.evaluate(p, o));
      expect_same(engine.profiles_for(offer_id, k), reference(pairs, k),
                  "offer " + std::to_string(offer_id) + " k " + std::to_string(k));
    }
  }
}

// The inline rounding of the distance points is std::lround, ties and near-ties included.
TEST(Scoring, RoundPointsIsLround) {
  std::mt19937 rng(3);
  std::vector<float> xs = {0.0f,
                           0.5f,
                           1.5f,
                           2.5f,
                           99999.5f,
                           100000.0f,
                           8388607.5f,
                           8388608.0f,
                           1e9f,
                           -0.5f,
                           -2.5f,
                           std::nextafter(0.5f, 0.0f),
                           std::nextafter(0.5f, 1.0f),
                           std::nextafter(2.5f, 0.0f)};
  for (int i = 0; i < 200000; ++i) {
    const float x = std::uniform_real_distribution<float>(0.0f, 100000.0f)(rng);
    xs.push_back(x);
    xs.push_back(std::floor(x) + 0.5f);
    xs.push_back(std::nextafter(std::floor(x) + 0.5f, 0.0f));
  }
  for (float x : xs)
    ASSERT_EQ(detail::round_points(x), static_cast<std::int32_t>(std::lround(x))) << x;
}

// An offer whose top k is full of people tied at the k-th score, and a bucket of people of an
// unrelated occupation sharing one light skill with the offer: only those of them who also held
// the offer's occupation, among several (Key::kManyOccupations), can tie and win on their smaller
// ids. The bucket is then read through its occupation index alone, which must include them.
TEST(TopK, HotOccupationIndexReadsPeopleWithSeveralOccupations) {
  const auto& t = starter();
  Engine engine(starter());
  // The offer's occupation: three core skills under three different macro-skills (or none).
  OccupationId offer_occupation = 0;
  std::vector<SkillId> skills;
  for (OccupationId o = 0; o < t.occupations().size() && skills.size() < 3; ++o) {
    skills.clear();
    std::vector<std::string> macros;
    for (const auto& link : t.skills_of(o)) {
      const std::string& macro = t.skills()[link.skill].macro;
      if (!link.core || (!macro.empty() && std::count(macros.begin(), macros.end(), macro) > 0))
        continue;
      macros.push_back(macro);
      skills.push_back(link.skill);
      if (skills.size() == 3) break;
    }
    offer_occupation = o;
  }
  ASSERT_EQ(skills.size(), 3u);
  // Two occupations unrelated to the offer's.
  OccupationId unrelated = 0, other = 0;
  for (OccupationId o = 0; o < t.occupations().size(); ++o) {
    if (o == offer_occupation || engine.occupation_similarity(o, offer_occupation) > 0.3f) continue;
    if (unrelated == 0)
      unrelated = o;
    else if (other == 0)
      other = o;
  }
  ASSERT_NE(unrelated, other);
  Offer offer = cariste_offer(1);
  offer.occupation = offer_occupation;
  offer.core = {{skills[0], 100.0f}, {skills[1], 1.0f}, {skills[2], 0.01f}};
  offer.optional.clear();
  offer.languages.clear();
  offer.licences = 0;
  offer.regulated = false;
  engine.upsert(offer);
  auto person = [&](Id id, OccupationId target, std::vector<OccupationId> past,
                    std::vector<SkillId> held) {
    Profile p = cariste_person(id);
    p.targets = {target};
    p.past = std::move(past);
    p.skills.clear();
    for (SkillId skill : held) p.skills.push_back({skill, Provenance::kDeclared});
    p.max_km = 50;
    return p;
  };
  std::map<Id, Profile> people;
  // Ids 1-5: the unrelated occupation, the offer's and another one held before.
  for (Id id = 1; id <= 5; ++id)
    people[id] = person(id, unrelated, {offer_occupation, other}, {skills[1]});
  for (Id id = 100; id < 160; ++id)  // the offer's occupation, the same light skill
    people[id] = person(id, offer_occupation, {}, {skills[1]});
  people[170] = person(170, offer_occupation, {}, {skills[1], skills[2]});
  people[170].lat += 0.27f;  // about 30 km away: the bucket's bound rises, not its best score
  for (Id id = 200; id < 260; ++id) people[id] = person(id, unrelated, {}, {skills[1]});
  for (Id id = 300; id < 600; ++id)  // enough people to compact the bucket (the sorted part)
    people[id] = person(id, unrelated, {}, {skills[1]});
  for (const auto& [id, p] : people) engine.upsert(p);
  for (std::size_t k : {5u, 20u, 50u}) {
    std::vector<std::pair<Id, Explanation>> pairs;
    for (const auto& [id, p] : people) pairs.emplace_back(id, engine.evaluate(p, offer));
    const auto ref = reference(pairs, k);
    ASSERT_EQ(ref.front().id, 1u);  // the people with several occupations lead the reference
    expect_same(engine.profiles_for(1, k), ref, "k " + std::to_string(k));
  }
}

}  // namespace
}  // namespace primowork::matching
