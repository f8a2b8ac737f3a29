#!/bin/sh
# Installs the Debian 12 packages the dashboard needs to build, test, run and package, when
# missing. Works as root (CI) and as an ordinary user with sudo. This is the ONE package list:
# tests/check_dependencies.sh fails when a find_package/pkg_check_modules of the CMake files has
# no package here. `install-deps.sh --list` prints the list.
set -eu
# The export tests read the files as newsrooms do (pdftotext, exiftool, rsvg-convert);
# scripts/check-format.sh needs clang-format.
packages="g++ cmake ninja-build ccache pkg-config
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-translations-l10n libgl-dev
catch2 libsqlite3-dev sqlite3 libzip-dev zip libssl-dev libqpdf-dev zlib1g-dev
xvfb xauth fonts-dejavu-core poppler-utils libimage-exiftool-perl librsvg2-bin clang-format"
# scripts/package.sh also needs these (--package): CPack's DEB generator runs file and
# dpkg-shlibdeps; the checks of the package (rsvg-convert, above, renders the icons).
packaging="dpkg-dev file lintian desktop-file-utils appstream"
case "${1:-}" in
--list)
    echo $packages $packaging | tr ' ' '\n'
    exit 0
    ;;
--package) packages="$packages $packaging" ;;
esac
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
