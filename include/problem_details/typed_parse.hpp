// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPED_PARSE_HPP
#define PROBLEM_DETAILS_TYPED_PARSE_HPP

/// Reading a problem of a known problem type: `parse_typed_view` (no
/// allocation), `parse_typed` (owning) and `to_typed` (from a
/// `problem_view` already parsed).

#include <problem_details/detail/typed_reader.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/typed_problem.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_to.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace problem_details {

/** Parses a problem of type `T` without allocating (when `T`'s members do
    not allocate: `std::string_view`, `fixed_vector`, numbers, bools,
    described structs and `std::optional`s of these).

    The document is read by `parse_view` (same modes, limits and errors),
    then its `type` must be `T::type_uri` (else `error::type_mismatch`) and
    each typed member is decoded from its raw text: `error::missing_member`
    (a required member absent: every member that is not a `std::optional`),
    `error::member_wrong_type` (e.g. a number for a string, `null` for a
    non-optional), `error::value_out_of_range` (a number the C++ type cannot
    hold), `error::capacity_exceeded` (more elements than a `fixed_vector`
    holds). Strings with escapes are decoded into the part of `scratch`
    that `parse_view` left free; `scratch_bound(json)` is always enough,
    else `error::scratch_too_small`. Unknown members of nested objects are
    skipped; unknown top-level members are kept, raw, in `extensions`.
    Members are matched by their JSON names: the C++ names, or those the
    struct's `json_names` give (see `json_name`).

    @par Allocation
    None (unless `T` holds `std::string` or `std::vector` members).
    @return A view valid as long as `json` and `scratch` are.
*/
template <problem_type T>
result<typed_problem_view<T>>
parse_typed_view(std::string_view json, std::span<char> scratch,
                 parse_options options = {}) noexcept(!problem_type_traits<T>::allocates);

/** As above, and fills `diag`: the error's byte offset in `json` (for a
    typed error, where the offending value starts) and the scratch needed. */
template <problem_type T>
result<typed_problem_view<T>>
parse_typed_view(std::string_view json, std::span<char> scratch, parse_options options,
                 parse_diagnostics& diag) noexcept(!problem_type_traits<T>::allocates);

/** Parses a problem of type `T` into an owning `typed_problem<T>`.

    Same rules and errors as `parse_typed_view` (never `scratch_too_small`);
    `T`'s members must own their data (`std::string`, `std::vector`), which
    a `static_assert` checks. Unknown members go into a `boost::json::object`.
    @throws std::bad_alloc only.
*/
template <problem_type T>
result<typed_problem<T>> parse_typed(std::string_view json, parse_options options = {});

/// As above, and fills `diag` with the error's byte offset.
template <problem_type T>
result<typed_problem<T>> parse_typed(std::string_view json, parse_options options,
                                     parse_diagnostics& diag);

/** Reads a `problem_view` parsed earlier as a problem of type `T`.

    `scratch` holds the list of unknown members (at most
    `view.extensions.size()` entries of `sizeof(extension)` bytes, aligned)
    and the decoded escaped strings of the typed members. Errors as
    `parse_typed_view`. The result borrows from the view's strings and
    from `scratch`. No allocation (for non-allocating `T`).
*/
template <problem_type T>
result<typed_problem_view<T>>
to_typed(problem_view const& view,
         std::span<char> scratch) noexcept(!problem_type_traits<T>::allocates);

/** Reads a typed problem from a Boost.JSON value
    (`boost::json::value_to<typed_problem<T>>`), as `parse_typed` reads the
    value's JSON text (`parse_mode::rfc`). Allocates.
    @throws boost::system::system_error with `error::not_an_object` if `jv`
    is not an object, else with the error `parse_typed` reports (such as
    `error::type_mismatch`). */
template <problem_type T>
typed_problem<T> tag_invoke(boost::json::value_to_tag<typed_problem<T>>,
                            boost::json::value const& jv);

} // namespace problem_details

#include <problem_details/impl/typed_parse.hpp>

#endif
