// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_NUMBER_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_NUMBER_HPP

// A JSON number's text to a floating-point value, the same on every standard
// library. libstdc++ (GCC 11+) and MSVC have floating-point std::from_chars;
// libc++ has none before LLVM 20, which is every Apple and Android toolchain
// released so far. There the text is rewritten without a decimal point
// ("-12.5e3" -> "-125e2", so the C locale's radix character never matters)
// and read by strtod, which is correctly rounded, as from_chars is.

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <system_error>
#include <type_traits>

// PROBLEM_DETAILS_FLOAT_FROM_CHARS: 1 where std::from_chars reads floating
// point. Define it to 0 to test the fallback on a library that has both.
#ifndef PROBLEM_DETAILS_FLOAT_FROM_CHARS
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
#define PROBLEM_DETAILS_FLOAT_FROM_CHARS 1
#else
#define PROBLEM_DETAILS_FLOAT_FROM_CHARS 0
#endif
#endif

namespace problem_details::detail {

/** The value nearest to a JSON number's text (RFC 8259 §6 grammar, already
    validated), as strtod gives it: infinite past the type's range, zero
    below it. Correctly rounded, no allocation, independent of the C locale,
    errno left as it was. `nonzero_text` says whether the text has a
    non-zero digit (to tell underflow from a zero). */
template <class F>
F json_number_nearest(std::string_view text, bool* nonzero_text = nullptr) noexcept {
    static_assert(std::is_floating_point_v<F>);
    // Correct rounding needs at most 767 significant digits (the longest
    // exact midpoint between two doubles; fewer for float), plus one sticky
    // digit saying whether anything non-zero followed.
    constexpr std::size_t max_digits = 800;
    char buf[1 + max_digits + 1 + 1 + 12 + 1];
    std::size_t n = 0;
    char const* p = text.data();
    char const* const end = p + text.size();
    if (p != end && *p == '-')
        buf[n++] = *p++;
    bool const negative = n == 1;
    std::size_t digits = 0;
    long long exp10 = 0; // value = buf's digits * 10^exp10
    bool dropped_nonzero = false;
    auto const take = [&](char c, bool fraction) {
        if (fraction)
            --exp10;
        if (digits == 0 && c == '0')
            return; // leading zero
        if (digits < max_digits) {
            buf[n++] = c;
            ++digits;
        } else {
            ++exp10; // a digit beyond the kept ones: scale instead
            dropped_nonzero = dropped_nonzero || c != '0';
        }
    };
    for (; p != end && *p >= '0' && *p <= '9'; ++p)
        take(*p, false);
    if (p != end && *p == '.')
        for (++p; p != end && *p >= '0' && *p <= '9'; ++p)
            take(*p, true);
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negative_exponent = false;
        if (p != end && (*p == '+' || *p == '-'))
            negative_exponent = *p++ == '-';
        long long e = 0;
        for (; p != end && *p >= '0' && *p <= '9'; ++p)
            if (e < 1'000'000'000)
                e = e * 10 + (*p - '0');
        exp10 += negative_exponent ? -e : e;
    }
    if (nonzero_text)
        *nonzero_text = digits != 0;
    if (digits == 0)
        return negative ? -F(0) : F(0);
    if (dropped_nonzero) {
        buf[n++] = '1';
        --exp10;
    }
    // Beyond these the value is infinite or zero whatever the (at most 801)
    // digits are; clamping keeps the exponent's text short.
    if (exp10 > 100'000)
        exp10 = 100'000;
    if (exp10 < -100'000)
        exp10 = -100'000;
    buf[n++] = 'e';
    std::to_chars_result const r = std::to_chars(buf + n, buf + sizeof buf - 1, exp10);
    n = static_cast<std::size_t>(r.ptr - buf);
    buf[n] = '\0';
    // strtod sets errno for subnormal results too: leave errno as the caller had it.
    int const saved_errno = errno;
    F v;
    if constexpr (std::is_same_v<F, float>)
        v = std::strtof(buf, nullptr);
    else if constexpr (std::is_same_v<F, double>)
        v = std::strtod(buf, nullptr);
    else
        v = std::strtold(buf, nullptr);
    errno = saved_errno;
    return v;
}

/** Reads a JSON number (validated) without std::from_chars, with the same
    outcome as libstdc++'s std::from_chars: the nearest value (subnormals
    included), or `result_out_of_range` (and `out` untouched) when the
    nearest value is infinite, or zero while the text is not. */
template <class F>
std::errc json_number_to_float_portable(std::string_view text, F& out) noexcept {
    bool nonzero = false;
    F const v = json_number_nearest<F>(text, &nonzero);
    if (std::isinf(v) || (v == F(0) && nonzero))
        return std::errc::result_out_of_range;
    out = v;
    return std::errc{};
}

/// A JSON number's text (validated) to F: std::from_chars where the standard
/// library has it for floating point, json_number_to_float_portable otherwise.
template <class F>
std::errc json_number_to_float(std::string_view text, F& out) noexcept {
#if PROBLEM_DETAILS_FLOAT_FROM_CHARS
    F v{};
    auto const r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc{})
        return r.ec;
    if (r.ptr != text.data() + text.size())
        return std::errc::invalid_argument;
    out = v;
    return std::errc{};
#else
    return json_number_to_float_portable(text, out);
#endif
}

} // namespace problem_details::detail

#endif
