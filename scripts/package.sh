#!/bin/sh
# Builds the Debian package dist/ess-dashboard_<version>_amd64.deb (CPack DEB, run-time
# dependencies from dpkg-shlibdeps) in build-package/, with Debian's hardening flags, then checks
# it: desktop-file-validate, appstreamcli validate --no-net (no error, no warning), lintian (no
# error; the warnings it prints are listed, and justified in README.md).
# Install it with: sudo apt install ./dist/ess-dashboard_<version>_amd64.deb
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh --package
# Debian's build flags (hardening, -ffile-prefix-map); CMake reads CXXFLAGS and LDFLAGS.
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
export CXXFLAGS LDFLAGS
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-package --parallel 2 --target ess-dashboard compressed_docs
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-package/CMakeCache.txt)
deb=dist/ess-dashboard_${version}_amd64.deb
mkdir -p dist
rm -f "$deb"
(cd build-package && cpack -G DEB -B "$PWD/../dist" >/dev/null)
rm -rf dist/_CPack_Packages
[ -f "$deb" ] || { echo "package.sh: $deb was not made"; exit 1; }

echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Installed-Size
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check"
status=0
echo "== desktop-file-validate"
desktop-file-validate "$check"/usr/share/applications/*.desktop || status=1
echo "== appstreamcli validate --no-net"
if out=$(appstreamcli validate --no-net "$check"/usr/share/metainfo/*.metainfo.xml 2>&1); then
    printf '%s\n' "$out"
    if printf '%s\n' "$out" | grep -qE '^[EW]:'; then status=1; fi
else
    printf '%s\n' "$out"
    status=1
fi
echo "== lintian"
# Exit status 1 on an error only; warnings and notes are printed (README.md lists the kept ones).
lintian --fail-on error --info "$deb" || status=1
if [ $status -ne 0 ]; then
    echo "package.sh: $deb FAILED its checks"
    exit 1
fi
echo "package.sh: $deb built and checked"
