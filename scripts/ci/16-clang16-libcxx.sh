#!/usr/bin/env bash
# clang++ 16 with libc++ 16 (as Apple's and the Android NDK's toolchains:
# no floating-point std::from_chars), libc++ assertions on, warnings as
# errors: tests, doc snippets, tools, examples; every test, the demo.
# Debian's compiled Boost libraries use libstdc++, so Boost.JSON and
# Boost.Test are compiled here from their headers.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_toolchain_stage build/ci-libcxx clang++-16 \
    "-DCMAKE_CXX_FLAGS=-stdlib=libc++ -D_LIBCPP_ENABLE_ASSERTIONS=1" \
    -DCMAKE_EXE_LINKER_FLAGS=-stdlib=libc++ \
    -DPROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON=ON -DPROBLEM_DETAILS_HEADER_ONLY_BOOST_TEST=ON
