# vcpkg overlay port for problem_details (header-only C++20 on Boost.JSON).
#
#   vcpkg install problem-details --overlay-ports=<checkout>/ports
#
# Placeholders to fill in when a release is published (nothing else changes):
#   REPO    the repository's "owner/name" on GitHub (vcpkg.json's "homepage" too);
#   REF     the release tag; "v${VERSION}" follows vcpkg.json's "version",
#           which must equal include/problem_details/version.hpp (a test checks);
#   SHA512  the hash of the tag's source archive. Leave it 0, run
#           `vcpkg install`, and vcpkg fails printing the actual hash to paste.
#
# CI cannot download vcpkg here, so scripts/ci/60-port-vcpkg.sh runs this very
# file under stand-ins for the vcpkg functions (tests/port/), checks the
# package the way vcpkg's post-build checks do, and builds a program with the
# lines of `usage`.

# Header-only: a debug build would install the same files again.
set(VCPKG_BUILD_TYPE release)

vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO OWNER/problem_details
    REF "v${VERSION}"
    SHA512 0
    HEAD_REF main
)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DPROBLEM_DETAILS_BUILD_TESTS=OFF
        -DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF
        -DPROBLEM_DETAILS_BUILD_TOOLS=OFF
        -DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF
)
vcpkg_cmake_install()

# The CMake package already installs to share/problem_details (the find_package
# name, not the port name); the fixup checks that and makes paths relative.
vcpkg_cmake_config_fixup(PACKAGE_NAME problem_details)

# problem_details.pc says "Libs: -lboost_json", so vcpkg wants it in
# lib/pkgconfig, where it is installed.
vcpkg_fixup_pkgconfig()

# The license is installed as share/${PORT}/copyright below; drop the copy
# the project installs as documentation.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")

# Nothing is compiled, so lib/ holds at most lib/pkgconfig. Should it ever be
# left empty, remove it: vcpkg rejects empty directories.
file(GLOB _pd_lib_entries "${CURRENT_PACKAGES_DIR}/lib/*")
if(NOT _pd_lib_entries)
    file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib")
endif()

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
