#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# README's "run the demo": installs the packages, builds the command-line
# tool and the demo (CMake preset "release", build/release), then asks the tool
# what an SDK should make of the error FAQ's 400 response (format, status,
# normalized problem, retry advice, diagnosis) and has the demo read and
# re-write the same body.
#
#   bash scripts/demo.sh [PAYLOAD]   default: ../shared/payloads/faq-validation-error.json
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

shared_dir="${PROBLEM_DETAILS_SHARED_DIR:-$(cd .. && pwd)/shared}"
payload="${1:-$shared_dir/payloads/faq-validation-error.json}"

bash scripts/install-deps.sh
cmake --preset release -DPROBLEM_DETAILS_SHARED_DIR="$shared_dir" >/dev/null
cmake --build --preset release --target problem_details_cli demo
echo
echo "+ build/release/tools/problem-details inspect --status 400 --content-type application/problem+json $payload"
build/release/tools/problem-details inspect --status 400 --content-type application/problem+json "$payload"
echo
echo "+ build/release/examples/demo $payload"
build/release/examples/demo "$payload"
