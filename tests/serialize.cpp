// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/serialize.hpp>

#define BOOST_TEST_MODULE serialize
#include <boost/test/unit_test.hpp>

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>
#include <boost/system/system_error.hpp>

#include <array>
#include <string>
#include <vector>

namespace pd = problem_details;
using pd::error;
using pd::http_status;

BOOST_AUTO_TEST_CASE(members_in_rfc_order_status_as_number) {
    pd::problem p;
    p.instance = "/account/12345/msgs/abc";
    p.detail = "Your current balance is 30, but that costs 50.";
    p.title = "You do not have enough credit.";
    p.status = http_status::forbidden;
    p.type = "https://example.com/probs/out-of-credit";
    p.extensions["balance"] = 30;
    p.extensions["accounts"] = boost::json::array{"/account/12345", "/account/67890"};
    BOOST_TEST(pd::to_json(p) ==
               R"({"type":"https://example.com/probs/out-of-credit","status":403,)"
               R"("title":"You do not have enough credit.",)"
               R"("detail":"Your current balance is 30, but that costs 50.",)"
               R"("instance":"/account/12345/msgs/abc","balance":30,)"
               R"("accounts":["/account/12345","/account/67890"]})");
}

BOOST_AUTO_TEST_CASE(defaults_write_only_the_type) {
    BOOST_TEST(pd::to_json(pd::problem{}) == R"({"type":"about:blank"})");
    BOOST_TEST(pd::to_json(pd::problem_view{}) == R"({"type":"about:blank"})");
}

BOOST_AUTO_TEST_CASE(serialized_size_is_exact_and_serialize_never_overflows) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    std::array<char, 4096> scratch;
    auto const v = *pd::parse_view(body, scratch);
    std::size_t const n = pd::serialized_size(v);
    std::string const expected = pd::to_json(v);
    BOOST_TEST(expected.size() == n);
    // Every buffer size: too small fails without writing past the end.
    std::vector<char> buf(n + 32);
    for (std::size_t cap = 0; cap <= n + 1; ++cap) {
        std::fill(buf.begin(), buf.end(), '#');
        auto r = pd::serialize(v, std::span<char>(buf.data(), cap));
        if (cap < n) {
            BOOST_TEST((r.error() == error::buffer_too_small));
        } else {
            BOOST_TEST_REQUIRE(r.has_value());
            BOOST_TEST(*r == n);
            BOOST_TEST(std::string(buf.data(), n) == expected);
        }
        for (std::size_t i = cap; i < buf.size(); ++i)
            BOOST_TEST_REQUIRE(buf[i] == '#');
    }
}

BOOST_AUTO_TEST_CASE(serialize_allocates_nothing) {
    std::array<char, 4096> scratch;
    std::array<char, 4096> out;
    for (auto const& pl : test_support::all_payloads()) {
        auto v = pd::parse_view(pl.body, scratch, {.mode = pd::parse_mode::lenient});
        if (!v)
            continue;
        auto const owning = pd::problem(*v);
        test_support::allocation_scope scope;
        auto n1 = pd::serialize(*v, out);
        auto n2 = pd::serialize(owning, out);
        BOOST_TEST(pd::serialized_size(*v) == *n1);
        BOOST_TEST(pd::serialized_size(owning) == *n2);
        BOOST_TEST(scope.count() == 0u, pl.name);
    }
}

BOOST_AUTO_TEST_CASE(extension_values_are_compacted) {
    std::string const body = "{ \"title\" : \"t\" ,\n \"x\" : [ 1 , { \"a b\" : \" s p \" } ] , \"y\":\t2 }";
    std::array<char, 1024> scratch;
    auto const v = *pd::parse_view(body, scratch);
    BOOST_TEST(pd::to_json(v) == R"({"type":"about:blank","title":"t","x":[1,{"a b":" s p "}],"y":2})");
}

BOOST_AUTO_TEST_CASE(strings_are_escaped) {
    pd::problem p;
    p.title = std::string("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f caf\xc3\xa9 <\xe2\x80\xa8>", 26);
    BOOST_TEST(pd::to_json(p) ==
               "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
               "caf\xc3\xa9 <\xe2\x80\xa8>\"}");
    BOOST_TEST(pd::to_json(p, {.escape_non_ascii = true}) ==
               "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
               "caf\\u00e9 <\\u2028>\"}");
    BOOST_TEST(pd::to_json(p, {.html_safe = true}) ==
               "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
               "caf\xc3\xa9 \\u003c\\u2028\\u003e\"}");
    pd::problem astral;
    astral.detail = "\xf0\x9f\x98\x80";
    BOOST_TEST(pd::to_json(astral, {.escape_non_ascii = true}) ==
               R"({"type":"about:blank","detail":"\ud83d\ude00"})");
}

BOOST_AUTO_TEST_CASE(html_safe_reaches_into_extension_values) {
    std::string const body = R"({"x":"</script><script>alert(1)</script>","y":["&"]})";
    std::array<char, 1024> scratch;
    auto const v = *pd::parse_view(body, scratch);
    std::string const out = pd::to_json(v, {.html_safe = true});
    BOOST_TEST(out.find('<') == std::string::npos);
    BOOST_TEST(out.find('&') == std::string::npos);
    BOOST_TEST(out == R"({"type":"about:blank","x":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e","y":["\u0026"]})");
    // Existing escapes in raw values are kept as they are.
    std::string const esc = R"({"x":"a\"b\u00e9"})";
    BOOST_TEST(pd::to_json(*pd::parse_view(esc, scratch), {.escape_non_ascii = true}) ==
               R"({"type":"about:blank","x":"a\"b\u00e9"})");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error_not_garbage) {
    pd::problem p;
    p.detail = "bad \xff byte";
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(p, out).error() == error::invalid_utf8_in_value));
    BOOST_TEST(pd::serialized_size(p) == 0u);
    BOOST_CHECK_THROW(pd::to_json(p), boost::system::system_error);
    pd::problem q;
    q.extensions["bad\xc0"] = 1;
    BOOST_TEST((pd::serialize(q, out).error() == error::invalid_utf8_in_value));
    pd::problem r;
    r.extensions["x"] = "\xed\xa0\x80"; // an encoded surrogate
    BOOST_TEST((pd::serialize(r, out).error() == error::invalid_utf8_in_value));
}

BOOST_AUTO_TEST_CASE(hand_made_extension_values_are_validated) {
    pd::extension const good[] = {{"a", " [1, 2] "}, {"b", "\"s\""}};
    pd::problem_view v;
    v.extensions = pd::extension_list(good);
    BOOST_TEST(pd::to_json(v) == R"({"type":"about:blank","a":[1,2],"b":"s"})");
    // A raw value that would inject a member is refused.
    pd::extension const bad[] = {{"a", R"(1,"status":200)"}};
    v.extensions = pd::extension_list(bad);
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(v, out).error() == error::invalid_extension_value));
    pd::extension const empty[] = {{"a", ""}};
    v.extensions = pd::extension_list(empty);
    BOOST_TEST((pd::serialize(v, out).error() == error::invalid_extension_value));
}

BOOST_AUTO_TEST_CASE(default_constructed_strings_are_empty_strings) {
    // A default std::string_view has a null data pointer: still "", not an error.
    pd::extension const unnamed[] = {{std::string_view{}, "1"}};
    pd::problem_view v;
    v.type = "https://example.com/t";
    v.detail = std::string_view{};
    v.extensions = pd::extension_list(unnamed);
    BOOST_TEST(pd::to_json(v) == R"({"type":"https://example.com/t","":1})");
    BOOST_TEST(pd::serialized_size(v) == pd::to_json(v).size());
}

BOOST_AUTO_TEST_CASE(extension_named_like_a_standard_member) {
    // Kept by parse_mode::rfc: written where the standard member is not.
    std::array<char, 256> scratch;
    auto const v = *pd::parse_view(R"({"status":"400","type":7})", scratch);
    BOOST_TEST(pd::to_json(v) == R"({"status":"400","type":7})");
    // Set in both places by hand: an error, not a duplicate key.
    pd::problem p;
    p.title = "t";
    p.extensions["title"] = "other";
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    p.title.clear();
    BOOST_TEST(pd::to_json(p) == R"({"type":"about:blank","title":"other"})");
}

BOOST_AUTO_TEST_CASE(numbers_keep_their_kind) {
    pd::problem p;
    p.extensions["i"] = -5;
    p.extensions["u"] = std::uint64_t(18446744073709551615ull);
    p.extensions["d"] = 1.0;
    p.extensions["e"] = 1.5e300;
    p.extensions["inf"] = std::numeric_limits<double>::infinity();
    std::string const s = pd::to_json(p);
    BOOST_TEST(s == R"({"type":"about:blank","i":-5,"u":18446744073709551615,"d":1.0,"e":1.5e+300,"inf":1e99999})");
    auto const back = boost::json::parse(s).as_object();
    BOOST_TEST(back.at("d").is_double());
    BOOST_TEST(back.at("u").is_uint64());
}
