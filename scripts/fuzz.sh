#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, coverage) in their own build directory
# and runs each for the given time, one target at a time (the machine is shared). Prints
# executions and findings per target; exits non-zero on any finding.
#   bash scripts/fuzz.sh <seconds per target> [target...]
#   bash scripts/fuzz.sh replay [target...]
#       runs every input of the accumulated corpus (and the seeds) once through the ASan +
#       UBSan build (-runs=0): what a throughput run found is checked under AddressSanitizer.
# Environment:
#   FUZZ_SANITIZE   1 (default): AddressSanitizer + UndefinedBehaviorSanitizer, in build-fuzz/.
#                   0: the throughput build, UBSan only, in build-fuzz-fast/: without ASan's
#                   allocator and shadow memory it runs 1.5-5 times the executions per second
#                   (docs/performance.md), for long runs; replay its corpus afterwards.
#   FUZZ_BUILD_DIR  build directory (default: as above)
#   FUZZ_CORPUS_DIR where new inputs accumulate, one directory per target (default:
#                   build-fuzz/fuzz-corpus, shared by both builds so that replay sees them).
# The seed corpus tests/fuzz/corpus/<target>/ is only read. Each target's libFuzzer flags
# (-max_len, ...) are in tests/fuzz/options/<target>.flags, shared with the CTest smoke run. A
# finding is written to <build>/fuzz-findings/<target>/ with the input that triggers it.
# Totals over every run so far are appended to <build>/fuzz-runs.tsv (UTC time, target,
# seconds, executions, findings).
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: fuzz.sh <seconds per target>|replay [target...]"
mode=${1:?$usage}
shift
if [ "$mode" = replay ]; then
    sanitize=1
else
    [[ "$mode" =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
    seconds=$mode
    sanitize=${FUZZ_SANITIZE:-1}
fi
all_targets=(cidr fields codecs sandbox)
targets=("${@:-${all_targets[@]}}")
if [ "$sanitize" = 0 ]; then
    build_dir=${FUZZ_BUILD_DIR:-build-fuzz-fast}
    sanitizers=undefined
else
    build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
    sanitizers=address,undefined
fi
corpus_root=${FUZZ_CORPUS_DIR:-build-fuzz/fuzz-corpus}

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVPW_FUZZ=ON -DVPW_SANITIZE=ON -DVPW_SANITIZERS="$sanitizers" >/dev/null
cmake --build "$build_dir" -j2 --target "${targets[@]/#/fuzz_}"

# Leaks of system libraries at exit are not ours: see tests/sanitizers/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

status=0
summary=()
for target in "${targets[@]}"; do
    corpus="$corpus_root/$target"
    findings="$build_dir/fuzz-findings/$target"
    log="$build_dir/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    mapfile -t flags < <(grep '^-' "tests/fuzz/options/$target.flags")
    rc=0
    if [ "$mode" = replay ]; then
        inputs=$(($(find "$corpus" "tests/fuzz/corpus/$target" -type f | wc -l)))
        echo "== fuzz_$target: replaying $inputs inputs"
        "$build_dir/tests/fuzz/fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" -runs=0 \
            -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$findings/" "${flags[@]}" \
            >"$log" 2>&1 || rc=$?
        ((rc == 0)) || { status=1; tail -n 40 "$log"; }
        summary+=("$(printf '%-8s %8s inputs replayed  (exit %s)' "$target" "$inputs" "$rc")")
        continue
    fi
    echo "== fuzz_$target for ${seconds}s"
    before=$(find "$findings" -type f | wc -l)
    "$build_dir/tests/fuzz/fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" \
        -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" "${flags[@]}" >"$log" 2>&1 || rc=$?
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

echo "== fuzzing summary (this run, $build_dir)"
printf '%s\n' "${summary[@]}"
if [ "$mode" != replay ]; then
    echo "== totals over all runs in $build_dir"
    awk -F'\t' '{e[$2]+=$4; f[$2]+=$5; s[$2]+=$3} END {for (t in e) printf "%-8s %8ss %12d executions  %d findings\n", t, s[t], e[t], f[t]}' \
        "$build_dir/fuzz-runs.tsv" | sort
fi
exit "$status"
