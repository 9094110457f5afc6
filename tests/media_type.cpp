// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/media_type.hpp>

#define BOOST_TEST_MODULE media_type
#include "support/test_preamble.hpp"

using pd::problem_format;

static_assert(pd::problem_json_media_type == "application/problem+json");
static_assert(pd::problem_xml_media_type == "application/problem+xml");
static_assert(pd::content_type(problem_format::xml) == "application/problem+xml");
static_assert(pd::negotiate("application/problem+xml") == problem_format::xml); // constexpr

namespace {
problem_format neg(std::string_view a, pd::negotiate_options o = {}) {
    return pd::negotiate(a, o);
}
} // namespace

BOOST_AUTO_TEST_CASE(no_accept_means_json) {
    BOOST_TEST((neg("") == problem_format::json));
    BOOST_TEST((neg("  ") == problem_format::json));
    BOOST_TEST((neg("", {.prefer_xml = true}) == problem_format::xml));
}

BOOST_AUTO_TEST_CASE(exact_and_related_types) {
    BOOST_TEST((neg("application/problem+json") == problem_format::json));
    BOOST_TEST((neg("application/problem+xml") == problem_format::xml));
    BOOST_TEST((neg("application/json") == problem_format::json));
    BOOST_TEST((neg("text/json") == problem_format::json));
    BOOST_TEST((neg("application/vnd.api+json") == problem_format::json));
    BOOST_TEST((neg("application/xml") == problem_format::xml));
    BOOST_TEST((neg("text/xml") == problem_format::xml));
    BOOST_TEST((neg("application/atom+xml") == problem_format::xml));
    BOOST_TEST((neg("APPLICATION/Problem+XML; charset=utf-8") == problem_format::xml));
}

BOOST_AUTO_TEST_CASE(wildcards) {
    BOOST_TEST((neg("*/*") == problem_format::json));
    BOOST_TEST((neg("application/*") == problem_format::json));
    BOOST_TEST((neg("*/*", {.prefer_xml = true}) == problem_format::xml));
    BOOST_TEST((neg("text/*") == problem_format::none));
    BOOST_TEST((neg("*/json") == problem_format::none)); // not a media range
}

BOOST_AUTO_TEST_CASE(q_values) {
    BOOST_TEST((neg("application/json;q=0.5, application/xml") == problem_format::xml));
    BOOST_TEST((neg("application/json;q=0.9, application/xml;q=0.8") == problem_format::json));
    BOOST_TEST(
        (neg("application/xml;q=0.8, application/problem+json ; Q=0.81") == problem_format::json));
    BOOST_TEST((neg("application/json;q=1.000, application/xml;q=1") == problem_format::json));
    BOOST_TEST((neg("application/json;q=0.5, application/xml;q=0.5", {.prefer_xml = true}) ==
                problem_format::xml));
    // The most specific range decides, even with a lower q.
    BOOST_TEST((neg("application/json;q=0, */*") == problem_format::xml));
    BOOST_TEST((neg("application/problem+json;q=0, application/json") == problem_format::none));
    BOOST_TEST((neg("*/*;q=0.1, application/xml;q=0") == problem_format::json));
    // Everything refused: 406.
    BOOST_TEST((neg("application/json;q=0, application/xml;q=0") == problem_format::none));
    BOOST_TEST((neg("*/*;q=0") == problem_format::none));
    BOOST_TEST((neg("text/html, image/png") == problem_format::none));
    // An invalid q ignores the range.
    BOOST_TEST((neg("application/xml;q=2, application/json;q=0.1") == problem_format::json));
    BOOST_TEST((neg("application/xml;q=0.1234") == problem_format::none));
    BOOST_TEST((neg("application/xml;q=abc") == problem_format::none));
    // Quoted parameters may hold commas and semicolons.
    BOOST_TEST(
        (neg(R"(application/xml;foo="a,b;q=0", application/json;q=0.5)") == problem_format::xml));
}

BOOST_AUTO_TEST_CASE(server_without_xml) {
    BOOST_TEST((neg("application/xml", {.offer_xml = false}) == problem_format::none));
    BOOST_TEST((neg("application/xml, */*;q=0.1", {.offer_xml = false}) == problem_format::json));
    BOOST_TEST((neg("*/*", {.offer_xml = false, .prefer_xml = true}) == problem_format::json));
}

BOOST_AUTO_TEST_CASE(malformed_headers_never_fail) {
    for (std::string_view a :
         {",,,", ";", "/", "application/", "/json", ";q=1", "application/json;;;q",
          "\"unterminated, application/json", "application/json;q=", "a/b;c=\"\\\""}) {
        auto const f = neg(a);
        BOOST_TEST(
            (f == problem_format::none || f == problem_format::json || f == problem_format::xml));
    }
    BOOST_TEST((neg(",application/xml,") == problem_format::xml));
}

BOOST_AUTO_TEST_CASE(content_types) {
    BOOST_TEST((pd::format_of_content_type("application/problem+json; charset=utf-8") ==
                problem_format::json));
    BOOST_TEST((pd::format_of_content_type("application/problem+xml") == problem_format::xml));
    BOOST_TEST((pd::format_of_content_type("text/html") == problem_format::none));
    BOOST_TEST(pd::content_type(problem_format::json) == pd::problem_json_media_type);
    BOOST_TEST(pd::content_type(problem_format::none).empty());
}
