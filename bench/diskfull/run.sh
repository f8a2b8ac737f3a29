#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A real full disk and a file-size limit (issue #10), run on demand as root, never by ctest: a
# small tmpfs is mounted, an existing database and press kit are put on it, the rest of the space
# is filled, then an import and a kit export (--force --zip) must fail with "disque plein", exit 1,
# and leave the database (PRAGMA integrity_check, same content, same bytes) and the old kit
# (byte-identical, nothing left beside it) as they were. The same with `prlimit --fsize` (a
# per-file limit: "taille maximale") on the kit and on an import.
# Usage: sudo bench/diskfull/run.sh [--app PATH]      (default build/app/ess-dashboard)
# Needs: root (mount), python3, prlimit (util-linux).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
APP="$REPO/build/app/ess-dashboard"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --app) APP="$2"; shift 2 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ "$(id -u)" == 0 ]] || { echo "run.sh: needs root (mount -t tmpfs)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=1767225600
WORK="$(mktemp -d)"
MNT="$WORK/mnt"
mkdir "$MNT"
trap 'umount "$MNT" 2>/dev/null; rm -rf "$WORK"' EXIT
python3 "$REPO/bench/import/make-long.py" --rows 200000 --out "$WORK/long.csv" >/dev/null
"$APP" datasets --db "$WORK/ref.sqlite" >/dev/null 2>&1
state() {
    python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("PRAGMA integrity_check").fetchone()[0],
      c.execute("SELECT count(*) FROM dataset").fetchone()[0],
      c.execute("SELECT count(*) FROM observation").fetchone()[0])
PY
}
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
import_into() { # DB [prlimit args...]
    local db="$1"; shift
    "$@" "$APP" import "$WORK/long.csv" --territory-column territory --year-column year \
        --measure-column measure --scope-column scope --value-column value \
        --source-title "full disk test" --db "$db"
}
kit_into() { # DIR PRESET [prlimit args...]
    local dir="$1" preset="$2"; shift 2
    "$@" "$APP" export --kit "$dir" --territory ARR:596 --preset "$preset" --zip --force \
        --db "$WORK/ref.sqlite"
}
fails=0
check() { # LABEL CONDITION...
    local label="$1"; shift
    if "$@"; then echo "  ok: $label"; else echo "  FAILED: $label"; fails=$((fails + 1)); fi
}

echo "== full disk (tmpfs of 24 MB, filled up)"
mount -t tmpfs -o size=24m tmpfs "$MNT"
cp "$WORK/ref.sqlite" "$MNT/db.sqlite"
kit_into "$MNT/kit" social >/dev/null 2>&1 || true
kit_before="$(hashes "$MNT/kit")"
db_before="$(state "$MNT/db.sqlite")"; db_hash="$(sha256sum < "$MNT/db.sqlite")"
# Fill all but 64 KiB.
dd if=/dev/zero of="$MNT/filler" bs=64k 2>/dev/null || true
truncate -s -64K "$MNT/filler"
df -k "$MNT" | tail -1 | awk '{print "  free: " $4 " KiB"}'
set +e
import_into "$MNT/db.sqlite" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
echo "  import: exit $rc: $(grep -v QStandardPaths "$WORK/err" | tail -1)"
check "import exit 1" test "$rc" = 1
check "import message names the full disk" grep -Eq "disque (est )?plein" "$WORK/err"
check "database intact ($db_before)" test "$(state "$MNT/db.sqlite")" = "$db_before"
check "database bytes unchanged" test "$(sha256sum < "$MNT/db.sqlite")" = "$db_hash"
set +e
kit_into "$MNT/kit" social >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
echo "  kit: exit $rc: $(grep -v QStandardPaths "$WORK/err" | tail -1)"
check "kit exit 1" test "$rc" = 1
check "kit message names the full disk" grep -Eq "disque (est )?plein" "$WORK/err"
check "old kit byte-identical" test "$(hashes "$MNT/kit")" = "$kit_before"
check "nothing left beside the kit" test -z "$(find "$MNT" -maxdepth 1 -name '.kit.*')"
umount "$MNT"

echo "== file-size limit (prlimit --fsize)"
cp "$WORK/ref.sqlite" "$WORK/db.sqlite"
kit_into "$WORK/kit" print >/dev/null 2>&1
kit_before="$(hashes "$WORK/kit")"
db_before="$(state "$WORK/db.sqlite")"
for limit in 23380 600000; do
    set +e
    kit_into "$WORK/kit" print prlimit --fsize=$limit >"$WORK/out" 2>"$WORK/err"; rc=$?
    set -e
    echo "  kit, --fsize=$limit: exit $rc: $(grep -v QStandardPaths "$WORK/err" | tail -1)"
    check "kit exit 1" test "$rc" = 1
    check "kit message names the size limit" grep -q "taille maximale" "$WORK/err"
    check "old kit byte-identical" test "$(hashes "$WORK/kit")" = "$kit_before"
    check "nothing left beside the kit" test -z "$(find "$WORK" -maxdepth 1 -name '.kit.*')"
done
size=$(stat -c %s "$WORK/db.sqlite")
set +e
import_into "$WORK/db.sqlite" prlimit --fsize=$((size + 65536)) >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
echo "  import, --fsize=database + 64 KiB: exit $rc: $(grep -v QStandardPaths "$WORK/err" | tail -1)"
check "import exit 1" test "$rc" = 1
check "import message names the limit" grep -q "taille maximale" "$WORK/err"
check "database intact ($db_before)" test "$(state "$WORK/db.sqlite")" = "$db_before"
echo "failed checks: $fails"
[[ "$fails" == 0 ]]
