// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_SCANNER_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_SCANNER_HPP

// A validating JSON scanner specialised for reading one object's members.
// It accepts and rejects exactly what Boost.JSON's parser accepts and
// rejects with default options (RFC 8259, UTF-8 checked, no comments, no
// trailing commas); tests/differential.cpp and the differential fuzzer hold
// it to that. It never allocates: nesting is tracked in a fixed bit array.

#include <problem_details/error.hpp>
#include <problem_details/detail/utf8.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace problem_details::detail {

/// What a scanned number looked like, for reading "status".
struct number_token {
    std::string_view text;
    bool negative = false;
    bool integer = true;    // no fraction, no exponent
    bool overflow = false;  // integer part above 2^64-1
    std::uint64_t int_value = 0;
};

class json_scanner {
public:
    char const* const begin;
    char const* p;
    char const* const end;
    error err{};
    char const* err_pos = nullptr;
    std::size_t max_depth;
    std::size_t max_string_length;

    json_scanner(std::string_view s, std::size_t depth_limit, std::size_t string_limit) noexcept
        : begin(s.data()), p(s.data()), end(s.data() + s.size()), max_depth(depth_limit),
          max_string_length(string_limit) {}

    bool fail(error e, char const* at) noexcept {
        err = e;
        err_pos = at;
        return false;
    }

    std::size_t offset(char const* at) const noexcept { return static_cast<std::size_t>(at - begin); }

    static bool is_ws(char c) noexcept { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    /// Set whenever skip_ws skips something; lets the reader know, for
    /// free, whether a value's raw text is already compact.
    bool saw_ws = false;

    void skip_ws() noexcept {
        if (p != end && is_ws(*p)) {
            saw_ws = true;
            do
                ++p;
            while (p != end && is_ws(*p));
        }
    }

    /// Scans a string starting at its opening quote. On success `content`
    /// is the raw text between the quotes and `escaped` tells whether it
    /// holds backslash escapes (and so needs decoding).
    bool scan_string(std::string_view& content, bool& escaped) noexcept {
        char const* const open = p;
        ++p; // opening quote
        char const* const start = p;
        escaped = false;
        for (;;) {
#if defined(__SSE2__)
            // 16 bytes at a time while nothing needs a closer look:
            // a quote, a backslash, a control character or a non-ASCII byte
            // (signed compare below 0x20 catches both of the last two).
            while (end - p >= 16) {
                __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
                __m128i const special = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
                int const mask = _mm_movemask_epi8(special);
                if (mask == 0) {
                    p += 16;
                    continue;
                }
                p += __builtin_ctz(static_cast<unsigned>(mask));
                break;
            }
#endif
            if (p == end)
                return fail(error::incomplete, p);
            unsigned char const c = static_cast<unsigned char>(*p);
            if (c == '"') {
                content = std::string_view(start, static_cast<std::size_t>(p - start));
                ++p;
                if (content.size() > max_string_length)
                    return fail(error::string_too_long, open);
                return true;
            }
            if (c == '\\') {
                escaped = true;
                if (!scan_escape())
                    return false;
                continue;
            }
            if (c < 0x20)
                return fail(error::control_character, p);
            if (c >= 0x80) {
                std::size_t const n = utf8_sequence_length(p, end);
                if (n == 0)
                    return fail(p + utf8_valid_prefix(p, end) == end ? error::incomplete
                                                                     : error::invalid_utf8,
                                p);
                p += n;
                continue;
            }
            ++p;
        }
    }

    /// Skips one JSON value of any kind, validating it fully. `depth` is the
    /// nesting depth of the container the value sits in.
    bool skip_value(std::size_t depth) noexcept {
        // Containers are tracked in a bit array (1 = object), so that the
        // nesting depth costs no recursion and no allocation.
        unsigned char kinds[parse_options_max_depth / 8];
        std::size_t level = 0; // containers opened by this call
        for (;;) {
            // A value is expected here.
            skip_ws();
            if (p == end)
                return fail(error::incomplete, p);
            char const c = *p;
            bool opened = false;
            if (c == '{' || c == '[') {
                if (depth + level + 1 > max_depth)
                    return fail(error::too_deep, p);
                bool const is_object = c == '{';
                // Each byte is written whole on first use, so no bit of
                // the (uninitialised) array is ever read before it is set.
                unsigned const bit = is_object ? (1u << (level % 8)) : 0u;
                if (level % 8 == 0)
                    kinds[level / 8] = static_cast<unsigned char>(bit);
                else
                    kinds[level / 8] = static_cast<unsigned char>(
                        (kinds[level / 8] & ~(1u << (level % 8))) | bit);
                ++level;
                ++p;
                skip_ws();
                if (p == end)
                    return fail(error::incomplete, p);
                if (*p == (is_object ? '}' : ']')) {
                    ++p;
                    --level;
                } else {
                    opened = true;
                    if (is_object && !scan_key_colon())
                        return false;
                }
            } else if (!skip_scalar()) {
                return false;
            }
            if (opened)
                continue; // the first value of the new container
            // After a complete value: close containers or move to the next element.
            for (;;) {
                if (level == 0)
                    return true;
                skip_ws();
                if (p == end)
                    return fail(error::incomplete, p);
                bool const in_object = (kinds[(level - 1) / 8] >> ((level - 1) % 8)) & 1u;
                char const d = *p;
                if (d == ',') {
                    ++p;
                    if (in_object) {
                        skip_ws();
                        if (!scan_key_colon())
                            return false;
                    }
                    break; // next value
                }
                if (d == (in_object ? '}' : ']')) {
                    ++p;
                    --level;
                    continue;
                }
                return fail(error::syntax, p);
            }
        }
    }

    /// After `{` or `,` in an object: a key string and its colon.
    bool scan_key_colon() noexcept {
        skip_ws();
        if (p == end)
            return fail(error::incomplete, p);
        if (*p != '"')
            return fail(error::syntax, p);
        std::string_view key;
        bool escaped;
        if (!scan_string(key, escaped))
            return false;
        skip_ws();
        if (p == end)
            return fail(error::incomplete, p);
        if (*p != ':')
            return fail(error::syntax, p);
        ++p;
        return true;
    }

    /// A string, number or literal.
    bool skip_scalar() noexcept {
        char const c = *p;
        if (c == '"') {
            std::string_view s;
            bool escaped;
            return scan_string(s, escaped);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            number_token n;
            return scan_number(n);
        }
        if (c == 't')
            return scan_literal("true", 4);
        if (c == 'f')
            return scan_literal("false", 5);
        if (c == 'n')
            return scan_literal("null", 4);
        return fail(error::syntax, p);
    }

    bool scan_literal(char const* word, std::size_t n) noexcept {
        for (std::size_t i = 0; i < n; ++i) {
            if (p + i == end)
                return fail(error::incomplete, p + i);
            if (p[i] != word[i])
                return fail(error::syntax, p + i);
        }
        p += n;
        return true;
    }

    /// Scans a number per RFC 8259 and classifies it.
    bool scan_number(number_token& n) noexcept {
        char const* const start = p;
        if (*p == '-') {
            n.negative = true;
            ++p;
            if (p == end)
                return fail(error::incomplete, p);
        }
        if (*p == '0') {
            ++p;
        } else if (*p >= '1' && *p <= '9') {
            while (p != end && *p >= '0' && *p <= '9') {
                unsigned const d = static_cast<unsigned>(*p - '0');
                if (n.int_value > (UINT64_MAX - d) / 10)
                    n.overflow = true;
                else
                    n.int_value = n.int_value * 10 + d;
                ++p;
            }
        } else {
            return fail(error::syntax, p);
        }
        if (p != end && *p == '.') {
            n.integer = false;
            ++p;
            if (p == end)
                return fail(error::incomplete, p);
            if (!(*p >= '0' && *p <= '9'))
                return fail(error::syntax, p);
            while (p != end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p != end && (*p == 'e' || *p == 'E')) {
            n.integer = false;
            ++p;
            if (p == end)
                return fail(error::incomplete, p);
            if (*p == '+' || *p == '-')
                ++p;
            if (p == end)
                return fail(error::incomplete, p);
            if (!(*p >= '0' && *p <= '9'))
                return fail(error::syntax, p);
            std::uint64_t exp = 0;
            while (p != end && *p >= '0' && *p <= '9') {
                if (exp < (std::uint64_t(1) << 40))
                    exp = exp * 10 + static_cast<unsigned>(*p - '0');
                ++p;
            }
            // Boost.JSON rejects exponents that, adjusted for the digits of
            // the mantissa, leave the range of int. That needs an exponent
            // near INT_MAX; leave those rare numbers to Boost.JSON itself so
            // the verdict is exactly its verdict.
            std::size_t const len = static_cast<std::size_t>(p - start);
            if (exp + len + 2 > static_cast<std::uint64_t>(INT_MAX) && !boost_accepts_number(start, len))
                return fail(error::exponent_overflow, start);
        }
        n.text = std::string_view(start, static_cast<std::size_t>(p - start));
        return true;
    }

private:
    static constexpr std::size_t parse_options_max_depth = std::size_t(1) << 17;

    static int hex_digit(char c) noexcept {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /// Reads 4 hex digits after "\u"; p is at the backslash.
    bool read_u_escape(unsigned& cp) noexcept {
        // p[0] == '\\', p[1] == 'u'
        cp = 0;
        for (int i = 2; i < 6; ++i) {
            if (p + i >= end)
                return fail(error::incomplete, end);
            int const h = hex_digit(p[i]);
            if (h < 0)
                return fail(error::invalid_escape, p + i);
            cp = cp * 16 + static_cast<unsigned>(h);
        }
        return true;
    }

    /// Validates one escape sequence at p (which is at the backslash).
    bool scan_escape() noexcept {
        if (p + 1 >= end)
            return fail(error::incomplete, end);
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': p += 2; return true;
        case 'u': break;
        default: return fail(error::invalid_escape, p);
        }
        unsigned cp;
        if (!read_u_escape(cp))
            return false;
        char const* const at = p;
        p += 6;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail(error::invalid_surrogate, at);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            // A leading surrogate must be followed by an escaped trailing one.
            if (p == end || (p + 1 == end && *p == '\\'))
                return fail(error::incomplete, end);
            if (p[0] != '\\' || p[1] != 'u')
                return fail(error::invalid_surrogate, at);
            unsigned lo;
            if (!read_u_escape(lo))
                return false;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return fail(error::invalid_surrogate, p);
            p += 6;
        }
        return true;
    }

    // A handler that accepts everything: Boost.JSON's verdict on a number.
    struct accept_all_handler {
        constexpr static std::size_t max_object_size = std::size_t(-1);
        constexpr static std::size_t max_array_size = std::size_t(-1);
        constexpr static std::size_t max_key_size = std::size_t(-1);
        constexpr static std::size_t max_string_size = std::size_t(-1);
        bool on_document_begin(boost::json::error_code&) { return true; }
        bool on_document_end(boost::json::error_code&) { return true; }
        bool on_object_begin(boost::json::error_code&) { return true; }
        bool on_object_end(std::size_t, boost::json::error_code&) { return true; }
        bool on_array_begin(boost::json::error_code&) { return true; }
        bool on_array_end(std::size_t, boost::json::error_code&) { return true; }
        bool on_key_part(boost::json::string_view, std::size_t, boost::json::error_code&) { return true; }
        bool on_key(boost::json::string_view, std::size_t, boost::json::error_code&) { return true; }
        bool on_string_part(boost::json::string_view, std::size_t, boost::json::error_code&) { return true; }
        bool on_string(boost::json::string_view, std::size_t, boost::json::error_code&) { return true; }
        bool on_number_part(boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_int64(std::int64_t, boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_uint64(std::uint64_t, boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_double(double, boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_bool(bool, boost::json::error_code&) { return true; }
        bool on_null(boost::json::error_code&) { return true; }
        bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }
    };

    static bool boost_accepts_number(char const* s, std::size_t n) noexcept {
        boost::json::basic_parser<accept_all_handler> parser{boost::json::parse_options{}};
        boost::json::error_code ec;
        parser.write_some(false, s, n, ec);
        return !ec;
    }
};

} // namespace problem_details::detail

#endif
