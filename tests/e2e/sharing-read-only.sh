#!/usr/bin/env bash
# A project in a read-only folder (as mail programs keep attachments) opens read-only with a
# reason, is never written, and gets no lock file. Permission bits stop nothing for root, so the
# check runs as the unprivileged user "nobody" (setpriv or runuser); a project in a folder that
# nobody may write to but may read.
set -euo pipefail
exe="$1"
work="$2"
helper="$(cd "$(dirname "$exe")/../tests" && pwd)/el_sharing_helper"
data="$(cd "$(dirname "$0")/../data" && pwd)"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$helper" ] || fail "helper not built: $helper"

as_nobody=()
if [ "$(id -u)" -ne 0 ]; then
  as_nobody=() # already unprivileged: permission bits apply to us
elif setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
  as_nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
elif runuser -u nobody -- true 2>/dev/null; then
  as_nobody=(runuser -u nobody --)
else
  echo "SKIP: running as root and neither setpriv nor runuser can switch to nobody"
  exit 0
fi
# The helper and the data must be reachable for nobody (the build may sit under /root).
if ! "${as_nobody[@]}" test -x "$helper"; then
  cp "$helper" "$work/helper"
  chmod 755 "$work" "$work/helper"
  helper="$work/helper"
  if ! "${as_nobody[@]}" test -x "$helper"; then
    echo "SKIP: nobody cannot reach the work folder $work (its parents are private)"
    exit 0
  fi
fi

attachments="$work/attachments"
mkdir -p "$attachments"
cp "$data/format-2.eqlm" "$attachments/Luton.eqlm"
chmod 644 "$attachments/Luton.eqlm"
chmod 555 "$attachments"
chmod 755 "$work"
before=$(sha256sum <"$attachments/Luton.eqlm")
listing=$(ls -a "$attachments")

home="$work/home"
mkdir -p "$home" && chmod 777 "$home"
HOME="$home" XDG_DATA_HOME="$home" "${as_nobody[@]}" "$helper" open "$attachments/Luton.eqlm" \
  >"$work/out.txt" 2>"$work/err.txt" || fail "opening failed: $(cat "$work/err.txt")"

grep -q "^read-only: It is in a folder that cannot be changed" "$work/out.txt" \
  || fail "not read-only: $(cat "$work/out.txt")"
grep -q "Save As" "$work/out.txt" || fail "the reason does not offer Save As"
grep -qx "opened Luton Health Equity Town" "$work/out.txt" || fail "not opened: $(cat "$work/out.txt")"
grep -q "^save: refused: .*cannot be changed" "$work/out.txt" \
  || fail "a save was not refused: $(cat "$work/out.txt")"
[ "$(sha256sum <"$attachments/Luton.eqlm")" = "$before" ] || fail "the file was changed"
[ "$(ls -a "$attachments")" = "$listing" ] || fail "something was written beside it: $(ls -a "$attachments")"

# The same file in a folder nobody may write to opens normally and takes a lock.
own="$work/own"
mkdir -p "$own" && cp "$data/format-2.eqlm" "$own/Luton.eqlm" && chmod 777 "$own" && chmod 666 "$own/Luton.eqlm"
HOME="$home" "${as_nobody[@]}" "$helper" open "$own/Luton.eqlm" >"$work/own.txt" 2>&1 \
  || fail "opening a writable copy failed: $(cat "$work/own.txt")"
grep -qx "writable" "$work/own.txt" || fail "a writable folder was called read-only: $(cat "$work/own.txt")"
grep -qx "lock: acquired" "$work/own.txt" || fail "no lock: $(cat "$work/own.txt")"
echo "PASS"
