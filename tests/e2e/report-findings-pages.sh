# The findings of a model are never split so that one finding sits alone at the top of a page:
# the last goes over with the one before it, and a section's heading stays with its first
# finding. Checked on a project whose models have from 1 to 40 findings, so that the page breaks
# fall at every place in the list.
source "$(dirname "$0")/export-common.inc"
python3 - findings.json <<'PY'
import json, sys
models = []
for k in range(1, 41):
    nodes = [{"id": f"m{k}a{i}", "kind": "activity", "title": f"Loose activity {i} of model {k}"}
             for i in range(k)]
    models.append({"id": f"m{k}", "name": f"Model {k}", "nodes": nodes, "links": []})
json.dump({"format": "equitylogic", "version": 1, "project": {"title": "Findings"},
           "models": models}, open(sys.argv[1], "w"))
PY
"$EXE" import findings.json -o findings.eqlm >/dev/null
"$EXE" report findings.eqlm -o report.pdf || fail "report failed"
pdftotext report.pdf report.txt
python3 - report.txt <<'PY'
import re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
entry = re.compile(r"^(Error|Warning|Note) · EL\d{3}$", re.M)
bad = []
seen = 0
for number, text in enumerate(pages, 1):
    count = len(entry.findall(text))
    seen += count
    if count == 1 and not re.search(r"^1 finding,", text, re.M):
        bad.append(number)
if seen < 100:
    sys.exit(f"FAIL: only {seen} findings found in the report's text; has the layout changed?")
if bad:
    sys.exit(f"FAIL: a finding stands alone on page(s) {bad}")
PY
echo "report-findings-pages: no finding stands alone on a page"
