#!/bin/sh
# Fails when a dependency that the CMake files look for has no Debian package in the one package
# list (scripts/install-deps.sh --list), so that a fresh Debian 12 cannot be left unable to
# configure again (Qt6Charts needs Qt6OpenGL, whose libqt6opengl6-dev nothing pulled in).
#
#   check_dependencies.sh SOURCE_DIR DEPS_SCRIPT [CMAKE_CACHE]
#
# 1. Every find_package (each Qt6 component apart) and pkg_check_modules module of the
#    CMakeLists.txt and *.cmake files under SOURCE_DIR must have a row in the table below, and
#    the row's package must be in the list.
# 2. With CMAKE_CACHE (a configured build) and dpkg: the file that CMake actually found for each
#    row (cache entry of the third column), and the config file of EVERY package CMake loaded
#    (the <Name>_DIR entries, which include the transitive ones such as Qt6OpenGL), must belong
#    to a package that the list installs: listed, or pulled in by the Depends of listed packages.
set -u
src=${1:?usage: check_dependencies.sh SOURCE_DIR DEPS_SCRIPT [CMAKE_CACHE]}
deps=${2:?usage: check_dependencies.sh SOURCE_DIR DEPS_SCRIPT [CMAKE_CACHE]}
cache=${3:-}

# CMake name (pkg: for a pkg-config module) | Debian package | cache entry locating it
table='Qt6Core qt6-base-dev Qt6Core_DIR
Qt6Gui qt6-base-dev Qt6Gui_DIR
Qt6Widgets qt6-base-dev Qt6Widgets_DIR
Qt6Sql qt6-base-dev Qt6Sql_DIR
Qt6Test qt6-base-dev Qt6Test_DIR
Qt6Charts qt6-charts-dev Qt6Charts_DIR
Qt6Svg qt6-svg-dev Qt6Svg_DIR
Qt6LinguistTools qt6-tools-dev Qt6LinguistTools_DIR
SQLite3 libsqlite3-dev SQLite3_LIBRARY
PkgConfig pkg-config PKG_CONFIG_EXECUTABLE
pkg:libzip libzip-dev pkgcfg_lib_LIBZIP_zip
pkg:libqpdf libqpdf-dev pkgcfg_lib_QPDF_qpdf
OpenSSL libssl-dev OPENSSL_CRYPTO_LIBRARY
ZLIB zlib1g-dev ZLIB_LIBRARY_RELEASE
Catch2 catch2 Catch2_DIR'

listed=$(sh "$deps" --list) || { echo "FAIL: $deps --list failed"; exit 1; }
failures=0
fail()
{
    echo "FAIL: $*"
    failures=$((failures + 1))
}
is_listed()
{
    printf '%s\n' "$listed" | grep -qx -- "$1"
}

# Step 1: what the CMake files ask for, one name per line.
wanted=$(find "$src" \( -name .git -o -name 'build*' -o -path '*/tests/data' \) -prune -o \
        \( -name CMakeLists.txt -o -name '*.cmake' \) -type f -print | sort | while read -r f; do
    awk '
    { sub(/#.*/, ""); text = text " " $0 }
    END {
        while (match(text, /(find_package|pkg_check_modules)[ \t]*\([^)]*\)/)) {
            call = substr(text, RSTART, RLENGTH)
            text = substr(text, RSTART + RLENGTH)
            pkg = (call ~ /^pkg_check_modules/)
            sub(/^[a-z_]*[ \t]*\(/, "", call); sub(/\)$/, "", call)
            n = split(call, w, /[ \t]+/)
            first = 1; name = ""; comps = 0
            for (i = 1; i <= n; i++) {
                t = w[i]
                if (t == "") continue
                if (first) { name = t; first = 0; continue }
                if (pkg) {
                    if (t ~ /^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$/) continue
                    sub(/[<>=].*/, "", t)
                    print "pkg:" t
                    continue
                }
                if (t == "COMPONENTS" || t == "OPTIONAL_COMPONENTS") { comps = 1; continue }
                if (t ~ /^[A-Z_]+$/ || t ~ /^[0-9.]+$/) { comps = 0; continue }
                # Qt6 components are packages of their own (Qt6Charts); others are one package.
                if (comps && name ~ /^Qt[56]$/) { print name t; named[name] = 1 }
            }
            if (!pkg && !(name in named)) print name
        }
    }' "$f"
done | sort -u)
[ -n "$wanted" ] || fail "no find_package or pkg_check_modules found under $src"

for name in $wanted; do
    row=$(printf '%s\n' "$table" | awk -v n="$name" '$1 == n')
    if [ -z "$row" ]; then
        fail "no Debian package known for the CMake dependency $name: add a row to the table of $0 and the package to $deps"
        continue
    fi
    package=$(echo "$row" | awk '{print $2}')
    is_listed "$package" || fail "$name needs the Debian package $package, missing from $deps"
done

# Step 2: what CMake found, and who owns it.
if [ -n "$cache" ]; then
    if ! command -v dpkg-query >/dev/null; then
        echo "note: no dpkg here, the installed files were not checked"
    else
        # The installed packages that installing the list brings: the listed ones and,
        # recursively, their Depends and Pre-Depends (every alternative, virtual names resolved).
        installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}|${Depends}, ${Pre-Depends}\n' \
            | awk -F'|' -v roots="$(echo $listed)" '
            function bare(s) { gsub(/\([^)]*\)|:[a-z0-9]+|[ \t]/, "", s); return s }
            $1 ~ /^ii/ {
                have[$2] = 1; deps[$2] = $4
                n = split($3, p, ","); for (i = 1; i <= n; i++) prov[bare(p[i])] = prov[bare(p[i])] " " $2
            }
            END {
                n = split(roots, queue, " "); head = 1
                while (head <= n) {
                    q = queue[head++]
                    if (q in seen) continue
                    seen[q] = 1
                    if (q in prov) { m = split(prov[q], pp, " "); for (i = 1; i <= m; i++) queue[++n] = pp[i] }
                    if (!(q in have)) continue
                    print q
                    m = split(deps[q], d, /[,|]/)
                    for (i = 1; i <= m; i++) { b = bare(d[i]); if (b != "") queue[++n] = b }
                }
            }')
        provided()
        {
            printf '%s\n' "$installed" | grep -qx -- "$1"
        }
        entry()
        {
            sed -n "s/^$1:[A-Z]*=//p" "$cache" | head -n 1
        }
        configfile()
        {
            [ -d "$1" ] || { echo "$1"; return; }
            ls "$1/$2Config.cmake" "$1"/*onfig.cmake 2>/dev/null | head -n 1
        }
        # "label path" lines: the table rows, then every package CMake loaded (<Name>_DIR,
        # transitive ones included).
        checks=$(for name in $wanted; do
            var=$(printf '%s\n' "$table" | awk -v n="$name" '$1 == n {print $3}')
            [ -n "$var" ] || continue
            path=$(entry "$var")
            case $path in
            '' | *NOTFOUND) echo "$name -" ;;
            *) echo "$name $(configfile "$path" "$name")" ;;
            esac
        done
        for var in $(sed -n 's/^\([A-Za-z0-9_]*\)_DIR:PATH=\/.*/\1/p' "$cache"); do
            path=$(configfile "$(entry "${var}_DIR")" "$var")
            [ -n "$path" ] && echo "$var $path"
        done)
        # One dpkg -S for all (each call reads the whole file database).
        owners=$(dpkg -S $(printf '%s\n' "$checks" | awk '$2 != "-" {print $2}' | sort -u) 2>/dev/null \
            | sed 's/^\([^:,]*\)[^ ]* \(.*\)$/\2 \1/')
        while read -r name path; do
            [ -n "$name" ] || continue
            if [ "$path" = - ]; then
                fail "$name: CMake did not record where it found it in $cache"
                continue
            fi
            found=$(printf '%s\n' "$owners" | awk -v p="$path" '$1 == p {print $2; exit}')
            if [ -z "$found" ]; then
                echo "note: $path ($name) belongs to no Debian package"
            elif ! provided "$found"; then
                fail "CMake found $name in $path, from the package $found, which $deps does not install"
            fi
        done <<EOC
$checks
EOC
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures dependency problem(s)"
    exit 1
fi
echo "ok: $(echo "$wanted" | wc -l) CMake dependencies, each with its Debian package in $deps"
