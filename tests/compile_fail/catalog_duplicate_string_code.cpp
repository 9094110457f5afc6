// expect: problem_details::catalog: two entries have the same code
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// Two entries of a string catalog with the same code.

#include <problem_details/catalog.hpp>

#include <string_view>

using namespace problem_details;

inline constexpr catalog_entry<std::string_view> entries[] = {
    {"ORDER_NOT_FOUND", http_status::not_found, "Order not found"},
    {"ORDER_PAID", http_status::conflict, "Order already paid"},
    {"AMOUNT_TOO_SMALL", http_status::bad_request, "Amount too small"},
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    {"ORDER_PAID", http_status::conflict, "Order paid twice"},
#endif
};

inline constexpr catalog<entries, "shop"> shop{};

static_assert(shop.find("ORDER_PAID")->status == http_status::conflict);
