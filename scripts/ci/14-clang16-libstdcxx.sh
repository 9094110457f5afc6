#!/usr/bin/env bash
# clang++ 16 with libstdc++, warnings as errors: tests, doc snippets, tools,
# examples; every test, the demo.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_toolchain_stage build/ci-clang16 clang++-16
