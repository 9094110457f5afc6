// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_TYPED_HPP
#define PROBLEM_DETAILS_FUZZ_TYPED_HPP

// Typed problems (parse_typed_view, parse_typed, to_typed, dispatch and the
// typed writer) on any bytes, in each mode, for the Vipps validation error,
// the ePayment error and a type with every kind of member
// (tests/support/typed_types.hpp). Checks:
// - the typed parse is parse_view plus typing: where parse_view fails it
//   fails identically (code and offset); where it succeeds the typed
//   parse gives type_mismatch exactly when the type URI differs, otherwise
//   succeeds or fails with a typed_mismatch code at an offset in the input;
//   scratch_bound is always enough;
// - a typed result has parse_view's standard members, its unknown members
//   are parse_view's extensions minus the typed names, in order, and every
//   string points into the input or the scratch and is valid UTF-8;
// - to_typed of the view and dispatch agree with it;
// - the owning flavour agrees (it has no capacity limit, so it may accept
//   what fixed capacity refuses, with capacity_exceeded);
// - smaller scratch gives scratch_too_small or the same result;
// - what parses writes: serialized_size exact, exact-size buffer, one byte
//   less is buffer_too_small, to_json agrees, and it reads back equal.

#include "check.hpp"
#include "support/typed_types.hpp"

#include <problem_details/dispatch.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/typed_parse.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include <boost/json/parse.hpp>

#include <string>

namespace fuzz_targets {

namespace typed_detail {

namespace pd = problem_details;

template <class T>
bool is_typed_name(std::string_view n) {
    bool found = false;
    boost::mp11::mp_for_each<pd::detail::described_members<T>>(
        [&](auto d) { found = found || n == std::string_view(d.name); });
    return found;
}

template <class T>
void check_strings(T const& v, std::string_view in, exact_buffer& scratch) {
    auto ok = [&](std::string_view s) {
        PD_FUZZ_CHECK(s.empty() || within(s, in.data(), in.size()) ||
                      within(s, scratch.data(), scratch.size()));
        PD_FUZZ_CHECK(valid_utf8(s));
    };
    using M = std::remove_cvref_t<T>;
    if constexpr (std::is_same_v<M, std::string_view>) {
        ok(v);
    } else if constexpr (pd::detail::is_optional<M>::value) {
        if (v)
            check_strings(*v, in, scratch);
    } else if constexpr (pd::detail::is_fixed_vector<M>::value) {
        for (auto const& e : v)
            check_strings(e, in, scratch);
    } else if constexpr (pd::detail::is_described_struct_v<M>) {
        boost::mp11::mp_for_each<pd::detail::described_members<M>>(
            [&](auto d) { check_strings(v.*d.pointer, in, scratch); });
    }
}

template <class P>
void check_writes(P const& p, pd::parse_mode mode) {
    using T = typename P::problem_type;
    std::size_t const n = pd::serialized_size(p);
    exact_buffer exact(n);
    auto const r = pd::serialize(p, exact.span());
    if (!r) {
        // Only a hand-made problem can be unwritable; a parsed one always writes.
        PD_FUZZ_CHECK(false);
        return;
    }
    PD_FUZZ_CHECK(*r == n);
    if (n > 0) {
        guarded_buffer small(n - 1);
        auto const s = pd::serialize(p, small.span());
        PD_FUZZ_CHECK(!s && s.error() == pd::error::buffer_too_small && small.intact());
    }
    std::string const text(exact.data(), n);
    PD_FUZZ_CHECK(pd::to_json(p) == text);
    {
        // A buffer certainly large enough (a view is then written without a
        // check per write): the same bytes, and none written past them.
        std::vector<char> big(8 * n + 1024, '#');
        auto const b = pd::serialize(p, std::span<char>(big));
        PD_FUZZ_CHECK(b.has_value() && *b == n && std::string_view(big.data(), n) == text);
        PD_FUZZ_CHECK(std::all_of(big.begin() + static_cast<std::ptrdiff_t>(n), big.end(),
                                  [](char c) { return c == '#'; }));
    }
    // It reads back equal (in the same mode: a standard member written from
    // an unknown one stays one).
    exact_buffer scratch(pd::scratch_bound(text));
    auto const back = pd::parse_typed_view<T>(text, scratch.span(), {.mode = mode});
    PD_FUZZ_CHECK(back.has_value());
    if (back) {
        PD_FUZZ_CHECK(back->status == p.status && back->detail == std::string_view(p.detail) &&
                      back->instance == std::string_view(p.instance));
        PD_FUZZ_CHECK(pd::detail::typed_equal(back->ext, p.ext));
        PD_FUZZ_CHECK(pd::to_json(*back) == text); // idempotent
    }
}

template <class T, class Owned>
void check_type(std::string_view in, pd::parse_mode mode) {
    pd::parse_options opt = unlimited(mode);
    exact_buffer vs(pd::scratch_bound(in));
    pd::parse_diagnostics vd;
    auto const v = pd::parse_view(in, vs.span(), opt, vd);

    exact_buffer ts(pd::scratch_bound(in));
    pd::parse_diagnostics td;
    auto const t = pd::parse_typed_view<T>(in, ts.span(), opt, td);
    PD_FUZZ_CHECK(td.offset <= in.size());
    if (!v) {
        PD_FUZZ_CHECK(!t && t.error() == v.error() && td.offset == vd.offset);
        return;
    }
    if (v->type != std::string_view(T::type_uri)) {
        PD_FUZZ_CHECK(!t && t.error() == pd::error::type_mismatch);
        return;
    }
    auto const owned = pd::parse_typed<Owned>(in, opt);
    if (!t) {
        PD_FUZZ_CHECK(t.error() == pd::condition::typed_mismatch);
        PD_FUZZ_CHECK(t.error() != pd::error::type_mismatch);
        PD_FUZZ_CHECK(!t.error().message().empty());
        if (t.error() != pd::error::capacity_exceeded)
            PD_FUZZ_CHECK(!owned && owned.error() == t.error());
        return;
    }
    // The standard members and the unknown ones are parse_view's.
    PD_FUZZ_CHECK(t->status == v->status && t->title == v->title && t->detail == v->detail &&
                  t->instance == v->instance);
    std::size_t k = 0;
    for (auto const& e : v->extensions) {
        if (is_typed_name<T>(e.name))
            continue;
        PD_FUZZ_CHECK(k < t->extensions.size());
        if (k < t->extensions.size())
            PD_FUZZ_CHECK(t->extensions[k].name == e.name && t->extensions[k].value == e.value);
        ++k;
    }
    PD_FUZZ_CHECK(k == t->extensions.size());
    check_strings(t->ext, in, ts);
    // The owning flavour agrees, and writes the same JSON value (a repeated
    // unknown member: the view keeps every occurrence, the owning object
    // the last, as Boost.JSON reads it; an empty title, detail or instance:
    // the view keeps it, the owning problem reads it as absent, and an
    // absent title is written as the type's own).
    PD_FUZZ_CHECK(owned.has_value());
    if (owned) {
        std::string const a = pd::to_json(*owned), b = pd::to_json(*t);
        auto const ja = boost::json::parse(boost::json::string_view(a.data(), a.size()));
        auto jb = boost::json::parse(boost::json::string_view(b.data(), b.size()));
        bool const empty_title = t->title.data() != nullptr && t->title.empty();
        drop_empty_standard_strings(jb);
        if (empty_title && !T::title.empty())
            jb.as_object()["title"] = boost::json::string_view(T::title.data(), T::title.size());
        PD_FUZZ_CHECK(has_nan(ja) || has_nan(jb) || approx_equal(ja, jb));
    }
    // to_typed of the view agrees.
    exact_buffer s2(pd::scratch_bound(in) + v->extensions.size() * sizeof(pd::extension) +
                    alignof(pd::extension));
    auto const tv = pd::to_typed<T>(*v, s2.span());
    PD_FUZZ_CHECK(tv.has_value() && *tv == *t);
    // So does dispatch.
    exact_buffer s3(pd::scratch_bound(in));
    auto const d =
        pd::dispatch<T>(in, s3.span(), opt,
                        pd::overloaded{[&](pd::typed_problem_view<T> const& x) { return x == *t; },
                                       [](pd::problem_view const&) { return false; }});
    PD_FUZZ_CHECK(d.has_value() && *d);
    // Less scratch: scratch_too_small or the same result.
    std::size_t const need = td.required_scratch;
    for (std::size_t n : {need, need ? need - 1 : 0, need / 2}) {
        exact_buffer small(n, n % 2 == 1);
        auto const r = pd::parse_typed_view<T>(in, small.span(), opt);
        if (r)
            PD_FUZZ_CHECK(*r == *t);
        else
            PD_FUZZ_CHECK(r.error() == pd::error::scratch_too_small &&
                          n < need + alignof(pd::extension));
    }
    check_writes(*t, mode);
    if (owned)
        check_writes(*owned, mode);
}

} // namespace typed_detail

inline void typed(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    for (pd::parse_mode mode : all_modes) {
        typed_detail::check_type<pd::vipps::validation_error, pd::vipps::owning::validation_error>(
            in, mode);
        typed_detail::check_type<pd::vipps::epayment_error, pd::vipps::owning::epayment_error>(
            in, mode);
        typed_detail::check_type<test_types::kitchen_sink, test_types::owned_kitchen_sink>(in,
                                                                                           mode);
    }
}

} // namespace fuzz_targets

#endif
