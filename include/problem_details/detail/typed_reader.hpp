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

namespace problem_details::detail {

class typed_decoder {
public:
    /// `free_begin`..`free_end` is where escaped strings of view members go.
    typed_decoder(char* free_begin, char* free_end) noexcept : free_(free_begin), free_end_(free_end) {}

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
    static bool decode_key(std::string_view raw, char* buf, std::size_t cap, std::string_view& out) noexcept {
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
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<L>::value>>([&](auto I) {
            using D = boost::mp11::mp_at_c<L, decltype(I)::value>;
            constexpr std::string_view n = D::name;
            if (!found && name.size() == n.size() && std::memcmp(name.data(), n.data(), n.size()) == 0) {
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
        if (!integer)
            return fail(error::member_wrong_type, at);
        if (t == "-0") {
            out = 0;
            return true;
        }
        I v{};
        auto const r = std::from_chars(t.data(), t.data() + t.size(), v);
        if (r.ec != std::errc{} || r.ptr != t.data() + t.size())
            return fail(error::value_out_of_range, at); // too large, or negative for unsigned
        out = v;
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
        auto const r = std::from_chars(t.data(), t.data() + t.size(), v);
        if (r.ec != std::errc{} || r.ptr != t.data() + t.size())
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

    template <class U, std::size_t N>
    bool read(fixed_vector<U, N>& out) noexcept(!allocates<U>()) {
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
            U* const e = out.try_emplace_back();
            if (!e)
                return fail(error::capacity_exceeded, sc_->p);
            if (!read(*e))
                return false;
            ws();
            if (*sc_->p++ == ']')
                return true; // else ','
        }
    }

    template <class U, class A>
    bool read(std::vector<U, A>& out) {
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
            if (!read(out.emplace_back()))
                return false;
            ws();
            if (*sc_->p++ == ']')
                return true;
        }
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

} // namespace problem_details::detail

#endif
