#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. This is the README's test command and
# exactly what CI runs (.ci/run). The last line it prints is CTest's summary of the full suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

echo "== Formatting (clang-format)"
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror $files

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1

echo "== Core library and its tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan -DEL_BUILD_APP=OFF >/dev/null
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan --parallel 2

echo "== Full build (warnings as errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== Fuzzing the project-file reader and the JSON importer (bounded time)"
bash tests/fuzz/run-fuzzers.sh "${EL_FUZZ_SECONDS:-45}"

echo "== The Debian package: build, install, run"
EL_DEB_BUILD=build/ci bash packaging/ci-package-check.sh

echo "== Every test"
ctest --preset ci --parallel 2
