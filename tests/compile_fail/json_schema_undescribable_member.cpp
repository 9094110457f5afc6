// expect: problem_details::json_schema: a member of this problem type has a type no JSON Schema describes
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A problem type's JSON Schema is generated from its members' types: one
// that no schema describes (here a std::chrono::duration, which the reader
// does not read either) is a readable error, not a wrong schema.

#include <problem_details/json_schema.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace pd = problem_details;

struct slow_down {
    static constexpr std::string_view type_uri = "https://example.com/probs/slow-down";
    static constexpr pd::http_status default_status = pd::http_status::too_many_requests;
    static constexpr std::string_view title = "Slow down";
    std::uint32_t limit = 0;
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    std::chrono::seconds retry_after{};
#endif
};
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(slow_down, (), (limit, retry_after))
#else
BOOST_DESCRIBE_STRUCT(slow_down, (), (limit))
#endif

std::string_view schema() {
    return pd::json_schema_text<slow_down>();
}
