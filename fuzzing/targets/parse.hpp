// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_PARSE_HPP
#define PROBLEM_DETAILS_FUZZ_PARSE_HPP

// parse (owning) in each mode, with default and with unlimited limits:
// - it reaches exactly parse_view's verdict (same error, same offset; never
//   scratch_too_small) and, when it succeeds, problem(view);
// - the Boost.JSON conversions round-trip: value_to<problem>(value_from(p))
//   == p, and the object has the members the writer writes;
// - to_json(p) parses back (same mode) to p.

#include "check.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

namespace fuzz_targets {

inline void parse_one(std::string_view in, problem_details::parse_options opt) {
    namespace pd = problem_details;
    pd::parse_diagnostics d1, d2;
    auto const p = pd::parse(in, opt, d1);
    exact_buffer scratch(pd::scratch_bound(in));
    auto const v = pd::parse_view(in, scratch.span(), opt, d2);
    PD_FUZZ_CHECK(p.has_value() == v.has_value());
    if (!p) {
        PD_FUZZ_CHECK(p.error() != pd::error::scratch_too_small);
        PD_FUZZ_CHECK(p.error() == v.error() && d1.offset == d2.offset);
        return;
    }
    if (has_nan(p->extensions)) {
        // NaN != NaN (see has_nan): only check that everything still works.
        (void)pd::to_json(*p);
        (void)boost::json::value_from(*p);
        return;
    }
    PD_FUZZ_CHECK(*p == pd::problem(*v));
    PD_FUZZ_CHECK(p->type == std::string_view(v->type));
    PD_FUZZ_CHECK(p->extensions.size() <= v->extensions.size()); // repeated names keep the last

    // value_from / value_to round trip.
    boost::json::value const jv = boost::json::value_from(*p);
    PD_FUZZ_CHECK(jv.is_object());
    auto const back = boost::json::value_to<pd::problem>(jv);
    PD_FUZZ_CHECK(back == *p);

    // Written and read again in the same mode: the same problem.
    std::string const text = pd::to_json(*p);
    auto const again = pd::parse(text, opt);
    PD_FUZZ_CHECK(again.has_value());
    PD_FUZZ_CHECK(approx_equal(*again, *p)); // doubles: see approx_equal
    // The DOM conversion and the writer agree.
    PD_FUZZ_CHECK(approx_equal(boost::json::parse(text), jv));
}

inline void parse(std::string_view in) {
    input_scope scope(in);
    for (auto mode : all_modes) {
        problem_details::parse_options opt;
        opt.mode = mode;
        parse_one(in, opt);
        parse_one(in, unlimited(mode));
    }
}

} // namespace fuzz_targets

#endif
