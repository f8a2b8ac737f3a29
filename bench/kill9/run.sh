#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 at random moments (issue #10), run on demand, never by ctest: an import into an existing
# database and a press kit with --force --zip are killed after a random delay; after each kill the
# database must pass PRAGMA integrity_check with either all or none of the import, and the old kit
# (ZIP included) must be byte-identical or fully replaced by a complete new one.
# Usage: bench/kill9/run.sh [--runs N] [--app PATH]     (default 10 runs each, build/app/ess-dashboard)
# Needs: python3.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
RUNS=10
APP="$REPO/build/app/ess-dashboard"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
export QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=1767225600
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$REPO/bench/import/make-long.py" --rows 200000 --out "$WORK/long.csv" >/dev/null
"$APP" datasets --db "$WORK/base.sqlite" >/dev/null 2>&1
state() { # datasets count and integrity of a database
    python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
ok = c.execute("PRAGMA integrity_check").fetchone()[0]
n = c.execute("SELECT count(*) FROM dataset").fetchone()[0]
o = c.execute("SELECT count(*) FROM observation").fetchone()[0]
print(ok, n, o)
PY
}
import_ok=0; import_bad=0
for run in $(seq "$RUNS"); do
    cp "$WORK/base.sqlite" "$WORK/db.sqlite"
    before="$(state "$WORK/db.sqlite")"
    "$APP" import "$WORK/long.csv" --territory-column territory --year-column year \
        --measure-column measure --scope-column scope --value-column value \
        --source-title "kill test" --db "$WORK/db.sqlite" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 3.0), 2))')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    after="$(state "$WORK/db.sqlite")"
    read -r ok n o <<<"$after"
    read -r _ n0 o0 <<<"$before"
    if [[ "$ok" == "ok" && ( "$n" == "$n0" && "$o" == "$o0" || "$n" == "$((n0 + 1))" && "$o" -gt "$o0" ) ]]; then
        import_ok=$((import_ok + 1))
    else
        import_bad=$((import_bad + 1)); echo "import run $run: $before -> $after"
    fi
done
echo "import killed: $RUNS runs, $import_ok intact (all or nothing), $import_bad damaged"

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
    rm -rf "$WORK"/.kit.new-* "$WORK"/.kit.old-* # what a killed run leaves beside the kit
done
echo "kit killed: $RUNS runs, $kit_ok intact, $kit_bad damaged"
