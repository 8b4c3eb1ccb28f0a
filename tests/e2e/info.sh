#!/usr/bin/env bash
# `equitylogic info` describes a project file, and refuses a bad one with exit code 2 and a
# message on stderr that names the file.
set -euo pipefail
exe="$1"
work="$2"
data="$(cd "$(dirname "$0")/../data" && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$exe" info "$data/format-2.eqlm" >"$work/out.txt" 2>"$work/err.txt" || fail "info exited $?"
grep -qx "Title: Luton Health Equity Town" "$work/out.txt" || fail "no title: $(cat "$work/out.txt")"
grep -qx "Place: Luton" "$work/out.txt" || fail "no place"
grep -q "^File format: 2 " "$work/out.txt" || fail "no format"
grep -qx "2 models" "$work/out.txt" || fail "no model count"
grep -qx "  Housing and Health: 11 nodes, 8 links, 3 indicators" "$work/out.txt" \
  || fail "no model line: $(cat "$work/out.txt")"
[ ! -s "$work/err.txt" ] || fail "unexpected stderr: $(cat "$work/err.txt")"

"$exe" info "$data/format-1.eqlm" | grep -q "^File format: 1 " || fail "format 1 not reported"

printf 'not a project\n' >"$work/notes.eqlm"
set +e
"$exe" info "$work/notes.eqlm" >"$work/out2.txt" 2>"$work/err2.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "bad file: exit $code, expected 2"
grep -q "notes.eqlm" "$work/err2.txt" || fail "message does not name the file"
grep -q "not an Equity Logic project file" "$work/err2.txt" || fail "message: $(cat "$work/err2.txt")"
[ ! -s "$work/out2.txt" ] || fail "stdout should be empty for a bad file"

set +e
"$exe" info >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "no file: exit $code, expected 2"
echo "info: ok"
