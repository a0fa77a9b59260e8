#!/usr/bin/env bash
# Saves a PNG of every page of the peering wizard (both flows, a typing mistake, the countdown,
# the failure, the follow-up) and of the status panel, in English and Chinese, to
# docs/screenshots/<lang>/, by running tests/ui/screenshots.cpp against the built-in sandbox
# under Xvfb (a real X server, so fonts and the style render as on a desktop).
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target vpw-screenshots
for lang in en zh_CN; do
    out=docs/screenshots/$lang
    rm -rf "$out"
    mkdir -p "$out"
    LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/tests/ui/vpw-screenshots" "$out" --lang "$lang"
done
echo "Screenshots in docs/screenshots/"
