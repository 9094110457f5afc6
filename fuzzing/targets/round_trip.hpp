// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_ROUND_TRIP_HPP
#define PROBLEM_DETAILS_FUZZ_ROUND_TRIP_HPP

// Whatever parses must serialize, re-parse and compare equal, with every
// combination of serialize_options:
// - serialized_size(view) is exactly what serialize writes into a buffer of
//   exactly that size (heap-allocated to that size: AddressSanitizer sees
//   one byte too far; and a guarded buffer for builds without it);
// - every smaller buffer gives buffer_too_small and nothing past its end;
// - to_json agrees byte for byte;
// - the output is one JSON object for Boost.JSON with exactly the members
//   the writer's contract says, in that order;
// - re-parsing it in the same mode gives an equal problem (as a view with
//   default options, as an owning problem whatever the options; doubles
//   within a few units in the last place, see approx_equal);
// - html_safe leaves no < > & U+2028 U+2029; escape_non_ascii no byte >= 0x80;
// - writing is idempotent: the output of the re-parsed view is the same.

#include "check.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json/parse.hpp>

namespace fuzz_targets {

/// The member names the writer's contract promises for `v`, in order.
inline std::vector<std::string> expected_members(problem_details::problem_view const& v) {
    namespace pd = problem_details;
    std::vector<std::string> k;
    bool ext_type = false;
    for (auto const& e : v.extensions)
        ext_type = ext_type || e.name == "type";
    if (!(v.type == pd::about_blank && ext_type))
        k.emplace_back("type");
    if (v.status)
        k.emplace_back("status");
    // A member the document had is written back, empty or not (a null view is absent).
    if (v.title.data())
        k.emplace_back("title");
    if (v.detail.data())
        k.emplace_back("detail");
    if (v.instance.data())
        k.emplace_back("instance");
    for (auto const& e : v.extensions)
        k.emplace_back(e.name);
    return k;
}

template <class P>
void check_serialize_buffers(P const& v, problem_details::serialize_options so,
                             std::string const& expected) {
    namespace pd = problem_details;
    std::size_t const n = expected.size();
    {
        exact_buffer exact(n);
        auto const r = pd::serialize(v, exact.span(), so);
        PD_FUZZ_CHECK(r.has_value() && *r == n);
        PD_FUZZ_CHECK(std::string_view(exact.data(), n) == expected);
    }
    {
        guarded_buffer g(n);
        auto const r = pd::serialize(v, g.span(), so);
        PD_FUZZ_CHECK(r.has_value() && *r == n && g.intact());
    }
    {
        // A buffer certainly large enough (a view is then written without a
        // check per write): the same bytes, and none written past them.
        std::vector<char> big(8 * n + 1024, '#');
        auto const r = pd::serialize(v, std::span<char>(big), so);
        PD_FUZZ_CHECK(r.has_value() && *r == n && std::string_view(big.data(), n) == expected);
        PD_FUZZ_CHECK(std::all_of(big.begin() + static_cast<std::ptrdiff_t>(n), big.end(),
                                  [](char c) { return c == '#'; }));
    }
    for (std::size_t k : {n - 1, n / 2, std::size_t(1), std::size_t(0)}) {
        if (k >= n)
            continue;
        exact_buffer exact(k);
        auto const r = pd::serialize(v, exact.span(), so);
        PD_FUZZ_CHECK(!r && r.error() == pd::error::buffer_too_small);
        guarded_buffer g(k);
        auto const r2 = pd::serialize(v, g.span(), so);
        PD_FUZZ_CHECK(!r2 && r2.error() == pd::error::buffer_too_small && g.intact());
    }
}

inline void round_trip_one(std::string_view in, problem_details::parse_mode mode) {
    namespace pd = problem_details;
    pd::parse_options opt;
    opt.mode = mode;
    exact_buffer scratch(pd::scratch_bound(in));
    auto const v = pd::parse_view(in, scratch.span(), opt);
    if (!v)
        return;
    pd::problem const owning(*v);
    bool const nan = has_nan(owning.extensions); // see has_nan: owning comparisons skipped
    std::string first_default;
    for (int bits = 0; bits < 4; ++bits) {
        pd::serialize_options so;
        so.escape_non_ascii = bits & 1;
        so.html_safe = bits & 2;
        std::size_t const n = pd::serialized_size(*v, so);
        PD_FUZZ_CHECK(n > 0); // a parsed view is always writable
        std::string const text = pd::to_json(*v, so);
        PD_FUZZ_CHECK(text.size() == n);
        check_serialize_buffers(*v, so, text);
        if (bits == 0)
            first_default = text;

        // The owning problem writes the same members, to the same DOM.
        std::string const owning_text = pd::to_json(owning, so);
        PD_FUZZ_CHECK(owning_text.size() == pd::serialized_size(owning, so));

        // Boost.JSON: one object, exactly the promised members in order.
        auto const keys = boost_top_level_keys(text);
        PD_FUZZ_CHECK(keys.ok);
        PD_FUZZ_CHECK(keys.keys == expected_members(*v));

        if (so.html_safe) {
            PD_FUZZ_CHECK(text.find_first_of("<>&") == std::string::npos);
            PD_FUZZ_CHECK(text.find("\xe2\x80\xa8") == std::string::npos);
            PD_FUZZ_CHECK(text.find("\xe2\x80\xa9") == std::string::npos);
            PD_FUZZ_CHECK(owning_text.find_first_of("<>&") == std::string::npos);
        }
        if (so.escape_non_ascii) {
            for (char c : text)
                PD_FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
            for (char c : owning_text)
                PD_FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
        }
        PD_FUZZ_CHECK(valid_utf8(text));

        // Re-parse in the same mode: equal.
        exact_buffer scratch2(pd::scratch_bound(text));
        auto const again = pd::parse_view(text, scratch2.span(), opt);
        PD_FUZZ_CHECK(again.has_value());
        if (bits == 0)
            PD_FUZZ_CHECK(*again == *v);
        PD_FUZZ_CHECK(nan || approx_equal(pd::problem(*again), owning));
        auto const again_owning = pd::parse(owning_text, opt);
        PD_FUZZ_CHECK(again_owning.has_value());
        PD_FUZZ_CHECK(nan || approx_equal(*again_owning, owning));
        // Idempotent: writing what was read back gives the same text.
        PD_FUZZ_CHECK(pd::to_json(*again, so) == text);
    }
    // Writing a view and its owning copy gives the same DOM (but for the
    // empty members only a view keeps: drop_empty_standard_strings).
    auto a = boost::json::parse(first_default);
    drop_empty_standard_strings(a);
    auto const b = boost::json::parse(pd::to_json(owning));
    PD_FUZZ_CHECK(nan || approx_equal(a, b));
}

inline void round_trip(std::string_view in) {
    input_scope scope(in);
    for (auto mode : all_modes)
        round_trip_one(in, mode);
}

} // namespace fuzz_targets

#endif
