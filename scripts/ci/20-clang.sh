#!/usr/bin/env bash
# clang++, Release (optimised, NDEBUG), warnings as errors: build all, run all tests.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_cmake_build_test build/ci-clang clang++ -DCMAKE_BUILD_TYPE=Release \
    -DPROBLEM_DETAILS_BUILD_DOC_TESTS=OFF -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF
