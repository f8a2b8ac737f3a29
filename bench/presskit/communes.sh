#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Press kit of the 82 communes of the arrondissement with the social preset (#13 item 4): wall
# time, CPU time and files, RUNS times (default 1), on a database made by `figures`.
# usage: bench/presskit/communes.sh [BINARY] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
APP="${1:-build/app/ess-dashboard}"
RUNS="${2:-1}"
WORK="$(mktemp -d /tmp/ess-kit82-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=1767225600
"$APP" figures --territory ARR:596 --db "$WORK/db.sqlite" >/dev/null
ARGS=()
for code in $(/usr/bin/python3 -c "
import json; d = json.load(open('data/territories.json'))['territories']
print(' '.join(t['code'] for t in d if t['code'].startswith('COM:')))"); do
    ARGS+=(--territory "$code")
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/kit"
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$APP" export --kit "$WORK/kit" --preset social \
        "${ARGS[@]}" --db "$WORK/db.sqlite" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
    read -r wall user sys < "$WORK/time"
    files=$(find "$WORK/kit" -type f | wc -l)
    mb=$(du -sm "$WORK/kit" | cut -f1)
    echo "run $run: ${wall} s wall, ${user} s user + ${sys} s system CPU, ${files} files, ${mb} MB (82 communes, social)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
