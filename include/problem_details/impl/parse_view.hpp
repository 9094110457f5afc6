// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_PARSE_VIEW_HPP
#define PROBLEM_DETAILS_IMPL_PARSE_VIEW_HPP

#include <problem_details/detail/problem_reader.hpp>

namespace problem_details {

namespace detail {

/// Both overloads' one body, out of line: the options by reference (the
/// caller's copy, not a second one made for the call) and the diagnostics
/// only when asked for.
template <bool Diagnose>
PROBLEM_DETAILS_NOINLINE result<problem_view>
parse_view_into(std::string_view json, std::span<char> scratch, parse_options const& options,
                parse_diagnostics* diag) noexcept {
    // The view is built in the result (one object, returned in place).
    result<problem_view> r(boost::system::in_place_value);
    problem_reader reader(json, scratch, options, *r, nullptr);
    error const e = reader.read();
    if constexpr (Diagnose) {
        diag->offset = e != error{} ? reader.error_offset() : 0;
        diag->required_scratch = reader.required_scratch();
    }
    if (e != error{})
        r = make_error_code(e);
    return r;
}

} // namespace detail

inline result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                       parse_options options, parse_diagnostics& diag) noexcept {
    return detail::parse_view_into<true>(json, scratch, options, &diag);
}

inline result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                       parse_options options) noexcept {
    return detail::parse_view_into<false>(json, scratch, options, nullptr);
}

} // namespace problem_details

#endif
