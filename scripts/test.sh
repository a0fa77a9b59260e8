#!/usr/bin/env bash
# Runs the test suite with CTest (benchmarks are left out: scripts/bench.sh runs them).
set -euo pipefail
cd "$(dirname "$0")/.."
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --label-exclude benchmark -j2 "$@"
