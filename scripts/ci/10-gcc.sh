#!/usr/bin/env bash
# g++, Debug with libstdc++ assertions, warnings as errors: build all, run all
# tests (PD_GCC_DEBUG in lib.sh). Every doc snippet is compiled on its own,
# without a precompiled header: this is the stage that proves each one
# includes what it uses. The unit tests share one (users do not read them;
# each header alone is compiled by stage 05).
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_cmake_build_test build/ci-gcc g++ "${PD_GCC_DEBUG[@]}"
