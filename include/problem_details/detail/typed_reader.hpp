// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_TYPED_READER_HPP
#define PROBLEM_DETAILS_DETAIL_TYPED_READER_HPP

// Decodes the raw JSON text of extension values (already validated by the
// problem reader) into typed members. No validation is repeated: the text
// is known to be one well-formed JSON value. Strings without escapes are
// views into the input; escaped ones are decoded into a region of the
// caller's scratch (view members) or into the std::string (owning ones).

#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_number.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/problem_reader.hpp>
#include <problem_details/error.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem_type.hpp>

#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace problem_details::detail {

/// An integer member's value from the text of a valid JSON number, as
/// both typed readers read it: `member_wrong_type` when it has a fraction
/// or an exponent, `value_out_of_range` when it does not fit `I` (too
/// large, or negative for an unsigned type); "-0" is 0.
template <class I>
PROBLEM_DETAILS_ALWAYS_INLINE error integer_from_json(std::string_view t, I& out) noexcept {
    for (char const c : t)
        if (c == '.' || c == 'e' || c == 'E')
            return error::member_wrong_type;
    if (t.size() == 2 && t[0] == '-' && t[1] == '0') {
        out = 0;
        return {};
    }
    I v{};
    auto const r = std::from_chars(t.data(), t.data() + t.size(), v);
    if (r.ec != std::errc{} || r.ptr != t.data() + t.size())
        return error::value_out_of_range;
    out = v;
    return {};
}

class typed_decoder {
public:
    /// `free_begin`..`free_end` is where escaped strings of view members go.
    typed_decoder(char* free_begin, char* free_end) noexcept
        : free_(free_begin), free_end_(free_end) {}

    error err{};
    char const* err_pos = nullptr;
    /// Bytes of decoded strings that did not fit (the scratch was short).
    std::size_t short_by = 0;

    /// Reads the validated JSON value `raw` into `out`.
    template <class M>
    bool read_value(std::string_view raw, M& out) noexcept(!allocates<M>()) {
        // The scanner's string and whitespace routines (16 bytes at a
        // time); the text is known valid, so they never fail here.
        json_scanner sc(raw, parse_options::max_depth_limit, std::size_t(-1));
        sc_ = &sc;
        bool const ok = read(out);
        sc_ = nullptr;
        return ok;
    }

    /// Where the next decoded string would go.
    char* free_position() const noexcept { return free_; }

    /// Sets `err`, at `at`.
    bool fail(error e, char const* at) noexcept {
        err = e;
        err_pos = at;
        return false;
    }

    /// Decodes a (short) key into buf; false when it is too long to be a member name.
    static bool decode_key(std::string_view raw, char* buf, std::size_t cap,
                           std::string_view& out) noexcept {
        if (raw.size() > cap)
            return false;
        out = std::string_view(buf, decode_escapes(raw, buf));
        return true;
    }

    /// Which described member of S is named `name`: calls f(descriptor,
    /// index) (the index a compile-time constant) and returns true if one is.
    /// Lengths are compared first, against compile-time constants.
    template <class S, class F>
    static bool match_member(std::string_view name, F&& f) {
        using L = described_members<S>;
        bool found = false;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<L>::value>>(
            [&](auto I) {
                using D = boost::mp11::mp_at_c<L, decltype(I)::value>;
                constexpr std::string_view n = json_name_v<S, D>;
                if (!found && name.size() == n.size() &&
                    equal_bytes<n.size()>(name.data(), n.data())) {
                    found = true;
                    f(D{}, I);
                }
            });
        return found;
    }

    /// The bit of every described member of S that is required (not optional).
    template <class S>
    static constexpr std::uint64_t required_mask() noexcept {
        std::uint64_t m = 0;
        std::size_t i = 0;
        boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
            using M = std::remove_cvref_t<decltype(std::declval<S&>().*d.pointer)>;
            if (!is_optional<M>::value)
                m |= std::uint64_t(1) << i;
            ++i;
        });
        return m;
    }

private:
    json_scanner* sc_ = nullptr;
    char* free_;
    char* free_end_;

    void ws() noexcept { sc_->skip_ws(); }

    /// At an opening quote: the raw content, and past the closing quote.
    std::string_view raw_string(bool& escaped) noexcept {
        std::string_view content;
        sc_->scan_string(content, escaped);
        return content;
    }

    /// Skips a value (validated: never fails).
    void skip() noexcept { sc_->skip_value(0); }

    bool read(std::string_view& out) noexcept {
        ws();
        if (*sc_->p != '"')
            return fail(error::member_wrong_type, sc_->p);
        bool escaped;
        std::string_view const raw = raw_string(escaped);
        if (!escaped) {
            out = raw;
            return true;
        }
        if (static_cast<std::size_t>(free_end_ - free_) < raw.size()) {
            short_by += raw.size();
            out = {};
            return true; // the parse reports scratch_too_small at the end
        }
        std::size_t const n = decode_escapes(raw, free_);
        out = std::string_view(free_, n);
        free_ += n;
        return true;
    }

    bool read(std::string& out) {
        ws();
        if (*sc_->p != '"')
            return fail(error::member_wrong_type, sc_->p);
        bool escaped;
        std::string_view const raw = raw_string(escaped);
        if (!escaped) {
            out.assign(raw.data(), raw.size());
            return true;
        }
        out.resize(raw.size());
        out.resize(decode_escapes(raw, out.data()));
        return true;
    }

    bool read(bool& out) noexcept {
        ws();
        if (*sc_->p == 't') {
            out = true;
            sc_->p += 4;
            return true;
        }
        if (*sc_->p == 'f') {
            out = false;
            sc_->p += 5;
            return true;
        }
        return fail(error::member_wrong_type, sc_->p);
    }

    /// sc_->p at a number: its text, sc_->p past it.
    std::string_view number_text(bool& integer) noexcept {
        char const* const start = sc_->p;
        integer = true;
        while (sc_->p != sc_->end) {
            char const c = *sc_->p;
            if (c == '.' || c == 'e' || c == 'E')
                integer = false;
            else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
                break;
            ++sc_->p;
        }
        return std::string_view(start, static_cast<std::size_t>(sc_->p - start));
    }

    template <class I>
    requires is_integer_member_v<I>
    bool read(I& out) noexcept {
        ws();
        char const* const at = sc_->p;
        if (!(*sc_->p == '-' || (*sc_->p >= '0' && *sc_->p <= '9')))
            return fail(error::member_wrong_type, at);
        bool integer;
        std::string_view const t = number_text(integer);
        if (error const e = integer_from_json(t, out); e != error{})
            return fail(e, at);
        return true;
    }

    template <class F>
    requires std::is_floating_point_v<F>
    bool read(F& out) noexcept {
        ws();
        char const* const at = sc_->p;
        if (!(*sc_->p == '-' || (*sc_->p >= '0' && *sc_->p <= '9')))
            return fail(error::member_wrong_type, at);
        bool integer;
        std::string_view const t = number_text(integer);
        F v{};
        if (json_number_to_float(t, v) != std::errc{})
            return fail(error::value_out_of_range, at); // beyond the type's range
        out = v;
        return true;
    }

    template <class U>
    bool read(std::optional<U>& out) noexcept(!allocates<U>()) {
        ws();
        if (*sc_->p == 'n') {
            sc_->p += 4;
            out.reset();
            return true;
        }
        out.emplace();
        return read(*out);
    }

    /// A JSON array into `out` (cleared first): `next()` is the slot of
    /// the next element, nullptr when `out` is full.
    template <class C, class Next>
    bool read_array(C& out, Next next) {
        ws();
        if (*sc_->p != '[')
            return fail(error::member_wrong_type, sc_->p);
        out.clear();
        ++sc_->p;
        ws();
        if (*sc_->p == ']') {
            ++sc_->p;
            return true;
        }
        for (;;) {
            ws();
            auto* const e = next();
            if (!e)
                return fail(error::capacity_exceeded, sc_->p);
            if (!read(*e))
                return false;
            ws();
            if (*sc_->p++ == ']')
                return true; // else ','
        }
    }

    template <class U, std::size_t N>
    bool read(fixed_vector<U, N>& out) noexcept(!allocates<U>()) {
        return read_array(out, [&out] { return out.try_emplace_back(); });
    }

    template <class U, class A>
    bool read(std::vector<U, A>& out) {
        return read_array(out, [&out] { return &out.emplace_back(); });
    }

    template <class S>
    requires is_described_struct_v<S>
    bool read(S& out) noexcept(!allocates<S>()) {
        ws();
        char const* const open = sc_->p;
        if (*sc_->p != '{')
            return fail(error::member_wrong_type, sc_->p);
        out = S{};
        std::uint64_t seen = 0;
        ++sc_->p;
        ws();
        if (*sc_->p == '}') {
            ++sc_->p;
        } else {
            for (;;) {
                ws();
                bool escaped;
                std::string_view key = raw_string(escaped);
                char buf[256];
                bool const usable = !escaped || decode_key(key, buf, sizeof buf, key);
                ws();
                ++sc_->p; // ':'
                ws();
                bool ok = true;
                bool const known = usable && match_member<S>(key, [&](auto d, auto i) {
                                       seen |= std::uint64_t(1) << decltype(i)::value;
                                       ok = read(out.*d.pointer);
                                   });
                if (!ok)
                    return false;
                if (!known)
                    skip();
                ws();
                if (*sc_->p++ == '}')
                    break;
            }
        }
        if ((required_mask<S>() & seen) != required_mask<S>())
            return fail(error::missing_member, open);
        return true;
    }
};

/** The one-pass typed read: a hook for basic_problem_reader that reads
    the typed members of T straight from the reader's scanner as the
    document is parsed, instead of the reader skipping them and
    typed_decoder scanning their text again.

    It validates everything it reads exactly as json_scanner::skip_value
    would (the same scanner routines and limits), and gives up (the reader
    then skips the value as usual) on anything that is not the common,
    well-typed case: an escaped string (its decoded text needs the
    scratch), a value of the wrong type, a number out of range, a full
    fixed_vector, a member type it does not read (floating point, owning
    strings and vectors), a malformed value. Once it has given up, `slow`
    is set and every typed member is decoded afterwards from the
    extensions' raw text by typed_decoder, as without the hook, so errors,
    their offsets and the scratch needed are the same either way. */
template <class T>
class typed_member_hook {
public:
    static constexpr bool active = true;

    explicit typed_member_hook(T& ext) noexcept : ext_(ext) {}

    /// Set once a typed member could not be read here (see above).
    bool slow = false;
    /// The typed members read (bit i: the i-th described member).
    std::uint64_t seen = 0;

    /// See basic_problem_reader: -1 not a typed member, 1 read, 0 given up.
    int try_read(std::string_view name, json_scanner& sc) noexcept {
        int r = -1;
        typed_decoder::match_member<T>(name, [&](auto d, auto i) {
            if (slow) {
                r = 0;
                return;
            }
            // The value is read with a copy of the scanner that is a local
            // (its position and bounds stay in registers: no store into the
            // typed members can alias them), copied again around the
            // scanner's out-of-line routines.
            json_scanner cur(sc);
            cur.saw_ws = false;
            if (read(ext_.*d.pointer, cur, 1)) {
                sc.p = cur.p;
                sc.saw_ws = sc.saw_ws || cur.saw_ws;
                seen |= std::uint64_t(1) << decltype(i)::value;
                r = 1;
            } else {
                slow = true;
                r = 0;
            }
        });
        return r;
    }

private:
    T& ext_;

    static bool number_start(char c) noexcept { return c == '-' || (c >= '0' && c <= '9'); }

    struct outcome {
        char const* p;
        bool ok;
        bool ws;
    };

    /// f run on a copy of a scanner (which may escape: the caller's does not).
    template <class F>
    PROBLEM_DETAILS_NOINLINE static outcome run_copy(json_scanner tmp, F f) noexcept {
        tmp.saw_ws = false;
        bool const ok = f(tmp);
        return {tmp.p, ok, tmp.saw_ws};
    }

    /// Runs f on a copy of cur, then takes its position back.
    template <class F>
    PROBLEM_DETAILS_ALWAYS_INLINE static bool out_of_line(json_scanner& cur, F f) noexcept {
        outcome const o = run_copy(cur, f);
        cur.p = o.p;
        cur.saw_ws = cur.saw_ws || o.ws;
        return o.ok;
    }

    /// cur.p at an opening quote: the string's content, unescaped (false
    /// when it has escapes or is not valid), cur.p past its closing quote.
    PROBLEM_DETAILS_ALWAYS_INLINE static bool read_string(json_scanner& cur,
                                                          std::string_view& content) noexcept {
        char const* const start = cur.p + 1;
        char const* resume;
        if (char const* const close = cur.plain_string_end(start, resume)) {
            content = std::string_view(start, static_cast<std::size_t>(close - start));
            cur.p = close + 1;
            return true;
        }
        if (!out_of_line(cur, [resume](json_scanner& s) {
                return s.scan_string_rest(resume) && !s.rest_escaped();
            }))
            return false;
        content = std::string_view(start, static_cast<std::size_t>(cur.p - 1 - start));
        return true;
    }

    /// Whether a name is JSON string content as it stands (no byte that
    /// would need an escape, ASCII): then a key whose raw text is exactly
    /// the name is that member's key, with nothing to decode.
    static constexpr bool plain_name(std::string_view n) noexcept {
        for (char c : n)
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 ||
                static_cast<unsigned char>(c) >= 0x80)
                return false;
        return true;
    }

    /// cur.p at a key's opening quote: when the key is, byte for byte, the
    /// name of the described member D of S (the common case: checked
    /// without scanning the string), consumes it, its colon and the value
    /// (ok: whether that was read) and returns true.
    template <class S, class D, std::size_t I>
    PROBLEM_DETAILS_ALWAYS_INLINE static bool
    read_if_key(S& out, json_scanner& cur, std::size_t depth, std::uint64_t& seen_here,
                bool& ok) noexcept {
        constexpr std::string_view n = json_name_v<S, D>;
        if constexpr (!plain_name(n)) {
            return false;
        } else {
            // The same limit scan_string applies to the key.
            if (static_cast<std::size_t>(cur.end - cur.p) < n.size() + 2 ||
                n.size() > cur.max_string_length || !equal_bytes<n.size()>(cur.p + 1, n.data()) ||
                cur.p[n.size() + 1] != '"')
                return false;
            cur.p += n.size() + 2;
            cur.skip_ws();
            if (cur.p == cur.end || *cur.p != ':') {
                ok = false;
                return true;
            }
            ++cur.p;
            cur.skip_ws();
            seen_here |= std::uint64_t(1) << I;
            ok = read(out.*D::pointer, cur, depth);
            return true;
        }
    }

    template <class S, std::size_t... I>
    PROBLEM_DETAILS_ALWAYS_INLINE static bool
    read_keyed(S& out, json_scanner& cur, std::size_t depth, std::uint64_t& seen_here, bool& ok,
               std::index_sequence<I...>) noexcept {
        return (read_if_key<S, boost::mp11::mp_at_c<described_members<S>, I>, I>(out, cur, depth,
                                                                                 seen_here, ok) ||
                ...);
    }

    /// One value of type M at cur.p (not whitespace, maybe the end), inside
    /// a container at nesting `depth`; false gives up.
    template <class M>
    PROBLEM_DETAILS_ALWAYS_INLINE static bool read(M& out, json_scanner& cur,
                                                   std::size_t depth) noexcept {
        if (cur.p == cur.end)
            return false;
        char const c = *cur.p;
        if constexpr (std::is_same_v<M, std::string_view>) {
            if (c != '"')
                return false;
            return read_string(cur, out);
        } else if constexpr (std::is_same_v<M, bool>) {
            if (c == 't' &&
                out_of_line(cur, [](json_scanner& s) { return s.scan_literal("true", 4); })) {
                out = true;
                return true;
            }
            if (c == 'f' &&
                out_of_line(cur, [](json_scanner& s) { return s.scan_literal("false", 5); })) {
                out = false;
                return true;
            }
            return false;
        } else if constexpr (is_integer_member_v<M>) {
            if (!number_start(c))
                return false;
            char const* const start = cur.p;
            if (!out_of_line(cur, [](json_scanner& s) { return s.skip_number(); }))
                return false;
            return integer_from_json(
                       std::string_view(start, static_cast<std::size_t>(cur.p - start)), out) ==
                   error{};
        } else if constexpr (is_optional<M>::value) {
            if constexpr (allocates<typename M::value_type>()) {
                return false;
            } else {
                if (c == 'n') {
                    if (!out_of_line(cur,
                                     [](json_scanner& s) { return s.scan_literal("null", 4); }))
                        return false;
                    out.reset();
                    return true;
                }
                out.emplace();
                return read(*out, cur, depth);
            }
        } else if constexpr (is_fixed_vector<M>::value) {
            if constexpr (allocates<typename M::value_type>()) {
                return false;
            } else {
                if (c != '[' || depth + 1 > cur.max_depth)
                    return false;
                ++cur.p;
                cur.skip_ws();
                if (cur.p == cur.end)
                    return false;
                out.clear();
                if (*cur.p == ']') {
                    ++cur.p;
                    return true;
                }
                for (;;) {
                    auto* const e = out.try_emplace_back();
                    if (!e || !read(*e, cur, depth + 1))
                        return false;
                    cur.skip_ws();
                    if (cur.p == cur.end)
                        return false;
                    if (*cur.p == ',') {
                        ++cur.p;
                        cur.skip_ws();
                        continue;
                    }
                    if (*cur.p != ']')
                        return false;
                    ++cur.p;
                    return true;
                }
            }
        } else if constexpr (is_described_struct_v<M>) {
            if constexpr (allocates<M>()) {
                return false;
            } else {
                if (c != '{' || depth + 1 > cur.max_depth)
                    return false;
                ++cur.p;
                cur.skip_ws();
                if (cur.p == cur.end)
                    return false;
                out = M{};
                std::uint64_t seen_here = 0;
                if (*cur.p == '}') {
                    ++cur.p;
                } else {
                    for (;;) {
                        if (cur.p == cur.end || *cur.p != '"')
                            return false;
                        bool ok = true;
                        if (read_keyed(out, cur, depth + 1, seen_here, ok,
                                       std::make_index_sequence<
                                           boost::mp11::mp_size<described_members<M>>::value>{})) {
                            if (!ok)
                                return false;
                        } else if (!skip_other_member<M>(cur, depth)) {
                            return false;
                        }
                        cur.skip_ws();
                        if (cur.p == cur.end)
                            return false;
                        if (*cur.p == ',') {
                            ++cur.p;
                            cur.skip_ws();
                            continue;
                        }
                        if (*cur.p != '}')
                            return false;
                        ++cur.p;
                        break;
                    }
                }
                constexpr std::uint64_t required = typed_decoder::required_mask<M>();
                return (required & seen_here) == required;
            }
        } else {
            (void)c;
            (void)depth;
            return false; // floating point, std::string, std::vector: typed_decoder reads them
        }
    }

    /// A member of a struct at nesting `depth` whose key is not written as
    /// one of S's names: cur.p at its key. Skipped (validated) when it is
    /// no member of S; false otherwise (an escaped name, say).
    template <class S>
    PROBLEM_DETAILS_ALWAYS_INLINE static bool skip_other_member(json_scanner& cur,
                                                                std::size_t depth) noexcept {
        std::string_view key;
        if (!read_string(cur, key) || typed_decoder::match_member<S>(key, [](auto, auto) {}))
            return false;
        cur.skip_ws();
        if (cur.p == cur.end || *cur.p != ':')
            return false;
        ++cur.p;
        cur.skip_ws();
        if (cur.p == cur.end)
            return false;
        return out_of_line(cur, [depth](json_scanner& s) { return s.skip_value(depth + 1); });
    }
};

} // namespace problem_details::detail

#endif
