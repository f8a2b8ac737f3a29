#!/bin/sh
# Fails when a C++ source is not formatted as .clang-format says (clang-format 14, Debian 12's).
#   sh scripts/check-format.sh          # check, print the files that differ
#   sh scripts/check-format.sh --fix    # format them in place
set -eu
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "check-format: clang-format is not installed (sh scripts/install-deps.sh)" >&2
    exit 2
fi
# The sources by their folders, not by git: a release tarball or a copy has no .git.
files=$(find app core tests bench \( -name '*.cpp' -o -name '*.h' \) -type f | LC_ALL=C sort)
if [ "${1:-}" = "--fix" ]; then
    # shellcheck disable=SC2086
    "$formatter" -i $files
    exit 0
fi
tmp=$(mktemp)
# shellcheck disable=SC2086
if ! "$formatter" --dry-run -Werror $files 2>"$tmp"; then
    grep -o '^[^:]*\.\(cpp\|h\)' "$tmp" | sort -u | sed 's/^/not formatted: /' >&2
    rm -f "$tmp"
    echo "check-format: run sh scripts/check-format.sh --fix" >&2
    exit 1
fi
rm -f "$tmp"
echo "check-format: $(echo "$files" | wc -l) files formatted as .clang-format says"
