#!/usr/bin/env bash
# Card titles in the languages of the people a Marmot Place serves (in Luton: Bengali, Urdu,
# Punjabi, Gujarati, Polish, Romanian) print as text, each script in a font that has it, not as
# empty boxes; and the export says nothing on the terminal about fonts it cannot help.
# Needs fonts-noto-core (packaging/install-deps.sh; the .deb recommends it).
source "$(dirname "$0")/export-common.inc"

"$EXE" import "$SRC/tests/data/interchange/community-languages.json" -o languages.eqlm >/dev/null
"$EXE" export languages.eqlm -o languages.pdf 2>stderr.txt || fail "export exited $?"
[ ! -s stderr.txt ] || fail "export printed: $(head -n 5 stderr.txt)"

# Each script is embedded from a font that covers it (Qt falls back per script through
# fontconfig); a script without a font would be drawn from DejaVu Sans as empty boxes.
pdffonts languages.pdf >fonts.txt
for script in Bengali Gurmukhi Gujarati; do
  grep -Eq "Noto(Sans|Serif)${script}" fonts.txt || fail "no ${script} font in the PDF: $(cat fonts.txt)"
done
grep -Eq 'Noto(Naskh|Kufi|Nastaliq|SansArabic)' fonts.txt \
  || fail "no font for Urdu's Arabic script in the PDF: $(cat fonts.txt)"

# Latin titles with their accents come out of the PDF as they went in.
pdftotext languages.pdf text.txt
for title in "Sesje porad zdrowotnych" "Sesiuni de consiliere în sănătate"; do
  printf '%s\n' "$title" >title.txt
  has_all_titles text.txt title.txt || fail "\"$title\" is not in the PDF's text"
done
echo "Titles in Bengali, Urdu, Punjabi, Gujarati, Polish and Romanian all print."
