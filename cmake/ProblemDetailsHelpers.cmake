# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Helpers for this project's own targets (tests, examples, tools, benchmarks).
# Not installed; consumers never see them.
include_guard(GLOBAL)

# Where ../shared lives (payloads/, seeds/): tests and examples read files there.
set(PROBLEM_DETAILS_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "The shared directory holding payloads/ and seeds/ (default: ../shared beside the repository)")
cmake_path(ABSOLUTE_PATH PROBLEM_DETAILS_SHARED_DIR BASE_DIRECTORY "${PROJECT_SOURCE_DIR}" NORMALIZE
    OUTPUT_VARIABLE PROBLEM_DETAILS_SHARED_DIR_ABS)
string(REGEX REPLACE "/$" "" PROBLEM_DETAILS_SHARED_DIR_ABS "${PROBLEM_DETAILS_SHARED_DIR_ABS}")
set(PROBLEM_DETAILS_PAYLOADS_DIR "${PROBLEM_DETAILS_SHARED_DIR_ABS}/payloads")
# Compile definitions giving a program these paths (absolute, as string literals).
set(PROBLEM_DETAILS_PATH_DEFINITIONS
    "PROBLEM_DETAILS_PAYLOADS_DIR=\"${PROBLEM_DETAILS_PAYLOADS_DIR}\""
    "PROBLEM_DETAILS_SHARED_DIR=\"${PROBLEM_DETAILS_SHARED_DIR_ABS}\""
    "PROBLEM_DETAILS_SOURCE_DIR=\"${PROJECT_SOURCE_DIR}\"")
if(NOT IS_DIRECTORY "${PROBLEM_DETAILS_PAYLOADS_DIR}"
   AND (PROBLEM_DETAILS_BUILD_TESTS OR PROBLEM_DETAILS_BUILD_EXAMPLES))
    message(WARNING "${PROBLEM_DETAILS_PAYLOADS_DIR} does not exist: tests reading payloads will fail. "
        "Set PROBLEM_DETAILS_SHARED_DIR to the shared directory.")
endif()

# With PROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON, this project's own programs get
# Boost.JSON's implementation from one static library built on demand.
if(PROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON AND NOT TARGET problem_details_boost_json_src)
    file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/problem_details_boost_json_src.cpp"
        CONTENT "#include <boost/json/src.hpp>\n")
    add_library(problem_details_boost_json_src STATIC EXCLUDE_FROM_ALL
        "${PROJECT_BINARY_DIR}/problem_details_boost_json_src.cpp")
    target_link_libraries(problem_details_boost_json_src PUBLIC Boost::headers)
    target_compile_features(problem_details_boost_json_src PUBLIC cxx_std_20)
endif()

# With PROBLEM_DETAILS_HEADER_ONLY_BOOST_TEST, Boost.Test's implementation
# (and main) comes from one static library compiled here, with this build's
# compiler and standard library: Debian's libboost_unit_test_framework is
# built with libstdc++ and cannot be linked into a libc++ program.
if(PROBLEM_DETAILS_HEADER_ONLY_BOOST_TEST AND PROBLEM_DETAILS_BUILD_TESTS
   AND NOT TARGET problem_details_boost_test_src)
    file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/problem_details_boost_test_src.cpp"
        CONTENT "#include <boost/test/included/unit_test.hpp>\n")
    add_library(problem_details_boost_test_src STATIC EXCLUDE_FROM_ALL
        "${PROJECT_BINARY_DIR}/problem_details_boost_test_src.cpp")
    target_link_libraries(problem_details_boost_test_src PUBLIC Boost::headers)
    target_compile_features(problem_details_boost_test_src PUBLIC cxx_std_20)
endif()

# problem_details_configure_target(<target>...)
#   For this project's own programs: links problem_details::problem_details
#   (and, in header-only Boost.JSON mode, Boost.JSON's implementation),
#   compiles with -std=c++20 (no GNU extensions), and sets -Wall -Wextra
#   -Wpedantic, plus -Werror when PROBLEM_DETAILS_WERROR is ON. All PRIVATE:
#   nothing reaches the INTERFACE library.
function(problem_details_configure_target)
    foreach(target IN LISTS ARGN)
        target_link_libraries(${target} PRIVATE problem_details::problem_details)
        set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF) # -std=c++20, not gnu++20
        if(PROBLEM_DETAILS_HEADER_ONLY_BOOST_JSON)
            target_link_libraries(${target} PRIVATE problem_details_boost_json_src)
        endif()
        target_compile_options(${target} PRIVATE
            $<$<CXX_COMPILER_ID:MSVC>:/W4 $<$<BOOL:${PROBLEM_DETAILS_WERROR}>:/WX>>
            $<$<NOT:$<CXX_COMPILER_ID:MSVC>>:-Wall -Wextra -Wpedantic
                $<$<BOOL:${PROBLEM_DETAILS_WERROR}>:-Werror>>)
    endforeach()
endfunction()

# problem_details_precompiled_header(KIND PCH_TARGET TARGET...): when
# PROBLEM_DETAILS_PRECOMPILED_HEADERS covers KIND (TESTS: unit tests, DOCS:
# doc snippets), the TARGETs reuse the precompiled header of PCH_TARGET: the
# library's umbrella header and Boost.JSON, parsed once instead of once per
# file (about half of a test's compile time). PCH_TARGET is an object
# library made here on first use, with the first TARGET's compile
# definitions and options: every TARGET must have the same ones (g++ says so
# through -Winvalid-pch, which -Werror makes fatal; clang refuses the PCH).
function(problem_details_precompiled_header kind pch_target)
    if(PROBLEM_DETAILS_PRECOMPILED_HEADERS STREQUAL "OFF"
       OR (kind STREQUAL "DOCS" AND NOT PROBLEM_DETAILS_PRECOMPILED_HEADERS STREQUAL "ALL"))
        return()
    endif()
    foreach(target IN LISTS ARGN)
        if(NOT TARGET ${pch_target})
            file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${pch_target}.cpp" CONTENT "// precompiled header only\n")
            add_library(${pch_target} OBJECT "${CMAKE_CURRENT_BINARY_DIR}/${pch_target}.cpp")
            foreach(property IN ITEMS COMPILE_DEFINITIONS COMPILE_OPTIONS INCLUDE_DIRECTORIES LINK_LIBRARIES CXX_EXTENSIONS)
                get_target_property(value ${target} ${property})
                if(NOT value STREQUAL "value-NOTFOUND")
                    set_property(TARGET ${pch_target} PROPERTY ${property} "${value}")
                endif()
            endforeach()
            target_precompile_headers(${pch_target} PRIVATE
                <problem_details/problem_details.hpp> <boost/json.hpp>)
        endif()
        target_precompile_headers(${target} REUSE_FROM ${pch_target})
    endforeach()
endfunction()

# problem_details_read_list(<file> <out-var>)
#   Reads a list file: one name per line; blank lines and everything after a
#   '#' are ignored. Duplicates are an error. Editing the file re-runs CMake.
function(problem_details_read_list file out_var)
    if(NOT EXISTS "${file}")
        set(${out_var} "" PARENT_SCOPE)
        return()
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    file(STRINGS "${file}" lines)
    set(names "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "#.*$" "" line "${line}")
        string(STRIP "${line}" line)
        if(line STREQUAL "")
            continue()
        endif()
        if(line IN_LIST names)
            message(FATAL_ERROR "${file}: '${line}' is listed twice")
        endif()
        list(APPEND names "${line}")
    endforeach()
    set(${out_var} "${names}" PARENT_SCOPE)
endfunction()

# problem_details_add_test(<name>
#     [SOURCES <file>...]            default: tests/<name>.cpp
#     [LIBRARIES <target>...]        linked in addition to problem_details::problem_details
#     [COMPILE_DEFINITIONS <def>...]
#     [LABELS <label>...]
#     [ARGS <arg>...]                command-line arguments for the test run
#     [WORKING_DIRECTORY <dir>]
#     [PRECOMPILED_HEADER <target>]  share <target>'s precompiled header (see
#                                    problem_details_precompiled_header, kind TESTS)
#     [NO_BOOST_TEST])               the sources have their own main(); no Boost.Test
#
# Builds executable test_<name> ('/' in <name> becomes '_') and registers it
# with CTest as <name>. Every test gets: the include directory tests/ (for
# "support/xxx.hpp"), what problem_details_configure_target gives, and
# PROBLEM_DETAILS_PATH_DEFINITIONS: the macros PROBLEM_DETAILS_PAYLOADS_DIR,
# PROBLEM_DETAILS_SHARED_DIR and PROBLEM_DETAILS_SOURCE_DIR. Boost.Test
# tests also get BOOST_TEST_DYN_LINK and Boost::unit_test_framework (or, with
# PROBLEM_DETAILS_HEADER_ONLY_BOOST_TEST, Boost.Test compiled here); they
# define BOOST_TEST_MODULE in exactly one of their sources.
function(problem_details_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_BOOST_TEST" "WORKING_DIRECTORY;PRECOMPILED_HEADER"
        "SOURCES;LIBRARIES;COMPILE_DEFINITIONS;LABELS;ARGS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "problem_details_add_test(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_SOURCES)
        set(arg_SOURCES "${PROJECT_SOURCE_DIR}/tests/${name}.cpp")
    endif()
    foreach(src IN LISTS arg_SOURCES)
        cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
        if(NOT EXISTS "${src}")
            message(FATAL_ERROR "problem_details_add_test(${name}): ${src} does not exist")
        endif()
    endforeach()
    string(REPLACE "/" "_" exe "test_${name}")

    add_executable(${exe} ${arg_SOURCES})
    problem_details_configure_target(${exe})
    target_link_libraries(${exe} PRIVATE ${arg_LIBRARIES})
    target_include_directories(${exe} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    target_compile_definitions(${exe} PRIVATE ${PROBLEM_DETAILS_PATH_DEFINITIONS} ${arg_COMPILE_DEFINITIONS})
    if(NOT arg_NO_BOOST_TEST)
        if(PROBLEM_DETAILS_HEADER_ONLY_BOOST_TEST)
            target_link_libraries(${exe} PRIVATE problem_details_boost_test_src)
        else()
            target_link_libraries(${exe} PRIVATE Boost::unit_test_framework)
            target_compile_definitions(${exe} PRIVATE BOOST_TEST_DYN_LINK)
        endif()
    endif()

    if(arg_PRECOMPILED_HEADER)
        problem_details_precompiled_header(TESTS ${arg_PRECOMPILED_HEADER} ${exe})
    endif()

    set(workdir "${CMAKE_CURRENT_BINARY_DIR}")
    if(arg_WORKING_DIRECTORY)
        set(workdir "${arg_WORKING_DIRECTORY}")
    endif()
    add_test(NAME ${name} COMMAND ${exe} ${arg_ARGS} WORKING_DIRECTORY "${workdir}")
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
endfunction()
