// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_UNESCAPE_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_UNESCAPE_HPP

// Decoding the escapes of a JSON string the scanner has validated: hex
// digits, \uXXXX, and whole strings into a buffer.

#include <problem_details/detail/config.hpp>
#include <problem_details/detail/utf8.hpp>

#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace problem_details::detail {

/// The value of a hex digit; every other byte reads as hex_invalid, so
/// that four digits are checked with one test of their values' or.
inline constexpr unsigned char hex_invalid = 0x10;
struct hex_values {
    unsigned char v[256];
    constexpr hex_values() noexcept : v{} {
        for (auto& x : v)
            x = hex_invalid;
        for (unsigned c = 0; c < 10; ++c)
            v['0' + c] = static_cast<unsigned char>(c);
        for (unsigned c = 0; c < 6; ++c) {
            v['a' + c] = static_cast<unsigned char>(10 + c);
            v['A' + c] = static_cast<unsigned char>(10 + c);
        }
    }
    constexpr unsigned char operator[](unsigned char c) const noexcept { return v[c]; }
};
inline constexpr hex_values hex_value{};

/// The code unit of the four hex digits at h (validated input).
PROBLEM_DETAILS_ALWAYS_INLINE unsigned hex4(char const* h) noexcept {
    auto const d = [](char c) { return unsigned{hex_value[static_cast<unsigned char>(c)]}; };
    return (d(h[0]) << 12) | (d(h[1]) << 8) | (d(h[2]) << 4) | d(h[3]);
}

/// The byte a one-letter escape stands for, by its letter (" \\ / b f n r t;
/// 0 for any other byte).
struct unescaped_bytes {
    char v[256];
    constexpr unescaped_bytes() noexcept : v{} {
        v[static_cast<unsigned char>('"')] = '"';
        v[static_cast<unsigned char>('\\')] = '\\';
        v[static_cast<unsigned char>('/')] = '/';
        v[static_cast<unsigned char>('b')] = '\b';
        v[static_cast<unsigned char>('f')] = '\f';
        v[static_cast<unsigned char>('n')] = '\n';
        v[static_cast<unsigned char>('r')] = '\r';
        v[static_cast<unsigned char>('t')] = '\t';
    }
    constexpr char operator[](char c) const noexcept { return v[static_cast<unsigned char>(c)]; }
};
inline constexpr unescaped_bytes unescaped{};

/// Decodes the escapes of a validated string into out (which has room for
/// raw.size() bytes, and any of them may be written, past the decoded text
/// too); returns the decoded length.
inline std::size_t decode_escapes(std::string_view raw, char* out) noexcept {
    char const* p = raw.data();
    char const* const end = p + raw.size();
    char* o = out;
    for (;;) {
        // Up to the next backslash, copying as it scans: 16 bytes at a time,
        // then 8, then 4 (the runs between escapes are short), the last few
        // bytes one by one. Each block is stored whole: the output never
        // runs ahead of the input, so a block read from inside `raw` lands
        // inside `out`.
#if defined(__SSE2__)
        __m128i const backslash = _mm_set1_epi8('\\');
        // After a block stored at o: to its first backslash (true), or past it.
        auto const advance = [&](__m128i v, unsigned width) {
            auto const mask =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash))) &
                ((1u << width) - 1);
            if (mask) {
                auto const k = __builtin_ctz(mask);
                p += k;
                o += k;
                return true;
            }
            p += width;
            o += width;
            return false;
        };
        while (end - p >= 16) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
            if (advance(v, 16))
                goto escape;
        }
        if (end - p >= 8) {
            __m128i const v = _mm_loadl_epi64(reinterpret_cast<__m128i const*>(p));
            _mm_storel_epi64(reinterpret_cast<__m128i*>(o), v);
            if (advance(v, 8))
                goto escape;
        }
        if (end - p >= 4) {
            int w;
            std::memcpy(&w, p, 4);
            std::memcpy(o, &w, 4);
            if (advance(_mm_cvtsi32_si128(w), 4))
                goto escape;
        }
#endif
        while (p != end && *p != '\\')
            *o++ = *p++;
        if (p == end)
            break;
#if defined(__SSE2__)
    escape:
#endif
        if (p[1] != 'u') {
            *o++ = unescaped[p[1]];
            p += 2;
            continue;
        }
        unsigned cp = hex4(p + 2);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned const lo = hex4(p + 8);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        }
        o += utf8_encode(cp, o);
        p += 6;
    }
    return static_cast<std::size_t>(o - out);
}

} // namespace problem_details::detail

#endif
