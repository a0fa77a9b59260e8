#!/usr/bin/env bash
# The sanitizer build: everything (app, ui, tests, fuzz targets) compiled by clang with
# AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all: the first finding
# aborts its test) in its own build directory, then the whole CTest suite (benchmarks left
# out, as in scripts/test.sh). Run after scripts/setup.sh (it installs clang and the runtime).
#   BUILD_DIR  build directory (default: build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build-asan}

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVPW_SANITIZE=ON -DVPW_FUZZ=ON
cmake --build "$build_dir" -j2

# detect_leaks: LeakSanitizer too; its suppressions name system libraries only, see the file.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The instrumented tests are slower: vpw_add_test() triples their timeouts in this build.
ctest --test-dir "$build_dir" --output-on-failure --label-exclude benchmark -j2 "$@"
