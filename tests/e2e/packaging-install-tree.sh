#!/usr/bin/env bash
# `cmake --install` puts the program, its desktop integration and the sample project where a
# desktop and the Debian package expect them, and the installed program runs.
# Usage: packaging-install-tree.sh <path-to-equitylogic> <workdir>
set -euo pipefail
app="$1"
work="$2"
rm -rf "$work" && mkdir -p "$work"

# The build directory is the nearest folder above the executable that holds CMakeCache.txt.
build="$(cd "$(dirname "$app")" && pwd)"
while [ ! -f "$build/CMakeCache.txt" ]; do
  [ "$build" = / ] && { echo "FAIL: no CMakeCache.txt above $app" >&2; exit 1; }
  build="$(dirname "$build")"
done

stage="$work/stage"
cmake --install "$build" --prefix "$stage" >"$work/install.log"

id=org.equitylogic.EquityLogic
expected=(
  bin/equitylogic
  lib/equitylogic/equitylogic-editor
  share/applications/$id.desktop
  share/metainfo/$id.metainfo.xml
  share/mime/packages/equitylogic.xml
  share/icons/hicolor/scalable/apps/$id.svg
  share/icons/hicolor/scalable/mimetypes/application-x-equitylogic-project.svg
  share/equitylogic/luton-health-equity-town.json
  share/doc/equitylogic/copyright
)
for size in 16 32 48 64 128 256; do
  expected+=(share/icons/hicolor/${size}x${size}/apps/$id.png)
done
missing=0
for f in "${expected[@]}"; do
  [ -e "$stage/$f" ] || { echo "FAIL: $f was not installed" >&2; missing=1; }
done
[ $missing -eq 0 ] || exit 1

desktop-file-validate "$stage/share/applications/$id.desktop"
"$stage/bin/equitylogic" --version | grep -q '^equitylogic [0-9]' \
  || { echo "FAIL: the installed program does not report its version" >&2; exit 1; }
# The installed program finds the installed editor program for drawing.
"$stage/bin/equitylogic" import "$stage/share/equitylogic/luton-health-equity-town.json" \
  -o "$work/sample.eqlm" >/dev/null
"$stage/bin/equitylogic" export "$work/sample.eqlm" -o "$work/sample.pdf" \
  || { echo "FAIL: the installed program could not export through the editor program" >&2; exit 1; }
python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' \
  "$stage/share/equitylogic/luton-health-equity-town.json"
echo "Installed tree is complete (${#expected[@]} files checked)."
