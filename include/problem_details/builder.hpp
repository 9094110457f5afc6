// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BUILDER_HPP
#define PROBLEM_DETAILS_BUILDER_HPP

/// Building problems on the server side: from a status alone (an
/// `about:blank` problem titled by the reason phrase), from a compile-time
/// problem type, with `instance`, `detail` and extensions set fluently, and
/// fresh `urn:uuid:` instance URIs.

#include <problem_details/http_status.hpp>
#include <problem_details/problem.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace problem_details {

/** What a problem type needs for `make_problem<T>()`: `T::type_uri`,
    `T::default_status` and `T::title` as static constants.

    The same three members `problem_type<T>` (problem_type.hpp) requires,
    checked here on their own so that this header needs nothing else:
    every `problem_type` satisfies it.
*/
template <class T>
concept problem_type_constants = requires {
    { T::type_uri } -> std::convertible_to<std::string_view>;
    { T::default_status } -> std::convertible_to<http_status>;
    { T::title } -> std::convertible_to<std::string_view>;
};

/// The length of an `urn:uuid:` URI: 9 + 36 characters.
inline constexpr std::size_t urn_uuid_size = 45;

/** Writes a fresh random (version 4) UUID as an `urn:uuid:` URI (RFC 9562),
    e.g. `urn:uuid:123e4567-e89b-42d3-a456-426655440000`, lowercase.

    Uses Boost.UUID's `random_generator` (the operating system's random
    source), one per thread. No allocation.
    @throws boost::uuids::entropy_error if the system has no entropy source.
*/
inline std::array<char, urn_uuid_size> new_urn_uuid_chars() {
    thread_local boost::uuids::random_generator generator;
    boost::uuids::uuid const u = generator();
    std::array<char, urn_uuid_size> out{};
    constexpr std::string_view prefix = "urn:uuid:";
    constexpr char hex[] = "0123456789abcdef";
    std::size_t n = 0;
    for (char c : prefix)
        out[n++] = c;
    std::size_t i = 0;
    for (auto const byte : u) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[n++] = '-';
        out[n++] = hex[(byte >> 4) & 0xF];
        out[n++] = hex[byte & 0xF];
        ++i;
    }
    return out;
}

/// As `new_urn_uuid_chars()`, as a string (allocates it).
inline std::string new_urn_uuid() {
    auto const chars = new_urn_uuid_chars();
    return std::string(chars.data(), chars.size());
}

/** Builds an owning `problem` fluently.

    Each setter returns the builder, so calls chain; on a temporary they
    move it along, so `problem p = make_problem(http_status::not_found)
    .detail("No order 42").instance("/orders/42");` copies no string twice.
    A builder converts to `problem` implicitly, or call `build()`.

    `auto p = make_problem(...)` is a builder, not a `problem`: its members
    are read by calling them without an argument (`p.status()`,
    `p.title()`), as they are set with one; `p.status` alone names the
    setter. Write `problem p = make_problem(...)` for the struct with data
    members. `to_json(p)` and `serialize(p.get(), out)` work on either.

    Setters take their argument as given: no validation happens here.
    `serialize` / `to_json` report what cannot be written (invalid UTF-8,
    an extension named like a standard member that is also set).
*/
class problem_builder {
public:
    /// An `about:blank` problem with no status.
    problem_builder() = default;

    /// Starts from an existing problem.
    explicit problem_builder(problem p) noexcept : p_(std::move(p)) {}

    /// `type`, a URI reference (RFC 9457 recommends an absolute URI).
    problem_builder& type(std::string_view v) & {
        p_.type.assign(v);
        return *this;
    }
    problem_builder&& type(std::string_view v) && { return std::move(type(v)); }

    /// `title`, a short summary of the problem type.
    problem_builder& title(std::string_view v) & {
        p_.title.assign(v);
        return *this;
    }
    problem_builder&& title(std::string_view v) && { return std::move(title(v)); }

    /// `status`. Does not change the title (see `make_problem(http_status)`).
    problem_builder& status(http_status s) & noexcept {
        p_.status = s;
        return *this;
    }
    problem_builder&& status(http_status s) && noexcept { return std::move(status(s)); }

    /// `detail`, specific to this occurrence.
    problem_builder& detail(std::string_view v) & {
        p_.detail.assign(v);
        return *this;
    }
    problem_builder&& detail(std::string_view v) && { return std::move(detail(v)); }

    /// `instance`, a URI reference identifying this occurrence.
    problem_builder& instance(std::string_view v) & {
        p_.instance.assign(v);
        return *this;
    }
    problem_builder&& instance(std::string_view v) && { return std::move(instance(v)); }

    /// `instance` set to a fresh `urn:uuid:` URI (`new_urn_uuid()`).
    problem_builder& random_instance() & {
        p_.instance = new_urn_uuid();
        return *this;
    }
    problem_builder&& random_instance() && { return std::move(random_instance()); }

    /** Sets (or replaces) the extension member `name` to `value`, anything
        `boost::json::value_from` accepts: numbers, strings, arrays, maps,
        described structs. A new name goes last (document order). */
    template <class T>
    problem_builder& extension(std::string_view name, T&& value) & {
        p_.extensions[name] = boost::json::value_from(std::forward<T>(value));
        return *this;
    }
    template <class T>
    problem_builder&& extension(std::string_view name, T&& value) && {
        return std::move(extension(name, std::forward<T>(value)));
    }

    /// Reading what is set so far, named as the setters are.
    std::string_view type() const noexcept { return p_.type; }
    std::string_view title() const noexcept { return p_.title; }
    std::optional<http_status> status() const noexcept { return p_.status; }
    std::string_view detail() const noexcept { return p_.detail; }
    std::string_view instance() const noexcept { return p_.instance; }
    boost::json::object const& extensions() const noexcept { return p_.extensions; }

    /// The problem so far.
    problem const& get() const& noexcept { return p_; }

    /// The problem (copied from an lvalue builder, moved from a temporary).
    problem build() const& { return p_; }
    problem build() && noexcept { return std::move(p_); }

    operator problem() const& { return p_; }
    operator problem() && noexcept { return std::move(p_); }

private:
    problem p_;
};

/** An `about:blank` problem for `s`: `type` "about:blank", `title` the
    reason phrase ("Not Found"), `status` `s` (RFC 9457 §4.2.1: such a
    problem has no more semantics than the status). An unregistered status
    gets the title "Unknown". Allocates the title.
*/
inline problem_builder make_problem(http_status s) {
    problem p;
    p.status = s;
    p.title.assign(reason_phrase(s));
    return problem_builder(std::move(p));
}

/** A problem of the compile-time problem type `T`: `type` is
    `T::type_uri`, `title` `T::title`, `status` `T::default_status`.
    Works with every `problem_type` of problem_type.hpp. Allocates the strings.
*/
template <class T>
requires problem_type_constants<T> problem_builder make_problem() {
    problem p;
    p.type.assign(std::string_view(T::type_uri));
    p.title.assign(std::string_view(T::title));
    p.status = http_status(T::default_status);
    return problem_builder(std::move(p));
}

/// As above, with another status than the type's default (the title stays `T::title`).
template <class T>
requires problem_type_constants<T> problem_builder make_problem(http_status s) {
    return make_problem<T>().status(s);
}

} // namespace problem_details

#endif
