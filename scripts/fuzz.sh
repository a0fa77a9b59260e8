#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, coverage) in their own
# build directory and runs each for the given time, one target at a time (the machine is
# shared). Prints executions and findings per target; exits non-zero on any finding.
#   bash scripts/fuzz.sh <seconds per target> [target...]
#   FUZZ_BUILD_DIR  build directory (default: build-fuzz; CI passes the sanitizer build's)
# New interesting inputs go to <build>/fuzz-corpus/<target>/ (kept between runs, the seed
# corpus tests/fuzz/corpus/<target>/ is only read); a finding is written to
# <build>/fuzz-findings/<target>/ with the input that triggers it. Totals over every run so
# far are appended to <build>/fuzz-runs.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: fuzz.sh <seconds per target> [target...]}
shift
all_targets=(cidr fields codecs sandbox)
targets=("${@:-${all_targets[@]}}")
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVPW_FUZZ=ON -DVPW_SANITIZE=ON >/dev/null
cmake --build "$build_dir" -j2 --target "${targets[@]/#/fuzz_}"

# Leaks of system libraries at exit are not ours: see tests/sanitizers/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

status=0
summary=()
for target in "${targets[@]}"; do
    corpus="$build_dir/fuzz-corpus/$target"
    findings="$build_dir/fuzz-findings/$target"
    log="$build_dir/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    echo "== fuzz_$target for ${seconds}s"
    extra=()
    # The sandbox target keeps a server (and what inputs created in it) across inputs on
    # purpose; per-input leak checks would flag that state. Leaks are still checked at exit.
    [ "$target" = sandbox ] && extra+=(-detect_leaks=0)
    before=$(find "$findings" -type f | wc -l)
    rc=0
    "$build_dir/tests/fuzz/fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" \
        -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -artifact_prefix="$findings/" "${extra[@]}" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    found=$(($(find "$findings" -type f | wc -l) - before)) # this run's, not earlier ones
    if ((rc != 0 || found != 0)); then
        status=1
        tail -n 40 "$log"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$seconds" "${execs:-0}" \
        "$found" >>"$build_dir/fuzz-runs.tsv"
    summary+=("$(printf '%-8s %6ss %12s executions  %s findings  (exit %s)' "$target" "$seconds" \
        "${execs:-0}" "$found" "$rc")")
done

echo "== fuzzing summary (this run)"
printf '%s\n' "${summary[@]}"
echo "== totals over all runs in $build_dir"
awk -F'\t' '{e[$2]+=$4; f[$2]+=$5; s[$2]+=$3} END {for (t in e) printf "%-8s %8ss %12d executions  %d findings\n", t, s[t], e[t], f[t]}' \
    "$build_dir/fuzz-runs.tsv" | sort
exit "$status"
