#!/usr/bin/env bash
# The real editor killed in the middle of editing loses nothing: under Xvfb, open a project, add
# a card and type its title, kill the editor with SIGKILL, start it again, see the recovery
# dialog (screenshot recovery.png), recover, save with Ctrl+S (screenshot recovered.png) and
# check with sqlite3 that the saved file holds the new card.
set -euo pipefail
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$2"
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../resources/sample/luton-health-equity-town.json"
title="Warm homes advice after the crash"
source "$here/lib/xvfb-editor.sh"

need_tools Xvfb xdotool sqlite3 import
rm -rf "$work" && mkdir -p "$work/home" "$work/config" "$work/data"
# A private user: the recovery folder (XDG_DATA_HOME) belongs to this test alone.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORMTHEME || true
recovery="$work/data/Equity Logic/Equity Logic/recovery"

"$exe" import "$sample" -o "$work/sample.eqlm" || fail "import of the sample failed"
before=$(sqlite3 "$work/sample.eqlm" "SELECT count(*) FROM nodes")
original=$(sha256sum <"$work/sample.eqlm")

stop_on_exit KILL
start_xvfb

# 1. Edit, then die.
"$exe" "$work/sample.eqlm" >"$work/app1.log" 2>&1 &
app=$!
win=$(timeout 90 xdotool search --sync --name 'sample\.eqlm.*Equity Logic' | head -1) || true
[ -n "$win" ] || fail "the editor's window did not appear"
sleep 2
focus_editor "$win"
add_activity "$win" "$title"
# The working copy is written at once; on a busy machine allow it a while to record the change.
for _ in $(seq 150); do
  grep -qsE '"changes": *[1-9]' "$recovery"/*.recovery.json && break
  sleep 0.1
done
import -window root "$work/before-kill.png" || true
ls "$recovery"/*.recovery.json >/dev/null 2>&1 || fail "no working copy in $recovery before the kill"
kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""
[ "$(sha256sum <"$work/sample.eqlm")" = "$original" ] || fail "the user's file changed without Save"

# 2. Start again: the recovery dialog offers the work.
"$exe" >"$work/app2.log" 2>&1 &
app=$!
dialog=$(timeout 90 xdotool search --sync --name 'Recover Unsaved Work' | head -1) || true
[ -n "$dialog" ] || { import -window root "$work/no-dialog.png" || true; fail "no recovery dialog (see no-dialog.png)"; }
sleep 1.5
import -window root "$work/recovery.png" || fail "no screenshot"
# Recover is the default button: Return presses it.
click_to_focus "$dialog" 20 12
xdotool key --window "$dialog" Return
win=$(timeout 90 xdotool search --sync --name 'sample\.eqlm.*Equity Logic' | head -1) || true
[ -n "$win" ] || { import -window root "$work/no-window.png" || true; fail "the recovered project did not open (see no-window.png)"; }
sleep 2
name=$(xdotool getwindowname "$win")
case "$name" in *'*'*) ;; *) fail "the recovered project is not marked as changed: $name" ;; esac

# 3. Save with Ctrl+S: the original file gets the recovered card.
focus_editor "$win"
xdotool key --window "$win" ctrl+s
sleep 1.5
import -window root "$work/recovered.png" || fail "no screenshot"
quit_editor
expect_card_saved "$work/sample.eqlm" "$title" "$before" recovered
[ "$(sqlite3 "$work/sample.eqlm" "PRAGMA integrity_check")" = "ok" ] || fail "integrity_check failed"
if ls "$recovery"/*.recovery.json >/dev/null 2>&1; then fail "working copies left after saving"; fi
echo "editor-crash-recovery: ok (screenshots: $work/recovery.png, $work/recovered.png)"
