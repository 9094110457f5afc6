// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPE_PAGE_HPP
#define PROBLEM_DETAILS_TYPE_PAGE_HPP

/// A human-readable HTML page per problem type, generated at compile time
/// from the type: what a server answers at its type URI, so the URI
/// resolves to documentation, as RFC 9457 §3.1.1 recommends. Serving it
/// with Boost.Beast is in beast_type_pages.hpp; the JSON Schema in
/// json_schema.hpp.

#include <problem_details/detail/schema_writer.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/problem_type.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace problem_details {

namespace detail::schema {
template <class T>
constexpr auto page_array() noexcept;
} // namespace detail::schema

/** The exact size of `type_page<T>`. Constexpr. */
template <problem_type T>
constexpr std::size_t type_page_size() noexcept;

/** `T`'s documentation page, HTML5 (UTF-8), computed at compile time:
    the title (`T::title`), the type URI, the default status with its
    reason phrase ("always" when the type has `fixed_status`), the
    description (`T::description`, when the type has one), a table of the
    extension members (JSON name, JSON type, required or optional; members
    of nested objects as `outer.inner`, of array elements as
    `outer[].inner`), and, when the URI has a path (not a URN), a link to
    the JSON Schema at the URI's last path segment followed by
    ".schema.json" (where beast_type_pages.hpp serves it). Every text is
    HTML-escaped. */
template <problem_type T>
inline constexpr std::array<char, type_page_size<T>()> type_page = detail::schema::page_array<T>();

/// `type_page<T>` as a string view (static storage).
template <problem_type T>
constexpr std::string_view type_page_text() noexcept {
    return std::string_view(type_page<T>.data(), type_page<T>.size());
}

} // namespace problem_details

#include <problem_details/impl/type_page.hpp>

#endif
