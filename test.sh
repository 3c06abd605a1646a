#!/usr/bin/env bash
# Installs what is missing, builds everything (Release) and runs every test with CTest, headless; then
# the sanitizer and fuzz checks of docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

leakylab_install_dependencies
leakylab_build release
QT_QPA_PLATFORM=offscreen ctest --preset release -j "$(nproc)" "$@"

# Robustness (docs/reliability.md): every test again under ASan + UBSan, widgets and the monkey test
# included, then each libFuzzer target briefly on its kept inputs. LEAKYLAB_ROBUSTNESS=0 skips both for a
# quick local run.
if [ "${LEAKYLAB_ROBUSTNESS:-1}" != 0 ]; then
    start=$SECONDS
    leakylab_build asan
    ctest --preset asan -j "$(nproc)"
    echo "asan: built and tested in $((SECONDS - start)) s"
    start=$SECONDS
    leakylab_build fuzz
    ctest --preset fuzz
    echo "fuzz: built and run in $((SECONDS - start)) s"
fi
