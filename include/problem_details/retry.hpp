// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_RETRY_HPP
#define PROBLEM_DETAILS_RETRY_HPP

/// Retry advice: given a response's status and Retry-After, and what the
/// caller knows about its request, whether to do nothing, fix the request,
/// retry (after how long, with the same Idempotency-Key) or give up. Pure
/// functions over values: the SDK keeps its own HTTP client, clock and
/// random numbers.

#include <problem_details/classify.hpp>
#include <problem_details/detail/http_date.hpp>
#include <problem_details/detail/http_token.hpp>
#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/result.hpp>

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace problem_details {

//------------------------------------------------------------------------------
// HTTP-date and Retry-After
//------------------------------------------------------------------------------

/** Reads an HTTP-date (RFC 9110 §5.6.7), in any of its three forms:

    - IMF-fixdate, the one to send: `Sun, 06 Nov 1994 08:49:37 GMT`;
    - the obsolete RFC 850 form: `Sunday, 06-Nov-94 08:49:37 GMT`;
    - the obsolete asctime form: `Sun Nov  6 08:49:37 1994`.

    Exactly as the grammar says (it is case-sensitive), surrounding
    whitespace aside; the day name is checked to be one, not to match the
    date. An RFC 850 two-digit year is read, as RFC 9110 requires, as the
    most recent year with those digits that is not more than 50 years after
    `now` (without `now`: 1970 to 2069).

    @par Complexity
    O(1). No allocation.
    @return The time, or `error::invalid_retry_after`.
*/
result<std::chrono::sys_seconds>
parse_http_date(std::string_view text,
                std::optional<std::chrono::sys_seconds> now = std::nullopt) noexcept;

/** Reads a Retry-After value (RFC 9110 §10.2.3) as a delay from `now`.

    Either delta-seconds (`120`: one or more digits, nothing else; values
    above 2^31 are read as 2^31, as RFC 9111 says of delta-seconds) or an
    HTTP-date (see `parse_http_date`), whose delay is the date minus `now`,
    and zero when the date is past. Pure: the clock is the caller's.

    @par Complexity
    O(n). No allocation.
    @return The delay, or `error::invalid_retry_after`.
*/
result<std::chrono::seconds> parse_retry_after(std::string_view value,
                                               std::chrono::sys_seconds now) noexcept;

/** A delay stated in an error message, as the API gateway's 429 body does:
    "Rate limit is exceeded. Try again in 7 seconds." gives 7 s.

    Looks for "try again in" (ASCII case-insensitive), a number, and a unit:
    second(s), sec(s), s, minute(s), min(s). O(n), no allocation.
    @return The delay, or `std::nullopt` when the text states none.
*/
std::optional<std::chrono::seconds> delay_hint_from_message(std::string_view text) noexcept;

//------------------------------------------------------------------------------
// Policy and advice
//------------------------------------------------------------------------------

/** A set of HTTP statuses (100..599), for `retry_policy`. constexpr. */
class status_set {
public:
    constexpr status_set() noexcept = default;
    constexpr status_set(std::initializer_list<http_status> statuses) noexcept {
        for (http_status s : statuses)
            insert(s);
    }
    /// False for any value outside 100..599.
    constexpr bool contains(http_status s) const noexcept {
        unsigned const c = static_cast<unsigned>(s);
        return c >= 100 && c <= 599 && ((bits_[c / 64] >> (c % 64)) & 1u);
    }
    /// Adds `s` (ignored outside 100..599).
    constexpr status_set& insert(http_status s) noexcept {
        unsigned const c = static_cast<unsigned>(s);
        if (c >= 100 && c <= 599)
            bits_[c / 64] |= std::uint64_t(1) << (c % 64);
        return *this;
    }
    constexpr status_set& erase(http_status s) noexcept {
        unsigned const c = static_cast<unsigned>(s);
        if (c >= 100 && c <= 599)
            bits_[c / 64] &= ~(std::uint64_t(1) << (c % 64));
        return *this;
    }
    friend constexpr bool operator==(status_set const&, status_set const&) noexcept = default;

private:
    std::uint64_t bits_[10] = {};
};

/** How to retry: a value the SDK adjusts. The defaults are the seed's rules. */
struct retry_policy {
    /// Attempts in all, the first one included: `attempt` at or above this gives up.
    unsigned max_attempts = 3;
    /// The first retry's delay without Retry-After; doubled for each further attempt...
    std::chrono::milliseconds base_delay{1000};
    /// ... up to this.
    std::chrono::milliseconds max_delay{30000};
    /// The fraction of a computed delay that is random (0: none, 1: "full jitter"):
    /// the delay is `d * (1 - jitter * random)`, `random` from the request.
    /// Never applied to a delay the server asked for.
    double jitter = 0.5;
    /// The longest wait a server may ask for (Retry-After, or a delay in its
    /// message); asking for longer gives up.
    std::chrono::seconds max_retry_after{120};
    /// Retried whatever the request, with the same Idempotency-Key, so the
    /// retry is not a duplicate: the seed's 423 Locked and 429 Too Many Requests.
    status_set retry_same_key{http_status::locked, http_status::too_many_requests};
    /// Retried with backoff only when that is safe: the request is idempotent
    /// or carried an Idempotency-Key. 5xx is the server's problem; the seed
    /// says a 500 in the test environment may be retried.
    status_set retry_if_safe{http_status::internal_server_error, http_status::bad_gateway,
                             http_status::service_unavailable, http_status::gateway_timeout};
};

/** What the caller knows about the request that got the response. */
struct retry_request {
    /// The method is idempotent (GET, HEAD, PUT, DELETE...) or the operation is.
    bool idempotent = false;
    /// The request carried an `Idempotency-Key` header.
    bool idempotency_key_sent = false;
    /// Which attempt this response answers: 1 for the first.
    unsigned attempt = 1;
    /// A random number in [0, 1) from the caller's generator, for jitter (0: no jitter).
    double random = 0.0;
    /// When the response arrived; needed only to read a Retry-After HTTP-date
    /// (without it, such a date is ignored and backoff is used).
    std::optional<std::chrono::sys_seconds> now = std::nullopt;
};

/** What to do about a response. */
enum class retry_action : unsigned char {
    /// Nothing to do, the request succeeded (2xx; also 1xx and 3xx, the
    /// HTTP client's business). Printed as "none".
    not_needed,
    /// The request is wrong (4xx): correct it; sending it unchanged fails again.
    fix_request,
    /// Send the same request again after `delay`.
    retry,
    /// Stop: not retryable, not safe to retry, or attempts exhausted.
    give_up,
    /// The old name of `not_needed`, which read close to `give_up`.
    none [[deprecated("use retry_action::not_needed")]] = not_needed,
};

/// "none" (for `not_needed`), "fix_request", "retry" or "give_up": the CLI's JSON names.
constexpr std::string_view to_string(retry_action a) noexcept {
    switch (a) {
    case retry_action::not_needed: return "none";
    case retry_action::fix_request: return "fix_request";
    case retry_action::retry: return "retry";
    case retry_action::give_up: return "give_up";
    }
    return "unknown";
}

/** The advice. */
struct retry_advice {
    retry_action action = retry_action::not_needed;
    /// How long to wait before the retry; set only when `action == retry`.
    std::optional<std::chrono::milliseconds> delay = std::nullopt;
    /// Retry with the same `Idempotency-Key` as the failed request (true for
    /// every retry). False otherwise: a corrected request is a new request
    /// and needs a new key (reusing one with another payload is an error).
    bool reuse_idempotency_key = false;
    /// One sentence saying why (static storage).
    std::string_view reason = {};

    friend bool operator==(retry_advice const&, retry_advice const&) = default;
};

/** Advice from a status, a Retry-After value and an optional delay hint.

    - no status: give up (nothing says a retry could help);
    - 1xx, 2xx, 3xx: none;
    - in `policy.retry_same_key` (423, 429): retry, same key;
    - in `policy.retry_if_safe` (500, 502, 503, 504): retry, same key, if
      `request.idempotent || request.idempotency_key_sent`; else give up;
    - any other 4xx: fix the request (a new key for the corrected request);
    - any other 5xx: give up;
    - a retry when `request.attempt >= policy.max_attempts`: give up.
    The delay of a retry is Retry-After when it can be read, else
    `delay_hint`, else `base_delay * 2^(attempt-1)` capped at `max_delay`
    and jittered. A server-requested delay above `max_retry_after` gives up.
    Pure, O(size of `retry_after`), no allocation, never fails.
*/
retry_advice
advise_retry(std::optional<http_status> status, std::string_view retry_after,
             retry_request const& request = {}, retry_policy const& policy = {},
             std::optional<std::chrono::milliseconds> delay_hint = std::nullopt) noexcept;

/** Advice for a classified response: its status and Retry-After, and a
    delay stated in its message ("Try again in 7 seconds.") as the hint. */
retry_advice advise_retry(classification_view const& c, retry_request const& request = {},
                          retry_policy const& policy = {}) noexcept;

/// As above, for an owning classification.
retry_advice advise_retry(classification const& c, retry_request const& request = {},
                          retry_policy const& policy = {}) noexcept;

} // namespace problem_details

#include <problem_details/impl/retry.hpp>

#endif
