#!/usr/bin/env bash
# The desktop integration files are valid and agree with each other, and a project file is
# recognised as an Equity Logic project by its name and, once renamed, by its content.
# Usage: packaging-desktop-files.sh <path-to-equitylogic> <workdir>
set -euo pipefail
app="$1"
work="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
linux="$root/packaging/linux"
id=org.equitylogic.EquityLogic
mime=application/x-equitylogic-project
rm -rf "$work" && mkdir -p "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== desktop entry"
desktop-file-validate "$linux/$id.desktop"
grep -qx "Exec=equitylogic %f" "$linux/$id.desktop" || fail "the desktop entry does not run 'equitylogic %f'"
grep -qx "MimeType=$mime;" "$linux/$id.desktop" || fail "the desktop entry does not claim $mime"
grep -qx "Icon=$id" "$linux/$id.desktop" || fail "the desktop entry's icon is not $id"

echo "== AppStream metadata"
appstreamcli validate --no-net "$linux/$id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$linux/$id.metainfo.xml" \
  || fail "the metainfo does not launch $id.desktop"
grep -q "<mediatype>$mime</mediatype>" "$linux/$id.metainfo.xml" \
  || fail "the metainfo does not provide $mime"
version=$("$app" --version | awk '{print $2}')
grep -q "<release version=\"$version\"" "$linux/$id.metainfo.xml" \
  || fail "the metainfo has no release notes for version $version"

echo "== MIME type"
xmllint --noout "$linux/equitylogic-mime.xml"
[ "$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "$linux/equitylogic-mime.xml")" = "$mime" ] \
  || fail "the MIME XML does not define $mime"

# Install the MIME type into a private data directory and ask GIO what each file is.
data="$work/share"
mkdir -p "$data/mime/packages"
cp "$linux/equitylogic-mime.xml" "$data/mime/packages/equitylogic.xml"
update-mime-database "$data/mime" >/dev/null 2>&1
typeof() { XDG_DATA_HOME="$data" XDG_DATA_DIRS="$data:/usr/share" \
             gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }

# A file with our application_id, as storage writes it ("EqLm" = 0x45714c6d = 1165053037).
sqlite3 "$work/project.eqlm" "PRAGMA application_id = 1165053037; CREATE TABLE t(x);"
cp "$work/project.eqlm" "$work/renamed.dat"
sqlite3 "$work/other.sqlite" "CREATE TABLE t(x);"
cp "$work/other.sqlite" "$work/other.dat"
[ "$(typeof "$work/project.eqlm")" = "$mime" ] || fail "project.eqlm is not recognised as $mime"
[ "$(typeof "$work/renamed.dat")" = "$mime" ] || fail "a renamed project file is not recognised by its content"
[ "$(typeof "$work/other.dat")" != "$mime" ] || fail "any SQLite database is taken for a project file"

# When the real program can write a project file, it must be recognised too.
if "$app" import "$root/resources/sample/luton-health-equity-town.json" -o "$work/sample.eqlm" \
     >/dev/null 2>&1; then
  cp "$work/sample.eqlm" "$work/sample-renamed.bin"
  [ "$(typeof "$work/sample-renamed.bin")" = "$mime" ] \
    || fail "a project file written by equitylogic is not recognised by its content"
  echo "(checked a project file written by equitylogic too)"
fi

echo "== icons"
for size in 16 32 48 64 128 256; do
  png="$root/resources/icons/png/equitylogic-$size.png"
  file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
xmllint --noout "$root/resources/icons/equitylogic.svg"

echo "Desktop integration files are valid."
