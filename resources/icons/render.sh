#!/bin/sh
# Renders the PNG icons of the hicolor theme from ess-dashboard.svg (rsvg-convert, librsvg2-bin
# in scripts/install-deps.sh --package). Run after changing the SVG, then commit the PNGs.
set -eu
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${s}x$s/apps"
    rsvg-convert -w "$s" -h "$s" ess-dashboard.svg -o "hicolor/${s}x$s/apps/ess-dashboard.png"
done
