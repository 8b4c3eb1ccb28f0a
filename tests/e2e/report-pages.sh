# The report's diagram pages as a reader sees them: rendered to images, no diagram page is
# mostly empty (a page holding only a strip of the diagram), for the sample and a large model.
source "$(dirname "$0")/export-common.inc"
python3 - big.json <<'PY'
import json, sys
kinds = ["input", "activity", "output", "outcome_short", "outcome_medium", "outcome_long",
         "impact"]
nodes, links = [], []
for k, kind in enumerate(kinds):
    for i in range(60):
        nodes.append({"id": f"n{k}_{i}", "kind": kind, "title": f"Card {kind} number {i}",
                      "principles": [1 + (i % 8)]})
        if k > 0:
            links.append({"from": f"n{k-1}_{i}", "to": f"n{k}_{(i * 7) % 60}"})
json.dump({"format": "equitylogic", "version": 1, "project": {"title": "Large"},
           "models": [{"name": "Big", "nodes": nodes, "links": links}]}, open(sys.argv[1], "w"))
PY
"$EXE" import big.json -o big.eqlm >/dev/null
"$EXE" report sample.eqlm -o sample-report.pdf || fail "sample report failed"
"$EXE" report big.eqlm -o big-report.pdf || fail "large report failed"

# inked PDF: for every landscape (diagram) page, the share of its printable area that shows
# something, measured on a 10 × 10 grid (a cell counts when 3% of its pixels are not white).
inked() {
    rm -rf pages && mkdir pages
    pdftoppm -r 30 -gray "$1" pages/p
    python3 - pages <<'PY'
import os, sys
for name in sorted(os.listdir(sys.argv[1])):
    data = open(os.path.join(sys.argv[1], name), "rb").read()
    magic, dims, depth, px = data.split(b"\n", 3)
    w, h = map(int, dims.split())
    if w <= h:
        continue
    # The report's margins: 18 mm at the sides and top, 14 mm and the footer at the bottom.
    x0, x1 = int(w * 18 / 297), int(w * (1 - 18 / 297))
    y0, y1 = int(h * 18 / 210), int(h * (1 - 24 / 210))
    n, cells = 10, 0
    for cy in range(n):
        for cx in range(n):
            a, b = x0 + cx * (x1 - x0) // n, x0 + (cx + 1) * (x1 - x0) // n
            c, d = y0 + cy * (y1 - y0) // n, y0 + (cy + 1) * (y1 - y0) // n
            dark = sum(1 for y in range(c, d) for x in range(a, b) if px[y * w + x] < 235)
            cells += dark > 0.03 * (b - a) * (d - c)
    print(name, cells / (n * n))
PY
}
for report in sample-report.pdf big-report.pdf; do
    inked "$report" >ink.txt
    [ -s ink.txt ] || fail "$report has no diagram pages"
    awk -v r="$report" '$2 < 0.45 {print "mostly empty: " r " " $1 " (" $2 ")" > "/dev/stderr"; bad = 1}
         END {exit bad}' ink.txt || fail "a diagram page of $report is mostly empty"
done
# The large model's diagram takes several pages, labelled and with their overlap marks.
pdftotext big-report.pdf big.txt
grep -Eq "Page B2 of [0-9]+×[0-9]+" big.txt || fail "tiled pages are labelled"
grep -q "A1 ends here" big.txt || fail "tiled pages show where the neighbour ends"
echo "report-pages: ok"
