// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_LEGACY_CODES_HPP
#define PROBLEM_DETAILS_VIPPS_LEGACY_CODES_HPP

/// The legacy Vipps eCom API's `errorCode`s (bodies such as
/// `[{"errorGroup":"Payment","errorCode":"35","errorMessage":"Requested Order not found"}]`)
/// as an error-code catalog: `vipps::legacy_codes.find(35)->message` is
/// "Requested Order not found", `vipps::legacy_codes.make_error_code(81)`
/// an `error_code` in the category "vipps.legacy", and
/// `vipps::find_legacy_code("81")` reads the code as the body sends it
/// (`classification_view::code`).

#include <problem_details/catalog.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/vipps/diagnosis_catalog.hpp>

#include <string_view>

namespace problem_details::vipps {

namespace detail_legacy_codes {

using detail_diagnosis_catalog::hint_of;

inline constexpr http_status bad_request = http_status::bad_request;

} // namespace detail_legacy_codes

/** Every legacy eCom `errorCode` that can be sourced.

    Sources:
    - 35 "Requested Order not found" and 81 "User not registered with Vipps":
      the seed FAQ (its two "Why do I get errorCode ..." questions) and the
      shared payloads `legacy-ecom-35.json` (HTTP 404) and
      `legacy-ecom-81.json` (HTTP 400).
    - Every other code: the eCom API guide's error table, as kept in the
      shared `payloads/legacy-ecom-error-codes.tsv` (errorCode, errorGroup,
      errorMessage). `message` is the guide's latest wording (its quoted
      text); where the guide adds an explanation, it is the `hint`. Where an
      older wording also exists (the "Payments" rows), it is noted below.
    - Hints for 35, 37, 61, 71, 81, 96 and 97 are the diagnosis catalog's
      (vipps/diagnosis.hpp), which knows those codes from the FAQ.

    Statuses: the table gives no HTTP status per code. 35 arrives with 404
    and 81 with 400 in the shared payloads (`responses.tsv`); every other
    code is given 400 Bad Request, the eCom API's status for a rejected
    request. That is an assumption: a response's own status wins.

    Codes the guide lists twice with two different meanings keep the one of
    the payment APIs and name the other in the hint: 51 (also, in the
    Merchant group, "The Nin scope is not allowed.") and 98 (also, in the
    Payment group, "Payments can only be captured up to 180 days after
    reservation."). The guide's "InvalidRequest" group, whose code is a
    field name, is not a code and is not listed.
*/
inline constexpr catalog_entry<int> legacy_code_entries[] = {
    // --- Merchant ---
    {21, detail_legacy_codes::bad_request, "Reference orderId is not valid."},
    {22, detail_legacy_codes::bad_request, "Reference orderId is not in valid state."},
    {31, detail_legacy_codes::bad_request, "The merchant is blocked.",
     "The merchant can contact customer service for details; Vipps MobilePay cannot reveal them."},
    {32, detail_legacy_codes::bad_request, "The receiving limit of merchant is exceeded.",
     "The merchant has received more money than allowed. The merchant can contact customer service "
     "for details."},
    {33, detail_legacy_codes::bad_request, "The merchant's payment request limit is exceeded.",
     "The merchant has requested more money than allowed. The merchant can contact customer "
     "service for details."},
    {34, detail_legacy_codes::bad_request,
     "Duplicate orderId. The orderId must be unique for each MSN. It has already been used for "
     "this MSN.",
     "The orderId has already been used for another payment for this MSN: use a new orderId, "
     "unique for the MSN (see the orderId recommendations)."},
    // Seed FAQ; the guide's latest wording is "The orderId '...' does not exist for MSN ...".
    {35, http_status::not_found, "Requested Order not found",
     detail_legacy_codes::hint_of("vipps.ecom.35.order_not_found")},
    {36, detail_legacy_codes::bad_request, "The merchant's agreement has not been signed.",
     "The merchant can contact customer service for details."},
    {37, detail_legacy_codes::bad_request,
     "The merchant and/or sales unit is unavailable, deleted, deactivated or blocked for payments.",
     detail_legacy_codes::hint_of("vipps.merchant.unavailable")},
    {38, detail_legacy_codes::bad_request,
     "The sales unit is not allowed to skip the landing page.",
     "See the FAQ and the landing page documentation (skip landing page)."},
    {39, detail_legacy_codes::bad_request,
     "The sales unit is not allowed to initiate long-living payments."},

    // --- Payment (older wordings from the "Payments" rows in comments) ---
    // Older: "User do not have a valid card".
    {41, detail_legacy_codes::bad_request, "The user does not have a valid card.",
     "The customer must add a card."},
    // Older: "Refused by issuer bank".
    {42, detail_legacy_codes::bad_request, "Refused by the issuer.",
     "The customer must contact the issuer, typically the bank."},
    // Older: "Refused by issuer bank because of invalid a amount".
    {43, detail_legacy_codes::bad_request, "Refused by the issuer: Invalid amount."},
    // Older: "Refused by issuer because of expired card".
    {44, detail_legacy_codes::bad_request, "Refused by the issuer: Expired card.",
     "The customer must add a card."},
    // Older: "Reservation failed for some unknown reason".
    {45, detail_legacy_codes::bad_request, "Reservation failed, reason unknown.",
     "Most commonly the customer has not acted upon the payment; the reason cannot be known."},
    // Older: "Cannot cancel already captured order".
    {51, detail_legacy_codes::bad_request,
     "Cannot cancel an orderId that has already been captured.",
     "Do a refund instead. (In the Merchant group the guide also lists 51 as \"The Nin scope is "
     "not allowed.\")"},
    // Older: "Cancellation failed".
    {52, detail_legacy_codes::bad_request, "Cancellation failed, reason unknown."},
    // Older: "Cannot cancel order which is not reserved yet".
    {53, detail_legacy_codes::bad_request, "Cannot cancel an orderId that is not reserved.",
     "The user must first accept the payment."},
    // Older: "Captured amount exceeds the reserved amount ordered".
    {61, detail_legacy_codes::bad_request, "The total capture amount exceeds the reserved amount.",
     detail_legacy_codes::hint_of("vipps.400.capture_exceeds_reserved")},
    // Older: "The amount you tried to capture is not reserved".
    {62, detail_legacy_codes::bad_request, "The amount you tried to capture is not reserved.",
     "The user must accept the payment before capture can be done."},
    // Older: "Capture failed for some unknown reason, please use Get Payment Details API to know the exact status".
    {63, detail_legacy_codes::bad_request, "Capture failed an unknown reason.",
     "Retrieve the payment details to see the exact status."},
    // Older: "Cannot refund more than captured amount".
    {71, detail_legacy_codes::bad_request,
     "Cannot refund a higher amount than the captured amount.",
     detail_legacy_codes::hint_of("vipps.400.refund_exceeds_captured")},
    // Older: "Cannot refund for reserved order, please use Cancel API".
    {72, detail_legacy_codes::bad_request, "Cannot refund a reserved order.",
     "Cancel the orderId instead."},
    // Older: "Cannot refund on cancelled order".
    {73, detail_legacy_codes::bad_request, "Cannot refund a canceled order."},
    {74, detail_legacy_codes::bad_request,
     "Refund failed during debit from the merchant's account."},

    // --- Customer / user ---
    // Seed FAQ ("error 81 and User not registered with Vipps"); the guide's
    // "user" row words it as the phone number problem in the hint.
    {81, detail_legacy_codes::bad_request, "User not registered with Vipps",
     detail_legacy_codes::hint_of("vipps.ecom.81.user_not_registered")},
    // Older: "User App version not supported".
    {82, detail_legacy_codes::bad_request, "The user's app version is not supported.",
     "The user must upgrade the app."},

    // --- VippsError and the rest ---
    {91, detail_legacy_codes::bad_request, "The transaction is not allowed.",
     "Typically shown when attempting to capture a cancelled order."},
    {92, detail_legacy_codes::bad_request, "The transaction has already been processed."},
    // Also: "Captured amount should be same in Idempotent retry" (Payments).
    {93, detail_legacy_codes::bad_request,
     "The request must be identical to the previous request(s) in an idempotent retry.",
     "The same Idempotency-Key cannot be used with different request payloads (e.g. another "
     "capture or refund amount)."},
    {94, detail_legacy_codes::bad_request, "Order locked and is already processing.",
     "This can occur for a short time if a bank has problems and Vipps needs to wait or clean up. "
     "Retry the same request later, with the same Idempotency-Key."},
    {95, detail_legacy_codes::bad_request,
     "Payments can only be refunded up to 365 days after reservation.",
     "The guide also lists \"Direct capture is not allowed. See the Checkout documentation.\" "
     "under this code."},
    {96, detail_legacy_codes::bad_request,
     "Payments can only be captured up to 180 days after reservation.",
     detail_legacy_codes::hint_of("vipps.400.capture_period_passed")},
    {97, detail_legacy_codes::bad_request, "The sales unit is not allowed to perform payments.",
     detail_legacy_codes::hint_of("vipps.403.merchant_not_allowed_for_ecommerce")},
    {98, detail_legacy_codes::bad_request, "Too many concurrent requests.",
     "Used only to prevent obviously incorrect API use: do not send the same request concurrently. "
     "(In the "
     "Payment group the guide also lists 98 as \"Payments can only be captured up to 180 days "
     "after reservation.\")"},
    {99, detail_legacy_codes::bad_request, "Internal error.",
     "In practice this is always a bad request combined with inadequate validation on the API's "
     "side: check the request against the API specification."},
    {1082, detail_legacy_codes::bad_request, "This person is not BankID verified.",
     "This only applies to test users."},
    {1501, detail_legacy_codes::bad_request, "This person cannot pay to companies.",
     "Used for Vipps users under the age of 15."},
};

/// The catalog of `legacy_code_entries`, error category "vipps.legacy".
inline constexpr catalog<legacy_code_entries, "vipps.legacy"> legacy_codes{};

/** The entry for a legacy `errorCode` as the body sends it, e.g. "35"
    (`classification_view::code`), or nullptr: when `code` is not 1 to 9
    ASCII digits (no sign, no spaces) or no entry has it. O(log n),
    constexpr, no allocation. */
constexpr catalog_entry<int> const* find_legacy_code(std::string_view code) noexcept {
    if (code.empty() || code.size() > 9)
        return nullptr;
    int n = 0;
    for (char c : code) {
        if (c < '0' || c > '9')
            return nullptr;
        n = n * 10 + (c - '0');
    }
    return legacy_codes.find(n);
}

namespace detail_legacy_codes {

inline constexpr std::size_t code_count =
    sizeof(legacy_code_entries) / sizeof(legacy_code_entries[0]);
inline constexpr std::string_view id_prefix = "vipps.legacy.";

/// "vipps.legacy.<code>" for every entry, as storage for diagnosis ids.
struct code_ids {
    char text[code_count][24]{};
    std::size_t size[code_count]{};
};

consteval code_ids make_code_ids() {
    code_ids r;
    for (std::size_t i = 0; i < code_count; ++i) {
        std::size_t n = 0;
        for (char c : id_prefix)
            r.text[i][n++] = c;
        char digits[12]{};
        std::size_t k = 0;
        for (int v = legacy_code_entries[i].code; v > 0; v /= 10)
            digits[k++] = static_cast<char>('0' + v % 10);
        while (k > 0)
            r.text[i][n++] = digits[--k];
        r.size[i] = n;
    }
    return r;
}

inline constexpr code_ids ids = make_code_ids();

struct code_diagnoses {
    diagnosis_entry entries[code_count]{};
};

consteval code_diagnoses make_code_diagnoses() {
    code_diagnoses r;
    for (std::size_t i = 0; i < code_count; ++i) {
        auto const& c = legacy_code_entries[i];
        std::string_view const id(ids.text[i], ids.size[i]);
        r.entries[i].id = id;
        r.entries[i].hint = c.hint.empty() ? c.message : c.hint;
        r.entries[i].codes = {id.substr(id_prefix.size())};
    }
    return r;
}

/// The legacy codes as diagnosis entries (see vipps::legacy_code_diagnosis).
inline constexpr code_diagnoses diagnoses = make_code_diagnoses();

} // namespace detail_legacy_codes

/// The legacy catalog's entry for a legacy `errorCode` as the body sends
/// it ("44"), as a diagnosis entry (id "vipps.legacy.44", the catalog's
/// hint, else its message); nullptr when the catalog has no such code.
/// `diagnose` (vipps/diagnosis.hpp) gives it for a legacy body.
inline diagnosis_entry const* legacy_code_diagnosis(std::string_view code) noexcept {
    auto const* const e = find_legacy_code(code);
    if (!e)
        return nullptr;
    for (std::size_t i = 0; i < detail_legacy_codes::code_count; ++i)
        if (legacy_code_entries[i].code == e->code)
            return &detail_legacy_codes::diagnoses.entries[i];
    return nullptr;
}

} // namespace problem_details::vipps

#endif
