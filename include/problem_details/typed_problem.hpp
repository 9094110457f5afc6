// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPED_PROBLEM_HPP
#define PROBLEM_DETAILS_TYPED_PROBLEM_HPP

/// The values of typed problems: a problem of a known problem type, its
/// standard members, its typed extension members and the other members.

#include <problem_details/problem.hpp>
#include <problem_details/problem_type.hpp>

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace problem_details {

namespace detail {

/// Member-wise equality of supported member types (described structs have
/// no operator== of their own).
template <class T>
constexpr bool typed_equal(T const& a, T const& b) noexcept {
    if constexpr (is_optional<T>::value) {
        if (a.has_value() != b.has_value())
            return false;
        return !a || typed_equal(*a, *b);
    } else if constexpr (is_fixed_vector<T>::value || is_std_vector<T>::value) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!typed_equal(a[i], b[i]))
                return false;
        return true;
    } else if constexpr (is_described_struct_v<T>) {
        bool eq = true;
        boost::mp11::mp_for_each<described_members<T>>(
            [&](auto d) { eq = eq && typed_equal(a.*d.pointer, b.*d.pointer); });
        return eq;
    } else {
        return a == b;
    }
}

} // namespace detail

/** A problem of type `T` that borrows its strings: what `parse_typed_view`
    returns, and what a server fills to write one without allocating.

    The standard members are as in `problem_view` (the type is `T::type_uri`,
    always); `ext` holds the typed extension members; `extensions` every
    other member, raw, in document order (RFC 9457: unknown members are
    kept). A default-constructed one has `status = T::default_status` and
    `title = T::title`; a parsed one has what the document says (an absent
    `status` is `std::nullopt`, an absent `title` is empty).
*/
template <problem_type T>
struct typed_problem_view {
    /// The problem type.
    using problem_type = T;
    /// The HTTP status, when set (see `effective_status`).
    std::optional<http_status> status = T::default_status;
    /// The title; absent (a null view) is written as `T::title`, an empty
    /// one that the document had (`"title":""`) as `""`.
    std::string_view title = T::title;
    /// A human-readable explanation specific to this occurrence.
    std::string_view detail;
    /// A URI reference identifying this occurrence.
    std::string_view instance;
    /// The typed extension members.
    T ext{};
    /// The members that are neither standard nor typed, as raw JSON text.
    extension_list extensions;

    /// `status = T::default_status`, `title = T::title`, `ext` default-
    /// constructed. (User-provided, so that value-initialisation does not
    /// zero the whole object first: a large fixed_vector stays free.)
    typed_problem_view() noexcept(std::is_nothrow_default_constructible_v<T>) {}

    /// The type URI, `T::type_uri`.
    static constexpr std::string_view type() noexcept { return T::type_uri; }
    /// `status`, or `T::default_status` when unset.
    constexpr http_status effective_status() const noexcept {
        return status.value_or(T::default_status);
    }
    /// `title`, or `T::title` when empty.
    constexpr std::string_view effective_title() const noexcept {
        return title.empty() ? std::string_view(T::title) : title;
    }

    /// Equal standard members, typed members and extensions (as in `problem_view`).
    friend bool operator==(typed_problem_view const& a, typed_problem_view const& b) noexcept {
        // Equal text and equal presence (an empty member from the document
        // is not an absent one, a null view), as the writer keeps the one.
        auto const same = [](std::string_view x, std::string_view y) {
            return x == y && (x.data() == nullptr) == (y.data() == nullptr);
        };
        problem_view x, y;
        x.extensions = a.extensions;
        y.extensions = b.extensions;
        return a.status == b.status && same(a.title, b.title) && same(a.detail, b.detail) &&
               same(a.instance, b.instance) && detail::typed_equal(a.ext, b.ext) && x == y;
    }
};

/** A problem of type `T` that owns its data: what `parse_typed` returns.

    As `typed_problem_view`, with `std::string`s and the other members in a
    `boost::json::object`. `T`'s members must not be `std::string_view`s
    (use `std::string`): a `static_assert` says so.
*/
template <problem_type T>
struct typed_problem {
    using problem_type = T;
    std::optional<http_status> status = T::default_status;
    std::string title = std::string(T::title);
    std::string detail;
    std::string instance;
    T ext{};
    boost::json::object extensions;

    typed_problem() {}

    static constexpr std::string_view type() noexcept { return T::type_uri; }
    http_status effective_status() const noexcept { return status.value_or(T::default_status); }
    std::string_view effective_title() const noexcept {
        return title.empty() ? std::string_view(T::title) : std::string_view(title);
    }

    friend bool operator==(typed_problem const& a, typed_problem const& b) {
        return a.status == b.status && a.title == b.title && a.detail == b.detail &&
               a.instance == b.instance && detail::typed_equal(a.ext, b.ext) &&
               a.extensions == b.extensions;
    }
};

} // namespace problem_details

#endif
