#!/usr/bin/env bash
# Installs what Equity Logic needs to build, test and package on Debian 12 / Ubuntu.
# Idempotent: asks apt only for packages that are not installed yet.
set -euo pipefail

build=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins
       qt6-l10n-tools qt6-tools-dev libsqlite3-dev libssl-dev catch2 ccache)
test=(xvfb xauth xdotool x11-apps imagemagick poppler-utils qpdf sqlite3 fonts-dejavu-core
      fonts-noto-core appstream desktop-file-utils dpkg-dev file clang-format python3
      libxml2-utils util-linux libglib2.0-bin librsvg2-bin clang-16 libclang-rt-16-dev
      qt6-base-private-dev)

missing=()
for p in "${build[@]}" "${test[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build and test dependencies are already installed."
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
