// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_ERROR_HPP
#define PROBLEM_DETAILS_ERROR_HPP

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/error_condition.hpp>

#include <system_error>
#include <type_traits>

namespace problem_details {

using boost::system::error_code;
using boost::system::error_condition;

/** The library's own error codes.

    Every failing operation of the library reports one of these (or an
    `http_status` / catalog code where it says so). `message()` is a sentence
    a person can act on. Codes are grouped; `condition` names the groups.
*/
enum class error : int {
    // --- malformed JSON (condition::malformed_json) ---
    /// An unexpected character where JSON grammar allows something else.
    syntax = 1,
    /// The document ends before the JSON value is complete.
    incomplete,
    /// Something other than whitespace follows the JSON value.
    trailing_data,
    /// A number does not follow JSON number grammar.
    invalid_number,
    /// A number's exponent does not fit in a 32-bit integer.
    exponent_overflow,
    /// A string holds an unescaped control character (below U+0020).
    control_character,
    /// A backslash escape is not one of JSON's nine.
    invalid_escape,
    /// A \u escape is an unpaired or misordered UTF-16 surrogate.
    invalid_surrogate,
    /// Bytes that are not valid UTF-8 (overlong, surrogate, truncated...).
    invalid_utf8,

    // --- limits (condition::limit_exceeded) ---
    /// Objects and arrays are nested deeper than parse_options::max_depth.
    too_deep,
    /// The document is larger than parse_options::max_document_size.
    document_too_large,
    /// The problem object has more members than parse_options::max_members.
    too_many_members,
    /// A string is longer than parse_options::max_string_length.
    string_too_long,

    // --- not a problem at all (condition::not_a_problem) ---
    /// The JSON is valid but its top-level value is not an object.
    not_an_object,

    // --- deviations from RFC 9457 (condition::rfc_violation) ---
    /// A standard member has the wrong JSON type (strict mode).
    wrong_type,
    /// "status" is a number but not an integer (strict and rfc modes).
    status_not_integer,
    /// "status" is outside 100..599.
    status_out_of_range,
    /// "type" is a relative URI reference; RFC 9457 recommends absolute.
    relative_type_uri,
    /// "type" or "instance" is not a URI reference (spaces, control characters...).
    invalid_uri,
    /// The same member name appears twice in the object (strict mode).
    duplicate_member,

    // --- caller's buffers (condition::buffer_too_small) ---
    /// The scratch buffer given to parse_view cannot hold the decoded strings.
    scratch_too_small,
    /// The output buffer given to serialize cannot hold the document.
    buffer_too_small,

    // --- writing (condition::invalid_problem) ---
    /// A string given to the writer is not valid UTF-8.
    invalid_utf8_in_value,
    /// An extension member's raw value is not a valid JSON text.
    invalid_extension_value,
    /// An extension has the same name as a standard member that is also set.
    conflicting_member,

    // --- typed problems (condition::typed_mismatch) ---
    /// The document's "type" URI is not the one the typed problem expects.
    type_mismatch,
    /// A required typed extension member is absent (or one read by name,
    /// extension_value.hpp).
    missing_member,
    /// A typed extension member (or one read with extension_value.hpp) has
    /// a JSON type its C++ type cannot hold.
    member_wrong_type,
    /// A number does not fit in the C++ type asked for (typed member, extension_value.hpp).
    value_out_of_range,
    /// More array elements than the fixed capacity of the typed member.
    capacity_exceeded,

    // --- text inputs (condition::invalid_input) ---
    /// The text is not a three-digit HTTP status code in 100..599.
    invalid_status_text,
    /// No HTTP status is registered under that name.
    unknown_status_name,
    /// A raw HTTP response could not be read (status line or headers).
    invalid_http_message,
    /// A Retry-After header is neither delta-seconds nor an HTTP-date.
    invalid_retry_after,
};

/// Groups of `error` values, for `ec == condition::...` tests.
enum class condition : int {
    /// The input is not well-formed JSON.
    malformed_json = 1,
    /// A configured limit (depth, size, members, string length) was hit.
    limit_exceeded,
    /// Well-formed JSON that is not a problem object.
    not_a_problem,
    /// A problem object that breaks a rule of RFC 9457.
    rfc_violation,
    /// A caller-provided buffer is too small.
    buffer_too_small,
    /// A problem that cannot be written as given.
    invalid_problem,
    /// A document that does not match the typed problem asked for.
    typed_mismatch,
    /// A text input (status, header, HTTP message) could not be read.
    invalid_input,
};

/// The category of `error` codes; one instance per program, even across
/// shared libraries (compared by a fixed 64-bit id).
boost::system::error_category const& error_category() noexcept;

/// The category of `condition` values.
boost::system::error_category const& condition_category() noexcept;

inline error_code make_error_code(error e) noexcept {
    return error_code(static_cast<int>(e), error_category());
}

inline error_condition make_error_condition(condition c) noexcept {
    return error_condition(static_cast<int>(c), condition_category());
}

} // namespace problem_details

template <>
struct boost::system::is_error_code_enum<problem_details::error> : std::true_type {};
template <>
struct boost::system::is_error_condition_enum<problem_details::condition> : std::true_type {};
template <>
struct std::is_error_code_enum<problem_details::error> : std::true_type {};
template <>
struct std::is_error_condition_enum<problem_details::condition> : std::true_type {};

#include <problem_details/impl/error.hpp>

#endif
