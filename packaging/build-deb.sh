#!/usr/bin/env bash
# Builds the Debian package of Equity Logic (an optimised build without the tests) and prints the
# path of the .deb on its last line. Usage: packaging/build-deb.sh [BUILD_DIR]   (default build/deb)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/deb}"

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1
# An existing build folder (CI passes its own) is packaged as it is configured.
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEL_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --parallel 2
rm -f "$build"/package/*.deb
(cd "$build" && cpack -G DEB -B "$PWD/package" >cpack.log) || { cat "$build/cpack.log" >&2; exit 1; }

deb=$(ls "$build"/package/*.deb)
echo "== Package contents and dependencies"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
echo "$PWD/$deb"
