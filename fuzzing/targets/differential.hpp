// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_DIFFERENTIAL_HPP
#define PROBLEM_DETAILS_FUZZ_DIFFERENTIAL_HPP

// parse_view against Boost.JSON's DOM (tests/support/differential.hpp): the
// same verdict on the JSON and the same values (doubles within a few units
// in the last place: see extensions_approx_equal). On top of that shared
// check: the extensions we keep are, in order, Boost.JSON's top-level
// members that are not standard ones, and, when "status" appears once, we
// read a status exactly when Boost.JSON has an integer in 100..599.

#include "check.hpp"

#include "support/differential.hpp"

#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>

namespace fuzz_targets {

/// differential_check compares extension values exactly. Boost.JSON 1.81
/// reads some doubles differently depending on how many bytes follow the
/// number in its buffer (a value of ours is parsed alone, Boost.JSON's in the
/// whole document: 40.004223372036850577848 gives ...847 or ...854), and
/// reads 0e400 as NaN; so when it reports an extension difference, compare
/// every extension again with approx_equal.
inline bool extensions_approx_equal(std::string_view in) {
    namespace pd = problem_details;
    boost::system::error_code ec;
    auto const dom = boost::json::parse(boost::json::string_view(in.data(), in.size()), ec);
    if (ec || !dom.is_object())
        return false;
    exact_buffer scratch(pd::scratch_bound(in));
    auto const v = pd::parse_view(in, scratch.span(), unlimited(pd::parse_mode::rfc));
    if (!v)
        return false;
    pd::problem const owning(*v);
    for (auto const& m : dom.get_object()) {
        if (pd::detail::match_standard(std::string_view(m.key().data(), m.key().size())) !=
            pd::detail::sm_none)
            continue;
        auto const* ours = owning.extensions.if_contains(m.key());
        if (!ours || !approx_equal(*ours, m.value()))
            return false;
    }
    return true;
}

inline void differential(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    std::string const diff = test_support::differential_check(in);
    if (!diff.empty() &&
        !(diff.rfind("extension differs", 0) == 0 && extensions_approx_equal(in))) {
        std::fprintf(stderr, "differential: %s\n", diff.c_str());
        PD_FUZZ_CHECK(diff.empty());
    }

    exact_buffer scratch(pd::scratch_bound(in));
    auto const v = pd::parse_view(in, scratch.span(), unlimited(pd::parse_mode::rfc));
    if (!v)
        return;
    auto const keys = boost_top_level_keys(in);
    if (!keys.ok)
        return; // deeper than the key recorder goes; differential_check covered it
    // Our members, in order: standard ones read plus every extension. Each
    // of Boost.JSON's keys is one of ours; the extensions are the keys that
    // are not standard members read, in the same order.
    std::vector<std::string> boost_ext;
    std::size_t status_count = 0;
    for (auto const& k : keys.keys) {
        auto const sm = pd::detail::match_standard(k);
        status_count += sm == pd::detail::sm_status;
        if (sm == pd::detail::sm_none)
            boost_ext.push_back(k);
    }
    std::vector<std::string> ours;
    for (auto const& e : v->extensions)
        if (pd::detail::match_standard(e.name) == pd::detail::sm_none)
            ours.emplace_back(e.name);
    PD_FUZZ_CHECK(ours == boost_ext);

    if (status_count == 1) {
        boost::system::error_code ec;
        auto const dom = boost::json::parse(boost::json::string_view(in.data(), in.size()), ec);
        PD_FUZZ_CHECK(!ec && dom.is_object());
        auto const& st = dom.get_object().at("status");
        bool const integral_in_range =
            (st.is_int64() && st.get_int64() >= 100 && st.get_int64() <= 599) ||
            (st.is_uint64() && st.get_uint64() >= 100 && st.get_uint64() <= 599);
        PD_FUZZ_CHECK(integral_in_range == v->status.has_value());
        if (v->status)
            PD_FUZZ_CHECK(static_cast<std::int64_t>(*v->status) == st.to_number<std::int64_t>());
        else
            PD_FUZZ_CHECK(v->extensions.contains("status")); // ignored, kept raw
    }
}

} // namespace fuzz_targets

#endif
