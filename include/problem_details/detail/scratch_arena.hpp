// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_SCRATCH_ARENA_HPP
#define PROBLEM_DETAILS_DETAIL_SCRATCH_ARENA_HPP

// The caller's scratch buffer, laid out once for everyone who uses it: an
// array of extension entries from the first suitably aligned byte upward,
// decoded string bytes from the end downward, free space between them.
// The reader fills it and hands back what it left free (free_space); typed
// parsing, dispatch and classification put their own data there. No one
// guesses the layout from pointers, and no one casts a const away.

#include <problem_details/problem_view.hpp>

#include <cstddef>
#include <cstdint>
#include <new>
#include <span>

namespace problem_details::detail {

class scratch_arena {
public:
    scratch_arena() noexcept = default;
    explicit scratch_arena(std::span<char> scratch) noexcept
        : buf_(scratch.data()), cap_(scratch.size()), pad_(padding(scratch.data())) {}

    /// An arena only bumped from the front (take, take_extensions): the
    /// entry padding the reader's layout needs is not computed.
    struct bump_only_t {};
    static constexpr bump_only_t bump_only{};
    scratch_arena(std::span<char> scratch, bump_only_t) noexcept
        : buf_(scratch.data()), cap_(scratch.size()) {}

    /// Bytes to skip at `p` for an extension entry to be aligned.
    static std::size_t padding(char const* p) noexcept {
        auto const addr = reinterpret_cast<std::uintptr_t>(p);
        return (alignof(extension) - addr % alignof(extension)) % alignof(extension);
    }

    /// Scratch bytes `entries` entries and `strings` string bytes need,
    /// whatever the buffer's alignment.
    static constexpr std::size_t required(std::size_t entries, std::size_t strings) noexcept {
        return (entries ? alignof(extension) - 1 + entries * sizeof(extension) : 0) + strings;
    }

    /// Whether `entries` entries and `strings` string bytes fit.
    bool fits(std::size_t entries, std::size_t strings) const noexcept {
        return entries == 0 ? strings <= cap_
                            : pad_ <= cap_ && entries * sizeof(extension) + strings <= cap_ - pad_;
    }

    /// The entry array (valid for as many entries as `fits` allowed).
    extension* entries() const noexcept { return reinterpret_cast<extension*>(buf_ + pad_); }

    /// Where the string bytes start when `used` bytes are taken from the
    /// back (`fits(..., used)` holding).
    char* strings_from(std::size_t used) const noexcept { return buf_ + cap_ - used; }

    /// The free space between `entries` entries and `strings` string bytes,
    /// which fit (`fits` held when they were taken).
    std::span<char> free_space(std::size_t entries, std::size_t strings) const noexcept {
        char* const b = entries ? buf_ + pad_ + entries * sizeof(extension) : buf_;
        return {b, strings_from(strings)};
    }

    /// Bump allocation from the front, for what comes after the reader
    /// (classification's entries and decoded strings, in an arena made over
    /// the reader's `free_space()`): `n` bytes, or nullptr once the scratch
    /// is full, which the arena remembers (`exhausted`).
    char* take(std::size_t n) noexcept {
        if (exhausted_ || cap_ - used_ < n) {
            exhausted_ = true;
            return nullptr;
        }
        char* const r = buf_ + used_;
        used_ += n;
        return r;
    }

    /// As `take`, `n` value-initialized extension entries, aligned.
    extension* take_extensions(std::size_t n) noexcept {
        std::size_t const pad = padding(buf_ + used_);
        if (exhausted_ || cap_ - used_ < pad || (cap_ - used_ - pad) / sizeof(extension) < n) {
            exhausted_ = true;
            return nullptr;
        }
        auto* const e = reinterpret_cast<extension*>(buf_ + used_ + pad);
        for (std::size_t i = 0; i < n; ++i)
            ::new (static_cast<void*>(e + i)) extension{};
        used_ += pad + n * sizeof(extension);
        return e;
    }

    /// Whether a `take` or `take_extensions` found too little room.
    bool exhausted() const noexcept { return exhausted_; }

private:
    char* buf_ = nullptr;
    std::size_t cap_ = 0;
    std::size_t pad_ = 0;
    std::size_t used_ = 0; // bytes bump-allocated from the front
    bool exhausted_ = false;
};

} // namespace problem_details::detail

#endif
