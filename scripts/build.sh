#!/bin/sh
# Configures and builds the dashboard in build/ (Release, Ninja, ccache when present).
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DESS_DEV_EXCLUDE="" >/dev/null
cmake --build build --parallel 2
