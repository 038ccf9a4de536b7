#!/usr/bin/env bash
# Load test of a running PrimoWork server with wrk (see docs/PERFORMANCE.md).
#   [SERVER_PID=PID] bench/wrk/run.sh [BASE_URL] [OUT_DIR]
#   defaults: http://127.0.0.1:18181 and /tmp/pw-bench/wrk
# Runs /healthz, / and /static/css/app.css, two interleaved rounds (round 2 in reverse order),
# then / once with Accept-Language: en. Each run: wrk -t2 -c64 -d10s --latency.
# Full wrk outputs go to OUT_DIR/*.txt; one SUMMARY line per run is printed.
# With SERVER_PID set, each line also gives the CPU used during the run, in cores:
#   server, wrk, other (everything else: other processes, and kernel time not charged to a
#   process such as loopback softirq) and steal (taken by the hypervisor). On a quiet 2-core
#   machine other stays small; a compile or a fuzzer running meanwhile shows up there.
# Bounded: 7 runs of 10 s. Point it at a loopback address only.
set -euo pipefail
BASE=${1:-http://127.0.0.1:18181}
OUT=${2:-/tmp/pw-bench/wrk}
HERE=$(cd "$(dirname "$0")" && pwd)
WRK_ARGS=(-t2 -c64 -d10s --latency -s "$HERE/report.lua")
HZ=$(getconf CLK_TCK)
mkdir -p "$OUT"

busy_steal() {  # "busy steal" jiffies of all CPUs, from /proc/stat
  awk '/^cpu /{print $2+$3+$4+$7+$8, $9}' /proc/stat
}
server_jiffies() { awk '{print $14+$15}' "/proc/$SERVER_PID/stat"; }
TIMES_FILE=$(mktemp)
trap 'rm -f "$TIMES_FILE"' EXIT
children_seconds() {  # user+sys seconds of this shell's waited-for children (wrk) into $CHILD_S
  times > "$TIMES_FILE"  # in this shell, not in $(...): a subshell would report its own children
  CHILD_S=$(tail -n1 "$TIMES_FILE" | awk '{for (i = 1; i <= 2; i++) {split($i, a, "m");
    sub("s", "", a[2]); s += a[1] * 60 + a[2]} printf "%.3f", s}')
}

run() {  # run NAME PATH [extra wrk args...]
  local name=$1 path=$2 cpu="" t0 b0 s0 w0 srv0 t1 b1 s1 w1 srv1
  shift 2
  children_seconds; w0=$CHILD_S
  [[ -n ${SERVER_PID:-} ]] && srv0=$(server_jiffies)
  t0=$(date +%s.%N); read -r b0 s0 < <(busy_steal)
  wrk "${WRK_ARGS[@]}" "$@" "$BASE$path" > "$OUT/$name.txt"
  t1=$(date +%s.%N); read -r b1 s1 < <(busy_steal)
  children_seconds; w1=$CHILD_S
  if [[ -n ${SERVER_PID:-} ]]; then
    srv1=$(server_jiffies)
    cpu=$(awk -v t="$t0" -v T="$t1" -v b="$b0" -v B="$b1" -v s="$s0" -v S="$s1" -v w="$w0" -v W="$w1" \
              -v v="$srv0" -v V="$srv1" -v hz="$HZ" 'BEGIN {
            d = T - t; srv = (V - v) / hz / d; wrk = (W - w) / d; busy = (B - b) / hz / d;
            printf " cpu_cores: server=%.2f wrk=%.2f other=%.2f steal=%.2f",
                   srv, wrk, busy - srv - wrk, (S - s) / hz / d }')
  fi
  printf '%-11s %s%s\n' "$name" "$(grep '^SUMMARY' "$OUT/$name.txt" | cut -d' ' -f2-)" "$cpu"
  sleep 2
}

run healthz-r1 /healthz
run home-r1 /
run static-r1 /static/css/app.css
run static-r2 /static/css/app.css
run home-r2 /
run healthz-r2 /healthz
run home-en / -H 'Accept-Language: en'
