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

echo "No display: checking the sample and writing its files instead."
"$app" info "$out/luton-health-equity-town.eqlm"
"$app" validate "$out/luton-health-equity-town.eqlm" || true
if "$app" export "$out/luton-health-equity-town.eqlm" -o "$out/luton-health-equity-town.pdf" 2>/dev/null; then
  echo "The sample's diagrams as PDF: $PWD/$out/luton-health-equity-town.pdf"
else
  "$app" export "$out/luton-health-equity-town.eqlm" -o "$out/luton-health-equity-town.json"
  echo "PDF export is not available yet; the sample as JSON: $PWD/$out/luton-health-equity-town.json"
fi
