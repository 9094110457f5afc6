# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The generated JSON Schemas and OpenAPI documents checked by real validators
# (the CTest tests schema_ajv and schema_redocly, tests/CMakeLists.txt):
#
#   cmake -DCHECK=ajv|redocly -DGENERATOR=<schema_documents> -DOUT_DIR=<dir>
#         -DSOURCE_DIR=<repository> -P tests/schema_check.cmake
#
# Runs GENERATOR OUT_DIR (tests/schema_documents.cpp), then
#   ajv:     for each problem type in OUT_DIR/types.txt, ajv-cli (draft 2020-12,
#            strict, ajv-formats) must accept every OUT_DIR/NAME/valid-*.json
#            and reject every OUT_DIR/NAME/invalid-*.json against
#            OUT_DIR/NAME.schema.json;
#   redocly: `redocly lint` (its recommended rules) must report no error for
#            OUT_DIR/openapi-*.json and the committed docs/openapi/*.json.
# The tools are those scripts/install-deps.sh installs into tools/node. Without
# node the check prints "schema_check: SKIPPED" (CTest marks it skipped); with
# node but without the tools it fails: run scripts/install-deps.sh.
cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS CHECK GENERATOR OUT_DIR SOURCE_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "schema_check.cmake: -D${var}=... is required")
    endif()
endforeach()

find_program(node_exe node)
if(NOT node_exe)
    message("schema_check: SKIPPED: node is not installed (scripts/install-deps.sh installs the tools)")
    return()
endif()
set(bin "${SOURCE_DIR}/tools/node/node_modules/.bin")
if(CHECK STREQUAL "ajv")
    set(tool "${bin}/ajv")
elseif(CHECK STREQUAL "redocly")
    set(tool "${bin}/redocly")
else()
    message(FATAL_ERROR "schema_check.cmake: CHECK must be ajv or redocly, not '${CHECK}'")
endif()
if(NOT EXISTS "${tool}")
    message(FATAL_ERROR "${tool} is not installed: run scripts/install-deps.sh")
endif()
# No network: redocly neither reports telemetry nor looks for updates.
set(ENV{REDOCLY_TELEMETRY} "off")
set(ENV{REDOCLY_SUPPRESS_UPDATE_NOTICE} "true")

execute_process(COMMAND "${GENERATOR}" "${OUT_DIR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${GENERATOR} failed (${rc})")
endif()

if(CHECK STREQUAL "redocly")
    file(GLOB documents "${OUT_DIR}/openapi-*.json" "${SOURCE_DIR}/docs/openapi/*.json")
    list(SORT documents)
    execute_process(COMMAND "${tool}" lint --format=summary ${documents}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}${err}")
    if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(^|\n)error ")
        message(FATAL_ERROR "redocly lint reports errors (${rc})")
    endif()
    list(LENGTH documents count)
    message(STATUS "redocly lint: ${count} OpenAPI documents without error")
    return()
endif()

set(ajv_options validate --spec=draft2020 --strict=true -c ajv-formats --errors=line)
file(STRINGS "${OUT_DIR}/types.txt" names)
set(failed 0)
set(total_valid 0)
set(total_invalid 0)
foreach(name IN LISTS names)
    set(schema "${OUT_DIR}/${name}.schema.json")
    foreach(kind IN ITEMS valid invalid)
        file(GLOB files "${OUT_DIR}/${name}/${kind}-*.json")
        list(LENGTH files count)
        if(count EQUAL 0)
            message(SEND_ERROR "${name}: no ${kind} documents")
            math(EXPR failed "${failed} + 1")
            continue()
        endif()
        math(EXPR total_${kind} "${total_${kind}} + ${count}")
        execute_process(COMMAND "${tool}" ${ajv_options} -s "${schema}" -d "${OUT_DIR}/${name}/${kind}-*.json"
            RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        set(all "${out}${err}")
        if(all MATCHES "strict mode|schema .* is invalid|error: ")
            message(SEND_ERROR "${name}: ajv rejects the schema itself:\n${all}")
            math(EXPR failed "${failed} + 1")
            continue()
        endif()
        foreach(file IN LISTS files)
            string(FIND "${all}" "${file} ${kind}\n" at)
            if(at EQUAL -1)
                file(READ "${file}" text)
                message(SEND_ERROR "${name}: ${file} should be ${kind} against ${schema}:\n${text}\n--- ajv:\n${all}")
                math(EXPR failed "${failed} + 1")
            endif()
        endforeach()
        if(kind STREQUAL "valid" AND NOT rc EQUAL 0)
            message(SEND_ERROR "${name}: ajv exits with ${rc} on valid documents:\n${all}")
            math(EXPR failed "${failed} + 1")
        endif()
    endforeach()
endforeach()
list(LENGTH names types)
if(failed GREATER 0)
    message(FATAL_ERROR "ajv: ${failed} failure(s)")
endif()
message(STATUS "ajv: ${types} schemas; ${total_valid} documents accepted, ${total_invalid} rejected, as expected")
