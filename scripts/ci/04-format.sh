#!/usr/bin/env bash
# Every C++ file follows the committed .clang-format (clang-format 14): first of all, as it takes seconds.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_step "clang-format 14 (scripts/check_format.sh)"
bash scripts/check_format.sh
