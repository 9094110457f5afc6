#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Problem types documented from the code: every generated JSON Schema
# accepts the documents the library writes and rejects other types' and
# wrong members (ajv-cli, draft 2020-12), the OpenAPI documents pass
# `redocly lint` with no error, and the committed docs/schemas and
# docs/openapi equal what the code generates (the json_schema, openapi,
# type_page and CLI tests). Uses stage 10's build when present (built anew,
# only these targets, when run alone).
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# In CI the checks must run, not be skipped: node and the npm tools are
# there (scripts/install-deps.sh).
if ! command -v node >/dev/null 2>&1; then
    echo "63-schema: node is not installed: run scripts/install-deps.sh" >&2
    exit 1
fi
for tool in ajv redocly; do
    if [[ ! -x tools/node/node_modules/.bin/$tool ]]; then
        echo "63-schema: tools/node has no $tool: run scripts/install-deps.sh" >&2
        exit 1
    fi
done

tests='^(json_schema|openapi|type_page|beast_type_pages|schema_ajv|schema_redocly|cli_schema_.*)$'
targets=(schema_documents test_json_schema test_openapi test_type_page test_beast_type_pages problem_details_cli)

dir=build/ci-gcc
if [[ -f $dir/tests/CTestTestfile.cmake && -z "${PD_SCHEMA_REBUILD:-}" ]]; then
    pd_step "using stage 10's build ($dir): bring these targets up to date"
else
    dir=build/ci-schema
    pd_step "configure $dir (g++, Release)"
    pd_configure "$dir" g++ -DCMAKE_BUILD_TYPE=Release -DPROBLEM_DETAILS_BUILD_DOC_TESTS=OFF \
        -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF
fi
pd_step "build ${targets[*]}"
pd_build "$dir" "${targets[@]}"

pd_step "run the schema tests (ajv, redocly, committed files, CLI)"
# A skipped test is a failure here: CI has node.
out=$(ctest --test-dir "$dir" -j "$JOBS" --output-on-failure --no-tests=error --timeout 300 -R "$tests" 2>&1) || {
    echo "$out"
    exit 1
}
echo "$out"
if grep -q "Not Run\|Skipped" <<<"$out"; then
    echo "63-schema: a schema test was skipped" >&2
    exit 1
fi

pd_step "redocly lint docs/openapi (the committed documents)"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    tools/node/node_modules/.bin/redocly lint --format=summary docs/openapi/*.json
