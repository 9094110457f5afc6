// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_EXCEPTION_MAPPING_HPP
#define PROBLEM_DETAILS_EXCEPTION_MAPPING_HPP

/// Turning exceptions and error codes into problems: a registry from
/// exception types and error categories to statuses or problem types, and
/// a safe default for everything else (a 500 that does not leak `what()`).

#include <boost/config.hpp> // BOOST_NO_EXCEPTIONS
#ifdef BOOST_NO_EXCEPTIONS
#error                                                                                             \
    "<problem_details/exception_mapping.hpp> maps C++ exceptions to problems: it needs exceptions enabled (this build has -fno-exceptions)"
#endif

#include <problem_details/builder.hpp>
#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/problem.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <type_traits>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

namespace problem_details {

/// How much of an exception reaches the client.
struct exception_mapping_options {
    /** Development only: put the exception's `what()` (or the error code's
        message) in the `detail` of 5xx problems, unmapped exceptions
        included. Off by default, as in Spring (`server.error.include-message`)
        and ASP.NET Core (the developer exception page): a `what()` can hold
        SQL, file paths, host names or user data. */
    bool include_exception_details = false;
};

/** A registry from exception types and error-code categories to problems.

    Lookup (`to_problem`), in this order:
    1. a `boost::system::system_error` or `std::system_error` whose code's
       category is registered: mapped by its category;
    2. the registered exception types, the most derived first (a type
       registered for a class and for its base: the class's mapping wins,
       whatever the order of registration);
    3. anything else: `500 Internal Server Error`, `about:blank`, no
       `detail` (unless `include_exception_details`).

    Registered by default (override by registering the category again):
    - `http_status_category()`: the code's value is the status
      (`make_error_code(http_status::not_found)` gives a 404);
    - the library's `error_category()`: documents the client sent that
      could not be read (conditions `malformed_json`, `not_a_problem`,
      `rfc_violation`, `typed_mismatch`, `invalid_input`, and limits) give
      400, `error::document_too_large` 413; the caller's own mistakes
      (`buffer_too_small`, `invalid_problem`) give 500.

    What goes in `detail`: for a problem made from a status, the error
    code's `message()` when the status is 4xx (it describes the client's
    mistake; `what()` of a type mapped to a status is not used unless asked
    per mapping); for 5xx nothing, unless `include_exception_details`.
    A mapping function decides everything itself.

    Registration allocates and is not thread-safe; lookups are `const` and
    may run concurrently once registration is done.
*/
class exception_mapper {
public:
    /// A registry with the library's categories registered (see above).
    explicit exception_mapper(exception_mapping_options options = {});

    /** Maps exceptions of type `E` (and derived types) to an `about:blank`
        problem with status `s`, titled by the reason phrase. With
        `what_as_detail`, `detail` is `e.what()` (`E` must derive from
        `std::exception`): for exceptions whose message is written for
        clients. */
    template <class E>
    exception_mapper& map(http_status s, bool what_as_detail = false);

    /// Maps `E` to the compile-time problem type `T` (`make_problem<T>()`).
    template <class E, class T>
    requires problem_type_constants<T> exception_mapper& map();

    /** Maps `E` through `f(e)`, which returns the problem (anything
        convertible to `problem`, such as a `problem_builder`). */
    template <class E, class F>
    requires std::is_invocable_v<F const&, E const&> &&
        std::is_convertible_v<std::invoke_result_t<F const&, E const&>, problem>
            exception_mapper& map(F f);

    /// Maps error codes of category `cat` (and `system_error`s holding one) to status `s`.
    exception_mapper& map_category(boost::system::error_category const& cat, http_status s);
    /// As above, for a standard category (`std::system_error`, `std::error_code`).
    exception_mapper& map_category(std::error_category const& cat, http_status s);

    /** Maps error codes of category `cat` through `f(ec)`, returning either
        an `http_status` (the problem is then made as for a status) or the
        problem itself. */
    template <class F>
    exception_mapper& map_category(boost::system::error_category const& cat, F f);
    /// As above, for a standard category.
    template <class F>
    exception_mapper& map_category(std::error_category const& cat, F f);

    /** The problem for the exception `ep` holds (a null `ep` is treated as
        an unknown exception). Call it in a `catch (...)` block with
        `std::current_exception()`.
        @throws std::bad_alloc, and what a mapping function throws. */
    problem to_problem(std::exception_ptr const& ep) const;

    /** The problem for a caught exception, by its dynamic type. Only
        mappings of types derived from `std::exception` can match here;
        prefer the `exception_ptr` overload, which sees every type. */
    problem to_problem(std::exception const& e) const;

    /// The problem for an error code (an unregistered category gives a 500).
    problem to_problem(error_code const& ec) const;
    /// As above, for a standard error code.
    problem to_problem(std::error_code const& ec) const;

    /// `to_problem(std::current_exception())`.
    problem current_exception_problem() const { return to_problem(std::current_exception()); }

    exception_mapping_options const& options() const noexcept { return options_; }
    void set_options(exception_mapping_options o) noexcept { options_ = o; }

private:
    struct type_entry {
        std::type_index type;
        void (*throw_pointer)();             // throws a null E*
        bool (*catches_pointer)(void (*)()); // whether E* catches what it throws
        std::function<std::optional<problem>(std::exception_ptr const&)> from_ptr;
        std::function<std::optional<problem>(std::exception const&)>
            from_ref; // E derives from std::exception
    };

    template <class Cat, class Code>
    struct code_entry {
        Cat const* category;
        std::function<http_status(Code const&)> status_of; // or
        std::function<problem(Code const&)> make;
    };

    using boost_entry = code_entry<boost::system::error_category, error_code>;
    using std_entry = code_entry<std::error_category, std::error_code>;

    void add_type(type_entry e);
    template <class E>
    static type_entry make_entry(std::function<problem(E const&)> f);

    template <class Entry, class Cat, class F>
    static void add_code(std::vector<Entry>& v, Cat const& cat, F f);

    problem from_status(http_status s, std::string_view message) const;
    template <class Entry, class Code>
    std::optional<problem> by_code_in(std::vector<Entry> const& v, Code const& ec) const;
    std::optional<problem> by_code(error_code const& ec) const;
    std::optional<problem> by_code(std::error_code const& ec) const;
    problem unknown(char const* what) const;

    exception_mapping_options options_;
    std::vector<type_entry> types_;
    std::vector<boost_entry> boost_codes_;
    std::vector<std_entry> std_codes_;
};

/// The status the library's default mapping gives a code of `error_category()`.
http_status default_status_of(error e) noexcept;

} // namespace problem_details

#include <problem_details/impl/exception_mapping.hpp>

#endif
