#!/usr/bin/env bash
# Installs what is missing, builds everything (Release) and runs every test with CTest, headless.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

leakylab_install_dependencies
leakylab_build release
QT_QPA_PLATFORM=offscreen ctest --preset release -j "$(nproc)" "$@"
