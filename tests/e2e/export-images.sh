# SVG, PNG, DOT and GraphML export of one sample model.
source "$(dirname "$0")/export-common.inc"
MODEL="Net Zero"
titles "$SRC/resources/sample/luton-health-equity-town.json" "$MODEL" >titles.txt

"$EXE" export sample.eqlm -o m.svg --model "$MODEL" || fail "SVG export failed"
xmllint --noout m.svg || fail "SVG is not well-formed XML"
python3 -c '
import sys, xml.etree.ElementTree as ET
print(" ".join("".join(ET.parse(sys.argv[1]).getroot().itertext()).split()))' m.svg >svg.txt
has_all_titles svg.txt titles.txt || fail "a title is missing from the SVG"

"$EXE" export sample.eqlm -o m96.png --model "$MODEL" --dpi 96
"$EXE" export sample.eqlm -o m192.png --model "$MODEL" --dpi 192 --transparent
w96=$(identify -format %w m96.png); h96=$(identify -format %h m96.png)
w192=$(identify -format %w m192.png); h192=$(identify -format %h m192.png)
[ $((w96 * 2)) -eq "$w192" ] || [ $((w96 * 2 - 1)) -eq "$w192" ] \
    || fail "192 dpi should be twice as wide as 96 dpi ($w96, $w192)"
[ $((h96 * 2)) -eq "$h192" ] || [ $((h96 * 2 - 1)) -eq "$h192" ] \
    || fail "192 dpi should be twice as tall as 96 dpi ($h96, $h192)"
[ "$(identify -format '%[channels]' m192.png)" = "srgba" ] || fail "transparent PNG has alpha"

"$EXE" export sample.eqlm -o m.dot --model "$MODEL" || fail "DOT export failed"
grep -q "rank=same" m.dot || fail "DOT keeps columns as ranks"
if command -v dot >/dev/null; then dot -Tsvg m.dot >/dev/null || fail "Graphviz rejects the DOT"; fi
"$EXE" export sample.eqlm -o all.graphml || fail "GraphML export failed"
xmllint --noout all.graphml || fail "GraphML is not well-formed XML"
[ "$(grep -c '<graph ' all.graphml)" -eq 5 ] || fail "GraphML holds every model"
echo "export-images: ok"
