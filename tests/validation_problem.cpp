// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/validation_problem.hpp>

#define BOOST_TEST_MODULE validation_problem
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/xml.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/system/system_error.hpp>

#include <array>
#include <string>
#include <vector>

using pd::error;
using pd::field_errors_shape;
using pd::http_status;

namespace {
constexpr field_errors_shape all_shapes[] = {
    field_errors_shape::extra_details, field_errors_shape::invalid_params,
    field_errors_shape::errors_map, field_errors_shape::errors_pointer};

// The seed's example, as a validation problem.
pd::validation_problem_builder<8> seed_example() {
    pd::validation_problem_builder<8> b;
    b.type("https://developer.vippsmobilepay.com/api-name/v1/validation-error")
        .title("Your request parameters didn't validate.")
        .detail("The request body contains one or more validation errors.")
        .instance("urn:uuid:123e4567-e89b-12d3-a456-426655440000")
        .field("amount", "Must be a positive integer larger than 100")
        .field("URL", "Must use HTTPS and validate according to the API specification");
    return b;
}
} // namespace

BOOST_AUTO_TEST_CASE(defaults) {
    pd::validation_problem_view const v;
    BOOST_TEST(pd::to_json(v) ==
               R"({"type":"about:blank","status":400,"title":"Bad Request","extraDetails":[]})");
    pd::validation_problem_builder<2> b;
    BOOST_TEST(pd::to_json(b.view()) == pd::to_json(v));
    static_assert(pd::validation_problem_builder<2>::capacity() == 2);
}

BOOST_AUTO_TEST_CASE(the_seed_example_in_extra_details) {
    auto const b = seed_example();
    std::string const json = pd::to_json(b.view());
    BOOST_TEST(
        json ==
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","status":400,)"
        R"("title":"Your request parameters didn't validate.",)"
        R"("detail":"The request body contains one or more validation errors.",)"
        R"("instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000",)"
        R"("extraDetails":[{"name":"amount","reason":"Must be a positive integer larger than 100"},)"
        R"({"name":"URL","reason":"Must use HTTPS and validate according to the API specification"}]})");
    // It reads back as the seed's payload does (status as a number here).
    std::string const seed = test_support::payload_body("faq-validation-error.json");
    auto a = boost::json::parse(json).as_object();
    auto s = boost::json::parse(seed).as_object();
    s["status"] = 400;
    BOOST_TEST((a == s)); // the same members (in another order)
}

BOOST_AUTO_TEST_CASE(every_shape) {
    auto b = seed_example();
    b.field("amount", "Must be at most 1000000");
    b.shape(field_errors_shape::invalid_params);
    BOOST_TEST(pd::to_json(b.view()).find(
                   R"("invalidParams":[{"name":"amount","reason":"Must be a positive)") !=
               std::string::npos);
    b.shape(field_errors_shape::errors_map);
    BOOST_TEST(
        pd::to_json(b.view()).find(
            R"("errors":{"amount":["Must be a positive integer larger than 100","Must be at most 1000000"],)"
            R"("URL":["Must use HTTPS and validate according to the API specification"]}})") !=
        std::string::npos);
    b.shape(field_errors_shape::errors_pointer);
    BOOST_TEST(
        pd::to_json(b.view()).find(
            R"("errors":[{"detail":"Must be a positive integer larger than 100","pointer":"#/amount"},)") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(rfc9457_example) {
    // RFC 9457 §3: a 422 with errors and JSON pointers.
    pd::validation_problem_builder<4> b;
    b.type("https://example.net/validation-error")
        .title("Your request is not valid.")
        .status(http_status::unprocessable_content)
        .shape(field_errors_shape::errors_pointer)
        .field("age", "must be a positive integer")
        .field("color", "must be 'green', 'red' or 'blue'", "#/profile/color");
    BOOST_TEST(
        pd::to_json(b.view()) ==
        R"({"type":"https://example.net/validation-error","status":422,"title":"Your request is not valid.",)"
        R"("errors":[{"detail":"must be a positive integer","pointer":"#/age"},)"
        R"({"detail":"must be 'green', 'red' or 'blue'","pointer":"#/profile/color"}]})");
}

BOOST_AUTO_TEST_CASE(pointers_made_from_names_are_escaped) {
    pd::field_error const errs[] = {{"a/b", "r"},     {"m~n", "r"},      {"first name", "r"},
                                    {"x\"y\\z", "r"}, {"\xC3\xA6", "r"}, {"", "r"},
                                    {"q?a=b&c", "r"}};
    pd::validation_problem_view v;
    v.errors = errs;
    v.shape = field_errors_shape::errors_pointer;
    std::string const json = pd::to_json(v);
    auto const arr = boost::json::parse(json).at("errors").as_array();
    std::vector<std::string> ptrs;
    for (auto const& e : arr)
        ptrs.emplace_back(e.at("pointer").as_string());
    std::vector<std::string> const expected = {
        "#/a~1b", "#/m~0n", "#/first%20name", "#/x%22y%5Cz", "#/%C3%A6", "#/", "#/q?a=b&c"};
    BOOST_TEST(ptrs == expected, boost::test_tools::per_element());
    // field_errors_value makes the same.
    auto const value = pd::field_errors_value(errs, field_errors_shape::errors_pointer);
    BOOST_TEST(boost::json::serialize(value) == boost::json::serialize(arr));
}

BOOST_AUTO_TEST_CASE(to_problem_matches_the_zero_allocation_writer) {
    auto b = seed_example();
    b.field("amount", "again");
    for (auto shape : all_shapes) {
        b.shape(shape);
        pd::problem const p = pd::to_problem(b.view());
        BOOST_TEST(pd::to_json(p) == pd::to_json(b.view()));
        BOOST_TEST(p.extensions.contains(pd::member_name(shape)));
    }
}

BOOST_AUTO_TEST_CASE(other_extensions_and_conflicts) {
    pd::extension const ext[] = {{"traceId", R"("abc")"}, {"retry", R"({ "after" : 3 })"}};
    auto b = seed_example();
    b.extensions(pd::extension_list(ext));
    BOOST_TEST(pd::to_json(b.view()).find(
                   R"("traceId":"abc","retry":{"after":3},"extraDetails":[)") != std::string::npos);
    pd::extension const clash[] = {{"extraDetails", "[]"}};
    b.extensions(pd::extension_list(clash));
    std::array<char, 1024> out;
    BOOST_TEST((pd::serialize(b.view(), out).error() == error::conflicting_member));
    BOOST_TEST(pd::serialized_size(b.view()) == 0u);
    BOOST_CHECK_THROW(pd::to_json(b.view()), boost::system::system_error);
    b.shape(field_errors_shape::errors_map); // "errors" does not clash
    BOOST_TEST(pd::serialize(b.view(), out).has_value());
    pd::extension const bad[] = {{"x", "{oops"}};
    b.extensions(pd::extension_list(bad));
    BOOST_TEST((pd::serialize(b.view(), out).error() == error::invalid_extension_value));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error_in_every_shape) {
    pd::field_error const bad_reason[] = {{"a", "\xFF"}};
    pd::field_error const bad_name[] = {{"\xC3", "r"}};
    std::array<char, 1024> out;
    for (auto shape : all_shapes) {
        pd::validation_problem_view v;
        v.shape = shape;
        v.errors = bad_reason;
        BOOST_TEST((pd::serialize(v, out).error() == error::invalid_utf8_in_value));
        v.errors = bad_name;
        BOOST_TEST((pd::serialize(v, out).error() == error::invalid_utf8_in_value));
    }
}

BOOST_AUTO_TEST_CASE(capacity_is_fixed_and_counted) {
    pd::validation_problem_builder<2> b;
    BOOST_TEST(b.add("a", "1"));
    BOOST_TEST(b.add("b", "2"));
    BOOST_TEST(!b.add("c", "3"));
    b.field("d", "4");
    BOOST_TEST(b.size() == 2u);
    BOOST_TEST(b.dropped() == 2u);
    // A problem with field errors missing is never written.
    char out[512];
    BOOST_TEST(b.view().dropped == 2u);
    BOOST_TEST((pd::serialize(b.view(), out).error() == error::capacity_exceeded));
    BOOST_TEST(pd::serialized_size(b.view()) == 0u);
    BOOST_CHECK_THROW(pd::to_json(b.view()), boost::system::system_error);
    BOOST_TEST((pd::serialize_xml(b.view(), out).error() == error::capacity_exceeded));
    b.clear();
    BOOST_TEST(b.empty());
    BOOST_TEST(b.dropped() == 0u);
}

BOOST_AUTO_TEST_CASE(size_is_exact_and_nothing_is_written_past_the_buffer) {
    auto b = seed_example();
    b.field("amount", "Must be \"quoted\" \xE2\x82\xAC\n").field("a/b c", "x");
    for (auto shape : all_shapes) {
        b.shape(shape);
        auto const v = b.view();
        std::size_t const n = pd::serialized_size(v);
        std::string const expected = pd::to_json(v);
        BOOST_TEST_REQUIRE(n == expected.size());
        BOOST_TEST(boost::json::parse(expected).is_object());
        std::vector<char> buf(n + 16);
        for (std::size_t cap = 0; cap <= n + 1; ++cap) {
            std::fill(buf.begin(), buf.end(), '#');
            auto const r = pd::serialize(v, std::span<char>(buf.data(), cap));
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
}

BOOST_AUTO_TEST_CASE(zero_allocations_with_a_caller_buffer) {
    std::array<char, 4096> out;
    std::array<char, 4096> scratch;
    // Fixed-capacity storage.
    for (auto shape : all_shapes) {
        test_support::allocation_scope scope;
        auto b = seed_example();
        b.shape(shape).field("amount", "again").field("a/b c", "\xC3\xA6");
        std::size_t const n = pd::serialized_size(b.view());
        auto const r = pd::serialize(b.view(), out);
        auto const small = pd::serialize(b.view(), std::span<char>(out.data(), 10));
        BOOST_TEST(scope.count() == 0u);
        BOOST_TEST_REQUIRE(r.has_value());
        BOOST_TEST(*r == n);
        BOOST_TEST((small.error() == error::buffer_too_small));
    }
    // A caller's span of field errors, over every shared payload parsed
    // without allocating: its extensions are kept, the field errors added.
    pd::field_error const errs[] = {{"amount", "Must be a positive integer larger than 100"},
                                    {"URL", "Must use HTTPS"},
                                    {"amount", "again"}};
    for (auto const& pl : test_support::all_payloads()) {
        for (auto shape : all_shapes) {
            test_support::allocation_scope scope;
            auto v = pd::parse_view(pl.body, scratch, {.mode = pd::parse_mode::lenient});
            if (!v)
                continue;
            pd::validation_problem_view vp{*v, errs, shape};
            std::size_t const n = pd::serialized_size(vp);
            auto const r = pd::serialize(vp, out);
            BOOST_TEST(scope.count() == 0u, pl.name);
            if (n == 0) { // e.g. the payload has the member already
                BOOST_TEST((r.error() == error::conflicting_member), pl.name);
                continue;
            }
            BOOST_TEST_REQUIRE(r.has_value(), pl.name);
            BOOST_TEST(*r == n);
        }
    }
}
