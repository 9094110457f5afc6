# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Checks that ports/problem-details is a well-formed vcpkg port, with CMake
# alone (string(JSON), CMake 3.19+), so no Python is needed:
#   - vcpkg.json is valid JSON with only fields vcpkg knows; name matches the
#     directory; one version field, equal to include/problem_details/version.hpp;
#     description, homepage, license BSL-1.0; dependencies well formed, with
#     host vcpkg-cmake and vcpkg-cmake-config, and a boost-<lib> dependency for
#     every <boost/<lib>...> a public header includes;
#   - portfile.cmake makes the calls and passes the options the port needs;
#   - usage gives find_package/target_link_libraries for the real target.
#
#   cmake -DSOURCE_DIR=<repo> -P tests/port/check_port_files.cmake
cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "check_port_files.cmake: -DSOURCE_DIR=<repository> is required")
endif()
set(port_dir "${SOURCE_DIR}/ports/problem-details")
set(problems 0)
macro(problem text)
    message(SEND_ERROR "port check: ${text}")
    math(EXPR problems "${problems} + 1")
endmacro()

foreach(f IN ITEMS vcpkg.json portfile.cmake usage)
    if(NOT EXISTS "${port_dir}/${f}")
        message(FATAL_ERROR "ports/problem-details/${f} is missing")
    endif()
endforeach()

# The version, from the one place it is written.
file(STRINGS "${SOURCE_DIR}/include/problem_details/version.hpp" version_lines
     REGEX "^#define PROBLEM_DETAILS_VERSION_(MAJOR|MINOR|PATCH) +[0-9]+")
foreach(part IN ITEMS MAJOR MINOR PATCH)
    if(NOT version_lines MATCHES "#define PROBLEM_DETAILS_VERSION_${part} +([0-9]+)")
        message(FATAL_ERROR "cannot read PROBLEM_DETAILS_VERSION_${part} from version.hpp")
    endif()
    set(v_${part} "${CMAKE_MATCH_1}")
endforeach()
set(header_version "${v_MAJOR}.${v_MINOR}.${v_PATCH}")

#------------------------------------------------------------------------------
# vcpkg.json
#------------------------------------------------------------------------------
file(READ "${port_dir}/vcpkg.json" manifest)
string(JSON manifest_type ERROR_VARIABLE json_error TYPE "${manifest}")
if(json_error)
    message(FATAL_ERROR "ports/problem-details/vcpkg.json is not valid JSON: ${json_error}")
endif()
if(NOT manifest_type STREQUAL "OBJECT")
    message(FATAL_ERROR "ports/problem-details/vcpkg.json must hold a JSON object")
endif()

# get(<out> <json> <path>...): the value (empty and NOTFOUND type when absent).
macro(json_get out json)
    string(JSON ${out}_type ERROR_VARIABLE ${out}_error TYPE "${json}" ${ARGN})
    if(${out}_error)
        set(${out} "")
        set(${out}_type NOTFOUND)
    else()
        string(JSON ${out} GET "${json}" ${ARGN})
    endif()
endmacro()

# Only the fields vcpkg knows (it rejects others); "$..." fields are comments.
set(known_fields name version version-semver version-date version-string port-version
    maintainers summary description homepage documentation license supports
    dependencies default-features features)
string(JSON field_count LENGTH "${manifest}")
math(EXPR last "${field_count} - 1")
set(version_fields "")
foreach(i RANGE ${last})
    string(JSON field MEMBER "${manifest}" ${i})
    if(field MATCHES "^\\$")
        continue()
    endif()
    if(NOT field IN_LIST known_fields)
        problem("vcpkg.json: unknown field \"${field}\"")
    endif()
    if(field MATCHES "^version")
        list(APPEND version_fields "${field}")
    endif()
endforeach()

json_get(name "${manifest}" name)
get_filename_component(port_dir_name "${port_dir}" NAME)
if(NOT name STREQUAL port_dir_name)
    problem("vcpkg.json: name \"${name}\" must be the port directory's name, ${port_dir_name}")
endif()
if(NOT name MATCHES "^[a-z0-9]+(-[a-z0-9]+)*$")
    problem("vcpkg.json: name \"${name}\" must be lowercase alphanumerics and dashes")
endif()

list(LENGTH version_fields version_field_count)
if(NOT version_field_count EQUAL 1)
    problem("vcpkg.json: exactly one of version, version-semver, version-date, version-string (found: ${version_fields})")
else()
    json_get(port_version "${manifest}" ${version_fields})
    if(NOT port_version STREQUAL header_version)
        problem("vcpkg.json: ${version_fields} is \"${port_version}\" but version.hpp says ${header_version}")
    endif()
endif()
json_get(port_version_number "${manifest}" port-version)
if(NOT port_version_number_type STREQUAL "NOTFOUND" AND NOT port_version_number MATCHES "^[0-9]+$")
    problem("vcpkg.json: port-version must be a non-negative integer")
endif()

json_get(description "${manifest}" description)
if(description_type STREQUAL "ARRAY")
    string(JSON description GET "${manifest}" description 0)
elseif(NOT description_type STREQUAL "STRING")
    problem("vcpkg.json: description must be a string or an array of strings")
endif()
if(description STREQUAL "")
    problem("vcpkg.json: description is empty")
endif()
json_get(homepage "${manifest}" homepage)
if(NOT homepage MATCHES "^https://[^ ]+$")
    problem("vcpkg.json: homepage must be an https URL (got \"${homepage}\")")
endif()
json_get(license "${manifest}" license)
if(NOT license STREQUAL "BSL-1.0")
    problem("vcpkg.json: license must be the SPDX expression BSL-1.0 (got \"${license}\")")
endif()

# Dependencies, top-level and per feature: names (with host flags) collected.
set(all_deps "")
set(top_deps "")
set(host_deps "")
function(z_collect_deps json prefix)
    string(JSON type ERROR_VARIABLE err TYPE "${json}" ${ARGN})
    if(err)
        return()
    endif()
    if(NOT type STREQUAL "ARRAY")
        message(SEND_ERROR "port check: vcpkg.json: ${prefix} must be an array")
        return()
    endif()
    string(JSON count LENGTH "${json}" ${ARGN})
    if(count EQUAL 0)
        return()
    endif()
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON dep_type TYPE "${json}" ${ARGN} ${i})
        set(host OFF)
        if(dep_type STREQUAL "STRING")
            string(JSON dep GET "${json}" ${ARGN} ${i})
        elseif(dep_type STREQUAL "OBJECT")
            string(JSON dep ERROR_VARIABLE err GET "${json}" ${ARGN} ${i} name)
            if(err)
                message(SEND_ERROR "port check: vcpkg.json: ${prefix}[${i}] has no name")
                continue()
            endif()
            string(JSON n LENGTH "${json}" ${ARGN} ${i})
            math(EXPR nlast "${n} - 1")
            foreach(k RANGE ${nlast})
                string(JSON key MEMBER "${json}" ${ARGN} ${i} ${k})
                if(NOT key MATCHES "^(name|host|features|default-features|platform|version>=|\\$.*)$")
                    message(SEND_ERROR "port check: vcpkg.json: ${prefix} ${dep}: unknown field \"${key}\"")
                endif()
            endforeach()
            string(JSON host ERROR_VARIABLE err GET "${json}" ${ARGN} ${i} host)
            if(err)
                set(host OFF)
            endif()
        else()
            message(SEND_ERROR "port check: vcpkg.json: ${prefix}[${i}] must be a string or an object")
            continue()
        endif()
        set_property(GLOBAL APPEND PROPERTY pd_all_deps "${dep}")
        if(prefix STREQUAL "dependencies")
            set_property(GLOBAL APPEND PROPERTY pd_top_deps "${dep}")
            if(host)
                set_property(GLOBAL APPEND PROPERTY pd_host_deps "${dep}")
            endif()
        endif()
    endforeach()
endfunction()
z_collect_deps("${manifest}" dependencies dependencies)
json_get(features "${manifest}" features)
if(features_type STREQUAL "OBJECT")
    string(JSON feature_count LENGTH "${manifest}" features)
    if(feature_count GREATER 0)
        math(EXPR last "${feature_count} - 1")
        foreach(i RANGE ${last})
            string(JSON feature MEMBER "${manifest}" features ${i})
            json_get(feature_description "${manifest}" features ${feature} description)
            if(feature_description STREQUAL "")
                problem("vcpkg.json: feature ${feature} has no description")
            endif()
            z_collect_deps("${manifest}" "features.${feature}.dependencies" features ${feature} dependencies)
        endforeach()
    endif()
elseif(NOT features_type STREQUAL "NOTFOUND")
    problem("vcpkg.json: features must be an object")
endif()
get_property(all_deps GLOBAL PROPERTY pd_all_deps)
get_property(top_deps GLOBAL PROPERTY pd_top_deps)
get_property(host_deps GLOBAL PROPERTY pd_host_deps)

foreach(dep IN ITEMS vcpkg-cmake vcpkg-cmake-config)
    if(NOT dep IN_LIST host_deps)
        problem("vcpkg.json: ${dep} must be a host dependency ({\"name\": \"${dep}\", \"host\": true})")
    endif()
endforeach()
if(NOT "boost-json" IN_LIST top_deps)
    problem("vcpkg.json: boost-json must be a dependency")
endif()

# Every Boost library a header includes is a dependency: <boost/json/...> or
# <boost/json.hpp> -> boost-json, <boost/container_hash/...> -> boost-container-hash.
# Libraries included by the headers that the umbrella header does not reach
# (the optional Boost.Beast adapter) may be a feature's dependency instead.
file(GLOB_RECURSE headers "${SOURCE_DIR}/include/problem_details/*.hpp")
set(boost_libs "")
foreach(header IN LISTS headers)
    file(STRINGS "${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<boost/")
    foreach(line IN LISTS includes)
        if(line MATCHES "<boost/([a-z0-9_]+)(/|\\.hpp>)")
            string(REPLACE "_" "-" lib "boost-${CMAKE_MATCH_1}")
            list(APPEND boost_libs "${lib}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES boost_libs)
foreach(lib IN LISTS boost_libs)
    if(NOT lib IN_LIST all_deps)
        problem("vcpkg.json: the headers include <boost/...> of ${lib}, which is not a dependency (nor a feature's)")
    endif()
endforeach()
message(STATUS "Boost libraries the headers include: ${boost_libs}")

#------------------------------------------------------------------------------
# portfile.cmake
#------------------------------------------------------------------------------
file(READ "${port_dir}/portfile.cmake" portfile)
# Comments out, whitespace normalised, so that a commented-out call does not count.
string(REGEX REPLACE "(^|\n)[ \t]*#[^\n]*" "\\1" portfile_code "${portfile}")
string(REGEX REPLACE "[ \t\r\n]+" " " portfile_code "${portfile_code}")
foreach(pattern IN ITEMS
        "set\\(VCPKG_BUILD_TYPE release\\)"
        "vcpkg_from_github\\( *OUT_SOURCE_PATH SOURCE_PATH"
        "vcpkg_cmake_configure\\( *SOURCE_PATH \"\\\${SOURCE_PATH}\""
        "-DPROBLEM_DETAILS_BUILD_TESTS=OFF"
        "-DPROBLEM_DETAILS_BUILD_EXAMPLES=OFF"
        "-DPROBLEM_DETAILS_BUILD_TOOLS=OFF"
        "-DPROBLEM_DETAILS_BUILD_BENCHMARKS=OFF"
        "vcpkg_cmake_install\\(\\)"
        "vcpkg_cmake_config_fixup\\( *PACKAGE_NAME problem_details *\\)"
        "vcpkg_fixup_pkgconfig\\(\\)"
        "vcpkg_install_copyright\\( *FILE_LIST \"\\\${SOURCE_PATH}/LICENSE\" *\\)"
        "file\\(INSTALL \"\\\${CMAKE_CURRENT_LIST_DIR}/usage\" DESTINATION \"\\\${CURRENT_PACKAGES_DIR}/share/\\\${PORT}\" *\\)")
    if(NOT portfile_code MATCHES "${pattern}")
        problem("portfile.cmake lacks ${pattern}")
    endif()
endforeach()
# Every -DPROBLEM_DETAILS_* option the portfile passes is an option() of the project.
file(READ "${SOURCE_DIR}/CMakeLists.txt" top_cmakelists)
string(REGEX MATCHALL "-DPROBLEM_DETAILS_[A-Z_]+" port_options "${portfile_code}")
foreach(option IN LISTS port_options)
    string(SUBSTRING "${option}" 2 -1 option)
    if(NOT top_cmakelists MATCHES "option\\(${option} ")
        problem("portfile.cmake passes -D${option}, which CMakeLists.txt does not declare")
    endif()
endforeach()
# Every PROBLEM_DETAILS_BUILD_* option that defaults on at the top level is off.
string(REGEX MATCHALL "option\\(PROBLEM_DETAILS_BUILD_[A-Z_]+ [^\n]*PROJECT_IS_TOP_LEVEL" build_options "${top_cmakelists}")
foreach(option IN LISTS build_options)
    string(REGEX MATCH "PROBLEM_DETAILS_BUILD_[A-Z_]+" option "${option}")
    if(NOT portfile_code MATCHES "-D${option}=OFF")
        problem("portfile.cmake must pass -D${option}=OFF (it defaults to ON at the top level)")
    endif()
endforeach()

#------------------------------------------------------------------------------
# usage
#------------------------------------------------------------------------------
file(READ "${port_dir}/usage" usage)
foreach(pattern IN ITEMS
        "\n  find_package\\(problem_details CONFIG REQUIRED\\)\n"
        "\n  target_link_libraries\\(main PRIVATE problem_details::problem_details\\)\n")
    if(NOT usage MATCHES "${pattern}")
        problem("usage lacks the line ${pattern}")
    endif()
endforeach()
if(NOT usage MATCHES "^${name} provides CMake targets:\n")
    problem("usage must start with \"${name} provides CMake targets:\"")
endif()

if(NOT EXISTS "${SOURCE_DIR}/LICENSE")
    problem("LICENSE (the port's copyright) is missing")
endif()

if(problems GREATER 0)
    message(FATAL_ERROR "${problems} problem(s) in ports/problem-details")
endif()
# Placeholders until a release is tagged (documented at the top of portfile.cmake).
if(portfile_code MATCHES "REPO OWNER/" OR portfile_code MATCHES "SHA512 0 " OR homepage MATCHES "/OWNER/")
    message(STATUS "note: the port's source location is still a placeholder (REPO, SHA512, homepage): "
        "fill it in when the first release is tagged")
endif()
message(STATUS "ports/problem-details: well formed, version ${header_version} as in version.hpp")
