// expect: problem_details::catalog: a numeric code must not be 0
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// Code 0 cannot be an error: an error_code of value 0 means success.

#include <problem_details/catalog.hpp>

using namespace problem_details;

inline constexpr catalog_entry<int> entries[] = {
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    {0, http_status::ok, "Everything is fine"},
#endif
    {1, http_status::bad_request, "Bad"},
};

inline constexpr catalog<entries, "zero"> zero{};

static_assert(zero.contains(1));
