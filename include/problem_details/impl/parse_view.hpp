// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_PARSE_VIEW_HPP
#define PROBLEM_DETAILS_IMPL_PARSE_VIEW_HPP

#include <problem_details/detail/problem_reader.hpp>

namespace problem_details {

inline result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                       parse_options options, parse_diagnostics& diag) noexcept {
    detail::problem_reader reader(json, scratch, options, nullptr);
    error const e = reader.read();
    diag.offset = e != error{} ? reader.error_offset() : 0;
    diag.required_scratch = reader.required_scratch();
    if (e != error{})
        return make_error_code(e);
    return reader.view();
}

inline result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                       parse_options options) noexcept {
    parse_diagnostics diag;
    return parse_view(json, scratch, options, diag);
}

} // namespace problem_details

#endif
