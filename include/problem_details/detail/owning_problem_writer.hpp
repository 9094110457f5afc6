// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_OWNING_PROBLEM_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_OWNING_PROBLEM_WRITER_HPP

// The problem writer's extensions_writer for an owning problem's
// extensions, a boost::json::object (see problem_writer.hpp).

#include <problem_details/detail/json_value_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/problem.hpp>

#include <boost/json/object.hpp>

#include <string_view>

namespace problem_details::detail {

template <>
struct extensions_writer<boost::json::object> {
    static unsigned standard_names(boost::json::object const& ext) noexcept {
        unsigned mask = 0;
        for (auto const& m : ext)
            mask |= match_standard(std::string_view(m.key().data(), m.key().size()));
        return mask;
    }

    template <class Sink>
    static error write(Sink& out, boost::json::object const& ext, serialize_options const& opt,
                       char& sep) noexcept {
        for (auto const& m : ext) {
            out.put(sep);
            sep = ',';
            if (!write_string(out, std::string_view(m.key().data(), m.key().size()), opt))
                return error::invalid_utf8_in_value;
            out.put(':');
            if (!write_value(out, m.value(), opt))
                return error::invalid_utf8_in_value;
        }
        return {};
    }
};

/** An upper bound of what write_problem writes for an owning problem (see
    output_bound), or one that fits nothing once its likely size passes
    `stop`: the extension values are walked, and the walk stops there. */
inline output_bound size_bound(problem const& p, std::size_t stop) noexcept {
    output_bound n = standard_members_bound(p);
    for (auto const& m : p.extensions) {
        n.add_text(m.key().size());
        if (!add_value_bound(n, m.value(), stop)) {
            n.give_up();
            break;
        }
    }
    return n;
}

} // namespace problem_details::detail

#endif
