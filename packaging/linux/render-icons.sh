#!/usr/bin/env bash
# Renders the application icon (resources/icons/equitylogic.svg) to the PNG sizes that desktops
# and the Debian package use. The PNGs are committed; run this again after changing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/equitylogic.svg
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" "$svg" -o "resources/icons/png/equitylogic-$size.png"
done
echo "Rendered resources/icons/png/equitylogic-{16,32,48,64,128,256}.png"
