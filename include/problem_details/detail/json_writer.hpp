// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_WRITER_HPP

// Compact JSON output into a caller's buffer (span_sink) or into nothing
// but a byte count (count_sink), from one set of templates so that
// serialized_size and serialize cannot disagree. No allocation.

#include <problem_details/detail/bit_scan.hpp>
#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/serialize_options.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace problem_details::detail {

/// Stores `"` s `"` at p, which has room for n + 2 bytes; returns the end.
PROBLEM_DETAILS_ALWAYS_INLINE char* store_quoted(char* p, char const* s, std::size_t n) noexcept {
    *p = '"';
    if (n != 0) // s may be null when n is 0
        std::memcpy(p + 1, s, n);
    p[n + 1] = '"';
    return p + n + 2;
}

/// Writes into [p, end); once something does not fit, stops writing and
/// remembers it. Nothing is ever written past end.
class span_sink {
public:
    span_sink(char* b, char* e) noexcept : begin_(b), p_(b), end_(e) {}

    void write(char const* s, std::size_t n) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < n) {
            full_ = true;
            p_ = end_;
            return;
        }
        if (n == 0) // memcpy with a null pointer is undefined even for 0 bytes
            return;
        std::memcpy(p_, s, n);
        p_ += n;
    }
    void put(char c) noexcept {
        if (p_ == end_) {
            full_ = true;
            return;
        }
        *p_++ = c;
    }
    void write(std::string_view s) noexcept { write(s.data(), s.size()); }
    /// `"` s `"`: one bounds check (exactly put, write, put when short).
    void write_quoted(char const* s, std::size_t n) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < n + 2) {
            put('"');
            write(s, n);
            put('"');
            return;
        }
        p_ = store_quoted(p_, s, n);
    }
    bool full() const noexcept { return full_; }
    std::size_t size() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

    /// Direct access for write_string's fast path: it stores at most
    /// room() bytes from cursor(), then moves the cursor with advance_to.
    std::size_t room() const noexcept { return static_cast<std::size_t>(end_ - p_); }
    char* cursor() const noexcept { return p_; }
    void advance_to(char* p) noexcept { p_ = p; }

private:
    char* begin_;
    char* p_;
    char* end_;
    bool full_ = false;
};

/// Writes into a buffer the caller knows to be large enough (it checked
/// an upper bound of the output): no checks at all.
class unchecked_sink {
public:
    explicit unchecked_sink(char* b) noexcept : begin_(b), p_(b) {}

    void write(char const* s, std::size_t n) noexcept {
        if (n == 0) // s may be null when n is 0
            return;
        std::memcpy(p_, s, n);
        p_ += n;
    }
    void put(char c) noexcept { *p_++ = c; }
    void write(std::string_view s) noexcept { write(s.data(), s.size()); }
    void write_quoted(char const* s, std::size_t n) noexcept { p_ = store_quoted(p_, s, n); }
    bool full() const noexcept { return false; }
    std::size_t size() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

    /// As span_sink's; the caller's bound stands for the room.
    static constexpr std::size_t room() noexcept { return std::size_t(-1); }
    char* cursor() const noexcept { return p_; }
    void advance_to(char* p) noexcept { p_ = p; }

private:
    char* begin_;
    char* p_;
};

/** An upper bound of a writer's output, cheap to sum: no byte of a string
    or of raw JSON text becomes more than 6 (`\u00XX`; `\uXXXX` for a
    2-byte character, 12 for a 4-byte one), everything else is counted
    exactly. The text sizes are summed with a wrap check (strings may
    share memory, so their sum is not bounded by the address space); the
    other counts grow with the objects walked, which are distinct memory. */
class output_bound {
public:
    explicit constexpr output_bound(std::size_t fixed) noexcept : fixed_(fixed) {}

    /// A string or raw JSON text of `bytes` bytes, with 16 bytes for its
    /// quotes, its separator and a short key.
    constexpr void add_text(std::size_t bytes) noexcept {
        text_ += bytes;
        wrapped_ |= text_ < bytes;
        fixed_ += 16;
    }
    /// Exactly `bytes` bytes of punctuation, keys or a number.
    constexpr void add(std::size_t bytes) noexcept { fixed_ += bytes; }
    /// A number (to_chars of any integer or double, and ".0"), true,
    /// false or null: at most 48 bytes.
    constexpr void add_scalar() noexcept { fixed_ += 48; }
    /// Not the whole output was summed (a walk stopped early): from now
    /// on nothing fits, and value() is SIZE_MAX.
    constexpr void give_up() noexcept { wrapped_ = true; }

    /// Whether `size` bytes certainly hold the output: the condition for
    /// writing through an unchecked_sink.
    constexpr bool fits(std::size_t size) const noexcept {
        return !wrapped_ && text_ <= size / 6 && fixed_ <= size - 6 * text_;
    }
    /// Whether `size` bytes likely hold the output: they do unless its
    /// strings need escapes. A guess (to_json's try on the stack,
    /// stack_or_driven_string), never a promise.
    constexpr bool likely_fits(std::size_t size) const noexcept {
        return !wrapped_ && text_ <= size && fixed_ <= size - text_;
    }
    /// The bound itself, SIZE_MAX when it does not fit in a size_t.
    constexpr std::size_t value() const noexcept {
        std::size_t const max = std::size_t(-1);
        if (wrapped_ || text_ > max / 6 || fixed_ > max - 6 * text_)
            return max;
        return 6 * text_ + fixed_;
    }

private:
    std::size_t fixed_;
    std::size_t text_ = 0;
    bool wrapped_ = false;
};

/// Counts what would be written.
class count_sink {
public:
    void write(char const*, std::size_t n) noexcept { n_ += n; }
    void put(char) noexcept { ++n_; }
    void write_quoted(char const*, std::size_t n) noexcept { n_ += n + 2; }
    void write(std::string_view s) noexcept { n_ += s.size(); }
    /// Counts n bytes a writer has sized itself (compact_json<false>).
    void add(std::size_t n) noexcept { n_ += n; }
    bool full() const noexcept { return false; }
    std::size_t size() const noexcept { return n_; }

private:
    std::size_t n_ = 0;
};

inline constexpr char hex_digits[] = "0123456789abcdef";

template <class Sink>
void write_u_escape(Sink& out, unsigned v) noexcept {
    char const buf[6] = {'\\',
                         'u',
                         hex_digits[(v >> 12) & 0xF],
                         hex_digits[(v >> 8) & 0xF],
                         hex_digits[(v >> 4) & 0xF],
                         hex_digits[v & 0xF]};
    out.write(buf, 6);
}

#if defined(__SSE2__)
/// Bit i set when byte i of the block needs a closer look: a quote, a
/// backslash, a control or non-ASCII byte (signed compare), and in
/// HTML-safe mode < > &.
inline unsigned special_mask(__m128i v, bool html) noexcept {
    // The quote, the controls and the non-ASCII bytes in one saturating
    // subtraction (see json_scanner::string_special_mask), the backslash
    // by a compare.
    __m128i const quote_ctrl_high =
        _mm_subs_epi8(_mm_xor_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8(0x21));
    __m128i special = _mm_or_si128(quote_ctrl_high, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    if (html)
        special =
            _mm_or_si128(special, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')),
                                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('>'))),
                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))));
    return static_cast<unsigned>(_mm_movemask_epi8(special));
}
#endif

/// True for a byte write_content must handle itself (see special_mask).
constexpr bool is_special_byte(unsigned char c, bool html) noexcept {
    return c < 0x20 || c >= 0x80 || c == '"' || c == '\\' ||
           (html && (c == '<' || c == '>' || c == '&'));
}

#if defined(__SSE2__)
/// A short string, [p, p + n) with Half <= n < 2 * Half (Half is 8 or 4),
/// in one block without a byte read outside it: two overlapping loads of
/// Half bytes, the first from p into lanes [0, Half), the second ending
/// at p + n into lanes [Half, 2 * Half). Other lanes are 0.
template <unsigned Half>
struct short_block {
    using word = std::conditional_t<Half == 8, std::uint64_t, std::uint32_t>;
    word first, last; // the two loads, to store them as they came
    __m128i v;

    PROBLEM_DETAILS_ALWAYS_INLINE short_block(char const* p, std::size_t n) noexcept {
        std::memcpy(&first, p, Half);
        std::memcpy(&last, p + n - Half, Half);
        if constexpr (Half == 8)
            v = _mm_set_epi64x(static_cast<long long>(last), static_cast<long long>(first));
        else
            v = _mm_set_epi32(0, 0, static_cast<int>(last), static_cast<int>(first));
    }
    /// The index in [p, p + n) of the first special byte, or n.
    PROBLEM_DETAILS_ALWAYS_INLINE std::size_t first_special(std::size_t n,
                                                            bool html) const noexcept {
        unsigned const mask = special_mask(v, html) & ((1u << (2 * Half)) - 1u);
        if (mask == 0)
            return n;
        auto const lane = static_cast<unsigned>(__builtin_ctz(mask));
        // A special byte among the first Half is the first one; else no
        // byte before Half is special and the lane is in the second load.
        return lane < Half ? lane : n - 2 * Half + lane;
    }
    /// Stores the n bytes at o, as loaded (no byte past o + n).
    PROBLEM_DETAILS_ALWAYS_INLINE void store(char* o, std::size_t n) const noexcept {
        std::memcpy(o, &first, Half);
        std::memcpy(o + n - Half, &last, Half);
    }
};

/// The index of the first special byte of [p, p + n), 4 <= n < 16, or n.
PROBLEM_DETAILS_ALWAYS_INLINE std::size_t short_first_special(char const* p, std::size_t n,
                                                              bool html) noexcept {
    return n >= 8 ? short_block<8>(p, n).first_special(n, html)
                  : short_block<4>(p, n).first_special(n, html);
}
#endif

/// The first byte in [p, end) that write_content must handle itself, or
/// end. 16 bytes at a time; the last part of a block through a load that
/// ends at `end` when the string (from `from`) is that long, else as a
/// short_block, so that no string of 4 bytes or more takes a byte loop.
inline char const* next_special(char const* p, char const* end, bool html,
                                [[maybe_unused]] char const* from) noexcept {
#if defined(__SSE2__)
    while (end - p >= 16) {
        unsigned const mask =
            special_mask(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p)), html);
        if (mask)
            return p + __builtin_ctz(mask);
        p += 16;
    }
    std::size_t const n = static_cast<std::size_t>(end - p);
    if (n == 0)
        return end;
    if (end - from >= 16) {
        // The 16 bytes ending at end; the first 16 - n were seen already.
        __m128i const last = _mm_loadu_si128(reinterpret_cast<__m128i const*>(end - 16));
        unsigned const mask = special_mask(last, html) >> (16 - n);
        return mask ? p + __builtin_ctz(mask) : end;
    }
    if (n >= 4)
        return p + short_first_special(p, n, html);
#endif
    while (p != end && !is_special_byte(static_cast<unsigned char>(*p), html))
        ++p;
    return p;
}

/// Two possibly overlapping words copied from [s, s + n) to [o, o + n),
/// sizeof(Word) <= n <= 2 * sizeof(Word).
template <class Word>
PROBLEM_DETAILS_ALWAYS_INLINE void copy_two_words(char* o, char const* s, std::size_t n) noexcept {
    Word a, b;
    std::memcpy(&a, s, sizeof a);
    std::memcpy(&b, s + n - sizeof b, sizeof b);
    std::memcpy(o, &a, sizeof a);
    std::memcpy(o + n - sizeof b, &b, sizeof b);
}

/// Copies n bytes, n < 16, from s to o in at most two loads and stores
/// that stay within [s, s + n) and [o, o + n). (A tail copied into a
/// 16-byte block calls this directly: the compiler then sees no 16-byte
/// access to warn about.)
PROBLEM_DETAILS_ALWAYS_INLINE void copy_under16(char* o, char const* s, std::size_t n) noexcept {
    if (n >= 8)
        copy_two_words<std::uint64_t>(o, s, n);
    else if (n >= 4)
        copy_two_words<std::uint32_t>(o, s, n);
    else if (n != 0) {
        o[0] = s[0];
        o[n / 2] = s[n / 2];
        o[n - 1] = s[n - 1];
    }
}

/// Copies n bytes, n <= 32, from s to o in at most two loads and stores
/// that stay within [s, s + n) and [o, o + n).
PROBLEM_DETAILS_ALWAYS_INLINE void copy_short(char* o, char const* s, std::size_t n) noexcept {
    struct block {
        char b[16];
    };
    if (n >= 16)
        copy_two_words<block>(o, s, n);
    else
        copy_under16(o, s, n);
}

/// Copies N bytes, N a constant, from s to o in 16-byte loads and stores
/// (the last 32 bytes overlapping those before): GCC makes a memcpy of a
/// few dozen constant bytes `rep movsb` (it did at 75), slow to start.
template <std::size_t N>
PROBLEM_DETAILS_ALWAYS_INLINE void copy_constant(char* o, char const* s) noexcept {
    struct block {
        char b[16];
    };
    if constexpr (N < 32) {
        std::memcpy(o, s, N);
    } else {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (copy_two_words<block>(o + 32 * I, s + 32 * I, 32), ...);
        }
        (std::make_index_sequence<N / 32>{});
        if constexpr (N % 32 != 0)
            copy_two_words<block>(o + N - 32, s + N - 32, 32);
    }
}

/// Where copy_plain stopped, in the input and in the output.
struct plain_copy {
    char const* in;
    char* out;
};

/** Copies [p, end) to `o` up to the first byte write_content must handle
    itself, scanning and copying in one pass, 16 bytes at a time. Stores
    only within [o, o + (end - p)): blocks that hold a special byte are
    stored whole, and the caller writes on from the returned position. */
PROBLEM_DETAILS_ALWAYS_INLINE plain_copy copy_plain(char const* p, char const* end, char* o,
                                                    bool html) noexcept {
    std::size_t const n = static_cast<std::size_t>(end - p);
#if defined(__SSE2__)
    if (n >= 16) {
        // One index for both sides: the loop is load, store, mask, test,
        // add, compare.
        std::size_t i = 0;
        do {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o + i), v);
            if (unsigned const mask = special_mask(v, html)) {
                auto const k = i + static_cast<unsigned>(__builtin_ctz(mask));
                return {p + k, o + k};
            }
            i += 16;
        } while (i <= n - 16);
        p += i;
        o += i;
        auto const rest = static_cast<unsigned>(n - i);
        if (rest == 0)
            return {p, o};
        // The 16 bytes ending at end, stored where they came from: over
        // the bytes just copied (the same ones), then the rest.
        __m128i const last = _mm_loadu_si128(reinterpret_cast<__m128i const*>(end - 16));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o + rest - 16), last);
        if (unsigned const mask = special_mask(last, html) >> (16 - rest)) {
            auto const k = __builtin_ctz(mask);
            return {p + k, o + k};
        }
        return {end, o + rest};
    }
    if (n >= 8) {
        short_block<8> const b(p, n);
        b.store(o, n);
        std::size_t const k = b.first_special(n, html);
        return {p + k, o + k};
    }
    if (n >= 4) {
        short_block<4> const b(p, n);
        b.store(o, n);
        std::size_t const k = b.first_special(n, html);
        return {p + k, o + k};
    }
#endif
    for (std::size_t k = 0; k < n; ++k) {
        if (is_special_byte(static_cast<unsigned char>(p[k]), html))
            return {p + k, o + k};
        o[k] = p[k];
    }
    return {end, o + n};
}

/// write_content from the first byte that needs a look (defined below).
template <bool Raw, class Sink>
char const* write_content_escaping(Sink& out, char const* p, char const* end, char const* special,
                                   serialize_options const& opt) noexcept;

/** Writes string content, escaping what JSON and the options require.

    With `Raw == false` the input is decoded text, ending at `end`.
    With `Raw == true` it is the content of a validated JSON string: its
    escapes are kept as they are and it ends at the closing quote.
    Returns where the content ended, or nullptr on invalid UTF-8. */
template <bool Raw, class Sink>
PROBLEM_DETAILS_ALWAYS_INLINE char const* write_content(Sink& out, char const* p, char const* end,
                                                        serialize_options const& opt) noexcept {
    // The common case inline: decoded text with nothing to escape, one write.
    char const* const special = next_special(p, end, opt.html_safe, p);
    if (!Raw && special == end) {
        out.write(p, static_cast<std::size_t>(end - p));
        return end;
    }
    return write_content_escaping<Raw>(out, p, end, special, opt);
}

/// write_content from the first byte that needs a look (`special`).
template <bool Raw, class Sink>
char const* write_content_escaping(Sink& out, char const* p, char const* end, char const* special,
                                   serialize_options const& opt) noexcept {
    bool const html = opt.html_safe;
    char const* const from = p;
    for (;;) {
        char const* const run = p;
        p = special ? special : next_special(p, end, html, from);
        special = nullptr;
        out.write(run, static_cast<std::size_t>(p - run));
        if (p == end)
            return p;
        unsigned char const c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            std::size_t const n = utf8_sequence_length(p, end);
            if (n == 0)
                return nullptr;
            unsigned const cp = utf8_decode(p, n);
            if (opt.escape_non_ascii) {
                if (cp >= 0x10000) {
                    unsigned const v = cp - 0x10000;
                    write_u_escape(out, 0xD800 + (v >> 10));
                    write_u_escape(out, 0xDC00 + (v & 0x3FF));
                } else {
                    write_u_escape(out, cp);
                }
            } else if (html && (cp == 0x2028 || cp == 0x2029)) {
                write_u_escape(out, cp);
            } else {
                out.write(p, n);
            }
            p += n;
            continue;
        }
        if constexpr (Raw) {
            if (c == '"')
                return p;
            if (c == '\\') {
                // An escape already in JSON form: keep it as it is.
                std::size_t const n = p[1] == 'u' ? 6 : 2;
                out.write(p, n);
                p += n;
                continue;
            }
        }
        ++p;
        switch (c) {
        case '"': out.write("\\\"", 2); break;
        case '\\': out.write("\\\\", 2); break;
        case '\n': out.write("\\n", 2); break;
        case '\r': out.write("\\r", 2); break;
        case '\t': out.write("\\t", 2); break;
        case '\b': out.write("\\b", 2); break;
        case '\f': out.write("\\f", 2); break;
        default: write_u_escape(out, c); break; // other controls and < > &
        }
    }
}

/// The letter of a byte's two-character JSON escape (\" \\ \n \r \t \b \f),
/// or 0 when it has none (it is then written as \u00XX, or as itself).
constexpr char short_escape(unsigned char c) noexcept {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    case '\b': return 'b';
    case '\f': return 'f';
    default: return 0;
    }
}

/// The JSON escape of a byte below 0x80 that needs one (a quote, a
/// backslash, a control, or < > & in HTML-safe mode), at o; returns its end.
/// short_escape of every byte below 0x80, as a table (one load, where
/// the switch is a jump table).
inline constexpr struct short_escape_table {
    char letter[0x80];
    constexpr short_escape_table() noexcept : letter() {
        for (unsigned c = 0; c < 0x80; ++c)
            letter[c] = short_escape(static_cast<unsigned char>(c));
    }
} short_escapes{};

PROBLEM_DETAILS_ALWAYS_INLINE char* put_ascii_escape(char* o, unsigned char c) noexcept {
    char const e = short_escapes.letter[c & 0x7F]; // (c < 0x80)
    o[0] = '\\';
    if (e) {
        o[1] = e;
        return o + 2;
    }
    o[1] = 'u';
    o[2] = '0';
    o[3] = '0';
    o[4] = hex_digits[c >> 4];
    o[5] = hex_digits[c & 0xF];
    return o + 6;
}

/// \uXXXX at o.
PROBLEM_DETAILS_ALWAYS_INLINE char* put_u_escape(char* o, unsigned v) noexcept {
    o[0] = '\\';
    o[1] = 'u';
    o[2] = hex_digits[(v >> 12) & 0xF];
    o[3] = hex_digits[(v >> 8) & 0xF];
    o[4] = hex_digits[(v >> 4) & 0xF];
    o[5] = hex_digits[v & 0xF];
    return o + 6;
}

/// The length of the valid UTF-8 sequence at p (*p >= 0x80), 0 when it
/// is not valid: two- and three-byte sequences checked inline (Unicode
/// Table 3-7), four-byte ones and every error by utf8_sequence_length.
PROBLEM_DETAILS_ALWAYS_INLINE std::size_t utf8_length_at(char const* p, char const* end) noexcept {
    auto const c = static_cast<unsigned char>(*p);
    if (end - p >= 3) {
        auto const d = static_cast<unsigned char>(p[1]);
        if (c >= 0xC2 && c <= 0xDF && (d & 0xC0) == 0x80)
            return 2;
        if ((c & 0xF0) == 0xE0 && (static_cast<unsigned char>(p[2]) & 0xC0) == 0x80 &&
            (c == 0xE0   ? d >= 0xA0
             : c == 0xED ? d <= 0x9F
                         : true) &&
            (d & 0xC0) == 0x80)
            return 3;
    }
    return utf8_sequence_length(p, end);
}

/// Whether the valid three-byte sequence at p is U+2028 or U+2029 (line
/// and paragraph separators), which HTML-safe output escapes.
PROBLEM_DETAILS_ALWAYS_INLINE bool is_js_line_separator(char const* p) noexcept {
    return static_cast<unsigned char>(p[0]) == 0xE2 && static_cast<unsigned char>(p[1]) == 0x80 &&
           (static_cast<unsigned char>(p[2]) | 1u) == 0xA9;
}

/** escape_into with no option set (or `html_safe` alone), a byte at a
    time: the reference the block path (escape_into_blocks) is tested
    against, and its path without SSE2. */
inline char* escape_into_scalar(char* o, char const* p, char const* const end,
                                bool html = false) noexcept {
    while (p != end) {
        auto const c = static_cast<unsigned char>(*p);
        if (!is_special_byte(c, html)) {
            *o++ = *p++;
            continue;
        }
        if (c < 0x80) {
            o = put_ascii_escape(o, c);
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n == 0)
            return nullptr;
        if (html && n == 3 && is_js_line_separator(p)) {
            o = put_u_escape(o, utf8_decode(p, n));
            p += n;
            continue;
        }
        for (std::size_t i = 0; i < n; ++i)
            o[i] = p[i];
        o += n;
        p += n;
    }
    return o;
}

/** escape_into with no option set (the usual case, `Html` false) or
    `html_safe` alone (`Html`: < > & and U+2028, U+2029 escaped too), a
    block of 16 bytes at a time. Each block is stored whole where it goes
    (a tail under 16 bytes is copied exactly, from a padded copy looked
    at), then its special bytes are seen. Its non-ASCII text is validated
    at once (json_scanner::utf8_block, as the reader does), or, where that
    cannot vouch for it (a four-byte sequence, a lead E0 or ED, an error;
    HTML-safe, a lead E2, which U+2028 and U+2029 start with), a sequence
    at a time; it is left as it is, so text with non-ASCII letters stays a
    block at a time. A sequence that runs past the block is read again
    from its lead, where the next block then starts. A character to
    escape is escaped over the stored copy and the blocks go on from the
    byte after it. Nothing is stored past the output (the output is never
    shorter than the input). */
template <bool Html>
PROBLEM_DETAILS_ALWAYS_INLINE char* escape_into_blocks(char* o, char const* p,
                                                       char const* const end) noexcept {
#if defined(__SSE2__)
    for (;;) {
        auto const left = static_cast<std::size_t>(end - p);
        __m128i v;
        if (left >= 16) {
            v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
        } else {
            if (left == 0)
                return o;
            alignas(16) char tail[16];
            _mm_store_si128(reinterpret_cast<__m128i*>(tail), _mm_set1_epi8('a'));
            copy_under16(tail, p, left);
            copy_under16(o, p, left);
            v = _mm_load_si128(reinterpret_cast<__m128i const*>(tail));
        }
        unsigned events = special_mask(v, Html);
        unsigned step = 16; // how far the block takes p and o when nothing is escaped
        // (Every non-ASCII byte is among the events.)
        if (unsigned const high = static_cast<unsigned>(_mm_movemask_epi8(v)); high != 0) {
            // (In a tail, a sequence cut short by the end meets the padding
            // 'a', which utf8_block refuses: the sequence path then reads
            // it against the real end.)
            unsigned crossing;
            bool block_ok = json_scanner::utf8_block(v, high, crossing);
            if constexpr (Html) // (U+2028 and U+2029 start with E2)
                block_ok =
                    block_ok &&
                    !_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
            if (block_ok) {
                events &= ~high;
                if (crossing != 0) // (a full block: a tail's would meet the padding)
                    step = static_cast<unsigned>(lowest_bit(crossing));
            } else {
                while (events != 0) {
                    auto const k = static_cast<unsigned>(lowest_bit(events));
                    if (static_cast<unsigned char>(p[k]) < 0x80)
                        break;
                    std::size_t const n = utf8_length_at(p + k, end);
                    if (n == 0)
                        return nullptr;
                    if (k + n > 16) { // the last in the block (in a tail it cannot be)
                        step = k;
                        events = 0;
                        break;
                    }
                    if (Html && n == 3 && is_js_line_separator(p + k))
                        break; // escaped below
                    events &= ~0u << (k + n);
                }
            }
        }
        if (events == 0) {
            if (left < 16)
                return o + left;
            p += step;
            o += step;
            continue;
        }
        // A character to escape at k: the bytes before it are in place.
        auto const k = static_cast<unsigned>(lowest_bit(events));
        if (Html && static_cast<unsigned char>(p[k]) >= 0x80) { // U+2028 or U+2029
            o = put_u_escape(o + k, utf8_decode(p + k, 3));
            p += k + 3;
            continue;
        }
        o = put_ascii_escape(o + k, static_cast<unsigned char>(p[k]));
        p += k + 1;
    }
#else
    return escape_into_scalar(o, p, end, Html);
#endif
}

/// escape_into_blocks with no option set.
inline char* escape_into_plain(char* o, char const* p, char const* const end) noexcept {
    return escape_into_blocks<false>(o, p, end);
}

/// escape_into_blocks for `html_safe` alone. Out of line, as
/// escape_into_with_options is.
PROBLEM_DETAILS_NOINLINE inline char* escape_into_html_safe(char* o, char const* p,
                                                            char const* const end) noexcept {
    return escape_into_blocks<true>(o, p, end);
}

/// escape_into with escape_non_ascii set: plain runs copied
/// a block at a time (copy_plain), every byte that needs a look handled in
/// place. Out of line, so that what it inlines never weighs on the choice
/// in escape_into (its register saves did, 15 instructions a call).
PROBLEM_DETAILS_NOINLINE inline char*
escape_into_with_options(char* o, char const* p, char const* const end,
                         serialize_options const& opt) noexcept {
    bool const html = opt.html_safe;
    for (;;) {
        plain_copy const run = copy_plain(p, end, o, html);
        p = run.in;
        o = run.out;
        if (p == end)
            return o;
        auto const c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            o = put_ascii_escape(o, c);
            ++p;
            continue;
        }
        std::size_t const n = utf8_length_at(p, end);
        if (n == 0)
            return nullptr;
        if (opt.escape_non_ascii || html) {
            unsigned const cp = utf8_decode(p, n);
            if (opt.escape_non_ascii) {
                if (cp >= 0x10000) {
                    unsigned const v = cp - 0x10000;
                    o = put_u_escape(o, 0xD800 + (v >> 10));
                    o = put_u_escape(o, 0xDC00 + (v & 0x3FF));
                } else {
                    o = put_u_escape(o, cp);
                }
                p += n;
                continue;
            }
            if (cp == 0x2028 || cp == 0x2029) {
                o = put_u_escape(o, cp);
                p += n;
                continue;
            }
        }
        for (std::size_t i = 0; i < n; ++i)
            o[i] = p[i];
        o += n;
        p += n;
    }
}

/** write_content_escaping<false> into memory with room for 6 bytes per
    input byte, with no call per piece: escape_into_plain with no option
    set, escape_into_html_safe with `html_safe` alone, else
    escape_into_with_options. Returns the end of the output, or nullptr on
    invalid UTF-8. */
PROBLEM_DETAILS_ALWAYS_INLINE char* escape_into(char* o, char const* p, char const* const end,
                                                serialize_options const& opt) noexcept {
    if (!opt.html_safe && !opt.escape_non_ascii)
        return escape_into_plain(o, p, end);
    if (!opt.escape_non_ascii)
        return escape_into_html_safe(o, p, end);
    return escape_into_with_options(o, p, end, opt);
}

/// The rest of a string from `p`, whose first byte to escape is `special`,
/// and the closing quote (the opening one is written).
template <class Sink>
PROBLEM_DETAILS_NOINLINE bool write_string_rest(Sink& out, char const* p, char const* special,
                                                char const* end,
                                                serialize_options const& opt) noexcept {
    if constexpr (requires { out.advance_to(out.cursor()); }) {
        // Room for the worst case (every byte 6) and the quote: in place.
        if (out.room() / 6 > static_cast<std::size_t>(end - p)) {
            char* const o = escape_into(out.cursor(), p, end, opt);
            if (!o)
                return false;
            *o = '"';
            out.advance_to(o + 1);
            return true;
        }
    }
    if (!write_content_escaping<false>(out, p, end, special, opt))
        return false;
    out.put('"');
    return true;
}

/** write_string with no option set (or `html_safe` alone, `Html`) at o,
    in memory with room for 6 bytes per byte of `s` and its quotes (a
    bound checked by the caller): the cursor-passing form of
    write_string's fast path, for writers that keep their output position
    in a register. Returns the end, or nullptr on invalid UTF-8. */
template <bool Html = false>
PROBLEM_DETAILS_ALWAYS_INLINE char* put_string(char* o, std::string_view s) noexcept {
    char const* const end = s.data() + s.size();
    *o = '"';
    plain_copy const stop = copy_plain(s.data(), end, o + 1, Html);
    char* e = stop.out;
    if (stop.in != end) [[unlikely]] {
        e = Html ? escape_into_html_safe(e, stop.in, end) : escape_into_plain(e, stop.in, end);
        if (!e)
            return nullptr;
    }
    *e = '"';
    return e + 1;
}

/// write_string for every case but the fast one: a sink that counts or is
/// short of room, or `html_safe`. Writes both quotes.
template <class Sink>
PROBLEM_DETAILS_NOINLINE bool write_string_general(Sink& out, char const* p, char const* end,
                                                   serialize_options const& opt) noexcept {
    if (p == end) { // (p may be null then: write_content's null means failure)
        out.write("\"\"", 2);
        return true;
    }
    if constexpr (requires { out.advance_to(out.cursor()); }) {
        // HTML-safe into memory with room for the worst case: in place.
        if (opt.html_safe && !opt.escape_non_ascii &&
            out.room() / 6 > static_cast<std::size_t>(end - p)) {
            char* const e = put_string<true>(
                out.cursor(), std::string_view(p, static_cast<std::size_t>(end - p)));
            if (!e)
                return false;
            out.advance_to(e);
            return true;
        }
    }
    char const* const special = next_special(p, end, opt.html_safe, p);
    if (special == end) { // nothing to escape: one write with its quotes
        out.write_quoted(p, static_cast<std::size_t>(end - p));
        return true;
    }
    out.put('"');
    return write_string_rest(out, p, special, end, opt);
}

/** Writes a decoded string as a JSON string. False on invalid UTF-8.

    Inline for the common case, a sink over memory with room for the
    string and its quotes and no `html_safe`: one pass that scans and
    copies, then the closing quote. Anything else goes out of line. */
template <class Sink>
PROBLEM_DETAILS_ALWAYS_INLINE bool write_string(Sink& out, std::string_view s,
                                                serialize_options const& opt) noexcept {
    char const* const end = s.data() + s.size();
    if constexpr (requires { out.advance_to(out.cursor()); }) {
        if (!opt.html_safe && out.room() >= s.size() + 2) {
            char* const o = out.cursor();
            *o = '"';
            plain_copy const stop = copy_plain(s.data(), end, o + 1, false);
            if (stop.in == end) [[likely]] {
                *stop.out = '"';
                out.advance_to(stop.out + 1);
                return true;
            }
            out.advance_to(stop.out);
            return write_string_rest(out, stop.in, stop.in, end, opt);
        }
    }
    return write_string_general(out, s.data(), end, opt);
}

/// n bytes from s at o (within the caller's bound); returns the end. Up to
/// 32 bytes inline, more by memcpy.
PROBLEM_DETAILS_ALWAYS_INLINE char* put_bytes(char* o, char const* s, std::size_t n) noexcept {
    if (n <= 32)
        copy_short(o, s, n);
    else
        std::memcpy(o, s, n);
    return o + n;
}

/// A constant key (a string literal, its terminator left out) at o.
template <std::size_t N>
PROBLEM_DETAILS_ALWAYS_INLINE char* put_literal(char* o, char const (&k)[N]) noexcept {
    std::memcpy(o, k, N - 1);
    return o + N - 1;
}

#if defined(__SSE2__)
/// Bit i set where byte i of the block is `c`.
inline unsigned byte_mask(__m128i v, char c) noexcept {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
}

/// Bit i set for a byte below 0x21 or above 0x7F (signed compare): outside
/// strings in validated JSON, exactly the whitespace.
inline unsigned ws_mask(__m128i v) noexcept {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21))));
}
#endif

/// The first quote or whitespace byte in [p, end), or end. Used outside
/// strings in validated JSON, where nothing else is below 0x21.
inline char const* next_quote_or_ws(char const* p, char const* end) noexcept {
#if defined(__SSE2__)
    while (end - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        if (unsigned const mask = byte_mask(v, '"') | ws_mask(v))
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p != end && *p != '"' && !json_scanner::is_ws(*p))
        ++p;
    return p;
}

/// compact_json a byte at a time, from output size `o` and inside a
/// string or not: its tail, all of it without SSE2, and its reference.
template <bool Store>
std::size_t compact_json_scalar(char* out, std::size_t o, char const* p, char const* const end,
                                bool in_string) noexcept {
    while (p != end) {
        char const c = *p++;
        if (!in_string && json_scanner::is_ws(c))
            continue;
        if constexpr (Store)
            out[o] = c;
        ++o;
        if (c == '"') {
            in_string = !in_string;
        } else if (c == '\\') { // the escaped byte, even a quote, as it is
            if constexpr (Store)
                out[o] = *p;
            ++o;
            ++p;
        }
    }
    return o;
}

#if defined(__SSE2__)
/** compact_json's look at a block `v` of the text, event by event
    (for a block with an escape): how many input bytes it takes (17 for an
    escape whose second byte is past the block), the first `kept` of them
    as they are, the rest whitespace to drop. Bytes of `v` past the text
    must read as whitespace (the padded tail). */
struct compact_step {
    unsigned taken, kept;
};
PROBLEM_DETAILS_ALWAYS_INLINE compact_step compact_block(__m128i v, bool& in_string) noexcept {
    unsigned const quote = byte_mask(v, '"');
    unsigned const ws = ws_mask(v);
    unsigned const in_str = quote | byte_mask(v, '\\');
    unsigned const outside = quote | ws;
    unsigned at = 0; // bytes of the block kept as they are
    for (;;) {
        unsigned const mask = (in_string ? in_str : outside) >> at << at;
        if (mask == 0)
            return {16, 16};
        auto const k = static_cast<unsigned>(__builtin_ctz(mask));
        if ((quote >> k) & 1u) { // (from the masks: k may be in the padding)
            in_string = !in_string;
            at = k + 1;
        } else if (in_string) { // a backslash
            at = k + 2;
        } else { // whitespace: the block's run of it is dropped
            return {k + static_cast<unsigned>(__builtin_ctz(~(ws >> k))), k};
        }
        if (at >= 16)
            return {at, at};
    }
}

/** compact_json's usual step: the block `v` of the text from p (16 bytes,
    or the padded tail, whose padding reads as whitespace). Which bytes are
    in strings comes from the quotes' running parity (a prefix xor), so
    quotes cost nothing; each run of kept bytes is copied on its own,
    exactly (nothing is stored past the output). A block with a backslash
    goes event by event (compact_block). Returns the input bytes taken. */
template <bool Store>
PROBLEM_DETAILS_ALWAYS_INLINE unsigned
compact_block_fast(__m128i v, char const* p, char* out, std::size_t& o, bool& in_string) noexcept {
    if (byte_mask(v, '\\')) {
        compact_step const step = compact_block(v, in_string);
        if constexpr (Store)
            copy_short(out + o, p, step.kept);
        o += step.kept;
        return step.taken;
    }
    unsigned inside = byte_mask(v, '"'); // bit i: byte i follows an odd number of quotes
    inside ^= inside << 1;
    inside ^= inside << 2;
    inside ^= inside << 4;
    inside ^= inside << 8;
    if (in_string)
        inside = ~inside;
    in_string = (inside >> 15) & 1u;
    unsigned const drop = ws_mask(v) & ~inside & 0xFFFFu;
    if (drop == 0) {
        if constexpr (Store)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), v);
        o += 16;
        return 16;
    }
    unsigned j = 0; // the start of a run of kept bytes
    for (;;) {
        unsigned const later = drop & (~0u << j);
        unsigned const e = later ? static_cast<unsigned>(__builtin_ctz(later)) : 16u;
        if constexpr (Store)
            copy_short(out + o, p + j, e - j);
        o += e - j;
        unsigned const kept = ~drop & (0xFFFFu << e) & 0xFFFFu;
        if (kept == 0)
            return 16;
        j = static_cast<unsigned>(__builtin_ctz(kept));
    }
}
#endif

/// The bits set in a 16-bit mask (no popcnt in the SSE2 baseline).
constexpr unsigned popcount16(unsigned x) noexcept {
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return (x + (x >> 8)) & 0x1Fu;
}

#if defined(__SSE2__)
/** A point of [p, end) with at least 16 bytes from 0x21 to 0x7F after it
    (bytes compact_json keeps wherever they are), found in at most four
    blocks back from the end; p when there is none. Every block that ends
    by it is compacted with 16-byte stores that may run past its own output
    (compact_block_loose): the output certainly goes 16 bytes further. */
inline char const* compact_horizon(char const* p, char const* end) noexcept {
    unsigned kept = 0;
    char const* b = end;
    for (int i = 0; i < 4 && b - p >= 16; ++i) {
        b -= 16;
        kept +=
            popcount16(~ws_mask(_mm_loadu_si128(reinterpret_cast<__m128i const*>(b))) & 0xFFFFu);
        if (kept >= 16)
            return b;
    }
    return p;
}

/** compact_block_fast for a block with no backslash, 16 bytes before the
    horizon (so 32 bytes of text from p and 16 more bytes of output to
    come): each run of kept bytes stored as the 16 bytes from its start,
    the excess overwritten by what follows. */
PROBLEM_DETAILS_ALWAYS_INLINE void compact_block_loose(__m128i v, char const* p, char* out,
                                                       std::size_t& o, bool& in_string) noexcept {
    unsigned inside = byte_mask(v, '"'); // as in compact_block_fast
    inside ^= inside << 1;
    inside ^= inside << 2;
    inside ^= inside << 4;
    inside ^= inside << 8;
    if (in_string)
        inside = ~inside;
    in_string = (inside >> 15) & 1u;
    unsigned const drop = ws_mask(v) & ~inside & 0xFFFFu;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), v);
    if (drop == 0) {
        o += 16;
        return;
    }
    unsigned keep = ~drop & 0xFFFFu;
    unsigned j = 0;
    if (keep & 1u) { // the first run, from the block as stored
        unsigned const e = static_cast<unsigned>(__builtin_ctz(drop));
        o += e;
        keep &= ~0u << e;
    }
    while (keep != 0) {
        j = static_cast<unsigned>(__builtin_ctz(keep));
        unsigned const later = drop & (~0u << j);
        unsigned const e = later ? static_cast<unsigned>(__builtin_ctz(later)) : 16u;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o),
                         _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + j)));
        o += e - j;
        keep &= e < 16 ? ~0u << e : 0u;
    }
}
#endif

/** Validated JSON text [p, end) without its insignificant whitespace, at
    `out` (when `Store`, with room for end - p bytes): returns the size,
    at most end - p. Strings are copied as they are. A block with no
    backslash is taken whole (compact_block_fast), one with an escape
    event by event (compact_block). A text under 16 bytes is copied whole
    when it has no whitespace byte, else goes a byte at a time (cheaper
    than a padded block for values like "400"). Otherwise the last 15
    bytes or fewer are looked
    at in a zero-padded copy (no read past end; the padding reads as
    whitespace after the text) but copied from the text. Nothing is stored
    past the output. compact_json_scalar does it all without SSE2; a test
    holds the two equal. */
template <bool Store>
std::size_t compact_json(char* out, char const* p, char const* const end) noexcept {
    std::size_t o = 0;
    bool in_string = false;
#if defined(__SSE2__)
    if (end - p < 16) {
        // A short text (e.g. "400"): with no byte below 0x21 (nor above
        // 0x7F) it is compact as it is, else it goes a byte at a time.
        auto const n = static_cast<std::size_t>(end - p);
        alignas(16) char tail[16];
        std::memset(tail, 'x', sizeof tail);
        copy_under16(tail, p, n);
        if (ws_mask(_mm_load_si128(reinterpret_cast<__m128i const*>(tail))) != 0)
            return compact_json_scalar<Store>(out, o, p, end, in_string);
        if constexpr (Store)
            copy_under16(out, p, n);
        return n;
    }
    if constexpr (Store) {
        if (end - p >= 48) {
            // Up to 16 bytes before the horizon, runs stored 16 bytes at a time.
            char const* const horizon = compact_horizon(p, end);
            while (horizon - p >= 16) {
                __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
                if (byte_mask(v, '\\')) {
                    p += compact_block_fast<Store>(v, p, out, o, in_string);
                    continue;
                }
                compact_block_loose(v, p, out, o, in_string);
                p += 16;
            }
        }
    }
    while (end - p >= 16)
        p += compact_block_fast<Store>(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p)), p, out,
                                       o, in_string);
    while (p < end) {
        alignas(16) char tail[16] = {};
        copy_under16(tail, p, static_cast<std::size_t>(end - p));
        p += compact_block_fast<Store>(_mm_load_si128(reinterpret_cast<__m128i const*>(tail)), p,
                                       out, o, in_string);
    }
    return o;
#else
    return compact_json_scalar<Store>(out, o, p, end, in_string);
#endif
}

/// The closing quote of a string in validated JSON, from just after its
/// opening quote: the first quote not escaped.
inline char const* closing_quote(char const* p, char const* end) noexcept {
    for (;;) {
#if defined(__SSE2__)
        while (end - p >= 16) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
            if (unsigned const mask = byte_mask(v, '"') | byte_mask(v, '\\')) {
                p += __builtin_ctz(mask);
                break;
            }
            p += 16;
        }
#endif
        while (p != end && *p != '"' && *p != '\\')
            ++p;
        if (p == end || *p == '"')
            return p;
        p += 2; // an escape: \x, or \u whose four hex digits hold no quote or backslash
    }
}

/// option_escapes_in's look, the options as constants: blocks of 16
/// bytes, the last one ending at `end`; under 16 bytes two overlapping
/// loads (short_block, whose other lanes are 0: no byte to look for).
template <bool Html, bool NonAscii>
PROBLEM_DETAILS_ALWAYS_INLINE bool option_escapes_look(char const* p, char const* end) noexcept {
#if defined(__SSE2__)
    auto const found = [](__m128i v) {
        unsigned bits = 0;
        if constexpr (NonAscii)
            bits = static_cast<unsigned>(_mm_movemask_epi8(v));
        if constexpr (Html)
            bits |= static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8('>'))),
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2)))))));
        return bits != 0;
    };
    auto const n = static_cast<std::size_t>(end - p);
    if (n >= 16) {
        for (; end - p > 16; p += 16)
            if (found(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p))))
                return true;
        // The last 16 bytes (over some seen already).
        return found(_mm_loadu_si128(reinterpret_cast<__m128i const*>(end - 16)));
    }
    if (n >= 8)
        return found(short_block<8>(p, n).v);
    if (n >= 4)
        return found(short_block<4>(p, n).v);
#endif
    for (; p != end; ++p) {
        auto const c = static_cast<unsigned char>(*p);
        if ((NonAscii && c >= 0x80) || (Html && (c == '<' || c == '>' || c == '&' || c == 0xE2)))
            return true;
    }
    return false;
}

/// option_escapes_in with an option set. Out of line: the writers that
/// call it with none keep their code as it was.
PROBLEM_DETAILS_NOINLINE inline bool option_escapes_scan(std::string_view text, bool html,
                                                         bool non_ascii) noexcept {
    char const* const p = text.data();
    char const* const end = p + text.size();
    if (!non_ascii)
        return option_escapes_look<true, false>(p, end);
    if (!html)
        return option_escapes_look<false, true>(p, end);
    return option_escapes_look<true, true>(p, end);
}

/** Whether validated JSON text holds a byte that the options would have
    written otherwise than as it is: for `html_safe` < > & and the lead E2
    (of U+2028 and U+2029, and of other characters), for
    `escape_non_ascii` any non-ASCII byte. Outside its strings such text
    has none of them, so when this is false the options change nothing in
    it. False at once when no option is set. */
PROBLEM_DETAILS_ALWAYS_INLINE bool option_escapes_in(std::string_view text,
                                                     serialize_options const& opt) noexcept {
    if (!opt.escape_non_ascii && !opt.html_safe)
        return false;
    return option_escapes_scan(text, opt.html_safe, opt.escape_non_ascii);
}

template <class Sink>
void write_raw_with_options(Sink& out, std::string_view raw, serialize_options const& opt) noexcept;

/** Writes a validated JSON text compactly: insignificant whitespace
    dropped, strings re-escaped as the options ask. */
template <class Sink>
void write_raw_compacted(Sink& out, std::string_view raw, serialize_options const& opt) noexcept {
    if (opt.escape_non_ascii || opt.html_safe)
        return write_raw_with_options(out, raw, opt);
    char const* p = raw.data();
    char const* const end = p + raw.size();
    // Validated strings are already what the writer would make of them:
    // only the whitespace outside them goes, a block at a time.
    if constexpr (requires { out.advance_to(out.cursor()); }) {
        if (out.room() >= raw.size()) {
            out.advance_to(out.cursor() + compact_json<true>(out.cursor(), p, end));
            return;
        }
    } else if constexpr (requires { out.add(raw.size()); }) {
        out.add(compact_json<false>(nullptr, p, end));
        return;
    }
    // A span_sink short of room: each run between whitespace in one write.
    char const* run = p;
    while (p != end) {
        p = next_quote_or_ws(p, end);
        if (p == end)
            break;
        if (*p == '"') {
            p = closing_quote(p + 1, end);
            if (p != end) // (always, in validated JSON)
                ++p;
            continue;
        }
        out.write(run, static_cast<std::size_t>(p - run));
        do
            ++p;
        while (p != end && json_scanner::is_ws(*p));
        run = p;
    }
    out.write(run, static_cast<std::size_t>(p - run));
}

/** write_raw_compacted with an option set: as with none when the options
    change nothing in the text (option_escapes_in, the usual case), else
    each string re-escaped. Out of line: the writer with no option set
    keeps its code as it was. */
template <class Sink>
PROBLEM_DETAILS_NOINLINE void write_raw_with_options(Sink& out, std::string_view raw,
                                                     serialize_options const& opt) noexcept {
    if (!option_escapes_in(raw, opt))
        return write_raw_compacted(out, raw, serialize_options{});
    char const* p = raw.data();
    char const* const end = p + raw.size();
    while (p != end) {
        char const* const run = p;
        p = next_quote_or_ws(p, end);
        out.write(run, static_cast<std::size_t>(p - run));
        if (p == end)
            break;
        if (*p == '"') {
            out.put('"');
            p = write_content<true>(out, p + 1, end, opt);
            out.put('"');
            ++p;
            continue;
        }
        while (p != end && json_scanner::is_ws(*p))
            ++p;
    }
}

/// True when `raw` is exactly one JSON value (surrounding whitespace allowed).
inline bool is_json_text(std::string_view raw) noexcept {
    json_scanner s(raw, std::size_t(1) << 17, std::size_t(-1));
    s.skip_ws();
    if (s.p == s.end || !s.skip_value(0))
        return false;
    s.skip_ws();
    return s.p == s.end;
}

/// Writes a double as Boost.JSON would read it back as a double.
template <class Sink>
void write_double(Sink& out, double d) noexcept {
    if (std::isnan(d)) {
        out.write("null", 4);
        return;
    }
    if (std::isinf(d)) {
        if (d < 0)
            out.write("-1e99999", 8);
        else
            out.write("1e99999", 7);
        return;
    }
    char buf[32];
    auto const r = std::to_chars(buf, buf + sizeof buf, d);
    std::size_t n = static_cast<std::size_t>(r.ptr - buf);
    bool integral_looking = true;
    for (std::size_t i = 0; i < n; ++i)
        if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E')
            integral_looking = false;
    out.write(buf, n);
    if (integral_looking)
        out.write(".0", 2); // keep it a double when read back
}

} // namespace problem_details::detail

#endif
