// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// detail::json_number_to_float_portable, the number reader used where the
// standard library has no floating-point std::from_chars (libc++ before
// LLVM 20): it must give what from_chars gives, value and verdict, so that
// the library behaves the same on every toolchain. Where from_chars exists
// the two are compared directly; everywhere, values written by
// std::to_chars (shortest, fixed, scientific) must read back exactly, and
// the edge cases below have known answers.

// The header under test comes first: it must be self-contained.
#include <problem_details/detail/json_number.hpp>

#define BOOST_TEST_MODULE json_number
#include "support/test_preamble.hpp"

#include <problem_details/parse.hpp>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

using pd::detail::json_number_to_float;
using pd::detail::json_number_to_float_portable;

namespace {

template <class F>
std::uint64_t bits_of(F v) {
    if constexpr (sizeof(F) == 4) {
        std::uint32_t b;
        std::memcpy(&b, &v, 4);
        return b;
    } else {
        std::uint64_t b;
        std::memcpy(&b, &v, 8);
        return b;
    }
}

struct outcome {
    std::errc ec;
    std::uint64_t bits; // of the value, when ec is success
};

template <class F>
outcome portable(std::string const& text) {
    F v = F(12345); // must stay untouched on an error
    std::errc const ec = json_number_to_float_portable(text, v);
    if (ec != std::errc{})
        BOOST_TEST(v == F(12345), "value written on error for " << text);
    return {ec, ec == std::errc{} ? bits_of(v) : 0};
}

template <class F>
outcome expect(F value) {
    return {std::errc{}, bits_of(value)};
}

outcome out_of_range() {
    return {std::errc::result_out_of_range, 0};
}

template <class F>
void check(std::string const& text, outcome want) {
    outcome const got = portable<F>(text);
    BOOST_TEST((got.ec == want.ec), text << ": verdict " << static_cast<int>(got.ec) << ", want "
                                         << static_cast<int>(want.ec));
    BOOST_TEST(got.bits == want.bits,
               text << std::hex << ": bits " << got.bits << ", want " << want.bits);
}

#if PROBLEM_DETAILS_FLOAT_FROM_CHARS
template <class F>
outcome from_chars_outcome(std::string const& text) {
    F v{};
    auto const r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec == std::errc{} && r.ptr != text.data() + text.size())
        return {std::errc::invalid_argument, 0};
    return {r.ec, r.ec == std::errc{} ? bits_of(v) : 0};
}
#endif

/// A random JSON number: sign, integer part, fraction, exponent, with runs
/// of zeros and long mantissas, around the double range's edges.
std::string random_json_number(std::mt19937_64& rng) {
    auto below = [&](unsigned n) { return static_cast<unsigned>(rng() % n); };
    std::string s;
    if (below(2))
        s += '-';
    unsigned const int_digits = below(8) == 0 ? 1 + below(40) : 1 + below(4);
    if (below(3) == 0)
        s += '0';
    else
        for (unsigned i = 0; i < int_digits; ++i)
            s += static_cast<char>((i == 0 ? '1' + below(9) : '0' + below(10)));
    if (below(2)) {
        s += '.';
        unsigned const frac = below(10) == 0 ? 1 + below(900) : 1 + below(25);
        bool const zeros = below(4) == 0;
        for (unsigned i = 0; i < frac; ++i)
            s += zeros && i + 1 < frac ? '0' : static_cast<char>('0' + below(10));
    }
    if (below(2)) {
        s += below(2) ? 'e' : 'E';
        unsigned const r = below(3);
        if (r == 1)
            s += '-';
        else if (r == 2)
            s += '+';
        static constexpr int edges[] = {0,   1,   22,  23,  38,  39,  45,  46,  290,
                                        300, 307, 308, 309, 320, 323, 324, 325, 340};
        int e = below(2)
                    ? edges[below(sizeof edges / sizeof edges[0])] + static_cast<int>(below(3)) - 1
                    : static_cast<int>(below(400));
        if (e < 0)
            e = 0;
        s += std::to_string(e);
    }
    return s;
}

} // namespace

BOOST_AUTO_TEST_CASE(known_values) {
    check<double>("0", expect(0.0));
    check<double>("-0", expect(-0.0));
    check<double>("-0.0e-999999", expect(-0.0));
    check<double>("0.000e5", expect(0.0));
    check<double>("400", expect(400.0));
    check<double>("4e2", expect(400.0));
    check<double>("4E+2", expect(400.0));
    check<double>("400.0", expect(400.0));
    check<double>("0.4e3", expect(400.0));
    check<double>("40000e-2", expect(400.0));
    check<double>("400.00000000000001", expect(400.0)); // nearest double is 400
    check<double>("0.1", expect(0.1));
    check<double>("-1.5", expect(-1.5));
    check<double>("123456789012345678901234567890", expect(123456789012345678901234567890.0));
    check<double>("1.7976931348623157e308", expect(std::numeric_limits<double>::max()));
    check<double>("2.2250738585072014e-308", expect(std::numeric_limits<double>::min()));
    check<double>("4.9406564584124654e-324", expect(std::numeric_limits<double>::denorm_min()));
    check<double>("1e-310", expect(1e-310)); // subnormal: a value, not an error
    check<double>("2.4703282292062328e-324", expect(std::numeric_limits<double>::denorm_min()));
    check<double>("9007199254740993", expect(9007199254740992.0)); // halfway: to even
    check<double>("9007199254740995", expect(9007199254740996.0));
    // Out of range as std::from_chars says it: infinite, or zero for a non-zero text.
    check<double>("1e400", out_of_range());
    check<double>("-1e400", out_of_range());
    check<double>("1.7976931348623159e308", out_of_range());
    check<double>("1e-400", out_of_range());
    check<double>("2.4e-324", out_of_range());
    check<double>("1e999999999999999999999", out_of_range());
    check<double>("1e-999999999999999999999", out_of_range());
    check<float>("3.4028235e38", expect(std::numeric_limits<float>::max()));
    check<float>("3.5e38", out_of_range());
    check<float>("1e-46", out_of_range());
    check<float>("0.1", expect(0.1f));
}

BOOST_AUTO_TEST_CASE(long_mantissas_round_correctly) {
    // The exact midpoint between 1 and the next double, 1 + 2^-53, then one
    // more non-zero digit far beyond the 800 digits kept: above the
    // midpoint, so it rounds up. Without it, the midpoint rounds to even (1).
    std::string const mid = "1.00000000000000011102230246251565404236316680908203125";
    check<double>(mid, expect(1.0));
    std::string const above = mid + std::string(2000, '0') + "1";
    check<double>(above, expect(std::nextafter(1.0, 2.0)));
    std::string const below =
        "1.00000000000000011102230246251565404236316680908203124" + std::string(2000, '9');
    check<double>(below, expect(1.0));
    // 2000 integer digits then a fraction: the scale moves with the dropped digits.
    check<double>("1" + std::string(300, '0') + "." + std::string(50, '0'), expect(1e300));
    check<double>("1" + std::string(2000, '0'), out_of_range());
    check<double>("0." + std::string(2000, '0') + "1e2000", expect(0.1));
}

BOOST_AUTO_TEST_CASE(errno_is_left_alone) {
    errno = 0;
    double v = 0;
    BOOST_TEST((json_number_to_float_portable("1e-310", v) == std::errc{}));
    BOOST_TEST((json_number_to_float_portable("1e400", v) == std::errc::result_out_of_range));
    BOOST_TEST(errno == 0);
}

BOOST_AUTO_TEST_CASE(to_chars_output_reads_back_exactly) {
    std::mt19937_64 rng(20261205);
    char buf[512];
    for (int i = 0; i < 100000; ++i) {
        double d;
        std::uint64_t const b = rng();
        std::memcpy(&d, &b, sizeof d);
        if (!std::isfinite(d))
            continue;
        for (auto fmt :
             {std::chars_format::general, std::chars_format::scientific, std::chars_format{}}) {
            auto const r = fmt == std::chars_format{}
                               ? std::to_chars(buf, buf + sizeof buf, d)
                               : std::to_chars(buf, buf + sizeof buf, d, fmt);
            BOOST_REQUIRE((r.ec == std::errc{}));
            std::string const text(buf, r.ptr);
            if (d == 0) {
                check<double>(text, expect(d));
                continue;
            }
            check<double>(text, expect(d));
        }
        float const f = static_cast<float>(d);
        if (std::isfinite(f) && f != 0) {
            auto const r = std::to_chars(buf, buf + sizeof buf, f);
            BOOST_REQUIRE((r.ec == std::errc{}));
            check<float>(std::string(buf, r.ptr), expect(f));
        }
    }
}

BOOST_AUTO_TEST_CASE(same_as_from_chars_on_random_json_numbers) {
#if PROBLEM_DETAILS_FLOAT_FROM_CHARS
    std::mt19937_64 rng(9457);
    int compared = 0;
    for (int i = 0; i < 200000; ++i) {
        std::string const text = random_json_number(rng);
        outcome const want_d = from_chars_outcome<double>(text);
        outcome const got_d = portable<double>(text);
        BOOST_TEST((got_d.ec == want_d.ec && got_d.bits == want_d.bits), "double " << text);
        outcome const want_f = from_chars_outcome<float>(text);
        outcome const got_f = portable<float>(text);
        BOOST_TEST((got_f.ec == want_f.ec && got_f.bits == want_f.bits), "float " << text);
        ++compared;
    }
    BOOST_TEST(compared == 200000);
#else
    BOOST_TEST_MESSAGE(
        "no floating-point std::from_chars here: the portable reader is the one in use, "
        "checked by the other cases");
    BOOST_TEST(!PROBLEM_DETAILS_FLOAT_FROM_CHARS);
#endif
}

BOOST_AUTO_TEST_CASE(json_number_to_float_agrees_with_the_portable_reader) {
    std::mt19937_64 rng(7807);
    for (int i = 0; i < 20000; ++i) {
        std::string const text = random_json_number(rng);
        double a = 1, b = 1;
        std::errc const ea = json_number_to_float(text, a),
                        eb = json_number_to_float_portable(text, b);
        BOOST_TEST((ea == eb), text);
        if (ea == std::errc{} && eb == std::errc{})
            BOOST_TEST(bits_of(a) == bits_of(b), text);
    }
}

BOOST_AUTO_TEST_CASE(status_written_as_a_decimal_reads_the_same_everywhere) {
    // The reader's use of it: a lenient status "4e2" or "400.0" is 400, and
    // so is one within rounding of it; "400.5" is not an integer.
    char scratch[512];
    pd::parse_options const lenient{.mode = pd::parse_mode::lenient};
    for (char const* json : {R"({"status":4e2})", R"({"status":400.0})", R"({"status":0.4E3})",
                             R"({"status":400.00000000000001})", R"({"status":40000e-2})"}) {
        auto const r = pd::parse_view(json, scratch, lenient);
        BOOST_TEST_REQUIRE(r.has_value(), json);
        BOOST_TEST((r->status == pd::http_status{400}), json);
    }
    for (char const* json :
         {R"({"status":400.5})", R"({"status":1e400})", R"({"status":4e-400})"}) {
        auto const r = pd::parse_view(json, scratch, lenient);
        BOOST_TEST_REQUIRE(r.has_value(), json);
        BOOST_TEST(!r->status.has_value(), json);
    }
}
