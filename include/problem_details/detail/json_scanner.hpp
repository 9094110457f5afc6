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

#include <problem_details/detail/bit_scan.hpp>
#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_unescape.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/error.hpp>

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
    bool integer = true;   // no fraction, no exponent
    bool overflow = false; // integer part above 2^64-1
    std::uint64_t int_value = 0;
};

/// Whether the N bytes at a and b are equal, N a compile-time constant:
/// word compares inline (a call to memcmp would cost more than the compare).
template <std::size_t N>
PROBLEM_DETAILS_ALWAYS_INLINE bool equal_bytes(char const* a, char const* b) noexcept {
#if defined(__SSE2__)
    if constexpr (N >= 32) {
        // Long (a type URI): the differences of 16-byte blocks or'ed, one test.
        __m128i acc = _mm_setzero_si128();
        for (std::size_t i = 0; i + 16 <= N; i += 16)
            acc = _mm_or_si128(
                acc, _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<__m128i const*>(a + i)),
                                   _mm_loadu_si128(reinterpret_cast<__m128i const*>(b + i))));
        if constexpr (N % 16 != 0) // the last 16 bytes, overlapping
            acc = _mm_or_si128(
                acc, _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<__m128i const*>(a + N - 16)),
                                   _mm_loadu_si128(reinterpret_cast<__m128i const*>(b + N - 16))));
        return _mm_movemask_epi8(_mm_cmpeq_epi8(acc, _mm_setzero_si128())) == 0xFFFF;
    } else
#endif
        if constexpr (N >= 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        return x == y && equal_bytes<N - 8>(a + 8, b + 8);
    } else if constexpr (N >= 4) {
        std::uint32_t x, y;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        return x == y && equal_bytes<N - 4>(a + 4, b + 4);
    } else if constexpr (N >= 2) {
        std::uint16_t x, y;
        std::memcpy(&x, a, 2);
        std::memcpy(&y, b, 2);
        return x == y && equal_bytes<N - 2>(a + 2, b + 2);
    } else if constexpr (N == 1) {
        return *a == *b;
    } else {
        (void)a;
        (void)b;
        return true;
    }
}

/// Byte classes for the string scanner's inline escapes.
inline constexpr unsigned char cc_simple_escape = 1; // " \\ / b f n r t after a backslash
inline constexpr unsigned char cc_hex = 2;           // 0-9 a-f A-F
struct char_classes {
    unsigned char v[256];
    constexpr char_classes() noexcept : v{} {
        for (unsigned c = 0; c < 256; ++c) // the letters decode_escapes decodes
            if (unescaped.v[c] != 0)
                v[c] = static_cast<unsigned char>(v[c] | cc_simple_escape);
        for (unsigned c = '0'; c <= '9'; ++c)
            v[c] = static_cast<unsigned char>(v[c] | cc_hex);
        for (unsigned c = 'a'; c <= 'f'; ++c) {
            v[c] = static_cast<unsigned char>(v[c] | cc_hex);
            v[c - 'a' + 'A'] = static_cast<unsigned char>(v[c - 'a' + 'A'] | cc_hex);
        }
    }
    constexpr unsigned char operator[](unsigned char c) const noexcept { return v[c]; }
};
inline constexpr char_classes char_class{};

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

    std::size_t offset(char const* at) const noexcept {
        return static_cast<std::size_t>(at - begin);
    }

    static bool is_ws(char c) noexcept {
        // One compare and one bit test, not four compares.
        constexpr std::uint64_t ws = (std::uint64_t(1) << ' ') | (std::uint64_t(1) << '\n') |
                                     (std::uint64_t(1) << '\r') | (std::uint64_t(1) << '\t');
        auto const u = static_cast<unsigned char>(c);
        return u <= ' ' && ((ws >> u) & 1u) != 0;
    }

    /// The first byte at or after q that is not whitespace (or e).
    static char const* skip_ws_from(char const* q, char const* e) noexcept {
        // A single space or line break is the common run: bytes first,
        // longer runs (indentation) out of line.
        for (int i = 0; i < 2; ++i) {
            if (q == e || !is_ws(*q))
                return q;
            ++q;
        }
        return skip_ws_run(q, e);
    }

    /// skip_ws_from's long runs: 16 bytes at a time.
    PROBLEM_DETAILS_NOINLINE static char const* skip_ws_run(char const* q, char const* e) noexcept {
#if defined(__SSE2__)
        // Indentation comes in longer runs.
        while (e - q >= 16) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(q));
            __m128i const ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
            auto const other = static_cast<unsigned>(_mm_movemask_epi8(ws)) ^ 0xFFFFu;
            if (other)
                return q + lowest_bit(other);
            q += 16;
        }
#endif
        while (q != e && is_ws(*q))
            ++q;
        return q;
    }

    /// The whitespace run whose first byte is at q (q < e, *q whitespace):
    /// the first byte after it. Pretty printers write a line break and then
    /// spaces: after the first byte, a run of spaces is skipped 16 bytes at
    /// a time; anything else (and the last bytes) byte by byte.
    PROBLEM_DETAILS_ALWAYS_INLINE static char const* ws_run(char const* q, char const* e) noexcept {
        ++q;
        // One byte (a line break, a space after a colon) is the common run.
        if (q == e || static_cast<unsigned char>(*q) > ' ')
            return q;
        return ws_run_rest(q, e);
    }

    /// ws_run from its second byte (q < e): the rest of the run.
    PROBLEM_DETAILS_ALWAYS_INLINE static char const* ws_run_rest(char const* q,
                                                                 char const* e) noexcept {
#if defined(__SSE2__)
        if (*q == ' ' && e - q >= 16) {
            do {
                __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(q));
                auto const other = static_cast<unsigned>(
                                       _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))) ^
                                   0xFFFFu;
                if (other) {
                    q += lowest_bit(other);
                    break;
                }
                q += 16;
            } while (e - q >= 16);
        }
#endif
        while (q != e && is_ws(*q))
            ++q;
        return q;
    }

    /// Set whenever skip_ws skips something; lets the reader know, for
    /// free, whether a value's raw text is already compact.
    bool saw_ws = false;

    PROBLEM_DETAILS_ALWAYS_INLINE void skip_ws() noexcept {
        p = skip_ws_noted(p);
    }

    /// The first byte at or after q that is not whitespace; saw_ws set if
    /// there was any.
    PROBLEM_DETAILS_ALWAYS_INLINE char const* skip_ws_noted(char const* q) noexcept {
        // Every whitespace byte is <= ' ': one compare rejects the common case.
        if (q != end && static_cast<unsigned char>(*q) <= ' ' && is_ws(*q)) {
            saw_ws = true;
            // A byte loop, not ws_run: skip_ws is inlined at many places of
            // the typed readers, where ws_run's block costs more than it saves.
            do
                ++q;
            while (q != end && is_ws(*q));
        }
        return q;
    }

    /// After an object's key at q: the colon (whitespace around it allowed)
    /// and the start of the value, which must not be the end of the input;
    /// q moves to the value. Compact JSON takes the first branch only. The
    /// caller keeps the position in a local (a register), not in `p`; the
    /// slow path takes it and returns it, so that it is never stored.
    PROBLEM_DETAILS_ALWAYS_INLINE bool colon_then_value_at(char const*& q) noexcept {
        if (end - q >= 2 && q[0] == ':' && static_cast<unsigned char>(q[1]) > ' ') {
            ++q;
            return true;
        }
        char const* const v = colon_then_value_slow(q);
        if (!v)
            return false;
        q = v;
        return true;
    }

    /// colon_then_value_at's other cases: the value's position, or nullptr
    /// (the error set).
    char const* colon_then_value_slow(char const* q) noexcept {
        q = skip_ws_noted(q);
        if (q == end)
            return fail(error::incomplete, q), nullptr;
        if (*q != ':')
            return fail(error::syntax, q), nullptr;
        q = skip_ws_noted(q + 1);
        if (q == end)
            return fail(error::incomplete, q), nullptr;
        return q;
    }

    /// After an object member's value at q: 1 when a ',' follows (q is then
    /// at the next token, not the end of the input), 0 when the '}' does (q
    /// is at it), -1 on an error. The position as in colon_then_value_at.
    PROBLEM_DETAILS_ALWAYS_INLINE int next_member_at(char const*& q) noexcept {
        if (q != end && *q == ',') {
            ++q;
            if (q != end && static_cast<unsigned char>(*q) > ' ')
                return 1;
            q = skip_ws_noted(q);
            if (q == end)
                return fail(error::incomplete, q), -1;
            return 1;
        }
        if (q != end && *q == '}')
            return 0;
        // Pretty printers put the '}' on a line of its own: inline, not a call.
        // Anything else there goes on from past the whitespace.
        if (q != end && is_ws(*q)) {
            q = skip_ws_noted(q);
            if (q != end && *q == '}')
                return 0;
        }
        member_step const n = next_member_slow(q);
        q = n.at;
        return n.next;
    }

    /// next_member_slow's answer: next_member_at's, and the position.
    struct member_step {
        char const* at;
        int next;
    };

    /// next_member_at's other cases (whitespace first).
    member_step next_member_slow(char const* q) noexcept {
        q = skip_ws_noted(q);
        if (q == end)
            return {q, (fail(error::incomplete, q), -1)};
        if (*q == ',') {
            q = skip_ws_noted(q + 1);
            if (q == end)
                return {q, (fail(error::incomplete, q), -1)};
            return {q, 1};
        }
        if (*q == '}')
            return {q, 0};
        return {q, (fail(error::syntax, q), -1)};
    }

    /// Scans a string starting at its opening quote. On success `content`
    /// is the raw text between the quotes and `escaped` tells whether it
    /// holds backslash escapes (and so needs decoding).
    PROBLEM_DETAILS_ALWAYS_INLINE bool scan_string(std::string_view& content,
                                                   bool& escaped) noexcept {
        return scan_string_at(p, content, escaped);
    }

    /// scan_string with the position in a local `q` (see colon_then_value_at).
    PROBLEM_DETAILS_ALWAYS_INLINE bool scan_string_at(char const*& q, std::string_view& content,
                                                      bool& escaped) noexcept {
        escaped = false;
        char const* const start = q + 1;
        char const* resume;
        if (char const* const close = plain_string_end(start, resume)) {
            content = std::string_view(start, static_cast<std::size_t>(close - start));
            q = close + 1;
            return true;
        }
        p = q;
        if (!scan_string_rest(resume))
            return false;
        q = p;
        content = rest_content_;
        escaped = rest_escaped_;
        return true;
    }

    /// The common case of a string, inline: from `start` (just after the
    /// opening quote), whole blocks of plain bytes, then the closing quote,
    /// which is returned. Anything else (an escape, a control or non-ASCII
    /// byte, the last 15 bytes of the input, a string past the length
    /// limit) returns nullptr, and `resume` is where scan_string_rest
    /// continues: the bytes before it are plain.
    PROBLEM_DETAILS_ALWAYS_INLINE char const* plain_string_end(char const* start,
                                                               char const*& resume) const noexcept {
        char const* q = start;
#if defined(__SSE2__)
        if (std::size_t const n = static_cast<std::size_t>(end - start); n >= 16) {
            std::size_t i = 0;
            unsigned mask = string_special_mask(start); // (most strings end in it)
            if (mask == 0) {
                // Blocks at offsets up to the last that fits and, past the
                // length limit, no further: one compare a block.
                std::size_t const stop = n - 16 < max_string_length ? n - 16 : max_string_length;
                for (i = 16; i <= stop; i += 16)
                    if ((mask = string_special_mask(start + i)) != 0)
                        break;
            }
            if (mask != 0) {
                i += lowest_bit(mask);
                if (start[i] == '"' && i <= max_string_length)
                    return start + i;
            }
            q = start + i;
        }
        // Fewer than 16 bytes left (the last string of a document): the 16
        // bytes ending at `end`, those before q masked off.
        if (end - q < 16 && q != end && end - begin >= 16) {
            unsigned const mask = string_special_mask(end - 16) >> (16 - (end - q));
            if (mask == 0) {
                q = end; // not closed (out of line: too long, or incomplete)
            } else {
                q += lowest_bit(mask);
                if (*q == '"' && static_cast<std::size_t>(q - start) <= max_string_length)
                    return q;
            }
        }
#endif
        resume = q;
        return nullptr;
    }

#if defined(__SSE2__)
    /// string_special_mask's constants, held by a loop that wants them kept
    /// in registers.
    struct string_masks {
        __m128i two = _mm_set1_epi8(2);
        __m128i bias = _mm_set1_epi8(0x21);
        __m128i backslash = _mm_set1_epi8('\\');

        /// Makes the constants opaque, so that they stay in registers
        /// (GCC would load them again at every string).
        void pin() noexcept {
#if defined(__GNUC__)
            __asm__("" : "+x"(two), "+x"(bias), "+x"(backslash));
#endif
        }

        /// Bit i set when byte i at q is a quote, a backslash, a control or
        /// a non-ASCII byte.
        PROBLEM_DETAILS_ALWAYS_INLINE unsigned special(char const* q) const noexcept {
            return special(_mm_loadu_si128(reinterpret_cast<__m128i const*>(q)));
        }

        /// The same for a block already loaded.
        PROBLEM_DETAILS_ALWAYS_INLINE unsigned special(__m128i v) const noexcept {
            // x ^ 2 maps '"' (0x22) to 0x20, keeps the controls below 0x20
            // and the non-ASCII bytes negative; subtracting 0x21 with signed
            // saturation then sets the top bit for exactly those three. The
            // backslash is the one more compare.
            __m128i const quote_ctrl_high = _mm_subs_epi8(_mm_xor_si128(v, two), bias);
            return static_cast<unsigned>(
                _mm_movemask_epi8(_mm_or_si128(quote_ctrl_high, _mm_cmpeq_epi8(v, backslash))));
        }
    };

    PROBLEM_DETAILS_ALWAYS_INLINE static unsigned string_special_mask(char const* q) noexcept {
        return string_masks{}.special(q);
    }
#endif

    /// The length of the string's event at q (q < end) when it is a common
    /// one, taken inline: one of the eight single-byte escapes, \u with four
    /// hex digits that is not a surrogate (both set `escaped`), a two- or
    /// three-byte UTF-8 sequence (Unicode Table 3-7). 0 for anything else:
    /// the quote, a control, a four-byte sequence, every error.
    PROBLEM_DETAILS_ALWAYS_INLINE std::size_t common_string_event(char const* q,
                                                                  bool& escaped) const noexcept {
        unsigned char const c = static_cast<unsigned char>(*q);
        if (c == '\\') {
            if (end - q >= 2) {
                unsigned char const e = static_cast<unsigned char>(q[1]);
                if (char_class[e] & cc_simple_escape) {
                    escaped = true;
                    return 2;
                }
                if (e == 'u' && end - q >= 6) {
                    unsigned char const h0 = static_cast<unsigned char>(q[2]);
                    if ((char_class[h0] & char_class[static_cast<unsigned char>(q[3])] &
                         char_class[static_cast<unsigned char>(q[4])] &
                         char_class[static_cast<unsigned char>(q[5])] & cc_hex) &&
                        (h0 | 0x20) != 'd') { // U+D000..U+DFFF: the surrogates among them
                        escaped = true;
                        return 6;
                    }
                }
            }
            return 0;
        }
        if (c >= 0x80 && end - q >= 3) {
            unsigned char const d = static_cast<unsigned char>(q[1]);
            if (c >= 0xC2 && c <= 0xDF && (d & 0xC0) == 0x80)
                return 2;
            if ((c & 0xF0) == 0xE0 && (static_cast<unsigned char>(q[2]) & 0xC0) == 0x80 &&
                (c == 0xE0   ? d >= 0xA0 && d <= 0xBF
                 : c == 0xED ? d >= 0x80 && d <= 0x9F
                             : (d & 0xC0) == 0x80))
                return 3;
        }
        return 0;
    }

#if defined(__SSE2__)
    /** The non-ASCII bytes of a block v (bit i of `high`: byte i is one)
        checked together, not one sequence at a time: true when every one
        is in a well-formed two- or three-byte sequence (Unicode Table 3-7)
        that starts in the block. One lead at byte 14 or 15 whose sequence
        runs past the block is left to the caller: its bit is `crossing`
        (0 if none). False for anything else (a four-byte sequence, a lead
        E0 or ED, every error), which the caller takes a sequence at a
        time. */
    PROBLEM_DETAILS_ALWAYS_INLINE static bool utf8_block(__m128i v, unsigned high,
                                                         unsigned& crossing) noexcept {
        auto const bits = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
        auto const below = [&](int x) {
            return bits(_mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(x)), v));
        };
        // Signed bytes: 0x80..0xBF are -128..-65, 0xC2..0xDF -62..-33,
        // 0xE0..0xEF -32..-17, 0xA0..0xBF -96..-65.
        unsigned const cont = below(-64);
        unsigned const lead2 = below(-32) & ~below(-62);
        unsigned const lead3 = below(-16) & ~below(-32);
        // Each lead wants continuation bytes after it, and every
        // continuation byte must be wanted: a lead where one is wanted, or
        // one wanted twice, shows as a difference.
        unsigned const want = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
        unsigned bad = (high & ~(cont | lead2 | lead3)) | ((want ^ cont) & 0xFFFFu);
        // E0 and ED restrict the byte after them (no overlong forms, no
        // surrogates): rare leads, left to the caller.
        if (lead3 != 0)
            bad |= bits(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE0))),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xED)))));
        // (Two leads cannot both run past the block: byte 15 would be a
        // lead where a continuation byte is wanted.)
        crossing = ((lead2 | lead3) & 0x8000u) | (lead3 & 0x4000u);
        return bad == 0;
    }

    /// The events of a string's block v: bit i set when byte i is a quote,
    /// a backslash, a control or a non-ASCII byte, less the non-ASCII bytes
    /// utf8_block vouches for (a lead whose sequence runs past the block
    /// stays). The bytes a string scan must look at one by one.
    PROBLEM_DETAILS_ALWAYS_INLINE static unsigned string_events(__m128i v) noexcept {
        unsigned mask = string_masks{}.special(v);
        if (mask != 0) {
            unsigned crossing;
            if (unsigned const high = static_cast<unsigned>(_mm_movemask_epi8(v));
                high != 0 && utf8_block(v, high, crossing))
                mask = (mask & ~high) | crossing;
        }
        return mask;
    }
#endif

    /// The rest of scan_string: p is at the opening quote, and the bytes
    /// before `from` are known to be plain. The content and whether it
    /// holds escapes are left in rest_content_ and rest_escaped_ (not
    /// out-parameters, which would keep the callers' locals in memory).
    PROBLEM_DETAILS_NOINLINE bool scan_string_rest(char const* from) noexcept {
        char const* const open = p;
        char const* const start = p + 1;
        std::string_view& content = rest_content_;
        bool& escaped = rest_escaped_;
        escaped = false;
        p = from;
        for (;;) {
#if defined(__SSE2__)
            // 16 bytes at a time while nothing needs a closer look:
            // a quote, a backslash, a control character or a non-ASCII byte
            // (signed compare below 0x20 catches both of the last two).
            char const* b = p; // the block (a local: p is stored once, after)
            while (end - b >= 16) {
                __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(b));
                // Non-ASCII text (Norwegian has several sequences in 16
                // bytes) checked a block at a time (string_events); then the
                // block's other events (an escape; the sequences too if the
                // check failed) taken one after another from its mask, not
                // from a block loaded again after each; the quote and the
                // rest to the byte path.
                unsigned mask = string_events(v);
                if (mask == 0) {
                    b += 16;
                } else {
                    char const* q = b + lowest_bit(mask);
                    std::size_t n;
                    while ((n = common_string_event(q, escaped)) != 0) {
                        q += n;
                        auto const done = static_cast<unsigned>(q - b);
                        if (done >= 16) // (the event ran into the next block)
                            break;
                        mask &= ~0u << done;
                        if (mask == 0) { // the rest of the block is plain
                            q = b + 16;
                            break;
                        }
                        q = b + __builtin_ctz(mask);
                    }
                    b = q;
                    if (n == 0) // the quote, or an event for the byte path
                        break;
                }
                if (static_cast<std::size_t>(b - start) > max_string_length)
                    break; // too long already: stop reading (below)
            }
            p = b;
#endif
            // Byte by byte: the last 15 bytes of the input, and what the
            // blocks leave (the quote, four-byte sequences, every error).
            // Back to the blocks once 16 bytes are left again.
            do {
                // A string is refused as soon as it is known to be too long, so
                // that the work done on it is bounded by the limit, not the input.
                if (static_cast<std::size_t>(p - start) > max_string_length)
                    return fail(error::string_too_long, open);
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
                if (std::size_t const n = common_string_event(p, escaped)) {
                    p += n;
                    continue;
                }
                if (c == '\\') { // anything else, and every error, through scan_escape
                    escaped = true;
                    if (!scan_escape())
                        return false;
                    continue;
                }
                if (c < 0x20)
                    return fail(error::control_character, p);
                if (c >= 0x80) { // four-byte sequences and every error
                    std::size_t const n = utf8_sequence_length(p, end);
                    if (n == 0)
                        return fail(p + utf8_valid_prefix(p, end) == end ? error::incomplete
                                                                         : error::invalid_utf8,
                                    p);
                    p += n;
                    continue;
                }
                ++p;
            } while (end - p < 16);
        }
    }

#if defined(__SSE2__)
    /** scan_string_rest and decode_escapes in one pass, for a reader that
        wants the decoded text: p at the opening quote, the bytes before
        `from` plain. The text goes to `out`, which has room for every byte
        from the opening quote to the end of the input (any of them may be
        written); its end is returned, p is past the closing quote and
        rest_content_ and rest_escaped_ are set as scan_string_rest sets
        them. Each block is stored whole as it is read, so plain text and
        the sequences utf8_block vouches for cost no second pass; an escape
        is decoded where it is found, and the block read again after it.
        Only the simple escapes, \u escapes that are not surrogates, and
        the two- and three-byte sequences (those common_string_event
        accepts) are taken, and only 16 bytes or more from the end and
        within the length limit: for anything else (a surrogate pair, a
        four-byte sequence, a string near the end, every error) nullptr, p
        unchanged, and the caller takes scan_string_rest, the reference for
        every verdict. */
    PROBLEM_DETAILS_NOINLINE char* scan_decode_rest(char const* from, char* out) noexcept {
        char const* const start = p + 1;
        if (end - from < 16)
            return nullptr;
        // The plain prefix the caller has looked at, copied a block at a
        // time (the blocks end before `from` + 16, inside the input).
        char const* b = start;
        char* o = out;
        for (; b < from; b += 16, o += 16)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                             _mm_loadu_si128(reinterpret_cast<__m128i const*>(b)));
        o = out + (from - start);
        b = from;
        // The last block start: 16 bytes before the end, and within the
        // length limit. (Locals: the stores through `out` may alias the
        // members, which would then be read again at every use.)
        std::size_t const span = static_cast<std::size_t>(end - 16 - start);
        char const* const last = start + (span < max_string_length ? span : max_string_length);
        char const* const last_escape = end - 6; // the last place \uXXXX fits
        bool escaped = false;
        for (;;) {
            if (b > last)
                return nullptr;
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(b));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
            unsigned mask = string_events(v);
            if (mask == 0) {
                b += 16;
                o += 16;
                continue;
            }
            // The block's events, o and b the same distance into it until
            // an escape, which writes fewer bytes than it reads: the block
            // is then read again from after it (cheaper, measured, than
            // storing the rest of it again and going on with its mask).
            for (;;) {
                auto const i = static_cast<unsigned>(__builtin_ctz(mask));
                char const* const q = b + i;
                if (*q == '"') {
                    auto const size = static_cast<std::size_t>(q - start);
                    if (size > max_string_length)
                        return nullptr;
                    rest_content_ = std::string_view(start, size);
                    rest_escaped_ = escaped;
                    p = q + 1;
                    return o + i;
                }
                if (*q == '\\') {
                    // Checked and decoded at once: a simple escape by its
                    // byte (0: not one), \u by its digits' values (an or
                    // with hex_invalid: not four digits). A surrogate goes
                    // to the reference path.
                    if (q > last_escape)
                        return nullptr;
                    char* w = o + i;
                    if (q[1] == 'u') {
                        auto const h = [&](int k) {
                            return unsigned{hex_value[static_cast<unsigned char>(q[k])]};
                        };
                        unsigned const h0 = h(2), h1 = h(3), h2 = h(4), h3 = h(5);
                        if (((h0 | h1 | h2 | h3) & hex_invalid) != 0 || (h0 == 0xD && h1 >= 8))
                            return nullptr;
                        w += utf8_encode_bmp((h0 << 12) | (h1 << 8) | (h2 << 4) | h3, w);
                        b = q + 6;
                    } else {
                        char const c = unescaped[q[1]];
                        if (c == 0)
                            return nullptr;
                        *w++ = c;
                        b = q + 2;
                    }
                    escaped = true;
                    o = w;
                    break;
                }
                std::size_t const n = common_string_event(q, escaped);
                if (n == 0)
                    return nullptr;
                // A sequence the block check left (past the block, or a
                // lead E0 or ED): its bytes as they are.
                for (std::size_t k = 0; k < n; ++k)
                    o[i + k] = q[k];
                auto const done = static_cast<unsigned>(i + n);
                if (done < 16)
                    mask &= ~0u << done;
                if (done >= 16 || mask == 0) {
                    b += done < 16 ? 16 : done;
                    o += done < 16 ? 16 : done;
                    break;
                }
            }
        }
    }
#endif

    /// Skips one JSON value of any kind, validating it fully. `depth` is the
    /// nesting depth of the container the value sits in.
    /// Inline: the test, and the start kept for the blocks' retry; the
    /// blocks (skip_value_sse2) are out of line.
    PROBLEM_DETAILS_ALWAYS_INLINE bool skip_value(std::size_t depth) noexcept {
#if defined(__SSE2__)
        // Only containers go to the blocks (skip_value_sse2): a scalar is
        // read by the same code either way, and a byte that starts no value
        // (an HTML body) fails at once. ('[' | 0x20 == '{': one compare.)
        // A string can pass the length limit only in an input longer than it.
        if (p != end && (static_cast<unsigned char>(*p) | 0x20) == '{' &&
            max_string_length >= static_cast<std::size_t>(end - p)) {
            // What the blocks do not vouch for (an error, nesting past 61
            // levels) is read again from the start by the scalar loop, whose
            // errors and positions are the reference. Called from here, not
            // from a wrapper of its own: one frame fewer per container (19
            // instructions on the seed). `err` needs no saving: the blocks
            // set it only where the value is invalid, it is read only after
            // a failure, and the scalar loop sets it on every failure.
            char const* const start = p;
            if (skip_value_sse2(depth))
                return true;
            p = start;
        }
#endif
        return skip_value_scalar(depth);
    }

#if defined(__SSE2__)
    /// skip_value's fast path: true, p past the value and saw_ws updated,
    /// when the value is valid and nests at most 61 levels; false otherwise
    /// (p and err then undefined). Never reports an error itself.
    PROBLEM_DETAILS_NOINLINE bool skip_value_sse2(std::size_t depth) noexcept {
        // A state machine (goto: its states are labels). String blocks are
        // loaded only at or below `safe`, so the 16 bytes after a closing
        // quote found in one are inside the input: the common followers
        // (`:"`, `,"`) are then read without bounds checks.
        char const* q = p;
        char const* const e = end;
        char const* const safe = e - begin >= 32 ? e - 32 : begin;
        std::size_t const room = depth < max_depth ? max_depth - depth : 0;
        // The bottom marker 10 (binary), then one bit per open container
        // (1 = array), the top in bit 0: a push past the depth limit (or 61
        // levels) makes it >= lim. The marker's low bit reads as an object,
        // so bit 1 alone tells whether an open container's parent is an
        // array.
        std::uint64_t const lim = std::uint64_t(4) << (room < 61 ? room : 61);
        std::uint64_t stack = 2;
        bool ws = false;
        string_masks k;
        k.pin();
        char const* c; // a string's closing quote
        char const* r; // where a string that is not plain goes on
    value:
        if (q == e)
            return false;
        // Whitespace first (one compare when there is none), then the
        // value: a pretty-printed value costs one dispatch, not two.
        if (static_cast<unsigned char>(*q) <= ' ') {
            if (!skip_ws_at(q, e, ws) || q == e)
                return false;
        }
        if (*q == '"')
            goto string_value;
        if (*q == '{') {
            if ((stack *= 2) >= lim)
                return false;
            ++q;
            goto first;
        }
        if (*q == '[') {
            if ((stack = stack * 2 + 1) >= lim)
                return false;
            ++q;
            // An array of objects (the usual extension value): `[`, `{`
            // and the first key in one step, not through `first` twice.
            if (first_key_at(q, e, ws)) {
                if ((stack *= 2) >= lim)
                    return false;
                goto key_quote;
            }
            goto first;
        }
        p = q;
        if (!skip_scalar())
            return false;
        q = p;
        goto after_value;
    string_value: // q at a value's opening quote
        if (!(c = block_string_end(q + 1, safe, k, r))) {
            goto value_rest;
        }
        if ((stack & 1) == 0) { // in an object (never the bottom: it holds a container)
        object_string_end:      // c at a string value's closing quote, in an object
            if (pair_is(c + 1, ',', '"')) {
                q = c + 2; // the next member
                goto key_quote;
            }
            if (c[1] == '}') {
                // The object ends and the next element of the array it is
                // in starts: one 4-byte compare, and the depth does not
                // change (an object popped, an object pushed). Bit 1 is the
                // parent's kind (0 under the bottom marker: whatever follows
                // the object skipped is not ours).
                if ((stack & 2) && quad_is(c + 1, '}', ',', '{', '"')) {
                    q = c + 4;
                    goto key_quote;
                }
                q = c + 2;
                stack >>= 1;
                goto after_value;
            }
            q = c + 1;
            // Pretty-printed: a comma, then a line break and indentation.
            // The 16 bytes after c are inside the input (as for pair_is
            // above), so a one-byte run and its follower need no end checks.
            if (*q == ',' && is_ws(q[1])) {
                ws = true;
                q += 2;
                if (*q == '"')
                    goto key_quote;
                if (static_cast<unsigned char>(*q) > ' ')
                    return false;
                q = ws_run_rest(q, e);
                goto key;
            }
            // Or whitespace first: pretty printers put the object's '}' on
            // a line of its own. Handled here, not by after_value's generic
            // whitespace, kind test and dispatch: 13 instructions fewer on
            // the seed's pretty example.
            if (is_ws(*q)) {
                ws = true;
                ++q;
                if (static_cast<unsigned char>(*q) <= ' ') {
                    q = ws_run_rest(q, e);
                    if (q == e)
                        return false;
                }
                if (*q == '}') {
                    // And the next object of the array it is in, pretty:
                    // `},`, `{` and its first key, whitespace between (the
                    // `},{"` above, spread over lines). Anything else goes
                    // on from the '}' by the generic states.
                    if ((stack & 2) && next_object_at(q, e, ws)) {
                        ws = true;
                        goto key_quote;
                    }
                    ++q;
                    stack >>= 1;
                    goto after_value;
                }
                if (*q == ',') {
                    ++q;
                    goto key;
                }
                return false;
            }
            goto after_value;
        }
        q = c + 1;
        goto after_value;
    value_rest: // a string value the blocks did not finish
        if (!string_tail_at(q, r, safe))
            return false;
    after_value: // q just past a value
        if (stack == 2) {
            p = q;
            saw_ws = saw_ws || ws;
            return true;
        }
        if (q == e)
            return false;
        if (static_cast<unsigned char>(*q) <= ' ') { // as in value
            if (!skip_ws_at(q, e, ws) || q == e)
                return false;
        }
        if (*q == ',') {
            ++q;
            if (stack & 1)
                goto value;
            goto key;
        }
        if (*q == ((stack & 1) ? ']' : '}')) {
            ++q;
            stack >>= 1;
            goto after_value;
        }
        return false;
    first: // just after '{' or '['
        if (q == e)
            return false;
        if (static_cast<unsigned char>(*q) <= ' ') { // as in value
            if (!skip_ws_at(q, e, ws) || q == e)
                return false;
        }
        // The container's kind first: an object's key is not first tested
        // as a closing bracket (the seed: 4 instructions fewer, 10 pretty).
        if (stack & 1) { // an array: a value or ']'
            if (*q != ']')
                goto value;
        } else if (*q == '"') { // an object: a key or '}'
            goto key_quote;
        } else if (*q != '}') {
            return false;
        }
        ++q;
        stack >>= 1;
        goto after_value;
    key: // after ',' in an object
        if (q == e)
            return false;
        if (*q != '"') {
            if (!skip_ws_at(q, e, ws))
                return false;
            goto key;
        }
    key_quote : // q at a key's opening quote
    {
        // block_string_end, keeping the block: a short key's string value
        // (after `":"`) usually starts in the same 16 bytes, and the rest
        // of the block's mask finds its end or tells that it runs on.
        // The block loop is written out, not shared with block_string_end
        // through a helper that hands back the block and its mask: GCC then
        // lays out this state machine differently, 2 to 6 instructions
        // more per extraDetails entry (callgrind, three shapes of helper).
        char const* s = q + 1;
        if (s > safe) {
            r = s;
            goto key_rest;
        }
        unsigned mask = k.special(s);
        if (mask == 0) {
            do {
                s += 16;
                if (s > safe) {
                    r = s;
                    goto key_rest;
                }
            } while ((mask = k.special(s)) == 0);
        }
        std::size_t const i = lowest_bit(mask);
        c = s + i;
        if (*c != '"') {
            r = c;
            goto key_rest;
        }
        if (!pair_is(c + 1, ':', '"')) {
            q = c + 1;
            goto colon;
        }
        q = c + 2; // the value's opening quote
        // The mask's bits up to i + 2, the value's opening quote, shifted
        // out (all of them when the value starts past the block).
        if (unsigned const rest = mask >> (i + 3)) {
            c += 3 + lowest_bit(rest);
            if (*c != '"') {
                r = c;
                goto value_rest;
            }
        } else if (!(c = block_string_end(q + 1, safe, k, r))) {
            goto value_rest;
        }
        goto object_string_end;
    }
    key_rest: // a key the blocks did not finish
        if (!string_tail_at(q, r, safe))
            return false;
    colon: // after a key
        if (q == e)
            return false;
        if (*q == ':') {
            ++q;
            goto value;
        }
        if (!skip_ws_at(q, e, ws))
            return false;
        goto colon;
    }

    /// At an object's '}' (q < e) in an array: whether `,` follows at once
    /// (pretty printers write `},`), then `{` and a key's quote, whitespace
    /// allowed before each of those; q then at the quote. Unchanged
    /// otherwise (the generic states read what follows). `ws` is only
    /// first_key_at's: the caller, here after whitespace, sets it anyway.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool next_object_at(char const*& q, char const* e,
                                                             bool& ws) noexcept {
        char const* t = q + 1;
        if (t == e || *t != ',')
            return false;
        ++t;
        // The usual form (at most one whitespace byte, a line break, before
        // each token) without end checks; longer runs with them.
        if (!first_key_at(t, e, ws) && (!token_after_ws(t, e, '{') || !token_after_ws(++t, e, '"')))
            return false;
        q = t;
        return true;
    }

    /// Just after an array's '[': whether `{` and a key's quote follow, at
    /// most one whitespace byte before each; q then at the quote and ws set
    /// if there was any. Unchanged otherwise (longer runs too: `first` reads
    /// those). At most 4 bytes read, without end checks: false when fewer
    /// remain.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool first_key_at(char const*& q, char const* e,
                                                           bool& ws) noexcept {
        if (e - q < 4)
            return false;
        char const* t = q + is_ws(*q);
        if (*t != '{')
            return false;
        t += 1 + is_ws(t[1]);
        if (*t != '"')
            return false;
        if (t - q != 1)
            ws = true;
        q = t;
        return true;
    }

    /// Whether the byte at t (or after the whitespace there) is `want`; t
    /// then at it.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool token_after_ws(char const*& t, char const* e,
                                                             char want) noexcept {
        if (t == e)
            return false;
        if (*t == want)
            return true;
        if (!is_ws(*t))
            return false;
        t = ws_run(t, e);
        return t != e && *t == want;
    }

    /// The whitespace at q (q < e) skipped, if it is whitespace.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool skip_ws_at(char const*& q, char const* e,
                                                         bool& ws) noexcept {
        if (!is_ws(*q))
            return false;
        q = ws_run(q, e);
        ws = true;
        return true;
    }

    /// A string block_string_end did not finish (its opening quote at q,
    /// plain up to `from`), q moved past it. In the last 32 bytes of the
    /// input (past `safe`) blocks are still read, the last one ending at the
    /// end, not byte by byte; the followers are then read with bounds
    /// checks, by the caller's next state.
    PROBLEM_DETAILS_ALWAYS_INLINE bool string_tail_at(char const*& q, char const* from,
                                                      char const* safe) noexcept {
        char const* r = from;
        if (from > safe) {
            if (char const* const close = plain_string_end(from, r)) {
                q = close + 1;
                return true;
            }
        }
        return string_rest_at(q, r);
    }

    /// Whether the four bytes at q are a, b, c and d: one 32-bit compare.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool quad_is(char const* q, char a, char b, char c,
                                                      char d) noexcept {
        unsigned char const want[4] = {static_cast<unsigned char>(a), static_cast<unsigned char>(b),
                                       static_cast<unsigned char>(c),
                                       static_cast<unsigned char>(d)};
        std::uint32_t x, y;
        std::memcpy(&x, q, 4);
        std::memcpy(&y, want, 4);
        return x == y;
    }

    /// Whether the two bytes at q are a and b: one 16-bit compare.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool pair_is(char const* q, char a, char b) noexcept {
        unsigned char const want[2] = {static_cast<unsigned char>(a),
                                       static_cast<unsigned char>(b)};
        std::uint16_t x, y;
        std::memcpy(&x, q, 2);
        std::memcpy(&y, want, 2);
        return x == y;
    }

    /// The closing quote of a plain string whose content starts at s, found
    /// in blocks loaded at or below `safe`; nullptr for anything else, with
    /// `resume` where scan_string_rest goes on (the bytes before are plain).
    PROBLEM_DETAILS_ALWAYS_INLINE static char const*
    block_string_end(char const* s, char const* safe, string_masks const& k,
                     char const*& resume) noexcept {
        if (s <= safe) {
            std::uint64_t mask;
            while ((mask = k.special(s)) == 0) {
                s += 16;
                if (s > safe) {
                    resume = s;
                    return nullptr;
                }
            }
            s += lowest_bit(mask);
            if (*s == '"')
                return s;
        }
        resume = s;
        return nullptr;
    }
#endif

    /// skip_value's portable loop, and the reference for its errors.
    bool skip_value_scalar(std::size_t depth) noexcept {
        // This loop is where large extension values are read, so: the
        // position is kept in a local (q), stored back around out-of-line
        // calls; each state looks at its byte first and at whitespace only
        // when the byte is not what it expects (compact JSON never pays for
        // it); containers are tracked one bit each (1 = object), the first
        // 64 levels in a register and deeper ones in a bit array, so that
        // nesting costs no recursion and no allocation.
        unsigned char kinds[parse_options_max_depth / 8];
        std::uint64_t near_kinds = 0; // bit i: level i + 1 is an object
        std::size_t level = 0;        // containers opened by this call
        char const* q = p;
        char const* const e = end;
        bool ws = false;       // whitespace seen (for saw_ws)
        bool want_key = false; // after '{' or ',' in an object
        for (;;) {
            if (q == e)
                break; // incomplete
            if (want_key) {
                // A key, then its colon.
                if (*q != '"') {
                    if (!is_ws(*q))
                        return skip_value_fail(error::syntax, q, ws);
                    q = skip_ws_from(q, e);
                    ws = true;
                    continue;
                }
                if (!skip_string_at(q))
                    return skip_value_fail(ws);
                if (q != e && is_ws(*q)) {
                    q = skip_ws_from(q, e);
                    ws = true;
                }
                if (q == e)
                    break;
                if (*q != ':')
                    return skip_value_fail(error::syntax, q, ws);
                ++q;
                want_key = false;
                if (q == e)
                    break;
            }
            // A value.
            char const c = *q;
            if (c == '"') {
                if (!skip_string_at(q))
                    return skip_value_fail(ws);
            } else if (c == '{' || c == '[') {
                if (depth + level + 1 > max_depth)
                    return skip_value_fail(error::too_deep, q, ws);
                bool const is_object = c == '{';
                if (level < 64) {
                    std::uint64_t const bit = std::uint64_t(1) << level;
                    near_kinds = is_object ? near_kinds | bit : near_kinds & ~bit;
                } else {
                    // Each byte is written whole on first use, so no bit of
                    // the (uninitialised) array is ever read before it is set.
                    unsigned const bit = is_object ? (1u << (level % 8)) : 0u;
                    if (level % 8 == 0)
                        kinds[level / 8] = static_cast<unsigned char>(bit);
                    else
                        kinds[level / 8] = static_cast<unsigned char>(
                            (kinds[level / 8] & ~(1u << (level % 8))) | bit);
                }
                ++level;
                ++q;
                if (q != e && is_ws(*q)) {
                    q = skip_ws_from(q, e);
                    ws = true;
                }
                if (q == e)
                    break;
                if (*q != (is_object ? '}' : ']')) {
                    want_key = is_object;
                    continue; // the first value of the new container
                }
                ++q;
                --level;
            } else if (is_ws(c)) {
                q = skip_ws_from(q, e);
                ws = true;
                continue;
            } else {
                p = q;
                if (!(c == '-' || (c >= '0' && c <= '9') ? skip_number() : skip_scalar()))
                    return skip_value_fail(ws);
                q = p;
            }
            // After a complete value: close containers or move to the next element.
            for (;;) {
                if (level == 0) {
                    p = q;
                    saw_ws = saw_ws || ws;
                    return true;
                }
                if (q == e)
                    return skip_value_fail(error::incomplete, q, ws);
                std::size_t const l = level - 1;
                bool const in_object =
                    l < 64 ? ((near_kinds >> l) & 1u) != 0 : ((kinds[l / 8] >> (l % 8)) & 1u) != 0;
                char const d = *q;
                if (d == ',') {
                    ++q;
                    want_key = in_object;
                    break; // the next element
                }
                if (d == (in_object ? '}' : ']')) {
                    ++q;
                    --level;
                    continue;
                }
                if (!is_ws(d))
                    return skip_value_fail(error::syntax, q, ws);
                q = skip_ws_from(q, e);
                ws = true;
            }
        }
        return skip_value_fail(error::incomplete, e, ws);
    }

    /// The string whose opening quote is at q, skipped and validated: q
    /// moves past it.
    PROBLEM_DETAILS_ALWAYS_INLINE bool skip_string_at(char const*& q) noexcept {
        char const* resume;
        if (char const* const close = plain_string_end(q + 1, resume)) {
            q = close + 1;
            return true;
        }
        return string_rest_at(q, resume);
    }

    /// scan_string_rest for the string whose opening quote is at q, with q
    /// moved past it.
    bool string_rest_at(char const*& q, char const* from) noexcept {
        p = q;
        if (!scan_string_rest(from))
            return false;
        q = p;
        return true;
    }

    /// A number at p, skipped and validated: the common integers inline,
    /// anything else (a fraction, an exponent, a zero) by scan_number.
    PROBLEM_DETAILS_ALWAYS_INLINE bool skip_number() noexcept {
        char const* q = p;
        if (q != end && *q == '-')
            ++q;
        if (q != end && *q >= '1' && *q <= '9') {
            do
                ++q;
            while (q != end && *q >= '0' && *q <= '9');
            if (q == end || (*q != '.' && *q != 'e' && *q != 'E')) {
                p = q;
                return true;
            }
        }
        number_token n;
        return scan_number(n);
    }

    /// A string, number or literal.
    bool skip_scalar() noexcept {
        char const c = *p;
        if (c == '"') {
            std::string_view s;
            bool escaped;
            return scan_string(s, escaped);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return skip_number();
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
            if (exp + len + 2 > static_cast<std::uint64_t>(INT_MAX) &&
                boost_rejects_exponent(start, len, end))
                return fail(error::exponent_overflow, start);
        }
        n.text = std::string_view(start, static_cast<std::size_t>(p - start));
        return true;
    }

    /// The content of the string scan_string_rest (or scan_decode_rest)
    /// last accepted, and whether it holds escapes.
    std::string_view rest_content() const noexcept {
        return rest_content_;
    }
    bool rest_escaped() const noexcept {
        return rest_escaped_;
    }

private:
    std::string_view rest_content_; // scan_string_rest's results
    bool rest_escaped_ = false;

    // skip_value's exits on an error: its position and whitespace flag
    // stored back, then the error (which an out-of-line call may have set).
    bool skip_value_fail(bool ws) noexcept {
        saw_ws = saw_ws || ws;
        return false;
    }
    bool skip_value_fail(error e, char const* at, bool ws) noexcept {
        p = at;
        saw_ws = saw_ws || ws;
        return fail(e, at);
    }

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
        bool on_key_part(boost::json::string_view, std::size_t, boost::json::error_code&) {
            return true;
        }
        bool on_key(boost::json::string_view, std::size_t, boost::json::error_code&) {
            return true;
        }
        bool on_string_part(boost::json::string_view, std::size_t, boost::json::error_code&) {
            return true;
        }
        bool on_string(boost::json::string_view, std::size_t, boost::json::error_code&) {
            return true;
        }
        bool on_number_part(boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_int64(std::int64_t, boost::json::string_view, boost::json::error_code&) {
            return true;
        }
        bool on_uint64(std::uint64_t, boost::json::string_view, boost::json::error_code&) {
            return true;
        }
        bool on_double(double, boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_bool(bool, boost::json::error_code&) { return true; }
        bool on_null(boost::json::error_code&) { return true; }
        bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
        bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }
    };

    /// Whether Boost.JSON reports an exponent overflow for the number of n
    /// bytes at s, in a buffer that ends at `end`. Boost.JSON 1.81 adjusts
    /// the exponent by different digits when at least 33 bytes follow the
    /// sign in its buffer (its fast path), so its verdict on a number with
    /// a long mantissa depends on what follows it: it is given the bytes
    /// that follow the number here too, up to 64 (what follows them cannot
    /// change the path). Its error for those bytes (extra data) is not the
    /// number's.
    static bool boost_rejects_exponent(char const* s, std::size_t n, char const* end) noexcept {
        std::size_t const avail = static_cast<std::size_t>(end - s);
        boost::json::basic_parser<accept_all_handler> parser{boost::json::parse_options{}};
        boost::json::error_code ec;
        parser.write_some(false, s, avail - n > 64 ? n + 64 : avail, ec);
        return ec == boost::json::error::exponent_overflow;
    }
};

/// json_text_kind of the text from s.p to s.end.
PROBLEM_DETAILS_ALWAYS_INLINE int json_text_kind(json_scanner& s) noexcept {
    s.skip_ws();
    if (s.p == s.end)
        return -1;
    if (*s.p == '"') { // a string, the common value: not through skip_value's state machine
        std::string_view content;
        bool escaped;
        if (!s.scan_string(content, escaped))
            return -1;
    } else if (!s.skip_value(0)) {
        return -1;
    }
    s.skip_ws();
    if (s.p != s.end)
        return -1;
    return s.saw_ws ? 0 : 1;
}

#if defined(__SSE2__)
/// json_text_kind of a string under 16 bytes (a status "400", a code), read
/// at the end of a zeroed 16-byte copy: it then takes the string scanner's
/// block (the 16 bytes ending at the end, the ones before the text masked
/// off), not the byte loop. Nothing before the text is read otherwise.
PROBLEM_DETAILS_NOINLINE inline int short_json_text_kind(std::string_view raw) noexcept {
    char buf[16] = {};
    char* const text = buf + (16 - raw.size());
    std::memcpy(text, raw.data(), raw.size());
    json_scanner s(std::string_view(buf, sizeof buf), std::size_t(1) << 17, std::size_t(-1));
    s.p = text;
    return json_text_kind(s);
}
#endif

/// Whether `raw` is exactly one JSON value, surrounding whitespace
/// allowed: -1 when it is not, 1 when it holds no whitespace outside its
/// strings (compact, as the writer writes it), 0 otherwise.
PROBLEM_DETAILS_NOINLINE inline int json_text_kind(std::string_view raw) noexcept {
#if defined(__SSE2__)
    if (raw.size() < 16 && !raw.empty() && raw[0] == '"')
        return short_json_text_kind(raw);
#endif
    json_scanner s(raw, std::size_t(1) << 17, std::size_t(-1));
    return json_text_kind(s);
}

} // namespace problem_details::detail

#endif
