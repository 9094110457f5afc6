// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/vipps.hpp>

#define BOOST_TEST_MODULE vipps
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/responses.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace vipps = problem_details::vipps;
using test_support::allocation_scope;

namespace {

std::vector<std::string> ids(vipps::diagnosis const& d) {
    std::vector<std::string> out;
    for (auto const& f : d)
        out.emplace_back(f.id());
    return out;
}

std::vector<std::string> diagnose(int status, std::string_view message,
                                  std::string_view code = {}) {
    return ids(vipps::diagnose(pd::to_status(status), {}, message, code));
}

using strings = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_CASE(catalog_is_well_formed) {
    std::set<std::string_view> seen;
    for (auto const& e : vipps::diagnosis_catalog) {
        BOOST_TEST_CONTEXT(e.id) {
            BOOST_TEST(seen.insert(e.id).second, "ids are unique");
            BOOST_TEST(e.id.substr(0, 6) == "vipps.");
            BOOST_TEST(e.hint.size() > 20u);
            BOOST_TEST((vipps::find_diagnosis(e.id) == &e));
            // A fallback has a status or a class; an entry with patterns or codes has no class.
            if (!e.has_messages() && !e.has_codes())
                BOOST_TEST((e.status != 0 || e.category.has_value()));
            else
                BOOST_TEST(!e.category.has_value());
            for (auto m : e.messages)
                BOOST_TEST(m.find("##") == std::string_view::npos);
        }
    }
    BOOST_TEST(vipps::find_diagnosis("vipps.nope") == nullptr);
    BOOST_TEST(std::size(vipps::diagnosis_catalog) <= vipps::diagnosis::capacity * 4);
}

// Every cause the seed FAQ names, recognised from what the response says.
BOOST_AUTO_TEST_CASE(faq_messages) {
    BOOST_TEST(
        (diagnose(
             401,
             "Access denied due to invalid subscription key. Make sure to provide a valid key for "
             "an active subscription.") == strings{"vipps.401.invalid_subscription_key"}));
    BOOST_TEST(
        (diagnose(
             401,
             "Access denied due to missing subscription key. Make sure to include subscription key "
             "when making requests to an API.") == strings{"vipps.401.missing_subscription_key"}));
    BOOST_TEST(
        (diagnose(401, "Subscription not found.") == strings{"vipps.401.subscription_not_found"}));
    BOOST_TEST((diagnose(401, "Something went wrong, please try again later") ==
                strings{"vipps.401.invalid_access_token"}));
    // The same words with another status are not the access-token case.
    BOOST_TEST((diagnose(500, "Something went wrong, please try again later") ==
                strings{"vipps.500.unvalidated_request", "vipps.500.string_instead_of_integer",
                        "vipps.500.parameter_capitalization", "vipps.500.test_environment"}));
    BOOST_TEST((diagnose(403, "Merchant Not Allowed for Ecommerce Payment") ==
                strings{"vipps.403.merchant_not_allowed_for_ecommerce"}));

    // The three "Invalid MSN" messages (and the supermerchant one without an MSN).
    BOOST_TEST((diagnose(400, "Invalid MSN: 654321. Check your API keys on "
                              "portal.vippsmobilepay.com and see the eCom "
                              "FAQ for tips.") == strings{"vipps.msn.check_api_keys"}));
    BOOST_TEST((
        diagnose(400,
                 "Invalid MSN: 654321. This MSN is not valid for the provided supermerchant ID.") ==
        strings{"vipps.msn.not_valid_for_supermerchant"}));
    BOOST_TEST(
        (diagnose(400, "Invalid MSN: This MSN is not valid for the provided supermerchant ID.") ==
         strings{"vipps.msn.missing_merchant_serial_number"}));
    BOOST_TEST((diagnose(400, "Invalid MSN: 654321. This MSN is not valid for the provided PSP ID. "
                              "Check that you are "
                              "using the correct credentials for the right environment.") ==
                strings{"vipps.msn.not_valid_for_psp"}));

    BOOST_TEST(
        (diagnose(400,
                  "Merchant unavailable, deleted, deactivated or not allowed to make payments") ==
         strings{"vipps.merchant.unavailable"}));
    BOOST_TEST(
        (diagnose(404, "Requested Order not found") == strings{"vipps.ecom.35.order_not_found"}));
    BOOST_TEST((diagnose(400, "User not registered with Vipps") ==
                strings{"vipps.ecom.81.user_not_registered"}));
    BOOST_TEST((diagnose(400, "User unknown") == strings{"vipps.ecom.81.user_not_registered"}));
    BOOST_TEST((diagnose(400, "You must have the app installed and be at least 15 years old") ==
                strings{"vipps.user.app_installed_15_years"}));
    BOOST_TEST((diagnose(400, "Captured amount exceeds the reserved amount ordered") ==
                strings{"vipps.400.capture_exceeds_reserved"}));
    BOOST_TEST((diagnose(400, "Cannot refund more than captured amount") ==
                strings{"vipps.400.refund_exceeds_captured"}));
    BOOST_TEST(
        (diagnose(400,
                  "Payments can only be captured up to 180 days after reservation. See the FAQ.") ==
         strings{"vipps.400.capture_period_passed"}));
    BOOST_TEST(
        (diagnose(400, "callbackUrl is invalid") == strings{"vipps.400.invalid_callback_url"}));
    BOOST_TEST((diagnose(400, "Invalid amount") == strings{"vipps.400.invalid_amount"}));
    BOOST_TEST((diagnose(429, "Rate limit is exceeded. Try again in 7 seconds.") ==
                strings{"vipps.429.rate_limit_exceeded"}));
    BOOST_TEST(
        (vipps::diagnose(std::nullopt, {}, "Blocked by CORS policy").front().id() == "vipps.cors"));
    BOOST_TEST(vipps::find_diagnosis("vipps.cors") != nullptr);
}

BOOST_AUTO_TEST_CASE(codes) {
    // errorCode 35 and 81, whatever the message says.
    BOOST_TEST((diagnose(404, "something else", "35") == strings{"vipps.ecom.35.order_not_found"}));
    auto const d = vipps::diagnose(pd::http_status::bad_request, {}, "whatever", "81");
    BOOST_TEST_REQUIRE(d.size() == 1u);
    BOOST_TEST((d[0].kind == vipps::match_kind::code));
    // Message beats code: both found, message first; an entry matched both ways is listed once.
    auto const both =
        vipps::diagnose(pd::http_status::not_found, {}, "Requested Order not found", "35");
    BOOST_TEST_REQUIRE(both.size() == 1u);
    BOOST_TEST((both[0].kind == vipps::match_kind::message));
    auto const two = vipps::diagnose(pd::http_status::bad_request, {}, "User unknown", "61");
    BOOST_TEST((ids(two) == strings{"vipps.ecom.81.user_not_registered",
                                    "vipps.400.capture_exceeds_reserved"}));
    BOOST_TEST((two[1].kind == vipps::match_kind::code));
}

BOOST_AUTO_TEST_CASE(status_fallbacks) {
    BOOST_TEST((diagnose(400, "") == strings{"vipps.400.bad_request"}));
    BOOST_TEST((diagnose(401, "") == strings{"vipps.401.unauthorized"}));
    BOOST_TEST((diagnose(403, "") == strings{"vipps.403.forbidden", "vipps.403.partner_keys"}));
    BOOST_TEST((diagnose(404, "") == strings{"vipps.404.unknown_endpoint", "vipps.404.other_msn",
                                             "vipps.404.api_mix_up"}));
    BOOST_TEST((diagnose(409, "") == strings{"vipps.409.conflict"}));
    BOOST_TEST((diagnose(423, "") == strings{"vipps.423.locked"}));
    BOOST_TEST((diagnose(429, "") == strings{"vipps.429.too_many_requests"}));
    BOOST_TEST((diagnose(500, "").size() == 4u));
    BOOST_TEST((diagnose(422, "") == strings{"vipps.4xx.client_error"}));
    BOOST_TEST((diagnose(503, "") == strings{"vipps.5xx.server_error"}));
    for (int s : {200, 201, 204, 302})
        BOOST_TEST(diagnose(s, "Subscription not found").empty(), s);
    auto const d = vipps::diagnose(pd::http_status::locked, {}, {});
    BOOST_TEST((d.front().kind == vipps::match_kind::status));
    BOOST_TEST((vipps::diagnose(pd::http_status{418}, {}, {}).front().kind ==
                vipps::match_kind::status_class));
    // Status unknown and nothing to match: nothing to say.
    BOOST_TEST(vipps::diagnose(std::nullopt, {}, {}).empty());
}

BOOST_AUTO_TEST_CASE(patterns) {
    using pd::detail::pattern_matches;
    static_assert(pattern_matches("abc", "xxABCxx"));
    static_assert(pattern_matches("", "anything"));
    static_assert(pattern_matches("a*c", "abbbc"));
    static_assert(!pattern_matches("a*c", "abbb"));
    static_assert(pattern_matches("MSN: #.", "Invalid MSN: 654321."));
    static_assert(!pattern_matches("MSN: #.", "Invalid MSN: ."));
    static_assert(pattern_matches("to # days", "up to 180 days"));
    // Backtracking over a partial match.
    static_assert(pattern_matches("aab", "aaab"));
    static_assert(pattern_matches("Subscription not found", "subscription NOT found"));
    static_assert(
        vipps::diagnose(pd::http_status::unauthorized, "", "Subscription not found.").size() == 1);
}

BOOST_AUTO_TEST_CASE(gateway_messages) {
    for (auto const& m : vipps::gateway_messages) {
        BOOST_TEST(vipps::find_diagnosis(m.diagnosis_id) != nullptr, m.diagnosis_id);
        BOOST_TEST((m.status == 401 || m.status == 403 || m.status == 422 || m.status == 429));
    }
    auto const* m = vipps::find_gateway_message("Rate limit is exceeded. Try again in 12 seconds.");
    BOOST_TEST_REQUIRE(m != nullptr);
    BOOST_TEST(m->status == 429);
    BOOST_TEST(vipps::find_gateway_message("Hello") == nullptr);
}

BOOST_AUTO_TEST_CASE(every_shared_payload_diagnosed_without_allocating) {
    std::map<std::string, strings> const want = {
        {"faq-validation-error.json", {"vipps.400.bad_request"}},
        {"faq-validation-error.min.json", {"vipps.400.bad_request"}},
        {"invalid-params.json", {"vipps.400.bad_request"}},
        {"epayment-traceid.json", {"vipps.404.payment_not_found"}},
        {"gateway-401-invalid-key.json", {"vipps.401.invalid_subscription_key"}},
        {"gateway-401-missing-key.json", {"vipps.401.missing_subscription_key"}},
        {"gateway-429-rate-limit.json", {"vipps.429.rate_limit_exceeded"}},
        {"legacy-ecom-35.json", {"vipps.ecom.35.order_not_found"}},
        {"legacy-ecom-81.json", {"vipps.ecom.81.user_not_registered"}},
        {"server-500.json",
         {"vipps.500.unvalidated_request", "vipps.500.string_instead_of_integer",
          "vipps.500.parameter_capitalization", "vipps.500.test_environment"}},
        {"proxy-502.html", {"vipps.5xx.server_error"}},
    };
    auto const table = test_support::response_table();
    for (auto const& p : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(p.name) {
            auto const& m = table.at(p.name);
            pd::response_view const r{
                .status = pd::to_status(m.status), .content_type = m.content_type, .body = p.body};
            char scratch[16384];
            vipps::diagnosis d;
            {
                allocation_scope scope;
                auto const c = pd::classify_view(r, scratch);
                BOOST_TEST_REQUIRE(c.has_value());
                d = vipps::diagnose(*c);
                BOOST_TEST(scope.count() == 0u);
            }
            // Every error response gets at least a fallback.
            BOOST_TEST(!d.empty());
            auto const w = want.find(p.name);
            if (w != want.end())
                BOOST_TEST((ids(d) == w->second));
            // The owning classification diagnoses the same.
            BOOST_TEST((ids(vipps::diagnose(pd::classify(r))) == ids(d)));
        }
    }
}

BOOST_AUTO_TEST_CASE(umbrella_header_brings_the_profile) {
    // <problem_details/vipps.hpp> gives classification, retry advice and the diagnosis.
    auto const c = pd::classify({.status = pd::http_status::locked, .body = ""});
    BOOST_TEST((pd::advise_retry(c).action == pd::retry_action::retry));
    BOOST_TEST((ids(vipps::diagnose(c)) == strings{"vipps.423.locked"}));
}
