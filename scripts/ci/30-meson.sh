#!/usr/bin/env bash
# Meson: the same unit tests (tests/unit_tests.txt), built and run by meson.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=build/ci-meson
pd_step "meson setup $dir"
if [[ -d "$dir/meson-private" ]]; then
    meson setup --reconfigure "$dir" -Dwerror=true -Ddoc_tests=disabled -Dshared_dir="$SHARED_DIR"
else
    rm -rf "$dir"
    meson setup "$dir" -Dwerror=true -Ddoc_tests=disabled -Dshared_dir="$SHARED_DIR"
fi
pd_step "meson compile"
meson compile -C "$dir" -j "$JOBS"
pd_step "meson test"
meson test -C "$dir" --num-processes "$JOBS" --print-errorlogs
