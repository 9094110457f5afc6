// expect: an extension member of a problem type is named like a standard member
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A JSON name is checked as a C++ name is: renaming a typed member to a
// standard member's name ("status") would clash with it in the document.

#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace pd = problem_details;

struct legacy_error {
    static constexpr std::string_view type_uri = "https://example.com/probs/legacy";
    static constexpr pd::http_status default_status = pd::http_status::bad_request;
    static constexpr std::string_view title = "Legacy error";
    std::string_view status_text;
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    static constexpr pd::json_name json_names[] = {{"status_text", "status"}};
#else
    static constexpr pd::json_name json_names[] = {{"status_text", "statusText"}};
#endif
};
BOOST_DESCRIBE_STRUCT(legacy_error, (), (status_text))

static_assert(pd::problem_type_checks<legacy_error>::value);
