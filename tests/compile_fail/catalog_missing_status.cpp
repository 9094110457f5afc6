// expect: problem_details::catalog: every entry needs an HTTP status in 100\.\.599
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// An entry written with designated initializers but no .status.

#include <problem_details/catalog.hpp>

using namespace problem_details;

inline constexpr catalog_entry<int> entries[] = {
    {.code = 1, .status = http_status::bad_request, .message = "Bad"},
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    {.code = 2, .message = "No status"},
#endif
};

inline constexpr catalog<entries, "statusless"> statusless{};

static_assert(statusless.contains(1));
