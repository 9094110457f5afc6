// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_CATALOG_HPP
#define PROBLEM_DETAILS_CATALOG_HPP

/// Error-code catalogs: an API's own error codes (numbers or strings), each
/// with a message, an HTTP status, a hint and optionally a problem type URI,
/// declared as a `constexpr` array, checked at compile time (no duplicate
/// codes), looked up in constant expressions, and usable as Boost.System
/// (and so `std::`) error codes in a category of their own.
///
///     inline constexpr problem_details::catalog_entry<int> shop_error_entries[] = {
///         {1001, http_status::not_found, "Order not found", "Check the order id."},
///         {1002, http_status::conflict, "Order already paid"},
///     };
///     inline constexpr problem_details::catalog<shop_error_entries, "shop"> shop_errors;
///
///     static_assert(shop_errors.find(1001)->status == http_status::not_found);
///     error_code ec = shop_errors.make_error_code(1001);
///     // ec.message() == "Order not found", ec == status_class::client_error
///
/// See docs/catalogs.md.

#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>

#include <problem_details/detail/catalog.hpp>

#include <boost/config.hpp>
#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/error_condition.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace problem_details {

/** What a catalog's codes may be: an integral type (not `bool`), an
    enumeration (whose values fit in an `int`), or `std::string_view`. */
template <class T>
concept catalog_code = (std::integral<T> && !std::same_as<T, bool>) || std::is_enum_v<T> ||
                       std::same_as<T, std::string_view>;

/** One code of a catalog.

    An aggregate, so a catalog is written as a braced list:
    `{1001, http_status::not_found, "Order not found", "Check the order id."}`
    or with designated initializers (`.code`, `.status`, `.message`, `.hint`,
    `.type`, in that order). The strings are views: in a catalog they are
    string literals (static storage).

    @tparam Code the code's type (see `catalog_code`).
*/
template <catalog_code Code>
struct catalog_entry {
    /// The type of `code`.
    using code_type = Code;

    /// The code, unique within its catalog. A number must not be 0 (an
    /// `error_code` of value 0 means success); a string must not be empty.
    Code code{};
    /// The HTTP status a response carrying this code has (100..599).
    http_status status{};
    /// What went wrong, for people: `error_code::message()`, and a good
    /// problem `title`. Must not be empty.
    std::string_view message = {};
    /// What the caller most likely did wrong, and what to do; may be empty.
    std::string_view hint = {};
    /// The problem type URI (RFC 9457 §3.1.1); empty means `about:blank`.
    std::string_view type = {};
};

/** A catalog's name as a template argument: a string literal, e.g.
    `catalog<entries, "shop">`. It becomes the error category's `name()`. */
template <std::size_t N>
struct catalog_name {
    /// The characters, NUL-terminated.
    char value[N]{};

    /// From a string literal.
    consteval catalog_name(char const (&text)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i)
            value[i] = text[i];
    }

    /// The name, without the terminator.
    constexpr std::string_view view() const noexcept { return {value, N - 1}; }
};

/** What any catalog knows about one of its codes, whatever the code's type:
    the type-erased form of a `catalog_entry`, from `catalog_entry_of`. */
struct catalog_info {
    /// The catalog's name (its error category's `name()`).
    std::string_view catalog;
    /// The entry's HTTP status.
    http_status status{};
    /// The entry's message.
    std::string_view message;
    /// The entry's hint (may be empty).
    std::string_view hint;
    /// The entry's problem type URI (empty means `about:blank`).
    std::string_view type;
};

namespace detail {

/// The base of every catalog's error category, so `catalog_entry_of` can
/// recognise one. Users never name it.
class catalog_category_base : public boost::system::error_category {
public:
    /// The entry for the error value `ev`, if it names one.
    virtual std::optional<catalog_info> info(int ev) const noexcept = 0;

protected:
    explicit constexpr catalog_category_base(std::uint64_t id) noexcept : error_category(id) {}
    ~catalog_category_base() = default;
};

template <class Catalog>
class catalog_category;

template <class T>
struct is_catalog_entry : std::false_type {};
template <class Code>
struct is_catalog_entry<catalog_entry<Code>> : std::true_type {};

} // namespace detail

/** A catalog: a compile-time list of `catalog_entry`s with its own error
    category.

    Declare the entries as an `inline constexpr` array (a C array or a
    `std::array`) in a header, then the catalog as an `inline constexpr`
    object of this (empty) type; every member is `static`, so both
    `shop_errors.find(1001)` and `decltype(shop_errors)::find(1001)` work.

    Compile-time checks (each a `static_assert` with a message naming the
    problem): entries are `catalog_entry`s; no two entries have the same
    code; every status is in 100..599; every message is non-empty; numeric
    codes fit in an `int` and are not 0; string codes are not empty.

    Error values: a numeric code's `error_code` has the code as its value
    (`make_error_code(1001).value() == 1001`); a string code's has the
    entry's position in the array plus 1 (string codes cannot be values).
    `make_error_code` of a string not in the catalog gives the value -1.

    The category: `name()` is `Name`; `message(ev)` is the entry's
    `message` ("shop: unknown code 77" for a value not in the catalog);
    `default_error_condition(ev)` is the `status_class` of the entry's
    status, so `ec == status_class::client_error` holds for a 4xx entry (an
    unknown value's condition is itself, in this category, equal to no
    `status_class`). Its 64-bit id is a hash of the name and the codes, so
    the same catalog compiled into two shared libraries compares equal, and
    catalogs with different names or codes do not (barring a 64-bit hash
    collision).

    @tparam Entries the entries: a `constexpr` array of `catalog_entry<Code>`
            with static storage duration.
    @tparam Name the category's name, a string literal; give every catalog
            of a program its own.
*/
template <auto const& Entries, catalog_name Name = "catalog">
class catalog {
public:
    /// The entries' type, `catalog_entry<Code>`.
    using entry_type = std::remove_cvref_t<decltype(Entries[0])>;

    static_assert(detail::is_catalog_entry<entry_type>::value,
                  "problem_details::catalog<Entries>: Entries must be an array of "
                  "problem_details::catalog_entry<Code>");

    /// The codes' type.
    using code_type = typename entry_type::code_type;

private:
    static constexpr bool string_codes = detail::catalog_impl::is_string_code<code_type>;
    static constexpr std::size_t count_ = detail::catalog_impl::count(Entries);
    static constexpr auto order_ = detail::catalog_impl::sorted_order<count_>(Entries);
    static constexpr std::size_t duplicate_ =
        detail::catalog_impl::first_duplicate<count_>(Entries, order_);

    static_assert(detail::catalog_impl::statuses_in_range(Entries),
                  "problem_details::catalog: every entry needs an HTTP status in 100..599");
    static_assert(detail::catalog_impl::messages_present(Entries),
                  "problem_details::catalog: every entry needs a non-empty message");

    static constexpr bool codes_valid() noexcept {
        if constexpr (string_codes) {
            static_assert(duplicate_ == count_,
                          "problem_details::catalog: two entries have the same code; every code in "
                          "a catalog must be unique");
            static_assert(detail::catalog_impl::no_empty_code(Entries),
                          "problem_details::catalog: a string code must not be empty");
            static_assert(count_ < static_cast<std::size_t>(std::numeric_limits<int>::max()),
                          "problem_details::catalog: too many entries");
        } else {
            // The duplicated code (0 if none: 0 is not a valid code), so that
            // the compiler's note shows it: "the comparison reduces to (35 == 0)".
            constexpr long long duplicated_code =
                duplicate_ == count_
                    ? 0
                    : detail::catalog_impl::widen(Entries[order_[duplicate_]].code);
            static_assert(duplicated_code == 0,
                          "problem_details::catalog: two entries have the same code; every code in "
                          "a catalog must be unique");
            static_assert(detail::catalog_impl::codes_fit_in_int(Entries),
                          "problem_details::catalog: a numeric code must fit in an int (the "
                          "error_code value)");
            static_assert(detail::catalog_impl::no_zero_code(Entries),
                          "problem_details::catalog: a numeric code must not be 0 (an error_code "
                          "of 0 means success)");
        }
        return true;
    }
    static_assert(codes_valid());

    template <class Catalog>
    friend class detail::catalog_category;

    static constexpr std::uint64_t category_id =
        detail::catalog_impl::category_id(Name.view(), Entries);

    // The entry for an error value, or nullptr.
    static constexpr entry_type const* entry_for_value(int ev) noexcept {
        if constexpr (string_codes) {
            if (ev < 1 || static_cast<std::size_t>(ev) > count_)
                return nullptr;
            return &Entries[static_cast<std::size_t>(ev - 1)];
        } else {
            // The code whose int value is ev, if the code type can hold it.
            if constexpr (std::is_enum_v<code_type>) {
                using U = std::underlying_type_t<code_type>;
                if (static_cast<long long>(static_cast<U>(ev)) != ev)
                    return nullptr;
                return find(static_cast<code_type>(static_cast<U>(ev)));
            } else {
                if (static_cast<long long>(static_cast<code_type>(ev)) != ev)
                    return nullptr;
                return find(static_cast<code_type>(ev));
            }
        }
    }

public:
    /// The catalog's name, `Name`.
    static constexpr std::string_view name() noexcept { return Name.view(); }

    /// The number of entries.
    static constexpr std::size_t size() noexcept { return count_; }

    /// The entries, in the order they were written.
    static constexpr std::span<entry_type const> entries() noexcept {
        return std::span<entry_type const>(std::data(Entries), count_);
    }

    /// `entries().begin()`, `entries().end()`: a catalog is a range.
    static constexpr auto begin() noexcept { return entries().begin(); }
    static constexpr auto end() noexcept { return entries().end(); }

    /** The entry with `code`, or nullptr.

        Usable in constant expressions: `static_assert(c.find(1001))`.
        @par Complexity
        Binary search over an order sorted at compile time: O(log n).
        No allocation, never fails.
    */
    static constexpr entry_type const* find(code_type const& code) noexcept {
        std::size_t const i = detail::catalog_impl::search<count_>(Entries, order_, code);
        return i == count_ ? nullptr : &Entries[i];
    }

    /// `find(code) != nullptr`. O(log n), constexpr.
    static constexpr bool contains(code_type const& code) noexcept { return find(code) != nullptr; }

    /** The entry an error code of this catalog names, or nullptr: when `ec`
        is of another category, or of this one with a value no entry has.
        A `std::error_code` made from one of this catalog's codes converts
        (and is found) too. O(log n), no allocation. */
    static entry_type const* find(error_code const& ec) noexcept {
        if (ec.category() != category())
            return nullptr;
        return entry_for_value(ec.value());
    }

    /// This catalog's error category (one per catalog; see the class comment).
    static boost::system::error_category const& category() noexcept;

    /** `code` as an error code of this catalog's category.

        Numeric codes: the value is the code, whether or not the catalog has
        it (an unknown one reads "<name>: unknown code N"). String codes: the
        entry's position plus 1, or -1 for a string not in the catalog.
        O(1) for numeric codes, O(log n) for strings; never fails.
    */
    static error_code make_error_code(code_type const& code) noexcept;

    /// The error value `make_error_code(code)` holds. Constexpr.
    static constexpr int value_of(code_type const& code) noexcept {
        if constexpr (string_codes) {
            std::size_t const i = detail::catalog_impl::search<count_>(Entries, order_, code);
            return i == count_ ? -1 : static_cast<int>(i + 1);
        } else {
            return static_cast<int>(detail::catalog_impl::widen(code));
        }
    }
};

/** The entry behind an error code of any catalog, type-erased; empty when
    `ec` is not from a catalog or its value is not in it. A `std::error_code`
    converts. O(log n), no allocation.

    Needs RTTI (it asks whether the category is a catalog's); without it,
    use the catalog's own `find(ec)`.
*/
std::optional<catalog_info> catalog_entry_of(error_code const& ec) noexcept;

} // namespace problem_details

#include <problem_details/impl/catalog.hpp>

#endif
