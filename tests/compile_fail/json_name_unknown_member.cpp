// expect: a json_names entry names no described member of its struct
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A json_names entry must name a described member: a typo in it would
// otherwise leave the member under its C++ name without a word.

#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace pd = problem_details;

struct param {
    std::string_view name;
    std::string_view reason;
};
BOOST_DESCRIBE_STRUCT(param, (), (name, reason))

struct rfc7807_validation_error {
    static constexpr std::string_view type_uri = "https://example.net/validation-error";
    static constexpr pd::http_status default_status = pd::http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    pd::fixed_vector<param, 8> invalid_params;
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    static constexpr pd::json_name json_names[] = {{"invalid_param", "invalid-params"}};
#else
    static constexpr pd::json_name json_names[] = {{"invalid_params", "invalid-params"}};
#endif
};
BOOST_DESCRIBE_STRUCT(rfc7807_validation_error, (), (invalid_params))

static_assert(pd::problem_type_checks<rfc7807_validation_error>::value);
