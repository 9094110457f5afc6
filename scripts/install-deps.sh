#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Installs what building, testing and the CI need on Debian 12, with apt,
# then the npm tools the schema checks run (ajv-cli, redocly) into tools/node
# (git-ignored), at pinned versions. Does nothing (and needs no network) when
# everything is already installed. The one list of the project's system
# packages and npm tools: add new ones here.
set -euo pipefail

packages=(
    # Boost 1.81: Debian's plain libboost-*-dev is 1.74, which has no JSON.
    libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev libboost-system1.81-dev
    # build systems and compilers; python3 runs the include check (scripts/check_includes.py)
    cmake ninja-build meson pkg-config g++ clang python3
    # the other toolchains CI proves: g++ 11, clang 16 with libstdc++ and with libc++
    g++-11 clang-16 libc++-16-dev libc++abi-16-dev
    # sanitizers (clang), valgrind, XML checks, benchmarks
    libclang-rt-14-dev valgrind libxml2-utils libbenchmark-dev
    # the formatting check (stage 06), the compile-time benchmark (bc, GNU time)
    clang-format-14 bc time
    # peers the comparison benchmark measures against, and its chart
    nlohmann-json3-dev rapidjson-dev libsimdjson-dev gnuplot-nox
    # the schema checks' tools run on node (tests/schema_check.cmake, stage 63)
    nodejs # (with npm: Debian's own npm package conflicts with a nodejs that ships it)
)

# The npm tools, pinned: JSON Schema validation (draft 2020-12, with formats)
# and OpenAPI lint. tools/node/node_modules is theirs alone.
npm_tools=(ajv-cli@5.0.0 ajv@8.17.1 ajv-formats@3.0.1 @redocly/cli@2.77.0)
npm_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tools/node"

# install_npm_tools: installs npm_tools into npm_dir unless each is there at its version.
install_npm_tools() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "install-deps: no node/npm: the schema checks will be skipped" >&2
        return 0
    fi
    local tool name version installed missing_tools=()
    for tool in "${npm_tools[@]}"; do
        name="${tool%@*}"
        version="${tool##*@}"
        installed=$(node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch (e) {}' \
            "$npm_dir/node_modules/$name/package.json" 2>/dev/null || true)
        [[ "$installed" == "$version" ]] || missing_tools+=("$tool")
    done
    if ((${#missing_tools[@]} == 0)); then
        echo "install-deps: all ${#npm_tools[@]} npm tools installed in tools/node"
        return 0
    fi
    echo "install-deps: installing ${missing_tools[*]} into tools/node"
    mkdir -p "$npm_dir"
    # The whole pinned set at once, so npm resolves them together; no lock
    # file, no package.json changes, nothing outside tools/node.
    npm install --prefix "$npm_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
        "${npm_tools[@]}"
}

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages installed"
    install_npm_tools
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
install_npm_tools
