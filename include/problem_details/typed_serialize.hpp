// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPED_SERIALIZE_HPP
#define PROBLEM_DETAILS_TYPED_SERIALIZE_HPP

/// Writing typed problems: `serialized_size`, `serialize` and `to_json`
/// overloads for `typed_problem_view<T>` and `typed_problem<T>`, and their
/// `application/problem+xml` counterparts `xml_serialized_size`,
/// `serialize_xml` and `to_xml` (xml.hpp).

#include <problem_details/parse_options.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/xml.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace problem_details {

/** The exact number of bytes `serialize` writes for `p`; 0 when `p` cannot
    be written (see `serialize`). Linear in the output, no allocation. */
template <problem_type T>
std::size_t serialized_size(typed_problem_view<T> const& p,
                            serialize_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
std::size_t serialized_size(typed_problem<T> const& p, serialize_options options = {}) noexcept;

/** Writes `p` as compact `application/problem+json` into `out`.

    Written in RFC 9457 order, as every writer of this library: `type`
    (`T::type_uri`), `status` when set, `title` (`T::title` when `p.title`
    is absent: a null view, an empty owning string; a view's empty title
    from the document is written as `""`), `detail` and `instance` when
    present (a view's: not null; an owning one's: not empty), the typed members in
    declaration order under their JSON names (see `json_name`; a
    `std::optional` member that is empty is left out), then
    `p.extensions`. The constant part, from
    `{"type"` to the default title, is a char array built at compile time:
    with the default title and status (and no escaping options) it is
    written with one copy.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member` (an extension named like a standard or a
    typed member).
*/
template <problem_type T>
result<std::size_t> serialize(typed_problem_view<T> const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
result<std::size_t> serialize(typed_problem<T> const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/** Returns `p` as a compact JSON string. Allocates the string only.
    Written once into a 4 KiB buffer on the stack and copied into the
    string where it fits, as `to_json` of a `problem_view` does; any other
    is measured exactly first, then written.
    @throws boost::system::system_error with the error `serialize` reports. */
template <problem_type T>
std::string to_json(typed_problem_view<T> const& p, serialize_options options = {});

/// As above, for an owning typed problem.
template <problem_type T>
std::string to_json(typed_problem<T> const& p, serialize_options options = {});

/** Converts a typed problem to a JSON object for Boost.JSON
    (`boost::json::value_from`): the object `to_json(p)` writes, in `jv`'s
    storage, so a typed problem can sit inside any larger JSON value.
    Allocates (through the JSON text).
    @throws boost::system::system_error with the error `serialize` reports. */
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv,
                typed_problem_view<T> const& p);

/// As above, for an owning typed problem.
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, typed_problem<T> const& p);

/** The exact number of bytes `serialize_xml` writes for `p`; 0 when `p`
    cannot be written (see `serialize_xml`). Linear in the output, no
    allocation. */
template <problem_type T>
std::size_t xml_serialized_size(typed_problem_view<T> const& p, xml_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
std::size_t xml_serialized_size(typed_problem<T> const& p, xml_options options = {}) noexcept;

/** Writes `p` as `application/problem+xml` into `out` (RFC 9457 Appendix B,
    as `serialize_xml` of xml.hpp writes an untyped problem): the members
    `serialize(p)` writes, one element each, the standard ones in the XML
    writer's order: `type` (`T::type_uri`), `status` when set, `title`
    (`T::title` when empty),
    `detail` and `instance` when not empty, the typed members under their
    JSON names (an empty `std::optional` member left out, an empty optional
    element of an array an empty element; arrays as `<i>` elements,
    described structs as nested elements, numbers and booleans as their
    JSON text), then `p.extensions`. Names that are not XML names are
    encoded as xml.hpp says.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member` (as `serialize`), `error::too_deep`
    (values nested deeper than 1024).
*/
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem_view<T> const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem<T> const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;

/** `p` as an XML string (sized exactly first). Allocates the string only.
    @throws boost::system::system_error with the error `serialize_xml` reports. */
template <problem_type T>
std::string to_xml(typed_problem_view<T> const& p, xml_options options = {});

/// As above, for an owning typed problem.
template <problem_type T>
std::string to_xml(typed_problem<T> const& p, xml_options options = {});

} // namespace problem_details

#include <problem_details/impl/typed_serialize.hpp>

#endif
