#!/usr/bin/env bash
# The layer rule of the headers (includes only go down; docs/design.md) and every header compiling on its own: first, as it fails fast.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pd_step "layer rule"
python3 scripts/check_includes.py --rules-only
pd_step "no const_cast in the library"
if grep -rn 'const_cast' include/; then
    echo "05-layers: const_cast in include/ (hand the mutable pointer down instead)" >&2
    exit 1
fi
pd_step "each header alone (g++, -j$JOBS)"
PROBLEM_DETAILS_JOBS="$JOBS" python3 scripts/check_includes.py --cxx g++
