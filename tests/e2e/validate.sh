#!/usr/bin/env bash
# equitylogic validate on real project files: the lines and summary a person reads, the JSON a
# script reads, and the exit codes (0 passes, 1 errors remain, 2 unreadable file or bad usage).
set -euo pipefail
EL="$1"
WORK="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
FIXTURES="${EL_FIXTURES_DIR:-$HERE/../data/fixtures}"
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }

# A published model with no principles and no indicators: errors, and it says so.
"$EL" import "$FIXTURES/nsw-healthier-food-outlets.json" -o nsw.eqlm
set +e
"$EL" validate nsw.eqlm > nsw.txt 2> nsw.err
code=$?
set -e
[ "$code" = 1 ] || fail "a model with errors should exit 1, got $code"
grep -q ': error EL201: ' nsw.txt || fail "outcomes without a principle are not reported"
grep -q ': warning EL303: This model has no indicators' nsw.txt || fail "no-indicator warning missing"
grep -q '^Project: warning EL602: ' nsw.txt || fail "project-wide finding missing"
tail -n 1 nsw.txt | grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ notes?.*validation failed\.$' \
    || fail "summary line: $(tail -n 1 nsw.txt)"

set +e
"$EL" validate nsw.eqlm --format json > nsw.json
code=$?
set -e
[ "$code" = 1 ] || fail "json: exit code $code"
python3 - nsw.json <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
d = doc["diagnostics"]
assert d, "no diagnostics"
for key in ("code", "severity", "message", "model", "nodes", "links", "chain", "chain_count",
            "waived", "justification"):
    assert all(key in x for x in d), key
el201 = [x for x in d if x["code"] == "EL201"]
assert el201 and el201[0]["chain"] and el201[0]["chain_count"] >= 1, el201[:1]
assert el201[0]["chain"][0]["title"], "chain cards carry titles"
rows = doc["coverage"]["models"]
assert len(rows) == 1 and len(rows[0]["cells"]) == 8
assert doc["summary"]["passes"] is False
PY

# A small model in good order: passes, but not under --strict (seven principles uncovered).
cat > good.json <<'JSON'
{ "format": "equitylogic", "version": 1, "project": { "title": "Good" },
  "models": [ { "name": "Work", "nodes": [
    { "id": "i", "kind": "input", "title": "Advisers" },
    { "id": "a", "kind": "activity", "title": "Run job clubs" },
    { "id": "o", "kind": "output", "title": "Sessions held" },
    { "id": "r", "kind": "outcome_short", "title": "More people in good work", "principles": [3],
      "population": "Adults in the most deprived wards",
      "indicators": [ { "title": "Employment rate", "measure": "percentage", "source": "APS",
        "baseline": { "value": 61, "date": "2023-03-31" },
        "target": { "value": 65, "date": "2027-03-31" },
        "disaggregation": ["deprivation", "ethnicity"] } ] } ],
    "links": [ { "from": "i", "to": "a" }, { "from": "a", "to": "o" }, { "from": "o", "to": "r" } ]
  } ] }
JSON
"$EL" import good.json -o good.eqlm
"$EL" validate good.eqlm > good.txt || fail "a model without errors should exit 0"
grep -q 'validation passed' good.txt || fail "summary should say passed"
set +e
"$EL" validate good.eqlm --strict > strict.txt
code=$?
set -e
[ "$code" = 1 ] || fail "--strict with warnings should exit 1, got $code"

# An accepted finding about a card that is gone: a note that says to remove the acceptance, in
# the text and, with the acceptance to remove, in the JSON; it does not fail validation.
python3 - good.json stale.json <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["models"][0]["id"] = "work"
doc["waivers"] = [{"model": "work", "code": "EL105",
                   "subject": "EL105|n:00000000-0000-4000-8000-000000000001",
                   "justification": "Kept for the autumn campaign"}]
json.dump(doc, open(sys.argv[2], "w"))
PY
"$EL" import stale.json -o stale.eqlm
"$EL" validate stale.eqlm > stale.txt || fail "a stale acceptance should not fail validation"
grep -q '^Work: info EL701: The accepted finding EL105 about a card since deleted .*Remove the acceptance' \
    stale.txt || fail "stale acceptance not reported: $(cat stale.txt)"
"$EL" validate stale.eqlm --format json > stale.json.out || fail "json: a stale acceptance failed"
python3 - stale.json.out <<'PY'
import json, sys
d = [x for x in json.load(open(sys.argv[1]))["diagnostics"] if x["code"] == "EL701"]
assert len(d) == 1 and d[0]["severity"] == "info" and not d[0]["waived"], d
assert d[0]["stale_waiver"]["code"] == "EL105", d[0]
assert d[0]["stale_waiver"]["justification"] == "Kept for the autumn campaign", d[0]
PY

# Unreadable input and bad usage: exit 2 with a message naming the problem.
set +e
"$EL" validate missing.eqlm 2> missing.err; code=$?
[ "$code" = 2 ] || fail "a missing file should exit 2, got $code"
echo "not a project" > junk.eqlm
"$EL" validate junk.eqlm 2> junk.err; code=$?
[ "$code" = 2 ] || fail "a foreign file should exit 2, got $code"
"$EL" validate good.eqlm --format xml 2> usage.err; code=$?
[ "$code" = 2 ] || fail "an unknown format should exit 2, got $code"
set -e
grep -q 'junk.eqlm' junk.err || fail "the message should name the file: $(cat junk.err)"
echo "validate: all checks passed"
