// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PROBLEM_VIEW_HPP
#define PROBLEM_DETAILS_PROBLEM_VIEW_HPP

/// The view types: `problem_view`, its `extension_list` of `extension`s,
/// `about_blank`. What `parse_view` returns and `serialize` writes; none of
/// Boost.JSON's DOM (value, object, conversions) is needed for them.

#include <problem_details/http_status.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace problem_details {

/// The `type` a problem has when the document gives none (RFC 9457 §4.2.1).
inline constexpr std::string_view about_blank = "about:blank";

/** One extension member of a `problem_view`.

    `name` is the member's name, decoded (escapes resolved); `value` is the
    member's raw JSON text exactly as it appears in the input, e.g.
    `"abc"`, `42` or `[{"name":"amount"}]`.
*/
struct extension {
    std::string_view name;
    std::string_view value;

    friend bool operator==(extension const&, extension const&) = default;
};

namespace detail {
struct extension_list_access;
}

/** The extension members of a `problem_view`, in document order.

    A contiguous range of `extension`. It does not own its elements: after
    `parse_view` they live in the caller's scratch buffer.
*/
class extension_list {
public:
    using value_type = extension;
    using const_iterator = extension const*;
    using iterator = const_iterator;
    using size_type = std::size_t;

    constexpr extension_list() noexcept = default;

    /** Wraps caller-owned members, e.g. to serialize a view built by hand.

        The values are checked to be valid JSON when the list is written.
    */
    constexpr explicit extension_list(std::span<extension const> members) noexcept
        : data_(members.data()), size_(members.size()) {}

    /** Wraps caller-owned members whose values are checked once, here.

        Each value must be exactly one JSON value (whitespace around it
        allowed), as the writer requires of any list. The list remembers
        that its values are valid JSON, and whether every one is already
        compact (no whitespace outside strings): the writer then copies
        them as they are (compact) or only compacts them, instead of
        checking every value on every write. Linear in the values' size.
        The values must not change while the list is in use.
        @return The list, or `error::invalid_extension_value` when a value
        is not one JSON value. Never allocates.
    */
    static result<extension_list> checked(std::span<extension const> members) noexcept;

    constexpr iterator begin() const noexcept { return data_; }
    constexpr iterator end() const noexcept { return data_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr extension const& operator[](std::size_t i) const noexcept { return data_[i]; }

    /** The member named `name`, or `end()` when absent.

        When a document repeats a name, this is the last occurrence: the
        one JSON parsers (and Boost.JSON) keep. Linear in `size()`.
    */
    constexpr iterator find(std::string_view name) const noexcept {
        for (std::size_t i = size_; i-- > 0;)
            if (data_[i].name == name)
                return data_ + i;
        return end();
    }

    constexpr bool contains(std::string_view name) const noexcept { return find(name) != end(); }

private:
    friend struct detail::extension_list_access;

    extension const* data_ = nullptr;
    std::size_t size_ = 0;
    // Set by the parser: values are known valid JSON (validated) and hold
    // no insignificant whitespace (compact), so the writer can copy them.
    bool validated_ = false;
    bool compact_ = false;
};

/** A problem that borrows its strings: the result of `parse_view`.

    Every `std::string_view` points into the parsed input or into the
    caller's scratch buffer; the view is valid as long as both are. Copying
    is cheap and never allocates.
*/
struct problem_view {
    /// A URI reference identifying the problem type; absent reads as "about:blank".
    std::string_view type = about_blank;
    /// A short, human-readable summary of the problem type. A null view
    /// (the default) is absent; an empty one that the document had
    /// (`"title":""`, as the parser makes it) is written back, empty.
    std::string_view title;
    /// A human-readable explanation specific to this occurrence.
    std::string_view detail;
    /// A URI reference identifying this occurrence.
    std::string_view instance;
    /// The HTTP status code, when the document gives a usable one.
    std::optional<http_status> status;
    /// Every other member, in document order, as raw JSON text.
    extension_list extensions;

    /** Equal when the standard members are equal (text and presence: an
        empty member is not an absent one) and the extensions have
        the same names and values, in the same order. Values are compared
        as JSON text with insignificant whitespace ignored.
    */
    friend bool operator==(problem_view const& a, problem_view const& b) noexcept;
};

} // namespace problem_details

#include <problem_details/impl/problem_view.hpp>

#endif
