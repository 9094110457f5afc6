#!/usr/bin/env bash
# The libFuzzer targets (fuzzing/fuzzers.txt; clang, ASan + UBSan), each run
# for a bounded time (PD_FUZZ_SECONDS, default 15), two at a time, from the
# seed corpus: any finding fails the stage and prints its reproducer.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds="${PD_FUZZ_SECONDS:-15}"
export PROBLEM_DETAILS_FUZZ_DIR="$ROOT/build/ci-fuzz"
export PROBLEM_DETAILS_SHARED_DIR="$SHARED_DIR"
export PROBLEM_DETAILS_JOBS="$JOBS"

pd_step "build the fuzz targets ($PROBLEM_DETAILS_FUZZ_DIR)"
rm -rf "$PROBLEM_DETAILS_FUZZ_DIR" # a fresh build; every run starts from the seeds
bash fuzzing/fuzz.sh --build

mapfile -t targets < <(bash fuzzing/fuzz.sh --list)
pd_step "fuzz ${#targets[@]} targets for ${seconds}s each, $JOBS at a time"
export PROBLEM_DETAILS_FUZZ_NO_BUILD=1
status=0
printf '%s\n' "${targets[@]}" |
    xargs -P "$JOBS" -I{} bash fuzzing/fuzz.sh {} "$seconds" || status=$?

pd_step "executions"
total=0
for t in "${targets[@]}"; do
    n="$(grep -h '^stat::number_of_executed_units' "$PROBLEM_DETAILS_FUZZ_DIR/logs/$t.log" 2>/dev/null |
        awk '{ s += $2 } END { print s + 0 }')"
    printf '  %-16s %12s\n' "$t" "$n"
    total=$((total + n))
done
printf '  %-16s %12s\n' total "$total"
exit "$status"
