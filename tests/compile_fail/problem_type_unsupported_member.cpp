// expect: unsupported extension member type
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A typed extension member must be a type the typed reader and writer know:
// strings, numbers, bools, described structs, optionals and arrays of them.

#include <problem_details/typed_parse.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <string>
#include <string_view>

namespace pd = problem_details;

struct quota_exceeded {
    static constexpr std::string_view type_uri = "https://example.com/probs/quota";
    static constexpr pd::http_status default_status = pd::http_status::too_many_requests;
    static constexpr std::string_view title = "Quota exceeded";
    std::uint32_t limit = 0;
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    std::map<std::string, int> per_endpoint;
#endif
};
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(quota_exceeded, (), (limit, per_endpoint))
#else
BOOST_DESCRIBE_STRUCT(quota_exceeded, (), (limit))
#endif

pd::result<pd::typed_problem_view<quota_exceeded>> read(std::string_view json,
                                                        std::span<char> scratch) {
    return pd::parse_typed_view<quota_exceeded>(json, scratch);
}
