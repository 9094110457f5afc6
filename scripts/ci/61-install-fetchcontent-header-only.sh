#!/usr/bin/env bash
# Consumers stage 40 does not cover: FetchContent (from a source archive by a
# file:// URL, and from a source tree by SOURCE_DIR), and header-only
# Boost.JSON, proven with ldd: a program that compiles <boost/json/src.hpp>
# itself links no libboost_json (installed package built header-only,
# FetchContent with the option, and plain -I on the default package); the
# default package does link it (so the ldd check can see it).
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

base="$ROOT/build/ci-install-more"
version="$(pd_version)"
lib_only=(-DPROBLEM_DETAILS_BUILD_TESTS=OFF -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF
          -DPROBLEM_DETAILS_BUILD_TOOLS=OFF -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF)
mkdir -p "$base"

# links_boost_json PROGRAM: ldd lists libboost_json.
links_boost_json() {
    ldd "$1" | grep -q 'libboost_json'
}
expect_no_boost_json() {
    if links_boost_json "$1"; then
        echo "$1 links libboost_json, though it compiles Boost.JSON from <boost/json/src.hpp>:" >&2
        ldd "$1" >&2
        exit 1
    fi
    echo "ldd $1: no libboost_json"
}

pd_step "FetchContent from a source archive (URL file://, URL_HASH)"
archive="$base/problem_details-$version.tar.gz"
# A release archive: the sources under one top-level directory, no build trees.
tar -C "$ROOT" --exclude=./build --exclude='./build-*' --exclude=./.git --exclude=./.cache \
    --transform "s,^\\./,problem_details-$version/," -czf "$archive" .
sha256="$(sha256sum "$archive" | cut -d' ' -f1)"
cmake --fresh -S tests/consumers/fetchcontent -B "$base/fetchcontent-url" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ \
    -DPROBLEM_DETAILS_CONSUMER_URL="file://$archive" -DPROBLEM_DETAILS_CONSUMER_URL_SHA256="$sha256"
pd_build "$base/fetchcontent-url"
"$base/fetchcontent-url/consumer"
links_boost_json "$base/fetchcontent-url/consumer" ||
    { echo "the default build should link libboost_json (is ldd working?)" >&2; ldd "$base/fetchcontent-url/consumer" >&2; exit 1; }
echo "ldd: links libboost_json, as the default build should"

pd_step "FetchContent from a source tree (SOURCE_DIR), header-only Boost.JSON"
cmake --fresh -S tests/consumers/fetchcontent -B "$base/fetchcontent-dir" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ \
    -DPROBLEM_DETAILS_CONSUMER_SOURCE_DIR="$ROOT" -DPROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON=ON
pd_build "$base/fetchcontent-dir"
"$base/fetchcontent-dir/consumer"
expect_no_boost_json "$base/fetchcontent-dir/consumer"

pd_step "installed package built with PROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON=ON: find_package and pkg-config"
pd_configure "$base/build-header-only" g++ -DCMAKE_BUILD_TYPE=Release "${lib_only[@]}" \
    -DPROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON=ON
rm -rf "$base/header-only"
cmake --install "$base/build-header-only" --prefix "$base/header-only"
cmake --fresh -S tests/consumers/find_package -B "$base/find-package-header-only" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ -DCMAKE_PREFIX_PATH="$base/header-only"
pd_build "$base/find-package-header-only"
"$base/find-package-header-only/consumer"
expect_no_boost_json "$base/find-package-header-only/consumer"
pc_flags="$(PKG_CONFIG_PATH="$base/header-only/lib/pkgconfig" pkg-config --cflags --libs problem_details)"
echo "pkg-config --cflags --libs problem_details: $pc_flags"
# shellcheck disable=SC2086 # the flags are meant to split
g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror -DPROBLEM_DETAILS_CONSUMER_BOOST_JSON_SRC \
    tests/consumers/find_package/main.cpp $pc_flags -o "$base/pkg-config-header-only"
"$base/pkg-config-header-only"
expect_no_boost_json "$base/pkg-config-header-only"

pd_step "the default package, used header-only: -I and <boost/json/src.hpp>, no -l"
pd_configure "$base/build-default" g++ -DCMAKE_BUILD_TYPE=Release "${lib_only[@]}"
rm -rf "$base/default"
cmake --install "$base/build-default" --prefix "$base/default"
g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror -DPROBLEM_DETAILS_CONSUMER_BOOST_JSON_SRC \
    -DPROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION="\"$version\"" \
    -I"$base/default/include" tests/consumers/find_package/main.cpp -o "$base/plain-header-only"
"$base/plain-header-only"
expect_no_boost_json "$base/plain-header-only"
