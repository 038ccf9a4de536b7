-- wrk script: adds one machine-readable summary line after wrk's usual --latency output.
-- It defines no request() function, so wrk keeps sending its pre-built request (no Lua per request).
--   wrk -t2 -c64 -d10s --latency -s bench/wrk/report.lua http://127.0.0.1:18181/healthz
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "SUMMARY req_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d "
      .. "socket_errors=%d timeouts=%d non_2xx_3xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, errors, summary.errors.timeout, summary.errors.status))
end
