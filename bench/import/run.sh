#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark (issue #3), run on demand, never by ctest. Generates a long-format table
# (territory code, year, measure, scope, value; 1,000,000 rows, about 50 MB) in /tmp, then in the
# same run imports all of it with `ess-dashboard import` into a new database and with the sqlite3
# command-line tool (`.import --csv` into a table of a new database file, default settings), and
# prints both wall times, their ratio and the importer's peak RSS (GNU time).
# Targets: ratio <= 1.5, peak RSS < 150 MB.
#
# Usage: bench/import/run.sh [--rows N] [--runs R] [--app PATH]
#   --app PATH  ess-dashboard built in Release (default: build-bench/app/ess-dashboard, built with
#               cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release when missing)
# Needs: python3, sqlite3, /usr/bin/time (GNU).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ROWS=1000000
RUNS=3
APP=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ -z "$APP" ]]; then
    APP="$REPO/build-bench/app/ess-dashboard"
    if [[ ! -x "$APP" ]]; then
        cmake -S "$REPO" -B "$REPO/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build "$REPO/build-bench" --target ess-dashboard
    fi
fi
for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing" >&2; exit 2; }
done

WORK="/tmp/ess-import-bench"
mkdir -p "$WORK"
CSV="$WORK/long-$ROWS.csv"
if [[ ! -s "$CSV" ]]; then
    python3 "$HERE/make-long.py" --rows "$ROWS" --out "$CSV"
fi
BYTES=$(stat -c %s "$CSV")
echo "table: $CSV ($ROWS rows, $((BYTES / 1000000)) MB)"

# Wall seconds and peak RSS (kB) of a command, from GNU time -v.
measure() {
    local log="$WORK/time.log"
    /usr/bin/time -v -o "$log" "$@" >"$WORK/out.log" 2>&1 || {
        echo "run.sh: command failed: $*" >&2
        tail -20 "$WORK/out.log" >&2
        exit 1
    }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    # h:mm:ss or m:ss.cc -> seconds
    wall=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    echo "$wall $rss"
}

best_app=""
best_sqlite=""
app_rss=0
for run in $(seq 1 "$RUNS"); do
    DB="/tmp/x.sqlite"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    read -r wall rss < <(measure "$APP" import "$CSV" --territory-column territory \
        --year-column year --measure-column measure --scope-column scope --value-column value \
        --source-title "Benchmark table" --db "$DB")
    count=$(sqlite3 "$DB" "SELECT count(*) FROM observation o JOIN dataset d ON d.id = o.dataset_id WHERE d.kind = 'import'")
    if [[ "$count" != "$ROWS" ]]; then
        echo "run.sh: the importer wrote $count observations, expected $ROWS" >&2
        exit 1
    fi
    echo "run $run: ess-dashboard import  ${wall} s, peak RSS $((rss / 1024)) MB"
    if [[ -z "$best_app" ]] || awk "BEGIN {exit !($wall < $best_app)}"; then best_app=$wall; fi
    if ((rss > app_rss)); then app_rss=$rss; fi

    SQ="$WORK/sqlite3-import.sqlite"
    rm -f "$SQ"
    read -r wall rss < <(measure sqlite3 "$SQ" ".import --csv $CSV t")
    echo "run $run: sqlite3 .import --csv   ${wall} s, peak RSS $((rss / 1024)) MB"
    if [[ -z "$best_sqlite" ]] || awk "BEGIN {exit !($wall < $best_sqlite)}"; then best_sqlite=$wall; fi
done
# The yearly case: the same table into a database that exists already (WAL journal, the
# dashboard's connections may read meanwhile).
DB2="$WORK/existing.sqlite"
rm -f "$DB2" "$DB2-wal" "$DB2-shm"
"$APP" datasets --db "$DB2" >/dev/null 2>&1
read -r wall2 rss2 < <(measure "$APP" import "$CSV" --territory-column territory \
    --year-column year --measure-column measure --scope-column scope --value-column value \
    --source-title "Benchmark table" --db "$DB2")
echo "existing database (WAL): ess-dashboard import ${wall2} s, peak RSS $((rss2 / 1024)) MB"
ratio=$(awk "BEGIN {printf \"%.2f\", $best_app / $best_sqlite}")
echo
echo "best of $RUNS: ess-dashboard import ${best_app} s, sqlite3 .import ${best_sqlite} s," \
     "ratio ${ratio} (target <= 1.5); importer peak RSS $((app_rss / 1024)) MB (target < 150)"
