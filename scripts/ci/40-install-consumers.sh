#!/usr/bin/env bash
# Install to a staging prefix (then move it: the package must be relocatable)
# and build outside programs against it: find_package, pkg-config (plain
# g++ and meson), and find_package with header-only Boost.JSON. Also vendored:
# CMake add_subdirectory and a Meson subproject.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

base=build/ci-install
version="$(pd_version)"
consumer_src=tests/consumers/find_package
lib_only=(-DPROBLEM_DETAILS_BUILD_TESTS=OFF -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF
          -DPROBLEM_DETAILS_BUILD_TOOLS=OFF -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF)

# stage_install NAME [CMAKE_ARGS...]: configure the library alone, install it to
# $base/NAME-tmp, then move it to $base/NAME and check the layout.
stage_install() {
    local name="$1"
    shift
    local prefix="$base/$name"
    pd_step "install ($name) to a staging prefix"
    pd_configure "$base/build-$name" g++ -DCMAKE_BUILD_TYPE=Release "${lib_only[@]}" "$@"
    pd_build "$base/build-$name"
    rm -rf "$prefix" "$prefix-tmp"
    cmake --install "$base/build-$name" --prefix "$prefix-tmp"
    mv "$prefix-tmp" "$prefix"

    local f
    for f in include/problem_details/version.hpp \
             share/problem_details/problem_detailsConfig.cmake \
             share/problem_details/problem_detailsConfigVersion.cmake \
             share/problem_details/problem_detailsTargets.cmake \
             lib/pkgconfig/problem_details.pc; do
        [[ -f "$prefix/$f" ]] || { echo "missing from the install: $f" >&2; return 1; }
    done
    if [[ -e "$prefix/lib/cmake" ]]; then
        echo "CMake files must go to share/problem_details, not lib/cmake" >&2
        return 1
    fi
    if grep -rlF -e "$ROOT" -e "$prefix-tmp" "$prefix/share" "$prefix/lib"; then
        echo "absolute build or staging paths in the files above" >&2
        return 1
    fi
    echo "installed and relocated: $prefix"
}

# find_package_consumer PREFIX NAME: build and run the consumer against PREFIX.
find_package_consumer() {
    local prefix="$ROOT/$1" dir="$base/consumer-$2"
    pd_step "find_package consumer ($2)"
    cmake --fresh -S "$consumer_src" -B "$dir" -G Ninja \
        -DCMAKE_PREFIX_PATH="$prefix" -DPROBLEM_DETAILS_CONSUMER_REQUIRE_VERSION="$version"
    pd_build "$dir"
    "$dir/consumer"
}

stage_install stage
find_package_consumer "$base/stage" find-package

pd_step "pkg-config consumer"
export PKG_CONFIG_PATH="$ROOT/$base/stage/lib/pkgconfig"
pc_version="$(pkg-config --modversion problem_details)"
[[ "$pc_version" == "$version" ]] || { echo "problem_details.pc says $pc_version, version.hpp $version" >&2; exit 1; }
pc_flags="$(pkg-config --cflags --libs problem_details)"
echo "pkg-config --cflags --libs problem_details: $pc_flags"
# shellcheck disable=SC2086 # the flags are meant to split
g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror \
    -DPROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION="\"$version\"" \
    "$consumer_src/main.cpp" $pc_flags -o "$base/consumer-pkg-config"
"$base/consumer-pkg-config"

pd_step "meson consumer, dependency('problem_details') from pkg-config"
rm -rf "$base/consumer-meson-pc"
meson setup "$base/consumer-meson-pc" tests/consumers/meson
meson compile -C "$base/consumer-meson-pc" -j "$JOBS"
"$base/consumer-meson-pc/consumer"
unset PKG_CONFIG_PATH

pd_step "meson consumer, problem_details as a subproject"
# The consumer's source tree, with this repository as subprojects/problem_details.
msrc="$base/consumer-meson-subproject-src"
rm -rf "$msrc" "$base/consumer-meson-subproject"
mkdir -p "$msrc/meson/subprojects" "$msrc/find_package"
cp tests/consumers/meson/meson.build "$msrc/meson/"
cp "$consumer_src/main.cpp" "$msrc/find_package/"
ln -s "$ROOT" "$msrc/meson/subprojects/problem_details"
meson setup "$base/consumer-meson-subproject" "$msrc/meson" --force-fallback-for=problem_details
meson compile -C "$base/consumer-meson-subproject" -j "$JOBS"
"$base/consumer-meson-subproject/consumer"

pd_step "add_subdirectory consumer"
cmake --fresh -S tests/consumers/add_subdirectory -B "$base/consumer-add-subdirectory" -G Ninja \
    -DPROBLEM_DETAILS_CONSUMER_SOURCE_DIR="$ROOT"
pd_build "$base/consumer-add-subdirectory"
"$base/consumer-add-subdirectory/consumer"

stage_install stage-header-only -DPROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON=ON
if grep -q boost_json "$base/stage-header-only/lib/pkgconfig/problem_details.pc"; then
    echo "header-only Boost.JSON: problem_details.pc must not link boost_json" >&2
    exit 1
fi
find_package_consumer "$base/stage-header-only" header-only
