# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# Stand-ins for the vcpkg functions ports/problem-details/portfile.cmake calls,
# so that run_port.cmake can run the portfile itself, unchanged, without vcpkg
# (which cannot be downloaded here). Each does what the vcpkg function does
# for a Linux triplet (scripts/cmake/ and ports/vcpkg-cmake*/ of vcpkg), minus
# downloading, toolchain files and logs, and is stricter where vcpkg only warns:
#   vcpkg_from_github          validates its arguments; the source is a clean
#                              copy of this tree (no build dirs, no .git), like
#                              an extracted release archive
#   vcpkg_cmake_configure      Ninja, -DCMAKE_BUILD_TYPE=Release/Debug, the
#                              install prefix, vcpkg's standard -D options;
#                              an OPTIONS variable the project never reads is
#                              an error (vcpkg warns)
#   vcpkg_cmake_install        builds the target install
#   vcpkg_cmake_config_fixup   moves CONFIG_PATH to share/PACKAGE_NAME, fixes
#                              _IMPORT_PREFIX / PACKAGE_PREFIX_DIR and absolute
#                              paths, merges and drops debug/share
#   vcpkg_fixup_pkgconfig      makes the .pc files relative to ${pcfiledir},
#                              then pkg-config must accept them (--exists, --validate)
#   vcpkg_install_copyright    writes share/${PORT}/copyright from FILE_LIST
#   vcpkg_replace_string       replaces, and fails if nothing changed (vcpkg
#                              warns) unless IGNORE_UNCHANGED
# Any other vcpkg_* function is an error: extend this file when the portfile
# starts using one. Every call is recorded in the global property
# PD_VCPKG_CALLS, for run_port.cmake to check.
include_guard(GLOBAL)

function(z_pd_vcpkg_record name)
    set_property(GLOBAL APPEND PROPERTY PD_VCPKG_CALLS "${name}")
    message(STATUS "[vcpkg stand-in] ${name}")
endfunction()

function(z_pd_vcpkg_run)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "WORKING_DIRECTORY;LOG" "COMMAND")
    execute_process(COMMAND ${arg_COMMAND}
        WORKING_DIRECTORY "${arg_WORKING_DIRECTORY}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(arg_LOG)
        file(WRITE "${arg_LOG}" "${out}")
    endif()
    if(NOT rc EQUAL 0)
        list(JOIN arg_COMMAND " " cmd)
        message(FATAL_ERROR "command failed (${rc}): ${cmd}\n${out}")
    endif()
endfunction()

# The configurations vcpkg builds: VCPKG_BUILD_TYPE (set by the portfile or
# the triplet) restricts them to one.
function(z_pd_vcpkg_configs out_var)
    if(NOT DEFINED VCPKG_BUILD_TYPE)
        set(${out_var} "rel;dbg" PARENT_SCOPE)
    elseif(VCPKG_BUILD_TYPE STREQUAL "release")
        set(${out_var} "rel" PARENT_SCOPE)
    elseif(VCPKG_BUILD_TYPE STREQUAL "debug")
        set(${out_var} "dbg" PARENT_SCOPE)
    else()
        message(FATAL_ERROR "VCPKG_BUILD_TYPE must be release or debug, not '${VCPKG_BUILD_TYPE}'")
    endif()
endfunction()

function(vcpkg_from_github)
    z_pd_vcpkg_record(vcpkg_from_github)
    cmake_parse_arguments(PARSE_ARGV 0 arg "USE_TARBALL_API"
        "OUT_SOURCE_PATH;REPO;REF;SHA512;HEAD_REF;GITHUB_HOST;AUTHORIZATION_TOKEN;FILE_DISAMBIGUATOR"
        "PATCHES")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_from_github was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    foreach(required IN ITEMS OUT_SOURCE_PATH REPO REF SHA512)
        if(NOT DEFINED arg_${required})
            message(FATAL_ERROR "vcpkg_from_github: ${required} must be given")
        endif()
    endforeach()
    if(NOT arg_REPO MATCHES "^[^/ ]+/[^/ ]+$")
        message(FATAL_ERROR "vcpkg_from_github: REPO must be owner/name, not '${arg_REPO}'")
    endif()
    # 0 is vcpkg's "tell me the hash" placeholder; anything else is a SHA-512.
    if(NOT arg_SHA512 STREQUAL "0" AND NOT arg_SHA512 MATCHES "^[0-9a-f]+$")
        message(FATAL_ERROR "vcpkg_from_github: SHA512 must be 0 or 128 hexadecimal digits")
    endif()
    string(LENGTH "${arg_SHA512}" sha_length)
    if(NOT arg_SHA512 STREQUAL "0" AND NOT sha_length EQUAL 128)
        message(FATAL_ERROR "vcpkg_from_github: SHA512 must be 0 or 128 hexadecimal digits")
    endif()
    if(arg_PATCHES)
        message(FATAL_ERROR "vcpkg_from_github: PATCHES are not emulated; extend tests/port/vcpkg_shim.cmake")
    endif()

    # An extracted release archive: the tracked files, without build trees or .git.
    string(REGEX REPLACE "[^A-Za-z0-9_.-]" "-" ref_dir "${arg_REF}")
    set(source "${CURRENT_BUILDTREES_DIR}/src/${ref_dir}.clean")
    file(REMOVE_RECURSE "${source}")
    file(MAKE_DIRECTORY "${source}")
    file(GLOB top_level RELATIVE "${PD_PORT_TEST_SOURCE_DIR}" "${PD_PORT_TEST_SOURCE_DIR}/*"
         "${PD_PORT_TEST_SOURCE_DIR}/.*")
    foreach(entry IN LISTS top_level)
        if(entry MATCHES "^(build.*|\\.git|\\.cache|subprojects)$")
            continue()
        endif()
        file(COPY "${PD_PORT_TEST_SOURCE_DIR}/${entry}" DESTINATION "${source}")
    endforeach()
    set(${arg_OUT_SOURCE_PATH} "${source}" PARENT_SCOPE)
endfunction()

function(vcpkg_cmake_configure)
    z_pd_vcpkg_record(vcpkg_cmake_configure)
    cmake_parse_arguments(PARSE_ARGV 0 arg
        "PREFER_NINJA;DISABLE_PARALLEL_CONFIGURE;WINDOWS_USE_MSBUILD;NO_CHARSET_FLAG"
        "SOURCE_PATH;GENERATOR;LOGFILE_BASE"
        "OPTIONS;OPTIONS_DEBUG;OPTIONS_RELEASE;MAYBE_UNUSED_VARIABLES")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_cmake_configure was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT DEFINED arg_SOURCE_PATH)
        message(FATAL_ERROR "vcpkg_cmake_configure: SOURCE_PATH must be set")
    endif()

    set(manually_specified "")
    foreach(option IN LISTS arg_OPTIONS arg_OPTIONS_RELEASE arg_OPTIONS_DEBUG)
        if(option MATCHES "^-D([^:=]*)[:=]")
            list(APPEND manually_specified "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES manually_specified)
    if(arg_MAYBE_UNUSED_VARIABLES)
        list(REMOVE_ITEM manually_specified ${arg_MAYBE_UNUSED_VARIABLES})
    endif()

    # What vcpkg_cmake_configure adds on a Linux triplet (the toolchain files aside).
    set(vcpkg_options
        "-DCMAKE_CXX_COMPILER=${PD_PORT_TEST_CXX}"
        "-DVCPKG_TARGET_TRIPLET=${TARGET_TRIPLET}"
        "-DCMAKE_SYSTEM_NAME=${VCPKG_CMAKE_SYSTEM_NAME}"
        "-DBUILD_SHARED_LIBS=OFF"
        "-DCMAKE_EXPORT_NO_PACKAGE_REGISTRY=ON"
        "-DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON"
        "-DCMAKE_FIND_PACKAGE_NO_SYSTEM_PACKAGE_REGISTRY=ON"
        "-DCMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_SKIP=TRUE"
        "-DCMAKE_ERROR_ON_ABSOLUTE_INSTALL_DESTINATION=ON"
        "-DCMAKE_INSTALL_LIBDIR:STRING=lib"
        "-DCMAKE_INSTALL_BINDIR:STRING=bin"
        "-DFETCHCONTENT_FULLY_DISCONNECTED=ON"
        "-DVCPKG_MANIFEST_INSTALL=OFF")

    z_pd_vcpkg_configs(configs)
    set(unused "")
    foreach(config IN LISTS configs)
        set(dir "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-${config}")
        file(REMOVE_RECURSE "${dir}")
        file(MAKE_DIRECTORY "${dir}")
        if(config STREQUAL "rel")
            set(per_config ${arg_OPTIONS_RELEASE} "-DCMAKE_BUILD_TYPE=Release"
                "-DCMAKE_INSTALL_PREFIX=${CURRENT_PACKAGES_DIR}")
        else()
            set(per_config ${arg_OPTIONS_DEBUG} "-DCMAKE_BUILD_TYPE=Debug"
                "-DCMAKE_INSTALL_PREFIX=${CURRENT_PACKAGES_DIR}/debug")
        endif()
        set(log "${CURRENT_BUILDTREES_DIR}/config-${TARGET_TRIPLET}-${config}.log")
        z_pd_vcpkg_run(COMMAND "${CMAKE_COMMAND}" "${arg_SOURCE_PATH}" ${arg_OPTIONS} ${per_config}
                -G Ninja ${vcpkg_options}
            WORKING_DIRECTORY "${dir}" LOG "${log}")
        file(READ "${log}" log_text)
        message(STATUS "configured ${dir} (log: ${log})")
        if(log_text MATCHES "Manually-specified variables were not used by the project:\n\n((    [^\n]*\n)*)")
            string(STRIP "${CMAKE_MATCH_1}" not_used)
            string(REPLACE "\n    " ";" not_used "${not_used}")
            foreach(variable IN LISTS not_used)
                if(variable IN_LIST manually_specified)
                    list(APPEND unused "${variable}")
                endif()
            endforeach()
        endif()
    endforeach()
    if(unused)
        list(REMOVE_DUPLICATES unused)
        message(FATAL_ERROR "vcpkg_cmake_configure: the project does not use these OPTIONS: ${unused} "
            "(vcpkg warns; a port must not pass options that do nothing)")
    endif()
    set_property(GLOBAL PROPERTY PD_VCPKG_CONFIGURED "${configs}")
endfunction()

function(vcpkg_cmake_install)
    z_pd_vcpkg_record(vcpkg_cmake_install)
    cmake_parse_arguments(PARSE_ARGV 0 arg "DISABLE_PARALLEL;ADD_BIN_TO_PATH" "" "")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_cmake_install was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    get_property(configs GLOBAL PROPERTY PD_VCPKG_CONFIGURED)
    if(NOT configs)
        message(FATAL_ERROR "vcpkg_cmake_install: vcpkg_cmake_configure was not called")
    endif()
    foreach(config IN LISTS configs)
        set(dir "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-${config}")
        z_pd_vcpkg_run(COMMAND "${CMAKE_COMMAND}" --build . --target install -j "${PD_PORT_TEST_JOBS}"
            WORKING_DIRECTORY "${dir}" LOG "${CURRENT_BUILDTREES_DIR}/install-${TARGET_TRIPLET}-${config}.log")
    endforeach()
endfunction()

function(vcpkg_cmake_config_fixup)
    z_pd_vcpkg_record(vcpkg_cmake_config_fixup)
    cmake_parse_arguments(PARSE_ARGV 0 arg "DO_NOT_DELETE_PARENT_CONFIG_PATH;NO_PREFIX_CORRECTION"
        "PACKAGE_NAME;CONFIG_PATH;TOOLS_PATH" "")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_cmake_config_fixup was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_PACKAGE_NAME)
        set(arg_PACKAGE_NAME "${PORT}")
    endif()
    if(NOT arg_CONFIG_PATH)
        set(arg_CONFIG_PATH "share/${arg_PACKAGE_NAME}")
    endif()
    set(target_path "share/${arg_PACKAGE_NAME}")
    set(release_share "${CURRENT_PACKAGES_DIR}/${target_path}")
    set(debug_share "${CURRENT_PACKAGES_DIR}/debug/${target_path}")

    if(NOT arg_CONFIG_PATH STREQUAL target_path)
        foreach(prefix IN ITEMS "${CURRENT_PACKAGES_DIR}" "${CURRENT_PACKAGES_DIR}/debug")
            if(IS_DIRECTORY "${prefix}/${arg_CONFIG_PATH}")
                file(GLOB files "${prefix}/${arg_CONFIG_PATH}/*")
                file(COPY ${files} DESTINATION "${prefix}/${target_path}")
                file(REMOVE_RECURSE "${prefix}/${arg_CONFIG_PATH}")
                get_filename_component(parent "${prefix}/${arg_CONFIG_PATH}" DIRECTORY)
                get_filename_component(parent_name "${parent}" NAME)
                string(TOLOWER "${parent_name}" parent_name)
                if(parent_name STREQUAL "cmake" AND NOT arg_DO_NOT_DELETE_PARENT_CONFIG_PATH)
                    file(REMOVE_RECURSE "${parent}")
                endif()
            endif()
        endforeach()
    endif()
    if(NOT EXISTS "${release_share}")
        message(FATAL_ERROR "vcpkg_cmake_config_fixup: '${release_share}' does not exist")
    endif()

    # The debug configuration contributes only its *-debug.cmake target files.
    if(IS_DIRECTORY "${debug_share}")
        file(GLOB_RECURSE debug_targets "${debug_share}/*-debug.cmake")
        foreach(debug_target IN LISTS debug_targets)
            file(RELATIVE_PATH rel "${debug_share}" "${debug_target}")
            file(READ "${debug_target}" contents)
            string(REPLACE "\${_IMPORT_PREFIX}/lib" "\${_IMPORT_PREFIX}/debug/lib" contents "${contents}")
            file(WRITE "${release_share}/${rel}" "${contents}")
        endforeach()
        file(REMOVE_RECURSE "${debug_share}")
    endif()
    file(GLOB_RECURSE remaining "${CURRENT_PACKAGES_DIR}/debug/share/*")
    if(NOT remaining)
        file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/share")
    endif()

    file(GLOB_RECURSE cmake_files "${release_share}/*.cmake")
    foreach(cmake_file IN LISTS cmake_files)
        file(READ "${cmake_file}" contents)
        set(original "${contents}")
        if(NOT arg_NO_PREFIX_CORRECTION)
            string(REGEX REPLACE
[[get_filename_component\(_IMPORT_PREFIX "\${CMAKE_CURRENT_LIST_FILE}" PATH\)(
get_filename_component\(_IMPORT_PREFIX "\${_IMPORT_PREFIX}" PATH\))*]]
[[get_filename_component(_IMPORT_PREFIX "${CMAKE_CURRENT_LIST_FILE}" PATH)
get_filename_component(_IMPORT_PREFIX "${_IMPORT_PREFIX}" PATH)
get_filename_component(_IMPORT_PREFIX "${_IMPORT_PREFIX}" PATH)]]
                contents "${contents}")
            string(REGEX REPLACE
[[get_filename_component\(PACKAGE_PREFIX_DIR "\${CMAKE_CURRENT_LIST_DIR}/\.\./(\.\./)*" ABSOLUTE\)]]
[[get_filename_component(PACKAGE_PREFIX_DIR "${CMAKE_CURRENT_LIST_DIR}/../../" ABSOLUTE)]]
                contents "${contents}")
        endif()
        string(REPLACE "${CURRENT_INSTALLED_DIR}" [[${_IMPORT_PREFIX}]] contents "${contents}")
        string(REPLACE "${CURRENT_PACKAGES_DIR}" [[${_IMPORT_PREFIX}]] contents "${contents}")
        if(NOT contents STREQUAL original)
            file(RELATIVE_PATH rel "${CURRENT_PACKAGES_DIR}" "${cmake_file}")
            message(STATUS "[vcpkg stand-in] vcpkg_cmake_config_fixup rewrote ${rel}")
            file(WRITE "${cmake_file}" "${contents}")
        endif()
    endforeach()
endfunction()

function(vcpkg_fixup_pkgconfig)
    z_pd_vcpkg_record(vcpkg_fixup_pkgconfig)
    cmake_parse_arguments(PARSE_ARGV 0 arg "SKIP_CHECK" "" "RELEASE_FILES;DEBUG_FILES;SYSTEM_LIBRARIES;SYSTEM_PACKAGES;IGNORE_FLAGS")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_fixup_pkgconfig was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_RELEASE_FILES)
        file(GLOB_RECURSE arg_RELEASE_FILES "${CURRENT_PACKAGES_DIR}/*.pc")
        list(FILTER arg_RELEASE_FILES EXCLUDE REGEX "^${CURRENT_PACKAGES_DIR}/debug/")
    endif()
    if(NOT arg_DEBUG_FILES)
        file(GLOB_RECURSE arg_DEBUG_FILES "${CURRENT_PACKAGES_DIR}/debug/*.pc")
    endif()
    find_program(pkg_config pkg-config REQUIRED)
    foreach(config IN ITEMS release debug)
        if(config STREQUAL "release")
            set(files ${arg_RELEASE_FILES})
            set(root "${CURRENT_PACKAGES_DIR}")
        else()
            set(files ${arg_DEBUG_FILES})
            set(root "${CURRENT_PACKAGES_DIR}/debug")
        endif()
        foreach(pc IN LISTS files)
            get_filename_component(pc_dir "${pc}" DIRECTORY)
            file(RELATIVE_PATH relative "${pc_dir}" "${root}")
            string(REGEX REPLACE "/$" "" relative "${relative}")
            file(READ "${pc}" contents)
            string(REPLACE "${CURRENT_PACKAGES_DIR}" [[${prefix}]] contents "${contents}")
            string(REPLACE "${CURRENT_INSTALLED_DIR}" [[${prefix}]] contents "${contents}")
            string(REGEX REPLACE "(^|\n)prefix=[^\n]*" "\\1prefix=\${pcfiledir}/${relative}" contents "${contents}")
            file(WRITE "${pc}" "${contents}")
        endforeach()
        if(NOT arg_SKIP_CHECK)
            foreach(pc IN LISTS files)
                get_filename_component(module "${pc}" NAME_WLE)
                set(ENV{PKG_CONFIG_PATH} "${root}/lib/pkgconfig:${CURRENT_PACKAGES_DIR}/share/pkgconfig")
                foreach(check IN ITEMS --validate --exists)
                    execute_process(COMMAND "${pkg_config}" --print-errors ${check} "${module}"
                        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
                    if(NOT rc EQUAL 0)
                        message(FATAL_ERROR "vcpkg_fixup_pkgconfig: pkg-config ${check} ${module} failed: ${out}")
                    endif()
                endforeach()
                unset(ENV{PKG_CONFIG_PATH})
            endforeach()
        endif()
    endforeach()
endfunction()

function(vcpkg_install_copyright)
    z_pd_vcpkg_record(vcpkg_install_copyright)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "COMMENT" "FILE_LIST")
    if(DEFINED arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vcpkg_install_copyright was passed extra arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_FILE_LIST)
        message(FATAL_ERROR "vcpkg_install_copyright: FILE_LIST must be given")
    endif()
    set(out "${CURRENT_PACKAGES_DIR}/share/${PORT}/copyright")
    list(LENGTH arg_FILE_LIST count)
    set(text "")
    if(arg_COMMENT)
        string(APPEND text "${arg_COMMENT}\n\n")
    endif()
    foreach(f IN LISTS arg_FILE_LIST)
        if(NOT EXISTS "${f}")
            message(FATAL_ERROR "vcpkg_install_copyright: ${f} does not exist")
        endif()
        file(READ "${f}" contents)
        if(count GREATER 1)
            get_filename_component(name "${f}" NAME)
            string(APPEND text "${name}:\n\n")
        endif()
        string(APPEND text "${contents}")
    endforeach()
    file(WRITE "${out}" "${text}")
endfunction()

function(vcpkg_replace_string file match replace)
    z_pd_vcpkg_record(vcpkg_replace_string)
    cmake_parse_arguments(PARSE_ARGV 3 arg "REGEX;IGNORE_UNCHANGED" "" "")
    file(READ "${file}" contents)
    set(original "${contents}")
    if(arg_REGEX)
        string(REGEX REPLACE "${match}" "${replace}" contents "${contents}")
    else()
        string(REPLACE "${match}" "${replace}" contents "${contents}")
    endif()
    if(contents STREQUAL original AND NOT arg_IGNORE_UNCHANGED)
        message(FATAL_ERROR "vcpkg_replace_string: nothing replaced in ${file}")
    endif()
    file(WRITE "${file}" "${contents}")
endfunction()

# Functions vcpkg has that the portfile might start calling: fail loudly.
foreach(z_pd_unemulated IN ITEMS vcpkg_from_git vcpkg_from_gitlab vcpkg_download_distfile
        vcpkg_extract_source_archive vcpkg_cmake_build vcpkg_copy_pdbs vcpkg_copy_tools
        vcpkg_check_features vcpkg_configure_meson vcpkg_install_meson)
    cmake_language(EVAL CODE "
        function(${z_pd_unemulated})
            message(FATAL_ERROR \"${z_pd_unemulated} is not emulated by tests/port/vcpkg_shim.cmake: extend it\")
        endfunction()")
endforeach()
