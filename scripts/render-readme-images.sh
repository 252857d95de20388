#!/usr/bin/env bash
# Regenerates the example's pictures in the README and docs/ (outputs.md, web-and-addin.md) from the example coalition:
#   docs/sessie-voorbeeld.png  a contact sheet of the example's session deck, rendered through LibreOffice
#   docs/poster-voorbeeld.png  the example's combined A0 poster, rendered through LibreOffice
#   docs/web-pagina.png        the page (as 'site' writes it) after generating, from the browser test
# Needs LibreOffice (soffice), poppler-utils (pdftoppm), ImageMagick (montage) and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/HalenBrengen.Cli -- generate templates/voorbeeld --out "$work/uit" >/dev/null
cp "$work/uit/"*" - sessie.pptx" "$work/sessie.pptx"
cp "$work/uit/"*" - poster gezamenlijke kaart.pptx" "$work/kaart.pptx"
soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/sessie.pptx" "$work/kaart.pptx" >/dev/null
pdftoppm -r 36 -png -f 1 -l 1 -singlefile "$work/kaart.pdf" docs/poster-voorbeeld
echo "written: docs/poster-voorbeeld.png"
pdftoppm -r 24 -png "$work/sessie.pdf" "$work/dia"
montage "$work"/dia-*.png -tile 6x -geometry +4+4 -background '#D9DEE5' docs/sessie-voorbeeld.png
echo "written: docs/sessie-voorbeeld.png"
HB_SCREENSHOT="$PWD/docs/web-pagina.png" dotnet test tests/HalenBrengen.Web.Tests --filter "FullyQualifiedName~Upload_check_generate&DisplayName~nl-NL" >/dev/null
echo "written: docs/web-pagina.png"
