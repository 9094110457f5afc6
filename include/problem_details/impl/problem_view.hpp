// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_PROBLEM_VIEW_HPP
#define PROBLEM_DETAILS_IMPL_PROBLEM_VIEW_HPP

#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/error.hpp>

#include <algorithm>

namespace problem_details {
namespace detail {

inline bool is_json_ws(char c) noexcept {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// Compares two JSON texts, ignoring whitespace outside strings.
inline bool json_text_equal(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0, j = 0;
    bool in_string = false;
    for (;;) {
        if (!in_string) {
            while (i < a.size() && is_json_ws(a[i]))
                ++i;
            while (j < b.size() && is_json_ws(b[j]))
                ++j;
        }
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i] != b[j])
            return false;
        if (in_string && a[i] == '\\') {
            // The escaped character is compared as it is, even a quote.
            if (i + 1 >= a.size() || j + 1 >= b.size() || a[i + 1] != b[j + 1])
                return false;
            i += 2;
            j += 2;
            continue;
        }
        if (a[i] == '"')
            in_string = !in_string;
        ++i;
        ++j;
    }
}

} // namespace detail

namespace detail {
/// Equal text and equal presence: an empty member the document had is not
/// an absent one (a null view), as the writer keeps the one and not the other.
constexpr bool same_member(std::string_view a, std::string_view b) noexcept {
    return a == b && (a.data() == nullptr) == (b.data() == nullptr);
}
} // namespace detail

inline bool operator==(problem_view const& a, problem_view const& b) noexcept {
    if (a.type != b.type || !detail::same_member(a.title, b.title) ||
        !detail::same_member(a.detail, b.detail) || !detail::same_member(a.instance, b.instance) ||
        a.status != b.status || a.extensions.size() != b.extensions.size())
        return false;
    return std::equal(a.extensions.begin(), a.extensions.end(), b.extensions.begin(),
                      [](extension const& x, extension const& y) {
                          return x.name == y.name && detail::json_text_equal(x.value, y.value);
                      });
}

inline result<extension_list> extension_list::checked(std::span<extension const> members) noexcept {
    bool compact = true;
    for (auto const& e : members) {
        int const kind = detail::json_text_kind(e.value);
        if (kind < 0)
            return make_error_code(error::invalid_extension_value);
        compact = compact && kind > 0;
    }
    extension_list l(members);
    l.validated_ = true;
    l.compact_ = compact;
    return l;
}

} // namespace problem_details

#endif
