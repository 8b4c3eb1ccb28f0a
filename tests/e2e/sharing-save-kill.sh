#!/usr/bin/env bash
# Saving is atomic: a save loop killed with SIGKILL at random moments, 50 times, always leaves
# the target either the complete old version or the complete new one, which SQLite's own
# integrity check accepts and Equity Logic opens, with nothing left beside it. Both the storage
# layer's save and the editor's careful save (SafeSave) are exercised.
set -euo pipefail
exe="$1"
work="$2"
helper="$(dirname "$exe")/../tests/el_sharing_helper"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$helper" ] || fail "helper not built: $helper"
command -v sqlite3 >/dev/null || fail "sqlite3 is not installed"

rounds=${EL_SAVE_KILL_ROUNDS:-50}
for round in $(seq 1 "$rounds"); do
  mode=safe
  [ $((round % 2)) -eq 0 ] && mode=storage
  dir="$work/r$round"
  mkdir -p "$dir"
  target="$dir/Project.eqlm"
  "$helper" saveloop "$target" "$mode" >"$dir/out" 2>"$dir/err" &
  pid=$!
  # Wait for the first complete save, then kill at a random moment in the next ones.
  for _ in $(seq 1 400); do
    grep -q '^saved' "$dir/out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || fail "save loop ended: $(cat "$dir/err")"
    sleep 0.02
  done
  sleep "0.$(printf '%03d' $((RANDOM % 400)))"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  last=$(grep '^saved' "$dir/out" | tail -1 | cut -d' ' -f2)
  [ -n "$last" ] || fail "round $round: nothing was saved"

  check=$(sqlite3 "$target" 'PRAGMA integrity_check') || fail "round $round: sqlite3 failed"
  [ "$check" = "ok" ] || fail "round $round: integrity_check said: $check"
  title=$("$helper" check "$target" 2>"$dir/check.err") \
    || fail "round $round: the file does not open: $(cat "$dir/check.err")"
  # The last reported save, or the one in progress when it was killed.
  case "$title" in
    "version $last" | "version $((last + 1))") ;;
    *) fail "round $round ($mode): file holds \"$title\", last complete save was $last" ;;
  esac
  # Nothing else in the folder but (at most) a temporary file of the interrupted save.
  others=$(find "$dir" -maxdepth 1 -type f ! -name out ! -name err ! -name check.err \
    ! -name Project.eqlm ! -name '.Project.eqlm.*' ! -name 'Project.eqlm.*' | wc -l)
  [ "$others" -eq 0 ] || fail "round $round: unexpected files: $(ls -a "$dir")"
done
echo "PASS: $rounds kills, every file complete"
