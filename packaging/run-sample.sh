#!/usr/bin/env bash
# Installs what is missing, builds, and runs Equity Logic on the bundled sample project: the
# editor when there is a display; otherwise it checks the sample and writes its files, saying where.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1
cmake --preset release >/dev/null
cmake --build --preset release

app=build/release/app/equitylogic
out=build/sample
mkdir -p "$out"
"$app" import resources/sample/luton-health-equity-town.json -o "$out/luton-health-equity-town.eqlm"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Opening the editor on $out/luton-health-equity-town.eqlm"
  exec "$app" "$out/luton-health-equity-town.eqlm"
fi

echo "No display: checking the sample and writing its PDFs instead."
"$app" info "$out/luton-health-equity-town.eqlm"
# The sample has a few deliberate gaps, so validation reports errors (exit code 1) by design.
"$app" validate "$out/luton-health-equity-town.eqlm" || true
"$app" export "$out/luton-health-equity-town.eqlm" -o "$out/luton-health-equity-town.pdf" --page A3
"$app" report "$out/luton-health-equity-town.eqlm" -o "$out/luton-health-equity-town-report.pdf"
echo
echo "The sample's diagrams, one model a page:  $PWD/$out/luton-health-equity-town.pdf"
echo "The sample's evaluation report:           $PWD/$out/luton-health-equity-town-report.pdf"
