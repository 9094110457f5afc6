// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_FIELD_ERRORS_HPP
#define PROBLEM_DETAILS_FUZZ_FIELD_ERRORS_HPP

// field_errors (field_errors.hpp) on any bytes: as the raw text of a
// hand-made view's extension under each name it reads (JSON or not), and as
// a whole document through parse_view (lenient) and classify_view. Checks:
// with field_errors_scratch_bound's scratch it succeeds; iterating yields
// exactly size() elements, twice the same, from a copied iterator too;
// every string lies in the input or the scratch; when Boost.JSON accepts
// the text every string is valid UTF-8; a smaller scratch gives
// scratch_too_small or the same elements; whitespace before the value
// changes nothing.

#include "check.hpp"

#include <problem_details/classify.hpp>
#include <problem_details/field_errors.hpp>
#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>

namespace fuzz_targets {

struct field_error_copy {
    std::string field, message, code;
    friend bool operator==(field_error_copy const&, field_error_copy const&) = default;
};

/// The elements of `r`, checked against the range's contract, copied.
inline std::vector<field_error_copy> read_field_errors(problem_details::field_error_range const& r,
                                                       std::string_view input,
                                                       std::span<char> scratch, bool json) {
    std::vector<field_error_copy> out;
    for (auto const& e : r) {
        for (std::string_view s : {e.field, e.message, e.code}) {
            PD_FUZZ_CHECK(within(s, input.data(), input.size()) ||
                          within(s, scratch.data(), scratch.size()));
            if (json)
                PD_FUZZ_CHECK(valid_utf8(s));
        }
        out.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
    }
    PD_FUZZ_CHECK(out.size() == r.size());
    // Again, through copies of the iterators: the same elements.
    std::size_t i = 0;
    auto const end = r.end();
    for (auto it = r.begin(); it != end; ++i) {
        auto const copy = it++;
        PD_FUZZ_CHECK(i < out.size());
        PD_FUZZ_CHECK(copy->field == out[i].field && copy->message == out[i].message &&
                      copy->code == out[i].code);
    }
    PD_FUZZ_CHECK(i == out.size());
    return out;
}

/// field_errors of `p` (whose text is `input`) with the bound, then with less.
inline void check_field_errors(problem_details::problem_view const& p, std::string_view input,
                               bool json) {
    namespace pd = problem_details;
    std::size_t const bound = pd::field_errors_scratch_bound(p);
    exact_buffer scratch(bound);
    auto const r = pd::field_errors(p, scratch.span());
    PD_FUZZ_CHECK(r.has_value());
    auto const full = read_field_errors(*r, input, scratch.span(), json);
    for (std::size_t n : {std::size_t(0), bound / 2, bound > 0 ? bound - 1 : 0}) {
        exact_buffer less(n, true);
        auto const s = pd::field_errors(p, less.span());
        if (!s) {
            PD_FUZZ_CHECK(s.error() == pd::error::scratch_too_small);
            continue;
        }
        PD_FUZZ_CHECK(read_field_errors(*s, input, less.span(), json) == full);
    }
}

inline void field_errors(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    boost::json::error_code ec;
    (void)boost::json::parse(in, ec);
    bool const json = !ec;

    // The bytes as the value of each member field_errors reads.
    for (std::string_view name :
         {"extraDetails", "invalidParams", "invalid-params", "errors", "body", "other"}) {
        pd::extension const e{name, in};
        pd::problem_view p;
        p.extensions = pd::extension_list(std::span<pd::extension const>(&e, 1));
        check_field_errors(p, in, json);
        if (name == "other")
            PD_FUZZ_CHECK(pd::field_errors(p, {})->empty());
    }
    // Whitespace before the value changes nothing.
    {
        std::string const spaced = " \n\t" + std::string(in);
        pd::extension const a{"errors", in};
        pd::extension const b{"errors", spaced};
        pd::problem_view pa, pb;
        pa.extensions = pd::extension_list(std::span<pd::extension const>(&a, 1));
        pb.extensions = pd::extension_list(std::span<pd::extension const>(&b, 1));
        std::vector<char> sa(pd::field_errors_scratch_bound(pa));
        std::vector<char> sb(pd::field_errors_scratch_bound(pb));
        auto const ra = pd::field_errors(pa, sa);
        auto const rb = pd::field_errors(pb, sb);
        PD_FUZZ_CHECK(ra && rb);
        PD_FUZZ_CHECK(read_field_errors(*ra, in, sa, json) ==
                      read_field_errors(*rb, spaced, sb, json));
    }
    // The bytes as a whole document: a problem, and a classified response.
    {
        exact_buffer scratch(pd::scratch_bound(in));
        auto const p = pd::parse_view(in, scratch.span(), {.mode = pd::parse_mode::lenient});
        if (p) {
            // Strings point into the input or parse_view's scratch: both count as "input".
            std::size_t const bound = pd::field_errors_scratch_bound(*p);
            exact_buffer strings(bound);
            auto const r = pd::field_errors(*p, strings.span());
            PD_FUZZ_CHECK(r.has_value());
            for (auto const& e : *r)
                for (std::string_view s : {e.field, e.message, e.code})
                    PD_FUZZ_CHECK(valid_utf8(s));
        }
    }
    {
        exact_buffer scratch(pd::classify_scratch_bound(in));
        pd::response_view response;
        response.body = in;
        auto const c = pd::classify_view(response, scratch.span());
        PD_FUZZ_CHECK(c.has_value());
        exact_buffer strings(pd::field_errors_scratch_bound(*c));
        auto const r = pd::field_errors(*c, strings.span());
        PD_FUZZ_CHECK(r.has_value());
        std::size_t n = 0;
        for (auto it = r->begin(); it != r->end(); ++it)
            ++n;
        PD_FUZZ_CHECK(n == r->size());
    }
}

} // namespace fuzz_targets

#endif
