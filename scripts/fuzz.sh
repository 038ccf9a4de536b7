#!/usr/bin/env bash
# fuzz.sh: build and run the libFuzzer targets of fuzz/ (one per parser of outside input).
#
# Configures build-fuzz/ with clang and -DPRIMOWORK_FUZZ=ON (parsers compiled with
# -fsanitize=fuzzer,address,undefined), builds the fuzzers only, then runs each one for SECONDS
# (default 60) on a fresh copy of its seed corpus fuzz/corpus/<target>/ (new inputs go to
# build-fuzz/corpus/<target>/, crash reproducers to build-fuzz/artifacts/<target>/, full logs to
# build-fuzz/logs/<target>.log). Prints one summary line per target and exits non-zero if any
# target crashed, leaked, timed out or ran out of memory.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]      (default: every target)
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_ARGS (extra libFuzzer flags).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_PER_TARGET=${1:-60}
shift || true
if ! [[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
ALL_TARGETS=(fuzz_urlencoded fuzz_multipart fuzz_cookies fuzz_target fuzz_local_path fuzz_split_sql
  fuzz_config fuzz_csv fuzz_rome_import fuzz_esco_import fuzz_taxonomy_json)
TARGETS=("${@:-${ALL_TARGETS[@]}}")
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}

# Longest input libFuzzer may generate: above the limits the parsers enforce themselves
# (decode_target rejects targets over 8192 bytes), small enough to keep executions fast.
max_len() {
  case "$1" in
    fuzz_target) echo 10000 ;;
    fuzz_multipart) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

if [[ ! -f "$BUILD/build.ninja" ]]; then
  CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$ROOT" -B "$BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRIMOWORK_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" --target "${TARGETS[@]}"

failed=0
summary=()
for target in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus/$target"
  artifacts="$BUILD/artifacts/$target"
  log="$BUILD/logs/$target.log"
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$BUILD/logs"
  cp "$ROOT/fuzz/corpus/$target/"* "$corpus/"
  dict=()
  [[ -f "$ROOT/fuzz/dict/$target.dict" ]] && dict=(-dict="$ROOT/fuzz/dict/$target.dict")
  echo "== $target: ${SECONDS_PER_TARGET}s (log: $log)"
  status=0
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
  "$BUILD/fuzz/$target" "$corpus" "${dict[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$target")" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} \
    >"$log" 2>&1 || status=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
  found=$(find "$artifacts" -type f | head -1)
  if [[ $status -ne 0 || -n "$found" ]]; then
    failed=1
    reason=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-zA-Z0-9_-]+|FUZZ_CHECK failed at [^ ]+: .*|runtime error: .*' "$log" || echo "exit status $status")
    result="CRASH ($reason) reproducer: ${found:-none}"
  else
    result="ok"
  fi
  summary+=("$(printf '%-16s %-4s execs=%s exec/s=%s cov=%s ft=%s corpus=%s %s' "$target" \
    "$([[ $result == ok ]] && echo OK || echo FAIL)" "${execs:-?}" "${rate:-?}" "${cov:-?}" \
    "${ft:-?}" "${corp:-?}" "$([[ $result == ok ]] || echo "$result")")")
done

echo
echo "Fuzzing summary (${SECONDS_PER_TARGET}s per target):"
printf '%s\n' "${summary[@]}"
exit "$failed"
