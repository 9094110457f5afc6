// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_CLASSIFY_HPP
#define PROBLEM_DETAILS_IMPL_CLASSIFY_HPP

// Classification runs on the parser's own single-pass reader
// (basic_problem_reader) with a member hook that records, as the object is
// read, the raw value of every member a family names; the families are
// matched afterwards on bit masks. Arrays and scalars are checked by one
// scan; text is read through a bounded prefix.

#include <problem_details/detail/exact_scratch.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/problem_reader.hpp>
#include <problem_details/detail/utf8.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <type_traits>

namespace problem_details {
namespace detail {

inline constexpr std::string_view json_ws_trim(std::string_view s) noexcept {
    auto ws = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!s.empty() && ws(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && ws(s.back()))
        s.remove_suffix(1);
    return s;
}

inline char const* ifind(std::string_view hay, std::string_view needle) noexcept {
    if (needle.size() > hay.size())
        return nullptr;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i)
        if (iequals(hay.substr(i, needle.size()), needle))
            return hay.data() + i;
    return nullptr;
}

/// Writes text as a JSON string; bytes that are not UTF-8 are read as
/// Latin-1 (written as \u00XX), so any bytes give a valid JSON string.
template <class Sink>
void write_text_string(Sink& out, std::string_view text) noexcept {
    serialize_options const opt{};
    out.put('"');
    char const* p = text.data();
    char const* const end = p + text.size();
    char const* run = p;
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n != 0) {
            p += n;
            continue;
        }
        write_content<false>(out, run, p, opt);
        write_u_escape(out, static_cast<unsigned char>(*p));
        ++p;
        run = p;
    }
    write_content<false>(out, run, p, opt);
    out.put('"');
}

/// At most this many bytes of an HTML <title> are read.
inline constexpr std::size_t html_title_limit = 256;

/// Writes a prefix of `text` as a JSON string into at most `cap` bytes
/// (quotes included; cap >= 2; a null `out` only counts them); bytes that are not UTF-8 are read as
/// Latin-1 (\u00XX), so any bytes give a valid JSON string. Returns the
/// bytes written; `consumed` is how much of `text` they hold.
inline std::size_t write_text_prefix(std::string_view text, char* out, std::size_t cap,
                                     std::size_t& consumed) noexcept {
    static constexpr char hex[] = "0123456789abcdef";
    std::size_t o = 0;
    if (out)
        out[o] = '"';
    ++o;
    char const* p = text.data();
    char const* const end = p + text.size();
    while (p != end) {
        unsigned char const c = static_cast<unsigned char>(*p);
        char esc[6];
        std::size_t n = 0;      // bytes to write
        std::size_t in = 1;     // bytes of input they stand for
        char const* from = esc; // where they are
        if (c >= 0x80) {
            std::size_t const len = utf8_sequence_length(p, end);
            if (len != 0) {
                from = p;
                n = in = len;
            } else {
                esc[0] = '\\', esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4],
                esc[5] = hex[c & 15];
                n = 6;
            }
        } else if (c == '"' || c == '\\') {
            esc[0] = '\\', esc[1] = static_cast<char>(c), n = 2;
        } else if (c < 0x20) {
            char const short_esc = c == '\n'   ? 'n'
                                   : c == '\r' ? 'r'
                                   : c == '\t' ? 't'
                                   : c == '\b' ? 'b'
                                   : c == '\f' ? 'f'
                                               : 0;
            if (short_esc) {
                esc[0] = '\\', esc[1] = short_esc, n = 2;
            } else {
                esc[0] = '\\', esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4],
                esc[5] = hex[c & 15];
                n = 6;
            }
        } else {
            from = p;
            n = 1;
        }
        if (o + n + 1 > cap)
            break;
        if (out)
            std::memcpy(out + o, from, n);
        o += n;
        p += in;
    }
    if (out)
        out[o] = '"';
    ++o;
    consumed = static_cast<std::size_t>(p - text.data());
    return o;
}

inline std::string_view html_title(std::string_view body, scratch_arena& a,
                                   bool& truncated) noexcept {
    char const* const open = ifind(body, "<title");
    if (!open)
        return {};
    std::string_view rest = body.substr(static_cast<std::size_t>(open - body.data()) + 6);
    if (rest.empty() || (rest.front() != '>' && rest.front() != ' ' && rest.front() != '\t' &&
                         rest.front() != '\n' && rest.front() != '\r'))
        return {};
    auto const gt = rest.find('>');
    if (gt == std::string_view::npos)
        return {};
    rest = rest.substr(gt + 1);
    char const* const close = ifind(rest, "</title");
    if (!close)
        return {};
    std::string_view raw = rest.substr(0, static_cast<std::size_t>(close - rest.data()));
    // A bounded prefix (cut before a UTF-8 continuation byte): the scratch
    // a page needs does not grow with it.
    if (raw.size() > html_title_limit) {
        std::size_t n = html_title_limit;
        while (n > 0 && (static_cast<unsigned char>(raw[n]) & 0xC0) == 0x80)
            --n;
        raw = raw.substr(0, n);
        truncated = true;
    }
    // Every transformation below shortens the text, so raw.size() is enough.
    char* const buf = a.take(raw.size());
    if (!buf)
        return {};
    std::size_t n = 0;
    bool space = true; // drops leading whitespace
    for (std::size_t i = 0; i < raw.size();) {
        char c = raw[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (!space)
                buf[n++] = ' ';
            space = true;
            ++i;
            continue;
        }
        space = false;
        if (c == '&') {
            auto const semi = raw.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 10) {
                std::string_view const ent = raw.substr(i + 1, semi - i - 1);
                unsigned cp = 0;
                if (ent == "amp")
                    cp = '&';
                else if (ent == "lt")
                    cp = '<';
                else if (ent == "gt")
                    cp = '>';
                else if (ent == "quot")
                    cp = '"';
                else if (ent == "apos")
                    cp = '\'';
                else if (ent == "nbsp")
                    cp = ' ';
                else if (ent.size() >= 2 && ent[0] == '#') {
                    bool const hex = ent[1] == 'x' || ent[1] == 'X';
                    std::string_view const digits = ent.substr(hex ? 2 : 1);
                    unsigned v = 0;
                    bool ok = !digits.empty();
                    for (char d : digits) {
                        int const h = d >= '0' && d <= '9' ? d - '0'
                                      : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f'
                                          ? (d | 0x20) - 'a' + 10
                                          : -1;
                        if (h < 0 || v > 0x10FFFF) {
                            ok = false;
                            break;
                        }
                        v = v * (hex ? 16 : 10) + static_cast<unsigned>(h);
                    }
                    if (ok && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
                        cp = v;
                }
                if (cp != 0 && utf8_encode_length(cp) <= semi - i + 1) {
                    n += utf8_encode(cp, buf + n);
                    i = semi + 1;
                    continue;
                }
            }
        }
        buf[n++] = c;
        ++i;
    }
    while (n > 0 && buf[n - 1] == ' ')
        --n;
    std::string_view const title(buf, n);
    return is_utf8(title) ? title : std::string_view();
}

//------------------------------------------------------------------------------
// Families, compiled into bit masks
//------------------------------------------------------------------------------

/// Whether the n bytes at a and b are equal: words inline (a call to
/// memcmp would cost more than the compare of a member name).
inline constexpr bool same_bytes(char const* a, char const* b, std::size_t n) noexcept {
    if (std::is_constant_evaluated() || n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    auto const word = [](char const* q, auto w) {
        std::memcpy(&w, q, sizeof w);
        return w;
    };
    if (n < 8)
        return word(a, std::uint32_t()) == word(b, std::uint32_t()) &&
               word(a + n - 4, std::uint32_t()) == word(b + n - 4, std::uint32_t());
    for (std::size_t i = 0; i + 8 < n; i += 8)
        if (word(a + i, std::uint64_t()) != word(b + i, std::uint64_t()))
            return false;
    return word(a + n - 8, std::uint64_t()) == word(b + n - 8, std::uint64_t());
}

/// The member names the families mention, sorted by length (a name is
/// looked up among the few of its length, by its first and last bytes
/// before the whole of it), standard names first.
struct name_table {
    static constexpr std::size_t capacity = 64;
    static constexpr std::size_t max_length = 63;
    std::string_view names[capacity] = {};
    std::string_view sorted[capacity] = {};      // by length
    std::uint16_t ends[capacity] = {};           // sorted[i]'s first byte | last byte << 8
    std::uint8_t index_of_sorted[capacity] = {}; // sorted position -> name index
    std::uint8_t bucket[max_length + 2] =
        {}; // sorted positions of names of length n: [bucket[n], bucket[n+1])
    std::size_t size = 0;
    bool overflow = false;

    static constexpr std::uint16_t ends_of(std::string_view n) noexcept {
        return n.empty() ? std::uint16_t(0)
                         : static_cast<std::uint16_t>(static_cast<unsigned char>(n.front()) |
                                                      static_cast<unsigned char>(n.back()) << 8);
    }

    constexpr int find(std::string_view n) const noexcept {
        if (n.size() > max_length)
            return -1;
        std::uint16_t const e = ends_of(n);
        for (std::size_t i = bucket[n.size()]; i < bucket[n.size() + 1]; ++i)
            if (ends[i] == e && same_bytes(sorted[i].data(), n.data(), n.size()))
                return index_of_sorted[i];
        return -1;
    }

    constexpr int add(std::string_view n) noexcept {
        for (std::size_t i = 0; i < size; ++i)
            if (names[i] == n)
                return static_cast<int>(i);
        if (size == capacity || n.size() > max_length) {
            overflow = true;
            return -1;
        }
        names[size] = n;
        return static_cast<int>(size++);
    }

    constexpr void index() noexcept {
        std::size_t pos = 0;
        for (std::size_t len = 0; len <= max_length; ++len) {
            bucket[len] = static_cast<std::uint8_t>(pos);
            for (std::size_t i = 0; i < size; ++i)
                if (names[i].size() == len) {
                    sorted[pos] = names[i];
                    ends[pos] = ends_of(names[i]);
                    index_of_sorted[pos++] = static_cast<std::uint8_t>(i);
                }
        }
        bucket[max_length + 1] = static_cast<std::uint8_t>(pos);
    }
};

// The standard members take the first name indexes, in standard_member bit order.
inline constexpr std::string_view standard_names[] = {"type", "title", "status", "detail",
                                                      "instance"};
inline constexpr std::uint64_t standard_bits = 0x1F;
// Names every table has: the quirks look at them.
inline constexpr std::string_view quirk_names_list[] = {"traceId", "invalidParams", "extraDetails",
                                                        "errors"};

/// A family as masks over a name_table.
struct family_masks {
    std::uint64_t required = 0, any_of = 0, excluded = 0;
    std::uint64_t any_of_empty = 0; // 1 when the family names no any_of (any body meets it)
    // The top-level names of the extraction lists: a list none of whose
    // members the body has is skipped without a lookup.
    std::uint64_t status = 0, code = 0, message = 0, correlation_id = 0;
    std::uint64_t texts = 0; // code | message | correlation_id: one test for a body with none
    bool nested_required = false, nested_any = false, nested_excluded = false;
    bool nested = false; // any of the three
};

struct compiled_families {
    static constexpr std::size_t capacity = 32;
    name_table names;
    family_masks masks[capacity] = {};
    std::size_t count = 0;
    bool overflow = false;
    // The bits of the names the quirks look at (0 where a table lacks one).
    std::uint64_t trace_id = 0, invalid_params = 0, extra_details = 0, errors = 0;
    family_masks problem_masks, fallback_masks; // of families::problem and families::fallback
};

constexpr void add_names(name_table& t, std::span<member_path const> ps) noexcept {
    for (auto const& p : ps)
        t.add(p.name);
}

constexpr void add_family_names(name_table& t, body_family const& f) noexcept {
    add_names(t, f.required);
    add_names(t, f.any_of);
    add_names(t, f.excluded);
    add_names(t, f.status);
    add_names(t, f.code);
    add_names(t, f.message);
    add_names(t, f.correlation_id);
    for (std::string_view n : f.field_errors)
        t.add(n);
}

constexpr std::uint64_t mask_of(name_table const& t, std::span<member_path const> ps,
                                bool& nested) noexcept {
    std::uint64_t m = 0;
    for (auto const& p : ps) {
        int const i = t.find(p.name);
        if (i >= 0)
            m |= std::uint64_t(1) << i;
        nested = nested || !p.nested.empty();
    }
    return m;
}

constexpr family_masks masks_of(name_table const& t, body_family const& f) noexcept {
    family_masks m;
    m.required = mask_of(t, f.required, m.nested_required);
    m.any_of = mask_of(t, f.any_of, m.nested_any);
    m.any_of_empty = f.any_of.empty() ? 1 : 0;
    m.excluded = mask_of(t, f.excluded, m.nested_excluded);
    bool ignored = false;
    m.status = mask_of(t, f.status, ignored);
    m.code = mask_of(t, f.code, ignored);
    m.message = mask_of(t, f.message, ignored);
    m.correlation_id = mask_of(t, f.correlation_id, ignored);
    m.texts = m.code | m.message | m.correlation_id;
    m.nested = m.nested_required || m.nested_any || m.nested_excluded;
    return m;
}

constexpr compiled_families compile_families(std::span<body_family const> fs) noexcept {
    compiled_families c;
    for (std::string_view n : standard_names)
        c.names.add(n);
    for (std::string_view n : quirk_names_list)
        c.names.add(n);
    add_family_names(c.names, families::problem);
    add_family_names(c.names, families::fallback);
    for (auto const& f : fs)
        add_family_names(c.names, f);
    c.names.index();
    if (fs.size() > compiled_families::capacity)
        c.overflow = true;
    for (std::size_t i = 0; i < fs.size() && i < compiled_families::capacity; ++i)
        c.masks[i] = masks_of(c.names, fs[i]);
    c.problem_masks = masks_of(c.names, families::problem);
    c.fallback_masks = masks_of(c.names, families::fallback);
    c.count = fs.size() < compiled_families::capacity ? fs.size() : compiled_families::capacity;
    c.overflow = c.overflow || c.names.overflow;
    auto const bit_of = [&](std::string_view n) {
        int const i = c.names.find(n);
        return i < 0 ? std::uint64_t(0) : std::uint64_t(1) << i;
    };
    c.trace_id = bit_of("traceId");
    c.invalid_params = bit_of("invalidParams") | bit_of("invalid-params");
    c.extra_details = bit_of("extraDetails");
    c.errors = bit_of("errors");
    return c;
}

/// The built-in families, compiled once.
inline constexpr compiled_families vipps_compiled = compile_families(families::vipps_mobilepay);

/// The reader's hook: records the raw value of each member the families
/// name (the last occurrence), as the reader's one pass scans it.
struct family_hook {
    static constexpr bool active = true;
    static constexpr bool observes_raw = true;

    name_table const* table = nullptr;
    std::uint64_t present = 0;
    struct raw_text {
        char const* p;
        std::size_t n;
    };
    raw_text values[name_table::capacity]; // valid where `present` says

    std::string_view value(int i) const noexcept { return {values[i].p, values[i].n}; }

    void saw(std::string_view name, std::string_view raw) noexcept {
        int const i = table->find(name);
        if (i < 0)
            return;
        values[i] = {raw.data(), raw.size()};
        present |= std::uint64_t(1) << i;
    }
};

/// The raw value of member `name` of a valid JSON object's text, or empty.
inline std::string_view nested_member(std::string_view object, std::string_view name) noexcept {
    json_scanner s(object, parse_options::max_depth_limit, std::size_t(-1));
    if (s.p == s.end || *s.p != '{')
        return {};
    ++s.p;
    s.skip_ws();
    while (s.p != s.end && *s.p == '"') {
        std::string_view raw;
        bool escaped;
        if (!s.scan_string(raw, escaped))
            return {};
        std::string_view key = raw;
        char buf[64];
        if (escaped)
            key = raw.size() <= sizeof buf ? std::string_view(buf, decode_escapes(raw, buf))
                                           : std::string_view();
        s.skip_ws();
        if (s.p == s.end || *s.p != ':')
            return {};
        ++s.p;
        s.skip_ws();
        char const* const v = s.p;
        if (!s.skip_value(1))
            return {};
        if (key == name)
            return std::string_view(v, static_cast<std::size_t>(s.p - v));
        s.skip_ws();
        if (s.p == s.end || *s.p != ',')
            return {};
        ++s.p;
        s.skip_ws();
    }
    return {};
}

/// The decoded content of a raw JSON string value; false when `raw` is not
/// a string (or the scratch is full, which the arena remembers).
inline bool string_content(std::string_view raw, scratch_arena& a, std::string_view& out) noexcept {
    if (raw.size() < 2 || raw.front() != '"')
        return false;
    std::string_view const c = raw.substr(1, raw.size() - 2);
    if (c.find('\\') == std::string_view::npos) {
        out = c;
        return true;
    }
    char* const buf = a.take(c.size());
    if (!buf)
        return false;
    out = std::string_view(buf, decode_escapes(c, buf));
    return true;
}

/// A code as text: a string's content or a number's text.
inline bool code_text(std::string_view raw, scratch_arena& a, std::string_view& out) noexcept {
    if (string_content(raw, a, out))
        return true;
    if (!raw.empty() && (raw.front() == '-' || (raw.front() >= '0' && raw.front() <= '9'))) {
        out = raw;
        return true;
    }
    return false;
}

/// Eight bytes of `s` from `i`, little-endian (one load once compiled).
inline constexpr std::uint64_t load_u64_le(std::string_view s, std::size_t i) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        if (!std::is_constant_evaluated()) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            return w;
        }
    }
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < 8; ++k)
        v |= std::uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
    return v;
}

/// The high bit of each of the eight bytes of `x` that is an ASCII hex
/// digit, for bytes below 0x80: word-wide range checks (no byte carries
/// into the next).
inline constexpr std::uint64_t hex_bytes_u64(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101, high = ones * 0x80;
    auto const in = [](std::uint64_t v, unsigned lo, unsigned hi) {
        return (v + ones * (0x80 - lo)) & ~(v + ones * (0x7F - hi)) & high;
    };
    return in(x, '0', '9') | in(x | ones * 0x20, 'a', 'f');
}

#if defined(__SSE2__)
/// The 36 bytes at `p` are a UUID (8-4-4-4-12 hex digits): three 16-byte
/// blocks (the last overlaps the second), each byte checked against two
/// ranges of its own position: '0'..'9' and (with the 0x20 bit set) 'a'..'f'
/// for a digit; '-'..'-' and an empty range at a dash. No separate dash test.
inline bool is_uuid36_sse2(char const* p) noexcept {
    // A range check in two operations: shifted so that the range starts at
    // -128, a signed compare with its end (a byte from 0x80 up wraps to a
    // small positive value, outside). An end of -128 is the empty range.
    struct ranges {
        __m128i digit_shift, digit_end, letter_shift, letter_end;
    };
    auto const at = [](unsigned dashes) { // bit i: byte i of the block is a dash
        alignas(16) char b[4][16];
        for (unsigned i = 0; i < 16; ++i) {
            bool const dash = (dashes >> i & 1) != 0;
            char const lo = dash ? '-' : '0', hi = dash ? '-' : '9';
            b[0][i] = static_cast<char>(-128 - lo);
            b[1][i] = static_cast<char>(-128 + (hi - lo) + 1);
            b[2][i] = static_cast<char>(-128 - 'a');
            b[3][i] = dash ? static_cast<char>(-128) : static_cast<char>(-128 + ('f' - 'a') + 1);
        }
        return ranges{_mm_load_si128(reinterpret_cast<__m128i const*>(b[0])),
                      _mm_load_si128(reinterpret_cast<__m128i const*>(b[1])),
                      _mm_load_si128(reinterpret_cast<__m128i const*>(b[2])),
                      _mm_load_si128(reinterpret_cast<__m128i const*>(b[3]))};
    };
    auto const ok = [](char const* q, ranges const& r) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(q));
        __m128i const digit = _mm_cmplt_epi8(_mm_add_epi8(v, r.digit_shift), r.digit_end);
        __m128i const letter = _mm_cmplt_epi8(
            _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), r.letter_shift), r.letter_end);
        return _mm_or_si128(digit, letter);
    };
    // Dashes at 8, 13, 18 and 23: bytes 8 and 13 of the first block, 2 and 7
    // of the second (at 16), 3 of the third (at 20).
    __m128i const all = _mm_and_si128(
        _mm_and_si128(ok(p, at(1u << 8 | 1u << 13)), ok(p + 16, at(1u << 2 | 1u << 7))),
        ok(p + 20, at(1u << 3)));
    return _mm_movemask_epi8(all) == 0xFFFF;
}
#endif

/// is_uuid_reference's portable path: 36 bytes, eight at a time.
inline constexpr bool is_uuid36_words(std::string_view s) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101, high = ones * 0x80;
    // Five words (the last overlaps the fourth); the dashes, checked, are
    // turned into '0' ('-' ^ 0x1D) so that every byte is checked as a hex digit.
    std::uint64_t const w0 = load_u64_le(s, 0), w1 = load_u64_le(s, 8), w2 = load_u64_le(s, 16),
                        w3 = load_u64_le(s, 24), w4 = load_u64_le(s, 28);
    constexpr std::uint64_t d = 0x1D, byte = 0xFF, dash = '-';
    constexpr std::uint64_t m1 = byte | byte << 40, m2 = byte << 16 | byte << 56;
    if ((w1 & m1) != (dash | dash << 40) || (w2 & m2) != (dash << 16 | dash << 56))
        return false;
    if ((w0 | w1 | w2 | w3 | w4) & high)
        return false;
    return (hex_bytes_u64(w0) & hex_bytes_u64(w1 ^ (d | d << 40)) &
            hex_bytes_u64(w2 ^ (d << 16 | d << 56)) & hex_bytes_u64(w3) & hex_bytes_u64(w4)) ==
           high;
}

/// A UUID (8-4-4-4-12 hex digits), bare or as a `urn:uuid:`.
inline constexpr bool is_uuid_reference(std::string_view s) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101;
    if (s.size() == 45) {
        // ASCII case-insensitive "urn:uuid:": the letters' 0x20 bit set, the colons exact.
        constexpr std::uint64_t letters = ones * 0x20 & ~(std::uint64_t(0xFF) << 24);
        if ((load_u64_le(s, 0) | letters) != load_u64_le("urn:uuid", 0) || s[8] != ':')
            return false;
        s.remove_prefix(9);
    }
    if (s.size() != 36)
        return false;
#if defined(__SSE2__)
    if (!std::is_constant_evaluated())
        return is_uuid36_sse2(s.data());
#endif
    return is_uuid36_words(s);
}

/// media_kind_of, with the two common spellings recognised at once.
inline media_kind media_kind_fast(std::string_view t) noexcept {
    if (t.empty())
        return media_kind::none;
    if (t.size() == 24 && std::memcmp(t.data(), "application/problem+json", 24) == 0)
        return media_kind::problem_json;
    if (t.size() == 16 && std::memcmp(t.data(), "application/json", 16) == 0)
        return media_kind::json;
    return media_kind_of(t);
}

/// What a step that tries a body as JSON gives: the call's result
/// (`done`: its error, `error{}` for none) once the body is read, or why it
/// could not be read (`unread`), after which the body is looked at again
/// (limits, malformed JSON, text). Two enums: returned in a register.
struct step {
    error done{};
    error unread{};
};

/// The classification itself: one object per call, nothing allocated.
class classifier {
public:
    /// `out` is filled in place (no copy of the classification is made).
    classifier(response_view const& r, std::span<char> scratch, classify_options const& o,
               classification_view& out) noexcept
        : r_(r), scratch_(scratch), opt_(o), c_(out) {}

    /// The steps: each fills the classification (its problem included) and
    /// returns the call's error, if any (`error{}`: none; an enum, not an
    /// error_code, so that each step returns it in a register).
    error run() noexcept { return classify(); }

private:
    error classify() noexcept {
        c_.response_status = r_.status;
        c_.content_language = r_.content_language;
        c_.retry_after = r_.retry_after;
        mk_ = media_kind_fast(r_.content_type);
        std::string_view const body = r_.body;
        // The common case first: an object as servers send it (no byte
        // order mark, no whitespace before it), within the size limit.
        if (!body.empty() && body.front() == '{' && body.size() <= opt_.parse.max_document_size) {
            step const r = object(body);
            if (r.unread == error{})
                return r.done;
            return not_read(r.unread, body, json_ws_trim(body), true);
        }
        bool const bom = body.size() >= 3 && std::memcmp(body.data(), "\xEF\xBB\xBF", 3) == 0;
        std::string_view const json_text = bom ? body.substr(3) : body;
        std::string_view const trimmed = json_ws_trim(json_text);
        if (trimmed.empty()) {
            c_.format = body_format::empty;
            return finish_with({}, {});
        }
        bool const labelled_json = mk_ == media_kind::problem_json || mk_ == media_kind::json;
        char const f = trimmed.front();
        bool const starts_json = f == '{' || f == '[';
        if (body.size() > opt_.parse.max_document_size && (labelled_json || starts_json)) {
            // Not read, not copied: the limit is there to bound the work.
            // (Text is read through a bounded prefix whatever its size.)
            c_.quirks.insert(quirk::limit_exceeded);
            c_.format = body_format::json_unrecognized;
            return finish_with({}, {});
        }
        // Any valid JSON is read as JSON, whatever the label: try whatever
        // could start a JSON value (a text that cannot fails at once).
        bool const may_be_json = starts_json || f == '"' || f == '-' || (f >= '0' && f <= '9') ||
                                 f == 't' || f == 'f' || f == 'n';
        if ((labelled_json || may_be_json) && body.size() <= opt_.parse.max_document_size) {
            if (bom)
                c_.quirks.insert(quirk::byte_order_mark);
            step const r = f == '{' ? object(json_text) : other_json(trimmed);
            if (r.unread == error{})
                return r.done;
            return not_read(r.unread, body, trimmed, labelled_json || starts_json);
        }
        return text_body(json_ws_trim(body));
    }

    /// A body tried as JSON and not read (`why`): the call's error, JSON over
    /// a limit, or text (`json_like`: labelled JSON or starting like it).
    PROBLEM_DETAILS_NOINLINE error not_read(error why, std::string_view body,
                                            std::string_view trimmed, bool json_like) noexcept {
        if (why == error::scratch_too_small || why == error::capacity_exceeded)
            return why;
        if (why == error::too_deep || why == error::string_too_long ||
            why == error::too_many_members) {
            // Over a limit: is it JSON at all? Checked without the limits
            // (still linear, allocation-free), so text is never taken for JSON.
            json_scanner u(trimmed, parse_options::max_depth_limit, std::size_t(-1));
            if (u.skip_value(0) && (u.skip_ws(), u.p == u.end)) {
                c_.quirks.insert(quirk::limit_exceeded);
                c_.format = body_format::json_unrecognized;
                if (json_label_mismatch())
                    c_.quirks.insert(quirk::content_type_mismatch);
                // Too many members: kept whole; too deep or too long a
                // string: not copied (an owning copy could not hold it).
                if (why == error::too_many_members) {
                    a_ = scratch_arena(scratch_);
                    return finish_with(keep_body(trimmed), {});
                }
                return finish_with({}, {});
            }
        }
        c_.quirks = {};
        if (json_like)
            c_.quirks.insert(quirk::malformed_json);
        return text_body(json_ws_trim(body));
    }

    // The small members first and together (set up by a few wide stores),
    // the large ones last.
    response_view const& r_;
    std::span<char> scratch_;
    classify_options const& opt_;
    classification_view& c_;
    scratch_arena a_;
    compiled_families const* cf_ = nullptr;
    body_family const* fam_ = nullptr;
    std::uint64_t present_ = 0; // hook's bits plus the standard members
    unsigned kept_raw_ = 0;     // the standard members kept raw (the reader's)
    status_spelling stated_status_ = status_spelling::absent;
    media_kind mk_ = media_kind::none;
    family_hook hook_;
    std::optional<compiled_families> local_; // only for families of the caller's

    bool json_label_mismatch() const noexcept {
        return mk_ != media_kind::none && mk_ != media_kind::json &&
               mk_ != media_kind::problem_json;
    }

    bool compile() noexcept {
        auto const fs = opt_.families;
        if (fs.data() == families::vipps_mobilepay &&
            fs.size() == std::size(families::vipps_mobilepay)) {
            cf_ = &vipps_compiled;
        } else {
            local_.emplace(compile_families(fs));
            cf_ = &*local_;
        }
        hook_.table = &cf_->names;
        return !cf_->overflow;
    }

    /// The raw value of a member of the body read, or empty.
    std::string_view raw_of(member_path const& m) const noexcept {
        int const i = cf_->names.find(m.name);
        if (i < 0 || !((present_ >> i) & 1) || ((std::uint64_t(1) << i) & standard_bits))
            return {};
        std::string_view v = hook_.value(i);
        if (!m.nested.empty())
            v = v.starts_with('{') ? nested_member(v, m.nested) : std::string_view();
        return v;
    }

    bool has(member_path const& m) const noexcept {
        if (m.nested.empty()) {
            int const i = cf_->names.find(m.name);
            return i >= 0 && ((present_ >> i) & 1);
        }
        return !raw_of(m).empty();
    }

    bool nested_ok(std::span<member_path const> ps, bool all) const noexcept {
        bool any = false;
        for (auto const& p : ps) {
            bool const h = has(p);
            if (all && !h)
                return false;
            any = any || h;
        }
        return all || any;
    }

    PROBLEM_DETAILS_ALWAYS_INLINE bool matches(body_family const& f,
                                               family_masks const& m) const noexcept {
        std::uint64_t const p = present_;
        if ((((p & m.required) ^ m.required) | (p & m.excluded)) != 0 ||
            ((p & m.any_of) | m.any_of_empty) == 0)
            return false;
        if (!m.nested)
            return true;
        if (m.nested_required && !nested_ok(f.required, true))
            return false;
        if (m.nested_any && !nested_ok(f.any_of, false))
            return false;
        if (m.nested_excluded)
            for (auto const& p : f.excluded)
                if (has(p))
                    return false;
        return true;
    }

    /// The first family the body read meets, or null (`masks` its masks).
    PROBLEM_DETAILS_ALWAYS_INLINE body_family const*
    match(family_masks const** masks = nullptr) const noexcept {
        std::size_t const i =
            cf_ == &vipps_compiled
                ? match_builtin(std::make_index_sequence<std::size(families::vipps_mobilepay)>())
                : match_in(*cf_);
        if (i == std::size_t(-1))
            return nullptr;
        if (masks)
            *masks = &cf_->masks[i];
        return &opt_.families[i];
    }

    std::size_t match_in(compiled_families const& cf) const noexcept {
        for (std::size_t i = 0; i < cf.count; ++i)
            if (matches(opt_.families[i], cf.masks[i]))
                return i;
        return std::size_t(-1);
    }

    /// The built-in families unrolled: their masks are constants, each
    /// test a few instructions (the loop loads them).
    template <std::size_t... I>
    PROBLEM_DETAILS_ALWAYS_INLINE std::size_t
    match_builtin(std::index_sequence<I...>) const noexcept {
        std::size_t found = std::size_t(-1);
        (void)((matches(families::vipps_mobilepay[I], vipps_compiled.masks[I]) ? (found = I, true)
                                                                               : false) ||
               ...);
        return found;
    }

    /// The first of `ps` whose value is a string (or, for a code, a number).
    bool first_text(std::span<member_path const> ps, std::uint64_t mask, bool numbers,
                    std::string_view& out, member_path const** which = nullptr) noexcept {
        if (!(present_ & mask))
            return false;
        for (auto const& p : ps) {
            std::string_view const raw = raw_of(p);
            if (raw.empty())
                continue;
            if (numbers ? code_text(raw, a_, out) : string_content(raw, a_, out)) {
                if (which)
                    *which = &p;
                return true;
            }
        }
        return false;
    }

    /// The reader's extension entries, writable (the view's list points at
    /// them): `count` stored from `first` on.
    struct stored_entries {
        extension* first = nullptr;
        std::size_t count = 0;
    };

    /// Reads one object (the body, or a legacy array's first element) with
    /// the family hook into c_.problem; the extensions are the object's
    /// members (`entries`, if asked for: where the reader stored them).
    error read(std::string_view text, parse_options const& po,
               stored_entries* entries = nullptr) noexcept {
        if (!compile())
            return error::capacity_exceeded;
        basic_problem_reader<family_hook> reader(text, scratch_, po, c_.problem, nullptr, &hook_);
        if (error const e = reader.read(); e != error{})
            return e;
        a_ = scratch_arena(reader.free_space(), scratch_arena::bump_only);
        present_ = hook_.present | (reader.standard_members() & standard_bits);
        stated_status_ = reader.stated_status();
        kept_raw_ = reader.standard_members_kept_raw();
        if (entries)
            *entries = {reader.extension_storage(), reader.stored_extensions()};
        return {};
    }

    /// The family, its status, code, message and correlation id.
    error normalize() noexcept {
        problem_view& p = c_.problem;
        family_masks const* fm = nullptr;
        fam_ = match(&fm);
        if (!fam_ && mk_ == media_kind::problem_json) {
            fam_ = &families::problem;
            fm = &cf_->problem_masks;
        }
        body_family const& f = fam_ ? *fam_ : families::fallback;
        family_masks const& m = fam_ ? *fm : cf_->fallback_masks;
        c_.format = f.format;
        c_.family = fam_ ? f.name : std::string_view();
        c_.field_error_members = f.field_errors;

        // The status, with the one set of rules (read_status_token).
        status_spelling spelling = stated_status_;
        c_.body_status = p.status;
        for (auto const& sp : (present_ & m.status) ? f.status : std::span<member_path const>()) {
            std::string_view const raw = raw_of(sp);
            if (raw.empty())
                continue;
            json_scanner s(raw, 1, std::size_t(-1));
            status_token t;
            int const r = read_status_token(s, opt_.parse.mode == parse_mode::lenient, t);
            spelling = r == 1 ? t.spelling : status_spelling::unusable;
            c_.body_status = r == 1 ? t.status : std::nullopt;
            break;
        }
        switch (spelling) {
        case status_spelling::absent:
            if (c_.format == body_format::problem)
                c_.quirks.insert(quirk::status_missing);
            break;
        case status_spelling::as_string:
            c_.quirks.insert(c_.body_status ? quirk::status_as_string : quirk::status_unusable);
            break;
        case status_spelling::not_integer:
            c_.quirks.insert(c_.body_status ? quirk::status_not_integer : quirk::status_unusable);
            break;
        case status_spelling::integer:
        case status_spelling::unusable:
            if (!c_.body_status)
                c_.quirks.insert(quirk::status_unusable);
            break;
        }

        std::string_view message;
        if (present_ & m.texts) { // the code, message and correlation id members
            first_text(f.code, m.code, true, c_.body_code);
            first_text(f.message, m.message, false, message);
            member_path const* id_member = nullptr;
            std::string_view id;
            if (first_text(f.correlation_id, m.correlation_id, false, id, &id_member) &&
                !id.empty()) {
                c_.correlation_id = id;
                c_.correlation_from = correlation_source::body;
                if (id_member->nested.empty()) {
                    c_.correlation_member = id_member->name;
                } else if (char* const b =
                               a_.take(id_member->name.size() + 1 + id_member->nested.size())) {
                    std::memcpy(b, id_member->name.data(), id_member->name.size());
                    b[id_member->name.size()] = '.';
                    std::memcpy(b + id_member->name.size() + 1, id_member->nested.data(),
                                id_member->nested.size());
                    c_.correlation_member =
                        std::string_view(b, id_member->name.size() + 1 + id_member->nested.size());
                }
            }
        }

        if (kept_raw_ & (sm_type | sm_title | sm_detail | sm_instance))
            for (int i : {0, 1, 3, 4})
                if ((kept_raw_ >> i & 1) && p.extensions.contains(standard_names[i]))
                    c_.quirks.insert(quirk::wrong_typed_member);
        if (present_ & cf_->invalid_params)
            c_.quirks.insert(quirk::invalid_params);
        if (present_ & cf_->extra_details)
            c_.quirks.insert(quirk::extra_details);
        if (present_ & cf_->errors)
            c_.quirks.insert(quirk::errors_member);
        if (c_.format == body_format::problem) {
            if ((present_ & cf_->trace_id) && !(present_ & sm_instance))
                c_.quirks.insert(quirk::trace_id_not_instance);
            if (mk_ != media_kind::none && mk_ != media_kind::problem_json)
                c_.quirks.insert(quirk::content_type_mismatch);
        } else if (json_label_mismatch()) {
            c_.quirks.insert(quirk::content_type_mismatch);
        }
        return finish(message);
    }

    /// Status, standard members filled where the body left them empty, the
    /// correlation id's fallbacks, and the result.
    PROBLEM_DETAILS_ALWAYS_INLINE error finish(std::string_view detail) noexcept {
        problem_view& p = c_.problem;
        if (a_.exhausted())
            return error::scratch_too_small;
        c_.status = c_.response_status ? c_.response_status : c_.body_status;
        if (c_.response_status && c_.body_status && *c_.response_status != *c_.body_status)
            c_.quirks.insert(quirk::status_mismatch);
        // kept_raw_: the standard members the body has with a wrong type
        // (among the extensions), never overwritten.
        if (!p.status && !(kept_raw_ & sm_status))
            p.status = c_.body_status ? c_.body_status : c_.response_status;
        if (p.detail.empty() && !detail.empty() && !(kept_raw_ & sm_detail))
            p.detail = detail;
        // The reason phrase is the title of an about:blank problem (RFC 9457 §4.2.1).
        std::optional<http_status> const titled = p.status ? p.status : c_.status;
        if (p.title.empty() && p.type == about_blank && titled && !(kept_raw_ & sm_title))
            p.title = reason_phrase(*titled);
        if (c_.correlation_id.empty()) {
            if (!r_.request_id.empty()) {
                c_.correlation_id = r_.request_id;
                c_.correlation_from = correlation_source::header;
                c_.correlation_member = r_.request_id_header;
            } else if (is_uuid_reference(p.instance)) {
                c_.correlation_id = p.instance;
                c_.correlation_from = correlation_source::instance;
                c_.correlation_member = "instance";
            }
        }
        return {};
    }

    /// finish, with `p` as the problem.
    error finish_with(problem_view const& p, std::string_view detail) noexcept {
        c_.problem = p;
        return finish(detail);
    }

    /// A one-member extension list keeping `value` (valid JSON) under "body".
    problem_view keep_body(std::string_view value) noexcept {
        problem_view p;
        extension* const e = a_.take_extensions(1);
        if (e) {
            e[0] = extension{body_extension, value};
            p.extensions = extension_list(std::span<extension const>(e, 1));
        }
        return p;
    }

    step object(std::string_view json_text) noexcept {
        if (opt_.parse.mode == parse_mode::strict) {
            // Classification reads every body: strict mode's verdicts are
            // for validate(), here it reads as rfc.
            parse_options po = opt_.parse;
            po.mode = parse_mode::rfc;
            if (error const e = read(json_text, po); e != error{})
                return {.unread = e};
        } else if (error const e = read(json_text, opt_.parse); e != error{}) {
            return {.unread = e};
        }
        return {.done = normalize()};
    }

    /// An array or a scalar, checked in one scan; an array whose first
    /// element meets an `arrays` family is read through that element.
    step other_json(std::string_view trimmed) noexcept {
        std::size_t const depth = opt_.parse.max_depth < parse_options::max_depth_limit
                                      ? opt_.parse.max_depth
                                      : parse_options::max_depth_limit;
        json_scanner s(trimmed, depth, opt_.parse.max_string_length);
        std::string_view first;
        if (*s.p == '[') {
            if (depth < 1)
                return {.unread = error::too_deep};
            ++s.p;
            s.skip_ws();
            if (s.p != s.end && *s.p != ']') {
                for (bool at_first = true;; at_first = false) {
                    char const* const b = s.p;
                    if (!s.skip_value(1))
                        return {.unread = s.err};
                    if (at_first)
                        first = std::string_view(b, static_cast<std::size_t>(s.p - b));
                    s.skip_ws();
                    if (s.p != s.end && *s.p == ',') {
                        ++s.p;
                        s.skip_ws();
                        continue;
                    }
                    break;
                }
            }
            if (s.p == s.end || *s.p != ']')
                return {.unread = error::syntax};
            ++s.p;
        } else if (!s.skip_value(0)) {
            return {.unread = s.err};
        }
        s.skip_ws();
        if (s.p != s.end)
            return {.unread = error::trailing_data};
        if (first.starts_with('{')) {
            // The element sits one level down: its limits are the document's, one level less.
            parse_options eo = opt_.parse;
            eo.max_depth = depth - 1;
            if (eo.mode == parse_mode::strict)
                eo.mode = parse_mode::rfc;
            stored_entries stored;
            error const e = read(first, eo, &stored);
            if (e == error::scratch_too_small || e == error::capacity_exceeded)
                return {.unread = e};
            if (e == error{}) {
                body_family const* const fam = match();
                if (fam && fam->arrays) {
                    c_.quirks.insert(quirk::legacy_array);
                    // The whole array under "body", after the element's
                    // members (the entry after them is free scratch).
                    problem_view& q = c_.problem;
                    std::size_t const n = q.extensions.size();
                    extension const* const data = extension_list_access::data(q.extensions);
                    extension* slot;
                    if (n < stored.count)
                        slot = stored.first + n;
                    else if (!(slot = a_.take_extensions(1)))
                        return {.done = error::scratch_too_small};
                    else if (n &&
                             slot != data + n) // not contiguous: cannot happen (aligned entries)
                        return {.done = error::scratch_too_small};
                    ::new (static_cast<void*>(slot)) extension{body_extension, trimmed};
                    q.extensions = extension_list_access::make(
                        n ? data : slot, n + 1, extension_list_access::validated(q.extensions),
                        false);
                    return {.done = normalize()};
                }
            }
        }
        c_.format = body_format::json_unrecognized;
        if (json_label_mismatch())
            c_.quirks.insert(quirk::content_type_mismatch);
        a_ = scratch_arena(scratch_);
        kept_raw_ = 0; // the element's, if it was read
        return {.done = finish_with(keep_body(trimmed), {})};
    }

    error text_body(std::string_view trimmed) noexcept {
        a_ = scratch_arena(scratch_);
        c_.format = body_format::text;
        std::string_view const head = trimmed.substr(0, text_prefix_limit);
        bool const html =
            mk_ == media_kind::html ||
            (!trimmed.empty() && trimmed.front() == '<' &&
             (ifind(head, "<html") || ifind(head, "<!doctype html") || ifind(head, "<title")));
        if (html)
            c_.quirks.insert(quirk::html);
        bool truncated = false;
        problem_view p;
        std::string_view detail;
        if (html) {
            p.title = html_title(r_.body.substr(0, opt_.parse.max_document_size), a_, truncated);
        } else {
            std::string_view const summary = utf8_prefix(trimmed, text_prefix_limit);
            truncated = summary.size() < trimmed.size();
            if (is_utf8(summary))
                detail = summary;
        }
        // The body (a bounded prefix of it), as a JSON string.
        std::size_t consumed = 0;
        std::size_t const n = write_text_prefix(r_.body, nullptr, 2 * text_prefix_limit, consumed);
        char* const buf = a_.take(n);
        if (!buf)
            return error::scratch_too_small;
        write_text_prefix(r_.body, buf, n, consumed);
        if (consumed < r_.body.size())
            truncated = true;
        if (truncated)
            c_.quirks.insert(quirk::text_truncated);
        problem_view const kept = keep_body(std::string_view(buf, n));
        p.extensions = kept.extensions;
        return finish_with(p, detail);
    }
};

} // namespace detail

inline result<classification_view> classify_view(response_view const& response,
                                                 std::span<char> scratch,
                                                 classify_options const& options) noexcept {
    // Built in place and returned by NRVO: the classification is never copied.
    result<classification_view> out(boost::system::in_place_value);
    if (error const e = detail::classifier(response, scratch, options, *out).run(); e != error{})
        out = make_error_code(e);
    return out;
}

inline classification classify(response_view const& response, classify_options const& given) {
    // The owning copy parses extension values into boost::json::values, which
    // recurse once per level: read no deeper than they can hold, so a deeper
    // body is reported as over the limit instead of throwing from the copy.
    classify_options options = given;
    if (options.parse.max_depth >= parse_options::max_owning_depth)
        options.parse.max_depth = parse_options::max_owning_depth - 1;
    // The library's one "small scratch, then the exact size" loop: most JSON
    // error bodies fit its stack buffer; another body is read again in a heap
    // buffer of classify_scratch_bound's size (for text, a fixed amount).
    auto r = detail::with_exact_scratch(
        [&](std::span<char> scratch, std::size_t& need) -> result<classification> {
            auto const v = classify_view(response, scratch, options);
            if (v)
                return classification(*v);
            std::size_t const bound = classify_scratch_bound(response);
            if (v.error() == error::scratch_too_small && scratch.size() < bound)
                need = bound;
            return v.error();
        });
    if (!r) {
        if (r.error() == error::scratch_too_small)
            boost::throw_exception(std::bad_alloc()); // unreachable: the bound is always enough
        boost::throw_exception(
            std::invalid_argument("problem_details::classify: too many family members"));
    }
    return std::move(*r);
}

} // namespace problem_details

#endif
