# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# docs/reference.md is written by hand; this keeps it from drifting. Every
# public header (include/problem_details/**/*.hpp outside detail/ and impl/)
# must have a section whose heading names it, e.g.
#   ## `<problem_details/parse.hpp>`
# and every section heading that names a header must name an existing one.
#
#   cmake -DSOURCE_DIR=<repository> -P tests/docs/check_reference.cmake
cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "check_reference.cmake: -DSOURCE_DIR=<repository> is required")
endif()
set(reference "${SOURCE_DIR}/docs/reference.md")
if(NOT EXISTS "${reference}")
    message(FATAL_ERROR "docs/reference.md does not exist")
endif()

file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/problem_details/*.hpp")
list(FILTER headers EXCLUDE REGEX "/(detail|impl)/")
list(SORT headers)

# Headings (#..######) that name a header <problem_details/...hpp>. Only
# heading lines are read: CMake's list splitting would pair up a "[" in a
# table row with a "]" lines later and merge everything between.
file(STRINGS "${reference}" lines REGEX "^#")
set(documented "")
foreach(line IN LISTS lines)
    if(line MATCHES "^#+[ \t]+.*<(problem_details/[^>]+\\.hpp)>")
        list(APPEND documented "${CMAKE_MATCH_1}")
    endif()
endforeach()

set(problems 0)
foreach(header IN LISTS headers)
    if(NOT header IN_LIST documented)
        message(SEND_ERROR "docs/reference.md has no section for <${header}>: add a heading "
            "\"## `<${header}>`\" saying what it declares, one line per public function or type "
            "with its cost and failure")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()
foreach(header IN LISTS documented)
    if(NOT header IN_LIST headers)
        message(SEND_ERROR "docs/reference.md has a section for <${header}>, which is not a public header")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()
set(seen "")
foreach(header IN LISTS documented)
    if(header IN_LIST seen)
        message(SEND_ERROR "docs/reference.md has two sections for <${header}>")
        math(EXPR problems "${problems} + 1")
    endif()
    list(APPEND seen "${header}")
endforeach()

list(LENGTH headers count)
if(problems GREATER 0)
    message(FATAL_ERROR "docs/reference.md is out of date with include/problem_details (${problems} problem(s))")
endif()
message(STATUS "docs/reference.md covers all ${count} public headers")
