#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The comparison benchmark, end to end: builds bench_compare (Release),
# checks that every library does the same work, times every case (Google
# Benchmark: ns/op, MB/s, heap allocations/op), counts instructions per
# operation under callgrind, and writes docs/benchmarks.md and
# docs/benchmarks.svg, with the compile-time table of bench/compile_time.sh.
#
#   bash bench/run.sh                     the whole run (about 5 minutes)
#   bash bench/run.sh --quick             a smoke run: little timing, output
#                                         under the build directory, docs/ untouched
#
# Environment: PD_BENCH_BUILD_DIR (build/bench), CXX (the compiler, as CMake
# takes it), PD_BENCH_REPETITIONS (5), PD_BENCH_MIN_TIME (0.1 seconds per
# repetition), PD_BENCH_CALLGRIND_BYTES (200000: each case runs about this
# many input bytes under callgrind, 10 to 1000 times), PROBLEM_DETAILS_SHARED_DIR.
# Peers that are not installed (Debian: nlohmann-json3-dev rapidjson-dev
# libsimdjson-dev; glaze from $PROBLEM_DETAILS_SHARED_DIR/third_party) are
# left out with a message; without valgrind there are
# no instruction counts, without gnuplot no chart.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

quick=0
if [[ "${1:-}" == "--quick" ]]; then
    quick=1
fi

build=${PD_BENCH_BUILD_DIR:-build/bench}
repetitions=${PD_BENCH_REPETITIONS:-5}
min_time=${PD_BENCH_MIN_TIME:-0.1}
callgrind_bytes=${PD_BENCH_CALLGRIND_BYTES:-200000}
docs=docs
if ((quick)); then
    repetitions=1
    min_time=0.01
    callgrind_bytes=2000
    docs=$build/docs
fi
mkdir -p "$build" "$docs"

step() { echo; echo "---- $* ----"; }

step "configure and build $build (Release)"
generator=()
if [[ ! -f "$build/CMakeCache.txt" ]] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
shared=()
if [[ -n "${PROBLEM_DETAILS_SHARED_DIR:-}" ]]; then
    shared=(-DPROBLEM_DETAILS_SHARED_DIR="$PROBLEM_DETAILS_SHARED_DIR")
fi
cmake -S . -B "$build" "${generator[@]}" "${shared[@]}" \
    -DCMAKE_BUILD_TYPE=Release \
    -DPROBLEM_DETAILS_BUILD_BENCHMARKS=ON \
    -DPROBLEM_DETAILS_BUILD_TESTS=OFF \
    -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF \
    -DPROBLEM_DETAILS_BUILD_TOOLS=OFF
cmake --build "$build" --target bench_compare -j 2
bin=$build/bench/bench_compare
if [[ ! -x "$bin" ]]; then
    echo "bench/run.sh: $bin was not built (is Google Benchmark installed? Debian: libbenchmark-dev)" >&2
    exit 1
fi
"$bin" --peers

step "every library does the same work"
"$bin" --check | tail -n 3

step "timings: $repetitions repetitions of at least ${min_time}s per case"
timings=$build/timings.json
"$bin" --benchmark_repetitions="$repetitions" --benchmark_min_time="$min_time" \
    --benchmark_out="$timings" --benchmark_out_format=json >"$build/timings.txt"
echo "$(grep -c '"run_type": "iteration"' "$timings") runs, in $timings (console output: $build/timings.txt)"

callgrind=$build/callgrind
rm -rf "$callgrind"
mkdir -p "$callgrind"
if command -v valgrind >/dev/null 2>&1; then
    step "instructions: callgrind, about $callgrind_bytes input bytes per case"
    valgrind --tool=callgrind --callgrind-out-file="$callgrind/cg.%p.out" \
        "$bin" --instructions="$callgrind_bytes" 2>"$build/callgrind.log" >/dev/null || {
        tail -n 20 "$build/callgrind.log" >&2
        exit 1
    }
    echo "$(find "$callgrind" -name 'cg.*' | wc -l) dumps in $callgrind"
else
    echo "bench/run.sh: valgrind not found: no instruction counts (Debian: valgrind)"
fi

step "compile time (bench/compile_time.sh)"
compile_runs=3
if ((quick)); then
    compile_runs=1
fi
PD_COMPILE_RUNS=$compile_runs bash bench/compile_time.sh | tee "$build/compile_time.md"

step "report: $docs/benchmarks.md"
chart=$build/chart
"$bin" --report --timings="$timings" --callgrind="$callgrind" --data="$chart" >"$build/tables.md"

cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
cxx_version=$("$cxx" --version | head -n 1)
flags=$(sed -n 's/^CMAKE_CXX_FLAGS_RELEASE:[A-Z]*=//p' "$build/CMakeCache.txt")
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
cores=$(nproc 2>/dev/null || echo '?')
peers=$("$bin" --peers | sed -n 's/^peers: //p')
benchmark_version=$(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?')
valgrind_version=$(valgrind --version 2>/dev/null || echo 'none')
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=""
if [[ -n "$(git status --porcelain -- include bench 2>/dev/null)" ]]; then
    dirty=" (with uncommitted changes to include/ or bench/)"
fi

{
    cat <<EOF
# Benchmarks

problem_details against the C++ JSON libraries people would use instead,
reading an error body into a typed problem and writing it back, on the seed's
example, on every payload in \`../shared/payloads\` and on generated problems
with 1 to 1000 \`extraDetails\` entries. Generated by \`bash bench/run.sh\`
(source: [\`bench/compare.cpp\`](../bench/compare.cpp)); do not edit by hand.

![Instructions per operation, each library, and against the size](benchmarks.svg)

## How it was measured

| | |
|---|---|
| command | \`bash bench/run.sh\` (${repetitions} repetitions × ${min_time} s minimum per case; callgrind: about ${callgrind_bytes} input bytes per case, 10 to 1000 iterations) |
| machine | ${cpu:-unknown CPU}, ${cores} cores, $(uname -sr); load average at the end: ${load} |
| compiler | ${cxx_version} |
| flags | \`-std=c++20 ${flags}\` (CMake Release; no \`-march\`: SSE2, the x86-64 baseline); simdjson's On-Demand code \`-msse4.2 -mpclmul\`; glaze's cases \`-std=c++23\` (glaze needs it) |
| libraries | ${peers}; Google Benchmark ${benchmark_version}; ${valgrind_version} |
| code | commit ${commit}${dirty}, $(date -u +%Y-%m-%d) |

- **Instructions per operation** (callgrind, \`bench_compare --instructions\`)
  are the figure of record: they do not depend on the machine's load. Each
  case runs N times between \`CALLGRIND_ZERO_STATS\` and a dump, after two
  warm-up runs; the harness alone (measured the same way) is subtracted.
  Large copies are done by \`rep movsb\`, which callgrind counts once per
  byte: that is why a writer that copies 70 kB "costs" 70 k instructions.
  Under valgrind, simdjson's run-time dispatch picks its AVX2 kernel
  (valgrind has no AVX-512); natively it may pick a faster one.
- **glaze's figures do not follow this library's code.** glaze's cases
  are in a translation unit of their own that does not include this
  library (\`bench/compare/glaze_case.cpp\`), and the copy of
  \`std::string::resize\` (which glaze's read calls) that every case runs
  comes from a file linked first (\`bench/compare/string_first.cpp\`); built
  beside two versions of this library's headers, glaze's rows were
  identical. Before, changes to this library's headers moved glaze's
  zero-copy read of the seed between 1,553 and 1,588 instructions, with no
  change to glaze; compiled apart, it takes fewer.
- **ns/op** is the fastest of the repetitions, in CPU time, on a shared
  machine: read it as an indication. **MB/s** is bytes processed (the
  input for a reader, the output for a writer) at that time. (Debian's
  Google Benchmark says it was built as a debug build: its loop adds
  about a nanosecond to every figure, as the memcpy floors show.)
- **allocs/op** counts every heap allocation: the benchmark replaces the
  global \`operator new\` and, on glibc, \`malloc\` (RapidJSON allocates
  with \`malloc\`).
- Same work everywhere: see [The cases](#the-cases); \`bench_compare
  --check\` verifies it before anything is timed.

EOF
    cat "$build/tables.md"
    cat <<EOF

## Compile time

What a translation unit pays to include the library, against Boost.JSON's
DOM doing the same work (\`bash bench/compile_time.sh\`, run by
\`bench/run.sh\`; wall time of \`-c\`, so on a loaded machine read the
ratios, not the seconds). The floor row is the \`result<T>\` type that every
call returns (\`boost::system::result\`, part of the public API): no
translation unit that calls the library compiles faster than it.

EOF
    cat "$build/compile_time.md"
} >"$docs/benchmarks.md"
echo "wrote $docs/benchmarks.md"

if command -v gnuplot >/dev/null 2>&1; then
    gnuplot -e "data='$chart'; out='$docs/benchmarks.svg'" "$root/bench/benchmarks.gp"
    echo "wrote $docs/benchmarks.svg"
else
    echo "bench/run.sh: gnuplot not found: no chart (Debian: gnuplot-nox)"
fi
