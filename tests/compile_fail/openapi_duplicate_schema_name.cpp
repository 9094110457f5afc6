// expect: problem_details::openapi_document: two problem types have the same schema name
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// Two types of one OpenAPI document whose component names would collide
// (here both URIs end in "/conflict") must be told apart with schema_name.

#include <problem_details/openapi.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>

namespace pd = problem_details;

struct order_conflict {
    static constexpr std::string_view type_uri = "https://shop.example/orders/conflict";
    static constexpr pd::http_status default_status = pd::http_status::conflict;
    static constexpr std::string_view title = "Order conflict";
};
BOOST_DESCRIBE_STRUCT(order_conflict, (), ())

struct cart_conflict {
    static constexpr std::string_view type_uri = "https://shop.example/carts/conflict";
    static constexpr pd::http_status default_status = pd::http_status::conflict;
    static constexpr std::string_view title = "Cart conflict";
#ifndef PROBLEM_DETAILS_COMPILE_FAIL
    static constexpr std::string_view schema_name = "CartConflict";
#endif
};
BOOST_DESCRIBE_STRUCT(cart_conflict, (), ())

std::string document() {
    return pd::openapi_document(pd::problem_type_set<order_conflict, cart_conflict>{}, {});
}
