// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_HTTP_DATE_HPP
#define PROBLEM_DETAILS_DETAIL_HTTP_DATE_HPP

// The pieces parse_http_date reads an HTTP-date (RFC 9110 §5.6.7) with.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

namespace problem_details::detail {

inline constexpr std::string_view month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::string_view day_names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr std::string_view long_day_names[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

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

inline std::optional<std::chrono::sys_seconds> make_time(int y, int mon, int d, int h, int m,
                                                         int s) noexcept {
    using namespace std::chrono;
    year_month_day const ymd{year{y}, month{static_cast<unsigned>(mon)},
                             day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days(ymd) + hours(h) + minutes(m) + seconds(s);
}

} // namespace problem_details::detail

#endif
