// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BENCH_ALLOC_COUNTER_HPP
#define PROBLEM_DETAILS_BENCH_ALLOC_COUNTER_HPP

// Heap allocations, counted for every library alike. Include in exactly one
// translation unit of the program: it defines the replacement functions.
//
// The global operator new (every form) is replaced and counts. Some peers
// allocate with malloc instead (RapidJSON's CrtAllocator), so on glibc the
// C allocation functions are replaced too, forwarding to glibc's own
// (__libc_malloc and friends); operator new forwards there directly, so
// nothing is counted twice. (The aligned C functions are left to glibc:
// none of the libraries measured calls them, and clang's <mm_malloc.h>
// declares posix_memalign differently.) Sanitizers bring their own malloc:
// then only operator new counts.

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace bench {
inline std::atomic<std::size_t> heap_allocations{0};

inline void count_allocation() noexcept {
    heap_allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace bench

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) ||                         \
    __has_feature(thread_sanitizer)
#define PD_BENCH_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PD_BENCH_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(PD_BENCH_SANITIZED)
#define PD_BENCH_COUNTS_MALLOC 1
extern "C" {
void* __libc_malloc(std::size_t) noexcept;
void* __libc_calloc(std::size_t, std::size_t) noexcept;
void* __libc_realloc(void*, std::size_t) noexcept;
void* __libc_memalign(std::size_t, std::size_t) noexcept;
void __libc_free(void*) noexcept;

void* malloc(std::size_t n) noexcept {
    bench::count_allocation();
    return __libc_malloc(n);
}
void* calloc(std::size_t n, std::size_t size) noexcept {
    bench::count_allocation();
    return __libc_calloc(n, size);
}
void* realloc(void* p, std::size_t n) noexcept {
    bench::count_allocation();
    return __libc_realloc(p, n);
}
void free(void* p) noexcept {
    __libc_free(p);
}
}

namespace bench::detail {
inline void* raw_alloc(std::size_t n) noexcept {
    return __libc_malloc(n ? n : 1);
}
inline void* raw_aligned_alloc(std::size_t n, std::size_t al) noexcept {
    return __libc_memalign(al, n ? n : 1);
}
inline void raw_free(void* p) noexcept {
    __libc_free(p);
}
} // namespace bench::detail
#else
namespace bench::detail {
inline void* raw_alloc(std::size_t n) noexcept {
    return std::malloc(n ? n : 1);
}
inline void* raw_aligned_alloc(std::size_t n, std::size_t al) noexcept {
    return std::aligned_alloc(al, (n + al - 1) / al * al);
}
inline void raw_free(void* p) noexcept {
    std::free(p);
}
} // namespace bench::detail
#endif

namespace bench::detail {
inline void* counted_new(std::size_t n) {
    count_allocation();
    if (void* p = raw_alloc(n))
        return p;
    throw std::bad_alloc();
}
inline void* counted_new(std::size_t n, std::align_val_t al) {
    count_allocation();
    if (void* p = raw_aligned_alloc(n, static_cast<std::size_t>(al)))
        return p;
    throw std::bad_alloc();
}
} // namespace bench::detail

void* operator new(std::size_t n) {
    return bench::detail::counted_new(n);
}
void* operator new[](std::size_t n) {
    return bench::detail::counted_new(n);
}
void* operator new(std::size_t n, std::align_val_t al) {
    return bench::detail::counted_new(n, al);
}
void* operator new[](std::size_t n, std::align_val_t al) {
    return bench::detail::counted_new(n, al);
}
void* operator new(std::size_t n, std::nothrow_t const&) noexcept {
    bench::count_allocation();
    return bench::detail::raw_alloc(n);
}
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept {
    bench::count_allocation();
    return bench::detail::raw_alloc(n);
}
void* operator new(std::size_t n, std::align_val_t al, std::nothrow_t const&) noexcept {
    bench::count_allocation();
    return bench::detail::raw_aligned_alloc(n, static_cast<std::size_t>(al));
}
void* operator new[](std::size_t n, std::align_val_t al, std::nothrow_t const&) noexcept {
    bench::count_allocation();
    return bench::detail::raw_aligned_alloc(n, static_cast<std::size_t>(al));
}
void operator delete(void* p) noexcept {
    bench::detail::raw_free(p);
}
void operator delete[](void* p) noexcept {
    bench::detail::raw_free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    bench::detail::raw_free(p);
}
void operator delete(void* p, std::nothrow_t const&) noexcept {
    bench::detail::raw_free(p);
}
void operator delete[](void* p, std::nothrow_t const&) noexcept {
    bench::detail::raw_free(p);
}

#endif
