// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_EXTENSION_VALUE_HPP
#define PROBLEM_DETAILS_IMPL_EXTENSION_VALUE_HPP

#include <problem_details/detail/json_number.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/problem_reader.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <system_error>

namespace problem_details {

namespace detail {

/// The raw text without surrounding whitespace (a hand-made view may have it).
inline std::string_view trimmed_value(std::string_view v) noexcept {
    while (!v.empty() && json_scanner::is_ws(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && json_scanner::is_ws(v.back()))
        v.remove_suffix(1);
    return v;
}

/// The error for a value that is not what was asked: another JSON type, or
/// no JSON at all.
inline error_code not_that_type(std::string_view raw) noexcept {
    return make_error_code(is_json_text(raw) ? error::member_wrong_type
                                             : error::invalid_extension_value);
}

/// Scans `v` (trimmed) as exactly one JSON number.
inline bool scan_whole_number(std::string_view v, number_token& n) noexcept {
    if (v.empty() || !(v.front() == '-' || (v.front() >= '0' && v.front() <= '9')))
        return false;
    json_scanner s(v, 1, std::size_t(-1));
    return s.scan_number(n) && s.p == s.end;
}

template <class F>
auto with_extension(problem_view const& p, std::string_view name, F f) noexcept
    -> decltype(f(extension{})) {
    using R = decltype(f(extension{}));
    auto const it = p.extensions.find(name);
    if (it == p.extensions.end())
        return R(boost::system::in_place_error, make_error_code(error::missing_member));
    return f(*it);
}

} // namespace detail

inline result<std::string_view> extension_string(extension const& e,
                                                 std::span<char> scratch) noexcept {
    std::string_view const v = detail::trimmed_value(e.value);
    if (v.empty() || v.front() != '"')
        return detail::not_that_type(v);
    detail::json_scanner s(v, 1, std::size_t(-1));
    std::string_view raw;
    bool escaped = false;
    if (!s.scan_string(raw, escaped) || s.p != s.end)
        return make_error_code(error::invalid_extension_value);
    if (!escaped)
        return raw;
    if (scratch.size() < raw.size()) // decoding never lengthens the text
        return make_error_code(error::scratch_too_small);
    return std::string_view(scratch.data(), detail::decode_escapes(raw, scratch.data()));
}

template <std::integral I>
requires(!std::same_as<I, bool>) result<I> extension_integer(extension const& e)
noexcept {
    std::string_view const v = detail::trimmed_value(e.value);
    detail::number_token n;
    if (!detail::scan_whole_number(v, n))
        return detail::not_that_type(v);
    if (!n.integer)
        return make_error_code(error::member_wrong_type);
    if (v == "-0")
        return I{0};
    I out{};
    auto const r = std::from_chars(v.data(), v.data() + v.size(), out);
    if (r.ec != std::errc{} || r.ptr != v.data() + v.size())
        return make_error_code(error::value_out_of_range); // too large, or negative for unsigned
    return out;
}

inline result<double> extension_number(extension const& e) noexcept {
    std::string_view const v = detail::trimmed_value(e.value);
    detail::number_token n;
    if (!detail::scan_whole_number(v, n))
        return detail::not_that_type(v);
    double d = 0;
    std::errc const ec = detail::json_number_to_float(v, d); // as the reader reads "status"
    if (ec == std::errc::result_out_of_range) {
        // Underflow is a value (zero), overflow is not.
        if (std::isinf(detail::json_number_nearest<double>(v)))
            return make_error_code(error::value_out_of_range);
        return n.negative ? -0.0 : 0.0;
    }
    if (ec != std::errc{})
        return make_error_code(error::value_out_of_range);
    return d;
}

inline result<bool> extension_bool(extension const& e) noexcept {
    std::string_view const v = detail::trimmed_value(e.value);
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    return result<bool>(boost::system::in_place_error, detail::not_that_type(v));
}

inline result<std::string_view> extension_string(problem_view const& p, std::string_view name,
                                                 std::span<char> scratch) noexcept {
    return detail::with_extension(p, name,
                                  [&](extension const& e) { return extension_string(e, scratch); });
}

template <std::integral I>
requires(!std::same_as<I, bool>) result<I> extension_integer(problem_view const& p,
                                                             std::string_view name)
noexcept {
    return detail::with_extension(p, name,
                                  [](extension const& e) { return extension_integer<I>(e); });
}

inline result<double> extension_number(problem_view const& p, std::string_view name) noexcept {
    return detail::with_extension(p, name, [](extension const& e) { return extension_number(e); });
}

inline result<bool> extension_bool(problem_view const& p, std::string_view name) noexcept {
    return detail::with_extension(p, name, [](extension const& e) { return extension_bool(e); });
}

} // namespace problem_details

#endif
