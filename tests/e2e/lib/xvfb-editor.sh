# Shared by the end-to-end scripts that drive the real editor under Xvfb with xdotool
# (tests/e2e/editor-*.sh). Sourced, not run: it only defines functions. The sourcing script keeps
# its work folder in $work and the editor's process id in $app (empty when it is not running).

# fail MESSAGE: says what went wrong, with the editor's logs ($work/app*.log), and stops.
fail() {
  echo "FAIL: $*" >&2
  for log in "$work"/app*.log; do [ -f "$log" ] && sed "s|^|  $(basename "$log"): |" "$log" >&2; done
  exit 1
}

# stop_on_exit SIGNAL: however the script ends, the editor (when still running) then gets SIGNAL
# and Xvfb is stopped.
stop_on_exit() {
  app=""
  xvfb=""
  trap "stop_processes $1" EXIT
}

stop_processes() {
  [ -n "$app" ] && kill "-$1" "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
}

# need_tools TOOL...: fails, saying how to install them, when any tool is missing.
need_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
  done
}

# start_xvfb: starts a virtual screen and exports its DISPLAY; its process id goes in $xvfb.
# Xvfb picks a free display itself (no race with other tests) and writes its number to fd 3.
start_xvfb() {
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 300); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || fail "Xvfb did not start"
  export DISPLAY=":$(head -1 "$work/display")"
  for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"
}

# click_to_focus WINDOW X Y: there is no window manager, so a click inside a window (somewhere
# harmless) gives it the keyboard.
click_to_focus() {
  xdotool mousemove --window "$1" "$2" "$3" click 1
  xdotool windowfocus --sync "$1" 2>/dev/null || true
  sleep 0.5
}

# focus_editor WINDOW: the same, with a click on the editor's status bar. Leaves the window's
# size in WIDTH and HEIGHT.
focus_editor() {
  eval "$(xdotool getwindowgeometry --shell "$1")"
  click_to_focus "$1" $((WIDTH / 2)) $((HEIGHT - 8))
}

# add_activity WINDOW TITLE: Insert > Activity (Alt+I, A) adds a card and starts editing its
# title; TITLE is typed and Return ends the editing.
add_activity() {
  xdotool key --window "$1" alt+i
  sleep 0.5
  xdotool key --window "$1" a
  sleep 0.8
  xdotool type --delay 30 "$2"
  xdotool key Return
}

# quit_editor: Ctrl+Q, then the editor ($app) must exit, without an error, within 10 seconds.
quit_editor() {
  xdotool key ctrl+q # not --window: the window is gone before the key is released
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app" 2>/dev/null; then
    import -window root "$work/stuck.png" || true
    fail "the editor did not quit after Ctrl+Q (see stuck.png)"
  fi
  wait "$app" || fail "the editor exited with an error"
  app=""
}

# expect_card_saved FILE TITLE BEFORE WHICH: the project FILE holds exactly one card called
# TITLE and, in all, one card more than BEFORE. WHICH names the card in messages ("new").
expect_card_saved() {
  local file=$1 title=$2 before=$3 which=$4 count after
  count=$(sqlite3 "$file" "SELECT count(*) FROM nodes WHERE title = '$title'")
  [ "$count" = "1" ] || fail "the $which card is not in the saved file (found $count)"
  after=$(sqlite3 "$file" "SELECT count(*) FROM nodes")
  [ "$after" = "$((before + 1))" ] || fail "expected $((before + 1)) cards after saving, found $after"
}
