// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_URI_HPP
#define PROBLEM_DETAILS_DETAIL_URI_HPP

// Just enough of RFC 3986 for a validator: which characters a URI
// reference may hold, and whether it starts with a scheme (is absolute).

#include <string_view>

namespace problem_details::detail {

constexpr bool is_alpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr bool is_hex(char c) noexcept {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// True when every character may appear in a URI reference: unreserved,
/// reserved, or a well-formed %XX escape. Spaces, controls, quotes, angle
/// brackets, backslashes and non-ASCII bytes may not.
constexpr bool is_uri_reference(std::string_view s) noexcept {
    constexpr std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=";
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if (is_alpha(c) || is_digit(c) || allowed.find(c) != std::string_view::npos)
            continue;
        if (c == '%' && i + 2 < s.size() + 0 && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

/// True when the reference starts with `scheme ":"`, i.e. is absolute.
constexpr bool has_scheme(std::string_view s) noexcept {
    if (s.empty() || !is_alpha(s[0]))
        return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        char const c = s[i];
        if (c == ':')
            return true;
        if (!(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.'))
            return false;
    }
    return false;
}

} // namespace problem_details::detail

#endif
