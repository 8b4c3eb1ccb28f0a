#!/usr/bin/env bash
# The user guide's screenshot script still works against the real editor: it runs
# docs/screenshots/make-screenshots.sh into the work folder and checks that every picture the
# guide shows was made, has a sensible size and is not blank (a blank or single-colour picture
# has a tiny standard deviation), and that the guide refers to no picture the script does not make.
set -euo pipefail
exe="$1"
work="$2"
here="$(cd "$(dirname "$0")" && pwd)"
docs="$here/../../docs"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in Xvfb xdotool import identify; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done
rm -rf "$work" && mkdir -p "$work/shots"

bash "$docs/screenshots/make-screenshots.sh" "$exe" "$work/shots" >"$work/log.txt" 2>&1 \
  || fail "the screenshot script failed: $(cat "$work/log.txt")"

# Every picture the guide shows, and main-window.png (named in the AppStream metadata).
mapfile -t wanted < <(grep -o 'screenshots/[a-z0-9-]*\.png' "$docs/user-guide.md" | sort -u \
  | sed 's#screenshots/##')
wanted+=(main-window.png)
[ ${#wanted[@]} -ge 4 ] || fail "the guide shows only ${#wanted[@]} screenshots"
for name in "${wanted[@]}"; do
  png="$work/shots/$name"
  [ -s "$png" ] || fail "$name was not made (the guide or the metadata shows it)"
  read -r w h sd < <(identify -format '%w %h %[fx:standard_deviation]\n' "$png" | head -1)
  [ "$w" -ge 300 ] && [ "$h" -ge 300 ] || fail "$name is only ${w}x${h}"
  [ "$w" -le 1280 ] && [ "$h" -le 800 ] || fail "$name is ${w}x${h}, larger than 1280x800"
  awk -v sd="$sd" 'BEGIN { exit !(sd > 0.05) }' || fail "$name looks blank (standard deviation $sd)"
done
# The committed copies are the ones the guide shows: each must exist in the source tree.
for name in "${wanted[@]}"; do
  [ -s "$docs/screenshots/$name" ] || fail "docs/screenshots/$name is not committed"
done
echo "user-guide-screenshots: ok (${#wanted[@]} pictures)"
