// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_PARSE_LIMITS_HPP
#define PROBLEM_DETAILS_DETAIL_PARSE_LIMITS_HPP

// The depth clamps of parse_options, in one place: the scanner's ceiling
// (max_depth_limit) and the owning ceiling (max_owning_depth) where
// extension values become recursive boost::json::values.

#include <problem_details/parse_options.hpp>

#include <cstddef>

namespace problem_details::detail {

/// The nesting depth a scan enforces: `max_depth`, at most `max_depth_limit`.
constexpr std::size_t scan_depth(parse_options const& o) noexcept {
    return o.max_depth < parse_options::max_depth_limit ? o.max_depth
                                                        : parse_options::max_depth_limit;
}

/// `o` for a parse whose extension values become `boost::json::value`s:
/// `max_depth` at most `max_owning_depth` (see there).
constexpr parse_options owning_limits(parse_options o) noexcept {
    if (o.max_depth > parse_options::max_owning_depth)
        o.max_depth = parse_options::max_owning_depth;
    return o;
}

} // namespace problem_details::detail

#endif
