#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 at random moments (issue #10), run on demand, never by ctest: a table import and a SIRENE
# import into an existing database and a press kit with --force --zip are killed after a random
# delay; after each kill the database must pass PRAGMA integrity_check with either all or none of
# the import (the row counts of an uninterrupted run), and the old kit (ZIP included) must be
# byte-identical or fully replaced by a complete new one; the hidden folder a killed kit leaves is
# removed by the next export.
# Usage: bench/kill9/run.sh [--runs N] [--app PATH] [--sirene DIR] [--only import|sirene|kit]
#                            [--window LO,HI]
#   --runs N      kills per case (default 10)
#   --window LO,HI  imports: kill after a delay drawn in [LO, HI] x the uninterrupted run's
#                 duration (default 0,1.1), or "write": as soon as the database's WAL file
#                 grows (pages of the import's transaction are being written)
#   --app PATH    default build/app/ess-dashboard
#   --sirene DIR  a make-sirene.py output folder (default: 1,000,000 rows generated into a
#                 temporary folder with ../shared/bench/make-sirene.py; skipped when absent)
# Needs: python3.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
RUNS=10
APP="$REPO/build/app/ess-dashboard"
SIRENE=""
ONLY=""
WINDOW="0,1.1"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --sirene) SIRENE="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --window) WINDOW="$2"; shift 2 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
export QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=1767225600
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
want() { [[ -z "$ONLY" || "$ONLY" == "$1" ]]; }
"$APP" datasets --db "$WORK/base.sqlite" >/dev/null 2>&1
state() { # integrity, datasets and observations of a database
    python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
ok = c.execute("PRAGMA integrity_check").fetchone()[0]
n = c.execute("SELECT count(*) FROM dataset").fetchone()[0]
o = c.execute("SELECT count(*) FROM observation").fetchone()[0]
print(ok, n, o)
PY
}
# kill_import NAME COMMAND...: runs COMMAND (which writes $WORK/db.sqlite) once to the end for the
# row counts of "all", then RUNS times killed after a random delay within its duration.
kill_import() {
    local name="$1"; shift
    local start end full before after ok n o n0 o0 run pid killed=0 intact=0 damaged=0 finished=0
    cp "$WORK/base.sqlite" "$WORK/db.sqlite"
    before="$(state "$WORK/db.sqlite")"
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$WORK/$name.err" || { echo "$name: the uninterrupted run failed:"; cat "$WORK/$name.err"; return 1; }
    end=$(date +%s.%N)
    full="$(state "$WORK/db.sqlite")"
    local seconds; seconds=$(python3 -c "print(round($end - $start, 2))")
    echo "$name: uninterrupted run ${seconds}s: $before -> $full"
    for run in $(seq "$RUNS"); do
        rm -f "$WORK/db.sqlite-wal" "$WORK/db.sqlite-shm"
        cp "$WORK/base.sqlite" "$WORK/db.sqlite"
        "$@" >/dev/null 2>&1 &
        pid=$!
        if [[ "$WINDOW" == write ]]; then
            while kill -0 "$pid" 2>/dev/null \
                && [[ "$(stat -c %s "$WORK/db.sqlite-wal" 2>/dev/null || echo 0)" == 0 ]]; do
                sleep 0.002
            done
        else
            sleep "$(python3 -c "import random; lo, hi = $WINDOW; d = $end - $start; print(round(max(0.05, random.uniform(lo * d, hi * d)), 2))")"
        fi
        if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
        wait "$pid" 2>/dev/null || true
        after="$(state "$WORK/db.sqlite")"
        if [[ "$after" == "$before" || "$after" == "$full" ]]; then
            intact=$((intact + 1))
            [[ "$after" == "$full" ]] && echo "  $name run $run: all" || echo "  $name run $run: nothing"
        else
            damaged=$((damaged + 1)); echo "  $name run $run: $before -> $after (all: $full)"
        fi
    done
    echo "$name killed: $RUNS runs ($killed killed, $finished had finished), $intact intact (integrity ok, all or nothing), $damaged damaged"
}

if want import; then
    python3 "$REPO/bench/import/make-long.py" --rows 200000 --out "$WORK/long.csv" >/dev/null
    kill_import import "$APP" import "$WORK/long.csv" --territory-column territory \
        --year-column year --measure-column measure --scope-column scope --value-column value \
        --source-title "kill test" --db "$WORK/db.sqlite"
fi

if want sirene; then
    if [[ -z "$SIRENE" && -x "$REPO/../shared/bench/make-sirene.py" ]]; then
        SIRENE="$WORK/sirene"
        python3 "$REPO/../shared/bench/make-sirene.py" --rows 1000000 --out "$SIRENE" >/dev/null
    fi
    if [[ -n "$SIRENE" ]]; then
        kill_import sirene "$APP" import-sirene --unites-legales "$SIRENE/StockUniteLegale_utf8.csv" \
            --etablissements "$SIRENE/StockEtablissement_utf8.csv" --db "$WORK/db.sqlite"
    else
        echo "sirene: skipped (no --sirene DIR and no ../shared/bench/make-sirene.py)"
    fi
fi
want kit || exit 0

kit_ok=0; kit_bad=0
"$APP" export --kit "$WORK/kit" --territory ARR:596 --preset social --zip --db "$WORK/base.sqlite" >/dev/null 2>&1
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) ; }
old="$(hashes "$WORK/kit")"
for run in $(seq "$RUNS"); do
    "$APP" export --kit "$WORK/kit" --territory ARR:596 --preset social --zip --force \
        --db "$WORK/base.sqlite" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 6.0), 2))')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    now="$(hashes "$WORK/kit")"
    # Same edition, same bytes: the kit is either the old one or a complete new one, identical.
    if [[ "$now" == "$old" ]]; then kit_ok=$((kit_ok + 1)); else kit_bad=$((kit_bad + 1)); echo "kit run $run differs"; fi
done
# A killed run leaves its hidden build folder; the next export removes those of dead processes,
# so at most the last run's may remain.
left=$(find "$WORK" -maxdepth 1 -name '.kit.*' | wc -l)
echo "kit killed: $RUNS runs, $kit_ok intact, $kit_bad damaged; hidden build folders left: $left (at most the last killed run's)"
