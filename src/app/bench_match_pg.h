// `primowork bench match --postgresql URL`: the engine's offer -> top-k ranking expressed in SQL
// on PostgreSQL (MATCHING.md 5.2), in the three query shapes of bench/postgresql/*.sql, with the
// same integer score and tie-break, every result checked equal to the engine's, and the latency
// ratio to the engine. A benchmark only: nothing else in PrimoWork depends on it.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "matching/engine.h"
#include "taxonomy/taxonomy.h"

namespace primowork::app {

struct PgBenchInput {
  const taxonomy::Taxonomy& taxonomy;
  const matching::Engine& engine;  // holds `profiles` and the offers, default weights
  const std::vector<matching::Profile>& profiles;
  std::vector<const matching::Offer*> offers;  // the timed offers, in order
  std::vector<double> engine_us;               // the engine's time for each of them
  std::string url;                             // libpq URL
  std::string sql_dir;                         // bench/postgresql
  std::string dump_dir;                        // when set: the expanded SQL of the first offer
  std::size_t k = 50;
};

// Loads the people (schema bench_match, dropped first), times the three shapes serial and with
// parallel workers, and returns the "postgresql" object of the JSON line. Throws
// std::runtime_error on a database error.
nlohmann::json bench_postgresql(const PgBenchInput& in);

}  // namespace primowork::app
