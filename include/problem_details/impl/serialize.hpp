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
    return detail::driven_string(detail::problem_writer(p, options), "problem_details::to_json");
}

} // namespace problem_details

#endif
