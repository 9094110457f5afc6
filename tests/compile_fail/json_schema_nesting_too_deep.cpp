// expect: problem_details::json_schema: structs nest more than 16 levels deep in this problem type
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// A schema and a page describe nested structs up to 16 levels deep; deeper
// is a readable error, not a truncated document.

#include <problem_details/json_schema.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace pd = problem_details;

struct level0 {
    int value = 0;
};
BOOST_DESCRIBE_STRUCT(level0, (), (value))

struct level1 {
    level0 inner;
};
BOOST_DESCRIBE_STRUCT(level1, (), (inner))

struct level2 {
    level1 inner;
};
BOOST_DESCRIBE_STRUCT(level2, (), (inner))

struct level3 {
    level2 inner;
};
BOOST_DESCRIBE_STRUCT(level3, (), (inner))

struct level4 {
    level3 inner;
};
BOOST_DESCRIBE_STRUCT(level4, (), (inner))

struct level5 {
    level4 inner;
};
BOOST_DESCRIBE_STRUCT(level5, (), (inner))

struct level6 {
    level5 inner;
};
BOOST_DESCRIBE_STRUCT(level6, (), (inner))

struct level7 {
    level6 inner;
};
BOOST_DESCRIBE_STRUCT(level7, (), (inner))

struct level8 {
    level7 inner;
};
BOOST_DESCRIBE_STRUCT(level8, (), (inner))

struct level9 {
    level8 inner;
};
BOOST_DESCRIBE_STRUCT(level9, (), (inner))

struct level10 {
    level9 inner;
};
BOOST_DESCRIBE_STRUCT(level10, (), (inner))

struct level11 {
    level10 inner;
};
BOOST_DESCRIBE_STRUCT(level11, (), (inner))

struct level12 {
    level11 inner;
};
BOOST_DESCRIBE_STRUCT(level12, (), (inner))

struct level13 {
    level12 inner;
};
BOOST_DESCRIBE_STRUCT(level13, (), (inner))

struct level14 {
    level13 inner;
};
BOOST_DESCRIBE_STRUCT(level14, (), (inner))

struct level15 {
    level14 inner;
};
BOOST_DESCRIBE_STRUCT(level15, (), (inner))

struct level16 {
    level15 inner;
};
BOOST_DESCRIBE_STRUCT(level16, (), (inner))

struct deep_problem {
    static constexpr std::string_view type_uri = "https://example.com/probs/deep";
    static constexpr pd::http_status default_status = pd::http_status::bad_request;
    static constexpr std::string_view title = "Deep";
#ifdef PROBLEM_DETAILS_COMPILE_FAIL
    level16 top; // 17 levels of structs below the type
#else
    level15 top; // 16 levels: the deepest documented
#endif
};
BOOST_DESCRIBE_STRUCT(deep_problem, (), (top))

std::string_view schema() {
    return pd::json_schema_text<deep_problem>();
}
