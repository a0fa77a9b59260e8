#!/usr/bin/env bash
# Saves the pages of "Do it for me" (Choose how, Pick, Plan, Apply in progress, Apply done, a
# failed row, Huawei Cloud's Plan naming a missing permission), in English and Chinese, to docs/screenshots/<lang>/doitforme-*.png, by running
# tests/ui/doitformescreenshots.cpp under Xvfb against the sandbox and the provider emulators.
# Only the doitforme-*.png files are replaced.
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target vpw-doitforme-screenshots
for lang in en zh_CN; do
    out=docs/screenshots/$lang
    mkdir -p "$out"
    rm -f "$out"/doitforme-*.png
    LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/tests/ui/vpw-doitforme-screenshots" "$out" --lang "$lang"
done
echo "Do it for me screenshots in docs/screenshots/"
