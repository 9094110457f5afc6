// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_UTF8_HPP
#define PROBLEM_DETAILS_DETAIL_UTF8_HPP

// UTF-8 validation per Unicode 15, Table 3-7 (well-formed byte sequences):
// no overlong forms, no encoded surrogates, nothing above U+10FFFF. Every
// UTF-8 helper of the library is here.

#include <problem_details/detail/config.hpp>

#include <cstddef>
#include <string_view>

namespace problem_details::detail {

/// How many bytes of [p, end) a valid multi-byte sequence starting at p
/// would need and can be checked; used to tell a truncated sequence at the
/// end of input from a wrong one. Returns the count of bytes that are a
/// valid prefix.
inline std::size_t utf8_valid_prefix(char const* p, char const* end) noexcept {
    auto const b = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    unsigned char const c = b(0);
    std::size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    std::size_t i = 1;
    for (; i < need && p + i < end; ++i) {
        unsigned char const d = b(i);
        unsigned char const l = i == 1 ? lo : 0x80;
        unsigned char const h = i == 1 ? hi : 0xBF;
        if (d < l || d > h)
            return 0;
    }
    return i;
}

/// Length (2..4) of the valid UTF-8 sequence starting at p, whose first
/// byte is >= 0x80; 0 when the bytes are not valid UTF-8 or are cut short.
inline std::size_t utf8_sequence_length(char const* p, char const* end) noexcept {
    unsigned char const c = static_cast<unsigned char>(*p);
    std::size_t const need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    std::size_t const have = utf8_valid_prefix(p, end);
    return have == need ? need : 0;
}

/// Whether `s` is valid UTF-8.
inline bool is_utf8(std::string_view s) noexcept {
    char const* p = s.data();
    char const* const end = p + s.size();
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

/// Decodes the valid sequence of length n at p.
inline unsigned utf8_decode(char const* p, std::size_t n) noexcept {
    auto const b = [&](std::size_t i) {
        return static_cast<unsigned>(static_cast<unsigned char>(p[i]));
    };
    switch (n) {
    case 2: return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    case 3: return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    default:
        return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) |
               (b(3) & 0x3Fu);
    }
}

/// utf8_encode for a code point below 0x10000 (one \u escape that is not
/// a surrogate), forced inline for the scanner's decoding loop.
PROBLEM_DETAILS_ALWAYS_INLINE std::size_t utf8_encode_bmp(unsigned cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
}

/// Encodes a code point (not a surrogate, <= U+10FFFF); returns the length.
inline std::size_t utf8_encode(unsigned cp, char* out) noexcept {
    if (cp < 0x10000)
        return utf8_encode_bmp(cp, out);
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

/// The longest prefix of `s` of at most `n` bytes that does not end inside
/// a UTF-8 sequence.
inline std::string_view utf8_prefix(std::string_view s, std::size_t n) noexcept {
    if (s.size() <= n)
        return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

inline constexpr std::size_t utf8_encode_length(unsigned cp) noexcept {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

} // namespace problem_details::detail

#endif
