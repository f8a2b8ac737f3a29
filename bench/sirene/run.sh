#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SIRENE ESS benchmark (issue #5): generate a data set with the bench kit, then in the same run
# time the app's import-sirene --json --dry-run and the four peers, check every output against
# EXPECTED.json, and print wall time, MB/s, peak RSS and the app/peer ratio.
#
# Usage: bench/sirene/run.sh [--rows N] [--runs R] [--shared DIR] [--data DIR] [--peers LIST]
#                            [--app PATH] [--baseline PATH]
#   --rows N     establishments to generate (default 5000000); data goes to /tmp/sirene-bench-N
#   --shared DIR the bench kit folder holding bench/make-sirene.py (default: ../shared beside
#                the repository)
#   --data DIR   reuse an existing generated folder instead of generating
#   --app PATH   ess-dashboard executable (default: the first of build/, build-sir2/ holding
#                app/ess-dashboard; build it first with scripts/build.sh or cmake)
#   --baseline PATH  another ess-dashboard (e.g. a build of main before a change), timed and
#                checked in the same run, with its own row and ratio
# Needs: python3, /usr/bin/time (GNU), node + NODE_PATH for DuckDB (installed on demand into
# /tmp/duckdb-peer), /usr/bin/python3 with pandas (Debian python3-pandas), sqlite3.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ROWS=5000000
RUNS=2
SHARED=""
DATA=""
APP=""
BASELINE=""
PEERS="sqlite3-cli,python-csv,pandas,duckdb"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --shared) SHARED="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ -z "$SHARED" ]]; then
    SHARED="$(cd "$REPO/.." && pwd)/shared"
fi
KIT="$SHARED/bench"
if [[ ! -x "$KIT/make-sirene.py" || ! -x "$KIT/run-bench.py" || ! -x "$KIT/check.py" ]]; then
    echo "run.sh: the bench kit is not at $KIT (need make-sirene.py, run-bench.py, check.py);" \
         "pass --shared DIR" >&2
    exit 2
fi

# The app: `ess-dashboard import-sirene --json --dry-run`, the real command.
if [[ -z "$APP" ]]; then
    for dir in build build-sir2; do
        candidate="$REPO/$dir/app/ess-dashboard"
        help="$([[ -x "$candidate" ]] && QT_QPA_PLATFORM=offscreen timeout 20 "$candidate" --help 2>&1 || true)"
        if [[ "$help" == *"import-sirene --unites-legales"* ]]; then
            APP="$candidate"
            break
        fi
    done
fi
# --help never opens a window; an older build without the command does not list it.
APP_USAGE="$([[ -n "$APP" && -x "$APP" ]] && QT_QPA_PLATFORM=offscreen timeout 20 "$APP" --help 2>&1 || true)"
if [[ "$APP_USAGE" != *"import-sirene --unites-legales"* ]]; then
    echo "run.sh: no ess-dashboard with import-sirene found; build the app or pass --app PATH" >&2
    exit 2
fi

if [[ -z "$DATA" ]]; then
    DATA="/tmp/sirene-bench-$ROWS"
    if [[ ! -f "$DATA/EXPECTED.json" ]]; then
        echo "== generating $ROWS rows into $DATA" >&2
        python3 "$KIT/make-sirene.py" --rows "$ROWS" --out "$DATA" >&2
    fi
fi
ET="$DATA/StockEtablissement_utf8.csv"
UL="$DATA/StockUniteLegale_utf8.csv"

if [[ ",$PEERS," == *",duckdb,"* ]]; then
    export NODE_PATH="${NODE_PATH:-/tmp/duckdb-peer/node_modules}"
    if [[ ! -d "$NODE_PATH/@duckdb/node-api" ]]; then
        echo "== installing @duckdb/node-api into /tmp/duckdb-peer" >&2
        npm install --prefix /tmp/duckdb-peer @duckdb/node-api >/dev/null
        export NODE_PATH=/tmp/duckdb-peer/node_modules
    fi
fi
export PANDAS_PYTHON="${PANDAS_PYTHON:-/usr/bin/python3}"

OUT="$(mktemp -d /tmp/sirene-bench-out.XXXXXX)"
INPUT_BYTES=$(( $(stat -c %s "$ET") + $(stat -c %s "$UL") ))

# An app build, best of RUNS, each output checked: sets best_wall, best_rss, app_ok.
time_app() {
    local app="$1" tag="$2" wall rss
    best_wall=""; best_rss=""; app_ok=OK
    for ((i = 1; i <= RUNS; i++)); do
        # A database path that does not exist: --dry-run reads the territories from the
        # embedded reference data and creates nothing.
        QT_QPA_PLATFORM=offscreen /usr/bin/time -v -o "$OUT/$tag.time" "$app" import-sirene \
            --unites-legales "$UL" --etablissements "$ET" --json --dry-run \
            --db "$OUT/no-database.sqlite" > "$OUT/$tag.json" 2> "$OUT/$tag.err" || app_ok=FAIL
        wall=$(python3 -c "import re,sys; t=open(sys.argv[1]).read(); p=re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', t).group(1).split(':'); s=0.0
for x in p: s=s*60+float(x)
print(s)" "$OUT/$tag.time")
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$tag.time")
        if ! python3 "$KIT/check.py" "$DATA/EXPECTED.json" "$OUT/$tag.json" > "$OUT/$tag.check"; then
            app_ok=FAIL; cat "$OUT/$tag.check" >&2
        fi
        echo "$tag run $i: wall=${wall}s rss=$((rss / 1024))MB check=$app_ok" >&2
        if [[ -z "$best_wall" ]] || python3 -c "import sys; sys.exit(0 if $wall < $best_wall else 1)"; then
            best_wall=$wall; best_rss=$rss
        fi
    done
}
base_wall=0; base_rss=0; base_ok=-
if [[ -n "$BASELINE" ]]; then
    time_app "$BASELINE" baseline
    base_wall=$best_wall; base_rss=$best_rss; base_ok=$app_ok
fi
time_app "$APP" app

# The peers, same data, same run.
python3 "$KIT/run-bench.py" "$DATA" --runs "$RUNS" --peers "$PEERS" --out-dir "$OUT" \
    > "$OUT/peers.json" || true

python3 - "$OUT/peers.json" "$best_wall" "$best_rss" "$app_ok" "$INPUT_BYTES" "$APP" "$DATA" \
    "$BASELINE" "$base_wall" "$base_rss" "$base_ok" <<'PY'
import json, os, sys
peers = json.load(open(sys.argv[1]))
wall, rss, ok, total = float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
baseline, bwall, brss, bok = sys.argv[8], float(sys.argv[9]), int(sys.argv[10]), sys.argv[11]
print(f"Data: {sys.argv[7]} ({total / 1e6:.1f} MB of CSV); app: {sys.argv[6]}; "
      f"best of {peers['runs']} runs; nproc {os.cpu_count()}")
print()
print("| program | wall s | MB/s | peak RSS MB | check | app / program |")
print("| --- | ---: | ---: | ---: | --- | ---: |")
print(f"| **ess-dashboard import-sirene --json --dry-run** | {wall:.2f} | {total / 1e6 / wall:.1f} | "
      f"{rss / 1024:.0f} | {ok} | 1.00 |")
if baseline:
    print(f"| baseline {baseline} | {bwall:.2f} | {total / 1e6 / bwall:.1f} | {brss / 1024:.0f} | "
          f"{bok} | {wall / bwall:.2f} |")
for r in peers["results"]:
    print(f"| {r['peer']} | {r['wall_s']:.2f} | {r['mb_per_s']:.1f} | {r['peak_rss_mb']:.0f} | "
          f"{r['check']} | {wall / r['wall_s']:.2f} |")
bad = ok != "OK" or (baseline and bok != "OK") or any(r["check"] != "OK" for r in peers["results"])
sys.exit(1 if bad else 0)
PY
