# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Runs ports/problem-details/portfile.cmake itself, unchanged, the way vcpkg
# runs a portfile (a CMake script), with the vcpkg functions replaced by the
# stand-ins of vcpkg_shim.cmake, in a tree laid out as vcpkg lays it out:
#
#   WORK_DIR/buildtrees/problem-details/    source copy, x64-linux-rel build
#   WORK_DIR/packages/problem-details_x64-linux/   what the port installs
#   WORK_DIR/installed/x64-linux/           where vcpkg then copies it
#   WORK_DIR/downloads/
#
# Then runs vcpkg's post-build checks (post_build_checks.cmake) on the package
# and copies it into installed/x64-linux, as `vcpkg install` does.
#
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<abs dir> [-DCXX=g++] [-DJOBS=2]
#         -P tests/port/run_port.cmake
cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_port.cmake: -D${var}=... is required")
    endif()
    cmake_path(ABSOLUTE_PATH ${var} NORMALIZE)
    string(REGEX REPLACE "/$" "" ${var} "${${var}}")
endforeach()
if(NOT DEFINED CXX)
    set(CXX g++)
endif()
if(NOT DEFINED JOBS)
    set(JOBS 2)
endif()
set(PD_PORT_TEST_SOURCE_DIR "${SOURCE_DIR}")
set(PD_PORT_TEST_CXX "${CXX}")
set(PD_PORT_TEST_JOBS "${JOBS}")

# What vcpkg defines for a portfile, for the x64-linux triplet.
set(CURRENT_PORT_DIR "${SOURCE_DIR}/ports/problem-details")
file(READ "${CURRENT_PORT_DIR}/vcpkg.json" manifest)
string(JSON PORT GET "${manifest}" name)
string(JSON VERSION GET "${manifest}" version)
set(TARGET_TRIPLET x64-linux)
set(VCPKG_TARGET_ARCHITECTURE x64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE static)
set(VCPKG_CMAKE_SYSTEM_NAME Linux)
set(VCPKG_TARGET_IS_LINUX ON)
set(VCPKG_ROOT_DIR "${WORK_DIR}")
set(DOWNLOADS "${WORK_DIR}/downloads")
set(CURRENT_BUILDTREES_DIR "${WORK_DIR}/buildtrees/${PORT}")
set(CURRENT_PACKAGES_DIR "${WORK_DIR}/packages/${PORT}_${TARGET_TRIPLET}")
set(CURRENT_INSTALLED_DIR "${WORK_DIR}/installed/${TARGET_TRIPLET}")
set(CURRENT_HOST_INSTALLED_DIR "${CURRENT_INSTALLED_DIR}")

file(REMOVE_RECURSE "${WORK_DIR}/buildtrees" "${WORK_DIR}/packages" "${WORK_DIR}/installed")
file(MAKE_DIRECTORY "${DOWNLOADS}" "${CURRENT_BUILDTREES_DIR}" "${CURRENT_PACKAGES_DIR}"
    "${CURRENT_INSTALLED_DIR}")

include("${CMAKE_CURRENT_LIST_DIR}/vcpkg_shim.cmake")
message(STATUS "running ${CURRENT_PORT_DIR}/portfile.cmake (${PORT} ${VERSION}, ${TARGET_TRIPLET})")
# A function scope, as vcpkg's own: the portfile's variables stay in it.
function(z_pd_run_portfile)
    include("${CURRENT_PORT_DIR}/portfile.cmake")
endfunction()
z_pd_run_portfile()

# The calls a CMake-based header-only port makes, each exactly once.
get_property(calls GLOBAL PROPERTY PD_VCPKG_CALLS)
foreach(required IN ITEMS vcpkg_from_github vcpkg_cmake_configure vcpkg_cmake_install
        vcpkg_cmake_config_fixup vcpkg_fixup_pkgconfig vcpkg_install_copyright)
    set(n 0)
    foreach(call IN LISTS calls)
        if(call STREQUAL required)
            math(EXPR n "${n} + 1")
        endif()
    endforeach()
    if(NOT n EQUAL 1)
        message(FATAL_ERROR "portfile.cmake called ${required} ${n} times (once expected)")
    endif()
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}"
        "-DPACKAGE_DIR=${CURRENT_PACKAGES_DIR}" "-DPORT=${PORT}" "-DPORT_DIR=${CURRENT_PORT_DIR}"
        -DCMAKE_PACKAGE_NAME=problem_details
        "-DLICENSE_FILE=${SOURCE_DIR}/LICENSE"
        "-DPROHIBITED_PATHS=${WORK_DIR}/packages;${WORK_DIR}/installed;${WORK_DIR}/buildtrees;${DOWNLOADS};${SOURCE_DIR}"
        -P "${CMAKE_CURRENT_LIST_DIR}/post_build_checks.cmake"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "vcpkg's post-build checks failed on ${CURRENT_PACKAGES_DIR}")
endif()

# `vcpkg install` then copies the package into the installed tree.
file(COPY "${CURRENT_PACKAGES_DIR}/" DESTINATION "${CURRENT_INSTALLED_DIR}")
file(GLOB_RECURSE package_files RELATIVE "${CURRENT_PACKAGES_DIR}" "${CURRENT_PACKAGES_DIR}/*")
list(SORT package_files)
list(JOIN package_files "\n    " listing)
message(STATUS "installed ${PORT} into ${CURRENT_INSTALLED_DIR}:\n    ${listing}")
