// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_CONFIG_HPP
#define PROBLEM_DETAILS_DETAIL_CONFIG_HPP

// The library's configuration macros, in one place.

// The scanner's hot path is a few small functions called from many places;
// inlining them is most of its speed, so it is not left to heuristics.
#if !defined(PROBLEM_DETAILS_ALWAYS_INLINE)
#if defined(_MSC_VER)
#define PROBLEM_DETAILS_NOINLINE __declspec(noinline)
#define PROBLEM_DETAILS_ALWAYS_INLINE __forceinline
#else
#define PROBLEM_DETAILS_NOINLINE __attribute__((noinline))
#define PROBLEM_DETAILS_ALWAYS_INLINE inline __attribute__((always_inline))
#endif
#endif

#endif
