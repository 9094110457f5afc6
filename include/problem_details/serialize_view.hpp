// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_SERIALIZE_VIEW_HPP
#define PROBLEM_DETAILS_SERIALIZE_VIEW_HPP

/// Writing a `problem_view` as JSON: `serialized_size`, `serialize`,
/// `to_json`. Needs none of Boost.JSON's DOM; serialize.hpp adds the
/// overloads for an owning `problem`.

#include <problem_details/problem_view.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize_options.hpp>

#include <cstddef>
#include <span>
#include <string>

namespace problem_details {

/** The exact number of bytes `serialize` writes for `p`.

    Returns 0 when `p` cannot be serialized (invalid UTF-8 in a string, an
    extension value that is not JSON, an extension that conflicts with a
    standard member); `serialize` then reports which.
    @par Complexity
    Linear in the size of the output. No allocation.
*/
std::size_t serialized_size(problem_view const& p, serialize_options options = {}) noexcept;

/** Writes `p` as compact `application/problem+json` into `out`.

    Members are written in RFC 9457 order (`type`, `status`, `title`,
    `detail`, `instance`), then the extensions in their order. `type` is
    always written (as "about:blank" when it is that); `status` when set,
    as a number; `title`, `detail` and `instance` when present: for a view,
    when not a null `string_view`, so an empty member the parsed document
    had (`"title":""`) is written back, empty; for an owning `problem`,
    whose `std::string`s cannot tell, when not empty.
    Extension values are written as their JSON text with insignificant
    whitespace removed. An extension named like a standard member is
    written only where that member is not (this is how `parse_mode::rfc`
    keeps a wrong-typed standard member), otherwise it is an error.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` when `out` cannot hold the document (nothing
    is written past `out`; its contents are then unspecified),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member`.
*/
result<std::size_t> serialize(problem_view const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/** Returns `p` as a compact JSON string. Allocates the string only.

    Written once into a 4 KiB buffer on the stack and copied into the
    string where it fits: with no option set, a problem whose output
    certainly fits (each byte of text counted as a 6-byte escape: about 600
    bytes of text) without a check per write; one whose text fits
    unescaped, as a try (given up if it overflows). Any other is measured
    first, then written.
    @throws boost::system::system_error with the error `serialize` reports.
*/
std::string to_json(problem_view const& p, serialize_options options = {});

} // namespace problem_details

#include <problem_details/impl/serialize_view.hpp>

#endif
