// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DISPATCH_HPP
#define PROBLEM_DETAILS_DISPATCH_HPP

/// Dispatching a problem on its `type` URI to the handler for its problem
/// type: `problem_type_set<Ts...>` (the URIs sorted at compile time,
/// duplicates rejected) and `dispatch<Ts...>(...)`.

#include <problem_details/parse.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/typed_parse.hpp>
#include <problem_details/typed_problem.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace problem_details {

/// Builds an overload set from lambdas: `overloaded{[](A const&) {...}, [](B const&) {...}}`.
template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

namespace detail {

/// The order of the URI table: by length, then bytes (a length compare
/// settles most steps of the search).
constexpr bool uri_less(std::string_view a, std::string_view b) noexcept {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

struct uri_entry {
    std::string_view uri;
    std::size_t index;
};

} // namespace detail

/** A set of problem types to dispatch on, checked at compile time.

    Two types with the same `type_uri` are a `static_assert`. `find(uri)`
    is a binary search over the URIs sorted at compile time (by length,
    then bytes): about log2(N) comparisons, most decided by the length.
*/
template <problem_type... Ts>
struct problem_type_set {
    static_assert(sizeof...(Ts) > 0,
                  "problem_details: a problem_type_set needs at least one problem type");
    static_assert((problem_type_checks<Ts>::value && ...));

    /// The types, as a Boost.Mp11 list.
    using types = boost::mp11::mp_list<Ts...>;
    static constexpr std::size_t size = sizeof...(Ts);
    /// What `find` returns for a URI of no type in the set.
    static constexpr std::size_t npos = std::size_t(-1);

    /// The URIs sorted, each with the position of its type in `Ts...`.
    static constexpr std::array<detail::uri_entry, size> table = [] {
        std::array<detail::uri_entry, size> a{};
        std::size_t i = 0;
        ((a[i] = detail::uri_entry{std::string_view(Ts::type_uri), i}, ++i), ...);
        for (std::size_t k = 1; k < size; ++k) // insertion sort, at compile time
            for (std::size_t j = k; j > 0 && detail::uri_less(a[j].uri, a[j - 1].uri); --j) {
                auto const t = a[j];
                a[j] = a[j - 1];
                a[j - 1] = t;
            }
        return a;
    }();

    static constexpr bool unique_uris = [] {
        for (std::size_t k = 1; k < size; ++k)
            if (table[k].uri == table[k - 1].uri)
                return false;
        return true;
    }();
    static_assert(unique_uris,
                  "problem_details: two problem types in one dispatch set (problem_type_set) have "
                  "the same type URI");

    /// The position in `Ts...` of the type whose URI is `uri`, or `npos`.
    static constexpr std::size_t find(std::string_view uri) noexcept {
        std::size_t lo = 0, hi = size;
        while (lo < hi) {
            std::size_t const mid = lo + (hi - lo) / 2;
            if (detail::uri_less(table[mid].uri, uri))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < size && table[lo].uri == uri ? table[lo].index : npos;
    }
};

namespace detail {

template <class Visitor, class... Ts>
using dispatch_return_t =
    std::common_type_t<std::invoke_result_t<Visitor, typed_problem_view<Ts> const&>...,
                       std::invoke_result_t<Visitor, problem_view const&>>;
} // namespace detail

/** Calls `vis` with the typed problem for `view`'s type URI.

    When `view.type` is the `type_uri` of one of `Ts...` (found by
    `problem_type_set<Ts...>::find`, a compile-time sorted table), that
    type's members are decoded (`to_typed`, into `scratch`) and `vis` gets
    the `typed_problem_view<T> const&`; otherwise `vis` gets `view` itself,
    the fallback. `vis` is typically an `overloaded{...}` of lambdas.

    @return `vis`'s result (their common type; `result<void>` for void), or
    the error of decoding a known type (`missing_member`,
    `member_wrong_type`, `value_out_of_range`, `capacity_exceeded`,
    `scratch_too_small`): a document of a known type that does not fit it
    is an error, not the fallback.
    @par Allocation
    None of its own.
*/
template <problem_type... Ts, class Visitor>
auto dispatch(problem_view const& view, std::span<char> scratch, Visitor&& vis)
    -> result<detail::dispatch_return_t<Visitor&, Ts...>>;

/** Parses `json` (`parse_view`, into `scratch`) and dispatches it as above;
    the typed members' strings go into what `parse_view` left of `scratch`.
    @return `vis`'s result, or the parse or decoding error.
*/
template <problem_type... Ts, class Visitor>
auto dispatch(std::string_view json, std::span<char> scratch, parse_options options, Visitor&& vis)
    -> result<detail::dispatch_return_t<Visitor&, Ts...>>;

} // namespace problem_details

#include <problem_details/impl/dispatch.hpp>

#endif
