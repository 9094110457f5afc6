# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Runs the problem-details CLI once and checks what it did: its exit code,
# its output against regular expressions, and, for --json output, the value
# of JSON members. Used by tools/tests.cmake; runnable by hand:
#
#   cmake -DCLI=<problem-details> "-DARGS=inspect@@--json@@file.json"
#         [-DINPUT=<file for stdin>] [-DEXIT=0]
#         ["-DMATCH=regex@@regex..."] ["-DNO_MATCH=regex@@..."]
#         ["-DJSON=format=gateway@@retry.action=retry@@diagnosis.0.id=vipps.x"]
#         [-DOUTPUT_FILE=<file standard output must equal, byte for byte>]
#         -P tools/cli_check.cmake
#
# Lists are separated by "@@" (a ';' would be split by add_test). A JSON
# check is "path[:TYPE][#]=value" or "path[:TYPE][#]~regex": the path is
# dot-separated (array indices are numbers); the value is what
# string(JSON GET) gives (numbers and strings as text, true/false as ON/OFF,
# null as ""), or with '#' the length of an array or object; TYPE also checks
# the JSON type (NULL, NUMBER, STRING, BOOLEAN, ARRAY, OBJECT). Examples:
# "status:NULL=", "retry.delay_seconds:NUMBER=7", "diagnosis#=0",
# "diagnosis.0.hint:STRING~.".
# Standard output and standard error are checked together by MATCH.
cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS CLI ARGS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "cli_check.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT DEFINED EXIT)
    set(EXIT 0)
endif()

string(REPLACE "@@" ";" args "${ARGS}")
if(ARGS STREQUAL "")
    set(args "")
endif()
set(input_option "")
if(DEFINED INPUT)
    set(input_option INPUT_FILE "${INPUT}")
endif()
execute_process(
    COMMAND "${CLI}" ${args}
    ${input_option}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)

set(failed FALSE)
set(shown "${CLI} ${args}\n--- exit code: ${rc}\n--- stdout:\n${out}\n--- stderr:\n${err}")
if(NOT rc STREQUAL "${EXIT}")
    message(SEND_ERROR "expected exit code ${EXIT}, got ${rc}")
    set(failed TRUE)
endif()

if(DEFINED MATCH)
    string(REPLACE "@@" ";" patterns "${MATCH}")
    foreach(re IN LISTS patterns)
        if(NOT "${out}${err}" MATCHES "${re}")
            message(SEND_ERROR "the output does not match: ${re}")
            set(failed TRUE)
        endif()
    endforeach()
endif()
if(DEFINED NO_MATCH)
    string(REPLACE "@@" ";" patterns "${NO_MATCH}")
    foreach(re IN LISTS patterns)
        if("${out}${err}" MATCHES "${re}")
            message(SEND_ERROR "the output matches what it must not: ${re}")
            set(failed TRUE)
        endif()
    endforeach()
endif()

if(DEFINED OUTPUT_FILE)
    file(READ "${OUTPUT_FILE}" expected)
    if(NOT out STREQUAL expected)
        message(SEND_ERROR "standard output differs from ${OUTPUT_FILE}")
        set(failed TRUE)
    endif()
endif()

if(DEFINED JSON)
    # One object on one line, nothing else.
    string(REGEX MATCHALL "\n" lines "${out}")
    list(LENGTH lines nlines)
    if(NOT nlines EQUAL 1 OR NOT out MATCHES "^{.*}\n$")
        message(SEND_ERROR "--json output is not one JSON object on one line")
        set(failed TRUE)
    endif()
    string(REPLACE "@@" ";" checks "${JSON}")
    foreach(check IN LISTS checks)
        if(NOT check MATCHES "^([^=:~#]+)(:([A-Z]+))?(#?)([=~])(.*)$")
            message(FATAL_ERROR "bad JSON check '${check}'")
        endif()
        set(path "${CMAKE_MATCH_1}")
        set(type "${CMAKE_MATCH_3}")
        set(length "${CMAKE_MATCH_4}")
        set(op "${CMAKE_MATCH_5}")
        set(want "${CMAKE_MATCH_6}")
        string(REPLACE "." ";" path_list "${path}")
        if(length)
            string(JSON got ERROR_VARIABLE json_error LENGTH "${out}" ${path_list})
        else()
            string(JSON got ERROR_VARIABLE json_error GET "${out}" ${path_list})
        endif()
        if(json_error)
            message(SEND_ERROR "${path}: ${json_error}")
            set(failed TRUE)
            continue()
        endif()
        if(type)
            string(JSON got_type ERROR_VARIABLE json_error TYPE "${out}" ${path_list})
            if(NOT got_type STREQUAL type)
                message(SEND_ERROR "${path}: expected a JSON ${type}, got ${got_type}")
                set(failed TRUE)
            endif()
        endif()
        if(op STREQUAL "~")
            if(NOT "${got}" MATCHES "${want}")
                message(SEND_ERROR "${path}: '${got}' does not match '${want}'")
                set(failed TRUE)
            endif()
        elseif(NOT "${got}" STREQUAL "${want}")
            message(SEND_ERROR "${path}: expected '${want}', got '${got}'")
            set(failed TRUE)
        endif()
    endforeach()
endif()

if(failed)
    message(FATAL_ERROR "${shown}")
endif()
