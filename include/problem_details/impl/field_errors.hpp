// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_FIELD_ERRORS_HPP
#define PROBLEM_DETAILS_IMPL_FIELD_ERRORS_HPP

#include <problem_details/error.hpp>

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

} // namespace problem_details

#endif
