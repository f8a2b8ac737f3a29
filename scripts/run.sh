#!/bin/sh
# One command for a fresh Debian 12 machine: install what is missing, build, open the dashboard
# on the embedded reference data. Extra arguments go to the app (e.g. --db PATH, --lang en).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
sh scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the dashboard inside Xvfb (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/ess-dashboard "$@"
fi
exec build/app/ess-dashboard "$@"
