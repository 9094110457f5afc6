// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_SERIALIZE_HPP
#define PROBLEM_DETAILS_IMPL_SERIALIZE_HPP

#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>
#include <problem_details/error.hpp>

#include <boost/system/system_error.hpp>

#include <charconv>
#include <type_traits>

namespace problem_details {
namespace detail {

/// write_problem as a writer of the serialize driver.
template <class P>
auto problem_writer(P const& p, serialize_options const& opt) noexcept {
    return [&p, &opt](auto& out) { return write_problem(out, p, opt); };
}

template <class P>
result<std::size_t> serialize_into(P const& p, std::span<char> buf, serialize_options const& opt) noexcept {
    if constexpr (std::is_same_v<P, problem_view>)
        return driven_into(buf, problem_writer(p, opt), size_bound(p));
    else
        return driven_into(buf, problem_writer(p, opt));
}

} // namespace detail

inline std::size_t serialized_size(problem_view const& p, serialize_options options) noexcept {
    return detail::driven_size(detail::problem_writer(p, options));
}
inline std::size_t serialized_size(problem const& p, serialize_options options) noexcept {
    return detail::driven_size(detail::problem_writer(p, options));
}
inline result<std::size_t> serialize(problem_view const& p, std::span<char> out,
                                     serialize_options options) noexcept {
    return detail::serialize_into(p, out, options);
}
inline result<std::size_t> serialize(problem const& p, std::span<char> out,
                                     serialize_options options) noexcept {
    return detail::serialize_into(p, out, options);
}
inline std::string to_json(problem_view const& p, serialize_options options) {
    return detail::driven_string(detail::problem_writer(p, options), "problem_details::to_json");
}
inline std::string to_json(problem const& p, serialize_options options) {
    return detail::driven_string(detail::problem_writer(p, options), "problem_details::to_json");
}

} // namespace problem_details

#endif
