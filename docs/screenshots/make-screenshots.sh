#!/usr/bin/env bash
# Makes the user guide's screenshots from the real editor, so they never go stale.
#
# Usage: docs/screenshots/make-screenshots.sh PATH/TO/equitylogic [OUTPUT-FOLDER]
#
# It builds nothing. It imports the bundled sample (resources/sample/luton-health-equity-town.json)
# into a temporary project file, opens it in the editor under a private Xvfb display with a fresh
# set of settings, drives it with xdotool and writes PNG files into OUTPUT-FOLDER (by default the
# folder this script is in). Needs Xvfb, xdotool and ImageMagick (packaging/install-deps.sh).
#
# There is no window manager under a bare Xvfb: every click uses coordinates relative to the
# editor's window, and keys go to the window that has the focus. The coordinates below follow the
# default layout of a 1440×900 window; if the window's layout changes, check them again by looking
# at the pictures (the end-to-end test only checks that they are not blank).
set -euo pipefail

fail() {
  echo "make-screenshots: $*" >&2
  [ -n "${work:-}" ] && [ -f "$work/xvfb.log" ] && sed 's/^/  Xvfb: /' "$work/xvfb.log" >&2
  [ -n "${work:-}" ] && [ -f "$work/app.log" ] && sed 's/^/  editor: /' "$work/app.log" >&2
  exit 1
}

[ $# -ge 1 ] || fail "give the path of the equitylogic program, for example build/dev/app/equitylogic"
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -x "$exe" ] || fail "$1 is not a program"
here="$(cd "$(dirname "$0")" && pwd)"
out="${2:-$here}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
sample="$here/../../resources/sample/luton-health-equity-town.json"
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/el-screenshots.XXXXXX")"
xvfb=""
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh user: no settings, no recent files, the default window layout, British English.
mkdir -p "$work/home" "$work/config" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=xcb LANG=en_GB.UTF-8 LANGUAGE=en_GB
unset QT_QPA_PLATFORMTHEME QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS || true
# The interface font is DejaVu Sans whatever else is installed (with fonts-noto-core, fontconfig
# would pick Noto Sans, whose taller lines move the buttons the clicks below are aimed at). Other
# fonts stay available for the scripts DejaVu Sans lacks.
cat >"$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="strong">
    <family>sans-serif</family>
    <prefer><family>DejaVu Sans</family></prefer>
  </alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$work/fonts.conf"

"$exe" import "$sample" -o "$work/sample.eqlm" >/dev/null || fail "the sample could not be imported"

# Xvfb picks a free display itself and writes its number to file descriptor 3.
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(head -1 "$work/display")"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"

"$exe" "$work/sample.eqlm" >"$work/app.log" 2>&1 &
app=$!
win=$(timeout 60 xdotool search --sync --name 'sample\.eqlm' | head -1) || true
[ -n "$win" ] || fail "the editor's window did not appear"
sleep 3 # let it lay out, validate and paint

# The window's size, and a click on the status bar (harmless) to give it the keyboard focus.
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove --window "$win" $((WIDTH / 2)) $((HEIGHT - 6)) click 1
sleep 0.5

# shot NAME [GEOMETRY]: the editor's window (or a WIDTHxHEIGHT+X+Y part of it), scaled down to at
# most 1280×800 and reduced to 256 colours, which keeps interface pictures sharp and small.
shot() {
  local name="$1" crop="${2:-}"
  sleep 1
  import -window "$win" "$work/raw.png" || fail "could not capture $name"
  local args=()
  [ -n "$crop" ] && args+=(-crop "$crop" +repage)
  convert "$work/raw.png" "${args[@]}" -resize '1280x800>' -strip +dither -colors 256 \
    "PNG8:$out/$name.png" || fail "could not write $name.png"
  echo "  $out/$name.png"
}
shot_window() {
  import -window "$2" "$work/raw.png" || fail "could not capture $1"
  convert "$work/raw.png" -resize '1280x800>' -strip +dither -colors 256 "PNG8:$out/$1.png" \
    || fail "could not write $1.png"
  echo "  $out/$1.png"
}
click() { xdotool mousemove --window "$win" "$1" "$2" click "${3:-1}"; sleep 0.6; }
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }
find_card() {
  key ctrl+f
  xdotool type --delay 20 "$1"
  sleep 0.4
  key Return
}

echo "make-screenshots: writing into $out"

# 1. The whole window with the first model of the sample, fitted to the window.
key ctrl+0
shot main-window

# 2. A card selected: its properties (title, kind, population, principles, indicators).
find_card "Fewer households in fuel poverty"
shot properties-panel

# 3. The Marmot principles of that card, close up: the top of the properties panel.
shot principles "340x512+$((WIDTH - 340))+108"

# 4. Its indicator (KPI) opened for editing: click the indicator's row, then Edit.
click "$((WIDTH - 175))" 675
click "$((WIDTH - 206))" "$((HEIGHT - 49))"
sleep 1
dialog=$(xdotool search --onlyvisible --name 'indicator' | tail -1) || true
[ -n "$dialog" ] || fail "the indicator dialog did not open"
shot_window indicator "$dialog"
key Escape

# 5. The findings panel, with the first finding clicked: its chain is highlighted on the canvas
# and the panel says how to fix it.
click 518 "$((HEIGHT - 184))"
shot findings

# 6. The principle coverage table (the second tab under the canvas), made taller by dragging the
# panel's edge up, with one number clicked to highlight the chains serving that principle.
click 397 "$((HEIGHT - 37))"
xdotool mousemove --window "$win" 665 "$((HEIGHT - 266))" mousedown 1 sleep 0.3 \
  mousemove --window "$win" 665 600 sleep 0.3 mousemove --window "$win" 665 470 sleep 0.3 mouseup 1
sleep 0.6
click "$((WIDTH - 392))" 560
shot coverage

# 7. The Export dialog (File → Export…) with its first-time choices: this model, PDF, A4.
click "$((WIDTH / 2))" "$((HEIGHT - 6))"
key ctrl+shift+e
sleep 1
dialog=$(xdotool search --onlyvisible --name '^Export$' | tail -1) || true
[ -n "$dialog" ] || fail "the Export dialog did not open"
shot_window export-dialog "$dialog"
key Escape

kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=""
echo "make-screenshots: done"
