# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The integration test of examples/beast_server.cpp and beast_client.cpp:
# both run at once as a pipeline, `beast_server | beast_client -`. The server
# listens on 127.0.0.1, on a port the system chooses, and prints "port=N";
# the client reads it from the pipe (no fixed port, no sleep), runs its
# checks and stops the server with POST /shutdown. Both exit with 0 when
# everything held. Bounded: the server stops after --max-requests requests
# or --deadline seconds, the client after --deadline, the pipeline after
# TIMEOUT seconds.
#
#   cmake -DSERVER=<beast_server> -DCLIENT=<beast_client> [-DTIMEOUT=<s>] -P run_beast_example.cmake
cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED SERVER OR NOT DEFINED CLIENT)
    message(FATAL_ERROR "usage: cmake -DSERVER=<beast_server> -DCLIENT=<beast_client> -P run_beast_example.cmake")
endif()
if(NOT DEFINED TIMEOUT)
    set(TIMEOUT 50)
endif()
math(EXPR deadline "${TIMEOUT} - 5")

string(TIMESTAMP start "%s")
execute_process(
    COMMAND "${SERVER}" --max-requests 100 --deadline ${deadline}
    COMMAND "${CLIENT}" --deadline ${deadline} -
    RESULTS_VARIABLE results
    TIMEOUT ${TIMEOUT})
string(TIMESTAMP end "%s")
math(EXPR took "${end} - ${start}")

list(LENGTH results count)
if(NOT count EQUAL 2)
    message(FATAL_ERROR "the pipeline did not run: ${results}")
endif()
list(GET results 0 server_result)
list(GET results 1 client_result)
message(STATUS "beast_server exited with ${server_result}, beast_client with ${client_result} (${took} s)")
if(NOT server_result STREQUAL "0" OR NOT client_result STREQUAL "0")
    message(FATAL_ERROR "the Beast example failed: server ${server_result}, client ${client_result}")
endif()
