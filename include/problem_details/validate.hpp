// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VALIDATE_HPP
#define PROBLEM_DETAILS_VALIDATE_HPP

/// Validating a problem document against RFC 9457: every violation, each
/// with its byte offset, not just the first (which is what `parse_view`
/// in `parse_mode::strict` reports).

#include <problem_details/error.hpp>
#include <problem_details/parse_options.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace problem_details {

/** One thing wrong with a document. */
struct violation {
    /// What: an `error` (e.g. `error::wrong_type`, `error::relative_type_uri`,
    /// `error::duplicate_member`, or, last, a fatal `error::syntax`...).
    error_code code = {};
    /// Byte offset in the document where it was found (a member's key for
    /// duplicates, its value otherwise).
    std::size_t offset = 0;
    /// The member concerned, its name decoded; empty for a document-level error.
    std::string member = {};

    friend bool operator==(violation const&, violation const&) = default;
};

/** Checks `json` against RFC 9457 and lists every violation, in document order.

    The rules are those of `parse_mode::strict` (see `parse_mode`): a
    standard member of the wrong type, a status that is not an integer in
    100..599, a relative or malformed `type`, a malformed `instance`, a
    duplicate member. `options.mode` is ignored (validation is always
    strict); the limits apply. Reading continues after each violation, as
    `parse_mode::rfc` would; a fatal error (malformed JSON, a limit, a
    top-level value that is not an object) ends the list as its last entry,
    with member "". An empty list means the document is a valid problem.

    @par Complexity
    Linear in `json.size()` (a document with many distinct extension names
    is checked for duplicates with a filter, not quadratically).
    @par Allocation
    The vector and its strings; a scratch buffer for documents with long
    escaped strings or many members.
    @throws std::bad_alloc only.
*/
std::vector<violation> validate(std::string_view json, parse_options options = {});

} // namespace problem_details

#include <problem_details/impl/validate.hpp>

#endif
