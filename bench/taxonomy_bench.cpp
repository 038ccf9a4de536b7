// Search and extraction over the full ROME 4.0 (../shared/data) or, without it, the starter
// taxonomy. Run: build/bench/taxonomy_bench [--benchmark_repetitions=3]
// Each query of a fixed list of 40 realistic searches (whole words, prefixes, typos) is one
// iteration of BM_SearchOccupations; p99 is read from the per-query timings printed at the end.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "occupations/catalogue.h"
#include "taxonomy/extraction.h"
#include "taxonomy/import.h"
#include "taxonomy/search.h"

using namespace primowork;

namespace {

const taxonomy::Taxonomy& data() {
  static const taxonomy::Taxonomy t = [] {
    const std::string rome = std::string(PRIMOWORK_SOURCE_DIR) + "/../shared/data/rome-4.0-v460";
    taxonomy::ImportReport report;
    if (std::filesystem::exists(rome)) {
      auto imported = taxonomy::import_rome(occupations::open_folder(rome), report);
      if (imported) return std::move(imported.value());
    }
    std::ifstream in(std::string(PRIMOWORK_SOURCE_DIR) + "/data/taxonomy/starter-rome.json");
    std::stringstream buf;
    buf << in.rdbuf();
    return std::move(taxonomy::from_json(buf.str()).value());
  }();
  return t;
}

const std::vector<std::string> kQueries = {"aide soignante",
                                           "AIDE-SOIGNANT",
                                           "soudeur",
                                           "cariste",
                                           "technicienne de surface",
                                           "infirmiere",
                                           "cari",
                                           "sodeur",
                                           "boulanger",
                                           "chauffeur poids lourd",
                                           "magasinier",
                                           "préparateur de commandes",
                                           "agent d'entretien",
                                           "electricien",
                                           "plombier chauffagiste",
                                           "cuisinier",
                                           "commis de cuisine",
                                           "serveuse",
                                           "femme de chambre",
                                           "vendeuse",
                                           "caissiere",
                                           "developpeur web",
                                           "comptable",
                                           "secretaire medicale",
                                           "puericultrice",
                                           "educateur",
                                           "maçon",
                                           "couvreur",
                                           "menuisier",
                                           "peintre en batiment",
                                           "mecanicien auto",
                                           "technicien de maintenance",
                                           "agent de securite",
                                           "jardinier",
                                           "coiffeuse",
                                           "traducteur",
                                           "chauffeur livreur",
                                           "conducteur de bus",
                                           "manutentionnaire",
                                           "aide menagere"};

const std::string kAdvert =
    "Nous recherchons pour notre client, une entreprise de logistique située à Herstal, des "
    "caristes et préparateurs de commandes (H/F). Vos missions : réception des marchandises, "
    "préparation des commandes, chargement des camions, respect des règles d'hygiène et de "
    "sécurité. Profil : permis cariste, expérience en entrepôt, travail en équipe, horaires en "
    "pause (matin, après-midi, nuit). Nous offrons : CDI après période d'essai, salaire selon "
    "barème de la CP 226.";

}  // namespace

static void BM_SearchOccupations(benchmark::State& state) {
  static const taxonomy::SearchIndex index(data());
  std::size_t i = 0;
  for (auto _ : state) {
    auto hits = index.occupations(kQueries[i++ % kQueries.size()], 10);
    benchmark::DoNotOptimize(hits);
  }
  state.counters["labels"] = static_cast<double>(index.label_count());
}
BENCHMARK(BM_SearchOccupations);

static void BM_SearchSkills(benchmark::State& state) {
  static const taxonomy::SearchIndex index(data());
  std::size_t i = 0;
  for (auto _ : state) {
    auto hits = index.skills(kQueries[i++ % kQueries.size()], 10);
    benchmark::DoNotOptimize(hits);
  }
}
BENCHMARK(BM_SearchSkills);

static void BM_ExtractAdvert(benchmark::State& state) {
  static const taxonomy::Extractor extractor(data());
  for (auto _ : state) {
    auto mentions = extractor.extract(kAdvert);
    benchmark::DoNotOptimize(mentions);
  }
}
BENCHMARK(BM_ExtractAdvert);

static void BM_BuildSearchIndex(benchmark::State& state) {
  for (auto _ : state) {
    taxonomy::SearchIndex index(data());
    benchmark::DoNotOptimize(index);
  }
}
BENCHMARK(BM_BuildSearchIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

// Per-query latency distribution (p50, p99, max) over 40 queries x 50 rounds.
static void PrintLatencyDistribution() {
  const taxonomy::SearchIndex index(data());
  std::vector<double> micros;
  for (int round = 0; round < 50; ++round) {
    for (const auto& q : kQueries) {
      const auto start = std::chrono::steady_clock::now();
      auto hits = index.occupations(q, 10);
      benchmark::DoNotOptimize(hits);
      micros.push_back(
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
              .count());
    }
  }
  std::sort(micros.begin(), micros.end());
  auto at = [&](double p) {
    return micros[static_cast<std::size_t>(p * static_cast<double>(micros.size() - 1))];
  };
  std::cout << "{\"taxonomy\":\""
            << (data().occupations().size() > 1000 ? "ROME 4.0 full" : "starter")
            << "\",\"occupations\":" << data().occupations().size()
            << ",\"labels\":" << index.label_count() << ",\"queries\":" << micros.size()
            << ",\"p50_us\":" << at(0.5) << ",\"p99_us\":" << at(0.99)
            << ",\"max_us\":" << micros.back() << "}\n";
}

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  PrintLatencyDistribution();
  benchmark::Shutdown();
  return 0;
}
