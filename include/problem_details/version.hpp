// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VERSION_HPP
#define PROBLEM_DETAILS_VERSION_HPP

// The one place the version is written. CMake reads these three lines,
// and tests/version.cpp checks meson.build and the vcpkg port agree.
#define PROBLEM_DETAILS_VERSION_MAJOR 0
#define PROBLEM_DETAILS_VERSION_MINOR 1
#define PROBLEM_DETAILS_VERSION_PATCH 0

/// The version as one integer: major * 10000 + minor * 100 + patch.
#define PROBLEM_DETAILS_VERSION                                                                    \
    (PROBLEM_DETAILS_VERSION_MAJOR * 10000 + PROBLEM_DETAILS_VERSION_MINOR * 100 +                 \
     PROBLEM_DETAILS_VERSION_PATCH)

#define PROBLEM_DETAILS_DETAIL_STR2(x) #x
#define PROBLEM_DETAILS_DETAIL_STR(x) PROBLEM_DETAILS_DETAIL_STR2(x)

/// The version as a string literal, "major.minor.patch".
#define PROBLEM_DETAILS_VERSION_STRING                                                             \
    PROBLEM_DETAILS_DETAIL_STR(PROBLEM_DETAILS_VERSION_MAJOR)                                      \
    "." PROBLEM_DETAILS_DETAIL_STR(PROBLEM_DETAILS_VERSION_MINOR) "." PROBLEM_DETAILS_DETAIL_STR(  \
        PROBLEM_DETAILS_VERSION_PATCH)

#endif
