// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PARSE_VIEW_HPP
#define PROBLEM_DETAILS_PARSE_VIEW_HPP

/// Parsing into a view, without allocating: `parse_view`, `scratch_bound`.
/// Needs none of Boost.JSON's DOM; parse.hpp adds the owning `parse`.

#include <problem_details/parse_options.hpp>
#include <problem_details/problem_view.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace problem_details {

/** Parses a problem document without allocating.

    Strings without escapes are views into `json`; strings with escapes are
    decoded into `scratch`, which also holds the extension list. Most
    documents need little scratch: `scratch_bound(json)` is always enough,
    and the overload taking `parse_diagnostics` reports the exact need.
    What each `parse_options::mode` accepts is documented at `parse_mode`.

    @par Complexity
    Linear in `json.size()`.
    @par Allocation
    None, ever.
    @par Errors
    A malformed document, a limit exceeded, a non-object (`error::not_an_object`),
    a strict-mode violation, or `error::scratch_too_small`. Never a partial view.
    The verdict does not depend on the scratch's size: a buffer too small
    gives either `error::scratch_too_small` or what enough scratch gives.
    @return A view valid as long as `json` and `scratch` are.
*/
result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                parse_options options = {}) noexcept;

/** As above, and fills `diag` with the error's byte offset and the
    scratch the document needs (also set on success). */
result<problem_view> parse_view(std::string_view json, std::span<char> scratch,
                                parse_options options, parse_diagnostics& diag) noexcept;

/** Scratch that is always enough for `parse_view(json, ...)`.

    A bound from the size alone, at most about 9 bytes per input byte (64-bit);
    cheap to compute. For the exact figure, use `parse_diagnostics`.
*/
constexpr std::size_t scratch_bound(std::string_view json) noexcept {
    // Every extension member takes at least 4 input bytes ("":0 plus a
    // separator), and decoded strings are never longer than their input.
    return json.size() + (json.size() / 4 + 1) * sizeof(extension) + alignof(extension);
}

} // namespace problem_details

#include <problem_details/impl/parse_view.hpp>

#endif
