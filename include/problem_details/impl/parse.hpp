// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_PARSE_HPP
#define PROBLEM_DETAILS_IMPL_PARSE_HPP

#include <problem_details/detail/exact_scratch.hpp>
#include <problem_details/detail/parse_limits.hpp>

namespace problem_details {

inline result<problem> parse(std::string_view json, parse_options options,
                             parse_diagnostics& diag) {
    // A problem holds boost::json::values, which recurse: see max_owning_depth.
    options = detail::owning_limits(options);
    return detail::with_exact_scratch(
        [&](std::span<char> scratch, std::size_t& need) -> result<problem> {
            auto const r = parse_view(json, scratch, options, diag);
            if (r)
                return problem(*r); // owning: nothing points into the scratch
            if (r.error() == error::scratch_too_small)
                need = diag.required_scratch;
            return r.error();
        });
}

inline result<problem> parse(std::string_view json, parse_options options) {
    parse_diagnostics diag;
    return parse(json, options, diag);
}

} // namespace problem_details

#endif
