#!/usr/bin/env bash
# The documentation: docs/reference.md has a section for every public header;
# every ```cpp block of README.md and docs/*.md compiles with g++ (Release,
# warnings as errors, assert kept on) and, when it has a main, runs and exits
# 0; the version is the same in version.hpp, CMake, meson.build, the vcpkg
# port and CHANGELOG.md. (Stage 10 runs these tests too, among all the others;
# after it this stage only re-runs them, unless PD_DOCS_REBUILD is set. Alone,
# `bash scripts/test.sh docs` is the quick way to check a docs change.)
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=build/ci-docs

pd_step "docs/reference.md covers every public header"
cmake -DSOURCE_DIR="$ROOT" -P tests/docs/check_reference.cmake

# In a whole CI run stage 10 has built and run every snippet already (Debug,
# the same compiler): do not build them all again.
if [[ -f build/ci-gcc/tests/docs/CTestTestfile.cmake && -z "${PD_DOCS_REBUILD:-}" ]]; then
    pd_step "the snippets: already built by stage 10, run again from build/ci-gcc"
    ctest --test-dir build/ci-gcc -j "$JOBS" --output-on-failure --no-tests=error --timeout 300 -L doc
    exit 0
fi

pd_step "configure $dir (g++, Release)"
pd_configure "$dir" g++ -DCMAKE_BUILD_TYPE=Release -DPROBLEM_DETAILS_BUILD_TESTS=ON \
    -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF -DPROBLEM_DETAILS_BUILD_TOOLS=OFF \
    -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF

# The documentation tests' targets have the tests' names (doc_<page>_<n>).
mapfile -t doc_tests < <(ctest --test-dir "$dir" -N -L doc |
    sed -n 's/^ *Test *#[0-9]*: \(doc_[A-Za-z0-9_]*\)$/\1/p')
targets=(test_version)
for t in "${doc_tests[@]}"; do
    [[ "$t" == doc_reference ]] || targets+=("$t")
done
echo "documentation snippets: $((${#targets[@]} - 1))"

pd_step "build the snippets"
pd_build "$dir" "${targets[@]}"

pd_step "run the documentation tests and the version test"
ctest --test-dir "$dir" -j "$JOBS" --output-on-failure --no-tests=error --timeout 300 -L doc
ctest --test-dir "$dir" --output-on-failure --no-tests=error -R '^version$'
