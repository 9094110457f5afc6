#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The whole test suite, as CI runs it (README's test command; .ci/run runs it).
#
#   bash scripts/test.sh              every stage
#   bash scripts/test.sh gcc meson    only the stages whose file name contains a word
#   bash scripts/test.sh --list       list the stages
#
# Stages are the files scripts/ci/NN-name.sh, run in the order of NN, each in
# its own bash process from the repository root; the first failing stage stops
# the run. To add a stage, add a file (see scripts/ci/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stages=(scripts/ci/[0-9][0-9]-*.sh)

if [[ "${1:-}" == "--list" ]]; then
    printf '%s\n' "${stages[@]}"
    exit 0
fi

selected=()
for stage in "${stages[@]}"; do
    if (($# == 0)); then
        selected+=("$stage")
        continue
    fi
    for word in "$@"; do
        if [[ "$(basename "$stage")" == *"$word"* ]]; then
            selected+=("$stage")
            break
        fi
    done
done
if ((${#selected[@]} == 0)); then
    echo "test.sh: no stage matches: $*" >&2
    exit 1
fi

bash scripts/install-deps.sh

summary=()
print_summary() {
    echo
    echo "================================================================================"
    printf '  %s\n' "${summary[@]}"
    echo "================================================================================"
}

total_start=$SECONDS
for stage in "${selected[@]}"; do
    echo
    echo "================================================================================"
    echo "== stage $(basename "$stage" .sh)"
    echo "================================================================================"
    start=$SECONDS
    rm -f build/ci-digest.txt # what the stage says of a failure (pd_digest)
    if bash "$stage"; then
        summary+=("ok      $(basename "$stage" .sh)  ($((SECONDS - start)) s)")
    else
        summary+=("FAILED  $(basename "$stage" .sh)  ($((SECONDS - start)) s)")
        print_summary
        echo "test.sh: stage $stage failed" >&2
        if [[ -s build/ci-digest.txt ]]; then
            echo "---- what $(basename "$stage" .sh) found ----"
            cat build/ci-digest.txt
        fi
        exit 1
    fi
done
summary+=("all ${#selected[@]} stages passed in $((SECONDS - total_start)) s")
print_summary
