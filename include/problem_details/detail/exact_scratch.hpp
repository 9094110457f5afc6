// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_EXACT_SCRATCH_HPP
#define PROBLEM_DETAILS_DETAIL_EXACT_SCRATCH_HPP

// "Try a small scratch, retry with the exact size": the one loop behind
// every entry point that owns its scratch (parse, parse_typed, validate,
// classify). Most error bodies fit the stack buffer; a larger one is read
// again into a heap buffer of exactly the size the first pass reported.

#include <cstddef>
#include <memory>
#include <span>

namespace problem_details::detail {

/// The stack buffer of the first attempt.
inline constexpr std::size_t small_scratch_size = 1024;

/** Runs `attempt(scratch, need)` with a stack scratch of
    `small_scratch_size` bytes. An attempt that ran out of scratch sets
    `need` to the exact number of bytes it needs (and leaves it 0
    otherwise); while that is more than it had, it runs again with a heap
    scratch of that size. Returns what the last attempt returned, which
    must not point into the scratch (convert a view into an owning value,
    or copy what is wanted, inside `attempt`).

    Use:
    @code
    return with_exact_scratch([&](std::span<char> scratch, std::size_t& need) -> result<T> {
        reader r(json, scratch, ...);
        if (r.run(view) == error::scratch_too_small) { need = r.required_scratch(); return ...; }
        return T(view); // owning
    });
    @endcode */
template <class Attempt>
auto with_exact_scratch(Attempt&& attempt) {
    char small[small_scratch_size];
    std::size_t need = 0;
    // One result, returned from one place: it is constructed in the
    // caller's storage (no move of an owning problem on the common path).
    auto r = attempt(std::span<char>(small), need);
    std::unique_ptr<char[]> big;
    for (std::size_t have = sizeof small; need > have;) {
        have = need;
        need = 0;
        big = std::make_unique<char[]>(have);
        r = attempt(std::span<char>(big.get(), have), need);
    }
    return r;
}

} // namespace problem_details::detail

#endif
