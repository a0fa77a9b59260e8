#!/usr/bin/env bash
# Saves the status panel's "Cloud side" group (every check OK, a rule deleted in the console
# with Fix…, the Fix… confirmation showing the one call, the rule restored, the cleanup of the
# operator's side after the peering is deleted), in English and
# Chinese, to docs/screenshots/<lang>/cloudside-*.png, by running tests/ui/cloudsidescreenshots.cpp
# under Xvfb against the sandbox and the Huawei Cloud emulator. Only the cloudside-*.png files
# are replaced.
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target vpw-cloudside-screenshots
for lang in en zh_CN; do
    out=docs/screenshots/$lang
    mkdir -p "$out"
    rm -f "$out"/cloudside-*.png
    LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$build/tests/ui/vpw-cloudside-screenshots" "$out" --lang "$lang"
done
echo "Cloud side screenshots in docs/screenshots/"
