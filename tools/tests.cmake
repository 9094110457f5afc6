# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# End-to-end tests of the problem-details CLI: its output and its exit codes,
# on every shared payload (as a bare body with responses.tsv's status and
# headers given as options, and as a raw `curl -i` response), on the seed
# FAQ's example, and on bad command lines. Each test runs the built tool
# through tools/cli_check.cmake. All are labelled `cli`: ctest -L cli
#
# Include this file from tools/CMakeLists.txt once the problem_details_cli
# target exists, when tests are built:
#   if(PROBLEM_DETAILS_BUILD_TESTS)
#       include(tests.cmake)
#   endif()
# It needs PROBLEM_DETAILS_PAYLOADS_DIR (cmake/ProblemDetailsHelpers.cmake).

if(NOT TARGET problem_details_cli)
    return()
endif()

set(_pd_cli_check "${CMAKE_CURRENT_LIST_DIR}/cli_check.cmake")
set(_pd_cli_dir "${CMAKE_CURRENT_BINARY_DIR}/cli_tests")
file(MAKE_DIRECTORY "${_pd_cli_dir}")

# (No "[" or "]" in MATCH regexes or JSON checks: CMake lists do not split inside brackets.)
# problem_details_cli_test(<name> ARGS <arg>... [INPUT <file>] [EXIT <code>]
#                          [MATCH <regex>...] [NO_MATCH <regex>...] [JSON <path[:TYPE]=value>...]
#                          [OUTPUT_FILE <file stdout must equal>])
function(problem_details_cli_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "INPUT;EXIT;OUTPUT_FILE" "ARGS;MATCH;NO_MATCH;JSON")
    set(defs "-DCLI=$<TARGET_FILE:problem_details_cli>")
    list(JOIN arg_ARGS "@@" joined)
    list(APPEND defs "-DARGS=${joined}")
    if(DEFINED arg_INPUT)
        list(APPEND defs "-DINPUT=${arg_INPUT}")
    endif()
    if(DEFINED arg_EXIT)
        list(APPEND defs "-DEXIT=${arg_EXIT}")
    endif()
    if(DEFINED arg_OUTPUT_FILE)
        list(APPEND defs "-DOUTPUT_FILE=${arg_OUTPUT_FILE}")
    endif()
    foreach(kind IN ITEMS MATCH NO_MATCH JSON)
        if(DEFINED arg_${kind})
            list(JOIN arg_${kind} "@@" joined)
            list(APPEND defs "-D${kind}=${joined}")
        endif()
    endforeach()
    add_test(NAME cli_${name} COMMAND "${CMAKE_COMMAND}" ${defs} -P "${_pd_cli_check}")
    set_tests_properties(cli_${name} PROPERTIES LABELS cli TIMEOUT 60)
endfunction()

#------------------------------------------------------------------------------
# Every shared payload
#------------------------------------------------------------------------------

# What each known payload must give: format, status class, retry action (the
# request carried an Idempotency-Key, the CLI's default), first diagnosis,
# and whether `validate` accepts it. A payload added to the folder and not
# listed here still gets the generic checks.
set(_pd_expect_faq-validation-error.json     "problem|client_error|fix_request|vipps.400.bad_request|invalid")
set(_pd_expect_faq-validation-error.min.json "problem|client_error|fix_request|vipps.400.bad_request|invalid")
set(_pd_expect_invalid-params.json           "problem|client_error|fix_request|vipps.400.bad_request|valid")
set(_pd_expect_epayment-traceid.json         "problem|client_error|fix_request|vipps.404.payment_not_found|valid")
set(_pd_expect_gateway-401-invalid-key.json  "gateway|client_error|fix_request|vipps.401.invalid_subscription_key|valid")
set(_pd_expect_gateway-401-missing-key.json  "gateway|client_error|fix_request|vipps.401.missing_subscription_key|valid")
set(_pd_expect_gateway-429-rate-limit.json   "gateway|client_error|retry|vipps.429.rate_limit_exceeded|valid")
set(_pd_expect_legacy-ecom-35.json           "legacy|client_error|fix_request|vipps.ecom.35.order_not_found|invalid")
set(_pd_expect_legacy-ecom-81.json           "legacy|client_error|fix_request|vipps.ecom.81.user_not_registered|invalid")
set(_pd_expect_server-500.json               "problem|server_error|retry|vipps.500.unvalidated_request|valid")
set(_pd_expect_proxy-502.html                "text|server_error|retry|vipps.5xx.server_error|invalid")

# responses.tsv: file, status, content type, other headers, shape.
file(STRINGS "${PROBLEM_DETAILS_PAYLOADS_DIR}/responses.tsv" _pd_rows)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROBLEM_DETAILS_PAYLOADS_DIR}/responses.tsv")
file(GLOB _pd_payloads CONFIGURE_DEPENDS "${PROBLEM_DETAILS_PAYLOADS_DIR}/*.json" "${PROBLEM_DETAILS_PAYLOADS_DIR}/*.html")
list(SORT _pd_payloads)
if(NOT _pd_payloads)
    message(WARNING "problem_details: no payloads in ${PROBLEM_DETAILS_PAYLOADS_DIR}: no CLI payload tests")
endif()

foreach(payload IN LISTS _pd_payloads)
    get_filename_component(file "${payload}" NAME)
    string(MAKE_C_IDENTIFIER "${file}" id)

    # Its row of responses.tsv.
    set(status "")
    set(content_type "")
    set(other "")
    foreach(row IN LISTS _pd_rows)
        if(row MATCHES "^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)" AND CMAKE_MATCH_1 STREQUAL file)
            set(status "${CMAKE_MATCH_2}")
            set(content_type "${CMAKE_MATCH_3}")
            set(other "${CMAKE_MATCH_4}")
        endif()
    endforeach()
    if(status STREQUAL "")
        message(WARNING "problem_details: ${file} is not in responses.tsv: no CLI test for it")
        continue()
    endif()
    set(retry_after "")
    if(other MATCHES "Retry-After: *([^\t]*)")
        string(STRIP "${CMAKE_MATCH_1}" retry_after)
    endif()

    # For every payload: the DESIGN.md shape.
    set(checks "status:NUMBER=${status}" "format:STRING~^(problem|gateway|legacy|oauth|text|empty|json)$"
        "correlation_origin:STRING~^(none|body|header|instance)$"
        "status_class:STRING~^(client|server)_error$" "problem:OBJECT~^{" "problem.type:STRING~."
        "retry:OBJECT~." "retry.action:STRING~^(none|fix_request|retry|give_up)$"
        "retry.reuse_idempotency_key:BOOLEAN~^(ON|OFF)$" "diagnosis:ARRAY~."
        "diagnosis.0.id:STRING~^vipps\\." "diagnosis.0.hint:STRING~.")
    if(DEFINED _pd_expect_${file})
        string(REPLACE "|" ";" e "${_pd_expect_${file}}")
        list(GET e 0 format)
        list(GET e 1 class)
        list(GET e 2 action)
        list(GET e 3 diagnosis)
        list(GET e 4 validity)
        list(APPEND checks "format=${format}" "status_class=${class}" "retry.action=${action}"
             "diagnosis.0.id=${diagnosis}")
        if(action STREQUAL "retry")
            list(APPEND checks "retry.reuse_idempotency_key:BOOLEAN=ON")
        else()
            list(APPEND checks "retry.reuse_idempotency_key:BOOLEAN=OFF" "retry.delay_seconds:NULL=")
        endif()
    else()
        set(validity "")
        message(STATUS "problem_details: ${file} has no expected CLI output listed in tools/tests.cmake: generic checks only")
    endif()

    # A bare body, with the status and headers as options.
    set(options --json --status ${status})
    if(NOT content_type STREQUAL "")
        list(APPEND options --content-type "${content_type}")
    endif()
    if(NOT retry_after STREQUAL "")
        list(APPEND options --retry-after "${retry_after}")
    endif()
    problem_details_cli_test(inspect_${id} ARGS inspect ${options} "${payload}" JSON ${checks})

    # The same as a raw response, as `curl -i` prints it (CRLF).
    file(READ "${payload}" body)
    set(raw "HTTP/1.1 ${status} Whatever\r\n")
    if(NOT content_type STREQUAL "")
        string(APPEND raw "Content-Type: ${content_type}\r\n")
    endif()
    if(NOT retry_after STREQUAL "")
        string(APPEND raw "Retry-After: ${retry_after}\r\n")
    endif()
    string(APPEND raw "\r\n${body}")
    file(WRITE "${_pd_cli_dir}/${file}.http" "${raw}")
    problem_details_cli_test(inspect_raw_${id} ARGS inspect --json "${_pd_cli_dir}/${file}.http" JSON ${checks})

    # The same read from standard input, as text for a person.
    problem_details_cli_test(inspect_text_${id} ARGS inspect - INPUT "${_pd_cli_dir}/${file}.http"
        MATCH "format: +[a-z]+ \\(" "status: +${status} " "problem:\n  type: " "retry: +[a-z_]+" "diagnosis:")

    # validate: 0 for a valid problem document, 1 otherwise.
    if(validity STREQUAL "valid")
        problem_details_cli_test(validate_${id} ARGS validate "${payload}" EXIT 0 MATCH ": valid RFC 9457 problem document")
    elseif(validity STREQUAL "invalid")
        problem_details_cli_test(validate_${id} ARGS validate "${payload}" EXIT 1 MATCH "violation" "offset [0-9]+")
    endif()
endforeach()

#------------------------------------------------------------------------------
# Every real body (payloads/real/, issue 14): format, the body's code, the
# correlation id and where it came from, the retry advice; as a body with
# options, and as a raw response whose Request-Id header the body's own id
# members come before (and instance after).
#------------------------------------------------------------------------------
# status|content type|format|code|correlation id|its source|retry action ("-": null)
set(_pd_real_accesstoken-400-unauthorized-client.json "400|application/json|oauth|unauthorized_client|bb2f4093-70af-446a-a26d-ed8becca1a1a|correlation_id|fix_request")
set(_pd_real_checkout-400-validation-reference-required.json "400|-|problem|Validation-00001|urn:uuid:d1bb89d3-50ab-4e90-94c0-54a67da0a7ec|instance|fix_request")
set(_pd_real_checkout-404-session-expired.json "404|-|problem|Session-00100|urn:uuid:d1bb89d3-50ab-4e90-94c0-54a67da0a7ec|instance|fix_request")
set(_pd_real_checkout-404-session-expired-trailing-comma.txt "404|-|text|-|-|-|fix_request")
set(_pd_real_ecom-401-apim-invalid-subscription-key.json "401|-|gateway|-|-|-|fix_request")
set(_pd_real_ecom-401-apim-invalid-subscription-key-text.txt "401|-|text|-|-|-|fix_request")
set(_pd_real_ecom-401-subscription-not-found.json "401|-|legacy|Unauthorized|ff0b3ca8-eae5-4e95-9859-6600b2428315|contextId|fix_request")
set(_pd_real_ecom-402-payment-expired-card.json "402|-|legacy|44|-|-|fix_request")
set(_pd_real_epayment-400-long-living-not-allowed.json "400|-|problem|-|00-631d10d7ee147e46941a0725ed2dcd6a-54bda84425e20140-01|traceId|fix_request")
set(_pd_real_login-401-generic-error.json "401|application/json|oauth|invalid_request|-|-|fix_request")
set(_pd_real_management-401-unauthorized-problem.json "401|application/problem+json|problem|-|urn:uuid:123e4567-e89b-12d3-a456-426655440000|instance|fix_request")
set(_pd_real_mp-apppayments-409-invalid-payment-state.json "409|-|legacy|invalid_payment_state|8d4243bc-aa83-43c3-a55d-5da221facd9b|correlationId|fix_request")
set(_pd_real_mp-invoice-400-input-error.json "400|-|legacy|InputError|54ccc98b-7d9f-40ea-8c1a-249d57126c39|correlation_id|fix_request")
set(_pd_real_mp-subscriptions-400-bad-request.json "400|-|legacy|BadRequest|f4b02597-32cc-420f-a468-942307e89a97|error_description.correlation_id|fix_request")
set(_pd_real_partner-401-middleware-error.json "401|application/json|gateway|400|-|-|fix_request")
set(_pd_real_psp-400-merchant-not-available.json "400|application/json|legacy|21|cf6d52c9-98cc-4285-b9b3-c7d36b6b06d9|contextId|fix_request")
set(_pd_real_qr-400-exchange-qrcode-required.json "400|application/json|problem|-|-|-|fix_request")
set(_pd_real_recurring-400-v3-validation-error.json "400|application/json|problem|-|f70b8bf7-c843-4bea-95d9-94725b19895f|contextId|fix_request")
set(_pd_real_recurring-401-azure-apim-error.json "401|application/json|gateway|-|-|-|fix_request")
set(_pd_real_recurring-default-v2-error-array.json "400|application/json|legacy|recurring.core.charges.create.invalid_agreement|f70b8bf7-c843-4bea-95d9-94725b19895f|contextId|fix_request")
set(_pd_real_webhooks-400-validation-problem.json "400|application/problem+json|problem|-|00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00|traceId|fix_request")

file(GLOB _pd_real_bodies CONFIGURE_DEPENDS "${PROBLEM_DETAILS_PAYLOADS_DIR}/real/*.json" "${PROBLEM_DETAILS_PAYLOADS_DIR}/real/*.txt")
list(SORT _pd_real_bodies)
foreach(payload IN LISTS _pd_real_bodies)
    get_filename_component(file "${payload}" NAME)
    string(MAKE_C_IDENTIFIER "real_${file}" id)
    if(NOT DEFINED _pd_real_${file})
        message(WARNING "problem_details: real/${file} has no expected CLI output listed in tools/tests.cmake")
        continue()
    endif()
    string(REPLACE "|" ";" e "${_pd_real_${file}}")
    list(GET e 0 status)
    list(GET e 1 content_type)
    list(GET e 2 format)
    list(GET e 3 code)
    list(GET e 4 cid)
    list(GET e 5 source)
    list(GET e 6 action)
    set(checks "format=${format}" "status:NUMBER=${status}" "retry.action=${action}" "diagnosis:ARRAY~.")
    if(code STREQUAL "-")
        list(APPEND checks "code:NULL=")
    else()
        list(APPEND checks "code:STRING=${code}")
    endif()
    set(raw_checks ${checks})
    if(cid STREQUAL "-")
        list(APPEND checks "correlation_id:NULL=" "correlation_source:NULL=" "correlation_origin=none")
    else()
        list(APPEND checks "correlation_id=${cid}" "correlation_source=${source}")
    endif()
    # The raw response's Request-Id: after the body's own members, before instance.
    if(cid STREQUAL "-" OR source STREQUAL "instance")
        list(APPEND raw_checks "correlation_id=req-7f3a" "correlation_source=Request-Id" "correlation_origin=header")
    else()
        list(APPEND raw_checks "correlation_id=${cid}" "correlation_source=${source}" "correlation_origin=body")
    endif()

    set(options --json --status ${status})
    if(NOT content_type STREQUAL "-")
        list(APPEND options --content-type "${content_type}")
    endif()
    problem_details_cli_test(inspect_${id} ARGS inspect ${options} "${payload}" JSON ${checks})

    file(READ "${payload}" body)
    set(raw "HTTP/1.1 ${status} Whatever\r\n")
    if(NOT content_type STREQUAL "-")
        string(APPEND raw "Content-Type: ${content_type}\r\n")
    endif()
    string(APPEND raw "Request-Id: req-7f3a\r\n\r\n${body}")
    file(WRITE "${_pd_cli_dir}/real-${file}.http" "${raw}")
    problem_details_cli_test(inspect_raw_${id} ARGS inspect --json "${_pd_cli_dir}/real-${file}.http" JSON ${raw_checks})
endforeach()

#------------------------------------------------------------------------------
# The seed FAQ's example, as printed there: README's "main job" command
#------------------------------------------------------------------------------
file(READ "${PROBLEM_DETAILS_PAYLOADS_DIR}/faq-validation-error.json" _pd_seed_body)
file(WRITE "${_pd_cli_dir}/seed-example.http"
    "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\nContent-Language: en\n\n${_pd_seed_body}")
set(_pd_seed "${_pd_cli_dir}/seed-example.http")
problem_details_cli_test(seed_example ARGS inspect "${_pd_seed}"
    MATCH "format: +problem \\(RFC 9457 / RFC 7807 problem\\)"
          "status: +400 Bad Request \\(client_error\\)"
          "quirks: +status_as_string, extra_details"
          "language: +en"
          "title: +Your request parameters didn't validate\\."
          "extraDetails: .{\"name\":\"amount\""
          "retry: +fix_request"
          "vipps\\.400\\.bad_request \\(status match\\)")
problem_details_cli_test(seed_example_json ARGS inspect --json "${_pd_seed}"
    JSON "format=problem" "status:NUMBER=400" "status_class=client_error"
         "problem.type=https://developer.vippsmobilepay.com/api-name/v1/validation-error"
         "problem.status:NUMBER=400" "problem.instance=urn:uuid:123e4567-e89b-12d3-a456-426655440000"
         "problem.extraDetails.1.name=URL"
         "retry.action=fix_request" "retry.delay_seconds:NULL=" "retry.reuse_idempotency_key:BOOLEAN=OFF"
         "diagnosis.0.id=vipps.400.bad_request" "quirks.0=status_as_string" "quirks.1=extra_details"
         "content_language=en" "body_status:NUMBER=400")
problem_details_cli_test(seed_example_validate ARGS validate "${_pd_seed}" EXIT 1
    MATCH "1 violation" "offset 268 \\(byte [0-9]+ of the input\\), member \"status\": wrong_type")

#------------------------------------------------------------------------------
# Options, stdin, retry delays
#------------------------------------------------------------------------------
set(_pd_p "${PROBLEM_DETAILS_PAYLOADS_DIR}")
problem_details_cli_test(inspect_stdin ARGS inspect --json --status 401 INPUT "${_pd_p}/gateway-401-invalid-key.json"
    JSON "format=gateway" "diagnosis.0.id=vipps.401.invalid_subscription_key" "diagnosis.0.match=message")
problem_details_cli_test(inspect_no_status ARGS inspect --json "${_pd_p}/epayment-traceid.json"
    JSON "format=problem" "status:NULL=" "status_class:NULL=" "retry.action=give_up"
         "diagnosis.0.id=vipps.404.payment_not_found" "correlation_id=77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c")
problem_details_cli_test(inspect_body_status_only ARGS inspect --json "${_pd_p}/gateway-429-rate-limit.json"
    JSON "status:NUMBER=429" "retry.action=retry" "retry.delay_seconds:NUMBER=7")
problem_details_cli_test(inspect_retry_after_date
    ARGS inspect --json --status 429 --retry-after "Sun, 06 Nov 1994 08:49:47 GMT"
         --now "Sun, 06 Nov 1994 08:49:37 GMT" "${_pd_p}/gateway-429-rate-limit.json"
    JSON "retry.action=retry" "retry.delay_seconds:NUMBER=10" "retry.reuse_idempotency_key:BOOLEAN=ON")
problem_details_cli_test(inspect_no_idempotency_key ARGS inspect --json --status 500 --no-idempotency-key
    "${_pd_p}/server-500.json"
    JSON "retry.action=give_up" "retry.delay_seconds:NULL=")
problem_details_cli_test(inspect_idempotent_backoff ARGS inspect --json --status 503 --idempotent --no-idempotency-key
    --attempt 2 "${_pd_p}/proxy-502.html"
    JSON "retry.action=retry" "retry.delay_seconds:NUMBER=2" "status_class=server_error")
problem_details_cli_test(inspect_attempts_exhausted ARGS inspect --json --status 429 --attempt 3
    "${_pd_p}/gateway-429-rate-limit.json"
    JSON "retry.action=give_up")
problem_details_cli_test(inspect_status_override ARGS inspect --json --status 500 "${_pd_cli_dir}/gateway-401-invalid-key.json.http"
    JSON "status:NUMBER=500" "body_status:NUMBER=401" "quirks.0=status_mismatch")
file(WRITE "${_pd_cli_dir}/empty.txt" "")
problem_details_cli_test(inspect_no_content ARGS inspect --json --status 204 INPUT "${_pd_cli_dir}/empty.txt"
    JSON "format=empty" "status_class=successful" "retry.action=none" "diagnosis#=0")
problem_details_cli_test(inspect_empty_body ARGS inspect --json --status 503 "${_pd_cli_dir}/empty.txt"
    JSON "format=empty" "problem.title=Service Unavailable" "diagnosis.0.id=vipps.5xx.server_error")
file(WRITE "${_pd_cli_dir}/bad.http" "HTTP/1.1 4xx Oops\r\n\r\n")
problem_details_cli_test(inspect_unreadable_http ARGS inspect "${_pd_cli_dir}/bad.http" EXIT 1
    MATCH "not a readable HTTP response")
problem_details_cli_test(validate_json ARGS validate --json "${_pd_p}/faq-validation-error.json" EXIT 1
    JSON "valid:BOOLEAN=OFF" "violations.0.code=wrong_type" "violations.0.offset:NUMBER=268"
         "violations.0.member=status")
problem_details_cli_test(validate_json_valid ARGS validate --json "${_pd_p}/server-500.json"
    JSON "valid:BOOLEAN=ON" "violations#=0")

#------------------------------------------------------------------------------
# Field errors in one form: every shared body that carries them gives its
# {field, message[, code]} list (--json, a bare body) and prints it (text, a
# raw response); a body without them gives an empty list
#------------------------------------------------------------------------------
# _pd_cli_field_errors(<file under the payloads folder> <status> <content type>
#                      <field>|<message>[|<code>]...)
function(_pd_cli_field_errors file status content_type)
    string(MAKE_C_IDENTIFIER "${file}" id)
    list(LENGTH ARGN count)
    set(checks "field_errors:ARRAY#=${count}")
    set(i 0)
    foreach(entry IN LISTS ARGN)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 field)
        list(GET parts 1 message)
        list(APPEND checks "field_errors.${i}.field=${field}" "field_errors.${i}.message=${message}")
        list(LENGTH parts n)
        if(n GREATER 2)
            list(GET parts 2 code)
            list(APPEND checks "field_errors.${i}.code=${code}" "field_errors.${i}#=3")
        else()
            list(APPEND checks "field_errors.${i}#=2") # no "code" when the body gives none
        endif()
        if(i EQUAL 0)
            set(first_line "field errors:\n  ${field}: ${message}")
        endif()
        math(EXPR i "${i} + 1")
    endforeach()
    set(payload "${PROBLEM_DETAILS_PAYLOADS_DIR}/${file}")
    problem_details_cli_test(field_errors_${id} ARGS inspect --json --status ${status} --content-type "${content_type}"
        "${payload}" JSON ${checks})
    file(READ "${payload}" body)
    file(WRITE "${_pd_cli_dir}/field_errors_${id}.http"
        "HTTP/1.1 ${status} Whatever\r\nContent-Type: ${content_type}\r\n\r\n${body}")
    problem_details_cli_test(field_errors_text_${id} ARGS inspect "${_pd_cli_dir}/field_errors_${id}.http"
        MATCH "${first_line}" "\nfield errors:\n(  [^\n]+\n)+retry:")
endfunction()
set(_pd_problem_json "application/problem+json")
set(_pd_seed_message "Must be a positive integer larger than 100")
set(_pd_seed_url "URL|Must use HTTPS and validate according to the API specification")
_pd_cli_field_errors(faq-validation-error.json 400 ${_pd_problem_json} "amount|${_pd_seed_message}" "${_pd_seed_url}")
_pd_cli_field_errors(faq-validation-error.min.json 400 ${_pd_problem_json} "amount|${_pd_seed_message}" "${_pd_seed_url}")
_pd_cli_field_errors(variants/faq-validation-error-escaped.json 400 ${_pd_problem_json}
    "amount|${_pd_seed_message}" "${_pd_seed_url}")
_pd_cli_field_errors(variants/faq-validation-error-escaped.min.json 400 ${_pd_problem_json}
    "amount|${_pd_seed_message}" "${_pd_seed_url}")
_pd_cli_field_errors(invalid-params.json 400 ${_pd_problem_json} "amount|${_pd_seed_message}")
_pd_cli_field_errors(real/checkout-400-validation-reference-required.json 400 "application/json"
    "Transaction.Reference|The Reference field is required.")
_pd_cli_field_errors(real/management-401-unauthorized-problem.json 401 ${_pd_problem_json} "CustomErrorCode|9000")
_pd_cli_field_errors(real/qr-400-exchange-qrcode-required.json 400 ${_pd_problem_json}
    "qrCode|The complete data contained in the QR code is required.")
_pd_cli_field_errors(real/recurring-400-v3-validation-error.json 400 ${_pd_problem_json} "productName|must not be empty")
_pd_cli_field_errors(real/recurring-default-v2-error-array.json 400 "application/json"
    "agreement.status|Cannot create a charge for an agreement which is not active.|recurring.core.charges.create.invalid_agreement")
_pd_cli_field_errors(real/webhooks-400-validation-problem.json 400 ${_pd_problem_json}
    "url|The property is required and cannot be null or empty.")
# Escapes decoded, several messages per field, a JSON pointer, a bare message.
file(WRITE "${_pd_cli_dir}/field_errors_shapes.json"
    "{\"title\":\"x\",\"errors\":{\"Bel\\u00f8p\":[\"m\\u00e5 v\\u00e6re \\\"positiv\\\"\",\"for lavt\"]},"
    "\"invalid-params\":[{\"pointer\":\"#/profile/color\",\"detail\":\"d\",\"code\":7},\"bare\"]}")
problem_details_cli_test(field_errors_shapes ARGS inspect --json --status 422 "${_pd_cli_dir}/field_errors_shapes.json"
    JSON "field_errors#=4" "field_errors.0.field=Beløp" "field_errors.0.message=må være \"positiv\""
         "field_errors.1.field=Beløp" "field_errors.1.message=for lavt" "field_errors.2.field=profile/color"
         "field_errors.2.code=7" "field_errors.3.field=" "field_errors.3.message=bare")
problem_details_cli_test(field_errors_shapes_text ARGS inspect --status 422 "${_pd_cli_dir}/field_errors_shapes.json"
    MATCH "field errors:\n  Beløp: må være \"positiv\"\n  Beløp: for lavt\n  profile/color: d .7.\n  .no field.: bare\n")
problem_details_cli_test(field_errors_none ARGS inspect --json --status 500 "${_pd_p}/server-500.json"
    JSON "field_errors:ARRAY#=0")
problem_details_cli_test(field_errors_none_text ARGS inspect --status 500 "${_pd_p}/server-500.json"
    NO_MATCH "field errors:")
problem_details_cli_test(field_errors_legacy_array ARGS inspect --json --status 400 "${_pd_p}/legacy-ecom-35.json"
    JSON "field_errors:ARRAY#=0")
problem_details_cli_test(field_errors_html ARGS inspect --json --status 502 "${_pd_p}/proxy-502.html"
    JSON "field_errors:ARRAY#=0")

#------------------------------------------------------------------------------
# schema: the Vipps profile's documents, equal to the committed files
#------------------------------------------------------------------------------
set(_pd_docs "${PROJECT_SOURCE_DIR}/docs")
foreach(_pd_type IN ITEMS vipps-validation-error vipps-invalid-params-error vipps-epayment-error)
    problem_details_cli_test(schema_${_pd_type} ARGS schema ${_pd_type}
        OUTPUT_FILE "${_pd_docs}/schemas/${_pd_type}.schema.json")
    problem_details_cli_test(schema_page_${_pd_type} ARGS schema --page ${_pd_type}
        MATCH "^<!DOCTYPE html>\n" "<h1>[^<]+</h1>" "<td><code>[A-Za-z]+</code></td>" "</html>\n$")
endforeach()
problem_details_cli_test(schema_openapi ARGS schema --openapi OUTPUT_FILE "${_pd_docs}/openapi/vipps-problems.json")
problem_details_cli_test(schema_list ARGS schema --list
    MATCH "^vipps-validation-error +https://developer\\.vippsmobilepay\\.com/api-name/v1/validation-error  Your request"
          "\nvipps-invalid-params-error +https://" "\nvipps-epayment-error +https://.*  ePayment API error\n$")
problem_details_cli_test(schema_default_lists ARGS schema MATCH "^vipps-validation-error ")
problem_details_cli_test(schema_help ARGS schema --help MATCH "--page NAME" "--openapi")
problem_details_cli_test(schema_unknown_type ARGS schema frobnicate EXIT 2 MATCH "no problem type 'frobnicate'")
problem_details_cli_test(schema_unknown_option ARGS schema --frob EXIT 2 MATCH "unknown option '--frob' for schema")
problem_details_cli_test(schema_page_without_name ARGS schema --page EXIT 2 MATCH "one of --list, --openapi, NAME")
problem_details_cli_test(schema_two_names ARGS schema vipps-validation-error vipps-epayment-error EXIT 2
    MATCH "one problem type name")

#------------------------------------------------------------------------------
# Usage, I/O errors, --version, --help
#------------------------------------------------------------------------------
problem_details_cli_test(version ARGS --version MATCH "^problem-details [0-9]+\\.[0-9]+\\.[0-9]+\n$")
problem_details_cli_test(help ARGS --help MATCH "usage: problem-details inspect" "exit status:" "  3  I/O error")
problem_details_cli_test(inspect_help ARGS inspect --help MATCH "--content-type T")
problem_details_cli_test(usage_no_command ARGS "" EXIT 2 MATCH "a command is needed")
problem_details_cli_test(usage_unknown_command ARGS frobnicate EXIT 2 MATCH "unknown command")
problem_details_cli_test(usage_unknown_option ARGS inspect --frob EXIT 2 MATCH "unknown option '--frob'")
problem_details_cli_test(usage_bad_status ARGS inspect --status 99 "${_pd_p}/server-500.json" EXIT 2 MATCH "--status expects")
problem_details_cli_test(usage_missing_value ARGS inspect --status EXIT 2 MATCH "--status needs a value")
problem_details_cli_test(usage_bad_attempt ARGS inspect --attempt x EXIT 2 MATCH "--attempt expects a number")
problem_details_cli_test(usage_bad_now ARGS inspect --now yesterday EXIT 2 MATCH "--now expects an HTTP-date")
problem_details_cli_test(usage_two_files ARGS validate a.json b.json EXIT 2 MATCH "only one input file")
problem_details_cli_test(io_missing_file ARGS inspect "${_pd_cli_dir}/does-not-exist.json" EXIT 3 MATCH "cannot open")
problem_details_cli_test(io_missing_file_validate ARGS validate "${_pd_cli_dir}/does-not-exist.json" EXIT 3)

#------------------------------------------------------------------------------
# A hostile body cannot drive the terminal: control characters are escaped
#------------------------------------------------------------------------------
string(ASCII 27 _pd_esc)
file(WRITE "${_pd_cli_dir}/escape.json" "{\"title\":\"red\\u001b(31m\",\"detail\":\"a\\u009bb\",\"x\":1}")
file(WRITE "${_pd_cli_dir}/escape.txt" "plain ${_pd_esc}(2J text")
problem_details_cli_test(inspect_escapes_controls ARGS inspect --status 400 "${_pd_cli_dir}/escape.json"
    MATCH "title: +red.x1b.31m" "detail: +a.u009bb" NO_MATCH "${_pd_esc}")
problem_details_cli_test(inspect_escapes_controls_text ARGS inspect --status 400 "${_pd_cli_dir}/escape.txt"
    MATCH "detail: +plain .x1b.2J text" NO_MATCH "${_pd_esc}")
