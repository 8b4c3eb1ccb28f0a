# A model with 300 cards tiles without losing any card and without a blank page.
source "$(dirname "$0")/export-common.inc"
python3 - big.json <<'PY'
import json, sys
kinds = ["input", "activity", "output", "outcome_short", "outcome_medium", "outcome_long"]
nodes, links = [], []
for k, kind in enumerate(kinds):
    for i in range(50):
        nodes.append({"id": f"n{k}_{i}", "kind": kind, "title": f"Card {kind} number {i} of fifty",
                      "principles": [1 + (i % 8)]})
        if k > 0:
            links.append({"from": f"n{k-1}_{i}", "to": f"n{k}_{(i * 7) % 50}"})
json.dump({"format": "equitylogic", "version": 1, "project": {"title": "Large"},
           "models": [{"name": "Big", "nodes": nodes, "links": links}]}, open(sys.argv[1], "w"))
PY
"$EXE" import big.json -o big.eqlm >/dev/null
"$EXE" export big.eqlm -o fit.pdf --fit 2>notes.txt
grep -q -- "--tile" notes.txt || fail "fitting 300 cards should warn about small text and offer tiling"
"$EXE" export big.eqlm -o big.pdf --tile --page A4 --portrait || fail "tiled export failed"
qpdf --check big.pdf >/dev/null || fail "qpdf rejects big.pdf"
pages=$(pdfinfo big.pdf | awk '/^Pages:/ {print $2}')
[ "$pages" -gt 1 ] || fail "300 cards should take several pages"
pdftotext big.pdf big.txt
titles big.json Big >titles.txt
has_all_titles big.txt titles.txt || fail "a card is missing from the tiled pages"
# No blank page: every page shows at least one card title.
for p in $(seq 1 "$pages"); do
    pdftotext -f "$p" -l "$p" big.pdf page.txt
    grep -q "Card " page.txt || fail "page $p shows no card"
done
echo "export-large-tiles: ok"
