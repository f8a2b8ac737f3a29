#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Territory switch benchmark (#12): builds bench_switch and prints, for every tab of the
# window, the median and maximum time from the selection of a territory to the end of the
# repaint (offscreen, 50 switches), first on the reference data, then with the test SIRENE
# register (tests/data/sirene/gen) imported.
# Usage: bench/switch/run.sh [--runs N] [--unites-legales FILE --etablissements FILE]
set -eu
cd "$(dirname "$0")/../.."
cmake --build build --target bench_switch >/dev/null
./build/bench/switch/bench_switch "$@"
if [ $# -eq 0 ]; then
    ./build/bench/switch/bench_switch \
        --unites-legales tests/data/sirene/gen/StockUniteLegale_utf8.csv \
        --etablissements tests/data/sirene/gen/StockEtablissement_utf8.csv
fi
