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
    # (no final stats after a crash: grep finds nothing, which is no error here)
    n="$({ grep -h '^stat::number_of_executed_units' "$PROBLEM_DETAILS_FUZZ_DIR/logs/$t.log" 2>/dev/null || true; } |
        awk '{ s += $2 } END { print s + 0 }')"
    printf '  %-16s %12s\n' "$t" "$n"
    total=$((total + n))
done
printf '  %-16s %12s\n' total "$total"

# A finding, short enough for the end of a CI log: the target, what the
# sanitizer or libFuzzer said, and the input itself (gzip, base64), so that
# it can be replayed after the machine is gone.
for t in "${targets[@]}"; do
    log="$PROBLEM_DETAILS_FUZZ_DIR/logs/$t.log"
    art="$({ find "$PROBLEM_DETAILS_FUZZ_DIR/artifacts/$t" -type f 2>/dev/null || true; } | head -1)"
    said="$({ grep -m 3 -h -E '^==[0-9]+==ERROR|^SUMMARY: |fuzz check failed|runtime error:|Assertion|terminate called' "$log" 2>/dev/null || true; } | cut -c1-300)"
    [[ -z "$art" && -z "$said" ]] && continue
    pd_digest "fuzz finding in $t:"
    [[ -n "$said" ]] && pd_digest "$said"
    if [[ -n "$art" ]]; then
        pd_digest "reproducer ($(basename "$art"), $(wc -c <"$art") bytes), gzip | base64:"
        pd_digest "$(gzip -9nc "$art" | base64 -w0)"
        pd_digest "replay: see fuzzing/README.md, In CI (target fuzz_$t)"
    fi
done
exit "$status"
