// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_PARSE_VIEW_HPP
#define PROBLEM_DETAILS_FUZZ_PARSE_VIEW_HPP

// parse_view in each mode, on any bytes. Beyond "no crash, no UB, no read
// or write outside the buffers" it checks the contracts that hold for every
// input:
// - scratch_bound(input) is always enough; the reported required_scratch is
//   at most that, and a scratch of exactly that size (at any alignment)
//   gives the same result; a smaller one gives scratch_too_small or, thanks
//   to alignment slack or an error found first, the same result: the
//   verdict never depends on the scratch's size;
// - every view points into the input or the scratch;
// - errors carry an offset inside the input and belong to a known group;
//   rfc-violation codes only in strict mode;
// - the modes agree: rfc and lenient reach the same JSON verdict and the
//   same strings; whatever strict accepts, rfc accepts identically;
// - a kept standard-named extension never shadows a set standard member;
// - limits only ever turn a result into a limit error at an offset no
//   later than the unlimited parse's outcome.

#include "check.hpp"

#include <problem_details/parse.hpp>

namespace fuzz_targets {

struct view_outcome {
    problem_details::result<problem_details::problem_view> r{problem_details::problem_view{}};
    problem_details::parse_diagnostics diag;
    exact_buffer scratch{0};
};

inline void parse_view_run(std::string_view in, problem_details::parse_options opt,
                           view_outcome& out) {
    namespace pd = problem_details;
    out.scratch = exact_buffer(pd::scratch_bound(in));
    out.r = pd::parse_view(in, out.scratch.span(), opt, out.diag);
}

inline void check_view_shape(std::string_view in, view_outcome const& o,
                             problem_details::parse_mode mode) {
    namespace pd = problem_details;
    auto const& v = *o.r;
    auto in_buffers = [&](std::string_view s) {
        return s.data() == pd::about_blank.data() || within(s, in.data(), in.size()) ||
               within(s, const_cast<exact_buffer&>(o.scratch).data(), o.scratch.size());
    };
    PD_FUZZ_CHECK(in_buffers(v.type) && in_buffers(v.title) && in_buffers(v.detail) &&
                  in_buffers(v.instance));
    PD_FUZZ_CHECK(o.diag.offset == 0);
    if (v.status)
        PD_FUZZ_CHECK(static_cast<unsigned>(*v.status) >= 100 &&
                      static_cast<unsigned>(*v.status) <= 599);
    for (auto const& e : v.extensions) {
        PD_FUZZ_CHECK(in_buffers(e.name));
        PD_FUZZ_CHECK(within(e.value, in.data(), in.size())); // raw text is always the input's
        PD_FUZZ_CHECK(!e.value.empty());
        PD_FUZZ_CHECK(valid_utf8(e.name));
        // A standard-named extension is kept only where that member is unset.
        auto const sm = pd::detail::match_standard(e.name);
        if (sm == pd::detail::sm_type)
            PD_FUZZ_CHECK(v.type == pd::about_blank);
        if (sm == pd::detail::sm_title)
            PD_FUZZ_CHECK(v.title.empty());
        if (sm == pd::detail::sm_detail)
            PD_FUZZ_CHECK(v.detail.empty());
        if (sm == pd::detail::sm_instance)
            PD_FUZZ_CHECK(v.instance.empty());
        if (sm == pd::detail::sm_status)
            PD_FUZZ_CHECK(!v.status);
        if (mode == pd::parse_mode::strict)
            PD_FUZZ_CHECK(sm == pd::detail::sm_none); // strict keeps no wrong-typed member
    }
    PD_FUZZ_CHECK(valid_utf8(v.type) && valid_utf8(v.title) && valid_utf8(v.detail) &&
                  valid_utf8(v.instance));
    // find returns the last occurrence.
    for (std::size_t i = 0; i < v.extensions.size(); ++i) {
        auto const it = v.extensions.find(v.extensions[i].name);
        PD_FUZZ_CHECK(it != v.extensions.end() &&
                      it >= v.extensions.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

inline void check_error_shape(std::string_view in, view_outcome const& o,
                              problem_details::parse_mode mode) {
    namespace pd = problem_details;
    auto const ec = o.r.error();
    PD_FUZZ_CHECK(ec.category() == pd::error_category());
    PD_FUZZ_CHECK(o.diag.offset <= in.size());
    PD_FUZZ_CHECK(ec != pd::error::scratch_too_small); // scratch_bound is always enough
    bool const known = ec == pd::condition::malformed_json || ec == pd::condition::limit_exceeded ||
                       ec == pd::condition::not_a_problem ||
                       (mode == pd::parse_mode::strict && ec == pd::condition::rfc_violation);
    PD_FUZZ_CHECK(known);
    PD_FUZZ_CHECK(!ec.message().empty());
}

/// Smaller and exact scratch buffers give the same outcome or scratch_too_small.
inline void check_scratch_sizes(std::string_view in, problem_details::parse_options opt,
                                view_outcome const& full) {
    namespace pd = problem_details;
    std::size_t const need = full.diag.required_scratch;
    PD_FUZZ_CHECK(need <= pd::scratch_bound(in));
    auto try_size = [&](std::size_t n, bool odd) {
        exact_buffer buf(n, odd);
        pd::parse_diagnostics d;
        auto const r = pd::parse_view(in, buf.span(), opt, d);
        if (r) {
            PD_FUZZ_CHECK(full.r.has_value());
            PD_FUZZ_CHECK(identical(*r, *full.r));
            PD_FUZZ_CHECK(d.required_scratch == need);
            return true;
        }
        if (r.error() == pd::error::scratch_too_small) {
            PD_FUZZ_CHECK(n < need);
            // The first pass reports the exact need, so one retry suffices.
            if (full.r)
                PD_FUZZ_CHECK(d.required_scratch == need);
            return false;
        }
        // Any other verdict is the one enough scratch gives.
        PD_FUZZ_CHECK(!full.r.has_value());
        PD_FUZZ_CHECK(r.error() == full.r.error() && d.offset == full.diag.offset);
        return false;
    };
    if (full.r) {
        PD_FUZZ_CHECK(try_size(need, false));
        PD_FUZZ_CHECK(try_size(need, true));
    }
    if (need > 0) {
        try_size(need - 1, true);
        try_size(need / 2, false);
        try_size(0, false);
        // Below the need minus any alignment slack, it cannot fit.
        if (need >= alignof(pd::extension) && full.r) {
            exact_buffer buf(need - alignof(pd::extension));
            auto const r = pd::parse_view(in, buf.span(), opt);
            PD_FUZZ_CHECK(!r && r.error() == pd::error::scratch_too_small);
        }
    }
}

/// Tighter limits than the defaults, derived from the input.
inline void check_tight_limits(std::string_view in, problem_details::parse_options opt,
                               view_outcome const& unl) {
    namespace pd = problem_details;
    std::uint64_t const h = input_hash(in);
    opt.max_depth = 1 + h % 6;
    opt.max_members = (h >> 8) % 12;
    opt.max_string_length = (h >> 16) % 48;
    opt.max_document_size =
        (h >> 24) % 4 == 0 && !in.empty() ? in.size() - 1 : in.size() + (h >> 26) % 3;
    view_outcome o;
    parse_view_run(in, opt, o);
    if (o.r) {
        PD_FUZZ_CHECK(unl.r.has_value());
        PD_FUZZ_CHECK(identical(*o.r, *unl.r));
        return;
    }
    if (o.r.error() == pd::condition::limit_exceeded) {
        // (not_an_object is reported at offset 0, once the whole value is
        // read; a strict violation at its member's start, once the member's
        // value is read.)
        if (!unl.r && unl.r.error() != pd::error::not_an_object &&
            unl.r.error() != pd::condition::rfc_violation)
            PD_FUZZ_CHECK(o.diag.offset <= unl.diag.offset ||
                          unl.r.error() == pd::condition::limit_exceeded);
        return;
    }
    PD_FUZZ_CHECK(!unl.r.has_value());
    PD_FUZZ_CHECK(o.r.error() == unl.r.error() && o.diag.offset == unl.diag.offset);
}

inline void parse_view(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    view_outcome out[3];
    for (int m = 0; m < 3; ++m) {
        pd::parse_mode const mode = all_modes[m];
        pd::parse_options const opt = unlimited(mode);
        parse_view_run(in, opt, out[m]);
        if (out[m].r)
            check_view_shape(in, out[m], mode);
        else
            check_error_shape(in, out[m], mode);
        check_scratch_sizes(in, opt, out[m]);
        check_tight_limits(in, opt, out[m]);
        // The defaults are limits too: same relation as above.
        view_outcome d;
        pd::parse_options def;
        def.mode = mode;
        parse_view_run(in, def, d);
        if (d.r)
            PD_FUZZ_CHECK(out[m].r && identical(*d.r, *out[m].r));
        else if (d.r.error() != pd::condition::limit_exceeded)
            PD_FUZZ_CHECK(!out[m].r && d.r.error() == out[m].r.error() &&
                          d.diag.offset == out[m].diag.offset);
    }
    auto const& rfc = out[0];
    auto const& lenient = out[1];
    auto const& strict = out[2];
    // rfc and lenient: the same JSON verdict and the same strings.
    PD_FUZZ_CHECK(rfc.r.has_value() == lenient.r.has_value());
    if (!rfc.r) {
        PD_FUZZ_CHECK(rfc.r.error() == lenient.r.error() && rfc.diag.offset == lenient.diag.offset);
        // strict stops at the same place or earlier, at a violation.
        PD_FUZZ_CHECK(!strict.r.has_value());
        if (rfc.r.error() != pd::error::not_an_object)
            PD_FUZZ_CHECK(strict.diag.offset <= rfc.diag.offset);
        if (strict.r.error() != pd::condition::rfc_violation)
            PD_FUZZ_CHECK(strict.r.error() == rfc.r.error() &&
                          strict.diag.offset == rfc.diag.offset);
        return;
    }
    auto const& a = *rfc.r;
    auto const& b = *lenient.r;
    PD_FUZZ_CHECK(a.type == b.type && a.title == b.title && a.detail == b.detail &&
                  a.instance == b.instance);
    // (With repeated "status" members the last usable one wins, and lenient
    // finds more of them usable, so the values may differ.)
    if (a.status)
        PD_FUZZ_CHECK(b.status.has_value());
    PD_FUZZ_CHECK(b.extensions.size() <= a.extensions.size());
    if (strict.r)
        PD_FUZZ_CHECK(identical(*strict.r, a));
    else
        PD_FUZZ_CHECK(strict.r.error() == pd::condition::rfc_violation);
}

} // namespace fuzz_targets

#endif
