// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_TYPED_PARSE_HPP
#define PROBLEM_DETAILS_IMPL_TYPED_PARSE_HPP

#include <problem_details/detail/exact_scratch.hpp>
#include <problem_details/detail/parse_limits.hpp>
#include <problem_details/detail/problem_reader.hpp>
#include <problem_details/detail/scratch_arena.hpp>

#include <boost/json/serialize.hpp>
#include <boost/system/system_error.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <utility>

namespace problem_details {
namespace detail {

inline bool points_into(std::string_view s, char const* b, char const* e) noexcept {
    return !s.empty() && std::less_equal<>()(b, s.data()) && std::less<>()(s.data(), e);
}

/// Where the `type` value starts in json, for type_mismatch.
inline char const* type_position(std::string_view json, problem_view const& v) noexcept {
    if (points_into(v.type, json.data(), json.data() + json.size()))
        return v.type.data() - 1; // its opening quote
    return nullptr;
}

/// Decodes the typed members of `T` from `in`; the other members are
/// copied to `unknown` (room for in.size(); may be in.begin() itself).
template <class T>
bool decode_members(extension_list const& in, extension* unknown, std::size_t& n_unknown, T& ext,
                    typed_decoder& dec) noexcept(!allocates<T>()) {
    std::uint64_t seen = 0;
    n_unknown = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        extension const e = in[i];
        bool ok = true;
        bool const known = typed_decoder::match_member<T>(e.name, [&](auto d, auto i) {
            seen |= std::uint64_t(1) << decltype(i)::value;
            ok = dec.read_value(e.value, ext.*d.pointer);
        });
        if (!ok)
            return false;
        if (!known && unknown)
            unknown[n_unknown++] = e;
    }
    constexpr std::uint64_t required = typed_decoder::required_mask<T>();
    if ((required & seen) != required)
        return dec.fail(error::missing_member, nullptr);
    return true;
}

inline std::size_t offset_in(std::string_view json, char const* at) noexcept {
    if (at && std::less_equal<>()(json.data(), at) &&
        std::less_equal<>()(at, json.data() + json.size()))
        return static_cast<std::size_t>(at - json.data());
    return 0;
}

/// Where the top-level object opens in a document that parsed: after the
/// leading whitespace. (A top-level required member that is absent is
/// reported there, as an absent nested one is at its object.)
inline std::size_t top_level_object(std::string_view json) noexcept {
    std::size_t i = 0;
    while (i < json.size() && json_scanner::is_ws(json[i]))
        ++i;
    return i;
}

/// The offset of a typed error: where the decoder stopped, or, for a
/// missing top-level member (no position), the top-level object.
inline std::size_t typed_error_offset(std::string_view json, char const* at) noexcept {
    return at ? offset_in(json, at) : top_level_object(json);
}

/// The typed reading shared by parse_typed_view, to_typed and dispatch:
/// `unknown` has room for view.extensions.size() entries, [fb, fe) is free.
template <class T>
error_code typed_from_view(problem_view const& v, extension* unknown, char* fb, char* fe,
                           typed_problem_view<T>& out, char const*& err_pos,
                           std::size_t& typed_bytes) noexcept(!allocates<T>()) {
    err_pos = nullptr;
    typed_bytes = 0;
    if (v.type != std::string_view(T::type_uri))
        return error::type_mismatch;
    typed_decoder dec(fb, fe);
    std::size_t n = 0;
    bool const ok = decode_members(v.extensions, unknown, n, out.ext, dec);
    typed_bytes = static_cast<std::size_t>(dec.free_position() - fb) + dec.short_by;
    if (!ok) {
        err_pos = dec.err_pos;
        return dec.err;
    }
    if (dec.short_by)
        return error::scratch_too_small;
    out.status = v.status;
    out.title = v.title;
    out.detail = v.detail;
    out.instance = v.instance;
    out.extensions =
        extension_list_access::make(unknown, n, extension_list_access::validated(v.extensions),
                                    extension_list_access::compact(v.extensions));
    return {};
}

/// parse_typed's second half: the owning typed problem of a parsed view
/// whose extension entries (the view's list) are `unknown`, writable.
template <class T>
result<typed_problem<T>> owning_typed_from_view(std::string_view json, problem_view const& v,
                                                extension* unknown, parse_diagnostics& diag) {
    typed_problem<T> out;
    if (v.type != std::string_view(T::type_uri)) {
        diag.offset = offset_in(json, type_position(json, v));
        return make_error_code(error::type_mismatch);
    }
    typed_decoder dec(nullptr, nullptr);
    std::size_t n = 0;
    if (!decode_members(v.extensions, unknown, n, out.ext, dec)) {
        diag.offset = typed_error_offset(json, dec.err_pos);
        return make_error_code(dec.err);
    }
    out.status = v.status;
    out.title.assign(v.title.data(), v.title.size());
    out.detail.assign(v.detail.data(), v.detail.size());
    out.instance.assign(v.instance.data(), v.instance.size());
    if (n) {
        problem_view rest;
        rest.extensions =
            extension_list_access::make(unknown, n, extension_list_access::validated(v.extensions),
                                        extension_list_access::compact(v.extensions));
        out.extensions = problem(rest).extensions;
    }
    return out;
}

} // namespace detail

template <problem_type T>
result<typed_problem_view<T>>
parse_typed_view(std::string_view json, std::span<char> scratch, parse_options options,
                 parse_diagnostics& diag) noexcept(!problem_type_traits<T>::allocates) {
    static_assert(problem_type_checks<T>::value);
    // Filled in place and returned by name (NRVO): a typed problem with
    // large fixed_vectors is never copied.
    result<typed_problem_view<T>> r(boost::system::in_place_value);
    // One pass: the typed members are read by the reader's hook as the
    // document is parsed (see typed_member_hook); parse_view's result and
    // diagnostics are otherwise exactly those of parse_view.
    detail::typed_member_hook<T> hook(r->ext);
    problem_view v;
    extension* unknown = nullptr;
    std::span<char> free;
    {
        detail::basic_problem_reader<detail::typed_member_hook<T>> reader(json, scratch, options, v,
                                                                          nullptr, &hook);
        error_code const ec = reader.run();
        diag.offset = ec ? reader.error_offset() : 0;
        diag.required_scratch = reader.required_scratch();
        if (ec) {
            r = ec;
            return r;
        }
        // The unknown members are compacted in place, in the reader's
        // entries (which the view's list points at).
        unknown = reader.extension_storage();
        free = reader.free_space();
    }
    if (hook.slow) {
        // A typed member the hook left alone: all of them are decoded from
        // their raw text, as they would be without it.
        char const* at = nullptr;
        std::size_t typed_bytes = 0;
        error_code const ec = detail::typed_from_view(
            v, unknown, free.data(), free.data() + free.size(), *r, at, typed_bytes);
        diag.required_scratch += typed_bytes;
        if (ec) {
            diag.offset = ec == error::type_mismatch
                              ? detail::offset_in(json, detail::type_position(json, v))
                              : detail::typed_error_offset(json, at);
            r = ec;
        }
        return r;
    }
    constexpr std::string_view uri = T::type_uri;
    if (v.type.size() != uri.size() ||
        !detail::equal_bytes<uri.size()>(v.type.data(), uri.data())) {
        diag.offset = detail::offset_in(json, detail::type_position(json, v));
        r = make_error_code(error::type_mismatch);
        return r;
    }
    constexpr std::uint64_t required = detail::typed_decoder::required_mask<T>();
    if ((required & hook.seen) != required) {
        diag.offset = detail::top_level_object(json);
        r = make_error_code(error::missing_member);
        return r;
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < v.extensions.size(); ++i) {
        extension const e = v.extensions[i];
        if (!detail::typed_decoder::match_member<T>(e.name, [](auto, auto) {})) {
            if (n != i)
                unknown[n] = e;
            ++n;
        }
    }
    r->status = v.status;
    r->title = v.title;
    r->detail = v.detail;
    r->instance = v.instance;
    r->extensions = detail::extension_list_access::make(
        unknown, n, detail::extension_list_access::validated(v.extensions),
        detail::extension_list_access::compact(v.extensions));
    return r;
}

template <problem_type T>
result<typed_problem_view<T>>
parse_typed_view(std::string_view json, std::span<char> scratch,
                 parse_options options) noexcept(!problem_type_traits<T>::allocates) {
    parse_diagnostics diag;
    return parse_typed_view<T>(json, scratch, options, diag);
}

template <problem_type T>
result<typed_problem_view<T>>
to_typed(problem_view const& view,
         std::span<char> scratch) noexcept(!problem_type_traits<T>::allocates) {
    static_assert(problem_type_checks<T>::value);
    if (view.type != std::string_view(T::type_uri))
        return make_error_code(error::type_mismatch);
    // The unknown members' list first, the typed members' strings after it.
    detail::scratch_arena const arena(scratch);
    std::size_t const n_ext = view.extensions.size();
    if (!arena.fits(n_ext, 0))
        return make_error_code(error::scratch_too_small);
    extension* const unknown = n_ext ? arena.entries() : nullptr;
    std::span<char> const free = arena.free_space(n_ext, 0);
    typed_problem_view<T> out;
    char const* at = nullptr;
    std::size_t typed_bytes = 0;
    if (unknown)
        for (std::size_t i = 0; i < view.extensions.size(); ++i)
            ::new (static_cast<void*>(unknown + i)) extension{};
    error_code const ec = detail::typed_from_view(view, unknown, free.data(),
                                                  free.data() + free.size(), out, at, typed_bytes);
    if (ec)
        return ec;
    return out;
}

template <problem_type T>
result<typed_problem<T>> parse_typed(std::string_view json, parse_options options,
                                     parse_diagnostics& diag) {
    static_assert(problem_type_checks<T>::value);
    static_assert(
        !problem_type_traits<T>::borrows,
        "problem_details::parse_typed returns an owning typed_problem: its members cannot "
        "be std::string_view; use std::string (or parse_typed_view for views)");
    options = detail::owning_limits(options);
    return detail::with_exact_scratch(
        [&](std::span<char> scratch, std::size_t& need) -> result<typed_problem<T>> {
            problem_view v;
            detail::problem_reader reader(json, scratch, options, v, nullptr);
            error_code const ec = reader.run();
            diag.offset = ec ? reader.error_offset() : 0;
            diag.required_scratch = reader.required_scratch();
            if (ec) {
                if (ec == error::scratch_too_small)
                    need = diag.required_scratch;
                return ec;
            }
            return detail::owning_typed_from_view<T>(json, v, reader.extension_storage(), diag);
        });
}

template <problem_type T>
result<typed_problem<T>> parse_typed(std::string_view json, parse_options options) {
    parse_diagnostics diag;
    return parse_typed<T>(json, options, diag);
}

template <problem_type T>
typed_problem<T> tag_invoke(boost::json::value_to_tag<typed_problem<T>>,
                            boost::json::value const& jv) {
    if (!jv.is_object())
        detail::throw_system_error(make_error_code(error::not_an_object),
                                   "value_to<typed_problem>");
    std::string const text = boost::json::serialize(jv);
    auto r = parse_typed<T>(text, {.max_depth = parse_options::max_owning_depth});
    if (!r)
        detail::throw_system_error(r.error(), "value_to<typed_problem>");
    return std::move(*r);
}

} // namespace problem_details

#endif
