#!/usr/bin/env bash
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# What including problem_details costs at compile time. Three translation
# units do the same work, one parse and one serialize of the seed's example:
#
#   core      includes only <problem_details/parse_view.hpp> and
#             <problem_details/serialize_view.hpp> (the DOM-free core):
#             parse_view + serialize
#   umbrella  includes <problem_details/problem_details.hpp>: parse_view +
#             serialize
#   dom       includes <boost/json.hpp>: boost::json::parse + serialize
#   floor     includes only <boost/system/result.hpp> (the public API's
#             `result<T>`, which every parse and serialize returns) and
#             returns one: no TU that calls the library can cost less
#
# Each is compiled (-c, no link) PD_COMPILE_RUNS times (3); the table gives
# the best wall time, the preprocessed lines and the compiler's peak memory
# (GNU time's maximum resident set size), and each row's time against the DOM's.
#
#   bash bench/compile_time.sh             prints the Markdown table
#   bash bench/compile_time.sh --check     also fails unless core <= 0.5x and
#                                          umbrella <= 1.5x the DOM's time
#
# Environment: CXX (g++), PD_COMPILE_FLAGS (-std=c++20 -O2), PD_COMPILE_RUNS (3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
fi
cxx=${CXX:-g++}
read -r -a flags <<<"${PD_COMPILE_FLAGS:--std=c++20 -O2}"
runs=${PD_COMPILE_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

body='{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30}'

# library_tu NAME HEADER...: the same parse_view + serialize, after HEADERs.
library_tu() {
    local name=$1
    shift
    {
        printf '#include <%s>\n' "$@"
        cat <<EOF
#include <array>
#include <cstdio>
int main() {
    std::array<char, 1024> scratch;
    auto v = problem_details::parse_view(R"($body)", scratch);
    if (!v) return 1;
    std::array<char, 1024> out;
    auto n = problem_details::serialize(*v, out);
    if (!n) return 1;
    std::fwrite(out.data(), 1, *n, stdout);
}
EOF
    } >"$work/$name.cpp"
}
library_tu core problem_details/parse_view.hpp problem_details/serialize_view.hpp
library_tu umbrella problem_details/problem_details.hpp
cat >"$work/floor.cpp" <<EOF
#include <boost/system/result.hpp>
#include <array>
#include <cstdio>
#include <span>
#include <string_view>
int main() {
    boost::system::result<std::size_t> n(std::size_t(3));
    std::array<char, 4> out{};
    std::fwrite(out.data(), 1, *n, stdout);
}
EOF
cat >"$work/dom.cpp" <<EOF
#include <boost/json.hpp>
#include <cstdio>
#include <string>
int main() {
    boost::json::value v = boost::json::parse(R"($body)");
    std::string s = boost::json::serialize(v);
    std::fwrite(s.data(), 1, s.size(), stdout);
}
EOF

gnu_time=()
if [[ -x /usr/bin/time ]]; then
    gnu_time=(/usr/bin/time -f %M -o "$work/rss")
fi

# measure NAME: sets best (seconds), lines, rss (MB or ?)
measure() {
    local name=$1 src=$work/$1.cpp
    best=""
    rss="?"
    for ((i = 0; i < runs; i++)); do
        local t0 t1 t
        t0=$(date +%s.%N)
        "${gnu_time[@]}" "$cxx" "${flags[@]}" -I"$root/include" -c "$src" -o "$work/$name.o"
        t1=$(date +%s.%N)
        t=$(echo "$t1 - $t0" | bc -l)
        if [[ -z "$best" ]] || (($(echo "$t < $best" | bc -l))); then
            best=$t
            if ((${#gnu_time[@]})); then
                rss=$(($(tail -n 1 "$work/rss") / 1024))
            fi
        fi
    done
    lines=$("$cxx" "${flags[@]}" -I"$root/include" -E -P "$src" | wc -l)
}

command -v bc >/dev/null || { echo "bench/compile_time.sh: needs bc (Debian: bc)" >&2; exit 1; }

declare -A t l m
for name in dom core umbrella floor; do
    measure "$name"
    t[$name]=$best
    l[$name]=$lines
    m[$name]=$rss
done

ratio() { printf '%.2f' "$(echo "${t[$1]} / ${t[dom]}" | bc -l)"; }

echo "| translation unit (one parse, one serialize) | best of $runs | against the DOM's | preprocessed lines | compiler memory |"
echo "|---|---:|---:|---:|---:|"
printf '| `<problem_details/parse_view.hpp>` + `<problem_details/serialize_view.hpp>`: `parse_view`, `serialize` | %.2f s | %s× | %s | %s MB |\n' \
    "${t[core]}" "$(ratio core)" "${l[core]}" "${m[core]}"
printf '| `<problem_details/problem_details.hpp>` (the umbrella): `parse_view`, `serialize` | %.2f s | %s× | %s | %s MB |\n' \
    "${t[umbrella]}" "$(ratio umbrella)" "${l[umbrella]}" "${m[umbrella]}"
printf '| floor: `<boost/system/result.hpp>` alone (the `result<T>` every call returns) | %.2f s | %s× | %s | %s MB |\n' \
    "${t[floor]}" "$(ratio floor)" "${l[floor]}" "${m[floor]}"
printf '| `<boost/json.hpp>`: `boost::json::parse`, `serialize` of a `value` | %.2f s | 1.00× | %s | %s MB |\n' \
    "${t[dom]}" "${l[dom]}" "${m[dom]}"
echo
echo "Compiler: $("$cxx" --version | head -n 1), flags \`${flags[*]} -c\`."

if ((check)); then
    status=0
    if (($(echo "${t[core]} > 0.5 * ${t[dom]}" | bc -l))); then
        echo "bench/compile_time.sh: core takes $(ratio core)x the DOM's time (goal: at most 0.5x)" >&2
        status=1
    fi
    if (($(echo "${t[umbrella]} > 1.5 * ${t[dom]}" | bc -l))); then
        echo "bench/compile_time.sh: the umbrella takes $(ratio umbrella)x the DOM's time (goal: at most 1.5x)" >&2
        status=1
    fi
    exit $status
fi
