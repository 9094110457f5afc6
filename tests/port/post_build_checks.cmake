# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# vcpkg's post-build checks (vcpkg-tool src/vcpkg/postbuildlint.cpp), the
# ones that apply to a Linux triplet, on a package directory; plus what a
# header-only package must also satisfy. Every problem is reported, then the
# script fails if there was one.
#
#   cmake -DPACKAGE_DIR=<packages/problem-details_x64-linux> -DPORT=problem-details
#         -DPORT_DIR=<ports/problem-details> -DCMAKE_PACKAGE_NAME=problem_details
#         "-DPROHIBITED_PATHS=<packages>;<installed>;<buildtrees>;<downloads>;<source>"
#         [-DLICENSE_FILE=<LICENSE>] -P tests/port/post_build_checks.cmake
cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS PACKAGE_DIR PORT PORT_DIR CMAKE_PACKAGE_NAME PROHIBITED_PATHS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "post_build_checks.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${PACKAGE_DIR}")
    message(FATAL_ERROR "post_build_checks.cmake: ${PACKAGE_DIR} is not a directory")
endif()

set(problems 0)
macro(problem text)
    message(SEND_ERROR "post-build check: ${text}")
    math(EXPR problems "${problems} + 1")
endmacro()

file(GLOB_RECURSE all_files LIST_DIRECTORIES false RELATIVE "${PACKAGE_DIR}" "${PACKAGE_DIR}/*")
file(GLOB_RECURSE all_dirs LIST_DIRECTORIES true RELATIVE "${PACKAGE_DIR}" "${PACKAGE_DIR}/*")
if(all_files)
    list(REMOVE_ITEM all_dirs ${all_files})
endif()
list(SORT all_files)

# 1. Headers: include/ exists and holds files; nothing in debug/include.
file(GLOB_RECURSE headers RELATIVE "${PACKAGE_DIR}" "${PACKAGE_DIR}/include/*")
if(NOT headers)
    problem("include/ is missing or empty")
endif()
# Restricted names directly in include/ (vcpkg's list of libc and generic names,
# in short: a header-only package keeps everything in its own subfolder).
file(GLOB top_headers LIST_DIRECTORIES false RELATIVE "${PACKAGE_DIR}/include" "${PACKAGE_DIR}/include/*")
if(top_headers)
    problem("files directly in include/ (put them in include/problem_details/): ${top_headers}")
endif()
if(EXISTS "${PACKAGE_DIR}/debug")
    # A release-only (header-only) port has no debug tree at all; vcpkg
    # rejects debug/include and debug/share in any port.
    problem("debug/ exists: the port sets VCPKG_BUILD_TYPE release, so nothing may be installed there")
endif()

# 2. CMake files: none in cmake/, lib/cmake, debug/...; no lib/cmake at all;
#    and (stricter) every .cmake file under share/<CMAKE_PACKAGE_NAME>.
foreach(dir IN ITEMS cmake lib/cmake debug/cmake debug/lib/cmake)
    if(EXISTS "${PACKAGE_DIR}/${dir}")
        problem("${dir}/ exists: CMake files belong in share/${CMAKE_PACKAGE_NAME}")
    endif()
endforeach()
foreach(f IN LISTS all_files)
    if(f MATCHES "\\.cmake$" AND NOT f MATCHES "^share/${CMAKE_PACKAGE_NAME}/[^/]+\\.cmake$")
        problem("CMake file outside share/${CMAKE_PACKAGE_NAME}: ${f}")
    endif()
endforeach()
foreach(f IN ITEMS Config ConfigVersion Targets)
    if(NOT EXISTS "${PACKAGE_DIR}/share/${CMAKE_PACKAGE_NAME}/${CMAKE_PACKAGE_NAME}${f}.cmake")
        problem("missing share/${CMAKE_PACKAGE_NAME}/${CMAKE_PACKAGE_NAME}${f}.cmake")
    endif()
endforeach()

# 3. Copyright: share/<port>/copyright is a regular file (and is the license).
set(copyright "${PACKAGE_DIR}/share/${PORT}/copyright")
if(IS_DIRECTORY "${copyright}" OR NOT EXISTS "${copyright}")
    problem("share/${PORT}/copyright is missing or not a file")
elseif(DEFINED LICENSE_FILE)
    file(READ "${copyright}" copyright_text)
    file(READ "${LICENSE_FILE}" license_text)
    if(NOT copyright_text STREQUAL license_text)
        problem("share/${PORT}/copyright differs from ${LICENSE_FILE}")
    endif()
endif()

# 4. usage: a port that has one must install it, unchanged.
if(EXISTS "${PORT_DIR}/usage")
    if(NOT EXISTS "${PACKAGE_DIR}/share/${PORT}/usage")
        problem("the port has a usage file but share/${PORT}/usage was not installed")
    else()
        file(READ "${PORT_DIR}/usage" port_usage)
        file(READ "${PACKAGE_DIR}/share/${PORT}/usage" installed_usage)
        if(NOT port_usage STREQUAL installed_usage)
            problem("share/${PORT}/usage differs from the port's usage file")
        endif()
    endif()
endif()

# 5. No empty directories.
foreach(dir IN LISTS all_dirs)
    file(GLOB entries "${PACKAGE_DIR}/${dir}/*" "${PACKAGE_DIR}/${dir}/.*")
    if(NOT entries)
        problem("empty directory ${dir}/")
    endif()
endforeach()

# 6. No regular files in the package root or directly in debug/.
foreach(f IN LISTS all_files)
    if(NOT f MATCHES "/" OR f MATCHES "^debug/[^/]+$")
        problem("misplaced file ${f}")
    endif()
endforeach()

# 7. pkg-config files: lib/pkgconfig, or share/pkgconfig when they have no
#    Libs: (architecture-independent).
foreach(f IN LISTS all_files)
    if(NOT f MATCHES "\\.pc$")
        continue()
    endif()
    get_filename_component(pc_dir "${f}" DIRECTORY)
    if(pc_dir STREQUAL "lib/pkgconfig" OR pc_dir STREQUAL "debug/lib/pkgconfig")
        continue()
    endif()
    file(STRINGS "${PACKAGE_DIR}/${f}" libs_lines REGEX "^Libs(\\.private)?: *[^ ]")
    if(libs_lines)
        problem("${f} has Libs: and belongs in lib/pkgconfig")
    elseif(NOT pc_dir STREQUAL "share/pkgconfig")
        problem("${f} has no Libs: and belongs in share/pkgconfig")
    endif()
endforeach()

# 8. Header-only (stricter than vcpkg): no binaries, no bin/ or tools/.
foreach(f IN LISTS all_files)
    if(f MATCHES "\\.(a|so|so\\.[0-9.]+|dylib|lib|dll|exe)$" OR f MATCHES "^(bin|tools|debug/bin)/")
        problem("a header-only package installed a binary: ${f}")
    endif()
endforeach()

# 9. No absolute paths of the packages, installed, buildtrees and downloads
#    directories (and of the source tree) in headers (outside C comments), in
#    .cmake/.pc/.sh/.py files (outside # comments), in usage, .cfg and .ini.
foreach(f IN LISTS all_files)
    get_filename_component(name "${f}" NAME)
    set(kind "")
    if(f MATCHES "\\.(h|hpp|hxx)$")
        set(kind c)
    elseif(f MATCHES "\\.(cmake|pc|sh|py|conf|csh|pl)$")
        set(kind hash)
    elseif(f MATCHES "\\.(cfg|ini)$" OR name STREQUAL "usage")
        set(kind plain)
    endif()
    if(kind STREQUAL "")
        continue()
    endif()
    file(READ "${PACKAGE_DIR}/${f}" text)
    if(kind STREQUAL "c")
        # Drop /* */ and // comments (good enough for a path search).
        string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" text "${text}")
        string(REGEX REPLACE "//[^\n]*" "" text "${text}")
    elseif(kind STREQUAL "hash")
        string(REGEX REPLACE "(^|\n)[ \t]*#[^\n]*" "\\1" text "${text}")
    endif()
    foreach(path IN LISTS PROHIBITED_PATHS)
        string(FIND "${text}" "${path}" at)
        if(NOT at EQUAL -1)
            problem("${f} contains the absolute path ${path}")
        endif()
    endforeach()
endforeach()

if(problems GREATER 0)
    message(FATAL_ERROR "${problems} post-build check(s) failed for ${PACKAGE_DIR}")
endif()
list(LENGTH all_files file_count)
message(STATUS "post-build checks passed: ${PACKAGE_DIR} (${file_count} files)")
