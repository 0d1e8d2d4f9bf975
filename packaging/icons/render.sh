#!/usr/bin/env bash
# Regenerate the PNG icons from io.github.sysfence.Sysfence.svg.
#
# Usage: packaging/icons/render.sh
#
# The PNGs are committed: they are installed into hicolor and compiled into the
# GUI as its window icon (Qt on Debian 12 has no SVG image plugin by default),
# so a build never needs rsvg-convert. Run this after editing the SVG and
# commit the result. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
command -v rsvg-convert >/dev/null || {
    echo "render.sh: rsvg-convert not found (Debian: apt-get install librsvg2-bin)" >&2
    exit 1
}
name=io.github.sysfence.Sysfence
for size in 16 32 48 64 128 256; do
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$name.svg" --output "$size/$name.png"
    echo "render.sh: $size/$name.png"
done
