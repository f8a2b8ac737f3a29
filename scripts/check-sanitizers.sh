#!/bin/sh
# Builds the dashboard and its tests with AddressSanitizer and UndefinedBehaviorSanitizer in a
# separate folder (build-asan/) and runs the whole test suite there; run on demand (about
# 25 min on 2 cores), never by CI. Any sanitizer report fails the test that triggered it.
#   sh scripts/check-sanitizers.sh            # whole suite
#   sh scripts/check-sanitizers.sh -R kit     # only tests matching a ctest pattern
set -eu
cd "$(dirname "$0")/.."
build=${ESS_ASAN_BUILD:-build-asan}
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DESS_DEV_EXCLUDE="" \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --parallel "${JOBS:-2}"
# Leak checking is off: Qt, fontconfig and the QPA plugin keep caches until exit on purpose.
# The tests' child processes (the built ess-dashboard) inherit these settings.
ASAN_OPTIONS="detect_stack_use_after_return=1:detect_leaks=0:abort_on_error=1:strict_string_checks=1:check_initialization_order=1"
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS UBSAN_OPTIONS QT_QPA_PLATFORM
ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 3000 "$@"
