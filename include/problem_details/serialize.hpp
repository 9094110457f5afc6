// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_SERIALIZE_HPP
#define PROBLEM_DETAILS_SERIALIZE_HPP

/// Writing problems as JSON: the owning `problem`'s `serialized_size`,
/// `serialize` and `to_json`; the view's, which need none of Boost.JSON's
/// DOM, are in serialize_view.hpp (included).

#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize_options.hpp>
#include <problem_details/serialize_view.hpp>

#include <cstddef>
#include <span>
#include <string>

namespace problem_details {

/// As the overload of serialize_view.hpp, for an owning problem.
std::size_t serialized_size(problem const& p, serialize_options options = {}) noexcept;

/// As the overload of serialize_view.hpp, for an owning problem.
result<std::size_t> serialize(problem const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/** As the overload of serialize_view.hpp, for an owning problem: written
    once on the stack where it fits. Its bound walks the extension values,
    and stops once they pass the 4 KiB buffer (such a problem is then
    measured first, then written).
    @throws boost::system::system_error with the error `serialize` reports.
*/
std::string to_json(problem const& p, serialize_options options = {});

} // namespace problem_details

#include <problem_details/impl/serialize.hpp>

#endif
