// expect: problem_details::catalog: two entries have the same code
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// Two entries of a numeric catalog with the same code.

#include <problem_details/catalog.hpp>

using namespace problem_details;

inline constexpr catalog_entry<int> entries[] = {
    {35, http_status::not_found, "Requested Order not found"},
    {81, http_status::bad_request, "User not registered with Vipps"},
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    {35, http_status::not_found, "The orderId does not exist for this MSN"},
#endif
};

inline constexpr catalog<entries, "legacy"> legacy{};

static_assert(legacy.find(35)->status == http_status::not_found);
