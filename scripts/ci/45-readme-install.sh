#!/usr/bin/env bash
# README's install commands, verbatim, on a fresh clone: the commands between
# <!-- install-commands --> and <!-- /install-commands --> install the library
# with a default configure and build and run examples/consumer against the
# installed package. Run twice: as written, and without the (optional) build
# step between configure and install.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The commands: every line of the ```bash blocks between the markers, comments
# and blank lines dropped.
mapfile -t commands < <(awk '
    /<!-- install-commands -->/ { on = 1; next }
    /<!-- \/install-commands -->/ { on = 0; next }
    on && /^```bash/ { code = 1; next }
    on && /^```/ { code = 0; next }
    on && code && NF && $1 !~ /^#/ { print }' README.md)
if ((${#commands[@]} == 0)); then
    echo "README.md has no commands between <!-- install-commands --> and <!-- /install-commands -->" >&2
    exit 1
fi
printf 'README install commands:\n'
printf '  %s\n' "${commands[@]}"
if ! printf '%s\n' "${commands[@]}" | grep -q '^cmake --install '; then
    echo "README's install commands install nothing" >&2
    exit 1
fi
# What README says the consumer prints: the ```text block after the commands.
expected="$(awk '/<!-- \/install-commands -->/ { after = 1; next }
                 after && /^```text/ { on = 1; next }
                 on && /^```/ { exit }
                 on { print }' README.md)"
if [[ -z "$expected" ]]; then
    echo "README.md shows no output (a \`\`\`text block) after <!-- /install-commands -->" >&2
    exit 1
fi

# A fresh clone of HEAD (what is committed), beside ../shared, with its own
# HOME (the commands install to $HOME/.local).
work="$ROOT/build/ci-readme-install"
rm -rf "$work"
mkdir -p "$work"
git -c safe.directory='*' clone --quiet --no-hardlinks "$ROOT" "$work/problem_details"
ln -s "$SHARED_DIR" "$work/shared"

# run_commands NAME COMMAND...: run the commands in the clone, in one bash
# with -e, with HOME=$work/home-NAME; the last one's output must be the
# consumer's.
run_commands() {
    local name="$1"
    shift
    local home="$work/home-$name" script
    rm -rf "$home" "$work/problem_details/build" "$work/problem_details/build-consumer"
    mkdir -p "$home"
    script="$(printf '%s\n' 'set -euxo pipefail' "$@")"
    pd_step "README install commands ($name), HOME=$home"
    local out
    out="$(cd "$work/problem_details" && HOME="$home" bash -c "$script")"
    printf '%s\n' "$out"
    local lines
    lines="$(wc -l <<<"$expected")"
    if [[ "$(tail -n "$lines" <<<"$out")" != "$expected" ]]; then
        printf 'the consumer printed\n%s\nexpected (README says so)\n%s\n' "$(tail -n "$lines" <<<"$out")" "$expected" >&2
        return 1
    fi
    [[ -f "$home/.local/share/problem_details/problem_detailsConfig.cmake" ]] ||
        { echo "no package in $home/.local/share/problem_details" >&2; return 1; }
    if [[ -e "$home/.local/bin" ]]; then
        echo "a default install must install the library only, found $home/.local/bin" >&2
        return 1
    fi
    echo "ok: installed to $home/.local, consumer built and run"
}

run_commands as-written "${commands[@]}"

without_build=()
for c in "${commands[@]}"; do
    [[ "$c" =~ ^cmake\ --build\ build([[:space:]]|$) ]] || without_build+=("$c")
done
if ((${#without_build[@]} == ${#commands[@]})); then
    echo "(the commands have no build step of the library; one run is enough)"
else
    run_commands no-build-step "${without_build[@]}"
fi

# The configure of a user installing the library looks for nothing a
# developer option needs.
pd_step "a default configure looks for no benchmark peer, Beast or Boost.Test"
log="$(cmake --fresh -S "$work/problem_details" -B "$work/configure-only" 2>&1)"
# (A find_package or find_path leaves its <name>_DIR / result variable in the cache.)
if grep -E '^(benchmark_DIR|nlohmann_json_DIR|simdjson_DIR|PROBLEM_DETAILS_RAPIDJSON_INCLUDE_DIR|PROBLEM_DETAILS_BEAST_INCLUDE_DIR|boost_unit_test_framework_DIR)[:=]' \
        "$work/configure-only/CMakeCache.txt"; then
    echo "the default configure looked for the above" >&2
    printf '%s\n' "$log"
    exit 1
fi
echo "ok"
