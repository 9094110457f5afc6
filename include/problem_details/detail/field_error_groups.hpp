// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_FIELD_ERROR_GROUPS_HPP
#define PROBLEM_DETAILS_DETAIL_FIELD_ERROR_GROUPS_HPP

// Field errors grouped by name, as the validation problem's writers (JSON
// and XML) write the `errors` map: each name once, with all its reasons.

#include <problem_details/error.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace problem_details::detail {

/** Each distinct `name` of `errors`, in the order of its first entry:
    `group(name, reasons)`, where `reasons(f)` calls `f(reason)` for the
    name's entries in order and returns false at the first false `f`
    returns. Stops at, and returns, the first error `group` returns. */
template <class E, class Group>
constexpr error for_each_name_group(std::span<E const> errors, Group&& group) noexcept {
    for (std::size_t i = 0; i < errors.size(); ++i) {
        std::string_view const name = errors[i].name;
        bool seen = false;
        for (std::size_t j = 0; j < i && !seen; ++j)
            seen = errors[j].name == name;
        if (seen)
            continue;
        auto const reasons = [errors, i, name](auto&& f) {
            for (std::size_t j = i; j < errors.size(); ++j)
                if (errors[j].name == name && !f(std::string_view(errors[j].reason)))
                    return false;
            return true;
        };
        if (error const e = group(name, reasons); e != error{})
            return e;
    }
    return {};
}

} // namespace problem_details::detail

#endif
