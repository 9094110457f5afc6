// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/validate.hpp>

#define BOOST_TEST_MODULE validate
#include "support/test_preamble.hpp"

#include "support/payloads.hpp"

#include <problem_details/parse.hpp>

#include <map>
#include <string>
#include <vector>

namespace {

struct want {
    pd::error code;
    std::size_t offset;
    std::string member;
};

void check(std::vector<pd::violation> const& got, std::vector<want> const& expected) {
    BOOST_TEST_REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        BOOST_TEST_CONTEXT("violation " << i) {
            BOOST_TEST((got[i].code == expected[i].code));
            BOOST_TEST(got[i].offset == expected[i].offset);
            BOOST_TEST(got[i].member == expected[i].member);
        }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(every_shared_payload) {
    // What strict RFC 9457 says of each payload.
    std::map<std::string, std::vector<want>> const expected = {
        {"faq-validation-error.json", {{pd::error::wrong_type, 268, "status"}}},
        {"faq-validation-error.min.json", {{pd::error::wrong_type, 263, "status"}}},
        {"invalid-params.json", {}},
        {"epayment-traceid.json", {}},
        {"gateway-401-invalid-key.json", {}}, // every member optional, extensions allowed
        {"gateway-401-missing-key.json", {}},
        {"gateway-429-rate-limit.json", {}},
        {"legacy-ecom-35.json", {{pd::error::not_an_object, 0, ""}}},
        {"legacy-ecom-81.json", {{pd::error::not_an_object, 0, ""}}},
        {"server-500.json", {}},
        {"proxy-502.html", {{pd::error::syntax, 0, ""}}},
    };
    for (auto const& p : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(p.name) {
            auto const v = pd::validate(p.body);
            // Agrees with parse_view in strict mode: valid exactly when it parses,
            // and the first violation is the one strict parsing stops at.
            pd::parse_diagnostics diag;
            std::vector<char> scratch(pd::scratch_bound(p.body));
            auto const strict =
                pd::parse_view(p.body, scratch, {.mode = pd::parse_mode::strict}, diag);
            BOOST_TEST(v.empty() == strict.has_value());
            if (!v.empty()) {
                BOOST_TEST((v.front().code == strict.error()));
                BOOST_TEST(v.front().offset == diag.offset);
            }
            auto const e = expected.find(p.name);
            if (e != expected.end())
                check(v, e->second);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_violation_in_one_pass) {
    std::string const doc =
        R"({"type":"/rel","title":1,"status":"400","status":700,"instance":"a b","x":1,"x":2})";
    check(pd::validate(doc), {
                                 {pd::error::relative_type_uri, 8, "type"},
                                 {pd::error::wrong_type, 23, "title"},
                                 {pd::error::wrong_type, 34, "status"},
                                 {pd::error::duplicate_member, 40, "status"}, // reported once
                                 {pd::error::status_out_of_range, 49, "status"},
                                 {pd::error::invalid_uri, 64, "instance"},
                                 {pd::error::duplicate_member, 76, "x"},
                             });
}

BOOST_AUTO_TEST_CASE(fatal_error_ends_the_list) {
    // Violations before a syntax error are kept; the error comes last.
    check(pd::validate(R"({"status":"400","title":)"),
          {{pd::error::wrong_type, 10, "status"}, {pd::error::incomplete, 24, ""}});
    check(pd::validate("[]"), {{pd::error::not_an_object, 0, ""}});
    check(pd::validate(""), {{pd::error::incomplete, 0, ""}});
    pd::parse_options o;
    o.max_depth = 1;
    check(pd::validate(R"({"a":[1]})", o), {{pd::error::too_deep, 5, ""}});
}

BOOST_AUTO_TEST_CASE(mode_is_always_strict) {
    // A lenient mode would read "400"; validation reports it anyway.
    auto const v = pd::validate(R"({"status":"400"})", {.mode = pd::parse_mode::lenient});
    BOOST_TEST_REQUIRE(v.size() == 1u);
    BOOST_TEST((v[0].code == pd::error::wrong_type));
    BOOST_TEST((v[0].code == pd::condition::rfc_violation));
    BOOST_TEST(
        pd::validate(R"({"type":"https://example.com/t","status":400,"title":"t"})").empty());
}

BOOST_AUTO_TEST_CASE(large_documents_need_more_scratch) {
    // Many members and long escaped strings: beyond the 1 KiB first try.
    std::string doc = "{\"type\":\"https://example.com/\\u0074\",\"title\":\"";
    for (int i = 0; i < 400; ++i)
        doc += "\\n";
    doc += "\"";
    for (int i = 0; i < 200; ++i)
        doc += ",\"m" + std::to_string(i) + "\":" + std::to_string(i);
    doc += ",\"m7\":0,\"status\":1000}";
    auto const v = pd::validate(doc);
    BOOST_TEST_REQUIRE(v.size() == 2u);
    BOOST_TEST((v[0].code == pd::error::duplicate_member));
    BOOST_TEST(v[0].member == "m7");
    BOOST_TEST((v[1].code == pd::error::status_out_of_range));
}

BOOST_AUTO_TEST_CASE(escaped_member_names_decoded) {
    auto const v = pd::validate(R"({"\u0074ype":42})");
    BOOST_TEST_REQUIRE(v.size() == 1u);
    BOOST_TEST(v[0].member == "type");
    BOOST_TEST((v[0].code == pd::error::wrong_type));
}
