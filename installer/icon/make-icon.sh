#!/usr/bin/env bash
# Draws the application icon: a seal-red rounded square, a thin white inner border (like a seal's
# rim) and the white character 秘. Writes secretariat.png (256×256), secretariat.ico (16–256) and
# secretariat.icns (16–512, PNG entries).
#
# Needs ImageMagick 6 (`convert`), the WenQuanYi Micro Hei font (fonts-wqy-microhei) and, for the
# .icns, png2icns (icnsutils). The generated files are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"

FONT=${FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
RED='#b7202e'
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Drawn once at 1024×1024, every size is scaled down from it.
convert -size 1024x1024 xc:none -depth 8 \
    -fill "$RED" -draw "roundrectangle 24,24 999,999 190,190" \
    -fill none -stroke white -strokewidth 22 -draw "roundrectangle 92,92 931,931 130,130" \
    -stroke none -fill white -font "$FONT" -pointsize 700 -gravity center \
    -annotate +0+10 '秘' \
    "$TMP/icon-1024.png"

for s in 16 32 48 64 128 256 512; do
    convert "$TMP/icon-1024.png" -filter Lanczos -resize ${s}x${s} -depth 8 -strip "$TMP/icon-$s.png"
done

cp "$TMP/icon-256.png" secretariat.png
convert "$TMP/icon-16.png" "$TMP/icon-32.png" "$TMP/icon-48.png" "$TMP/icon-64.png" \
    "$TMP/icon-128.png" "$TMP/icon-256.png" secretariat.ico
if command -v png2icns >/dev/null; then
    png2icns secretariat.icns "$TMP/icon-16.png" "$TMP/icon-32.png" "$TMP/icon-48.png" \
        "$TMP/icon-128.png" "$TMP/icon-256.png" "$TMP/icon-512.png" >/dev/null
else
    echo "png2icns not found (apt-get install icnsutils): secretariat.icns not rebuilt" >&2
fi
ls -l secretariat.png secretariat.ico secretariat.icns
