// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_ALLOC_COUNTER_HPP
#define PROBLEM_DETAILS_TEST_ALLOC_COUNTER_HPP

// A counting global operator new for allocation assertions. Include it in
// exactly one translation unit of a test program (it defines the global
// replacement functions). Allocation counts are facts, so tests assert them.

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

// GCC (-O1 and up) takes the counting operator new/delete, built on
// malloc/free, for a mismatched pair (-Wmismatched-new-delete): said once
// here, for every test that includes this file.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace test_support {
inline std::atomic<std::size_t> allocation_count{0};

/// Counts the heap allocations made while it is alive.
class allocation_scope {
public:
    allocation_scope() noexcept : start_(allocation_count.load()) {}
    std::size_t count() const noexcept { return allocation_count.load() - start_; }

private:
    std::size_t start_;
};

/// Whether this program's operator new is the counting one below. Under
/// valgrind it is not (valgrind replaces operator new with its own), so a
/// test asserting a positive count checks this first; a count of zero
/// holds either way.
inline bool allocation_counting_works() noexcept;
} // namespace test_support

void* operator new(std::size_t n) {
    ++test_support::allocation_count;
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    ++test_support::allocation_count;
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, std::nothrow_t const&) noexcept {
    ++test_support::allocation_count;
    return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept {
    ++test_support::allocation_count;
    return std::malloc(n ? n : 1);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}

inline bool test_support::allocation_counting_works() noexcept {
    allocation_scope scope;
    int* volatile p = new int(1); // volatile: the allocation cannot be elided
    delete p;
    return scope.count() == 1;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif
