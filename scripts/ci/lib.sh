# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Sourced by the CI stages (scripts/ci/NN-name.sh); not a stage itself.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
JOBS="${PROBLEM_DETAILS_JOBS:-2}"
SHARED_DIR="${PROBLEM_DETAILS_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}"
export CTEST_OUTPUT_ON_FAILURE=1

# pd_step TEXT: a banner for a step inside a stage.
pd_step() {
    echo
    echo "---- $* ----"
}

# pd_digest TEXT...: a line for the failure digest, which scripts/test.sh
# prints last when the stage fails (CI keeps only the end of its output:
# what a stage found must be readable there, not 2,000 lines up).
pd_digest() {
    mkdir -p "$ROOT/build"
    printf '%s\n' "$*" >>"$ROOT/build/ci-digest.txt"
}

# pd_version: the version in include/problem_details/version.hpp, e.g. 0.1.0.
pd_version() {
    local hpp="$ROOT/include/problem_details/version.hpp" part v=()
    for part in MAJOR MINOR PATCH; do
        v+=("$(sed -n "s/^#define PROBLEM_DETAILS_VERSION_${part} \([0-9][0-9]*\)$/\1/p" "$hpp")")
    done
    echo "${v[0]}.${v[1]}.${v[2]}"
}

# pd_configure BUILD_DIR COMPILER [CMAKE_ARGS...]: a fresh Ninja configuration
# of the repository with warnings as errors.
pd_configure() {
    local dir="$1" cxx="$2"
    shift 2
    cmake --fresh -S "$ROOT" -B "$dir" -G Ninja \
        -DCMAKE_CXX_COMPILER="$cxx" \
        -DPROBLEM_DETAILS_WERROR=ON \
        -DPROBLEM_DETAILS_SHARED_DIR="$SHARED_DIR" \
        "$@"
}

# pd_build BUILD_DIR [TARGETS...]
pd_build() {
    local dir="$1"
    shift
    if (($# > 0)); then
        cmake --build "$dir" -j "$JOBS" --target "$@"
    else
        cmake --build "$dir" -j "$JOBS"
    fi
}

# The options that turn on everything this project builds for itself (all off
# by default, so that a user's configure builds and looks for nothing else).
PD_EVERYTHING=(-DPROBLEM_DETAILS_BUILD_TESTS=ON -DPROBLEM_DETAILS_BUILD_EXAMPLES=ON
               -DPROBLEM_DETAILS_BUILD_TOOLS=ON -DPROBLEM_DETAILS_BUILD_BENCHMARKS=ON)

# Stage 10's g++ Debug build (build/ci-gcc), which stages 55, 62 and 63 reuse:
# libstdc++ assertions, the unit tests on a precompiled header, every doc
# snippet compiled on its own.
PD_GCC_DEBUG=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-D_GLIBCXX_ASSERTIONS
              -DPROBLEM_DETAILS_PRECOMPILED_HEADERS=TESTS)

# pd_cmake_build_test BUILD_DIR COMPILER [CMAKE_ARGS...]: configure with
# everything on (CMAKE_ARGS may turn parts off again), build it, run every test.
pd_cmake_build_test() {
    local dir="$1" cxx="$2"
    shift 2
    pd_step "configure $dir ($cxx)"
    pd_configure "$dir" "$cxx" "${PD_EVERYTHING[@]}" "$@"
    pd_step "build $dir"
    pd_build "$dir"
    pd_step "test $dir"
    # shellcheck disable=SC2086 # PD_CTEST_ARGS: extra ctest arguments, split on spaces
    ctest --test-dir "$dir" -j "$JOBS" --output-on-failure --no-tests=error --timeout 600 ${PD_CTEST_ARGS:-}
}

# pd_run_demo BUILD_DIR: what scripts/demo.sh shows (the CLI's inspect and the
# demo program on the FAQ's example), from the given build's binaries.
pd_run_demo() {
    local dir="$1" payload="$SHARED_DIR/payloads/faq-validation-error.json"
    pd_step "demo $dir"
    "$dir/tools/problem-details" inspect --status 400 --content-type application/problem+json "$payload"
    "$dir/examples/demo" "$payload"
}

# pd_toolchain_stage BUILD_DIR COMPILER [CMAKE_ARGS...]: another toolchain's
# proof: tests, doc snippets, tools and examples built with warnings as
# errors (no optimization, no debug info: the fastest build), every test run,
# then the demo. Benchmarks are stage 65's. Tests and snippets each share a
# precompiled header here (stage 10 builds every snippet without one, which
# is what proves a snippet includes what it uses).
pd_toolchain_stage() {
    local dir="$1" cxx="$2"
    shift 2
    "$cxx" --version | head -1
    pd_cmake_build_test "$dir" "$cxx" \
        -DPROBLEM_DETAILS_BUILD_TESTS=ON -DPROBLEM_DETAILS_BUILD_DOC_TESTS=ON \
        -DPROBLEM_DETAILS_BUILD_TOOLS=ON -DPROBLEM_DETAILS_BUILD_EXAMPLES=ON \
        -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF -DPROBLEM_DETAILS_PRECOMPILED_HEADERS=ALL "$@"
    pd_run_demo "$dir"
}
