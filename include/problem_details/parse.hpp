// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PARSE_HPP
#define PROBLEM_DETAILS_PARSE_HPP

/// Parsing into an owning `problem` (`parse`); `parse_view` and
/// `scratch_bound` are in parse_view.hpp (included).

#include <problem_details/parse_options.hpp>
#include <problem_details/parse_view.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace problem_details {

/** Parses a problem document into an owning `problem`.

    Same rules and errors as `parse_view` (parse_view.hpp; never
    `scratch_too_small`);
    extension values become `boost::json::value`s. `max_depth` is capped at
    `parse_options::max_owning_depth` (1024), because a `boost::json::value`
    recurses once per level: deeper documents are `error::too_deep`.
    @par Allocation
    The strings and the extension object; a small document needs no
    temporary buffer beyond the stack.
    @throws std::bad_alloc only.
*/
result<problem> parse(std::string_view json, parse_options options = {});

/// As above, and fills `diag` with the error's byte offset.
result<problem> parse(std::string_view json, parse_options options, parse_diagnostics& diag);

} // namespace problem_details

#include <problem_details/impl/parse.hpp>

#endif
