#!/usr/bin/env bash
# Runs the benchmarks (CTest label "benchmark") and prints their results.
set -euo pipefail
cd "$(dirname "$0")/.."
ctest --test-dir "${BUILD_DIR:-build}" --label-regex benchmark --verbose "$@"
