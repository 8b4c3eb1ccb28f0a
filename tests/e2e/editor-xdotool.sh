#!/usr/bin/env bash
# The real editor, as a person uses it: under Xvfb, open the sample project, add a card from
# the Insert menu with the keyboard, type its title, save with Ctrl+S, take a screenshot
# (kept as editor.png in the work folder), quit, and check the saved file with sqlite3.
set -euo pipefail
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$2"
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../resources/sample/luton-health-equity-town.json"
title="Warm homes advice at every GP surgery"
fail() { echo "FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }

for tool in Xvfb xdotool sqlite3 import; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done
rm -rf "$work" && mkdir -p "$work/home" "$work/config"
# A fresh user: no settings, no recent files, the default window layout.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORMTHEME || true

"$exe" import "$sample" -o "$work/sample.eqlm" || fail "import of the sample failed"
before=$(sqlite3 "$work/sample.eqlm" "SELECT count(*) FROM nodes")

# Xvfb picks a free display itself (no race with other tests) and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 300); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
display=":$(head -1 "$work/display")"
export DISPLAY="$display"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $display"

"$exe" "$work/sample.eqlm" >"$work/app.log" 2>&1 &
app=$!
win=$(timeout 90 xdotool search --sync --name 'sample\.eqlm' | head -1) || true
[ -n "$win" ] || fail "the editor's window did not appear"
sleep 2 # let it lay out and paint

# No window manager: click inside the window (on the status bar, harmless) to give it focus.
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove --window "$win" $((WIDTH / 2)) $((HEIGHT - 8)) click 1
xdotool windowfocus --sync "$win" 2>/dev/null || true
sleep 0.5

# Insert > Activity (Alt+I, A) adds a card and starts editing its title.
xdotool key --window "$win" alt+i
sleep 0.5
xdotool key --window "$win" a
sleep 0.8
xdotool type --delay 30 "$title"
xdotool key Return
sleep 0.5
xdotool key ctrl+s
sleep 1.5
import -window root "$work/editor.png" || fail "no screenshot"

xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app" 2>/dev/null; then
  import -window root "$work/stuck.png" || true
  fail "the editor did not quit after Ctrl+Q (see stuck.png)"
fi
wait "$app" || fail "the editor exited with an error"
app=""

count=$(sqlite3 "$work/sample.eqlm" "SELECT count(*) FROM nodes WHERE title = '$title'")
[ "$count" = "1" ] || fail "the new card is not in the saved file (found $count)"
after=$(sqlite3 "$work/sample.eqlm" "SELECT count(*) FROM nodes")
[ "$after" = "$((before + 1))" ] || fail "expected $((before + 1)) cards after saving, found $after"
"$exe" info "$work/sample.eqlm" >/dev/null || fail "the saved file does not open"
echo "editor-xdotool: ok (screenshot: $work/editor.png)"
