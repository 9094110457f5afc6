// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_FIELD_ERRORS_HPP
#define PROBLEM_DETAILS_IMPL_FIELD_ERRORS_HPP

#include <problem_details/detail/exact_scratch.hpp>
#include <problem_details/detail/json_value_writer.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/error.hpp>
#include <problem_details/serialize_options.hpp>

#include <algorithm>
#include <array>

namespace problem_details {

inline field_error_range::iterator& field_error_range::iterator::operator++() noexcept {
    if (index_ >= size_)
        return *this;
    ++index_;
    // field_errors() read this far once, so this succeeds; if the view's
    // text changed since, the range just ends here.
    if (index_ < size_ && !reader_.next(current_))
        index_ = size_;
    return *this;
}

inline field_error_range::iterator field_error_range::begin() const noexcept {
    iterator it;
    it.reader_ = reader_;
    it.size_ = size_;
    if (size_ != 0 && !it.reader_.next(it.current_))
        it.index_ = size_;
    return it;
}

inline field_error_range::iterator field_error_range::end() const noexcept {
    iterator it;
    it.index_ = size_;
    it.size_ = size_;
    return it;
}

inline result<field_error_range> field_errors(problem_view const& p,
                                              std::span<char> scratch) noexcept {
    field_error_range r;
    r.reader_ = detail::field_error_reader(p.extensions, body_extension, scratch);
    // One pass to count and to check the scratch; iterators replay it.
    detail::field_error_reader counter = r.reader_;
    detail::field_error_text t;
    while (counter.next(t))
        ++r.size_;
    if (counter.overflow())
        return make_error_code(error::scratch_too_small);
    return r;
}

inline result<field_error_range> field_errors(classification_view const& c,
                                              std::span<char> scratch) noexcept {
    return field_errors(c.problem, scratch);
}

inline std::size_t field_errors_scratch_bound(problem_view const& p) noexcept {
    return detail::field_error_reader(p.extensions, body_extension, {}).scratch_bound();
}

inline std::size_t field_errors_scratch_bound(classification_view const& c) noexcept {
    return field_errors_scratch_bound(c.problem);
}

inline std::vector<owned_field_error> field_errors(problem const& p) {
    constexpr std::size_t max = detail::field_error_reader::max_members;
    serialize_options const options{};
    // The members the reader reads, in the order of p.extensions, each with
    // the size of its JSON text (as to_json writes it).
    std::array<boost::json::key_value_pair const*, max> members{};
    std::array<std::size_t, max> sizes{};
    std::size_t n = 0;
    std::size_t text = 0;
    for (auto const& m : p.extensions) {
        std::string_view const name(m.key().data(), m.key().size());
        auto const& names = detail::field_error_members;
        if (name != body_extension && std::find(names.begin(), names.end(), name) == names.end())
            continue;
        detail::count_sink counter;
        if (n == max || !detail::write_value(counter, m.value(), options))
            continue; // a string that is not UTF-8: the member gives nothing
        members[n] = &m;
        sizes[n] = counter.size();
        text += counter.size();
        ++n;
    }
    std::vector<owned_field_error> out;
    if (n == 0)
        return out;
    // The text, then the decoded strings: twice the text is always enough
    // for those (field_errors_scratch_bound).
    std::size_t const need = 3 * text;
    detail::with_exact_scratch([&](std::span<char> scratch, std::size_t& more) {
        if (scratch.size() < need) {
            more = need;
            return false;
        }
        std::array<extension, max> ext{};
        char* at = scratch.data();
        for (std::size_t i = 0; i < n; ++i) {
            detail::span_sink sink(at, at + sizes[i]);
            detail::write_value(sink, members[i]->value(), options);
            ext[i] = {std::string_view(members[i]->key().data(), members[i]->key().size()),
                      std::string_view(at, sizes[i])};
            at += sizes[i];
        }
        problem_view view;
        view.extensions = extension_list(std::span<extension const>(ext.data(), n));
        auto const r = field_errors(
            view,
            std::span<char>(at, static_cast<std::size_t>(scratch.data() + scratch.size() - at)));
        if (!r)
            return false; // unreachable: the scratch is the bound
        out.reserve(r->size());
        for (reported_field_error const& e : *r)
            out.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
        return true;
    });
    return out;
}

inline std::vector<owned_field_error> field_errors(classification const& c) {
    return field_errors(c.problem);
}

} // namespace problem_details

#endif
