# The evaluation report: a valid PDF whose sections come in order, with page numbers.
source "$(dirname "$0")/export-common.inc"
"$EXE" report sample.eqlm -o report.pdf || fail "report failed"
qpdf --check report.pdf >/dev/null || fail "qpdf rejects the report"
pdfinfo report.pdf | grep -q "Page size: *595 x 842 pts (A4)" || fail "report is A4"
pdffonts report.pdf | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || fail "font not embedded"
pdftotext report.pdf report.txt
pages=$(pdfinfo report.pdf | awk '/^Pages:/ {print $2}')
grep -q "Page $pages of $pages" report.txt || fail "footer numbers the pages"
python3 - report.txt <<'PY' || fail "sections out of order"
import sys, unicodedata
text = " ".join(unicodedata.normalize("NFKC", open(sys.argv[1], encoding="utf-8").read()).split())
order = ["Evaluation report", "Contents", "Principle coverage", "The eight Marmot principles",
         "Housing and Health: cards, principles and indicators", "Housing and Health: findings",
         "Employment, Skills and Work: cards", "Net Zero: findings"]
at = 0
for h in order:
    i = text.find(h, at)
    if i < 0:
        print("missing or out of order:", h, file=sys.stderr)
        sys.exit(1)
    at = i + len(h)
PY
grep -q "Baseline" report.txt || fail "indicators show their baseline"
# Dates and numbers as the user's locale writes them, on the command line as in the editor.
LC_ALL=de_DE.UTF-8 "$EXE" report sample.eqlm -o report-de.pdf || fail "report in German failed"
pdftotext report-de.pdf report-de.txt
grep -q "Baseline 14,2 (Dez 2021)" report-de.txt || fail "German month names and decimal commas"
grep -q "Dec 2021" report-de.txt && fail "an English month name in the German report"
LC_ALL=en_US.UTF-8 "$EXE" report sample.eqlm -o report-us.pdf || fail "report in US English failed"
pdftotext -l 1 report-us.pdf cover-us.txt
grep -Eq "^$(LC_ALL=C date +%B) [0-9]+, [0-9]{4}$" cover-us.txt || fail "US cover date is month day, year"
grep -Eq "improving|worsening" report.txt || fail "indicators show their direction"
set +e
"$EXE" report sample.eqlm -o report.txt 2>/dev/null; rc=$?
set -e
[ $rc -eq 2 ] || fail "a non-PDF report name should exit 2"
echo "export-report: ok"
