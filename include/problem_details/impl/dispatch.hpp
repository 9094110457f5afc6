// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_DISPATCH_HPP
#define PROBLEM_DETAILS_IMPL_DISPATCH_HPP

#include <problem_details/detail/problem_reader.hpp>

#include <boost/mp11/algorithm.hpp>

namespace problem_details {
namespace detail {

template <class R, class Visitor, class Arg>
result<R> invoke_into_result(Visitor& vis, Arg const& arg) {
    if constexpr (std::is_void_v<R>) {
        vis(arg);
        return {};
    } else {
        return result<R>(boost::system::in_place_value, vis(arg));
    }
}

template <class Visitor, class... Ts>
constexpr void check_visitor() noexcept {
    static_assert((std::is_invocable_v<Visitor, typed_problem_view<Ts> const&> && ...),
                  "problem_details::dispatch: the visitor must accept typed_problem_view<T> const& "
                  "for every problem type T of the set");
    static_assert(std::is_invocable_v<Visitor, problem_view const&>,
                  "problem_details::dispatch: the visitor must accept problem_view const& (the "
                  "fallback for a type URI outside the set)");
}

} // namespace detail

template <problem_type... Ts, class Visitor>
auto dispatch(problem_view const& view, std::span<char> scratch, Visitor&& vis)
    -> result<detail::dispatch_return_t<Visitor&, Ts...>> {
    detail::check_visitor<Visitor&, Ts...>();
    using set = problem_type_set<Ts...>;
    using R = detail::dispatch_return_t<Visitor&, Ts...>;
    std::size_t const i = set::find(view.type);
    if (i == set::npos)
        return detail::invoke_into_result<R>(vis, view);
    return boost::mp11::mp_with_index<sizeof...(Ts)>(i, [&](auto I) -> result<R> {
        using T = boost::mp11::mp_at_c<typename set::types, decltype(I)::value>;
        auto const t = to_typed<T>(view, scratch);
        if (!t)
            return result<R>(boost::system::in_place_error, t.error());
        return detail::invoke_into_result<R>(vis, *t);
    });
}

template <problem_type... Ts, class Visitor>
auto dispatch(std::string_view json, std::span<char> scratch, parse_options options, Visitor&& vis)
    -> result<detail::dispatch_return_t<Visitor&, Ts...>> {
    detail::check_visitor<Visitor&, Ts...>();
    using set = problem_type_set<Ts...>;
    using R = detail::dispatch_return_t<Visitor&, Ts...>;
    // The reader itself, not parse_view: it hands back the writable
    // extension entries and the free part of the scratch, where the typed
    // members' strings go.
    problem_view v;
    detail::problem_reader reader(json, scratch, options, v, nullptr);
    if (error_code const ec = reader.run())
        return result<R>(boost::system::in_place_error, ec);
    std::size_t const i = set::find(v.type);
    if (i == set::npos)
        return detail::invoke_into_result<R>(vis, v);
    return boost::mp11::mp_with_index<sizeof...(Ts)>(i, [&](auto I) -> result<R> {
        using T = boost::mp11::mp_at_c<typename set::types, decltype(I)::value>;
        std::span<char> const free = reader.free_space();
        typed_problem_view<T> t;
        char const* at = nullptr;
        std::size_t bytes = 0;
        if (error_code const ec =
                detail::typed_from_view(v, reader.extension_storage(), free.data(),
                                        free.data() + free.size(), t, at, bytes))
            return result<R>(boost::system::in_place_error, ec);
        return detail::invoke_into_result<R>(vis, t);
    });
}

} // namespace problem_details

#endif
