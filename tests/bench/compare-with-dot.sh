#!/usr/bin/env bash
# Layout benchmark: our Tidy against Graphviz dot on the same graphs, side by side.
#   bash tests/bench/compare-with-dot.sh [BUILD_DIR]
# BUILD_DIR must hold a Release build configured with -DEL_BUILD_BENCH=ON (default: build/bench).
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
