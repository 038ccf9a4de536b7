// The HTTP server: the only place that knows RESTinio (server.cpp is its one translation unit).
//
// serve() listens, hands every complete request to `handle` on a pool of worker threads, and
// returns when SIGTERM or SIGINT arrives: it stops taking new work, lets requests in flight finish
// (up to `grace`), then closes. Bodies above `hard_body_limit` make the library close the
// connection; smaller bodies reach the pipeline, which answers 413 itself above its own limits.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace primowork::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t threads = 4;
  std::size_t hard_body_limit = 64u << 20;
  std::chrono::seconds timeout{30};  // reading a request, handling it, writing the answer
  std::chrono::seconds grace{10};    // drain time after a stop signal
};

using HandleFn = std::function<Response(Request&)>;

// Blocks SIGTERM and SIGINT in the calling thread (and so in the threads it starts); call it
// first thing in main, before any thread exists.
void block_stop_signals();

// Serves until a stop signal. Calls `on_listening` once the socket accepts. Returns 0 after a
// clean stop; throws std::runtime_error when the address cannot be bound.
int serve(const ServerOptions& options, HandleFn handle, const std::function<void()>& on_listening);

}  // namespace primowork::http
