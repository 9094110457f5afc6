#!/usr/bin/env bash
# g++, Debug with libstdc++ assertions, warnings as errors: build all, run all tests.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_cmake_build_test build/ci-gcc g++ \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS=-D_GLIBCXX_ASSERTIONS
