#!/usr/bin/env bash
# Saves the pages of an "EMQX Cloud console (by hand)" profile (the first start's question, the
# "Do this in the EMQX Cloud console" page, the waiting page, the removal dialog), in English and
# Chinese, to docs/screenshots/<lang>/console-*.png, by running tests/ui/consolescreenshots.cpp
# under Xvfb. Only the console-*.png files are replaced.
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target vpw-console-screenshots
for lang in en zh_CN; do
    out=docs/screenshots/$lang
    mkdir -p "$out"
    rm -f "$out"/console-*.png
    LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/tests/ui/vpw-console-screenshots" "$out" --lang "$lang"
done
echo "Console screenshots in docs/screenshots/"
