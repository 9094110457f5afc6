// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_CATALOG_HPP
#define PROBLEM_DETAILS_DETAIL_CATALOG_HPP

// Internals of <problem_details/catalog.hpp>: the compile-time sort and
// search, the checks behind its static_asserts, the category id, and the
// formatting of "unknown code" messages. Users never name anything here.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <string_view>
#include <type_traits>

namespace problem_details::detail::catalog_impl {

//------------------------------------------------------------------------------
// Codes
//------------------------------------------------------------------------------

template <class Code>
inline constexpr bool is_string_code = std::is_same_v<Code, std::string_view>;

// A numeric code as a wide integer, for comparisons and range checks.
template <class Code>
constexpr long long widen(Code c) noexcept {
    if constexpr (std::is_enum_v<Code>)
        return static_cast<long long>(static_cast<std::underlying_type_t<Code>>(c));
    else
        return static_cast<long long>(c);
}

template <class Code>
constexpr bool less(Code const& a, Code const& b) noexcept {
    if constexpr (is_string_code<Code>)
        return a < b;
    else
        return widen(a) < widen(b);
}

template <class Code>
constexpr bool equal(Code const& a, Code const& b) noexcept {
    if constexpr (is_string_code<Code>)
        return a == b;
    else
        return widen(a) == widen(b);
}

//------------------------------------------------------------------------------
// Sorting: an index permutation, by a bottom-up merge sort (stable, about
// n log2 n comparisons), so that catalogs of thousands of entries, string
// codes included, stay well within the compilers' constexpr step limits
// (clang's default is 1,048,576 steps).
//------------------------------------------------------------------------------

template <class Entries>
constexpr std::size_t count(Entries const& entries) noexcept {
    return static_cast<std::size_t>(std::size(entries));
}

template <std::size_t N, class Entries>
constexpr std::array<std::size_t, N> sorted_order(Entries const& entries) noexcept {
    std::array<std::size_t, N> a{};
    std::array<std::size_t, N> b{};
    if constexpr (N != 0) {
        std::size_t* from = a.data();
        std::size_t* to = b.data();
        for (std::size_t i = 0; i < N; ++i)
            from[i] = i;
        for (std::size_t width = 1; width < N; width *= 2) {
            for (std::size_t lo = 0; lo < N; lo += 2 * width) {
                std::size_t const mid = lo + width < N ? lo + width : N;
                std::size_t const hi = lo + 2 * width < N ? lo + 2 * width : N;
                std::size_t i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                    to[k++] =
                        less(entries[from[j]].code, entries[from[i]].code) ? from[j++] : from[i++];
                while (i < mid)
                    to[k++] = from[i++];
                while (j < hi)
                    to[k++] = from[j++];
            }
            std::size_t* const t = from;
            from = to;
            to = t;
        }
        if (from != a.data())
            return b;
    }
    return a;
}

// The position in `order` of the first entry whose code equals the next
// one's, or N when all codes are distinct.
template <std::size_t N, class Entries>
constexpr std::size_t first_duplicate(Entries const& entries,
                                      std::array<std::size_t, N> const& order) noexcept {
    for (std::size_t i = 1; i < N; ++i)
        if (equal(entries[order[i - 1]].code, entries[order[i]].code))
            return i - 1;
    return N;
}

// The index (into `entries`) of the entry with `code`, or N.
template <std::size_t N, class Entries, class Code>
constexpr std::size_t search(Entries const& entries, std::array<std::size_t, N> const& order,
                             Code const& code) noexcept {
    std::size_t lo = 0, hi = N;
    while (lo < hi) {
        std::size_t const mid = lo + (hi - lo) / 2;
        if (less(entries[order[mid]].code, code))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < N && equal(entries[order[lo]].code, code))
        return order[lo];
    return N;
}

//------------------------------------------------------------------------------
// Checks behind the static_asserts
//------------------------------------------------------------------------------

template <class Entries>
constexpr bool codes_fit_in_int(Entries const& entries) noexcept {
    for (std::size_t i = 0; i < count(entries); ++i) {
        long long const v = widen(entries[i].code);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            return false;
    }
    return true;
}

template <class Entries>
constexpr bool no_zero_code(Entries const& entries) noexcept {
    for (std::size_t i = 0; i < count(entries); ++i)
        if (widen(entries[i].code) == 0)
            return false;
    return true;
}

template <class Entries>
constexpr bool no_empty_code(Entries const& entries) noexcept {
    for (std::size_t i = 0; i < count(entries); ++i)
        if (entries[i].code.empty())
            return false;
    return true;
}

template <class Entries>
constexpr bool statuses_in_range(Entries const& entries) noexcept {
    for (std::size_t i = 0; i < count(entries); ++i) {
        auto const s = static_cast<std::uint16_t>(entries[i].status);
        if (s < 100 || s > 599)
            return false;
    }
    return true;
}

template <class Entries>
constexpr bool messages_present(Entries const& entries) noexcept {
    for (std::size_t i = 0; i < count(entries); ++i)
        if (entries[i].message.empty())
            return false;
    return true;
}

//------------------------------------------------------------------------------
// The category id: FNV-1a (64-bit) over the name and every code, so two
// copies of one catalog (one per shared library) compare equal, and two
// catalogs with different names or codes do not.
//------------------------------------------------------------------------------

struct fnv1a {
    std::uint64_t h = 0xcbf29ce484222325ULL;

    constexpr void byte(unsigned char b) noexcept {
        h ^= b;
        h *= 0x100000001b3ULL;
    }
    constexpr void text(std::string_view s) noexcept {
        for (char c : s)
            byte(static_cast<unsigned char>(c));
        byte(0xff); // separator: "ab","c" differs from "a","bc"
    }
    constexpr void number(long long v) noexcept {
        auto u = static_cast<unsigned long long>(v);
        for (int i = 0; i < 8; ++i) {
            byte(static_cast<unsigned char>(u & 0xffu));
            u >>= 8;
        }
    }
};

template <class Entries>
constexpr std::uint64_t category_id(std::string_view name, Entries const& entries) noexcept {
    fnv1a f;
    f.text("problem_details.catalog");
    f.text(name);
    for (std::size_t i = 0; i < count(entries); ++i) {
        if constexpr (is_string_code<std::remove_cvref_t<decltype(entries[i].code)>>)
            f.text(entries[i].code);
        else
            f.number(widen(entries[i].code));
    }
    // Never 0 (an id of 0 means "compare by address").
    return f.h == 0 ? 1 : f.h;
}

//------------------------------------------------------------------------------
// Messages
//------------------------------------------------------------------------------

// "<name>: unknown code" or "<name>: unknown code <ev>" into `out`
// (no terminator); returns the length, at most `capacity`.
inline std::size_t format_unknown(std::string_view name, bool with_number, int ev, char* out,
                                  std::size_t capacity) noexcept {
    std::size_t n = 0;
    auto put = [&](std::string_view s) {
        std::size_t const k = s.size() < capacity - n ? s.size() : capacity - n;
        std::memcpy(out + n, s.data(), k);
        n += k;
    };
    put(name);
    put(": unknown code");
    if (with_number) {
        char digits[24];
        std::size_t d = 0;
        unsigned long long magnitude = ev < 0 ? 0ull - static_cast<unsigned long long>(ev)
                                              : static_cast<unsigned long long>(ev);
        do {
            digits[d++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (ev < 0)
            digits[d++] = '-';
        char text[24];
        for (std::size_t i = 0; i < d; ++i)
            text[i] = digits[d - 1 - i];
        put(" ");
        put(std::string_view(text, d));
    }
    return n;
}

// Copies `s` into buffer as a NUL-terminated string (truncating), returns buffer.
inline char const* copy_message(std::string_view s, char* buffer, std::size_t len) noexcept {
    std::size_t const n = s.size() < len - 1 ? s.size() : len - 1;
    std::memcpy(buffer, s.data(), n);
    buffer[n] = '\0';
    return buffer;
}

} // namespace problem_details::detail::catalog_impl

#endif
