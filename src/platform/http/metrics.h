// Prometheus metrics: request counts and a latency histogram per route, plus gauges that the
// application registers (database pool use). Thread-safe.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace primowork::http {

class Metrics {
 public:
  // Records one answered request. `route` is the route pattern, never the raw path, so the
  // number of series stays bounded.
  void observe(const std::string& route, const std::string& method, int status, double seconds);

  // A gauge read at each scrape: name, help text, label set ("" or `state="idle"`), reader.
  void add_gauge(std::string name, std::string help, std::string labels,
                 std::function<double()> read);

  // The exposition text (text/plain; version=0.0.4).
  std::string render() const;

 private:
  static constexpr double kBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                        0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
  static constexpr std::size_t kBucketCount = sizeof(kBuckets) / sizeof(kBuckets[0]);
  struct Histogram {
    std::vector<unsigned long long> buckets = std::vector<unsigned long long>(kBucketCount, 0);
    unsigned long long count = 0;
    double sum = 0;
  };
  struct Gauge {
    std::string name, help, labels;
    std::function<double()> read;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, unsigned long long> counts_;
  std::map<std::string, Histogram> latency_;
  std::vector<Gauge> gauges_;
};

}  // namespace primowork::http
