#!/usr/bin/env bash
# A session that is killed with SIGKILL in the middle of editing loses nothing: the next start
# finds its working copy and recovers every change it had made, while the user's own file is
# exactly as it was. Repeated with kills at different moments.
set -euo pipefail
exe="$1"
work="$2"
helper="$(dirname "$exe")/../tests/el_sharing_helper"
data="$(cd "$(dirname "$0")/../data" && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$helper" ] || fail "helper not built: $helper"

for round in 1 2 3 4 5; do
  dir="$work/round$round"
  mkdir -p "$dir"
  cp "$data/format-2.eqlm" "$dir/Luton.eqlm"
  before=$(sha256sum <"$dir/Luton.eqlm")
  "$helper" edit "$dir/Luton.eqlm" "$dir/recovery" >"$dir/edit.out" 2>"$dir/edit.err" &
  pid=$!
  # Kill after a different number of committed edits each round, while it keeps editing.
  want=$((round * 7 + RANDOM % 10))
  for _ in $(seq 1 600); do
    n=$(grep -c '^committed' "$dir/edit.out" || true)
    [ "$n" -ge "$want" ] && break
    kill -0 "$pid" 2>/dev/null || fail "editing session ended by itself: $(cat "$dir/edit.err")"
    sleep 0.05
  done
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  last=$(grep '^committed' "$dir/edit.out" | tail -1 | cut -d' ' -f2)
  [ -n "$last" ] && [ "$last" -ge "$want" ] || fail "round $round: only ${last:-0} edits committed"

  [ "$(sha256sum <"$dir/Luton.eqlm")" = "$before" ] || fail "round $round: the user's file changed"

  "$helper" recover "$dir/recovery" >"$dir/recover.out" 2>"$dir/recover.err" \
    || fail "round $round: recovery failed: $(cat "$dir/recover.err")"
  [ "$(grep -c '^entry Luton.eqlm changes' "$dir/recover.out")" -eq 1 ] \
    || fail "round $round: expected one working copy: $(head -3 "$dir/recover.out")"
  for i in $(seq 1 "$last"); do
    grep -qx "node Edit $i" "$dir/recover.out" || fail "round $round: edit $i of $last was lost"
  done
  echo "round $round: killed after $last committed edits; all recovered"
done
echo "PASS"
