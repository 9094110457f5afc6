#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# README's "run the demo": installs the packages, builds the demo (CMake
# preset "release", build/release) and runs it on a payload.
#
#   bash scripts/demo.sh [PAYLOAD]   default: ../shared/payloads/faq-validation-error.json
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

shared_dir="${PROBLEM_DETAILS_SHARED_DIR:-$(cd .. && pwd)/shared}"
payload="${1:-$shared_dir/payloads/faq-validation-error.json}"

if [[ ! -f examples/demo.cpp ]]; then
    echo "demo.sh: examples/demo.cpp is not written yet" >&2
    exit 1
fi

bash scripts/install-deps.sh
cmake --preset release -DPROBLEM_DETAILS_SHARED_DIR="$shared_dir" >/dev/null
cmake --build --preset release --target demo
echo
echo "+ build/release/examples/demo $payload"
build/release/examples/demo "$payload"
