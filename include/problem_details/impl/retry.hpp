// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_RETRY_HPP
#define PROBLEM_DETAILS_IMPL_RETRY_HPP

#include <problem_details/detail/http_date.hpp>
#include <problem_details/detail/http_token.hpp>

namespace problem_details {

inline result<std::chrono::sys_seconds>
parse_http_date(std::string_view text, std::optional<std::chrono::sys_seconds> now) noexcept {
    namespace s = detail;
    s::date_reader r{s::trim_ows(text)};
    int wday = 0, d = 0, mon = 0, y = 0, h = 0, m = 0, sec = 0;
    std::optional<std::chrono::sys_seconds> t;
    if (s::date_reader probe = r; probe.one_of(s::day_names, 7, wday) && probe.lit(", ")) {
        // IMF-fixdate: day-name "," SP 2DIGIT SP month SP 4DIGIT SP time SP "GMT"
        if (probe.digits(2, d) && probe.lit(" ") && probe.one_of(s::month_names, 12, mon) &&
            probe.lit(" ") && probe.digits(4, y) && probe.lit(" ") && probe.time(h, m, sec) &&
            probe.lit(" GMT") && probe.s.empty())
            t = s::make_time(y, mon + 1, d, h, m, sec);
    } else if (s::date_reader probe2 = r;
               probe2.one_of(s::long_day_names, 7, wday) && probe2.lit(", ")) {
        // rfc850-date: day-name-l "," SP 2DIGIT "-" month "-" 2DIGIT SP time SP "GMT"
        if (probe2.digits(2, d) && probe2.lit("-") && probe2.one_of(s::month_names, 12, mon) &&
            probe2.lit("-") && probe2.digits(2, y) && probe2.lit(" ") && probe2.time(h, m, sec) &&
            probe2.lit(" GMT") && probe2.s.empty()) {
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

inline result<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                      std::chrono::sys_seconds now) noexcept {
    value = detail::trim_ows(value);
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
    return *date > now ? std::chrono::duration_cast<std::chrono::seconds>(*date - now)
                       : std::chrono::seconds(0);
}

inline std::optional<std::chrono::seconds> delay_hint_from_message(std::string_view text) noexcept {
    namespace s = detail;
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
        while (w < rest.size() &&
               ((rest[w] >= 'a' && rest[w] <= 'z') || (rest[w] >= 'A' && rest[w] <= 'Z')))
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

inline retry_advice advise_retry(std::optional<http_status> status, std::string_view retry_after,
                                 retry_request const& request, retry_policy const& policy,
                                 std::optional<std::chrono::milliseconds> delay_hint) noexcept {
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
    case status_class::successful: a.reason = "not an error: nothing to do"; return a;
    case status_class::redirection:
        a.reason = "a redirection, not an error: the HTTP client follows it";
        return a;
    default: break;
    }
    if (policy.retry_same_key.contains(s)) {
        a.reason =
            s == http_status::too_many_requests
                ? "rate limited: retry after the delay with the same Idempotency-Key"
            : s == http_status::locked
                ? "locked (transient, or repeated calls in a short time): retry after the delay "
                  "with the same Idempotency-Key"
                : "retryable: retry after the delay with the same Idempotency-Key";
    } else if (policy.retry_if_safe.contains(s)) {
        if (!request.idempotent && !request.idempotency_key_sent) {
            a.action = retry_action::give_up;
            a.reason =
                "a server error, but the request is not idempotent and had no Idempotency-Key: "
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
    if (!detail::trim_ows(retry_after).empty()) {
        std::string_view const v = detail::trim_ows(retry_after);
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
        unsigned const shift =
            request.attempt <= 1 ? 0u : (request.attempt - 1 > 30 ? 30u : request.attempt - 1);
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

namespace detail {

/// advise_retry for either classification kind: its status and
/// Retry-After, and a delay its detail (or else its title) states.
template <class Classification>
retry_advice advise_classified(Classification const& c, retry_request const& request,
                               retry_policy const& policy) noexcept {
    std::optional<std::chrono::milliseconds> hint;
    if (auto const h = delay_hint_from_message(c.problem.detail))
        hint = *h;
    else if (auto const t = delay_hint_from_message(c.problem.title))
        hint = *t;
    return advise_retry(c.status, c.retry_after, request, policy, hint);
}

} // namespace detail

inline retry_advice advise_retry(classification_view const& c, retry_request const& request,
                                 retry_policy const& policy) noexcept {
    return detail::advise_classified(c, request, policy);
}

inline retry_advice advise_retry(classification const& c, retry_request const& request,
                                 retry_policy const& policy) noexcept {
    return detail::advise_classified(c, request, policy);
}

} // namespace problem_details

#endif
