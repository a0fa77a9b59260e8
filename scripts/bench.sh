#!/usr/bin/env bash
# Runs the benchmarks and prints their results (figures in docs/performance.md):
#  - the QBENCHMARK tests (CTest label "benchmark"); extra arguments go to ctest;
#  - the startup benchmark: vpc-peering-wizard against a bare QWizard with one QLineEdit
#    (tools/startupbaseline.cpp), time to the first window shown and peak RSS then, and the
#    peak RSS two seconds after the first window shows (the demo's in-process sandbox and
#    first poll included), medians over STARTUP_RUNS alternating runs (default 15) under Xvfb,
#    in a private D-Bus session with a real keyring (as on a desktop).
# `scripts/bench.sh startup` runs only the startup benchmark.
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

if [ "${1:-}" != startup ]; then
    ctest --test-dir "$build" --label-regex benchmark --verbose "$@"
fi

cmake --build "$build" --target vpc-peering-wizard startup-baseline
runs=${STARTUP_RUNS:-15}
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" \
        sh tests/keyring-launcher.sh python3 scripts/bench_startup.py "$build" "$runs"
else
    echo "xvfb-run not found (apt-get install xvfb xauth): measuring offscreen" >&2
    QT_QPA_PLATFORM=offscreen \
        sh tests/keyring-launcher.sh python3 scripts/bench_startup.py "$build" "$runs"
fi
