#!/usr/bin/env bash
# The vcpkg port (ports/problem-details), proven without vcpkg (it cannot be
# downloaded here): its files are well formed and agree with version.hpp; the
# portfile itself runs under stand-ins for the vcpkg functions (Release, its
# own options) into a vcpkg-shaped packages/ tree; vcpkg's post-build checks
# pass on it (and fail on broken copies of it); the usage file's CMake lines
# and pkg-config module build and run a program against the installed tree.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

work="$ROOT/build/ci-port"
triplet=x64-linux
package="$work/packages/problem-details_$triplet"
installed="$work/installed/$triplet"
version="$(pd_version)"

pd_step "port files: vcpkg.json, portfile.cmake, usage (cmake -P, no Python)"
cmake -DSOURCE_DIR="$ROOT" -P tests/port/check_port_files.cmake

pd_step "run portfile.cmake under vcpkg stand-ins, then vcpkg's post-build checks"
cmake -DSOURCE_DIR="$ROOT" -DWORK_DIR="$work" -DCXX=g++ -DJOBS="$JOBS" -P tests/port/run_port.cmake

pd_step "the post-build checks catch what vcpkg rejects"
# Each case breaks a copy of the package one way; the checks must fail on it.
lint() {
    cmake -DPACKAGE_DIR="$1" -DPORT=problem-details -DPORT_DIR="$ROOT/ports/problem-details" \
        -DCMAKE_PACKAGE_NAME=problem_details -DLICENSE_FILE="$ROOT/LICENSE" \
        "-DPROHIBITED_PATHS=$work/packages;$work/installed;$work/buildtrees;$work/downloads;$ROOT" \
        -P tests/port/post_build_checks.cmake
}
broken="$work/broken"
expect_rejected() {
    local what="$1" mutation="$2"
    rm -rf "$broken"
    cp -a "$package" "$broken"
    (cd "$broken" && eval "$mutation")
    if lint "$broken" >"$work/broken.log" 2>&1; then
        echo "post_build_checks.cmake accepted a package with $what" >&2
        exit 1
    fi
    echo "rejected, as vcpkg would: $what"
}
expect_rejected "CMake files in lib/cmake" 'mkdir -p lib/cmake/problem_details && mv share/problem_details/*.cmake lib/cmake/problem_details/'
expect_rejected "an empty directory" 'mkdir -p include/problem_details/empty'
expect_rejected "a debug/ tree" 'mkdir -p debug/include && cp include/problem_details/version.hpp debug/include/'
expect_rejected "an absolute staging path in a .cmake file" "echo 'set(x \"$package/include\")' >> share/problem_details/problem_detailsConfig.cmake"
expect_rejected "an absolute path in a header" "echo '#define PD_WHERE \"$ROOT\"' >> include/problem_details/version.hpp"
expect_rejected "no copyright file" 'rm share/problem-details/copyright'
expect_rejected "no usage file" 'rm share/problem-details/usage'
expect_rejected "a header directly in include/" 'cp include/problem_details/version.hpp include/'
expect_rejected "a .pc file with Libs: in share/pkgconfig" 'mkdir -p share/pkgconfig && mv lib/pkgconfig/problem_details.pc share/pkgconfig/ && rm -r lib'
rm -rf "$broken" "$work/broken.log"

pd_step "consumer: the usage file's CMake lines, against installed/$triplet"
cmake --fresh -S tests/consumers/vcpkg_usage -B "$work/consumer" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_PREFIX_PATH="$installed" \
    -DPROBLEM_DETAILS_CONSUMER_EXPECTED_DIR="$installed/share/problem_details"
pd_build "$work/consumer"
"$work/consumer/main"

pd_step "consumer: the usage file's pkg-config module, against installed/$triplet"
modules="$(awk '/provides pkg-config modules:/ { on = 1; next }
               on && /provides / { on = 0 }
               on && /^[[:space:]]+[^#[:space:]]/ { print $1 }' ports/problem-details/usage)"
[[ -n "$modules" ]] || { echo "usage names no pkg-config module" >&2; exit 1; }
export PKG_CONFIG_PATH="$installed/lib/pkgconfig:$installed/share/pkgconfig"
for module in $modules; do
    pc_version="$(pkg-config --modversion "$module")"
    [[ "$pc_version" == "$version" ]] || { echo "$module.pc says $pc_version, version.hpp $version" >&2; exit 1; }
    flags="$(pkg-config --cflags --libs "$module")"
    echo "pkg-config --cflags --libs $module: $flags"
    include_dir="$(pkg-config --cflags-only-I "$module" | sed -n 's/^ *-I\([^ ]*\).*/\1/p')"
    [[ "$(realpath "$include_dir")" == "$(realpath "$installed/include")" ]] ||
        { echo "$module.pc's include directory $include_dir is not $installed/include" >&2; exit 1; }
    # shellcheck disable=SC2086 # the flags are meant to split
    g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror \
        -DPROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION="\"$version\"" \
        tests/consumers/find_package/main.cpp $flags -o "$work/consumer-pkg-config-$module"
    "$work/consumer-pkg-config-$module"
done
