#!/usr/bin/env bash
# Regenerates the add-in icons (needs ImageMagick: Debian package imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../src/HalenBrengen.Web/wwwroot"
convert -size 80x80 xc:'#1F4E79' -fill white -gravity center -pointsize 40 -annotate 0 'HB' icon-80.png
convert icon-80.png -resize 32x32 icon-32.png
