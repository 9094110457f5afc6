#!/usr/bin/env bash
# clang++ 16 with libstdc++, warnings as errors: tests, doc snippets, tools,
# examples; every test, the demo.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The compile-fail tests (static_assert texts, the same on every compiler)
# run in stages 10 and 16; here they would only add minutes.
PD_CTEST_ARGS="-LE compile_fail" pd_toolchain_stage build/ci-clang16 clang++-16
