// The single translation unit that includes RESTinio (it costs ~25 s to compile each time).
#include "platform/http/server.h"

#include <signal.h>

#include <atomic>
#include <restinio/all.hpp>
#include <thread>

#include "platform/log.h"

namespace primowork::http {
namespace {

struct Traits : public restinio::default_traits_t {};

Request to_request(const restinio::request_handle_t& req) {
  Request r;
  r.method = std::string(req->header().method().c_str());
  r.target = req->header().request_target();
  req->header().for_each_field(
      [&r](const restinio::http_header_field_t& f) { r.headers.add(f.name(), f.value()); });
  r.body = req->body();
  r.remote_address = req->remote_endpoint().address().to_string();
  return r;
}

}  // namespace

void block_stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int serve(const ServerOptions& options, HandleFn handle,
          const std::function<void()>& on_listening) {
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};

  auto handler = [&](const restinio::request_handle_t& req) {
    ++in_flight;
    Response response;
    try {
      Request request = to_request(req);
      response = handle(request);
    } catch (const std::exception& e) {
      log::error("request conversion failed", {{"error", e.what()}});
      response = Response::text("Internal Server Error", 500);
    }
    try {
      auto builder = req->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
          reason_phrase(response.status)});
      for (const auto& [name, value] : response.headers.all()) builder.append_header(name, value);
      if (draining) builder.connection_close();
      builder.set_body(std::move(response.body));
      builder.done([&in_flight](const auto&) { --in_flight; });
    } catch (const std::exception& e) {
      --in_flight;
      log::error("response write failed", {{"error", e.what()}});
    }
    return restinio::request_accepted();
  };

  auto settings = restinio::server_settings_t<Traits>{}
                      .address(options.host)
                      .port(options.port)
                      .request_handler(handler)
                      .read_next_http_message_timelimit(options.timeout)
                      .handle_request_timeout(options.timeout)
                      .write_http_response_timelimit(options.timeout)
                      .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                                    .max_url_size(8192)
                                                    .max_field_count(100)
                                                    .max_body_size(options.hard_body_limit));
  auto server =
      restinio::run_async(restinio::own_io_context(), std::move(settings), options.threads);
  on_listening();

  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  int signal_number = 0;
  sigwait(&set, &signal_number);
  log::info("stopping", {{"signal", signal_number == SIGTERM ? "SIGTERM" : "SIGINT"},
                         {"in_flight", in_flight.load()}});
  draining = true;
  const auto deadline = std::chrono::steady_clock::now() + options.grace;
  while (in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (in_flight > 0)
    log::warn("stopping with requests in flight", {{"in_flight", in_flight.load()}});
  server->stop();
  server->wait();
  log::info("stopped");
  return 0;
}

}  // namespace primowork::http
