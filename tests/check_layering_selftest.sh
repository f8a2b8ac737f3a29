#!/bin/sh
# check_layering.sh can fail: an include up the layers of core/, or a folder in no layer, is
# reported on a small tree, and a tree whose includes run down passes.
script="$(dirname "$0")/check_layering.sh"
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/app" "$tmp/core/domain" "$tmp/core/format" "$tmp/core/storage" "$tmp/core/import" \
    "$tmp/core/indicators" "$tmp/core/models" "$tmp/core/charts" "$tmp/core/render"
echo '#pragma once' > "$tmp/core/domain/value.h"
printf '#include "core/domain/value.h"\n' > "$tmp/core/storage/store.cpp"
printf '#include "core/storage/store.h"\n#include "core/result.h"\n' > "$tmp/core/import/reader.cpp"
printf '#include "core/workspace.h"\n' > "$tmp/core/render/kit.cpp"
if ! sh "$script" "$tmp" >/dev/null; then
    echo "FAIL: includes that run down the layers were refused"; exit 1
fi
printf '#include "core/import/reader.h"\n' >> "$tmp/core/storage/store.cpp"
if out=$(sh "$script" "$tmp"); then
    echo "FAIL: storage including import was not reported"; exit 1
fi
echo "$out" | grep -q 'core/storage/store.cpp:2: storage includes core/import/reader.h' \
    || { echo "FAIL: the report does not name the file and line: $out"; exit 1; }
printf '#include "core/domain/value.h"\n' > "$tmp/core/storage/store.cpp"
mkdir -p "$tmp/core/newarea"
printf '#include "core/domain/value.h"\n' > "$tmp/core/newarea/thing.cpp"
if sh "$script" "$tmp" >/dev/null; then
    echo "FAIL: a folder in no layer was not reported"; exit 1
fi
echo "check_layering.sh reports what it must"
