// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FIELD_ERRORS_HPP
#define PROBLEM_DETAILS_FIELD_ERRORS_HPP

/// Field errors in one form: which field of a request was wrong and why,
/// read from every shape an error body uses for them (`extraDetails`,
/// `invalidParams`, ASP.NET's `errors` map, RFC 9457's `errors` with JSON
/// pointers, the Recurring v2 array), as `{field, message, code}` views,
/// without allocating; and, for the owning `problem` and `classification`,
/// as a `std::vector` of owning copies. The writing side is
/// validation_problem.hpp.

#include <problem_details/classify.hpp>
#include <problem_details/detail/field_error_reader.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace problem_details {

/** One field error as an error body reports it. Borrows its strings.

    (The server side's `field_error`, in validation_problem.hpp, is what a
    `validation_problem_builder` writes; this is what a client reads back,
    from any API's shape.)
*/
struct reported_field_error {
    /// The field, decoded: `"amount"`, `"Transaction.Reference"`,
    /// `"agreement.status"`. From a JSON pointer (`"#/profile/color"`,
    /// `"/age"`) it is the pointer's path without the leading `#/` or `/`,
    /// its `%XX`, `~1` and `~0` decoded (`"profile/color"`). Empty when the
    /// body names no field (a bare message in an `errors` list).
    std::string_view field;
    /// Why it was wrong, decoded. Empty when the body gives no message.
    std::string_view message;
    /// The body's code for this error (`code`, `errorCode`), decoded; empty
    /// when it gives none. A numeric code is its JSON text (`"1001"`).
    std::string_view code;

    friend bool operator==(reported_field_error const&, reported_field_error const&) = default;
};

/** A `reported_field_error` that owns its strings: what `field_errors`
    gives for an owning `problem` or `classification`. An aggregate. */
struct owned_field_error {
    /// As `reported_field_error::field`.
    std::string field;
    /// As `reported_field_error::message`.
    std::string message;
    /// As `reported_field_error::code`.
    std::string code;

    friend bool operator==(owned_field_error const&, owned_field_error const&) = default;
    /// Equal to a view with the same three strings.
    friend bool operator==(owned_field_error const& a, reported_field_error const& b) noexcept {
        return a.field == b.field && a.message == b.message && a.code == b.code;
    }
};

/** The field errors of a problem, in document order: a forward range of
    `reported_field_error`, made by `field_errors`.

    Its iterators hold their own state (a few hundred bytes, no pointer into
    the range), so an iterator outlives the range it came from. Every
    element's strings point into the problem's input or into the scratch
    given to `field_errors`, and all of them stay valid together, while
    both live: iterating again rewrites the same bytes in the same places.
    Incrementing decodes the next element. Never allocates.
*/
class field_error_range {
public:
    class iterator {
    public:
        using value_type = reported_field_error;
        using difference_type = std::ptrdiff_t;
        using reference = reported_field_error const&;
        using pointer = reported_field_error const*;
        using iterator_category = std::forward_iterator_tag;
        using iterator_concept = std::forward_iterator_tag;

        iterator() noexcept = default;

        reference operator*() const noexcept { return current_; }
        pointer operator->() const noexcept { return &current_; }
        iterator& operator++() noexcept;
        iterator operator++(int) noexcept {
            iterator old = *this;
            ++*this;
            return old;
        }
        /// Equal at the same position of one range.
        friend bool operator==(iterator const& a, iterator const& b) noexcept {
            return a.index_ == b.index_;
        }

    private:
        friend class field_error_range;
        detail::field_error_reader reader_;
        reported_field_error current_;
        std::size_t index_ = 0; // of current_; size_ at the end
        std::size_t size_ = 0;
    };
    using const_iterator = iterator;
    using value_type = reported_field_error;
    using size_type = std::size_t;

    /// An empty range.
    field_error_range() noexcept = default;

    iterator begin() const noexcept;
    iterator end() const noexcept;
    /// How many field errors there are (counted by `field_errors`). O(1).
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }

private:
    friend result<field_error_range> field_errors(problem_view const&, std::span<char>) noexcept;
    detail::field_error_reader reader_;
    std::size_t size_ = 0;
};

/** The field errors of `p`: from its extension members `extraDetails`,
    `invalidParams`, `invalid-params` and `errors`, and from `body`, where
    a classification keeps a body that is a JSON array (`body_extension`),
    in document order. A member a document repeats counts once (the last,
    as JSON parsers keep it).

    Each of these, as an array, holds objects, each one field error:
    the field from `field`, `name`, `key`, `propertyName`, `param` or
    `pointer` (RFC 9457's example, rewritten as `reported_field_error::field`
    says); the message from `reason`, `message`, `text`, `detail`,
    `errorMessage`, `description` or `value`; the code from `code` or
    `errorCode` (where an object has several, the first listed wins; a
    string or a number, anything else is as absent). An object counts when
    it gives a field or a message; in `body`, only with a field (so a legacy
    `[{errorCode, errorMessage}]` array gives none). A bare string in such
    an array (not in `body`) is a message with no field. As an object, each
    member is a field (ASP.NET Core's `ValidationProblemDetails`
    `{"field": ["message", ...]}`): one field error per message, or one for
    a string, or one for an object with a message (and maybe a code).
    Anything else (other types, nested junk) is skipped, never an error.
    So every shape `validation_problem_builder` writes reads back as the
    `{name, reason}` pairs it was given.

    @param scratch Holds the strings that have escapes (`\u00e6`, `\"`),
    decoded (each needs room for its raw text), and pointers with `%XX`,
    `~0` or `~1` rewritten; other strings point into the input and use
    none, so a body without either needs no scratch (an empty span will
    do). `field_errors_scratch_bound(p)` is always enough.
    @par Complexity
    Linear in the size of those members: it reads them once, to count the
    field errors and check the scratch; iterating reads them again.
    @par Allocation
    None, here and in the range's iterators.
    @return The range, or `error::scratch_too_small` (with escapes, when the
    scratch cannot hold every decoded string).
*/
result<field_error_range> field_errors(problem_view const& p, std::span<char> scratch) noexcept;

/// As above, for the normalized problem of a classification
/// (`c.problem`), where a legacy or Recurring v2 array is kept under `body`.
result<field_error_range> field_errors(classification_view const& c,
                                       std::span<char> scratch) noexcept;

/** Scratch that is always enough for `field_errors(p, ...)`: twice the size
    of the members it reads. Linear in the number of extensions. */
std::size_t field_errors_scratch_bound(problem_view const& p) noexcept;

/// As above, for `c.problem`.
std::size_t field_errors_scratch_bound(classification_view const& c) noexcept;

/** The field errors of an owning problem, as owning copies: the same as
    `field_errors` gives for the view `p` was made from, read by the same
    rules, but in the order of `p.extensions` (a `boost::json::object`
    keeps one value per name, where the name first stood; the view reads a
    repeated member where it last stood).

    The members it reads (`extraDetails`, `invalidParams`, `invalid-params`,
    `errors`, and an array under `body`) are written as JSON text, as
    `to_json` writes them, and read like a view's; nothing else of `p` is
    written. So a numeric code is the text `to_json` writes for the number
    (an integer of 64 bits: its digits, as in the body; any other number,
    a double, in its shortest form, which may differ from the body's
    spelling: `1.50` gives `1.5`). A
    member holding a string that is not UTF-8 (only a hand-made problem
    can) gives no field errors.
    @par Complexity
    Linear in the size of those members.
    @par Allocation
    The vector and its strings; a heap scratch only for members of more
    than about 300 bytes (a stack buffer serves smaller ones).
    @throws std::bad_alloc; nothing else.
*/
std::vector<owned_field_error> field_errors(problem const& p);

/// As above, for the normalized problem of an owning classification
/// (`c.problem`, where a legacy or Recurring v2 array is kept under `body`).
std::vector<owned_field_error> field_errors(classification const& c);

} // namespace problem_details

#include <problem_details/impl/field_errors.hpp>

#endif
