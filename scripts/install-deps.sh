#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Installs what building, testing and the CI need on Debian 12, with apt.
# Does nothing (and needs no network) when everything is already installed.
# The one list of the project's system packages: add new ones here.
set -euo pipefail

packages=(
    # Boost 1.81: Debian's plain libboost-*-dev is 1.74, which has no JSON.
    libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev libboost-system1.81-dev
    # build systems and compilers
    cmake ninja-build meson pkg-config g++ clang
    # the other toolchains CI proves: g++ 11, clang 16 with libstdc++ and with libc++
    g++-11 clang-16 libc++-16-dev libc++abi-16-dev
    # sanitizers (clang), valgrind, XML checks, benchmarks
    libclang-rt-14-dev valgrind libxml2-utils libbenchmark-dev
    # peers the comparison benchmark measures against, and its chart
    nlohmann-json3-dev rapidjson-dev libsimdjson-dev gnuplot-nox
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if ((EUID == 0)); then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: not root and no sudo; install these packages: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
