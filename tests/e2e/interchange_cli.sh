#!/usr/bin/env bash
# import and export on the command line, as a script would use them: exit codes, messages that
# name the file, a lossless JSON round trip, and nothing written when the JSON is bad.
# Usage: interchange_cli.sh path/to/equitylogic workdir
set -u
EL="$1"
WORK="$2"
DATA="$(cd "$(dirname "$0")/../data/interchange" && pwd)"
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 1
export QT_QPA_PLATFORM=offscreen

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect CODE COMMAND...: runs the command, keeps stderr in err.txt, checks the exit code.
expect() {
    local code="$1"
    shift
    "$@" >out.txt 2>err.txt
    local got=$?
    [ "$got" -eq "$code" ] || fail "exit $got, expected $code: $* ($(cat err.txt))"
}

# A good file imports, exports, and exports again identically.
expect 0 "$EL" import "$DATA/everything.json" -o first.eqlm
[ -s first.eqlm ] || fail "import wrote no project file"
expect 0 "$EL" export first.eqlm -o first.json
grep -q '"format": "equitylogic"' first.json || fail "export is not interchange JSON"
grep -q 'Fewer households in temporary accommodation' first.json || fail "a node title was lost"
expect 0 "$EL" import first.json -o second.eqlm
expect 0 "$EL" export second.eqlm -o second.json
cmp -s first.json second.json || fail "JSON -> project -> JSON changed the file"

# One model only.
expect 0 "$EL" export first.eqlm -o housing.json --model "Housing and Health"
grep -q 'Retrofit council homes' housing.json || fail "--model left out its own model"
grep -q 'Adult skills budget' housing.json && fail "--model kept another model"
expect 2 "$EL" export first.eqlm -o none.json --model "No such model"
grep -q 'No such model' err.txt || fail "unknown model not named: $(cat err.txt)"
[ -e none.json ] && fail "an unknown model still wrote a file"

# Malformed JSON: exit 2, the file, the line and column named, nothing written.
printf '{\n  "format": "equitylogic",\n  "version": 1\n  "project": {"title": "T"}\n}\n' >broken.json
expect 2 "$EL" import broken.json -o broken.eqlm
grep -q 'broken.json' err.txt || fail "the message does not name the file: $(cat err.txt)"
grep -q 'line 4, column 3' err.txt || fail "no line and column: $(cat err.txt)"
[ -e broken.eqlm ] && fail "a malformed JSON file still wrote a project"

# Valid JSON that breaks the format: exit 2, the JSON path named, nothing written.
printf '{"format": "equitylogic", "version": 1, "project": {},\n "models": [{"name": "M", "nodes": [{"id": "a", "kind": "outcome", "title": "A"}]}]}\n' >invalid.json
expect 2 "$EL" import invalid.json -o invalid.eqlm
grep -q 'project.title' err.txt || fail "missing title not reported: $(cat err.txt)"
grep -q 'models\[0\].nodes\[0\].kind' err.txt || fail "bad kind not reported: $(cat err.txt)"
[ -e invalid.eqlm ] && fail "an invalid JSON file still wrote a project"

# An existing project is left alone when the import fails.
cp first.eqlm keep.eqlm
expect 2 "$EL" import invalid.json -o keep.eqlm
cmp -s first.eqlm keep.eqlm || fail "a failed import changed the existing project file"

# Usage errors.
expect 2 "$EL" import "$DATA/everything.json"
expect 2 "$EL" import missing.json -o missing.eqlm
grep -q 'missing.json' err.txt || fail "an unreadable file is not named: $(cat err.txt)"
expect 2 "$EL" export first.eqlm -o picture.xyz
grep -q 'not supported yet' err.txt || fail "an unknown format is not explained: $(cat err.txt)"
[ -e picture.xyz ] && fail "an unknown format still wrote a file"
expect 2 "$EL" export missing.eqlm -o missing.json
[ -e missing.json ] && fail "a missing project still wrote JSON"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "interchange command line: all checks passed"
