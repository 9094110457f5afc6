// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/problem.hpp>

#define BOOST_TEST_MODULE problem
#include "support/test_preamble.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/system/system_error.hpp>

#include <array>
#include <string>

namespace json = boost::json;
using pd::http_status;

BOOST_AUTO_TEST_CASE(defaults) {
    pd::problem p;
    BOOST_TEST(p.type == "about:blank");
    BOOST_TEST(p.title.empty());
    BOOST_TEST(!p.status.has_value());
    BOOST_TEST(p.extensions.empty());
    pd::problem_view v;
    BOOST_TEST(v.type == pd::about_blank);
    BOOST_TEST(v.extensions.empty());
    BOOST_TEST((v.extensions.begin() == v.extensions.end()));
    BOOST_TEST((v.extensions.find("x") == v.extensions.end()));
}

BOOST_AUTO_TEST_CASE(value_semantics_and_comparison) {
    pd::problem a;
    a.title = "t";
    a.status = http_status::conflict;
    a.extensions["k"] = json::array{1, 2};
    pd::problem b = a;
    BOOST_TEST((a == b));
    b.extensions["k"].as_array().push_back(3);
    BOOST_TEST(!(a == b));
    b = a;
    b.status = http_status::locked;
    BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_CASE(extension_list_lookup_in_document_order) {
    pd::extension const members[] = {{"a", "1"}, {"b", "\"x\""}, {"a", "3"}};
    pd::extension_list const list(members);
    BOOST_TEST(list.size() == 3u);
    BOOST_TEST(!list.empty());
    BOOST_TEST(list[1].name == "b");
    BOOST_TEST(list.find("a")->value == "3"); // the last, as JSON parsers keep
    BOOST_TEST(list.contains("b"));
    BOOST_TEST(!list.contains("c"));
    std::string names;
    for (auto const& e : list)
        names += e.name;
    BOOST_TEST(names == "aba");
}

BOOST_AUTO_TEST_CASE(view_equality_ignores_whitespace_in_raw_values_only) {
    pd::extension const x1[] = {{"a", "[1, {\"k\" : \"a b\"}]"}};
    pd::extension const x2[] = {{"a", "[1,{\"k\":\"a b\"}]"}};
    pd::extension const x3[] = {{"a", "[1,{\"k\":\"ab\"}]"}};
    pd::extension const x4[] = {{"a", R"(["\"", 1])"}};
    pd::extension const x5[] = {{"a", R"(["\"",1])"}};
    pd::problem_view a, b;
    a.extensions = pd::extension_list(x1);
    b.extensions = pd::extension_list(x2);
    BOOST_TEST((a == b));
    b.extensions = pd::extension_list(x3);
    BOOST_TEST(!(a == b));
    a.extensions = pd::extension_list(x4);
    b.extensions = pd::extension_list(x5);
    BOOST_TEST((a == b));
    b.title = "t";
    BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_CASE(view_to_owning) {
    std::string const body =
        R"({"type":"urn:t","status":409,"title":"T","detail":"D","instance":"/i","n":1.5,"a":[true,null],"n":2})";
    std::array<char, 512> scratch;
    auto const v = *pd::parse_view(body, scratch);
    pd::problem const p(v);
    BOOST_TEST(p.type == "urn:t");
    BOOST_TEST((p.status == http_status::conflict));
    BOOST_TEST(p.title == "T");
    BOOST_TEST(p.detail == "D");
    BOOST_TEST(p.instance == "/i");
    BOOST_TEST(p.extensions.size() == 2u);
    BOOST_TEST(p.extensions.at("n").as_int64() == 2); // last of the duplicates
    BOOST_TEST(json::serialize(p.extensions.at("a")) == "[true,null]");
    // Order of the object is document order (first occurrence).
    BOOST_TEST(p.extensions.begin()->key() == "n");

    pd::extension const bad[] = {{"x", "not json"}};
    pd::problem_view hand;
    hand.extensions = pd::extension_list(bad);
    BOOST_CHECK_THROW(pd::problem{hand}, boost::system::system_error);
}

BOOST_AUTO_TEST_CASE(value_from_and_value_to) {
    pd::problem p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    p.status = http_status::forbidden;
    p.extensions["balance"] = 30;
    json::value const jv = json::value_from(p);
    BOOST_TEST(
        json::serialize(jv) ==
        R"({"type":"https://example.com/probs/out-of-credit","status":403,"title":"You do not have enough credit.","balance":30})");
    auto const back = json::value_to<pd::problem>(jv);
    BOOST_TEST((back == p));

    // Wrong-typed standard members are kept as extensions (RFC 9457 3.1).
    auto const odd =
        json::value_to<pd::problem>(json::parse(R"({"status":"400","title":7,"status2":1})"));
    BOOST_TEST(!odd.status.has_value());
    BOOST_TEST(odd.title.empty());
    BOOST_TEST(odd.extensions.size() == 3u);
    // ...and written back where they were.
    BOOST_TEST(json::serialize(json::value_from(odd)) ==
               R"({"type":"about:blank","status":"400","title":7,"status2":1})");

    BOOST_CHECK_THROW(json::value_to<pd::problem>(json::value(1)), boost::system::system_error);
    try {
        (void)json::value_to<pd::problem>(json::value(json::array{}));
    } catch (boost::system::system_error const& e) {
        BOOST_TEST((e.code() == pd::error::not_an_object));
    }

    // A view converts too.
    std::string const body = R"({"title":"x","ext":{"a":1}})";
    std::array<char, 256> scratch;
    auto const v = *pd::parse_view(body, scratch);
    BOOST_TEST(json::serialize(json::value_from(v)) ==
               R"({"type":"about:blank","title":"x","ext":{"a":1}})");
}

BOOST_AUTO_TEST_CASE(status_of_any_registered_value_round_trips) {
    for (int s = 100; s <= 599; ++s) {
        pd::problem p;
        p.status = static_cast<http_status>(s);
        auto const back = pd::parse(pd::to_json(p), {.mode = pd::parse_mode::strict});
        BOOST_TEST_REQUIRE(back.has_value());
        BOOST_TEST((back->status == p.status));
    }
}
