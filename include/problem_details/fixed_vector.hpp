// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FIXED_VECTOR_HPP
#define PROBLEM_DETAILS_FIXED_VECTOR_HPP

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

namespace problem_details {

/** A vector with a fixed capacity `N` and its elements inside the object.

    The array type of zero-allocation typed problems: an extension member
    `fixed_vector<extra_detail, 16> extraDetails` holds up to 16 elements
    and never allocates. Reading a document with more elements is the error
    `error::capacity_exceeded`, never a truncation.

    Only the elements in use exist: creating, copying and destroying one
    costs O(size()), whatever `N`.
*/
template <class T, std::size_t N>
class fixed_vector {
public:
    using value_type = T;
    using size_type = std::size_t;
    using reference = T&;
    using const_reference = T const&;
    using iterator = T*;
    using const_iterator = T const*;

    /// The capacity, a compile-time constant.
    static constexpr std::size_t max_elements = N;

    /// Empty. Constructs no element: the cost does not depend on `N`.
    constexpr fixed_vector() noexcept {}

    /// At most `N` elements; the excess is not stored (use `try_push_back`
    /// to know).
    constexpr fixed_vector(std::initializer_list<T> init) {
        for (T const& e : init)
            if (!try_push_back(e))
                break;
    }

    /// Copies the elements in use only (O(size()), not O(N)).
    constexpr fixed_vector(fixed_vector const& other) {
        for (T const& e : other)
            std::construct_at(data_ + size_++, e);
    }
    constexpr fixed_vector(fixed_vector&& other) noexcept(std::is_nothrow_move_constructible_v<T>) {
        for (T& e : other)
            std::construct_at(data_ + size_++, std::move(e));
    }
    constexpr fixed_vector& operator=(fixed_vector const& other) {
        if (this != &other) {
            clear();
            for (T const& e : other)
                std::construct_at(data_ + size_++, e);
        }
        return *this;
    }
    constexpr fixed_vector&
    operator=(fixed_vector&& other) noexcept(std::is_nothrow_move_constructible_v<T>) {
        if (this != &other) {
            clear();
            for (T& e : other)
                std::construct_at(data_ + size_++, std::move(e));
        }
        return *this;
    }
    constexpr ~fixed_vector() { clear(); }

    constexpr std::size_t size() const noexcept { return size_; }
    static constexpr std::size_t capacity() noexcept { return N; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr bool full() const noexcept { return size_ == N; }

    constexpr T* data() noexcept { return data_; }
    constexpr T const* data() const noexcept { return data_; }
    constexpr iterator begin() noexcept { return data_; }
    constexpr iterator end() noexcept { return data_ + size_; }
    constexpr const_iterator begin() const noexcept { return data_; }
    constexpr const_iterator end() const noexcept { return data_ + size_; }

    /// Precondition: `i < size()`.
    constexpr T& operator[](std::size_t i) noexcept { return data_[i]; }
    constexpr T const& operator[](std::size_t i) const noexcept { return data_[i]; }
    constexpr T& front() noexcept { return data_[0]; }
    constexpr T const& front() const noexcept { return data_[0]; }
    constexpr T& back() noexcept { return data_[size_ - 1]; }
    constexpr T const& back() const noexcept { return data_[size_ - 1]; }

    /// Appends a value-initialised element and returns it, or nullptr when full.
    constexpr T* try_emplace_back() noexcept(std::is_nothrow_default_constructible_v<T>) {
        if (size_ == N)
            return nullptr;
        T* const p = std::construct_at(data_ + size_);
        ++size_;
        return p;
    }

    /// Appends `v`; false (and nothing changed) when full.
    constexpr bool try_push_back(T const& v) {
        if (size_ == N)
            return false;
        std::construct_at(data_ + size_, v);
        ++size_;
        return true;
    }

    /// Removes every element.
    constexpr void clear() noexcept {
        if constexpr (!std::is_trivially_destructible_v<T>)
            std::destroy(data_, data_ + size_);
        size_ = 0;
    }

    /// Same size and equal elements (the capacity is part of the type).
    friend constexpr bool operator==(fixed_vector const& a, fixed_vector const& b) {
        if (a.size_ != b.size_)
            return false;
        for (std::size_t i = 0; i < a.size_; ++i)
            if (!(a.data_[i] == b.data_[i]))
                return false;
        return true;
    }

private:
    std::size_t size_ = 0;
    // Storage for N elements, none constructed until used.
    union {
        T data_[N];
    };
};

} // namespace problem_details

#endif
