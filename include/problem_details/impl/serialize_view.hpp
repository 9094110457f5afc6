// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_SERIALIZE_VIEW_HPP
#define PROBLEM_DETAILS_IMPL_SERIALIZE_VIEW_HPP

#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>

namespace problem_details {

inline std::size_t serialized_size(problem_view const& p, serialize_options options) noexcept {
    return detail::driven_size(detail::problem_writer(p, options));
}

inline result<std::size_t> serialize(problem_view const& p, std::span<char> out,
                                     serialize_options options) noexcept {
    // A buffer certainly large enough is written without a check per write;
    // with no option set (the usual case) or html_safe alone, with no sink
    // at all.
    detail::output_bound const bound = detail::size_bound(p);
    if (!options.escape_non_ascii && bound.fits(out.size())) {
        error e{};
        char* const end = options.html_safe ? detail::write_view_plain<true>(out.data(), p, e)
                                            : detail::write_view_plain(out.data(), p, e);
        if (!end)
            return make_error_code(e);
        return static_cast<std::size_t>(end - out.data());
    }
    return detail::driven_into(out, detail::problem_writer(p, options), bound);
}

inline std::string to_json(problem_view const& p, serialize_options options) {
    // Most problems are written once, on the stack, and copied: one pass
    // over the problem, not a counting pass and a writing pass.
    return detail::stack_or_driven_string(
        detail::size_bound(p), options,
        [&](char* out, error& e, bool html) {
            return html ? detail::write_view_plain<true>(out, p, e)
                        : detail::write_view_plain(out, p, e);
        },
        detail::problem_writer(p, options), "problem_details::to_json");
}

} // namespace problem_details

#endif
