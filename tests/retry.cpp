// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/retry.hpp>

#define BOOST_TEST_MODULE retry
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/responses.hpp"

#include <chrono>
#include <map>
#include <string>

using namespace std::chrono;
using namespace std::chrono_literals;
using test_support::allocation_scope;

namespace {

sys_seconds at(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
    return sys_days(year{y} / month{m} / day{d}) + hours(hh) + minutes(mm) + seconds(ss);
}

// RFC 9110's own example instant.
sys_seconds const rfc_example = at(1994, 11, 6, 8, 49, 37);

pd::retry_advice advise(int status, std::string_view retry_after = {},
                        pd::retry_request const& req = {}, pd::retry_policy const& pol = {}) {
    return pd::advise_retry(pd::to_status(status), retry_after, req, pol);
}

} // namespace

BOOST_AUTO_TEST_CASE(http_date_three_forms) {
    auto const imf = pd::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
    BOOST_TEST_REQUIRE(imf.has_value());
    BOOST_TEST((*imf == rfc_example));
    auto const rfc850 = pd::parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT");
    BOOST_TEST_REQUIRE(rfc850.has_value());
    BOOST_TEST((*rfc850 == rfc_example));
    auto const asctime = pd::parse_http_date("Sun Nov  6 08:49:37 1994");
    BOOST_TEST_REQUIRE(asctime.has_value());
    BOOST_TEST((*asctime == rfc_example));
    auto const asctime2 = pd::parse_http_date("Thu Feb 29 23:59:59 2024");
    BOOST_TEST_REQUIRE(asctime2.has_value());
    BOOST_TEST((*asctime2 == at(2024, 2, 29, 23, 59, 59)));
    // Surrounding whitespace is fine.
    BOOST_TEST(pd::parse_http_date("  Sun, 06 Nov 1994 08:49:37 GMT ").has_value());
}

BOOST_AUTO_TEST_CASE(http_date_two_digit_years) {
    // RFC 9110: a year more than 50 years in the future is the most recent past one.
    sys_seconds const now = at(2026, 1, 1, 0, 0, 0);
    BOOST_TEST(
        (*pd::parse_http_date("Monday, 01-Jan-74 00:00:00 GMT", now) == at(2074, 1, 1, 0, 0, 0)));
    BOOST_TEST(
        (*pd::parse_http_date("Monday, 01-Jan-80 00:00:00 GMT", now) == at(1980, 1, 1, 0, 0, 0)));
    BOOST_TEST(
        (*pd::parse_http_date("Monday, 01-Jan-26 00:00:00 GMT", now) == at(2026, 1, 1, 0, 0, 0)));
    // Without a clock: 70..99 are 19xx, 00..69 are 20xx.
    BOOST_TEST((*pd::parse_http_date("Monday, 01-Jan-69 00:00:00 GMT") == at(2069, 1, 1, 0, 0, 0)));
    BOOST_TEST((*pd::parse_http_date("Monday, 01-Jan-70 00:00:00 GMT") == at(1970, 1, 1, 0, 0, 0)));
}

BOOST_AUTO_TEST_CASE(http_date_rejects) {
    for (std::string_view bad : {
             "",
             "Sun, 06 Nov 1994 08:49:37 UTC", // GMT only
             "Sun, 6 Nov 1994 08:49:37 GMT",  // 2DIGIT day
             "Sun, 06 nov 1994 08:49:37 GMT", // case-sensitive
             "Sun, 31 Feb 1994 08:49:37 GMT", // no such day
             "Sun, 06 Nov 1994 24:00:00 GMT", // hour
             "Sun, 06 Nov 1994 08:60:00 GMT", // minute
             "Sun, 06 Nov 94 08:49:37 GMT",   // 4DIGIT year in IMF-fixdate
             "Sun, 06 Nov 1994 08:49:37 GMT x",
             "Sunday, 06-Nov-1994 08:49:37 GMT",
             "Sun Nov 6 08:49:37 1994", // asctime pads the day with a space
             "Xyz, 06 Nov 1994 08:49:37 GMT",
             "1994-11-06T08:49:37Z",
             "120",
         }) {
        BOOST_TEST_CONTEXT(bad) {
            auto const r = pd::parse_http_date(bad);
            BOOST_TEST_REQUIRE(r.has_error());
            BOOST_TEST((r.error() == pd::error::invalid_retry_after));
        }
    }
}

BOOST_AUTO_TEST_CASE(retry_after_values) {
    sys_seconds const now = rfc_example;
    BOOST_TEST((*pd::parse_retry_after("120", now) == 120s));
    BOOST_TEST((*pd::parse_retry_after(" 0 ", now) == 0s));
    BOOST_TEST(
        (*pd::parse_retry_after("99999999999999999999999", now) == seconds(std::int64_t(1) << 31)));
    BOOST_TEST((*pd::parse_retry_after("Sun, 06 Nov 1994 08:50:37 GMT", now) == 60s));
    BOOST_TEST((*pd::parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now) == 0s)); // past: now
    BOOST_TEST((*pd::parse_retry_after("Sunday, 06-Nov-94 08:49:47 GMT", now) == 10s));
    BOOST_TEST((*pd::parse_retry_after("Sun Nov  6 08:51:37 1994", now) == 120s));
    for (std::string_view bad : {"", "-1", "1.5", "12s", "+5", "soon"})
        BOOST_TEST(pd::parse_retry_after(bad, now).has_error(), bad);
}

BOOST_AUTO_TEST_CASE(delay_hints) {
    BOOST_TEST(
        (pd::delay_hint_from_message("Rate limit is exceeded. Try again in 7 seconds.") == 7s));
    BOOST_TEST((pd::delay_hint_from_message("try again in 1 second") == 1s));
    BOOST_TEST((pd::delay_hint_from_message("Please TRY AGAIN IN 2 minutes") == 120s));
    BOOST_TEST((pd::delay_hint_from_message("Try again in 30s") == 30s));
    BOOST_TEST(!pd::delay_hint_from_message("Try again later").has_value());
    BOOST_TEST(!pd::delay_hint_from_message("Try again in a moment").has_value());
    BOOST_TEST(!pd::delay_hint_from_message("Try again in 7 parsecs").has_value());
    BOOST_TEST(!pd::delay_hint_from_message("").has_value());
}

BOOST_AUTO_TEST_CASE(seed_rules) {
    using A = pd::retry_action;
    // 2xx: nothing; 1xx, 3xx: not errors either.
    for (int s : {200, 201, 204, 100, 301, 304}) {
        auto const a = advise(s);
        BOOST_TEST((a.action == A::not_needed), s);
        BOOST_TEST(!a.delay.has_value());
    }
    // 4xx: fix the request, with a new key.
    for (int s : {400, 401, 403, 404, 409, 422, 499}) {
        auto const a = advise(s, "5");
        BOOST_TEST((a.action == A::fix_request), s);
        BOOST_TEST(!a.reuse_idempotency_key);
        BOOST_TEST(!a.delay.has_value());
    }
    // 423 and 429: retried with the same key, whatever the request.
    for (int s : {423, 429}) {
        auto const a = advise(s);
        BOOST_TEST((a.action == A::retry), s);
        BOOST_TEST(a.reuse_idempotency_key);
        BOOST_TEST((a.delay == milliseconds(1000)));
    }
    // 5xx: only when safe.
    BOOST_TEST((advise(500).action == A::give_up));
    BOOST_TEST((advise(503, {}, {.idempotent = true}).action == A::retry));
    auto const keyed = advise(500, {}, {.idempotency_key_sent = true});
    BOOST_TEST((keyed.action == A::retry));
    BOOST_TEST(keyed.reuse_idempotency_key);
    // 5xx that retrying does not fix.
    BOOST_TEST((advise(501, {}, {.idempotent = true}).action == A::give_up));
    BOOST_TEST((advise(505, {}, {.idempotent = true}).action == A::give_up));
    // No status at all.
    BOOST_TEST((pd::advise_retry(std::nullopt, {}).action == A::give_up));
}

BOOST_AUTO_TEST_CASE(delays) {
    using A = pd::retry_action;
    // Retry-After, both forms.
    BOOST_TEST((advise(429, "7").delay == 7000ms));
    BOOST_TEST(
        (advise(503, "Sun, 06 Nov 1994 08:50:07 GMT", {.idempotent = true, .now = rfc_example})
             .delay == 30000ms));
    // A date without a clock is not guessed: backoff.
    BOOST_TEST(
        (advise(503, "Sun, 06 Nov 1994 08:50:07 GMT", {.idempotent = true}).delay == 1000ms));
    // An unreadable Retry-After: backoff.
    BOOST_TEST((advise(429, "soon").delay == 1000ms));
    // Asking for too long gives up.
    auto const far = advise(429, "3600");
    BOOST_TEST((far.action == A::give_up));
    BOOST_TEST(!far.delay.has_value());
    // Exponential backoff, capped; attempts bounded.
    pd::retry_policy pol;
    pol.max_attempts = 10;
    pol.base_delay = 500ms;
    pol.max_delay = 3s;
    BOOST_TEST((advise(423, {}, {.attempt = 1}, pol).delay == 500ms));
    BOOST_TEST((advise(423, {}, {.attempt = 2}, pol).delay == 1000ms));
    BOOST_TEST((advise(423, {}, {.attempt = 3}, pol).delay == 2000ms));
    BOOST_TEST((advise(423, {}, {.attempt = 4}, pol).delay == 3000ms));
    BOOST_TEST((advise(423, {}, {.attempt = 9}, pol).delay == 3000ms));
    BOOST_TEST((advise(423, {}, {.attempt = 10}, pol).action == A::give_up));
    BOOST_TEST((advise(423, {}, {.attempt = 4000000000u}, pol).action == A::give_up));
    pol.max_attempts = 100;
    BOOST_TEST((advise(423, {}, {.attempt = 64}, pol).delay == 3000ms)); // no overflow
    // Jitter: a fraction of the computed delay, never of the server's.
    pol.jitter = 0.5;
    BOOST_TEST((advise(423, {}, {.attempt = 1, .random = 0.5}, pol).delay == 375ms));
    BOOST_TEST((advise(423, {}, {.attempt = 1, .random = 0.0}, pol).delay == 500ms));
    BOOST_TEST((advise(429, "2", {.attempt = 1, .random = 0.9}, pol).delay == 2000ms));
    pol.jitter = 1.0;
    BOOST_TEST((advise(423, {}, {.attempt = 1, .random = 0.999}, pol).delay < 5ms));
}

BOOST_AUTO_TEST_CASE(policy_is_adjustable) {
    using A = pd::retry_action;
    pd::retry_policy pol;
    // Production SDKs may decide a 500 means a bad request (the seed says it usually does).
    pol.retry_if_safe.erase(pd::http_status::internal_server_error);
    BOOST_TEST((advise(500, {}, {.idempotency_key_sent = true}, pol).action == A::give_up));
    // ... and that 408 is worth a retry.
    pol.retry_if_safe.insert(pd::http_status::request_timeout);
    BOOST_TEST((advise(408, {}, {.idempotent = true}, pol).action == A::retry));
    BOOST_TEST((advise(408, {}, {}, pol).action == A::give_up));
    pol.retry_same_key.erase(pd::http_status::locked);
    BOOST_TEST((advise(423, {}, {}, pol).action == A::fix_request));
    constexpr pd::status_set s{pd::http_status::ok, pd::http_status{599}};
    static_assert(s.contains(pd::http_status::ok) && s.contains(pd::http_status{599}));
    static_assert(!s.contains(pd::http_status{600}) && !s.contains(pd::http_status{99}));
}

BOOST_AUTO_TEST_CASE(every_shared_payload) {
    using A = pd::retry_action;
    // With an Idempotency-Key sent (the Vipps MobilePay APIs require one).
    std::map<std::string, std::pair<A, int>> const want = {
        {"faq-validation-error.json", {A::fix_request, -1}},
        {"faq-validation-error.min.json", {A::fix_request, -1}},
        {"invalid-params.json", {A::fix_request, -1}},
        {"epayment-traceid.json", {A::fix_request, -1}},
        {"gateway-401-invalid-key.json", {A::fix_request, -1}},
        {"gateway-401-missing-key.json", {A::fix_request, -1}},
        {"gateway-429-rate-limit.json", {A::retry, 7000}},
        {"legacy-ecom-35.json", {A::fix_request, -1}},
        {"legacy-ecom-81.json", {A::fix_request, -1}},
        {"server-500.json", {A::retry, 1000}},
        {"proxy-502.html", {A::retry, 1000}},
    };
    auto const table = test_support::response_table();
    for (auto const& p : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(p.name) {
            auto const& m = table.at(p.name);
            std::string const retry_after = m.header("Retry-After");
            pd::response_view const r{.status = pd::to_status(m.status),
                                      .content_type = m.content_type,
                                      .retry_after = retry_after,
                                      .body = p.body};
            char scratch[16384];
            allocation_scope scope;
            auto const c = pd::classify_view(r, scratch);
            BOOST_TEST_REQUIRE(c.has_value());
            pd::retry_advice const a = pd::advise_retry(*c, {.idempotency_key_sent = true});
            BOOST_TEST(scope.count() == 0u);
            // The seed: 4xx fix (but 423/429 retry), 5xx retry only when safe.
            auto const cls = pd::class_of(*c->status);
            if (cls == pd::status_class::client_error && m.status != 423 && m.status != 429)
                BOOST_TEST((a.action == A::fix_request));
            BOOST_TEST(a.reuse_idempotency_key == (a.action == A::retry));
            BOOST_TEST(a.delay.has_value() == (a.action == A::retry));
            auto const w = want.find(p.name);
            if (w == want.end())
                continue;
            BOOST_TEST((a.action == w->second.first));
            if (a.delay)
                BOOST_TEST(a.delay->count() == w->second.second);
        }
    }
}

BOOST_AUTO_TEST_CASE(gateway_429_message_without_retry_after) {
    auto const body = test_support::payload_body("gateway-429-rate-limit.json");
    auto const c = pd::classify({.status = pd::http_status::too_many_requests, .body = body});
    auto const a = pd::advise_retry(c);
    BOOST_TEST((a.action == pd::retry_action::retry));
    BOOST_TEST((a.delay == 7000ms)); // from "Try again in 7 seconds."
    BOOST_TEST(a.reuse_idempotency_key);
    // Retry-After wins over the message.
    auto const c2 = pd::classify(
        {.status = pd::http_status::too_many_requests, .retry_after = "3", .body = body});
    BOOST_TEST((pd::advise_retry(c2).delay == 3000ms));
}

BOOST_AUTO_TEST_CASE(action_names) {
    BOOST_TEST(pd::to_string(pd::retry_action::not_needed) == "none");
    BOOST_TEST(pd::to_string(pd::retry_action::fix_request) == "fix_request");
    BOOST_TEST(pd::to_string(pd::retry_action::retry) == "retry");
    BOOST_TEST(pd::to_string(pd::retry_action::give_up) == "give_up");
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    // The old name of not_needed, kept one version: the same value, the same text.
    static_assert(pd::retry_action::none == pd::retry_action::not_needed);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    BOOST_TEST((pd::retry_advice{}.action == pd::retry_action::not_needed));
}
