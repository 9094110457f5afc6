// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_VALIDATE_HPP
#define PROBLEM_DETAILS_IMPL_VALIDATE_HPP

#include <problem_details/detail/exact_scratch.hpp>
#include <problem_details/detail/problem_reader.hpp>

#include <algorithm>
#include <span>

namespace problem_details {
namespace detail {

/// The strict checks' reports, as violations.
class collecting_sink final : public violation_sink {
public:
    explicit collecting_sink(std::vector<violation>& out) noexcept : out_(out) {}
    bool on_violation(error code, std::size_t offset, std::string_view member) override {
        // The reader can report one duplicate twice (a wrong-typed standard
        // member repeated is both a duplicate standard member and a
        // duplicate kept extension): keep one. Reports come in document
        // order, so only the tail at or after this offset needs a look.
        for (auto it = out_.rbegin(); it != out_.rend() && it->offset >= offset; ++it)
            if (it->offset == offset && it->code == code && it->member == member)
                return true;
        out_.push_back(violation{make_error_code(code), offset, std::string(member)});
        return true; // keep going: every violation is wanted
    }

private:
    std::vector<violation>& out_;
};

} // namespace detail

inline std::vector<violation> validate(std::string_view json, parse_options options) {
    options.mode = parse_mode::strict;
    return detail::with_exact_scratch([&](std::span<char> scratch, std::size_t& need) {
        std::vector<violation> out;
        detail::collecting_sink sink(out);
        problem_view view;
        detail::problem_reader reader(json, scratch, options, view, &sink);
        error_code const ec = reader.run();
        if (ec == error::scratch_too_small && reader.required_scratch() > scratch.size()) {
            need = reader.required_scratch();
            return out;
        }
        std::stable_sort(out.begin(), out.end(), [](violation const& a, violation const& b) {
            return a.offset < b.offset;
        });
        if (ec)
            out.push_back(violation{ec, reader.error_offset(), std::string()});
        return out;
    });
}

} // namespace problem_details

#endif
