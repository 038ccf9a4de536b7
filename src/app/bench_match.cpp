// `primowork bench match`: a reproducible synthetic pool of people and offers drawn from the real
// ROME data (../shared/data) and the communes of the province of Liège weighted by population,
// then timed top-k queries both ways, checked against a brute-force reference.
// Prints one JSON line. Without the shared data it draws from the starter taxonomy around Liège.
// With --postgresql URL, the same offer -> top-50 ranking in SQL too (bench_match_pg.h).
#include <time.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "app/bench_match_pg.h"
#include "app/user_commands.h"
#include "matching/engine.h"
#include "occupations/catalogue.h"
#include "platform/csv.h"
#include "taxonomy/import.h"

namespace primowork::app {
namespace {

using namespace matching;

struct Commune {
  float lat, lon;
  double population;
};

// Communes of the province of Liège with their population and coordinates (Statbel x GeoNames).
std::vector<Commune> liege_communes(const std::string& data) {
  std::map<std::string, std::pair<float, float>> by_zip;
  {
    std::ifstream in(data + "/geonames-postal-be/BE.txt");
    csv::Reader reader(in, "BE.txt", '\t');
    std::vector<std::string> row;
    while (reader.next(row)) {
      if (row.size() > 10)
        by_zip.emplace(row[1], std::make_pair(std::stof(row[9]), std::stof(row[10])));
    }
  }
  std::vector<Commune> out;
  std::ifstream in(data + "/be-municipalities-statbel/belgian_municipalities_2020.csv");
  csv::Reader reader(in, "municipalities.csv");
  std::vector<std::string> row;
  reader.next(row);  // header
  while (reader.next(row)) {
    if (row.size() < 11 || row[6] != "Liège") continue;
    auto it = by_zip.find(row[10]);
    if (it == by_zip.end()) continue;
    out.push_back({it->second.first, it->second.second, std::stod(row[9])});
  }
  if (out.empty()) out.push_back({50.6326f, 5.5797f, 1});  // Liège, when the data is absent
  return out;
}

struct Generator {
  const taxonomy::Taxonomy& t;
  std::vector<Commune> communes;
  std::mt19937_64 rng;
  std::discrete_distribution<std::size_t> commune_pick;

  Generator(const taxonomy::Taxonomy& taxonomy, std::vector<Commune> c, std::uint64_t seed)
      : t(taxonomy), communes(std::move(c)), rng(seed) {
    std::vector<double> weights;
    for (const auto& commune : communes) weights.push_back(commune.population);
    commune_pick = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }
  bool coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
  std::uint32_t pick(std::size_t n) { return static_cast<std::uint32_t>(rng() % n); }
  std::uint8_t cefr() {  // French of newcomers: A1 10%, A2 20%, B1 30%, B2 25%, C1 10%, C2 5%
    static const std::discrete_distribution<int> d({10, 20, 30, 25, 10, 5});
    auto copy = d;
    return static_cast<std::uint8_t>(1 + copy(rng));
  }
  // People and offers are placed at their commune (the person file keeps the commune, not the
  // street address).
  void place(float& lat, float& lon) {
    const Commune& c = communes[commune_pick(rng)];
    lat = c.lat;
    lon = c.lon;
  }

  Profile profile(Id id) {
    Profile p;
    p.id = id;
    const OccupationId target = pick(t.occupations().size());
    p.targets = {target};
    if (coin(0.5)) p.past = {pick(t.occupations().size())};
    const double share = 0.6 + 0.3 * std::uniform_real_distribution<double>(0, 1)(rng);
    for (const auto& link : t.skills_of(target)) {
      if (coin(link.core ? share : 0.15)) p.skills.push_back({link.skill, Provenance::kDeclared});
    }
    p.languages = {{language_code('f', 'r'), cefr()}};
    if (coin(0.2))
      p.languages.push_back({language_code('n', 'l'), static_cast<std::uint8_t>(1 + pick(3))});
    if (coin(0.4))
      p.languages.push_back({language_code('e', 'n'), static_cast<std::uint8_t>(1 + pick(5))});
    p.licences = coin(0.5) ? kLicenceB : 0;
    if (coin(0.05)) p.licences |= kLicenceC | kLicenceCE;
    p.access = coin(0.85) ? Access::kUnlimited : coin(0.66) ? Access::kLimited : Access::kNone;
    p.limited_employer = 1 + pick(2000);
    p.limited_occupation = target;
    place(p.lat, p.lon);
    p.max_km = static_cast<std::uint16_t>(10 + pick(40));
    if (coin(0.2)) p.excluded |= kNight;
    if (coin(0.1)) p.excluded |= kWeekend;
    p.part_time_only = coin(0.1);
    p.contracts = coin(0.8) ? 0xFF : (kPermanent | kFixedTerm);
    if (t.occupations()[target].regulated && coin(0.3)) p.recognised = {target};
    return p;
  }

  Offer offer(Id id) {
    Offer o;
    o.id = id;
    o.occupation = pick(t.occupations().size());
    for (const auto& link : t.skills_of(o.occupation)) {
      if (link.core)
        o.core.push_back({link.skill, t.skills()[link.skill].specificity});
      else if (coin(0.3))
        o.optional.push_back({link.skill, t.skills()[link.skill].specificity});
    }
    o.languages = {{language_code('f', 'r'), static_cast<std::uint8_t>(2 + pick(3)), coin(0.6)}};
    if (coin(0.15)) o.languages.push_back({language_code('n', 'l'), 2, false});
    o.licences = coin(0.25) ? kLicenceB : 0;
    place(o.lat, o.lon);
    if (coin(0.15)) o.schedule |= kNight;
    if (coin(0.3)) o.schedule |= kWeekend;
    o.contract = static_cast<std::uint8_t>(1u << pick(4));
    o.part_time = coin(0.2);
    o.regulated = t.occupations()[o.occupation].regulated;
    o.employer = 1 + pick(2000);
    return o;
  }
};

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

nlohmann::json percentiles(const std::vector<double>& v) {
  return {{"p50", percentile(v, 0.5)},
          {"p90", percentile(v, 0.9)},
          {"p99", percentile(v, 0.99)},
          {"max", percentile(v, 1.0)}};
}

// CPU time of the calling thread in microseconds: unlike wall time, it does not count the time
// the thread waits for a core that other jobs hold (the machine is shared).
double thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

nlohmann::json load_average() {
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) != 3) return nullptr;
  return {load[0], load[1], load[2]};
}

// The k best of `pairs` (id, explanation) that pass every filter, by score then id.
template <typename Pairs>
std::vector<Match> reference_top(const Pairs& pairs, std::size_t k) {
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

bool same(const std::vector<Match>& got, const std::vector<Match>& ref) {
  if (got.size() != ref.size()) return false;
  for (std::size_t i = 0; i < ref.size(); ++i) {
    if (got[i].id != ref[i].id || got[i].score != ref[i].score) return false;
  }
  return true;
}

}  // namespace

int run_bench(const CommandLine& cl, const Console& console) {
  const std::string what = cl.args.empty() ? "" : cl.args[0];
  if (what != "match") {
    std::cerr << console.tr("Commande inconnue : ") << "bench " << what << "\n";
    return 2;
  }
  std::map<std::string, std::string> opt = {
      {"profiles", "10000"},
      {"offers", "1000"},
      {"queries", "100"},
      {"seed", "1"},
      {"postgresql", ""},  // libpq URL: also run the ranking in SQL (bench_match_pg.h)
      {"pg-queries", ""},  // how many of the timed offers to run there (default: all)
      {"pg-dump", ""},     // folder for the SQL of the first offer, parameters written in
      {"data", std::string(PRIMOWORK_SHARE_DIR) + "/../shared/data"}};
  for (std::size_t i = 1; i + 1 < cl.args.size(); i += 2) {
    const std::string key = cl.args[i].rfind("--", 0) == 0 ? cl.args[i].substr(2) : "";
    if (!opt.count(key)) {
      std::cerr << console.tr("Option non reconnue : ") << cl.args[i] << "\n";
      return 2;
    }
    opt[key] = cl.args[i + 1];
  }
  const auto n_profiles = std::stoul(opt["profiles"]);
  const auto n_offers = std::stoul(opt["offers"]);
  const auto n_queries = std::stoul(opt["queries"]);
  const std::string data = opt["data"];

  taxonomy::ImportReport report;
  std::optional<taxonomy::Taxonomy> t;
  std::string source = "ROME 4.0 (shared data)";
  if (std::filesystem::exists(data + "/rome-4.0-v460")) {
    auto imported =
        taxonomy::import_rome(occupations::open_folder(data + "/rome-4.0-v460"), report);
    if (imported) t = std::move(imported.value());
  }
  if (!t) {
    source = "starter taxonomy";
    std::ifstream in(std::string(PRIMOWORK_SHARE_DIR) + "/data/taxonomy/starter-rome.json");
    std::stringstream buf;
    buf << in.rdbuf();
    auto parsed = taxonomy::from_json(buf.str());
    if (!parsed) {
      std::cerr << parsed.error().detail << "\n";
      return 1;
    }
    t = std::move(parsed.value());
  }
  Generator gen(*t, liege_communes(data), std::stoull(opt["seed"]));
  std::vector<Profile> profiles;
  std::vector<Offer> offers;
  profiles.reserve(n_profiles);
  for (std::size_t i = 0; i < n_profiles; ++i)
    profiles.push_back(gen.profile(static_cast<Id>(i + 1)));
  for (std::size_t i = 0; i < n_offers; ++i) offers.push_back(gen.offer(static_cast<Id>(i + 1)));

  using clock = std::chrono::steady_clock;
  const auto build_start = clock::now();
  Engine engine(*t);
  const double similarity_s = std::chrono::duration<double>(clock::now() - build_start).count();
  const auto index_start = clock::now();
  const double index_cpu_start = thread_cpu_us();
  for (const auto& p : profiles) engine.upsert(p);
  for (const auto& o : offers) engine.upsert(o);
  const double index_s = std::chrono::duration<double>(clock::now() - index_start).count();
  const double index_cpu_s = (thread_cpu_us() - index_cpu_start) / 1e6;

  std::vector<double> offer_us, profile_us, offer_cpu_us, profile_cpu_us;
  std::vector<const Offer*> timed_offers;
  bool equal = true;
  constexpr std::size_t kChecked = 20;
  std::vector<std::vector<Match>> checked_offers, checked_profiles;
  std::vector<const Profile*> checked_people;
  {  // warm-up: 20 untimed queries each way, drawn apart from the timed ones
    std::mt19937_64 warm(std::stoull(opt["seed"]) * 31 + 8);
    for (int q = 0; q < 20; ++q) {
      (void)engine.profiles_for(offers[warm() % offers.size()].id, 50);
      (void)engine.offers_for(profiles[warm() % profiles.size()].id, 50);
    }
  }
  const nlohmann::json load_before = load_average();
  std::mt19937_64 rng(std::stoull(opt["seed"]) * 31 + 7);
  for (std::size_t q = 0; q < n_queries; ++q) {
    const Offer& o = offers[rng() % offers.size()];
    timed_offers.push_back(&o);
    auto start = clock::now();
    double cpu = thread_cpu_us();
    const auto top = engine.profiles_for(o.id, 50);
    offer_cpu_us.push_back(thread_cpu_us() - cpu);
    offer_us.push_back(std::chrono::duration<double, std::micro>(clock::now() - start).count());
    const Profile& p = profiles[rng() % profiles.size()];
    start = clock::now();
    cpu = thread_cpu_us();
    const auto top_offers = engine.offers_for(p.id, 50);
    profile_cpu_us.push_back(thread_cpu_us() - cpu);
    profile_us.push_back(std::chrono::duration<double, std::micro>(clock::now() - start).count());
    if (q < kChecked) {
      checked_offers.push_back(top);
      checked_people.push_back(&p);
      checked_profiles.push_back(top_offers);
    }
  }
  const nlohmann::json load_after = load_average();
  // The brute-force reference (ids and scores) for the first queries, both ways, after the timed
  // loop so that its scans of the whole pool do not evict the index between timed queries.
  for (std::size_t q = 0; q < checked_offers.size(); ++q) {
    std::vector<std::pair<Id, Explanation>> pairs;
    pairs.reserve(profiles.size());
    for (const auto& candidate : profiles)
      pairs.emplace_back(candidate.id, engine.evaluate(candidate, *timed_offers[q]));
    equal = equal && same(checked_offers[q], reference_top(pairs, 50));
    pairs.clear();
    for (const auto& candidate : offers)
      pairs.emplace_back(candidate.id, engine.evaluate(*checked_people[q], candidate));
    equal = equal && same(checked_profiles[q], reference_top(pairs, 50));
  }
  nlohmann::json out = {
      {"taxonomy", source},
      {"occupations", t->occupations().size()},
      {"profiles", n_profiles},
      {"offers", n_offers},
      {"queries", n_queries},
      {"seed", std::stoull(opt["seed"])},
      {"offer_to_profiles_top50_us", percentiles(offer_us)},
      {"profile_to_offers_top50_us", percentiles(profile_us)},
      // The same queries in CPU time of the querying thread (preemptions excluded).
      {"offer_to_profiles_top50_cpu_us", percentiles(offer_cpu_us)},
      {"profile_to_offers_top50_cpu_us", percentiles(profile_cpu_us)},
      {"load_average_before", load_before},
      {"load_average_after", load_after},
      {"similarity_matrix_s", similarity_s},
      {"index_build_s", index_s},
      {"index_build_cpu_s", index_cpu_s},
      {"bytes_per_profile", n_profiles ? engine.profile_bytes() / n_profiles : 0},
      {"equal_to_brute_force", equal},
      {"brute_force_checked_queries_each_way", checked_offers.size()},
  };
  if (!opt["postgresql"].empty()) {
    const std::size_t n = std::min<std::size_t>(
        timed_offers.size(), opt["pg-queries"].empty() ? n_queries : std::stoul(opt["pg-queries"]));
    PgBenchInput in{
        .taxonomy = *t,
        .engine = engine,
        .profiles = profiles,
        .offers = {timed_offers.begin(), timed_offers.begin() + static_cast<std::ptrdiff_t>(n)},
        .engine_us = {offer_us.begin(), offer_us.begin() + static_cast<std::ptrdiff_t>(n)},
        .url = opt["postgresql"],
        .sql_dir = std::string(PRIMOWORK_SHARE_DIR) + "/bench/postgresql",
        .dump_dir = opt["pg-dump"]};
    try {
      out["postgresql"] = bench_postgresql(in);
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      return 1;
    }
  }
  std::cout << out.dump() << std::endl;
  return 0;
}

}  // namespace primowork::app
