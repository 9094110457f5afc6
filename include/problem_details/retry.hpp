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

namespace detail::sdk {

inline constexpr std::string_view month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::string_view day_names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr std::string_view long_day_names[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

/// A cursor over a date's text; each read advances only on success.
struct date_reader {
    std::string_view s;

    bool lit(std::string_view t) noexcept {
        if (s.substr(0, t.size()) != t)
            return false;
        s.remove_prefix(t.size());
        return true;
    }
    bool digits(std::size_t n, int& out) noexcept {
        if (s.size() < n)
            return false;
        int v = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        out = v;
        s.remove_prefix(n);
        return true;
    }
    bool one_of(std::string_view const* names, int n, int& out) noexcept {
        for (int i = 0; i < n; ++i)
            if (lit(names[i])) {
                out = i;
                return true;
            }
        return false;
    }
    /// time-of-day = hour ":" minute ":" second
    bool time(int& h, int& m, int& sec) noexcept {
        return digits(2, h) && lit(":") && digits(2, m) && lit(":") && digits(2, sec) && h <= 23 &&
               m <= 59 && sec <= 60;
    }
};

inline std::optional<std::chrono::sys_seconds> make_time(int y, int mon, int d, int h, int m, int s) noexcept {
    using namespace std::chrono;
    year_month_day const ymd{year{y}, month{static_cast<unsigned>(mon)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days(ymd) + hours(h) + minutes(m) + seconds(s);
}

} // namespace detail::sdk

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
inline result<std::chrono::sys_seconds> parse_http_date(std::string_view text,
                                                        std::optional<std::chrono::sys_seconds> now = std::nullopt) noexcept {
    namespace s = detail::sdk;
    s::date_reader r{s::trim_ows(text)};
    int wday = 0, d = 0, mon = 0, y = 0, h = 0, m = 0, sec = 0;
    std::optional<std::chrono::sys_seconds> t;
    if (s::date_reader probe = r; probe.one_of(s::day_names, 7, wday) && probe.lit(", ")) {
        // IMF-fixdate: day-name "," SP 2DIGIT SP month SP 4DIGIT SP time SP "GMT"
        if (probe.digits(2, d) && probe.lit(" ") && probe.one_of(s::month_names, 12, mon) && probe.lit(" ") &&
            probe.digits(4, y) && probe.lit(" ") && probe.time(h, m, sec) && probe.lit(" GMT") && probe.s.empty())
            t = s::make_time(y, mon + 1, d, h, m, sec);
    } else if (s::date_reader probe2 = r; probe2.one_of(s::long_day_names, 7, wday) && probe2.lit(", ")) {
        // rfc850-date: day-name-l "," SP 2DIGIT "-" month "-" 2DIGIT SP time SP "GMT"
        if (probe2.digits(2, d) && probe2.lit("-") && probe2.one_of(s::month_names, 12, mon) && probe2.lit("-") &&
            probe2.digits(2, y) && probe2.lit(" ") && probe2.time(h, m, sec) && probe2.lit(" GMT") &&
            probe2.s.empty()) {
            int full = 1900 + y;
            if (now) {
                using namespace std::chrono;
                int const this_year = static_cast<int>(year_month_day(floor<days>(*now)).year());
                full = this_year - this_year % 100 + y;
                if (full > this_year + 50)
                    full -= 100;
                else if (full <= this_year - 50)
                    full += 100;
            } else if (y < 70) {
                full = 2000 + y;
            }
            t = s::make_time(full, mon + 1, d, h, m, sec);
        }
    } else if (s::date_reader probe3 = r; probe3.one_of(s::day_names, 7, wday) && probe3.lit(" ")) {
        // asctime-date: day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP time SP 4DIGIT
        if (probe3.one_of(s::month_names, 12, mon) && probe3.lit(" ") &&
            (probe3.digits(2, d) || (probe3.lit(" ") && probe3.digits(1, d))) && probe3.lit(" ") &&
            probe3.time(h, m, sec) && probe3.lit(" ") && probe3.digits(4, y) && probe3.s.empty())
            t = s::make_time(y, mon + 1, d, h, m, sec);
    }
    if (!t)
        return error::invalid_retry_after;
    return *t;
}

/** Reads a Retry-After value (RFC 9110 §10.2.3) as a delay from `now`.

    Either delta-seconds (`120`: one or more digits, nothing else; values
    above 2^31 are read as 2^31, as RFC 9111 says of delta-seconds) or an
    HTTP-date (see `parse_http_date`), whose delay is the date minus `now`,
    and zero when the date is past. Pure: the clock is the caller's.

    @par Complexity
    O(n). No allocation.
    @return The delay, or `error::invalid_retry_after`.
*/
inline result<std::chrono::seconds> parse_retry_after(std::string_view value, std::chrono::sys_seconds now) noexcept {
    value = detail::sdk::trim_ows(value);
    if (!value.empty() && value.front() >= '0' && value.front() <= '9') {
        std::int64_t v = 0;
        for (char c : value) {
            if (c < '0' || c > '9')
                return error::invalid_retry_after;
            if (v <= (std::int64_t(1) << 31))
                v = v * 10 + (c - '0');
        }
        if (v > (std::int64_t(1) << 31))
            v = std::int64_t(1) << 31;
        return std::chrono::seconds(v);
    }
    auto const date = parse_http_date(value, now);
    if (!date)
        return date.error();
    return *date > now ? std::chrono::duration_cast<std::chrono::seconds>(*date - now) : std::chrono::seconds(0);
}

/** A delay stated in an error message, as the API gateway's 429 body does:
    "Rate limit is exceeded. Try again in 7 seconds." gives 7 s.

    Looks for "try again in" (ASCII case-insensitive), a number, and a unit:
    second(s), sec(s), s, minute(s), min(s). O(n), no allocation.
    @return The delay, or `std::nullopt` when the text states none.
*/
inline std::optional<std::chrono::seconds> delay_hint_from_message(std::string_view text) noexcept {
    namespace s = detail::sdk;
    constexpr std::string_view phrase = "try again in ";
    for (std::size_t i = 0; i + phrase.size() <= text.size(); ++i) {
        if (!s::iequals(text.substr(i, phrase.size()), phrase))
            continue;
        std::string_view rest = text.substr(i + phrase.size());
        std::int64_t v = 0;
        std::size_t n = 0;
        while (n < rest.size() && n < 9 && rest[n] >= '0' && rest[n] <= '9')
            v = v * 10 + (rest[n++] - '0');
        if (n == 0 || (n < rest.size() && rest[n] >= '0' && rest[n] <= '9'))
            continue;
        rest.remove_prefix(n);
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        std::size_t w = 0;
        while (w < rest.size() && ((rest[w] >= 'a' && rest[w] <= 'z') || (rest[w] >= 'A' && rest[w] <= 'Z')))
            ++w;
        std::string_view const unit = rest.substr(0, w);
        for (std::string_view u : {"seconds", "second", "secs", "sec", "s"})
            if (s::iequals(unit, u))
                return std::chrono::seconds(v);
        for (std::string_view u : {"minutes", "minute", "mins", "min"})
            if (s::iequals(unit, u))
                return std::chrono::seconds(v * 60);
    }
    return std::nullopt;
}

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
inline retry_advice advise_retry(std::optional<http_status> status, std::string_view retry_after,
                                 retry_request const& request = {}, retry_policy const& policy = {},
                                 std::optional<std::chrono::milliseconds> delay_hint = std::nullopt) noexcept {
    using namespace std::chrono;
    retry_advice a;
    if (!status) {
        a.action = retry_action::give_up;
        a.reason = "the status is unknown, so nothing says a retry could help";
        return a;
    }
    http_status const s = *status;
    switch (class_of(s)) {
    case status_class::informational:
    case status_class::successful:
        a.reason = "not an error: nothing to do";
        return a;
    case status_class::redirection:
        a.reason = "a redirection, not an error: the HTTP client follows it";
        return a;
    default: break;
    }
    if (policy.retry_same_key.contains(s)) {
        a.reason = s == http_status::too_many_requests
                       ? "rate limited: retry after the delay with the same Idempotency-Key"
                       : s == http_status::locked
                             ? "locked (transient, or repeated calls in a short time): retry after the delay "
                               "with the same Idempotency-Key"
                             : "retryable: retry after the delay with the same Idempotency-Key";
    } else if (policy.retry_if_safe.contains(s)) {
        if (!request.idempotent && !request.idempotency_key_sent) {
            a.action = retry_action::give_up;
            a.reason = "a server error, but the request is not idempotent and had no Idempotency-Key: "
                       "a retry could duplicate it";
            return a;
        }
        a.reason = "a server error: retry with backoff and the same Idempotency-Key";
    } else if (class_of(s) == status_class::client_error) {
        a.action = retry_action::fix_request;
        a.reason = "a client error: correct the request (sent unchanged it fails again; use a new "
                   "Idempotency-Key for the corrected one)";
        return a;
    } else {
        a.action = retry_action::give_up;
        a.reason = "a server error that retrying does not fix";
        return a;
    }

    if (request.attempt >= policy.max_attempts) {
        a.action = retry_action::give_up;
        a.reason = "retryable, but the attempts allowed by the policy are used up";
        return a;
    }
    // The server's word first: Retry-After, then a delay stated in its message.
    std::optional<milliseconds> asked;
    if (!detail::sdk::trim_ows(retry_after).empty()) {
        std::string_view const v = detail::sdk::trim_ows(retry_after);
        if (v.front() >= '0' && v.front() <= '9') {
            if (auto const d = parse_retry_after(v, sys_seconds{}))
                asked = duration_cast<milliseconds>(*d);
        } else if (request.now) {
            if (auto const d = parse_retry_after(v, *request.now))
                asked = duration_cast<milliseconds>(*d);
        }
    }
    if (!asked && delay_hint)
        asked = *delay_hint < milliseconds(0) ? milliseconds(0) : *delay_hint;
    if (asked) {
        if (*asked > duration_cast<milliseconds>(policy.max_retry_after)) {
            a.action = retry_action::give_up;
            a.reason = "the server asks to wait longer than the policy's max_retry_after";
            return a;
        }
        a.delay = *asked;
    } else {
        unsigned const shift = request.attempt <= 1 ? 0u : (request.attempt - 1 > 30 ? 30u : request.attempt - 1);
        std::int64_t const base = policy.base_delay.count() < 0 ? 0 : policy.base_delay.count();
        std::int64_t const cap = policy.max_delay.count() < 0 ? 0 : policy.max_delay.count();
        std::int64_t d = base > (cap >> shift) ? cap : base << shift;
        if (d > cap)
            d = cap;
        double j = policy.jitter * request.random;
        j = j < 0 ? 0 : j > 1 ? 1 : j;
        d = static_cast<std::int64_t>(static_cast<double>(d) * (1.0 - j));
        a.delay = milliseconds(d);
    }
    a.action = retry_action::retry;
    a.reuse_idempotency_key = true;
    return a;
}

/** Advice for a classified response: its status and Retry-After, and a
    delay stated in its message ("Try again in 7 seconds.") as the hint. */
inline retry_advice advise_retry(classification_view const& c, retry_request const& request = {},
                                 retry_policy const& policy = {}) noexcept {
    std::optional<std::chrono::milliseconds> hint;
    if (auto const h = delay_hint_from_message(c.problem.detail))
        hint = *h;
    else if (auto const t = delay_hint_from_message(c.problem.title))
        hint = *t;
    return advise_retry(c.status, c.retry_after, request, policy, hint);
}

/// As above, for an owning classification.
inline retry_advice advise_retry(classification const& c, retry_request const& request = {},
                                 retry_policy const& policy = {}) noexcept {
    std::optional<std::chrono::milliseconds> hint;
    if (auto const h = delay_hint_from_message(c.problem.detail))
        hint = *h;
    else if (auto const t = delay_hint_from_message(c.problem.title))
        hint = *t;
    return advise_retry(c.status, c.retry_after, request, policy, hint);
}

} // namespace problem_details

#endif
