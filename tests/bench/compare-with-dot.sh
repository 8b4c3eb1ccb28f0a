#!/usr/bin/env bash
# Layout benchmark: our Tidy against Graphviz dot on the same graphs, side by side.
#   bash tests/bench/compare-with-dot.sh [BUILD_DIR]
# BUILD_DIR must hold a Release build configured with -DEL_BUILD_BENCH=ON (default: build/bench).
# When an optimised `equitylogic` program is found (EQUITYLOGIC=path, else build/ci or
# build/release), a second table times the whole `equitylogic tidy` command against the whole
# `dot` command at 1,000 cards.
# Graphviz is a benchmark-only dependency: this script installs it (Debian package graphviz) if
# it is missing; the editor itself never needs it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/bench}"
fixtures="$root/tests/data/fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v dot >/dev/null; then
    echo "Graphviz (dot) is missing: installing the Debian package graphviz (benchmark only)."
    sudo apt-get install -y graphviz >/dev/null
fi
if [ ! -x "$build/tests/LayoutBench" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEL_BUILD_BENCH=ON \
        -DEL_BUILD_APP=OFF >/dev/null
    cmake --build "$build" --target LayoutBench -j2 >/dev/null
fi

python3 "$here/layout-cases.py" "$fixtures" "$work"
dot_timeout="${DOT_TIMEOUT:-120}"
printf "%-28s %6s %6s | %12s %12s | %10s %10s %8s\n" case nodes links "crossings" "dot" \
    "tidy ms" "dot ms" "speed-up"
for name in nsw-healthier-food-outlets cafe-momentum local-100 random-100 local-1000 \
    random-1000 local-5000 random-5000; do
    [ -f "$work/$name.txt" ] || continue
    # dot's time: user CPU seconds of the whole command (the machine is shared).
    start=$(date +%s%N)
    if timeout "$dot_timeout" dot -Tplain "$work/$name.dot" >"$work/$name.plain"; then
        dot_ms=$(( ($(date +%s%N) - start) / 1000000 ))
        plain="$work/$name.plain"
    else
        dot_ms="timeout"
        plain=""
    fi
    read -r nodes links ours ms theirs < <("$build/tests/LayoutBench" "$work/$name.txt" $plain)
    if [ "$dot_ms" = timeout ]; then
        theirs="(timeout)"
        speed="-"
    else
        speed=$(python3 -c "print(f'{$dot_ms / max($ms, 0.01):.0f}x')")
    fi
    printf "%-28s %6s %6s | %12s %12s | %10s %10s %8s\n" "$name" "$nodes" "$links" "$ours" \
        "$theirs" "$ms" "$dot_ms" "$speed"
done
echo "crossings: between neighbouring columns, counted the same way for both layouts;"
echo "tidy ms: Layout::tidy alone, best of 3; dot ms: the whole dot -Tplain command (wall clock)."

app="${EQUITYLOGIC:-}"
for candidate in "$root/build/ci/app/equitylogic" "$root/build/release/app/equitylogic"; do
    [ -z "$app" ] && [ -x "$candidate" ] && app="$candidate"
done
if [ -z "$app" ]; then
    echo "(no optimised equitylogic program found: set EQUITYLOGIC=path to time the whole command)"
    exit 0
fi
# Wall clock of the fastest of five runs of a command, in milliseconds.
best_of_five() {
    local best=999999 start ms
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        [ "$ms" -lt "$best" ] && best=$ms
    done
    echo "$best"
}
echo
printf "%-28s | %14s %14s %8s\n" "whole command" "tidy -o ms" "dot -Tplain ms" "ratio"
for name in local-1000 random-1000; do
    "$app" import "$work/$name.json" -o "$work/$name.eqlm" >/dev/null
    tidy_ms=$(best_of_five "$app" tidy "$work/$name.eqlm" -o "$work/$name-tidy.eqlm")
    dot_ms=$(best_of_five dot -Tplain "$work/$name.dot" -o "$work/$name.plain")
    ratio=$(python3 -c "print(f'{$dot_ms / max($tidy_ms, 1):.1f}x')")
    printf "%-28s | %14s %14s %8s\n" "$name" "$tidy_ms" "$dot_ms" "$ratio"
done
echo "whole command: load, lay out every model and save a new .eqlm, against dot reading the same"
echo "graph and writing its layout; wall clock, fastest of five runs each."
