#!/usr/bin/env bash
# CI step: builds the Debian package, installs it on this machine with apt (which pulls in its
# dependencies), and checks the installed program as a user would get it: it reports its version,
# the desktop files are registered, and it imports and validates the installed sample project.
# Needs root or sudo. Leaves the package installed (`apt-get remove equitylogic` undoes it).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$(bash packaging/build-deb.sh "${EL_DEB_BUILD:-build/deb}" | tail -n 1)
[ -f "$deb" ] || fail "packaging/build-deb.sh did not produce a .deb"

# What apt reads: the fonts for community-language titles come with a normal install.
dpkg-deb -f "$deb" Recommends | grep -q 'fonts-noto-core' \
  || fail "the package does not recommend fonts-noto-core: $(dpkg-deb -f "$deb" Recommends)"

echo "== Installing $deb"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends --reinstall "$deb" >/dev/null

app=/usr/bin/equitylogic
[ -x "$app" ] || fail "$app was not installed"
echo "== $app --version"
version=$("$app" --version)
echo "$version"
[[ "$version" =~ ^equitylogic\ [0-9]+\.[0-9]+\.[0-9]+$ ]] \
  || fail "the installed program does not report its version"

echo "== Desktop integration as installed"
id=org.equitylogic.EquityLogic
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
if command -v update-mime-database >/dev/null; then
  # dpkg's trigger from shared-mime-info rebuilds the MIME database after the install.
  grep -q '^application/x-equitylogic-project$' /usr/share/mime/types \
    || fail "the project file's MIME type was not registered"
fi

echo "== The installed sample project"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=/usr/share/equitylogic/luton-health-equity-town.json
"$app" import "$sample" -o "$work/sample.eqlm" || fail "the installed sample could not be imported"
set +e
"$app" validate "$work/sample.eqlm" >"$work/findings.txt"
rc=$?
set -e
head -n 20 "$work/findings.txt"
# The sample keeps a few gaps on purpose, so 1 (findings) is as expected as 0; 2 means it broke.
[ $rc -eq 0 ] || [ $rc -eq 1 ] || fail "validate exited with $rc on the installed sample"
# Export draws in the editor program (/usr/lib/equitylogic/equitylogic-editor), which the
# installed command-line program must find.
"$app" export "$work/sample.eqlm" -o "$work/sample.pdf" \
  || fail "the installed program could not export through the editor program"
[ -s "$work/sample.pdf" ] || fail "the exported PDF is empty"
echo "The installed package works."
