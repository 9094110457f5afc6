// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_SERIALIZE_DRIVER_HPP
#define PROBLEM_DETAILS_DETAIL_SERIALIZE_DRIVER_HPP

// The one driver behind every writer (problem, typed, validation, XML):
// a writer is a callable `write(sink) -> error` that writes the whole
// document into any sink of json_writer.hpp. Size, buffer and string all
// run that same code, so the size is exact by construction.

#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/error.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize_options.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <type_traits>

namespace problem_details::detail {

/// The exact size `write` writes; 0 when it fails.
template <class Write>
std::size_t driven_size(Write const& write) noexcept {
    count_sink out;
    return write(out) == error{} ? out.size() : 0;
}

/// `write` into `buf`: the size written, or its error, or
/// `error::buffer_too_small` (nothing is written past `buf`).
template <class Write>
result<std::size_t> driven_into(std::span<char> buf, Write const& write) noexcept {
    span_sink out(buf.data(), buf.data() + buf.size());
    if (error const e = write(out); e != error{})
        return make_error_code(e);
    if (out.full())
        return make_error_code(error::buffer_too_small);
    return out.size();
}

/// As above, but when `bound` (an upper bound of what `write` writes)
/// fits in `buf` (the common case: a reused buffer of a few kB), written
/// without a check per write.
template <class Write>
result<std::size_t> driven_into(std::span<char> buf, Write const& write,
                                output_bound bound) noexcept {
    if (bound.fits(buf.size())) {
        unchecked_sink out(buf.data());
        if (error const e = write(out); e != error{})
            return make_error_code(e);
        return out.size();
    }
    return driven_into(buf, write);
}

/// to_json's stack buffer. Boost.JSON's serialize keeps the same size on
/// the stack.
inline constexpr std::size_t to_json_stack_size = 4096;

/// `write` into a string of the exact size; throws its error, as `what`.
template <class Write>
std::string driven_string(Write const& write, char const* what) {
    count_sink counter;
    if (error const e = write(counter); e != error{})
        throw_system_error(make_error_code(e), what);
    std::string s(counter.size(), '\0');
    span_sink out(s.data(), s.data() + s.size());
    write(out);
    return s;
}

/** to_json, written once into a buffer on the stack and copied into the
    string where it can be: with no option set and an output that
    certainly fits (`bound`), by `plain` (`char* plain(char* out, error&
    e)`: the end, or nullptr with `e` set; or `plain(out, e, html_safe)`,
    which also serves html_safe alone); else, when it likely fits (its
    text, unescaped, does), by `write` into that buffer, a try given up if
    it overflows. Otherwise, and after such a try, driven_string (counted,
    then written). The same text and errors every way. */
template <class WritePlain, class Write>
PROBLEM_DETAILS_ALWAYS_INLINE std::string
stack_or_driven_string(output_bound const& bound, serialize_options const& opt,
                       WritePlain const& plain, Write const& write, char const* what) {
    char buf[to_json_stack_size];
    // (A `plain` that takes a third argument writes html_safe too.)
    constexpr bool plain_html = std::is_invocable_v<WritePlain const&, char*, error&, bool>;
    if (!opt.escape_non_ascii && (plain_html || !opt.html_safe) && bound.fits(sizeof buf)) {
        error e{};
        char const* end;
        if constexpr (plain_html)
            end = plain(buf, e, opt.html_safe);
        else
            end = plain(buf, e);
        if (!end)
            throw_system_error(make_error_code(e), what);
        return std::string(buf, static_cast<std::size_t>(end - buf));
    }
    // An overflowing try is a wasted pass: at most the text that fits.
    if (bound.likely_fits(sizeof buf)) {
        span_sink first(buf, buf + sizeof buf);
        if (error const e = write(first); e != error{})
            throw_system_error(make_error_code(e), what);
        if (!first.full())
            return std::string(buf, first.size());
    }
    return driven_string(write, what);
}

} // namespace problem_details::detail

#endif
