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
source "$here/lib/xvfb-editor.sh"

need_tools Xvfb xdotool sqlite3 import
rm -rf "$work" && mkdir -p "$work/home" "$work/config"
# A fresh user: no settings, no recent files, the default window layout.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORMTHEME || true

"$exe" import "$sample" -o "$work/sample.eqlm" || fail "import of the sample failed"
before=$(sqlite3 "$work/sample.eqlm" "SELECT count(*) FROM nodes")

stop_on_exit TERM
start_xvfb

"$exe" "$work/sample.eqlm" >"$work/app.log" 2>&1 &
app=$!
win=$(timeout 90 xdotool search --sync --name 'sample\.eqlm' | head -1) || true
[ -n "$win" ] || fail "the editor's window did not appear"
sleep 2 # let it lay out and paint

focus_editor "$win"

add_activity "$win" "$title"
sleep 0.5
xdotool key ctrl+s
sleep 1.5
import -window root "$work/editor.png" || fail "no screenshot"

quit_editor
expect_card_saved "$work/sample.eqlm" "$title" "$before" new
"$exe" info "$work/sample.eqlm" >/dev/null || fail "the saved file does not open"
echo "editor-xdotool: ok (screenshot: $work/editor.png)"
