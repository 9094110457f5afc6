// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_VALIDATE_HPP
#define PROBLEM_DETAILS_FUZZ_VALIDATE_HPP

// validate (validate.hpp: every violation, through the reader's violation
// sink) against parse_view in strict mode, on any bytes, with default and
// unlimited limits. Checks: it throws nothing but bad_alloc; the list is
// in document order with offsets inside the input; it is empty exactly
// when strict parse_view accepts the document, and otherwise its first
// entry is strict parse_view's error at the same offset; a fatal error
// (malformed JSON, a limit, not an object) can only be the last entry,
// with no member name, and is rfc parse_view's error.

#include "check.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/validate.hpp>

namespace fuzz_targets {

inline void validate_one(std::string_view in, problem_details::parse_options opt) {
    namespace pd = problem_details;
    std::vector<pd::violation> list;
    try {
        list = pd::validate(in, opt);
    } catch (std::bad_alloc const&) {
        throw;
    } catch (std::exception const& e) {
        std::fprintf(stderr, "validate threw: %s\n", e.what());
        PD_FUZZ_CHECK(!"validate threw something other than bad_alloc");
    }
    opt.mode = pd::parse_mode::strict;
    exact_buffer scratch(pd::scratch_bound(in));
    pd::parse_diagnostics d;
    auto const strict = pd::parse_view(in, scratch.span(), opt, d);
    PD_FUZZ_CHECK(list.empty() == strict.has_value());
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto const& v = list[i];
        PD_FUZZ_CHECK(v.offset <= in.size());
        PD_FUZZ_CHECK(v.code.category() == pd::error_category());
        PD_FUZZ_CHECK(v.code != pd::error::scratch_too_small);
        if (i > 0)
            PD_FUZZ_CHECK(list[i - 1].offset <= v.offset);
        bool const fatal = v.code != pd::condition::rfc_violation;
        if (fatal)
            PD_FUZZ_CHECK(i + 1 == list.size() && v.member.empty());
    }
    if (list.empty())
        return;
    PD_FUZZ_CHECK(list.front().code == strict.error());
    PD_FUZZ_CHECK(list.front().offset == d.offset);
    if (list.back().code != pd::condition::rfc_violation) {
        opt.mode = pd::parse_mode::rfc;
        pd::parse_diagnostics dr;
        exact_buffer s2(pd::scratch_bound(in));
        auto const rfc = pd::parse_view(in, s2.span(), opt, dr);
        PD_FUZZ_CHECK(!rfc.has_value() && rfc.error() == list.back().code &&
                      dr.offset == list.back().offset);
    }
}

inline void validate(std::string_view in) {
    input_scope scope(in);
    validate_one(in, problem_details::parse_options{});
    validate_one(in, unlimited(problem_details::parse_mode::strict));
}

} // namespace fuzz_targets

#endif
