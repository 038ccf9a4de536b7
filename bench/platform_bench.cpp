// Hot paths of every request: routing, target decoding, form parsing.
#include <benchmark/benchmark.h>

#include "platform/http/pipeline.h"
#include "platform/http/router.h"
#include "platform/http/url.h"

using namespace primowork::http;

static void BM_RouterMatch(benchmark::State& state) {
  Router router;
  for (int i = 0; i < 50; ++i) {
    router.get("/section" + std::to_string(i) + "/{id:id}", [](Request&) { return Response{}; });
  }
  router.get("/offres/{id:id}/propositions/{n:int}", [](Request&) { return Response{}; });
  for (auto _ : state) {
    auto m = router.match("GET", "/offres/off_3f9c0a8d1b2e4f60a7c3/propositions/12");
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_RouterMatch);

static void BM_ParseUrlencoded(benchmark::State& state) {
  const std::string body =
      "title=Aide-soignant%C2%B7e&commune=Li%C3%A8ge&hours=38&contract=CDI&description=" +
      std::string(500, 'x');
  for (auto _ : state) {
    auto fields = parse_urlencoded(body);
    benchmark::DoNotOptimize(fields);
  }
}
BENCHMARK(BM_ParseUrlencoded);

static void BM_DecodeTarget(benchmark::State& state) {
  for (auto _ : state) {
    Request r;
    r.target = "/offres/off_3f9c0a8d1b2e4f60a7c3?q=aide+soignant&commune=Li%C3%A8ge&page=2";
    benchmark::DoNotOptimize(Pipeline::decode_target(r));
  }
}
BENCHMARK(BM_DecodeTarget);

BENCHMARK_MAIN();
