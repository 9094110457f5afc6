#!/usr/bin/env bash
# valgrind memcheck over the unit tests of the g++ Debug build (build/ci-gcc,
# from stage 10; built here if missing): any memory error, use of an
# uninitialised value or definite leak fails the test.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=build/ci-gcc
if [[ -f "$dir/build.ninja" ]]; then
    pd_step "build $dir (up to date after stage 10)"
    pd_build "$dir"
else
    pd_step "configure $dir (g++, as stage 10)"
    pd_configure "$dir" g++ "${PD_EVERYTHING[@]}" "${PD_GCC_DEBUG[@]}"
    pd_step "build $dir"
    pd_build "$dir"
fi

# Only the unit tests (label "unit": every tests/NAME.cpp of unit_tests.txt,
# the library's whole test suite): the other tests run compilers, CMake or
# installed consumers, which valgrind would check instead of the library.
# PD_VALGRIND_CTEST_ARGS replaces the selection, e.g. "-R hostile".
read -r -a select <<<"${PD_VALGRIND_CTEST_ARGS:--L unit}"
# Everything runs some fifty times slower: tests/hostile.cpp then runs its
# adversarial shapes at the limits rather than at ten times them (the other
# stages run them in full). Origins of uninitialised values are not tracked
# (twice as slow); rerun a failing test with --track-origins=yes to see them.
export PROBLEM_DETAILS_TEST_QUICK=1
pd_step "valgrind memcheck: ctest ${select[*]}"
rm -f "$dir"/Testing/Temporary/MemoryChecker.*.log
set +e
ctest --test-dir "$dir" -T memcheck -j "$JOBS" "${select[@]}" --no-tests=error --timeout 1800 \
    --output-on-failure \
    --overwrite MemoryCheckCommand="$(command -v valgrind)" \
    --overwrite "MemoryCheckCommandOptions=--error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=40" \
    2>&1 | grep -v '^Cannot find file: .*DartConfiguration.tcl$'
status=${PIPESTATUS[0]}
set -e
# A test valgrind found an error in exits 99 (so ctest fails); print its report.
if ((status != 0)); then
    grep -l -E 'ERROR SUMMARY: [1-9]|definitely lost: [1-9]' "$dir"/Testing/Temporary/MemoryChecker.*.log 2>/dev/null |
        while read -r log; do
            echo "==== $log"
            cat "$log"
        done
fi
exit "$status"
