// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_EXTENSION_VALUE_HPP
#define PROBLEM_DETAILS_EXTENSION_VALUE_HPP

/// Reading an extension member's value from a view without Boost.JSON's DOM
/// and without allocating: a `problem_view` keeps each unknown member as its
/// raw JSON text (`"\"r-1\""`, `42`); these give the string (decoded), the
/// integer, the number or the boolean it holds, or an error code saying why
/// not.

#include <problem_details/error.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>

#include <concepts>
#include <cstdint>
#include <span>
#include <string_view>

namespace problem_details {

/** The string an extension's value holds, decoded (escapes resolved).

    Without escapes the result points into `e.value` itself and `scratch`
    is not touched (it may be empty); with escapes the decoded text is
    written to the start of `scratch`, which must hold as many bytes as the
    string's raw text (`e.value.size()` is always enough), and the result
    points there.
    @par Allocation
    None.
    @par Errors
    `error::member_wrong_type` (the value is JSON, not a string),
    `error::scratch_too_small` (escapes, and `scratch` is shorter than the
    raw text between the quotes), `error::invalid_extension_value` (not JSON: a hand-made
    view).
*/
result<std::string_view> extension_string(extension const& e, std::span<char> scratch) noexcept;

/** The integer an extension's value holds: a JSON number without fraction
    or exponent (`42`, `-7`; `-0` is 0), in the range of `I` (default
    `std::int64_t`; any integer type but `bool`).

    @par Allocation
    None.
    @par Errors
    `error::member_wrong_type` (another JSON type, or `4.2`, `1e3`),
    `error::value_out_of_range` (does not fit in `I`),
    `error::invalid_extension_value` (not JSON).
*/
template <std::integral I = std::int64_t>
requires(!std::same_as<I, bool>) result<I> extension_integer(extension const& e)
noexcept;

/** The number an extension's value holds, any JSON number, as a `double`
    (the nearest; `1e400` is `error::value_out_of_range`, `1e-400` is 0).

    @par Allocation
    None.
    @par Errors
    `error::member_wrong_type`, `error::value_out_of_range`,
    `error::invalid_extension_value` (not JSON).
*/
result<double> extension_number(extension const& e) noexcept;

/** The boolean an extension's value holds (`true` or `false`).

    @par Allocation
    None.
    @par Errors
    `error::member_wrong_type`, `error::invalid_extension_value` (not JSON).
*/
result<bool> extension_bool(extension const& e) noexcept;

/// As above, for the member named `name` of `p` (the last one when the
/// document repeats it); `error::missing_member` when there is none.
result<std::string_view> extension_string(problem_view const& p, std::string_view name,
                                          std::span<char> scratch) noexcept;
/// As above, for the member named `name`; `error::missing_member` when absent.
template <std::integral I = std::int64_t>
requires(!std::same_as<I, bool>) result<I> extension_integer(problem_view const& p,
                                                             std::string_view name)
noexcept;
/// As above, for the member named `name`; `error::missing_member` when absent.
result<double> extension_number(problem_view const& p, std::string_view name) noexcept;
/// As above, for the member named `name`; `error::missing_member` when absent.
result<bool> extension_bool(problem_view const& p, std::string_view name) noexcept;

} // namespace problem_details

#include <problem_details/impl/extension_value.hpp>

#endif
