#!/bin/sh
# One command for a fresh Debian 12 machine: install what is missing, check the formatting,
# build, run every test.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
sh scripts/check-format.sh
sh scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel 2 --timeout 600
