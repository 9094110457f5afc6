#!/usr/bin/env bash
# clang++ 14, warnings as errors, with AddressSanitizer + UndefinedBehaviorSanitizer
# (every finding fatal, leaks included): build the tests, examples and tools,
# run every test. The one clang build of CI (a plain clang build would compile
# the same code again for no new finding).
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# -O1 (after Debug's -g): sanitizers at a usable speed, assertions kept.
# Benchmarks are not built here: they prove speed, not safety. The unit
# tests share a precompiled header (clang parses the headers once).
pd_cmake_build_test build/ci-asan clang++ \
    -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=-O1 $sanitize -D_GLIBCXX_ASSERTIONS" \
    "-DCMAKE_EXE_LINKER_FLAGS=$sanitize" \
    -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF -DPROBLEM_DETAILS_BUILD_DOC_TESTS=OFF \
    -DPROBLEM_DETAILS_PRECOMPILED_HEADERS=TESTS
