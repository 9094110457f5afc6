// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VALIDATION_PROBLEM_HPP
#define PROBLEM_DETAILS_VALIDATION_PROBLEM_HPP

/// Validation problems: a problem carrying a list of field errors, written
/// in the shape the client expects (the seed's `extraDetails`,
/// `invalidParams`, ASP.NET's `errors` map, RFC 9457's `errors` array with
/// JSON pointers), without allocating when the caller gives the buffer.

#include <problem_details/http_status.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/serialize_options.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace problem_details {

/** One field that failed validation. Borrows its strings. */
struct field_error {
    /// The field's name, e.g. "amount" (for the JSON-pointer shape: a
    /// top-level member name, see `pointer`).
    std::string_view name;
    /// Why it failed, e.g. "Must be a positive integer larger than 100".
    std::string_view reason;
    /** For `field_errors_shape::errors_pointer`: the JSON pointer as a URI
        fragment, written as given (e.g. "#/profile/color"). When empty it
        is made from `name`: "#/" then the name with `~` as `~0`, `/` as
        `~1` (RFC 6901) and every byte a URI fragment cannot hold
        percent-encoded (RFC 3986), so "first name" gives "#/first%20name".
        Ignored by the other shapes. */
    std::string_view pointer = {};

    friend bool operator==(field_error const&, field_error const&) = default;
};

/** How the field errors are written: which member, which shape. */
enum class field_errors_shape : unsigned char {
    /// `"extraDetails":[{"name":..,"reason":..}]`, as Vipps MobilePay's new APIs send.
    extra_details,
    /// `"invalidParams":[{"name":..,"reason":..}]`, as some older APIs send.
    invalid_params,
    /// `"errors":{"field":["reason",...]}`, ASP.NET Core's ValidationProblemDetails:
    /// one member per distinct name, in order of first appearance.
    errors_map,
    /// `"errors":[{"detail":..,"pointer":"#/age"}]`, RFC 9457 §3's example.
    errors_pointer,
};

/// The member a shape writes: "extraDetails", "invalidParams" or "errors".
constexpr std::string_view member_name(field_errors_shape s) noexcept {
    switch (s) {
    case field_errors_shape::extra_details: return "extraDetails";
    case field_errors_shape::invalid_params: return "invalidParams";
    case field_errors_shape::errors_map:
    case field_errors_shape::errors_pointer: break;
    }
    return "errors";
}

/** A validation problem that borrows everything: the problem's members,
    a span of field errors (the caller's array, vector or a
    `validation_problem_builder`'s storage) and the shape to write them in.

    The field-errors member is written after the problem's extensions.
*/
struct validation_problem_view {
    /// The problem's standard members and other extensions. Its extensions
    /// must not include the shape's member name (`error::conflicting_member`).
    problem_view base = {.type = about_blank,
                         .title = reason_phrase(http_status::bad_request),
                         .detail = {},
                         .instance = {},
                         .status = http_status::bad_request,
                         .extensions = {}};
    /// The field errors, in the order to write them.
    std::span<field_error const> errors = {};
    /// How to write them.
    field_errors_shape shape = field_errors_shape::extra_details;
    /// Field errors that were collected but not kept (a full
    /// `validation_problem_builder`). Non-zero makes every writer fail
    /// with `error::capacity_exceeded`: a problem is never sent with field
    /// errors silently missing.
    std::size_t dropped = 0;
};

/** The exact number of bytes `serialize` writes for `p`; 0 when it cannot
    be written (see `serialize`). Linear in the output (the `errors_map`
    shape: quadratic in the number of field errors). No allocation. */
std::size_t serialized_size(validation_problem_view const& p,
                            serialize_options options = {}) noexcept;

/** Writes `p` as compact `application/problem+json` into `out`: the
    standard members and extensions as `serialize(problem_view)` writes
    them, then the field errors in `p.shape`.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value` (in a string or a field error),
    `error::invalid_extension_value`, `error::conflicting_member` (also when
    an extension has the shape's member name), `error::capacity_exceeded`
    (`p.dropped` is not 0: a builder was full).
*/
result<std::size_t> serialize(validation_problem_view const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/// `p` as a compact JSON string. Allocates the string only.
/// @throws boost::system::system_error with the error `serialize` reports.
std::string to_json(validation_problem_view const& p, serialize_options options = {});

/** The field errors as the JSON value `p.shape` writes, e.g.
    `[{"name":"amount","reason":"..."}]`. Allocates. */
boost::json::value field_errors_value(std::span<field_error const> errors,
                                      field_errors_shape shape);

/** `p` as an owning `problem`: the base copied (as `problem(problem_view)`
    does), the field errors added as the extension `member_name(p.shape)`.
    Allocates; throws what `problem(problem_view)` throws. */
problem to_problem(validation_problem_view const& p);

/** Collects field errors into fixed-capacity storage (no allocation) and
    sets the problem's members fluently; `view()` gives the
    `validation_problem_view` to serialize.

    Defaults: status 400, type `about:blank`, title "Bad Request",
    shape `extra_details`. Every string is borrowed: keep what you pass
    alive while the builder or its view is used.

    @tparam N how many field errors fit. A field error past `N` is not
    stored; `dropped()` counts them, and the view of a builder that dropped
    any cannot be written (`error::capacity_exceeded`), so size `N` for the
    largest form you validate.
*/
template <std::size_t N>
class validation_problem_builder {
public:
    constexpr validation_problem_builder() noexcept = default;

    /// Adds a field error. False (and counted in `dropped()`) when full.
    constexpr bool add(std::string_view name, std::string_view reason,
                       std::string_view pointer = {}) noexcept {
        if (size_ == N) {
            ++dropped_;
            return false;
        }
        errors_[size_++] = field_error{name, reason, pointer};
        return true;
    }

    /// As `add`, fluently.
    constexpr validation_problem_builder& field(std::string_view name, std::string_view reason,
                                                std::string_view pointer = {}) noexcept {
        add(name, reason, pointer);
        return *this;
    }

    constexpr validation_problem_builder& type(std::string_view v) noexcept {
        v_.base.type = v;
        return *this;
    }
    constexpr validation_problem_builder& title(std::string_view v) noexcept {
        v_.base.title = v;
        return *this;
    }
    constexpr validation_problem_builder& detail(std::string_view v) noexcept {
        v_.base.detail = v;
        return *this;
    }
    constexpr validation_problem_builder& instance(std::string_view v) noexcept {
        v_.base.instance = v;
        return *this;
    }
    /// Sets the status (the title is left as it is).
    constexpr validation_problem_builder& status(http_status s) noexcept {
        v_.base.status = s;
        return *this;
    }
    constexpr validation_problem_builder& shape(field_errors_shape s) noexcept {
        v_.shape = s;
        return *this;
    }
    /// Other extension members, as raw JSON text (`extension_list` over the caller's span).
    constexpr validation_problem_builder& extensions(extension_list e) noexcept {
        v_.base.extensions = e;
        return *this;
    }

    /// The stored field errors.
    constexpr std::span<field_error const> errors() const noexcept {
        return {errors_.data(), size_};
    }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    static constexpr std::size_t capacity() noexcept { return N; }
    /// How many field errors did not fit.
    constexpr std::size_t dropped() const noexcept { return dropped_; }
    /// Forgets the field errors (the problem's members stay).
    constexpr void clear() noexcept {
        size_ = 0;
        dropped_ = 0;
    }

    /// The problem to serialize. Valid while the builder lives, unmoved.
    constexpr validation_problem_view view() const noexcept {
        validation_problem_view v = v_;
        v.errors = errors();
        v.dropped = dropped_;
        return v;
    }

private:
    std::array<field_error, N> errors_{};
    std::size_t size_ = 0;
    std::size_t dropped_ = 0;
    validation_problem_view v_{};
};

} // namespace problem_details

#include <problem_details/impl/validation_problem.hpp>

#endif
