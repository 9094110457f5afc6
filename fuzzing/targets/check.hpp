// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_CHECK_HPP
#define PROBLEM_DETAILS_FUZZ_CHECK_HPP

// What every fuzz target shares: a check that stops the program with the
// failing input printed (libFuzzer then saves it as a crash), independent
// oracles (UTF-8 validity, the top-level keys Boost.JSON sees), and exact-size
// heap buffers so that AddressSanitizer sees any byte written past the end.
//
// The targets are plain functions `void NAME(std::string_view input)` in
// namespace fuzz_targets; fuzzing/fuzz_NAME.cpp wraps one for libFuzzer,
// fuzzing/replay_main.cpp and tests/fuzz_replay.cpp replay them without it.

#include <problem_details/error.hpp>
#include <problem_details/parse.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz_targets {

/// The input being checked, printed when a check fails.
inline std::string_view& current_input() {
    static std::string_view in;
    return in;
}

[[noreturn]] inline void fail(char const* what, char const* file, int line) {
    std::string_view const in = current_input();
    std::fprintf(stderr, "\n%s:%d: fuzz check failed: %s\ninput (%zu bytes): \"", file, line, what,
                 in.size());
    for (unsigned char c : in.substr(0, 4096)) {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            std::fputc(c, stderr);
        else
            std::fprintf(stderr, "\\x%02x", c);
    }
    std::fprintf(stderr, "\"%s\n", in.size() > 4096 ? " (cut)" : "");
    std::abort();
}

#define PD_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::fuzz_targets::fail(#cond, __FILE__, __LINE__);                                       \
    } while (0)

/// Sets current_input() for the lifetime of a target call.
class input_scope {
public:
    explicit input_scope(std::string_view in) noexcept : saved_(current_input()) {
        current_input() = in;
    }
    ~input_scope() { current_input() = saved_; }
    input_scope(input_scope const&) = delete;
    input_scope& operator=(input_scope const&) = delete;

private:
    std::string_view saved_;
};

/// A heap buffer of exactly `n` bytes (at an odd address when `odd`), so
/// that AddressSanitizer reports any access past its end.
class exact_buffer {
public:
    explicit exact_buffer(std::size_t n, bool odd = false)
        : mem_(std::make_unique<char[]>(n + (odd ? 1 : 0))), data_(mem_.get() + (odd ? 1 : 0)),
          size_(n) {}
    std::span<char> span() noexcept { return {data_, size_}; }
    char* data() noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }

private:
    std::unique_ptr<char[]> mem_;
    char* data_;
    std::size_t size_;
};

/// A buffer of `n` usable bytes followed by guard bytes, for builds
/// without AddressSanitizer: intact() tells whether anything wrote past `n`.
class guarded_buffer {
public:
    static constexpr std::size_t guard = 32;
    explicit guarded_buffer(std::size_t n) : mem_(n + guard, '\x5a'), n_(n) {}
    std::span<char> span() noexcept { return {mem_.data(), n_}; }
    bool intact() const noexcept {
        for (std::size_t i = n_; i < mem_.size(); ++i)
            if (mem_[i] != '\x5a')
                return false;
        return true;
    }

private:
    std::vector<char> mem_;
    std::size_t n_;
};

/// True when `inner` lies inside `outer` (pointer ranges compared as integers).
inline bool within(std::string_view inner, char const* begin, std::size_t size) noexcept {
    if (inner.empty())
        return true;
    auto const b = reinterpret_cast<std::uintptr_t>(begin);
    auto const p = reinterpret_cast<std::uintptr_t>(inner.data());
    return p >= b && p + inner.size() <= b + size;
}

/// UTF-8 validity, written from the Unicode definition (Table 3-7) and
/// independent of the library's own validator.
inline bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        auto const c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) {
            n = 2;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            auto const d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        std::uint32_t const min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/// The names of the top-level object's members, in document order and
/// with repetitions, as Boost.JSON's own parser reports them. Empty
/// optional-like result (ok == false) when Boost.JSON rejects the text or
/// its top level is not an object.
struct top_level_keys {
    bool ok = false;
    std::vector<std::string> keys;
};

namespace detail {
struct key_recorder {
    constexpr static std::size_t max_object_size = std::size_t(-1);
    constexpr static std::size_t max_array_size = std::size_t(-1);
    constexpr static std::size_t max_key_size = std::size_t(-1);
    constexpr static std::size_t max_string_size = std::size_t(-1);
    using ec_t = boost::json::error_code;
    using sv = boost::json::string_view;
    std::vector<std::string>* keys;
    std::string part;
    int depth = 0;
    bool top_is_object = false;
    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&) {
        if (depth++ == 0)
            top_is_object = true;
        return true;
    }
    bool on_object_end(std::size_t, ec_t&) { return --depth, true; }
    bool on_array_begin(ec_t&) { return ++depth, true; }
    bool on_array_end(std::size_t, ec_t&) { return --depth, true; }
    bool on_key_part(sv s, std::size_t, ec_t&) {
        if (depth == 1)
            part.append(s.data(), s.size());
        return true;
    }
    bool on_key(sv s, std::size_t, ec_t&) {
        if (depth == 1) {
            part.append(s.data(), s.size());
            keys->push_back(std::move(part));
            part.clear();
        }
        return true;
    }
    bool on_string_part(sv, std::size_t, ec_t&) { return true; }
    bool on_string(sv, std::size_t, ec_t&) { return true; }
    bool on_number_part(sv, ec_t&) { return true; }
    bool on_int64(std::int64_t, sv, ec_t&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec_t&) { return true; }
    bool on_double(double, sv, ec_t&) { return true; }
    bool on_bool(bool, ec_t&) { return true; }
    bool on_null(ec_t&) { return true; }
    bool on_comment_part(sv, ec_t&) { return true; }
    bool on_comment(sv, ec_t&) { return true; }
};
} // namespace detail

inline top_level_keys boost_top_level_keys(std::string_view text) {
    top_level_keys out;
    boost::json::parse_options opt;
    opt.max_depth = 1024; // Boost.JSON's parser recurses per level
    boost::json::basic_parser<detail::key_recorder> parser(opt);
    parser.handler().keys = &out.keys;
    boost::json::error_code ec;
    std::size_t const n = parser.write_some(false, text.data(), text.size(), ec);
    out.ok = !ec && n == text.size() && parser.handler().top_is_object;
    return out;
}

/// True when a double in `v` is NaN. JSON has no NaN, but Boost.JSON 1.81
/// reads a zero with an exponent above 308 (`0e400`) as NaN (0 * inf), and
/// NaN != NaN, so value comparisons skip such documents.
inline bool has_nan(boost::json::value const& v) noexcept {
    switch (v.kind()) {
    case boost::json::kind::double_: return v.get_double() != v.get_double();
    case boost::json::kind::array:
        for (auto const& e : v.get_array())
            if (has_nan(e))
                return true;
        return false;
    case boost::json::kind::object:
        for (auto const& m : v.get_object())
            if (has_nan(m.value()))
                return true;
        return false;
    default: return false;
    }
}

inline bool has_nan(boost::json::object const& o) noexcept {
    for (auto const& m : o)
        if (has_nan(m.value()))
            return true;
    return false;
}

/// Equality of two JSON values where doubles may differ in their last
/// bits: Boost.JSON 1.81 does not always read a decimal to the nearest
/// double (1.83 added precise parsing), so a double written exactly (the
/// shortest text that reads back exactly) may read back one or two units in
/// the last place away. NaN equals NaN here (see has_nan).
inline bool approx_equal(boost::json::object const& x, boost::json::object const& y) noexcept;

inline bool approx_equal(boost::json::value const& a, boost::json::value const& b) noexcept {
    if (a.is_double() || b.is_double()) {
        if (!a.is_number() || !b.is_number())
            return false;
        double const x = a.to_number<double>(), y = b.to_number<double>();
        if (x != x || y != y)
            return x != x && y != y;
        if (x == y)
            return true;
        double const scale = std::max(std::fabs(x), std::fabs(y));
        return std::fabs(x - y) <= scale * 1e-15;
    }
    if (a.kind() != b.kind()) {
        if (a.is_number() && b.is_number())
            return a == b; // int64 against uint64: Boost.JSON compares the values
        return false;
    }
    switch (a.kind()) {
    case boost::json::kind::array: {
        auto const& x = a.get_array();
        auto const& y = b.get_array();
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!approx_equal(x[i], y[i]))
                return false;
        return true;
    }
    case boost::json::kind::object: return approx_equal(a.get_object(), b.get_object());
    default: return a == b;
    }
}

inline bool approx_equal(boost::json::object const& x, boost::json::object const& y) noexcept {
    if (x.size() != y.size())
        return false;
    for (auto const& m : x) {
        auto const* other = y.if_contains(m.key());
        if (!other || !approx_equal(m.value(), *other))
            return false;
    }
    return true;
}

/// A view's JSON as its owning copy writes it: a view keeps an empty
/// title, detail or instance, which an owning problem cannot (its
/// std::string members read empty as absent, as documented), so those
/// members are dropped from the object `v` before the two are compared.
inline void drop_empty_standard_strings(boost::json::value& v) {
    if (!v.is_object())
        return;
    for (char const* name : {"title", "detail", "instance"})
        if (auto const* m = v.get_object().if_contains(name);
            m && m->is_string() && m->get_string().empty())
            v.get_object().erase(name);
}

/// problem == problem, with approx_equal for the extensions.
inline bool approx_equal(problem_details::problem const& a,
                         problem_details::problem const& b) noexcept {
    return a.type == b.type && a.title == b.title && a.detail == b.detail &&
           a.instance == b.instance && a.status == b.status &&
           approx_equal(a.extensions, b.extensions);
}

/// Exact equality of two views (same bytes everywhere, same order).
inline bool identical(problem_details::problem_view const& a,
                      problem_details::problem_view const& b) noexcept {
    if (a.type != b.type || a.title != b.title || a.detail != b.detail ||
        a.instance != b.instance || a.status != b.status ||
        a.extensions.size() != b.extensions.size())
        return false;
    for (std::size_t i = 0; i < a.extensions.size(); ++i)
        if (a.extensions[i].name != b.extensions[i].name ||
            a.extensions[i].value != b.extensions[i].value)
            return false;
    return true;
}

/// Options with every limit off, to compare against.
inline problem_details::parse_options unlimited(problem_details::parse_mode mode) noexcept {
    problem_details::parse_options o;
    o.mode = mode;
    o.max_members = std::size_t(-1);
    o.max_document_size = std::size_t(-1);
    o.max_string_length = std::size_t(-1);
    return o;
}

inline constexpr problem_details::parse_mode all_modes[] = {problem_details::parse_mode::rfc,
                                                            problem_details::parse_mode::lenient,
                                                            problem_details::parse_mode::strict};

/// A small, deterministic hash of the input, to derive options from it.
inline std::uint64_t input_hash(std::string_view in) noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : in)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

} // namespace fuzz_targets

#endif
