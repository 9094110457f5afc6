#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Checks that every C++ file in the repository follows the committed
# .clang-format, as clang-format 14 (Debian 12's) applies it.
#
#   bash scripts/check_format.sh          lists the files that differ, fails if any
#   bash scripts/check_format.sh --fix    formats them in place
#
# Environment: CLANG_FORMAT (clang-format-14, else clang-format if it is 14).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fix=0
if [[ "${1:-}" == "--fix" ]]; then
    fix=1
fi

tool=${CLANG_FORMAT:-}
if [[ -z "$tool" ]]; then
    if command -v clang-format-14 >/dev/null 2>&1; then
        tool=clang-format-14
    elif command -v clang-format >/dev/null 2>&1 && clang-format --version | grep -q 'version 14\.'; then
        tool=clang-format
    else
        echo "check_format: clang-format 14 not found (Debian: clang-format-14; bash scripts/install-deps.sh)" >&2
        exit 1
    fi
fi

# Tracked C++ sources and headers; third-party code is not ours to format.
mapfile -t files < <(git ls-files -- '*.cpp' '*.hpp' '*.h' '*.ipp' | grep -v '^third_party/' || true)
if ((${#files[@]} == 0)); then
    echo "check_format: no C++ files found (run it in a git checkout)" >&2
    exit 1
fi

if ((fix)); then
    "$tool" -i --style=file "${files[@]}"
    echo "check_format: formatted ${#files[@]} files with $("$tool" --version)"
    exit 0
fi

bad=()
for f in "${files[@]}"; do
    if ! "$tool" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if ((${#bad[@]})); then
    echo "check_format: ${#bad[@]} of ${#files[@]} files do not follow .clang-format:" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "fix with: bash scripts/check_format.sh --fix" >&2
    exit 1
fi
echo "check_format: all ${#files[@]} C++ files follow .clang-format ($("$tool" --version))"
