#!/bin/sh
# CTest's smoke run of one fuzz target (tests/fuzz/CMakeLists.txt):
#   smoke.sh <fuzzer> <work corpus dir> <seed corpus dir> <seconds> [libFuzzer options...]
# The options are the target's options/<name>.flags (its -max_len among them).
# New inputs and any finding go to the work directory; the seed corpus is only read.
set -eu
fuzzer=$1 work=$2 seeds=$3 seconds=$4
shift 4
mkdir -p "$work"
exec "$fuzzer" "$work" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$@"
