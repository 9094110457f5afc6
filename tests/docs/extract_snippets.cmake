# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Extracts the ```cpp blocks of a Markdown page into one .cpp file each, so
# the build can compile them: every such block is a complete translation unit.
#
# The rules a documentation writer needs:
#   - Every block fenced ```cpp is compiled, with the project's warnings as
#     errors, linked against problem_details::problem_details. A fragment
#     that is not a whole program or translation unit must not be fenced
#     ```cpp (use a plain ``` fence).
#   - A block containing `int main` is linked and run; it must exit with 0.
#     assert() is live (NDEBUG is undefined for these programs).
#   - A program that must not be run (a server that never returns) is marked
#     by the line <!-- doc-test: no-run --> right before its fence: it is
#     still compiled and linked.
#   - A block including <boost/beast...> or <boost/asio...> is linked with
#     Threads; one including <benchmark/benchmark.h> with Google Benchmark.
#   - The test of the 3rd block of docs/parsing.md is doc_parsing_3; errors
#     point at the Markdown file and line (#line).
#
# In CMake: include() this file, then
#   problem_details_doc_pages(<source_dir> <pages_var>)
#     README.md and docs/*.md, the pages whose blocks are tested;
#   problem_details_extract_snippets(<page.md> <out_dir> <names_var> <no_run_var> [ONLY <name>])
#     writes <out_dir>/<name>.cpp for each block (only when changed, so editing
#     one block rebuilds one program; with ONLY, just that block), sets
#     <names_var> to the names (doc_<page>_<n>) and <no_run_var> to those
#     marked no-run;
#   problem_details_snippet_kind(<file.cpp> <name> <no_run_list> <kind_var> <libs_var>)
#     kind: run (has a main), no-run (has a main, marked), compile (no main);
#     libs: any of threads, benchmark.
# As a script (Meson uses it, tests/docs/meson.build):
#   cmake -DSOURCE_DIR=<repo> -DOUT_DIR=<dir> -P extract_snippets.cmake
#     extracts every page, prints "<page> <name> <kind> <libs|->" per block;
#   cmake -DPAGE=<page.md> -DOUT_DIR=<dir> [-DONLY=<name>] -P extract_snippets.cmake
#     extracts one page (or one block of it).
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    cmake_minimum_required(VERSION 3.21)
endif()
include_guard(GLOBAL)

# z_pd_last_line(<text> <out>): what follows the last newline of text (all of it if none).
function(z_pd_last_line text out)
    string(FIND "${text}" "\n" newline REVERSE)
    if(newline EQUAL -1)
        set(${out} "${text}" PARENT_SCOPE)
    else()
        math(EXPR start "${newline} + 1")
        string(SUBSTRING "${text}" ${start} -1 last)
        set(${out} "${last}" PARENT_SCOPE)
    endif()
endfunction()

function(problem_details_doc_pages source_dir pages_var)
    file(GLOB pages "${source_dir}/docs/*.md")
    list(SORT pages)
    list(PREPEND pages "${source_dir}/README.md")
    set(${pages_var} "${pages}" PARENT_SCOPE)
endfunction()

function(problem_details_snippet_kind file name no_run_list kind_var libs_var)
    file(READ "${file}" code)
    if(NOT code MATCHES "int[ \t\r\n]+main[ \t]*\\(")
        set(kind compile)
    elseif(name IN_LIST no_run_list)
        set(kind no-run)
    else()
        set(kind run)
    endif()
    set(libs "")
    if(code MATCHES "#[ \t]*include[ \t]*<boost/(beast|asio)")
        list(APPEND libs threads)
    endif()
    if(code MATCHES "#[ \t]*include[ \t]*<benchmark/benchmark\\.h>")
        list(APPEND libs benchmark)
    endif()
    set(${kind_var} "${kind}" PARENT_SCOPE)
    set(${libs_var} "${libs}" PARENT_SCOPE)
endfunction()

function(problem_details_extract_snippets page out_dir names_var no_run_var)
    cmake_parse_arguments(PARSE_ARGV 4 arg "" "ONLY" "")
    get_filename_component(page_name "${page}" NAME_WE)
    string(TOLOWER "${page_name}" page_name)
    string(REGEX REPLACE "[^a-z0-9]+" "_" page_name "${page_name}")
    file(READ "${page}" text)
    file(MAKE_DIRECTORY "${out_dir}")

    set(names "")
    set(no_run "")
    set(n 0)
    set(consumed 0) # characters of `text` already scanned
    set(rest "${text}")
    while(TRUE)
        string(FIND "${rest}" "```cpp" fence)
        if(fence EQUAL -1)
            break()
        endif()
        # The fence's line: only indentation before it, nothing after "cpp".
        string(SUBSTRING "${rest}" 0 ${fence} before)
        z_pd_last_line("${before}" indent)
        math(EXPR after_fence "${fence} + 6")
        string(SUBSTRING "${rest}" ${after_fence} -1 tail)
        string(FIND "${tail}" "\n" fence_end)
        if(fence_end EQUAL -1)
            break() # a fence on the last line opens nothing
        endif()
        math(EXPR fence_rest_length "${fence_end} + 1")
        string(SUBSTRING "${tail}" 0 ${fence_rest_length} fence_rest)
        if(NOT indent MATCHES "^ *$" OR NOT fence_rest MATCHES "^[ \t]*\n$")
            math(EXPR consumed "${consumed} + ${after_fence}")
            set(rest "${tail}")
            continue()
        endif()
        math(EXPR n "${n} + 1")
        set(name "doc_${page_name}_${n}")

        # The line before the fence may mark the program as not to be run.
        string(REGEX REPLACE "\n[ \t]*$" "" before_trimmed "${before}")
        z_pd_last_line("${before_trimmed}" previous_line)
        if(previous_line MATCHES "<!-- *doc-test: *no-run *-->")
            list(APPEND no_run "${name}")
        endif()

        # The body: up to the closing fence, at the same indentation.
        string(SUBSTRING "${tail}" ${fence_rest_length} -1 body_and_rest)
        string(FIND "${body_and_rest}" "\n${indent}```" close)
        if(body_and_rest MATCHES "^${indent}```")
            set(close 0)
            set(body "")
        elseif(close EQUAL -1)
            message(FATAL_ERROR "${page}: the ```cpp block ${n} is not closed")
        else()
            string(SUBSTRING "${body_and_rest}" 0 ${close} body)
            string(APPEND body "\n")
            math(EXPR close "${close} + 1")
        endif()
        if(NOT indent STREQUAL "")
            # (No "^" in the pattern: CMake anchors it again after each match.)
            string(REGEX REPLACE "\n${indent}" "\n" body "\n${body}")
            string(SUBSTRING "${body}" 1 -1 body)
        endif()

        # The Markdown line of the body's first line, for #line.
        math(EXPR body_offset "${consumed} + ${after_fence} + ${fence_rest_length}")
        string(SUBSTRING "${text}" 0 ${body_offset} up_to_body)
        string(REGEX MATCHALL "\n" newlines "${up_to_body}")
        list(LENGTH newlines line)
        math(EXPR line "${line} + 1")

        set(content "// Extracted from ${page} by tests/docs/extract_snippets.cmake: edit the Markdown.\n")
        string(APPEND content "#line ${line} \"${page}\"\n${body}")
        set(out "${out_dir}/${name}.cpp")
        set(old "")
        if(EXISTS "${out}")
            file(READ "${out}" old)
        endif()
        if(NOT old STREQUAL content AND (NOT arg_ONLY OR arg_ONLY STREQUAL name))
            file(WRITE "${out}" "${content}")
        endif()
        list(APPEND names "${name}")

        # Past the closing fence.
        string(LENGTH "${indent}```" close_length)
        math(EXPR skip "${close} + ${close_length}")
        string(SUBSTRING "${body_and_rest}" ${skip} -1 rest)
        math(EXPR consumed "${body_offset} + ${skip}")
    endwhile()
    set(${names_var} "${names}" PARENT_SCOPE)
    set(${no_run_var} "${no_run}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT DEFINED OUT_DIR OR (NOT DEFINED PAGE AND NOT DEFINED SOURCE_DIR))
        message(FATAL_ERROR "usage: cmake (-DSOURCE_DIR=<repo> | -DPAGE=<page.md> [-DONLY=<name>]) "
            "-DOUT_DIR=<dir> -P extract_snippets.cmake")
    endif()
    set(listing "")
    if(DEFINED SOURCE_DIR)
        problem_details_doc_pages("${SOURCE_DIR}" pages)
    else()
        set(pages "${PAGE}")
    endif()
    foreach(page IN LISTS pages)
        if(DEFINED ONLY)
            problem_details_extract_snippets("${page}" "${OUT_DIR}" names no_run ONLY "${ONLY}")
            continue()
        endif()
        problem_details_extract_snippets("${page}" "${OUT_DIR}" names no_run)
        if(DEFINED SOURCE_DIR)
            file(RELATIVE_PATH relative "${SOURCE_DIR}" "${page}")
        else()
            set(relative "${page}")
        endif()
        foreach(name IN LISTS names)
            problem_details_snippet_kind("${OUT_DIR}/${name}.cpp" "${name}" "${no_run}" kind libs)
            if(libs STREQUAL "")
                set(libs "-")
            endif()
            string(REPLACE ";" "," libs "${libs}")
            string(APPEND listing "${relative} ${name} ${kind} ${libs}\n")
        endforeach()
    endforeach()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E echo_append "${listing}")
endif()
