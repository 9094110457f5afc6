// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_JSON_SCHEMA_HPP
#define PROBLEM_DETAILS_JSON_SCHEMA_HPP

/// A problem type's documents described as a JSON Schema (draft 2020-12),
/// generated at compile time from the type: `json_schema<T>` is a
/// `constexpr` array of characters, the same text every time, so it can be
/// committed, diffed and served. The OpenAPI document of a set of types is
/// in openapi.hpp, the human-readable page in type_page.hpp; the guide is
/// docs/problem-types.md.

#include <problem_details/detail/schema_writer.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace problem_details {

namespace detail::schema {
template <class T>
constexpr auto schema_array() noexcept;
} // namespace detail::schema

/** The exact size of `T`'s JSON Schema text. Constexpr.

    A member type no schema describes (one the reader does not support,
    such as `std::map`) is a `static_assert`: "problem_details::json_schema:
    a member of this problem type has a type no JSON Schema describes"; so
    are structs nested more than 16 levels deep.
*/
template <problem_type T>
constexpr std::size_t json_schema_size() noexcept;

/** `T`'s JSON Schema (draft 2020-12), computed at compile time:

    - `"$schema"`, `"title"` (`T::title`), `"description"` (`T::description`,
      when the type has one), `"type": "object"`;
    - `"properties"`: the standard members with their RFC 9457 types
      (`type` and `instance` strings in the `uri-reference` format, `title`
      and `detail` strings, `status` an integer in 100..599), `type` fixed
      to `T::type_uri` (`const`), `title` defaulting to `T::title`, `status`
      defaulting to `T::default_status` (fixed, `const`, when the type has
      `static constexpr bool fixed_status = true`); then every typed
      extension member under its JSON name, in declaration order: strings,
      booleans, integers (with their C++ type's range), numbers, arrays
      (`items`; `maxItems` N for a `fixed_vector<X, N>`), objects (a
      described struct, the same rules inside), an optional also admitting
      `null`;
    - `"required"`: `type` and every member that is not a `std::optional`;
    - `"additionalProperties": true` (RFC 9457 §3.2: extensions are allowed),
      in nested objects too (the reader skips unknown members there).

    Indented by two spaces, one member a line (arrays of strings on one
    line), ending with a newline: the same text on every compiler.
*/
template <problem_type T>
inline constexpr std::array<char, json_schema_size<T>()>
    json_schema = detail::schema::schema_array<T>();

/// `json_schema<T>` as a string view (static storage).
template <problem_type T>
constexpr std::string_view json_schema_text() noexcept {
    return std::string_view(json_schema<T>.data(), json_schema<T>.size());
}

/** Writes `T`'s JSON Schema into `out` (what `json_schema<T>` holds),
    for code that wants it in its own buffer.
    @return The number of bytes written.
    @par Allocation
    None. @par Errors
    `error::buffer_too_small` (nothing written past `out`).
*/
template <problem_type T>
result<std::size_t> write_json_schema(std::span<char> out) noexcept;

/** The name of `T` in an OpenAPI document's `components.schemas`:
    `T::schema_name` when the type has one, else the last path segment of
    its type URI in PascalCase (".../out-of-stock" gives "OutOfStock").
    Constexpr, static storage. */
template <problem_type T>
constexpr std::string_view schema_name() noexcept;

} // namespace problem_details

#include <problem_details/impl/json_schema.hpp>

#endif
