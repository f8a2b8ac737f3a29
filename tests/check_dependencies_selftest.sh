#!/bin/sh
# Shows that check_dependencies.sh can fail: a package taken out of the list, a find_package
# without a table row, and the real gap of a fresh Debian 12 (Qt6Charts loads Qt6OpenGL, from
# libqt6opengl6-dev, which qt6-charts-dev does not pull in).
#   check_dependencies_selftest.sh SOURCE_DIR CMAKE_CACHE
set -u
src=${1:?}
cache=${2:?}
check="$(dirname "$0")/check_dependencies.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
# expect_failure DESCRIPTION PATTERN check-arguments...
expect_failure()
{
    what=$1 pattern=$2
    shift 2
    if out=$(sh "$check" "$@" 2>&1); then
        echo "FAIL: $what: the check passed"
        failures=$((failures + 1))
    elif ! printf '%s\n' "$out" | grep -q -- "$pattern"; then
        echo "FAIL: $what: no \"$pattern\" in:"
        printf '%s\n' "$out"
        failures=$((failures + 1))
    else
        echo "ok: $what: $(printf '%s\n' "$out" | grep -m 1 -- "$pattern")"
    fi
}
# A list without one package, as an install-deps.sh would give it.
without()
{
    {
        echo '#!/bin/sh'
        echo 'cat <<EOL'
        sh "$src/scripts/install-deps.sh" --list | grep -vx -- "$1"
        echo 'EOL'
    } >"$tmp/deps-without-$1.sh"
    echo "$tmp/deps-without-$1.sh"
}

expect_failure "qt6-charts-dev left out" "Qt6Charts needs the Debian package qt6-charts-dev" \
    "$src" "$(without qt6-charts-dev)"
expect_failure "catch2 left out" "Catch2 needs the Debian package catch2" \
    "$src" "$(without catch2)"

mkdir -p "$tmp/src/sub"
cp "$src/CMakeLists.txt" "$tmp/src/"
printf 'find_package(Foo 1.2 REQUIRED)\npkg_check_modules(BAR REQUIRED IMPORTED_TARGET bar>=2)\n' \
    >"$tmp/src/sub/CMakeLists.txt"
expect_failure "find_package(Foo) without a row" "no Debian package known for the CMake dependency Foo" \
    "$tmp/src" "$src/scripts/install-deps.sh"
expect_failure "pkg_check_modules(bar) without a row" "dependency pkg:bar" \
    "$tmp/src" "$src/scripts/install-deps.sh"

if command -v dpkg-query >/dev/null && grep -q '^Qt6OpenGL_DIR:PATH=/' "$cache"; then
    expect_failure "libqt6opengl6-dev left out (the fresh Debian 12 gap)" \
        "Qt6OpenGL in .*, from the package libqt6opengl6-dev" \
        "$src" "$(without libqt6opengl6-dev)" "$cache"
else
    echo "FAIL: no dpkg or no Qt6OpenGL in $cache: the installed-files check cannot be shown"
    failures=$((failures + 1))
fi
[ "$failures" -eq 0 ]
