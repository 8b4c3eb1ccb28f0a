#!/usr/bin/env bash
# The equitylogic program runs its file-only subcommands (import, validate, tidy, info) with Qt
# Core alone, so scripts that call it often do not wait for the editor's libraries to load, and
# hands the editor, export and report over to the editor program. Without the editor program
# those say so and exit 2; the file-only subcommands still work.
set -euo pipefail
exe="$1"
work="$2"
data="$(cd "$(dirname "$0")/../data" && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Loading Qt Gui is what makes a start slow; the command-line program must not need it.
if ldd "$exe" | grep -q 'libQt6Gui'; then
  fail "equitylogic loads Qt Gui: $(ldd "$exe" | grep Qt6)"
fi

# Tidy through the program, then export through the editor program it hands over to.
cp "$data/format-2.eqlm" "$work/plan.eqlm"
"$exe" tidy "$work/plan.eqlm" -o "$work/tidied.eqlm" >"$work/tidy.txt" \
  || fail "tidy exited $?"
# Counts read in words ("1 crossing", "0 crossings"): both programs load the English translation.
says_counts_in_words() {
  ! grep -q "(s)" "$1" && grep -Eq ': (1 crossing|[0-9]+ crossings) before, [0-9]+ after\.$' "$1"
}
says_counts_in_words "$work/tidy.txt" || fail "tidy said: $(cat "$work/tidy.txt")"
"$(dirname "$exe")/equitylogic-editor" tidy "$work/plan.eqlm" -o "$work/tidied-by-editor.eqlm" \
  >"$work/tidy-editor.txt" || fail "tidy through the editor program exited $?"
says_counts_in_words "$work/tidy-editor.txt" \
  || fail "tidy through the editor program said: $(cat "$work/tidy-editor.txt")"
"$exe" export "$work/tidied.eqlm" -o "$work/tidied.svg" --model "Housing and Health" \
  || fail "export exited $?"
grep -q "<svg" "$work/tidied.svg" || fail "export through the editor program wrote no SVG"

# The program alone, without the editor program beside it or in ../lib/equitylogic.
mkdir -p "$work/alone/bin"
cp "$exe" "$work/alone/bin/equitylogic"
alone="$work/alone/bin/equitylogic"
"$alone" info "$work/tidied.eqlm" | grep -q "^File format: " || fail "info needs the editor"
"$alone" validate "$work/tidied.eqlm" >/dev/null || [ $? -eq 1 ] || fail "validate needs the editor"
set +e
"$alone" export "$work/tidied.eqlm" -o "$work/alone.svg" >"$work/out.txt" 2>"$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "export without the editor program: exit $code, expected 2"
grep -q "equitylogic-editor" "$work/err.txt" || fail "message: $(cat "$work/err.txt")"
grep -q "Reinstall Equity Logic" "$work/err.txt" || fail "message: $(cat "$work/err.txt")"
[ ! -e "$work/alone.svg" ] || fail "a file was written although export could not run"
# Import and info count in words too ("1 model", never "1 model(s)").
"$exe" import "$data/interchange/community-languages.json" -o "$work/one.eqlm" >"$work/import.txt" \
  || fail "import exited $?"
grep -q ": 1 model, 7 nodes, 6 links\.$" "$work/import.txt" || fail "import said: $(cat "$work/import.txt")"
"$exe" info "$work/one.eqlm" >"$work/info.txt" || fail "info exited $?"
grep -qx "1 model" "$work/info.txt" || fail "info said: $(cat "$work/info.txt")"
grep -q ": 7 nodes, 6 links, 0 indicators$" "$work/info.txt" || fail "info said: $(cat "$work/info.txt")"

# A mistyped command is answered on the terminal, not taken for a file to open in the editor.
bare() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
set +e
bare "$exe" valdate "$work/tidied.eqlm" >"$work/out.txt" 2>"$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a mistyped command: exit $code, expected 2"
grep -q '"valdate" is neither a command nor a file' "$work/err.txt" \
  || fail "a mistyped command said: $(cat "$work/err.txt")"
grep -q "equitylogic validate FILE.eqlm" "$work/err.txt" || fail "no usage after a mistyped command"

# Opening the editor where there is no display says so in words, with what works instead.
for program in "$exe" "$(dirname "$exe")/equitylogic-editor"; do
  set +e
  bare "$program" "$work/tidied.eqlm" >"$work/out.txt" 2>"$work/err.txt"
  code=$?
  set -e
  [ "$code" -eq 2 ] || fail "$(basename "$program") without a display: exit $code, expected 2"
  grep -q "no display here to open the editor on" "$work/err.txt" \
    || fail "$(basename "$program") without a display said: $(cat "$work/err.txt")"
  ! grep -qi "xcb\|platform plugin" "$work/err.txt" || fail "Qt's plugin error reached the user"
done
echo "The command-line program and the editor program work together."
