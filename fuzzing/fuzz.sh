#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Builds and runs the libFuzzer targets (clang++, ASan + UBSan). See fuzzing/README.md.
#
#   bash fuzzing/fuzz.sh TARGET [SECONDS] [LIBFUZZER_FLAG...]   fuzz one target (default 60 s)
#   bash fuzzing/fuzz.sh all SECONDS [LIBFUZZER_FLAG...]        every target in turn, SECONDS each
#   bash fuzzing/fuzz.sh --build                                 only configure and build
#   bash fuzzing/fuzz.sh --list                                  list the targets
#
# For hours: bash fuzzing/fuzz.sh parse_view 14400 -fork=2   (two processes)
#
# Environment:
#   PROBLEM_DETAILS_FUZZ_DIR    build directory (default build/fuzz); the
#                               growing corpus is kept in DIR/corpus/TARGET,
#                               crashes in DIR/artifacts/TARGET/
#   PROBLEM_DETAILS_SHARED_DIR  the shared directory (default ../shared), whose
#                               payloads/ seed every corpus
#   PROBLEM_DETAILS_FUZZ_NO_BUILD=1   do not configure or build (CI builds once)
#   PROBLEM_DETAILS_JOBS        build parallelism (default 2)
#
# Exit status: 0 when the run ended without a finding, 1 otherwise; the
# last lines printed are the execution count and, on a finding, the file
# that reproduces it (add it to fuzzing/old_crashes/ and write a test).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${PROBLEM_DETAILS_FUZZ_DIR:-$ROOT/build/fuzz}"
SHARED="${PROBLEM_DETAILS_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}"
JOBS="${PROBLEM_DETAILS_JOBS:-2}"
TARGETS=()
while IFS= read -r line; do
    line="${line%%#*}"
    line="${line//[[:space:]]/}"
    [[ -n "$line" ]] && TARGETS+=("$line")
done <"$ROOT/fuzzing/fuzzers.txt"

usage() {
    sed -n '6,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

build() {
    if [[ "${PROBLEM_DETAILS_FUZZ_NO_BUILD:-0}" == 1 ]]; then
        return
    fi
    if [[ ! -f "$BUILD/build.ninja" ]]; then
        # No NDEBUG: assertions (ours, Boost's, libstdc++'s) stay on while fuzzing.
        cmake -S "$ROOT" -B "$BUILD" -G Ninja \
            -DCMAKE_CXX_COMPILER=clang++ \
            -DCMAKE_BUILD_TYPE= \
            "-DCMAKE_CXX_FLAGS=-O2 -g -D_GLIBCXX_ASSERTIONS" \
            -DPROBLEM_DETAILS_BUILD_FUZZERS=ON \
            -DPROBLEM_DETAILS_BUILD_TESTS=OFF \
            -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF \
            -DPROBLEM_DETAILS_BUILD_TOOLS=OFF \
            -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF \
            -DPROBLEM_DETAILS_INSTALL=OFF \
            -DPROBLEM_DETAILS_WERROR=ON \
            "-DPROBLEM_DETAILS_SHARED_DIR=$SHARED" >/dev/null
    fi
    local t=()
    for name in "${TARGETS[@]}"; do t+=("fuzz_$name"); done
    cmake --build "$BUILD" -j "$JOBS" --target "${t[@]}"
}

# response_seeds TARGET DIR: for the targets that read whole responses, one
# seed per line of the shared payloads/responses.tsv (file, status,
# Content-Type, other headers): classify's layout (flags, status, fields
# split by 0xFF, body) or a raw response as `curl -i` prints it.
response_seeds() {
    local target="$1" dir="$2" tsv="$SHARED/payloads/responses.tsv"
    [[ -f "$tsv" ]] || return 0
    local file status ctype other rest lang retry body
    while IFS=$'\t' read -r file status ctype other rest; do
        [[ "$file" == file || ! -f "$SHARED/payloads/$file" ]] && continue
        body="$SHARED/payloads/$file"
        lang="" retry=""
        case "$other" in
        Content-Language:*) lang="${other#Content-Language: }" ;;
        Retry-After:*) retry="${other#Retry-After: }" ;;
        esac
        if [[ "$target" == classify ]]; then
            local v=$((status - 100))
            {
                printf '%b' "$(printf '\\x01\\x%02x\\x%02x' $((v >> 8)) $((v & 255)))"
                printf '%s\xff%s\xff%s\xff' "$ctype" "$lang" "$retry"
                cat "$body"
            } >"$dir/response-$file"
        else
            {
                printf 'HTTP/1.1 %s Error\r\nContent-Type: %s\r\n' "$status" "$ctype"
                [[ -n "$other" ]] && printf '%s\r\n' "$other"
                printf 'Date: Tue, 24 Nov 2026 12:00:00 GMT\r\n\r\n'
                cat "$body"
            } >"$dir/response-$file.http"
        fi
    done <"$tsv"
    # The real bodies (payloads/real/), as a 400 with a Request-Id (flag 32).
    if [[ "$target" == classify && -d "$SHARED/payloads/real" ]]; then
        local f
        for f in "$SHARED"/payloads/real/*.json "$SHARED"/payloads/real/*.txt; do
            [[ -f "$f" ]] || continue
            {
                printf '\x21\x01\x2c'
                printf 'application/json\xffreq-1\xff\xff'
                cat "$f"
            } >"$dir/real-$(basename "$f")"
        done
    fi
}

# seed TARGET: the corpus directory, with the seeds copied in (kept files win).
seed() {
    local corpus="$BUILD/corpus/$1"
    mkdir -p "$corpus"
    cp -n "$ROOT"/fuzzing/seeds/* "$corpus"/ 2>/dev/null || true
    find "$ROOT/fuzzing/old_crashes" -type f ! -name '*.md' -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
    if [[ -d "$SHARED/payloads" ]]; then
        cp -n "$SHARED"/payloads/* "$corpus"/ 2>/dev/null || true
    fi
    case "$1" in
    classify | http_message) response_seeds "$1" "$corpus" ;;
    esac
    echo "$corpus"
}

# run TARGET SECONDS [FLAGS...]
run() {
    local name="$1" seconds="$2"
    shift 2
    local exe="$BUILD/fuzzing/fuzz_$name"
    if [[ ! -x "$exe" ]]; then
        echo "fuzz.sh: $exe not built (known targets: ${TARGETS[*]})" >&2
        return 1
    fi
    local corpus artifacts log
    corpus="$(seed "$name")"
    artifacts="$BUILD/artifacts/$name"
    log="$BUILD/logs/$name.log"
    mkdir -p "$artifacts" "$(dirname "$log")"
    echo "fuzz.sh: $name for ${seconds}s, corpus $corpus ($(find "$corpus" -type f | wc -l) files)"
    local status=0
    "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$ROOT/fuzzing/problem.dict" -artifact_prefix="$artifacts/" "$@" "$corpus" \
        >"$log" 2>&1 || status=$?
    local execs
    # (grep finds nothing after a crash or in -fork mode: not an error here)
    execs="$({ grep -h '^stat::number_of_executed_units' "$log" || true; } | awk '{ s += $2 } END { print s + 0 }')"
    if [[ "$execs" == 0 ]]; then # -fork mode prints no final stats: its last progress line
        execs="$({ grep -o -E '^#[0-9]+' "$log" || true; } | tail -1 | tr -d '#')"
        execs="${execs:-0}"
    fi
    if ((status != 0)) || grep -q -E '^(==[0-9]+==ERROR|SUMMARY: )' "$log"; then
        grep -v '^#' "$log" | tail -60 >&2
        echo "fuzz.sh: $name FOUND A PROBLEM after $execs executions; reproducer(s):" >&2
        find "$artifacts" -type f -printf '%T@ %p\n' | sort -rn | head -5 | cut -d' ' -f2- >&2
        echo "fuzz.sh: replay with $exe FILE; keep it in fuzzing/old_crashes/ with a test in tests/" >&2
        return 1
    fi
    echo "fuzz.sh: $name ok: $execs executions in ${seconds}s, no finding (log $log)"
}

case "${1:-}" in
"" | -h | --help) usage ;;
--list)
    printf '%s\n' "${TARGETS[@]}"
    exit 0
    ;;
--build)
    build
    exit 0
    ;;
esac

target="$1"
seconds="${2:-60}"
shift $(($# >= 2 ? 2 : 1))
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

build
if [[ "$target" == all ]]; then
    failed=0
    for name in "${TARGETS[@]}"; do
        run "$name" "$seconds" "$@" || failed=1
    done
    exit "$failed"
fi
run "$target" "$seconds" "$@"
