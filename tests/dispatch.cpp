// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/dispatch.hpp>

#define BOOST_TEST_MODULE dispatch
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/vipps/problem_types.hpp>

#include <array>
#include <string>

namespace vipps = problem_details::vipps;
using pd::error;
using pd::parse_mode;

namespace {

/// What the handler saw, as text.
auto describe_visitor() {
    return pd::overloaded{
        [](pd::typed_problem_view<vipps::validation_error> const& p) {
            return "validation:" + std::to_string(p.ext.extraDetails.size());
        },
        [](pd::typed_problem_view<vipps::epayment_error> const& p) {
            return "epayment:" + std::string(p.ext.traceId.value_or("-"));
        },
        [](pd::typed_problem_view<test_types::kitchen_sink> const& p) {
            return "sink:" + std::string(p.ext.name);
        },
        [](pd::problem_view const& p) { return "other:" + std::string(p.type); },
    };
}

} // namespace

BOOST_AUTO_TEST_CASE(every_payload_goes_to_its_handler) {
    for (auto const& pl : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(pl.name) {
            std::array<char, 4096> scratch;
            auto const r = pd::dispatch<vipps::validation_error, vipps::epayment_error,
                                        test_types::kitchen_sink>(
                pl.body, scratch, {.mode = parse_mode::lenient}, describe_visitor());
            if (pl.name.starts_with("faq-validation-error")) {
                BOOST_TEST(*r == "validation:2");
            } else if (pl.name == "epayment-traceid.json") {
                BOOST_TEST(*r == "epayment:77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c");
            } else if (pl.name == "invalid-params.json") {
                // A known URI whose document does not fit the type: an error, not the fallback.
                BOOST_TEST((r.error() == error::missing_member));
            } else if (pl.name.starts_with("gateway") || pl.name == "server-500.json") {
                BOOST_TEST(*r == "other:about:blank");
            } else {
                BOOST_TEST(!r.has_value()); // not a problem at all
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(dispatch_a_parsed_view_without_allocating) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    std::array<char, 1024> s1, s2;
    auto const v = pd::parse_view(body, s1, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(v.has_value());
    int seen = 0;
    std::size_t allocations;
    pd::result<void> r;
    {
        test_support::allocation_scope scope;
        r = pd::dispatch<vipps::epayment_error, vipps::validation_error>(
            *v, s2,
            pd::overloaded{
                [&](pd::typed_problem_view<vipps::validation_error> const& p) {
                    seen = static_cast<int>(p.ext.extraDetails.size());
                },
                [&](pd::typed_problem_view<vipps::epayment_error> const&) { seen = -1; },
                [&](pd::problem_view const&) { seen = -2; },
            });
        allocations = scope.count();
    }
    BOOST_TEST(r.has_value());
    BOOST_TEST(seen == 2);
    BOOST_TEST(allocations == 0u);
}

BOOST_AUTO_TEST_CASE(the_invalid_params_variant_by_fallback) {
    // validation_error and invalid_params_error share a URI, so they cannot
    // be in one set: dispatch on one, read the other in the fallback.
    std::string const body = test_support::payload_body("invalid-params.json");
    std::array<char, 2048> scratch;
    auto const v = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(v.has_value());
    std::array<char, 1024> s2;
    auto const r = pd::dispatch<vipps::invalid_params_error>(
        *v, s2,
        pd::overloaded{
            [](pd::typed_problem_view<vipps::invalid_params_error> const& p) {
                return std::string(p.ext.invalidParams[0].reason);
            },
            [](pd::problem_view const&) { return std::string("fallback"); },
        });
    BOOST_TEST(*r == "Must be a positive integer larger than 100");
}

BOOST_AUTO_TEST_CASE(errors_pass_through) {
    std::array<char, 1024> scratch;
    auto const bad = pd::dispatch<vipps::validation_error>(
        std::string_view("{"), scratch, {}, pd::overloaded{[](auto const&) { return 1; }});
    BOOST_TEST((bad.error() == pd::condition::malformed_json));
    auto const strict = pd::dispatch<vipps::validation_error>(
        test_support::payload_body("faq-validation-error.json"), scratch,
        {.mode = parse_mode::strict}, pd::overloaded{[](auto const&) { return 1; }});
    BOOST_TEST((strict.error() == error::wrong_type));
}
