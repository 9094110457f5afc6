// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_SERIALIZE_HPP
#define PROBLEM_DETAILS_IMPL_SERIALIZE_HPP

#include <problem_details/detail/owning_problem_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>

namespace problem_details {

inline std::size_t serialized_size(problem const& p, serialize_options options) noexcept {
    return detail::driven_size(detail::problem_writer(p, options));
}

inline result<std::size_t> serialize(problem const& p, std::span<char> out,
                                     serialize_options options) noexcept {
    return detail::driven_into(out, detail::problem_writer(p, options));
}

inline std::string to_json(problem const& p, serialize_options options) {
    // As a view's: most problems are written once, on the stack, and
    // copied. The bound walks the extension values, no further than the
    // stack buffer holds.
    auto const write = detail::problem_writer(p, options);
    return detail::stack_or_driven_string(
        detail::size_bound(p, detail::to_json_stack_size), options,
        [&](char* out, error& e) -> char* {
            detail::unchecked_sink s(out);
            if ((e = write(s)) != error{})
                return nullptr;
            return s.cursor();
        },
        write, "problem_details::to_json");
}

} // namespace problem_details

#endif
