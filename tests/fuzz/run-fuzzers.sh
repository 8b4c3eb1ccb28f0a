#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 16 (AddressSanitizer and UndefinedBehaviorSanitizer) in
# their own build folder and runs each for a bounded time, seeded with the test data. Fails on any
# crash, leak, sanitizer report or hang. What a run finds is copied to tests/data/fuzz-regressions/
# (commit it once the bug is fixed; FuzzRegressionTest loads every file there).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_EACH]        (default 60)
# Environment: EL_FUZZ_BUILD (default build/fuzz), EL_FUZZ_CXX (default clang++-16).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
build="${EL_FUZZ_BUILD:-$root/build/fuzz}"
cxx="${EL_FUZZ_CXX:-clang++-16}"
regressions="$root/tests/data/fuzz-regressions"
command -v "$cxx" >/dev/null || { echo "FAIL: $cxx not found (apt-get install clang-16 libclang-rt-16-dev)" >&2; exit 1; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" >/dev/null
cmake --build "$build" -j2

status=0
run() { # name, seed folders...
  local name="$1"; shift
  local exe="$build/$name"
  if [ ! -x "$exe" ]; then echo "== $name: not built in this tree, skipped"; return; fi
  local work="$build/run-$name"
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  local seed
  for seed in "$@"; do [ -d "$seed" ] && find "$seed" -maxdepth 1 -type f -exec cp {} "$work/corpus/" \; ; done
  echo "== $name: $(ls "$work/corpus" | wc -l) seeds, ${seconds} s"
  # -timeout: one input taking longer is a hang; -rss_limit_mb: runaway memory is a failure.
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "$exe" "$work/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=262144 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
      >"$work/log.txt" 2>&1; then
    echo "FAIL: $name found a problem; last lines of $work/log.txt:" >&2
    tail -40 "$work/log.txt" >&2
    status=1
  fi
  if compgen -G "$work/artifacts/*" >/dev/null; then
    mkdir -p "$regressions/$name"
    cp "$work/artifacts/"* "$regressions/$name/"
    echo "   kept as regression files: $(ls "$work/artifacts" | tr '\n' ' ')"
  fi
  grep -E '^stat::number_of_executed_units|^Done' "$work/log.txt" || true
}

run ProjectFileFuzzer "$root/tests/data" "$root/tests/data/damaged" "$regressions/ProjectFileFuzzer"
run JsonImportFuzzer "$root/tests/data/interchange" "$root/tests/data/fixtures" \
  "$root/docs/examples" "$regressions/JsonImportFuzzer"
[ "$status" -eq 0 ] && echo "PASS: no crash, leak or hang"
exit "$status"
