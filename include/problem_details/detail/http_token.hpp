// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_HTTP_TOKEN_HPP
#define PROBLEM_DETAILS_DETAIL_HTTP_TOKEN_HPP

// The small pieces of HTTP syntax (RFC 9110, RFC 9112) that both sides use:
// tokens, case-insensitive names, optional whitespace, lines and the status
// line. Shared by http_message.hpp, media_type.hpp, retry.hpp and classify.

#include <problem_details/http_status.hpp>

#include <cstddef>
#include <string_view>

namespace problem_details::detail {

inline constexpr bool is_tchar(unsigned char c) noexcept {
    // RFC 9110 §5.6.2 token characters.
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
    }
}

inline constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

inline constexpr bool is_ows(char c) noexcept {
    return c == ' ' || c == '\t';
}

inline constexpr std::string_view trim_ows(std::string_view s) noexcept {
    while (!s.empty() && is_ows(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_ows(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Whether `s` ends with `suffix`, ASCII case-insensitive.
constexpr bool ends_with_icase(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

/// The line starting at `p` (without its CRLF or LF) and where the next
/// one starts. `p < end`.
struct line {
    std::string_view text;
    char const* next;
};

inline line next_line(char const* p, char const* end) noexcept {
    char const* q = p;
    while (q != end && *q != '\n')
        ++q;
    char const* text_end = q;
    if (text_end != p && text_end[-1] == '\r')
        --text_end;
    return {std::string_view(p, static_cast<std::size_t>(text_end - p)), q == end ? end : q + 1};
}

/// Parses "HTTP/x[.y] DDD[ reason]"; false if `s` is not such a line.
inline bool parse_status_line(std::string_view s, std::string_view& version, http_status& status,
                              std::string_view& reason) noexcept {
    if (s.size() < 10 || s.substr(0, 5) != "HTTP/")
        return false;
    std::size_t i = 5;
    if (!(s[i] >= '0' && s[i] <= '9'))
        return false;
    ++i;
    if (s[i] == '.') {
        ++i;
        if (i >= s.size() || !(s[i] >= '0' && s[i] <= '9'))
            return false;
        ++i;
    }
    version = s.substr(0, i);
    if (i >= s.size() || s[i] != ' ')
        return false;
    ++i;
    if (s.size() - i < 3)
        return false;
    auto const st = parse_status(s.substr(i, 3));
    if (!st)
        return false;
    i += 3;
    if (i < s.size()) {
        if (s[i] != ' ')
            return false;
        ++i;
    }
    reason = s.substr(i);
    for (char c : reason)
        if (c == '\r' || c == '\0')
            return false;
    status = *st;
    return true;
}

} // namespace problem_details::detail

#endif
