#include "platform/http/metrics.h"

#include <set>
#include <sstream>

namespace primowork::http {
namespace {
std::string escape_label(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}
}  // namespace

void Metrics::observe(const std::string& route, const std::string& method, int status,
                      double seconds) {
  std::lock_guard lock(mutex_);
  ++counts_[{route, method, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBucketCount; ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

void Metrics::add_gauge(std::string name, std::string help, std::string labels,
                        std::function<double()> read) {
  std::lock_guard lock(mutex_);
  gauges_.push_back({std::move(name), std::move(help), std::move(labels), std::move(read)});
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP primowork_http_requests_total HTTP requests answered, by route, method and "
         "status.\n"
      << "# TYPE primowork_http_requests_total counter\n";
  for (const auto& [key, n] : counts_) {
    const auto& [route, method, status] = key;
    out << "primowork_http_requests_total{route=\"" << escape_label(route) << "\",method=\""
        << method << "\",status=\"" << status << "\"} " << n << "\n";
  }
  out << "# HELP primowork_http_request_duration_seconds Time to answer, by route.\n"
      << "# TYPE primowork_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    const std::string label = "route=\"" + escape_label(route) + "\"";
    for (std::size_t i = 0; i < kBucketCount; ++i) {
      out << "primowork_http_request_duration_seconds_bucket{" << label << ",le=\"" << kBuckets[i]
          << "\"} " << h.buckets[i] << "\n";
    }
    out << "primowork_http_request_duration_seconds_bucket{" << label << ",le=\"+Inf\"} " << h.count
        << "\n"
        << "primowork_http_request_duration_seconds_sum{" << label << "} " << h.sum << "\n"
        << "primowork_http_request_duration_seconds_count{" << label << "} " << h.count << "\n";
  }
  std::set<std::string> described;
  for (const auto& g : gauges_) {
    if (described.insert(g.name).second) {
      out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n";
    }
    out << g.name;
    if (!g.labels.empty()) out << "{" << g.labels << "}";
    out << " " << g.read() << "\n";
  }
  return out.str();
}

}  // namespace primowork::http
