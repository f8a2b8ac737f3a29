#!/bin/sh
# Territory switch time of the dashboard with the Map tab visible and with a chart tab visible
# (median of ESS_BENCH_ROUNDS switches, default 50, offscreen). Needs a build (scripts/build.sh).
set -eu
cd "$(dirname "$0")/../.."
test -x build/tests/app_tests || { echo "build first: sh scripts/build.sh" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen build/tests/app_tests "territory switch time with and without the map visible" 2>/dev/null \
    | grep -v '^All tests passed' | grep -v '^$' || true
