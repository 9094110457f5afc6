// expect: an extension member of a problem type is named like a standard member
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A typed extension member cannot be named like a standard member (type,
// title, status, detail, instance): it would clash with it in the document.

#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace pd = problem_details;

struct out_of_credit {
    static constexpr std::string_view type_uri = "https://example.com/probs/out-of-credit";
    static constexpr pd::http_status default_status = pd::http_status::forbidden;
    static constexpr std::string_view title = "You do not have enough credit.";
    long balance = 0;
    std::string_view detail_text;
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    std::string_view instance;
#endif
};
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(out_of_credit, (), (balance, detail_text, instance))
#else
BOOST_DESCRIBE_STRUCT(out_of_credit, (), (balance, detail_text))
#endif

static_assert(pd::problem_type_checks<out_of_credit>::value);
