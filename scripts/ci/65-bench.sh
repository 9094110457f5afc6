#!/usr/bin/env bash
# Benchmarks cannot rot: every bench/NAME.cpp (bench/benchmarks.txt) built in
# Release with warnings as errors and run briefly (no timing is asserted),
# and bench/run.sh's whole pipeline (same-work check, timings, callgrind,
# report, chart) in --quick mode, written under the build directory.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=build/ci-bench

pd_step "configure $dir (g++, Release, benchmarks only)"
pd_configure "$dir" g++ -DCMAKE_BUILD_TYPE=Release \
    -DPROBLEM_DETAILS_BUILD_BENCHMARKS=ON -DPROBLEM_DETAILS_BUILD_TESTS=OFF \
    -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF -DPROBLEM_DETAILS_BUILD_TOOLS=OFF

# The benchmarks bench/CMakeLists.txt made targets of (none without Google Benchmark).
mapfile -t names < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' bench/benchmarks.txt | grep -v '^$')
targets=()
for name in "${names[@]}"; do
    targets+=("bench_${name//\//_}")
done
if ! cmake --build "$dir" --target help | grep -q "bench_"; then
    echo "Google Benchmark not found: the benchmarks were skipped (Debian: libbenchmark-dev)"
    exit 0
fi

pd_step "build ${targets[*]}"
pd_build "$dir" "${targets[@]}"

for t in "${targets[@]}"; do
    [[ "$t" == bench_compare ]] && continue # run below, by bench/run.sh
    pd_step "$t --benchmark_min_time=0.01"
    start=$SECONDS
    "$dir/bench/$t" --benchmark_min_time=0.01 >"$dir/$t.txt"
    echo "$(grep -c . "$dir/$t.txt") lines of output in $((SECONDS - start))s ($dir/$t.txt)"
done

if [[ " ${targets[*]} " == *" bench_compare "* ]]; then
    pd_step "bench/run.sh --quick (output in $dir/docs)"
    PD_BENCH_BUILD_DIR="$dir" PROBLEM_DETAILS_SHARED_DIR="$SHARED_DIR" bash bench/run.sh --quick
    test -s "$dir/docs/benchmarks.md"
fi
