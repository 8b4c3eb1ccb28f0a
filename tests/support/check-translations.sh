#!/usr/bin/env bash
# Every text with a count ("%n card(s)") has its English singular and plural forms in
# resources/translations/equitylogic_en.ts: lupdate, run over the sources as the
# update_translations target runs it, finds no text to add and none gone, and no entry is left
# unfinished. Without its forms a text shows "(s)" to the user.
set -euo pipefail
lupdate="$1"
src="$2"
work="$3"
ts="$src/resources/translations/equitylogic_en.ts"
rm -rf "$work" && mkdir -p "$work"
cp "$ts" "$work/equitylogic_en.ts"
fix="Run: cmake --build --preset dev --target update_translations, then give each new entry its \
singular and plural forms in $ts."
if ! (cd "$src" && "$lupdate" -pluralonly -locations none -no-obsolete -silent app core \
        -ts "$work/equitylogic_en.ts") >"$work/lupdate.log" 2>&1; then
  cat "$work/lupdate.log" >&2
  echo "FAIL: lupdate could not read the sources." >&2
  exit 1
fi
if ! diff -u "$ts" "$work/equitylogic_en.ts" >"$work/diff.txt"; then
  cat "$work/diff.txt" >&2
  echo "FAIL: the translation does not match the texts with a count in the sources. $fix" >&2
  exit 1
fi
if grep -q 'type="unfinished"' "$ts"; then
  grep -B3 'type="unfinished"' "$ts" >&2
  echo "FAIL: some texts with a count have no English forms yet. $fix" >&2
  exit 1
fi
echo "Every text with a count has its English singular and plural forms."
