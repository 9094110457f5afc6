// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_DIAGNOSIS_CATALOG_HPP
#define PROBLEM_DETAILS_VIPPS_DIAGNOSIS_CATALOG_HPP

/// The Vipps MobilePay error FAQ as data: every cause it names and how to
/// recognise it in a response (status, message, legacy errorCode). Apart
/// from `diagnose` (vipps/diagnosis.hpp) so that the legacy catalog, which
/// reuses the FAQ's hints, and `diagnose`, which uses the legacy catalog,
/// include it without including each other.

#include <problem_details/http_status.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace problem_details::vipps {

/** How a diagnosis matched, most specific first. */
enum class match_kind : unsigned char {
    /// The response's message (title or detail) matched one of the entry's patterns.
    message,
    /// The body's error code (`errorCode`) is one of the entry's codes.
    code,
    /// Only the status matched: a fallback, given when nothing more specific did.
    status,
    /// Only the status class (4xx, 5xx) matched: the last fallback.
    status_class,
};

/// "message", "code", "status", "status_class".
constexpr std::string_view to_string(match_kind k) noexcept {
    switch (k) {
    case match_kind::message: return "message";
    case match_kind::code: return "code";
    case match_kind::status: return "status";
    case match_kind::status_class: return "status_class";
    }
    return "unknown";
}

/** One cause the FAQ names.

    Match rules: when `messages` has patterns, the entry matches a response
    whose title or detail matches one of them (and whose status is `status`,
    if that is set and the response's status is known). When `codes` has
    values, it matches a body whose `errorCode` is one of them. An entry
    with neither is a fallback: by exact `status`, or, with `status` 0, by
    `category`.

    Patterns are ASCII case-insensitive and match anywhere in the text;
    `*` stands for any run of characters and `#` for one or more digits.
*/
struct diagnosis_entry {
    /// Stable identifier, e.g. "vipps.401.invalid_subscription_key".
    std::string_view id;
    /// What the integrator most likely did wrong and what to do, from the FAQ.
    std::string_view hint;
    /// The status the entry applies to; 0 for any.
    std::uint16_t status = 0;
    /// The class a class fallback applies to (only with `status` 0 and no patterns or codes).
    std::optional<status_class> category = std::nullopt;
    /// Message patterns (empty ones unused).
    std::array<std::string_view, 3> messages{};
    /// Legacy `errorCode` values (empty ones unused).
    std::array<std::string_view, 2> codes{};

    constexpr bool has_messages() const noexcept { return !messages[0].empty(); }
    constexpr bool has_codes() const noexcept { return !codes[0].empty(); }
};

/** The catalog: every cause the seed FAQ names. Entries are ordered most
    specific first within each kind; ids never change meaning. */
inline constexpr diagnosis_entry diagnosis_catalog[] = {
    // --- 401 Unauthorized: the API gateway's messages -------------------------
    {"vipps.401.invalid_subscription_key",
     "The Ocp-Apim-Subscription-Key header holds a key that is not valid for an active "
     "subscription. "
     "Use the subscription key of this sales unit (MSN) in this environment (test and production "
     "keys "
     "differ), copy all of it (double-clicking can drop a trailing '='), and use the same "
     "subscription "
     "key for the access token and for the payment requests.",
     401,
     std::nullopt,
     {"Access denied due to invalid subscription key"},
     {}},
    {"vipps.401.missing_subscription_key",
     "The request has no Ocp-Apim-Subscription-Key header. Send the subscription key with every "
     "request, and check the header's spelling against the API specification.",
     401,
     std::nullopt,
     {"Access denied due to missing subscription key"},
     {}},
    {"vipps.401.subscription_not_found",
     "The subscription key does not belong to a subscription for this API: check that it is the "
     "key "
     "of this sales unit (MSN) in this environment, copied completely, and that the sales unit has "
     "access to this API product (portal.vippsmobilepay.com).",
     401,
     std::nullopt,
     {"Subscription not found"},
     {}},
    {"vipps.401.invalid_access_token",
     "Despite its wording, this normally means the Authorization header (the access token) is "
     "invalid: check that it is sent as 'Authorization: Bearer <access token>' (without 'Bearer' "
     "you "
     "may get a 401; header values are case-sensitive, 'bearer' is not the same), that the token "
     "has "
     "not expired, and that it was fetched for this MSN with the same subscription key. See the "
     "Access token API.",
     401,
     std::nullopt,
     {"Something went wrong, please try again later"},
     {}},

    // --- 403 Forbidden ------------------------------------------------------------
    {"vipps.403.merchant_not_allowed_for_ecommerce",
     "The sales unit (MSN) is approved only for the Login API, and merchants that only need login "
     "have not been through the compliance checks payments require. Apply for access to the "
     "ePayment (or eCom) API by ordering Payment Integration on portal.vippsmobilepay.com. A sales "
     "unit approved for the eCom API can also use the Login API, not the other way around.",
     0,
     std::nullopt,
     {"Merchant Not Allowed for Ecommerce Payment"},
     {}},

    // --- Invalid MSN: the three messages ------------------------------------------
    {"vipps.msn.missing_merchant_serial_number",
     "No MSN in the message means the Merchant-Serial-Number header is missing from the request: "
     "with partner keys, every request must name the sales unit in that header.",
     0,
     std::nullopt,
     {"Invalid MSN: This MSN is not valid for the provided supermerchant ID"},
     {}},
    {"vipps.msn.not_valid_for_supermerchant",
     "The partner's request mixes environments or keys: API keys for the test environment used in "
     "production (or the opposite), an MSN of the other environment, or partner keys without the "
     "required Merchant-Serial-Number header.",
     0,
     std::nullopt,
     {"Invalid MSN: #. This MSN is not valid for the provided supermerchant ID"},
     {}},
    {"vipps.msn.not_valid_for_psp",
     "Check that the credentials are the right ones for this environment. A PSP can only initiate "
     "payments for MSNs connected to it: an MSN created by another PSP cannot be used; create a "
     "new "
     "MSN with the PSP Signup API.",
     0,
     std::nullopt,
     {"This MSN is not valid for the provided PSP ID"},
     {}},
    {"vipps.msn.check_api_keys",
     "The MSN does not match the API keys: partner keys used for a sales unit that is not "
     "registered "
     "with the partner, test-environment keys used in production (or the opposite), or partner "
     "keys "
     "without a correct Merchant-Serial-Number header. Check the keys on "
     "portal.vippsmobilepay.com.",
     0,
     std::nullopt,
     {"Invalid MSN: #. Check your API keys"},
     {}},

    // --- Merchant availability ----------------------------------------------------
    {"vipps.merchant.unavailable",
     "The merchant or sales unit is not available or active. Causes: the merchant did not confirm "
     "its information within 30 days of the first email and was deactivated; it was deleted from "
     "Brønnøysundregistrene or changed organization type (e.g. ENK to AS); the sales unit was "
     "deactivated on portal.vippsmobilepay.com (it can be reactivated there); or, with partner "
     "keys, "
     "the partner itself is deactivated. Check the portal first, then contact customer service.",
     0,
     std::nullopt,
     {"unavailable, deleted, deactivated"},
     {"37"}},

    // --- Orders and payments not found ----------------------------------------------
    {"vipps.ecom.35.order_not_found",
     "The orderId is wrong, or the payment was initiated with the API keys of one sales unit (MSN) "
     "and is being read with the keys of another: an orderId (and a reference) is unique per MSN "
     "only, not globally.",
     0,
     std::nullopt,
     {"Requested Order not found", "does not exist for MSN"},
     {"35"}},
    {"vipps.404.payment_not_found",
     "No payment with this reference for these API keys: the reference is wrong, belongs to a "
     "payment of another MSN (references are unique per MSN only), or the payment was created with "
     "another API (e.g. initiated with the ePayment API and read with the eCom API).",
     404,
     std::nullopt,
     {"Payment not found"},
     {}},

    // --- Users --------------------------------------------------------------------
    {"vipps.ecom.81.user_not_registered",
     "The most common reasons: the phone number is incorrectly formatted (an attempt is made to "
     "correct it; a number that still fails gives this error, as does a non-Norwegian number), the "
     "user is under 15 and cannot pay businesses, or the number is not a Vipps or MobilePay user. "
     "Vipps MobilePay cannot say more: a user's age, blocking or spending limit is not disclosed.",
     0,
     std::nullopt,
     {"User not registered with Vipps", "User unknown"},
     {"81"}},
    {"vipps.user.app_installed_15_years",
     "In the test environment: a real user was used (use a test user), or a new test user has not "
     "logged into the test app before making payments.",
     0,
     std::nullopt,
     {"15 years"},
     {}},

    // --- 400 Bad Request: the FAQ's common errors ---------------------------------
    {"vipps.400.capture_exceeds_reserved",
     "You cannot capture a higher amount than the user has accepted (reserved). In rare cases this "
     "comes from rounding errors on the merchant's side: check the payment details.",
     0,
     std::nullopt,
     {"exceeds the reserved amount"},
     {"61"}},
    {"vipps.400.refund_exceeds_captured",
     "You cannot refund more than has been captured.",
     0,
     std::nullopt,
     {"refund more than captured", "refund a higher amount than the captured"},
     {"71"}},
    {"vipps.400.capture_period_passed",
     "The payment's capture period has passed: a reservation can only be captured until its "
     "capture "
     "deadline. See Payment capture deadlines.",
     0,
     std::nullopt,
     {"captured up to # days", "capture period"},
     {"96"}},
    {"vipps.400.invalid_callback_url",
     "The callbackUrl is invalid: it must be an HTTPS URL that validates according to the API "
     "specification.",
     400,
     std::nullopt,
     {"callbackUrl"},
     {}},
    {"vipps.400.invalid_amount",
     "The amount is invalid: check it against the API specification (an integer in minor units, "
     "within the allowed range).",
     400,
     std::nullopt,
     {"Invalid amount"},
     {}},

    // --- 429 rate limiting ----------------------------------------------------------
    {"vipps.429.rate_limit_exceeded",
     "The endpoint is rate-limited to stop incorrect use (this has nothing to do with capacity). "
     "Wait as long as the response says (Retry-After, or 'Try again in N seconds'), retry with the "
     "same Idempotency-Key, and call less often.",
     0,
     std::nullopt,
     {"Rate limit is exceeded"},
     {}},

    // --- CORS -------------------------------------------------------------------------
    {"vipps.cors",
     "A CORS error is raised on your side, not by Vipps MobilePay: the API is being called from a "
     "web page and the browser, or your web server's configuration, blocks it. The APIs only see "
     "HTTPS requests and cannot fix CORS for you: call them from your server.",
     0,
     std::nullopt,
     {"CORS", "Cross-Origin"},
     {}},

    // --- Fallbacks by status (the FAQ's "Why do I get HTTP ...?") -----------------------
    {"vipps.400.bad_request",
     "The API request is incorrect; the response body says what is wrong. Common errors: invalid "
     "API "
     "keys, an invalid amount, an invalid callbackUrl, capturing more than the reserved amount, "
     "refunding more than was captured, an unknown user (phone number incorrectly formatted, not a "
     "Vipps or MobilePay user, under 15, or a non-Norwegian number), a capture after the capture "
     "period.",
     400,
     std::nullopt,
     {},
     {}},
    {"vipps.401.unauthorized",
     "Wrong API keys or an incorrect Authorization header: every 401 so far has been caused by "
     "incorrect use. Check: a valid, unexpired access token sent as 'Authorization: Bearer "
     "<token>'; "
     "the client_id, client_secret and Ocp-Apim-Subscription-Key of this MSN, copied completely "
     "(trailing '='); the same subscription key for the token and the requests; header names "
     "spelled "
     "as in the specification (they are case-sensitive); the right environment (test and "
     "production "
     "have different MSNs and keys); with partner keys, Merchant-Serial-Number in the header (not "
     "merchantSerialNumber in the body). Regenerating the keys is the very last resort.",
     401,
     std::nullopt,
     {},
     {}},
    {"vipps.403.forbidden",
     "Authentication succeeded, but the credentials lack authorization: e.g. a sales unit approved "
     "only for the Login API calling the ePayment or eCom API ('Merchant Not Allowed for Ecommerce "
     "Payment').",
     403,
     std::nullopt,
     {},
     {}},
    {"vipps.403.partner_keys",
     "With partner keys: the Merchant-Serial-Number header names a sales unit (MSN) that is not "
     "connected to this partner (the merchant can see its partner in the portal; for access, the "
     "partner contacts partner@vippsmobilepay.com with the organization number and MSN), or the "
     "Merchant-Serial-Number header is missing.",
     403,
     std::nullopt,
     {},
     {}},
    {"vipps.404.unknown_endpoint",
     "Check the response body. The request may be for an API endpoint that does not exist.",
     404,
     std::nullopt,
     {},
     {}},
    {"vipps.404.other_msn",
     "The API keys of one MSN may be used for a payment (orderId or reference) that belongs to a "
     "different MSN.",
     404,
     std::nullopt,
     {},
     {}},
    {"vipps.404.api_mix_up",
     "The payment may have been initiated with one API and read with another (e.g. initiated with "
     "the ePayment API, retrieved with the eCom API).",
     404,
     std::nullopt,
     {},
     {}},
    {"vipps.409.conflict",
     "Unsuccessful because of a conflicting resource: the body says which.",
     409,
     std::nullopt,
     {},
     {}},
    {"vipps.423.locked",
     "Can be caused by transient errors outside Vipps MobilePay's control, or by sending the same "
     "call several times within a very short time. Retry after a short delay with the same "
     "Idempotency-Key, and do not repeat calls in quick succession.",
     423,
     std::nullopt,
     {},
     {}},
    {"vipps.429.too_many_requests",
     "Rate-limited: some endpoints are rate-limited to stop incorrect use. Wait (Retry-After), "
     "retry "
     "with the same Idempotency-Key, and call less often.",
     429,
     std::nullopt,
     {},
     {}},
    {"vipps.500.unvalidated_request",
     "A 500 usually means your request has a problem that the API's input validation did not catch "
     "(it should have been a 400). Make sure the JSON payload validates against the API "
     "specification; compare with the Quick Start guide, its curl commands and Postman collection.",
     500,
     std::nullopt,
     {},
     {}},
    {"vipps.500.string_instead_of_integer",
     "Check the JSON types: sending a string where the specification says integer (e.g. amount as "
     "a string), or the opposite, can give a 500.",
     500,
     std::nullopt,
     {},
     {}},
    {"vipps.500.parameter_capitalization",
     "Check the capitalization of every parameter: e.g. 'phonenumber' where the specification says "
     "'phoneNumber' can give a 500.",
     500,
     std::nullopt,
     {},
     {}},
    {"vipps.500.test_environment",
     "In the test environment, a 500 may be a glitch of its weaker SQL server under very high "
     "traffic: retry the request (with the same Idempotency-Key) and see if it helps.",
     500,
     std::nullopt,
     {},
     {}},
    {"vipps.4xx.client_error",
     "A client error: the problem is in the request, and you must correct it. The response body "
     "says what is wrong.",
     0,
     status_class::client_error,
     {},
     {}},
    {"vipps.5xx.server_error",
     "A server error: the problem is on the server's side (or a proxy or gateway in between), not "
     "in "
     "your request. Retry later if the request is safe to repeat (idempotent, or with the same "
     "Idempotency-Key); it is the integrator's job to monitor errors.",
     0,
     status_class::server_error,
     {},
     {}},
};

/// The entry with this id, or nullptr. Linear, no allocation.
constexpr diagnosis_entry const* find_diagnosis(std::string_view id) noexcept {
    for (auto const& e : diagnosis_catalog)
        if (e.id == id)
            return &e;
    return nullptr;
}

namespace detail_diagnosis_catalog {

// The hint of a diagnosis entry, for the catalogs (legacy_codes.hpp,
// status_catalog.hpp): where a diagnosis already explains a code or a
// status, the catalog says the same, written once.
consteval std::string_view hint_of(std::string_view diagnosis_id) {
    auto const* e = find_diagnosis(diagnosis_id);
    return e != nullptr ? e->hint : std::string_view{};
}

} // namespace detail_diagnosis_catalog

} // namespace problem_details::vipps

#endif
