# PDF export of the sample: valid, fonts embedded, the page size and count asked for, every
# title findable; single-image formats refuse several models.
source "$(dirname "$0")/export-common.inc"

"$EXE" export sample.eqlm -o all.pdf 2>notes.txt || fail "export to PDF failed"
qpdf --check all.pdf >/dev/null || fail "qpdf rejects all.pdf"
pdfinfo all.pdf | grep -q "^Pages: *5$" || fail "five models should make five fitted pages"
pdfinfo all.pdf | grep -q "842 x 595 pts (A4)" || fail "default should be A4 landscape"
pdffonts all.pdf | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' \
    || fail "a font is not embedded"
[ "$(pdffonts all.pdf | wc -l)" -gt 2 ] || fail "no fonts in the PDF"

MODEL="Housing and Health"
"$EXE" export sample.eqlm -o one.pdf --model "$MODEL" --page A4 --portrait --tile \
    || fail "tiled export failed"
qpdf --check one.pdf >/dev/null || fail "qpdf rejects one.pdf"
pdfinfo one.pdf | grep -q "595 x 842 pts (A4)" || fail "A4 portrait asked for"
pdftotext one.pdf one.txt
titles "$SRC/resources/sample/luton-health-equity-town.json" "$MODEL" >titles.txt
[ -s titles.txt ] || fail "no titles in the sample for $MODEL"
has_all_titles one.txt titles.txt || fail "a title is missing from the tiled PDF"
grep -q "Page A1 of" one.txt || fail "tiles carry page labels"

"$EXE" export sample.eqlm -o a3.pdf --model "$MODEL" --page A3 --landscape --fit
pdfinfo a3.pdf | grep -q "1191 x 842 pts (A3)" || fail "A3 landscape asked for"
pdfinfo a3.pdf | grep -q "^Pages: *1$" || fail "fit makes one page"
pdftotext a3.pdf a3.txt
has_all_titles a3.txt titles.txt || fail "a title is missing from the fitted PDF"
grep -q "$MODEL" a3.txt && grep -q "Luton Health Equity Town" a3.txt || fail "page names project and model"
grep -q "Marmot principles:" a3.txt || fail "page has a legend"

set +e
"$EXE" export sample.eqlm -o all.png 2>err.txt; rc=$?
set -e
[ $rc -eq 2 ] || fail "PNG of several models should exit 2, got $rc"
grep -q -- "--model" err.txt || fail "the message should say to use --model"
set +e
"$EXE" export sample.eqlm -o x.pdf --page A5 2>err.txt; rc=$?
set -e
[ $rc -eq 2 ] || fail "bad --page should exit 2"
[ ! -e x.pdf ] || fail "nothing written on a usage error"
echo "export-pdf: ok"
