// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_HTTP_STATUS_HPP
#define PROBLEM_DETAILS_HTTP_STATUS_HPP

#include <problem_details/error.hpp>
#include <problem_details/result.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/error_condition.hpp>

#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace problem_details {

/** An HTTP response status code.

    Every code in the IANA "HTTP Status Code" registry has an enumerator named
    after its reason phrase in snake_case, as RFC 9110 (and RFCs 2518, 2774,
    3229, 4918, 5842, 6585, 7725, 8297, 8470, 2295, 7538 for the others) spell
    it: `http_status::too_many_requests`, `http_status::content_too_large`,
    `http_status::unprocessable_content`. Any other value is a valid
    `http_status` too (`http_status{499}`): it is simply not registered, and
    the functions below treat it by its class, as RFC 9110 §15 asks of clients.

    Choices worth knowing:
    - 100 is `continue_`, because `continue` is a C++ keyword; its `name()` is
      still "continue".
    - 306 and 418 are registered as reserved, "(Unused)" (RFC 9110 §15.4.7,
      §15.5.19), so they have enumerators, `unused_306` and `unused_418`
      (418 is not "I'm a teapot": that was HTCPCP, RFC 2324, never HTTP).
      `is_registered` is true for them and `is_reserved` tells them apart.
    - 104 "Upload Resumption Supported" is absent: it was only a temporary
      registration for an Internet-Draft (2024-11-13, expiring 2025-11-13).
    - 510 `not_extended` is registered, though obsoleted (RFC 2774 is
      Historic); 102 `processing` likewise (RFC 2518).

    `http_status` is also a Boost.System error-code enum; see
    `make_error_code(http_status)`. One consequence: an `http_status`
    converts to `error_code` as well, so `result<http_status>` cannot be
    built implicitly from one; write
    `result<http_status>(boost::system::in_place_value, s)`.
*/
enum class http_status : std::uint16_t {
    // --- 1xx informational ---
    /// 100 Continue (RFC 9110 §15.2.1). Named `continue_`: `continue` is a keyword.
    continue_ = 100,
    /// 101 Switching Protocols (RFC 9110 §15.2.2).
    switching_protocols = 101,
    /// 102 Processing (RFC 2518 §10.1).
    processing = 102,
    /// 103 Early Hints (RFC 8297).
    early_hints = 103,

    // --- 2xx successful ---
    /// 200 OK (RFC 9110 §15.3.1).
    ok = 200,
    /// 201 Created (RFC 9110 §15.3.2).
    created = 201,
    /// 202 Accepted (RFC 9110 §15.3.3).
    accepted = 202,
    /// 203 Non-Authoritative Information (RFC 9110 §15.3.4).
    non_authoritative_information = 203,
    /// 204 No Content (RFC 9110 §15.3.5).
    no_content = 204,
    /// 205 Reset Content (RFC 9110 §15.3.6).
    reset_content = 205,
    /// 206 Partial Content (RFC 9110 §15.3.7).
    partial_content = 206,
    /// 207 Multi-Status (RFC 4918 §11.1).
    multi_status = 207,
    /// 208 Already Reported (RFC 5842 §7.1).
    already_reported = 208,
    /// 226 IM Used (RFC 3229 §10.4.1).
    im_used = 226,

    // --- 3xx redirection ---
    /// 300 Multiple Choices (RFC 9110 §15.4.1).
    multiple_choices = 300,
    /// 301 Moved Permanently (RFC 9110 §15.4.2).
    moved_permanently = 301,
    /// 302 Found (RFC 9110 §15.4.3).
    found = 302,
    /// 303 See Other (RFC 9110 §15.4.4).
    see_other = 303,
    /// 304 Not Modified (RFC 9110 §15.4.5).
    not_modified = 304,
    /// 305 Use Proxy (RFC 9110 §15.4.6; deprecated, still registered).
    use_proxy = 305,
    /// 306 (Unused): reserved, no longer used (RFC 9110 §15.4.7).
    unused_306 = 306,
    /// 307 Temporary Redirect (RFC 9110 §15.4.8).
    temporary_redirect = 307,
    /// 308 Permanent Redirect (RFC 9110 §15.4.9; first RFC 7538).
    permanent_redirect = 308,

    // --- 4xx client error ---
    /// 400 Bad Request (RFC 9110 §15.5.1).
    bad_request = 400,
    /// 401 Unauthorized (RFC 9110 §15.5.2).
    unauthorized = 401,
    /// 402 Payment Required (RFC 9110 §15.5.3).
    payment_required = 402,
    /// 403 Forbidden (RFC 9110 §15.5.4).
    forbidden = 403,
    /// 404 Not Found (RFC 9110 §15.5.5).
    not_found = 404,
    /// 405 Method Not Allowed (RFC 9110 §15.5.6).
    method_not_allowed = 405,
    /// 406 Not Acceptable (RFC 9110 §15.5.7).
    not_acceptable = 406,
    /// 407 Proxy Authentication Required (RFC 9110 §15.5.8).
    proxy_authentication_required = 407,
    /// 408 Request Timeout (RFC 9110 §15.5.9).
    request_timeout = 408,
    /// 409 Conflict (RFC 9110 §15.5.10).
    conflict = 409,
    /// 410 Gone (RFC 9110 §15.5.11).
    gone = 410,
    /// 411 Length Required (RFC 9110 §15.5.12).
    length_required = 411,
    /// 412 Precondition Failed (RFC 9110 §15.5.13).
    precondition_failed = 412,
    /// 413 Content Too Large (RFC 9110 §15.5.14; formerly "Payload Too Large").
    content_too_large = 413,
    /// 414 URI Too Long (RFC 9110 §15.5.15).
    uri_too_long = 414,
    /// 415 Unsupported Media Type (RFC 9110 §15.5.16).
    unsupported_media_type = 415,
    /// 416 Range Not Satisfiable (RFC 9110 §15.5.17).
    range_not_satisfiable = 416,
    /// 417 Expectation Failed (RFC 9110 §15.5.18).
    expectation_failed = 417,
    /// 418 (Unused): reserved because of HTCPCP's joke "I'm a teapot" (RFC 9110 §15.5.19).
    unused_418 = 418,
    /// 421 Misdirected Request (RFC 9110 §15.5.20).
    misdirected_request = 421,
    /// 422 Unprocessable Content (RFC 9110 §15.5.21; formerly "Unprocessable Entity").
    unprocessable_content = 422,
    /// 423 Locked (RFC 4918 §11.3).
    locked = 423,
    /// 424 Failed Dependency (RFC 4918 §11.4).
    failed_dependency = 424,
    /// 425 Too Early (RFC 8470 §5.2).
    too_early = 425,
    /// 426 Upgrade Required (RFC 9110 §15.5.22).
    upgrade_required = 426,
    /// 428 Precondition Required (RFC 6585 §3).
    precondition_required = 428,
    /// 429 Too Many Requests (RFC 6585 §4).
    too_many_requests = 429,
    /// 431 Request Header Fields Too Large (RFC 6585 §5).
    request_header_fields_too_large = 431,
    /// 451 Unavailable For Legal Reasons (RFC 7725 §3).
    unavailable_for_legal_reasons = 451,

    // --- 5xx server error ---
    /// 500 Internal Server Error (RFC 9110 §15.6.1).
    internal_server_error = 500,
    /// 501 Not Implemented (RFC 9110 §15.6.2).
    not_implemented = 501,
    /// 502 Bad Gateway (RFC 9110 §15.6.3).
    bad_gateway = 502,
    /// 503 Service Unavailable (RFC 9110 §15.6.4).
    service_unavailable = 503,
    /// 504 Gateway Timeout (RFC 9110 §15.6.5).
    gateway_timeout = 504,
    /// 505 HTTP Version Not Supported (RFC 9110 §15.6.6).
    http_version_not_supported = 505,
    /// 506 Variant Also Negotiates (RFC 2295 §8.1).
    variant_also_negotiates = 506,
    /// 507 Insufficient Storage (RFC 4918 §11.5).
    insufficient_storage = 507,
    /// 508 Loop Detected (RFC 5842 §7.2).
    loop_detected = 508,
    /// 510 Not Extended (RFC 2774 §7; obsoleted, still registered).
    not_extended = 510,
    /// 511 Network Authentication Required (RFC 6585 §6).
    network_authentication_required = 511,
};

/** The class of a status code, its first digit (RFC 9110 §15).

    The enumerators have the values 1 to 5, the hundreds digit. `to_string`
    gives the names used in JSON output. `status_class` is a Boost.System
    error-condition enum: `make_error_code(http_status::not_found) ==
    status_class::client_error`.
*/
enum class status_class : int {
    /// 1xx: the request was received, processing continues.
    informational = 1,
    /// 2xx: the request was received, understood and accepted.
    successful = 2,
    /// 3xx: further action is needed to complete the request.
    redirection = 3,
    /// 4xx: the request is wrong; the client must correct it.
    client_error = 4,
    /// 5xx: the server failed to fulfil a valid request.
    server_error = 5,
};

//------------------------------------------------------------------------------
// Values and classes
//------------------------------------------------------------------------------

/// The status code as a number, e.g. 404. Constant time, never fails.
constexpr std::uint16_t status_code(http_status s) noexcept;

/// The old name of `status_code`, easily taken for an error code or a
/// body's code; removed in the next version.
[[deprecated("use status_code(s): the HTTP status as a number")]] constexpr std::uint16_t
code(http_status s) noexcept;

/// The numeric code, like `status_code(s)`; spelled as C++23's `std::to_underlying`.
constexpr std::uint16_t to_underlying(http_status s) noexcept;

/** The class of `s`, by its hundreds digit.

    Total: a value outside 100..599 is clamped, so below 200 (0 included)
    is `informational` and 500 or above is `server_error` (a malformed
    status is the server's fault). Constant time, never fails.
*/
constexpr status_class class_of(http_status s) noexcept;

/// `class_of(s) == status_class::informational` (1xx; also below 100).
constexpr bool is_informational(http_status s) noexcept;

/// `class_of(s) == status_class::successful` (2xx).
constexpr bool is_success(http_status s) noexcept;

/// `class_of(s) == status_class::redirection` (3xx).
constexpr bool is_redirection(http_status s) noexcept;

/// `class_of(s) == status_class::client_error` (4xx).
constexpr bool is_client_error(http_status s) noexcept;

/// `class_of(s) == status_class::server_error` (5xx; also 600 and above).
constexpr bool is_server_error(http_status s) noexcept;

/// `is_client_error(s) || is_server_error(s)`: 4xx, 5xx, or 600 and above.
constexpr bool is_error(http_status s) noexcept;

/** The class's name, as written in JSON output.

    One of "informational", "successful", "redirection", "client_error",
    "server_error" (the enumerator's name); these strings are part of the
    `problem-details inspect --json` contract. A value that is not an
    enumerator gives "unknown". Static storage, never fails.
*/
constexpr std::string_view to_string(status_class c) noexcept;

/// Writes `to_string(c)`, e.g. `client_error`, so a `status_class` prints.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, status_class c) {
    return os << to_string(c);
}

/** A response's HTTP status that may be unknown: a `std::optional<http_status>`
    that also takes the status as a number, so `response_view{.status = 429}`
    compiles. A number is taken as it is, like `static_cast<http_status>`
    (unregistered codes are kept, as `http_status` keeps them); for text from
    outside, use `parse_status`.
*/
class optional_status : public std::optional<http_status> {
public:
    constexpr optional_status() noexcept = default;
    constexpr optional_status(std::nullopt_t) noexcept {}
    constexpr optional_status(std::optional<http_status> s) noexcept
        : std::optional<http_status>(s) {}
    constexpr optional_status(http_status s) noexcept : std::optional<http_status>(s) {}
    /// The status as a number, e.g. 429.
    template <std::integral I>
    requires(!std::same_as<I, bool>) constexpr optional_status(I code) noexcept
        : std::optional<http_status>(static_cast<http_status>(static_cast<std::uint16_t>(code))) {}

    // std::optional's comparisons take a class derived from it for a value
    // (`std::optional<http_status>{} == optional_status{}` would be false):
    // these, not templates, are chosen instead and compare as optionals.
    friend constexpr bool operator==(optional_status const& a, optional_status const& b) noexcept {
        return same(a, b);
    }
    friend constexpr bool operator==(optional_status const& a,
                                     std::optional<http_status> const& b) noexcept {
        return same(a, b);
    }
    friend constexpr bool operator==(optional_status const& a, http_status b) noexcept {
        return a.has_value() && static_cast<std::uint16_t>(*a) == static_cast<std::uint16_t>(b);
    }
    friend constexpr bool operator==(optional_status const& a, std::nullopt_t) noexcept {
        return !a.has_value();
    }

private:
    // (Compared as numbers: comparing the enumerators here would instantiate
    // std::is_error_code_enum<http_status> before its specialization below.)
    static constexpr bool same(std::optional<http_status> const& a,
                               std::optional<http_status> const& b) noexcept {
        return a.has_value() == b.has_value() &&
               (!a.has_value() || static_cast<std::uint16_t>(*a) == static_cast<std::uint16_t>(*b));
    }
};

//------------------------------------------------------------------------------
// Registry
//------------------------------------------------------------------------------

/** Whether `s` is in the IANA HTTP Status Code registry.

    True for every enumerator of `http_status`, including the reserved 306
    and 418 (see `is_reserved`); false for any other value. Constant time.
*/
constexpr bool is_registered(http_status s) noexcept;

/// Whether `s` is registered as reserved, "(Unused)": 306 and 418 only.
constexpr bool is_reserved(http_status s) noexcept;

/** The registered reason phrase, e.g. "Not Found", "Too Many Requests".

    Spelled exactly as in the registry (RFC 9110's current phrases: "Content
    Too Large", "Unprocessable Content"). The reserved 306 and 418 give
    "(Unused)"; an unregistered value gives "Unknown". Static storage,
    constant time, never fails. Suitable as the `title` of an `about:blank`
    problem (RFC 9457 §4.2.1).
*/
constexpr std::string_view reason_phrase(http_status s) noexcept;

/** The enumerator's name, e.g. "too_many_requests".

    Empty for an unregistered value. The one exception to "the enumerator's
    spelling" is 100, which gives "continue" (the enumerator is `continue_`).
    Static storage, constant time, never fails.
*/
constexpr std::string_view name(http_status s) noexcept;

/** The registered status whose `name()` is `text`.

    Exact and case-sensitive: "not_found" gives `http_status::not_found`,
    "Not Found" and "NOT_FOUND" do not. "continue_" is accepted beside
    "continue". A linear scan of the registry (about 65 names), no
    allocation.

    @return the status, or `error::unknown_status_name`.
*/
result<http_status> status_from_name(std::string_view text) noexcept;

//------------------------------------------------------------------------------
// Conversions from outside values
//------------------------------------------------------------------------------

/** The status `n`, if `n` is in 100..599; `std::nullopt` otherwise.

    Registered or not: `to_status(499)` holds `http_status{499}`. Constant
    time, never fails.
*/
constexpr std::optional<http_status> to_status(int n) noexcept;

/** Read a status code written as text, e.g. from a status line or a header.

    Accepts exactly three ASCII digits forming a number in 100..599, nothing
    else: no sign, no whitespace, no leading zero, no fourth digit ("100",
    "404", "599", "499" are accepted; "", "40", "4e2", " 400", "400 ", "+400",
    "-1", "0400", "099", "600" are not). Unregistered codes are accepted.
    Constant time, no allocation.

    @return the status, or `error::invalid_status_text`.
*/
result<http_status> parse_status(std::string_view text) noexcept;

//------------------------------------------------------------------------------
// Statuses as types
//------------------------------------------------------------------------------

/** An HTTP status as a type, its facts as compile-time constants.

    `status<http_status::locked>::category == status_class::client_error`,
    `status<http_status::locked>::reason == "Locked"`. Any value in 100..599
    may be used (an unregistered one has reason "Unknown" and an empty
    name); anything else is rejected by a `static_assert`. An object of the
    type converts to its `http_status`, like `std::integral_constant`.

    @tparam S the status, 100..599.
*/
template <http_status S>
struct status {
    static_assert(static_cast<std::uint16_t>(S) >= 100 && static_cast<std::uint16_t>(S) <= 599,
                  "problem_details::status<S>: S must be an HTTP status code in 100..599");

    /// The type of `value`.
    using value_type = http_status;

    /// The status itself.
    static constexpr http_status value = S;

    /// The numeric code, e.g. 423.
    static constexpr std::uint16_t code = static_cast<std::uint16_t>(S);

    /// The status's class, e.g. `status_class::client_error`.
    static constexpr status_class category = problem_details::class_of(S);

    /// The registered reason phrase, e.g. "Locked"; "Unknown" if unregistered.
    static constexpr std::string_view reason = problem_details::reason_phrase(S);

    /// The enumerator's name, e.g. "locked"; empty if unregistered.
    static constexpr std::string_view name = problem_details::name(S);

    /// `value`.
    constexpr operator http_status() const noexcept { return S; }

    /// `value`.
    constexpr http_status operator()() const noexcept { return S; }
};

namespace detail {
template <class T>
struct is_status_specialization : std::false_type {};
template <http_status S>
struct is_status_specialization<status<S>> : std::true_type {};
} // namespace detail

/// `T` is (a possibly cv-qualified) `status<S>` for some `S`.
template <class T>
concept status_type = detail::is_status_specialization<std::remove_cv_t<T>>::value;

/// `T` is a `status<S>` of class 1xx.
template <class T>
concept informational_status = status_type<T> && T::category == status_class::informational;

/// `T` is a `status<S>` of class 2xx.
template <class T>
concept successful_status = status_type<T> && T::category == status_class::successful;

/// `T` is a `status<S>` of class 3xx.
template <class T>
concept redirection_status = status_type<T> && T::category == status_class::redirection;

/// `T` is a `status<S>` of class 4xx.
template <class T>
concept client_error_status = status_type<T> && T::category == status_class::client_error;

/// `T` is a `status<S>` of class 5xx.
template <class T>
concept server_error_status = status_type<T> && T::category == status_class::server_error;

/// `T` is a `status<S>` of class 4xx or 5xx.
template <class T>
concept error_status = client_error_status<T> || server_error_status<T>;

//------------------------------------------------------------------------------
// Boost.System integration
//------------------------------------------------------------------------------

/** The error category of `http_status` codes, named "http_status".

    `message(ev)` is the reason phrase ("Not Found"), or "HTTP status 499"
    for an unregistered code (and for the reserved 306 and 418, "HTTP status
    418 (Unused)"). `default_error_condition(ev)` is `class_of` as a
    `status_class` condition. One instance per program, even across shared
    libraries: copies compare equal by a fixed 64-bit id.
*/
boost::system::error_category const& http_status_category() noexcept;

/** The error category of `status_class` conditions, named "status_class".

    `message(ev)` is "informational", "successful", "redirection", "client
    error" or "server error". One instance per program, compared by a fixed
    64-bit id.
*/
boost::system::error_category const& status_class_category() noexcept;

/** `s` as an error code, so that `ec == status_class::client_error` works.

    Note that every status is a non-zero value: even `http_status::ok` (200)
    makes an error code whose `operator bool` and `failed()` are true. Test
    the class (`ec == status_class::successful`), not the truth of the code.
    The code converts to `std::error_code`, and there `std::error_code ==
    std::error_condition(status_class::...)` holds the same way. Found by
    argument-dependent lookup; never fails.
*/
error_code make_error_code(http_status s) noexcept;

/// `c` as an error condition in `status_class_category()`.
error_condition make_error_condition(status_class c) noexcept;

} // namespace problem_details

template <>
struct boost::system::is_error_code_enum<problem_details::http_status> : std::true_type {};
template <>
struct boost::system::is_error_condition_enum<problem_details::status_class> : std::true_type {};
template <>
struct std::is_error_code_enum<problem_details::http_status> : std::true_type {};
template <>
struct std::is_error_condition_enum<problem_details::status_class> : std::true_type {};

#include <problem_details/impl/http_status.hpp>

#endif
