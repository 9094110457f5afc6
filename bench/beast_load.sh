#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The loopback load test of examples/beast_server.cpp at full size, as
# docs/server.md reports it: a Release build (g++ by default, or $CXX;
# CMake's -O3 -DNDEBUG) of beast_server and bench/beast_load.cpp, then 20,000
# requests over 32 keep-alive connections to 127.0.0.1. It stops by itself
# (a fixed count, a deadline); the exit status is beast_load's.
#
#   bash bench/beast_load.sh [beast_load options...]
#
# Options go to beast_load (e.g. --requests 2000); PD_LOAD_BUILD_DIR chooses
# the build directory (default build/beast-load).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${PD_LOAD_BUILD_DIR:-build/beast-load}"
shared="${PROBLEM_DETAILS_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}"

cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="${CXX:-g++}" \
    -DPROBLEM_DETAILS_WERROR=ON -DPROBLEM_DETAILS_SHARED_DIR="$shared" \
    -DPROBLEM_DETAILS_BUILD_TESTS=OFF -DPROBLEM_DETAILS_BUILD_TOOLS=OFF \
    -DPROBLEM_DETAILS_BUILD_EXAMPLES=ON -DPROBLEM_DETAILS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$dir" -j "${PROBLEM_DETAILS_JOBS:-2}" --target beast_server beast_load

cmd=("$dir/bench/beast_load" --server "$dir/examples/beast_server" --requests 20000 --connections 32 --deadline 120 "$@")
echo "+ ${cmd[*]}"
echo "  ($(${CXX:-g++} --version | head -1), $(nproc) cores, $(uname -sr))"
"${cmd[@]}"
