#!/bin/sh
# Fuzzes the input readers with clang's libFuzzer (AddressSanitizer + UBSan), on demand, never by
# CI: the value parser, the CSV reader, the XLSX reader and the SIRENE record scanner, each for N
# minutes (default 2), seeded from tests/data. Builds into build-fuzz/ with clang++-14 straight
# from the reader sources (no CMake, nothing else of the app). Needs clang-14 and
# libclang-rt-14-dev (Debian 12; installed here when missing: the normal build does not need them).
#   sh scripts/fuzz.sh [MINUTES] [TARGET...]     targets: valueparser csvreader xlsxreader sirenescanner
# Findings (crash-*, leak-*, timeout-*) stay in build-fuzz/TARGET/; the summary line of each run
# gives the executions.
set -eu
cd "$(dirname "$0")/.."
minutes=${1:-2}
[ $# -gt 0 ] && shift
targets=${*:-valueparser csvreader xlsxreader sirenescanner}
if ! command -v clang++-14 >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y clang-14 libclang-rt-14-dev
fi
out=build-fuzz
mkdir -p "$out"
cflags="-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -I. -Itests/fuzz $(pkg-config --cflags Qt6Core)"
libs="$(pkg-config --libs Qt6Core)"
for t in $targets; do
    case $t in
    valueparser) src="core/import/valueparser.cpp"; seeds="tests/data/import" ;;
    csvreader) src="core/import/csvreader.cpp"; seeds="tests/data/import" ;;
    xlsxreader) src="core/import/xlsxreader.cpp"; seeds="tests/data/import"; extra="$(pkg-config --libs libzip)" ;;
    sirenescanner) src=""; seeds="tests/data/sirene" ;;
    *) echo "fuzz.sh: unknown target $t" >&2; exit 2 ;;
    esac
    # moc is not needed: the readers use Q_DECLARE_TR_FUNCTIONS only.
    clang++-14 $cflags "tests/fuzz/fuzz_$t.cpp" $src -o "$out/fuzz_$t" $libs ${extra:-}
    mkdir -p "$out/$t/corpus"
    find $seeds -type f -size -200k -exec cp {} "$out/$t/corpus/" \; 2>/dev/null || true
    echo "== $t: $minutes min"
    (cd "$out/$t" && ASAN_OPTIONS=detect_leaks=0 "../fuzz_$t" -max_total_time=$((minutes * 60)) \
        -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 corpus 2>"run.log" || true)
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs|ERROR|SUMMARY" "$out/$t/run.log" | tail -4
    ls "$out/$t" | grep -E "^(crash|leak|timeout|oom)-" || echo "no findings"
done
