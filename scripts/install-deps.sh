#!/bin/sh
# Installs the Debian 12 packages the dashboard needs to build, test and run, when missing.
# Works as root (CI) and as an ordinary user with sudo.
set -eu
packages="g++ cmake ninja-build ccache pkg-config
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-translations-l10n libgl-dev
catch2 libsqlite3-dev sqlite3 libzip-dev zip libssl-dev libqpdf-dev libpng-dev
xvfb xauth fonts-dejavu-core poppler-utils"
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
