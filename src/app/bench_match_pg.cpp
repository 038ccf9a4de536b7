#include "app/bench_match_pg.h"

#include <libpq-fe.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

#include "matching/occupation_fit.h"
#include "matching/profile_record.h"
#include "matching/scoring.h"

namespace primowork::app {
namespace {

using namespace matching;
using Clock = std::chrono::steady_clock;
constexpr std::uint16_t kNoMacro = 0xFFFF;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// --- libpq ----------------------------------------------------------------------------------

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;
struct ConnectionFree {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using Connection = std::unique_ptr<PGconn, ConnectionFree>;

[[noreturn]] void fail(PGconn* c, const std::string& sql) {
  throw std::runtime_error("PostgreSQL: " + std::string(PQerrorMessage(c)) +
                           "statement: " + sql.substr(0, 300));
}

Result exec(PGconn* c, const std::string& sql) {
  Result r(PQexec(c, sql.c_str()));
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(c, sql);
  return r;
}

std::string scalar(PGconn* c, const std::string& sql) {
  const Result r = exec(c, sql);
  return PQntuples(r.get()) > 0 ? PQgetvalue(r.get(), 0, 0) : "";
}

// COPY ... FROM STDIN in text format, sent in blocks of about 1 MB.
class Copy {
 public:
  Copy(PGconn* c, const std::string& table) : c_(c) {
    const std::string sql = "COPY " + table + " FROM STDIN";
    Result r(PQexec(c, sql.c_str()));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN) fail(c, sql);
  }
  std::string& buffer() { return buf_; }
  void end_row() {
    buf_ += '\n';
    ++rows_;
    if (buf_.size() > (1u << 20)) flush();
  }
  std::size_t finish() {
    flush();
    if (PQputCopyEnd(c_, nullptr) != 1) fail(c_, "COPY end");
    while (Result r{PQgetResult(c_)}) {
      if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) fail(c_, "COPY");
    }
    return rows_;
  }

 private:
  void flush() {
    if (!buf_.empty() && PQputCopyData(c_, buf_.data(), static_cast<int>(buf_.size())) != 1)
      fail(c_, "COPY data");
    buf_.clear();
  }
  PGconn* c_;
  std::string buf_;
  std::size_t rows_ = 0;
};

// --- text -----------------------------------------------------------------------------------

std::string number(float v) {
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;  // shortest, round-trips
  return std::string(buf, end);
}

template <typename List>
std::string array_text(const List& list) {
  std::string out = "{";
  bool first = true;
  for (const auto& v : list) {
    if (!first) out += ',';
    first = false;
    if constexpr (std::is_floating_point_v<std::decay_t<decltype(v)>>)
      out += number(v);
    else
      out += std::to_string(v);
  }
  return out + '}';
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// The text without its comment lines (they name the placeholders).
std::string without_comments(const std::string& text) {
  std::string out, line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 2, "--") != 0) out += line + '\n';
  }
  return out;
}

// The statements of a file, split at ';' ending a line; comment lines dropped.
std::vector<std::string> statements(const std::string& text) {
  std::vector<std::string> out;
  std::string current, line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.compare(first, 2, "--") == 0) continue;
    current += line + '\n';
    const auto last = line.find_last_not_of(" \t");
    if (line[last] == ';') {
      out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \t\n") != std::string::npos) out.push_back(current);
  return out;
}

// --- what the engine computes ---------------------------------------------------------------

// The engine's skill -> macro-skill index (Engine::skill_macro_, engine.cpp macros_of): macro
// codes numbered in order of first appearance.
std::vector<std::uint16_t> skill_macros(const taxonomy::Taxonomy& t) {
  std::unordered_map<std::string, std::uint16_t> index;
  std::vector<std::uint16_t> out(t.skills().size(), kNoMacro);
  for (std::size_t s = 0; s < t.skills().size(); ++s) {
    const std::string& macro = t.skills()[s].macro;
    if (macro.empty()) continue;
    out[s] = index.try_emplace(macro, static_cast<std::uint16_t>(index.size())).first->second;
  }
  return out;
}

std::uint64_t place_key(float lat, float lon) {
  return (static_cast<std::uint64_t>(std::bit_cast<std::uint32_t>(lat)) << 32) |
         std::bit_cast<std::uint32_t>(lon);
}

std::string language_column(std::uint16_t key) {
  return std::string("lang_") + static_cast<char>('a' + (key >> 5) - 1) +
         static_cast<char>('a' + (key & 31) - 1);
}

// What the load learnt about the pool and the queries need.
struct Pool {
  std::vector<std::pair<float, float>> places;
  std::unordered_map<std::uint64_t, std::uint16_t> place_index;
  std::set<std::uint16_t> languages;  // language keys, one column each
  std::size_t max_occupations = 0;    // longest targets + past list
};

// One offer's parameters and SQL fragments (bench/postgresql/README.md).
struct OfferQuery {
  Id id = 0;
  std::string params[6];  // $1 occupation points, $2 km, $3/$4 skills/gains, $5/$6 macros/gains
  std::string filters, others, skill_sum;
  std::set<std::uint16_t> skills, macros;
};

std::string level_of(const Pool& pool, std::uint16_t key) {
  return key != 0 && pool.languages.count(key) ? "c." + language_column(key) : "0";
}

OfferQuery offer_query(const Offer& o, const detail::Scale& scale, const OccupationFit& fit,
                       const std::vector<std::uint16_t>& macro_of, const Pool& pool) {
  OfferQuery q;
  q.id = o.id;
  const detail::CompiledOffer c = detail::compile(o, scale, macro_of, 0);
  // What each skill and macro-skill a person holds earns (Engine::profiles_for).
  std::map<std::uint16_t, std::int64_t> skill_gain, macro_gain;
  for (const auto& e : c.entries) {
    skill_gain[e.skill] += e.full - (e.macro != kNoMacro ? e.half : 0);
    if (e.macro != kNoMacro) macro_gain[e.macro] += e.half;
  }
  std::vector<std::int32_t> occupation(fit.count());
  for (std::size_t t = 0; t < fit.count(); ++t) {
    occupation[t] = static_cast<std::int32_t>(
        std::lround(static_cast<float>(scale.occupation) *
                    fit.similarity(static_cast<OccupationId>(t), o.occupation)));
  }
  std::vector<float> km;
  for (const auto& [lat, lon] : pool.places) km.push_back(distance_km(lat, lon, o.lat, o.lon));
  std::vector<std::int64_t> ids, gains, macro_ids, macro_gains;
  for (const auto& [s, g] : skill_gain) ids.push_back(s), gains.push_back(g), q.skills.insert(s);
  for (const auto& [m, g] : macro_gain)
    macro_ids.push_back(m), macro_gains.push_back(g), q.macros.insert(m);
  q.params[0] = array_text(occupation);
  q.params[1] = array_text(km);
  q.params[2] = array_text(ids);
  q.params[3] = array_text(gains);
  q.params[4] = array_text(macro_ids);
  q.params[5] = array_text(macro_gains);

  const std::string km_expr = "$2[c.place + 1]";
  // Hard filters (scoring.cpp first_failing).
  std::string& f = q.filters;
  f = "(c.access = 2 OR (c.access = 1 AND c.limited_employer = " + std::to_string(o.employer) +
      " AND c.limited_occupation = " + std::to_string(o.occupation) + "))";
  if (o.licences != 0)
    f += "\n    AND (c.licences & " + std::to_string(o.licences) +
         ") = " + std::to_string(o.licences);
  f += "\n    AND " + km_expr + " <= c.max_km::float4";
  if (o.schedule != 0) f += "\n    AND (c.excluded & " + std::to_string(o.schedule) + ") = 0";
  for (const auto& need : c.mandatory) {
    f += need.key == 0
             ? std::string("\n    AND false")
             : "\n    AND " + level_of(pool, need.key) + " >= " + std::to_string(need.level);
  }
  if (o.regulated) {
    f += o.occupation > 0xFFFF
             ? std::string("\n    AND false")
             : "\n    AND " + std::to_string(o.occupation) + " = ANY (c.recognised)";
  }
  f += "\n    AND (c.contracts & " + std::to_string(o.contract) + ") <> 0";
  if (!o.part_time) f += " AND NOT c.part_time_only";

  // Occupation: the best of the person's targets and past occupations.
  std::string occupation_expr = "0";
  if (pool.max_occupations > 0) {
    occupation_expr = "coalesce(greatest(";
    for (std::size_t i = 1; i <= pool.max_occupations; ++i) {
      if (i > 1) occupation_expr += ", ";
      occupation_expr += "$1[c.occupations[" + std::to_string(i) + "] + 1]";
    }
    occupation_expr += "), 0)";
  }
  // Language (scoring.cpp language_points): credit in halves, integer rounding as in C++.
  std::string language_expr = std::to_string(scale.language);
  if (!c.desired.empty()) {
    std::string credit;
    for (const auto& need : c.desired) {
      const std::string have = need.key == 0 ? "0" : level_of(pool, need.key);
      const std::string level = std::to_string(need.level);
      if (!credit.empty()) credit += " + ";
      credit += "CASE WHEN " + have + " >= " + level + " THEN 2 WHEN " + have + " + 1 = " + level +
                " THEN 1 ELSE 0 END";
    }
    const auto halves = static_cast<std::int64_t>(2 * c.desired.size());
    language_expr = "((" + std::to_string(scale.language) + "::bigint * (" + credit + ") + " +
                    std::to_string(halves / 2) + ") / " + std::to_string(halves) + ")::int";
  }
  // Distance (scoring.h distance_points): the same float32 operations, then lround(x) as
  // floor(x + 0.5) in float8 (exact for the non-negative float x).
  const std::string max_km = "c.max_km::float4";
  const std::string half = "(" + max_km + " / 2::float4)";
  const std::string distance_expr =
      "floor((" + std::to_string(scale.distance) + "::float4 * (CASE WHEN " + km_expr +
      " <= " + half +
      " THEN 1::float4 WHEN c.max_km = 0 THEN 0::float4 ELSE greatest(0::float4, (" + max_km +
      " - " + km_expr + ") / " + half + ") END))::float8 + 0.5)::int";
  // Preferences (scoring.cpp preference_points).
  const std::string preference_expr =
      "CASE WHEN (c.contracts & " + std::to_string(o.contract) + ") <> 0 AND " +
      (o.part_time ? std::string("true") : std::string("NOT c.part_time_only")) + " THEN " +
      std::to_string(scale.preferences) + " ELSE " + std::to_string(scale.preferences / 2) + " END";
  q.others = "(" + occupation_expr + "\n    + " + language_expr + "\n    + " + distance_expr +
             "\n    + " + preference_expr + ")";

  // Skills per row: a CASE per offer skill and macro-skill with a gain.
  std::string sum;
  for (const auto& [s, g] : skill_gain) {
    if (g == 0) continue;
    sum += (sum.empty() ? "" : "\n    + ") + std::string("CASE WHEN ") + std::to_string(s) +
           " = ANY (c.skills) THEN " + std::to_string(g) + " ELSE 0 END";
  }
  for (const auto& [m, g] : macro_gain) {
    if (g == 0) continue;
    sum += (sum.empty() ? "" : "\n    + ") + std::string("CASE WHEN ") + std::to_string(m) +
           " = ANY (c.macros) THEN " + std::to_string(g) + " ELSE 0 END";
  }
  q.skill_sum = sum.empty() ? "0" : "(" + sum + ")";
  return q;
}

std::string expand(std::string sql, const OfferQuery& q, std::size_t k,
                   const detail::Scale& scale) {
  replace_all(sql, "{{filters}}", q.filters);
  replace_all(sql, "{{others}}", q.others);
  replace_all(sql, "{{skill_sum}}", q.skill_sum);
  replace_all(sql, "{{k}}", std::to_string(k));
  replace_all(sql, "{{others_max}}", std::to_string(scale.others()));
  replace_all(sql, "{{occupation_max}}", std::to_string(scale.occupation));
  return sql;
}

// The SQL with the parameters written in, for running by hand.
std::string inline_params(std::string sql, const OfferQuery& q) {
  static const char* types[6] = {"int4", "float4", "int4", "int4", "int4", "int4"};
  for (int i = 5; i >= 0; --i) {
    replace_all(sql, "$" + std::to_string(i + 1), "('" + q.params[i] + "'::" + types[i] + "[])");
  }
  return sql;
}

// --- loading --------------------------------------------------------------------------------

nlohmann::json load(PGconn* conn, const PgBenchInput& in,
                    const std::vector<std::uint16_t>& macro_of, Pool& pool) {
  nlohmann::json times = nlohmann::json::object();
  // Places and languages first: the schema has a column per language.
  std::vector<std::uint16_t> words;
  for (const auto& p : in.profiles) {
    const auto key = place_key(p.lat, p.lon);
    if (!pool.place_index.count(key)) {
      pool.place_index.emplace(key, static_cast<std::uint16_t>(pool.places.size()));
      pool.places.emplace_back(p.lat, p.lon);
    }
    words.clear();
    detail::encode(p, macro_of, 0, words);
    const detail::ProfileRecord r(words.data());
    for (std::uint16_t packed : r.languages()) pool.languages.insert(detail::language_of(packed));
    pool.max_occupations = std::max(pool.max_occupations, r.targets().size() + r.past().size());
  }
  std::string columns;
  for (std::uint16_t key : pool.languages)
    columns += language_column(key) + " smallint NOT NULL,\n  ";
  std::string schema = without_comments(read_file(in.sql_dir + "/schema.sql"));
  replace_all(schema, "{{language_columns}}", columns);
  auto start = Clock::now();
  for (const auto& statement : statements(schema)) exec(conn, statement);
  times["schema_s"] = seconds_since(start);

  start = Clock::now();
  {
    Copy copy(conn, "bench_match.place");
    for (std::size_t i = 0; i < pool.places.size(); ++i) {
      copy.buffer() += std::to_string(i) + '\t' + number(pool.places[i].first) + '\t' +
                       number(pool.places[i].second);
      copy.end_row();
    }
    copy.finish();
  }
  std::vector<std::uint64_t> skill_rows, macro_rows;  // (skill or macro) << 32 | id
  {
    Copy copy(conn, "bench_match.candidate");
    for (const auto& p : in.profiles) {
      words.clear();
      detail::encode(p, macro_of, 0, words);
      const detail::ProfileRecord r(words.data());
      std::string& b = copy.buffer();
      b += std::to_string(r.id());
      for (auto v :
           {static_cast<std::uint32_t>(pool.place_index.at(place_key(p.lat, p.lon))),
            static_cast<std::uint32_t>(r.max_km()), static_cast<std::uint32_t>(r.licences()),
            static_cast<std::uint32_t>(r.access()), r.limited_employer(), r.limited_occupation(),
            static_cast<std::uint32_t>(r.excluded()), static_cast<std::uint32_t>(r.contracts())}) {
        b += '\t';
        b += std::to_string(v);
      }
      b += r.part_time_only() ? "\tt" : "\tf";
      for (std::uint16_t key : pool.languages) b += '\t' + std::to_string(r.level(key));
      std::vector<std::uint16_t> occupations(r.targets().begin(), r.targets().end());
      occupations.insert(occupations.end(), r.past().begin(), r.past().end());
      b += '\t' + array_text(r.recognised()) + '\t' + array_text(occupations) + '\t' +
           array_text(r.skills()) + '\t' + array_text(r.macros());
      copy.end_row();
      for (std::uint16_t s : r.skills()) skill_rows.push_back(std::uint64_t{s} << 32 | r.id());
      for (std::uint16_t m : r.macros()) macro_rows.push_back(std::uint64_t{m} << 32 | r.id());
    }
    copy.finish();
  }
  times["copy_candidate_s"] = seconds_since(start);
  for (auto [table, rows] :
       {std::pair{"candidate_skill", &skill_rows}, std::pair{"candidate_macro", &macro_rows}}) {
    start = Clock::now();
    std::sort(rows->begin(), rows->end());
    Copy copy(conn, std::string("bench_match.") + table);
    for (std::uint64_t row : *rows) {
      copy.buffer() += std::to_string(row >> 32) + '\t' + std::to_string(row & 0xFFFFFFFFu);
      copy.end_row();
    }
    copy.finish();
    times[std::string("copy_") + table + "_s"] = seconds_since(start);
    times[std::string(table) + "_rows"] = rows->size();
  }
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& statement : statements(read_file(in.sql_dir + "/indexes.sql"))) {
    start = Clock::now();
    exec(conn, statement);
    steps.push_back({{"sql", statement.substr(0, statement.find_last_not_of(" \n;") + 1)},
                     {"s", seconds_since(start)}});
  }
  times["index_and_vacuum_steps"] = steps;
  return times;
}

// --- queries --------------------------------------------------------------------------------

struct Row {
  std::int64_t id, score;
  bool operator==(const Row&) const = default;
};

// The statement with the offer's parameters.
Result query(PGconn* conn, const std::string& sql, const OfferQuery& q) {
  static const Oid types[6] = {1007, 1021, 1007, 1007, 1007, 1007};  // int4[], float4[]
  const char* values[6];
  for (int i = 0; i < 6; ++i) values[i] = q.params[i].c_str();
  Result r(PQexecParams(conn, sql.c_str(), 6, types, values, nullptr, nullptr, 0));
  if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) fail(conn, sql);
  return r;
}

// Wall time of one query, result transfer included, in ms.
double run(PGconn* conn, const std::string& sql, const OfferQuery& q, std::vector<Row>* rows) {
  const auto start = Clock::now();
  const Result r = query(conn, sql, q);
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (rows != nullptr) {
    rows->clear();
    for (int i = 0; i < PQntuples(r.get()); ++i)
      rows->push_back(
          {std::stoll(PQgetvalue(r.get(), i, 0)), std::stoll(PQgetvalue(r.get(), i, 1))});
  }
  return ms;
}

// "Limit(Sort(Append(...)))" with the relation names and planned workers.
std::string plan_outline(const nlohmann::json& node) {
  std::string out = node.value("Node Type", "?");
  if (node.contains("Relation Name")) out += " " + node["Relation Name"].get<std::string>();
  if (node.contains("Index Name")) out += " using " + node["Index Name"].get<std::string>();
  if (node.contains("Workers Planned"))
    out += " [" + std::to_string(node["Workers Planned"].get<int>()) + " workers]";
  if (node.contains("Plans")) {
    out += "(";
    bool first = true;
    for (const auto& child : node["Plans"]) {
      if (!first) out += ", ";
      first = false;
      out += plan_outline(child);
    }
    out += ")";
  }
  return out;
}

std::string explain(PGconn* conn, const std::string& sql, const OfferQuery& q) {
  const Result r = query(conn, "EXPLAIN (FORMAT JSON) " + sql, q);
  const auto plan = nlohmann::json::parse(PQgetvalue(r.get(), 0, 0));
  return plan_outline(plan.at(0).at("Plan"));
}

// The 1, 5 and 15 minute load averages (the machine is shared: read them next to the figures).
std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

double percentile(std::vector<double> v, double q) {  // as bench_match.cpp
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

}  // namespace

nlohmann::json bench_postgresql(const PgBenchInput& in) {
  Connection conn(PQconnectdb(in.url.c_str()));
  if (PQstatus(conn.get()) != CONNECTION_OK)
    throw std::runtime_error("PostgreSQL: " + std::string(PQerrorMessage(conn.get())));
  PGconn* c = conn.get();
  exec(c, "SET client_min_messages = warning");
  nlohmann::json out;
  out["load_average_before"] = load_average();
  out["server_version"] = scalar(c, "SHOW server_version");
  nlohmann::json settings = nlohmann::json::object();
  for (const char* name :
       {"shared_buffers", "work_mem", "maintenance_work_mem", "effective_cache_size",
        "random_page_cost", "max_parallel_workers_per_gather", "max_parallel_workers",
        "max_worker_processes", "jit"})
    settings[name] = scalar(c, std::string("SHOW ") + name);
  out["server_settings"] = settings;

  const auto macro_of = skill_macros(in.taxonomy);
  Pool pool;
  auto start = Clock::now();
  out["load"] = load(c, in, macro_of, pool);
  out["load"]["total_s"] = seconds_since(start);
  nlohmann::json sizes = nlohmann::json::object();
  for (const char* rel : {"bench_match.candidate", "bench_match.candidate_pkey",
                          "bench_match.candidate_skills_gin", "bench_match.candidate_macros_gin",
                          "bench_match.candidate_skill", "bench_match.candidate_skill_pkey",
                          "bench_match.candidate_macro", "bench_match.candidate_macro_pkey"}) {
    sizes[std::string(rel).substr(12)] =
        std::stod(scalar(c, std::string("SELECT pg_relation_size('") + rel + "')")) / 1048576.0;
  }
  sizes["database"] =
      std::stod(scalar(c, "SELECT pg_database_size(current_database())")) / 1048576.0;
  out["sizes_mib"] = sizes;

  // The session: no JIT (its compile time would dominate these short queries; see README.md).
  exec(c, "SET jit = off");
  const detail::Scale scale{in.engine.weights()};
  const OccupationFit fit(in.taxonomy);
  const std::int32_t others_max = scale.others();
  std::vector<OfferQuery> queries;
  std::vector<std::vector<Row>> expected;
  std::size_t zero_overlap_rows = 0;
  for (const Offer* o : in.offers) {
    queries.push_back(offer_query(*o, scale, fit, macro_of, pool));
    const OfferQuery& q = queries.back();
    std::vector<Row> rows;
    for (const Match& m : in.engine.profiles_for(o->id, in.k)) {
      rows.push_back({m.id, std::lround(static_cast<double>(m.score) * detail::kUnitsPerPoint)});
      const auto p = in.engine.profile(m.id);
      bool overlap = false;
      for (const auto& h : p->skills) {
        overlap = overlap || q.skills.count(static_cast<std::uint16_t>(h.skill)) ||
                  (macro_of[h.skill] != kNoMacro && q.macros.count(macro_of[h.skill]));
      }
      if (!overlap) ++zero_overlap_rows;
    }
    expected.push_back(std::move(rows));
  }
  // Which branch for people sharing nothing runs (a_inverted.sql): the first branch's k-th score,
  // from the `bound` CTE of b_gin.sql (the same first branch).
  std::size_t none = 0, by_occupation = 0, all = 0;
  std::vector<double> workload[3];  // people sharing a skill; a skill or macro-skill; and passing
  {
    std::string tmpl = without_comments(read_file(in.sql_dir + "/b_gin.sql"));
    tmpl = tmpl.substr(0, tmpl.find("SELECT id, score FROM overlap")) + "SELECT n, kth FROM bound";
    const std::string count_sql =
        "SELECT count(*) FILTER (WHERE c.skills && $3::int4[]), count(*), count(*) FILTER (WHERE "
        "{{filters}}) FROM bench_match.candidate c WHERE c.skills && $3::int4[] OR c.macros && "
        "$5::int4[]";
    for (const auto& q : queries) {
      const Result counts = query(c, expand(count_sql, q, in.k, scale), q);
      for (int i = 0; i < 3; ++i) workload[i].push_back(std::stod(PQgetvalue(counts.get(), 0, i)));
      const Result r = query(c, expand(tmpl, q, in.k, scale), q);
      const long n = std::stol(PQgetvalue(r.get(), 0, 0));
      const long kth = PQgetisnull(r.get(), 0, 1) ? 0 : std::stol(PQgetvalue(r.get(), 0, 1));
      if (n == static_cast<long>(in.k) && kth > others_max)
        ++none;
      else if (n == static_cast<long>(in.k) && kth > others_max - scale.occupation)
        ++by_occupation;
      else
        ++all;
    }
  }
  out["queries"] = queries.size();
  out["k"] = in.k;
  out["others_max_units"] = others_max;
  out["people_sharing_no_skill"] = {{"branch_skipped", none},
                                    {"branch_by_occupation", by_occupation},
                                    {"branch_all", all},
                                    {"rows_in_results", zero_overlap_rows}};
  const char* workload_names[3] = {"sharing_a_skill", "sharing_a_skill_or_macro_skill",
                                   "sharing_and_passing_the_filters"};
  for (int i = 0; i < 3; ++i) {
    out["people_per_offer"][workload_names[i]] = {{"p50", percentile(workload[i], 0.5)},
                                                  {"p99", percentile(workload[i], 0.99)},
                                                  {"max", percentile(workload[i], 1.0)}};
  }
  out["engine_same_offers_ms"] = {{"p50", percentile(in.engine_us, 0.5) / 1000},
                                  {"p99", percentile(in.engine_us, 0.99) / 1000},
                                  {"max", percentile(in.engine_us, 1.0) / 1000}};

  // Beyond the top k: every person passing the filters, with the score of shape (c), for the
  // first offers, against Engine::evaluate for every person.
  {
    std::string tmpl = without_comments(read_file(in.sql_dir + "/c_scan.sql"));
    replace_all(tmpl, "{{k}}", "ALL");
    std::size_t offers = 0, compared = 0, mismatches = 0;
    std::unordered_map<std::int64_t, std::int64_t> scores;
    for (std::size_t i = 0; i < queries.size() && i < 5; ++i, ++offers) {
      const Result r = query(c, expand(tmpl, queries[i], in.k, scale), queries[i]);
      scores.clear();
      for (int row = 0; row < PQntuples(r.get()); ++row) {
        scores.emplace(std::stoll(PQgetvalue(r.get(), row, 0)),
                       std::stoll(PQgetvalue(r.get(), row, 1)));
      }
      std::size_t passing = 0;
      for (const Profile& p : in.profiles) {
        const Explanation e = in.engine.evaluate(p, *in.offers[i]);
        if (e.failed) continue;
        ++passing;
        const auto it = scores.find(p.id);
        if (it == scores.end() ||
            it->second != std::lround(static_cast<double>(e.score) * detail::kUnitsPerPoint))
          ++mismatches;
      }
      compared += passing;
      if (passing != scores.size()) ++mismatches;  // PostgreSQL let through someone filtered out
    }
    out["every_score_checked"] = {
        {"offers", offers}, {"people_passing_the_filters", compared}, {"mismatches", mismatches}};
  }

  const std::pair<const char*, const char*> shapes[] = {
      {"a_inverted", "a_inverted.sql"}, {"b_gin", "b_gin.sql"}, {"c_scan", "c_scan.sql"}};
  const std::pair<const char*, int> configs[] = {{"serial", 0}, {"parallel", 2}};
  std::map<std::string, std::pair<double, double>> best;  // config -> best p50, p99
  std::map<std::string, std::pair<std::string, std::string>> best_shape;
  std::size_t total_mismatches = 0;
  for (const auto& [shape, file] : shapes) {
    const std::string tmpl = without_comments(read_file(in.sql_dir + "/" + file));
    std::vector<std::string> sql;
    for (const auto& q : queries) sql.push_back(expand(tmpl, q, in.k, scale));
    if (!in.dump_dir.empty() && !queries.empty()) {
      std::filesystem::create_directories(in.dump_dir);
      std::ofstream(in.dump_dir + "/" + file) << "-- offer " << queries[0].id << "\n"
                                              << inline_params(sql[0], queries[0]) << ";\n";
    }
    // Warm-up: every query once, untimed.
    exec(c, "SET max_parallel_workers_per_gather = 0");
    for (std::size_t i = 0; i < queries.size(); ++i) run(c, sql[i], queries[i], nullptr);
    nlohmann::json result = nlohmann::json::object();
    for (const auto& [config, workers] : configs) {
      exec(c, "SET max_parallel_workers_per_gather = " + std::to_string(workers));
      std::vector<double> ms;
      std::size_t mismatches = 0;
      nlohmann::json first_mismatch;
      std::vector<Row> rows;
      for (std::size_t i = 0; i < queries.size(); ++i) {
        ms.push_back(run(c, sql[i], queries[i], &rows));
        if (rows != expected[i]) {
          if (mismatches++ == 0) {
            std::size_t at = 0;
            while (at < rows.size() && at < expected[i].size() && rows[at] == expected[i][at]) ++at;
            first_mismatch = {{"offer", queries[i].id},
                              {"position", at},
                              {"rows", rows.size()},
                              {"expected_rows", expected[i].size()}};
            if (at < rows.size()) first_mismatch["got"] = {rows[at].id, rows[at].score};
            if (at < expected[i].size())
              first_mismatch["expected"] = {expected[i][at].id, expected[i][at].score};
          }
        }
      }
      total_mismatches += mismatches;
      const double p50 = percentile(ms, 0.5), p99 = percentile(ms, 0.99);
      result[config] = {{"p50_ms", p50},
                        {"p99_ms", p99},
                        {"max_ms", percentile(ms, 1.0)},
                        {"mismatches", mismatches},
                        {"plan", queries.empty() ? "" : explain(c, sql[0], queries[0])}};
      if (mismatches > 0) result[config]["first_mismatch"] = first_mismatch;
      auto [it, inserted] = best.try_emplace(config, p50, p99);
      if (inserted || p50 < it->second.first)
        it->second.first = p50, best_shape[config].first = shape;
      if (inserted || p99 < it->second.second)
        it->second.second = p99, best_shape[config].second = shape;
    }
    out[shape] = result;
  }
  const double engine_p50 = percentile(in.engine_us, 0.5) / 1000;
  const double engine_p99 = percentile(in.engine_us, 0.99) / 1000;
  nlohmann::json ratio = nlohmann::json::object();
  for (const auto& [config, values] : best) {
    ratio[config] = {{"p50", engine_p50 > 0 ? values.first / engine_p50 : 0},
                     {"p50_shape", best_shape[config].first},
                     {"p99", engine_p99 > 0 ? values.second / engine_p99 : 0},
                     {"p99_shape", best_shape[config].second}};
  }
  out["ratio_best_to_engine"] = ratio;
  out["session"] = {{"jit", "off"},
                    {"max_parallel_workers_per_gather", {{"serial", 0}, {"parallel", 2}}},
                    {"warm_up", "every query once, untimed, before its timed runs"}};
  out["load_average_after"] = load_average();
  out["all_equal"] = total_mismatches == 0 && out["every_score_checked"]["mismatches"] == 0;
  return out;
}

}  // namespace primowork::app
