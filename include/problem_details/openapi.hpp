// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_OPENAPI_HPP
#define PROBLEM_DETAILS_OPENAPI_HPP

/// An OpenAPI 3.1 document describing a set of problem types (the set
/// `dispatch` takes) and error-code catalogs: `components.schemas` for
/// each type and a shared `ProblemDetails` base, each catalog's codes as an
/// `enum`, and `components.responses` per status with
/// `application/problem+json` and `application/problem+xml`. Generated at
/// run time into a caller's buffer or a `std::string` from compile-time
/// facts; the same text every time. The guide is docs/problem-types.md.

#include <problem_details/catalog.hpp>
#include <problem_details/detail/schema_writer.hpp>
#include <problem_details/dispatch.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace problem_details {

/** What the OpenAPI document says about itself (its `info`, `servers`). */
struct openapi_options {
    /// `info.title`.
    std::string_view title = "Problem types";
    /// `info.version`: the version of the API the document describes.
    std::string_view version = "1.0.0";
    /// `info.description`; empty: none.
    std::string_view description = {};
    /// `info.license.name`; empty: no license object.
    std::string_view license_name = {};
    /// `info.license.identifier`, an SPDX expression (e.g. "BSL-1.0").
    std::string_view license_identifier = {};
    /// `servers[0].url`; empty: no `servers`.
    std::string_view server_url = {};
};

/** A catalog (catalog.hpp) as the OpenAPI generator reads it: its name,
    code type and entries. Every `catalog<Entries, Name>` is one. */
template <class C>
concept openapi_catalog = requires {
    typename C::code_type;
    { C::name() } -> std::convertible_to<std::string_view>;
    C::entries();
};

/** The exact size of the document `write_openapi_document` writes.
    No allocation. */
template <problem_type... Ts, openapi_catalog... Catalogs>
std::size_t openapi_document_size(problem_type_set<Ts...> types, openapi_options const& options,
                                  Catalogs const&... catalogs) noexcept;

/** Writes the OpenAPI 3.1 document of the problem types `Ts...` and the
    catalogs into `out`:

    - `openapi: 3.1.0`, `info` (from `options`), `servers` (when
      `options.server_url` is set), `paths: {}`;
    - `components.schemas`: `ProblemDetails` (RFC 9457 §3.1's members,
      extensions allowed, the XML name `problem` in the namespace
      `urn:ietf:rfc:7807` of RFC 9457 Appendix B); then, for each type under
      `schema_name<T>()`, `allOf` the base with what `json_schema<T>` adds
      (`type` fixed, `status` defaulted, the typed members, the required
      ones); then, for each catalog under its name in PascalCase followed
      by "Code" ("vipps.legacy" gives "VippsLegacyCode"), its codes as an
      `enum` (in the catalog's order) with `x-enumDescriptions` mapping
      each code to its message;
    - `components.responses`: `Problem<NNN>` for each status that is a
      type's default status or (4xx, 5xx) a catalog entry's status, in
      ascending order: its reason phrase, the catalogs' codes with that
      status, and both problem media types, whose schema is `anyOf` the
      types with that default status and `ProblemDetails`.

    Indented by two spaces, ending with a newline.
    @return The number of bytes written.
    @par Allocation
    None. @par Errors
    `error::buffer_too_small` (nothing written past `out`).
*/
template <problem_type... Ts, openapi_catalog... Catalogs>
result<std::size_t> write_openapi_document(std::span<char> out, problem_type_set<Ts...> types,
                                           openapi_options const& options,
                                           Catalogs const&... catalogs) noexcept;

/** As above, into a new string (sized exactly first).
    @throws std::bad_alloc. */
template <problem_type... Ts, openapi_catalog... Catalogs>
std::string openapi_document(problem_type_set<Ts...> types, openapi_options const& options,
                             Catalogs const&... catalogs);

} // namespace problem_details

#include <problem_details/impl/openapi.hpp>

#endif
