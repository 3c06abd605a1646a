#!/usr/bin/env bash
# Installs what is missing, builds LeakyLab (Release) and opens it. Arguments go to leakylab.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

leakylab_install_dependencies
leakylab_build release

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$#" -eq 0 ]; then
    cat >&2 <<'MSG'
LeakyLab is built, but there is no display to open its window on.
  Open it on a virtual display:  sudo apt-get install xvfb && xvfb-run -s '-screen 0 1920x1080x24' ./build/app/leakylab
  Or use it headless:            ./build/app/leakylab eval --negative-slope 0.4 "[2,-4,5,-6]"
                                 ./build/app/leakylab --help
MSG
    exit 2
fi
exec ./build/app/leakylab "$@"
