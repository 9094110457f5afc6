// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PARSE_OPTIONS_HPP
#define PROBLEM_DETAILS_PARSE_OPTIONS_HPP

#include <cstddef>

namespace problem_details {

/** How strictly a problem document is read.

    Every mode rejects malformed JSON exactly as Boost.JSON does (comments,
    trailing commas, invalid UTF-8, lone surrogates, trailing data are errors
    in all modes), and every mode rejects a top-level value that is not an
    object (`error::not_an_object`). The modes differ in what they do with a
    well-formed object that bends RFC 9457:

    | input                                   | rfc (default)          | lenient                 | strict                      |
    |-----------------------------------------|------------------------|-------------------------|-----------------------------|
    | `"status":"400"` (string)               | ignored, kept raw (1)  | read as 400             | `error::wrong_type`         |
    | `"status":400.0` or `4E2`               | ignored, kept raw      | read as 400             | `error::status_not_integer` |
    | `"status":700`, `-0`, `1e400`           | ignored, kept raw      | ignored, kept raw       | `error::status_out_of_range` / `status_not_integer` |
    | `"type":42` (any non-string standard)   | ignored, kept raw      | ignored, kept raw       | `error::wrong_type`         |
    | relative `"type":"/errors/x"`           | accepted               | accepted                | `error::relative_type_uri`  |
    | `type`/`instance` with spaces, controls | accepted               | accepted                | `error::invalid_uri`        |
    | duplicate member names                  | last one wins (2)      | last one wins (2)       | `error::duplicate_member`   |

    (1) "Ignored, kept raw": RFC 9457 section 3.1 says a member of the wrong
    type MUST be ignored as if absent. The standard member stays absent and
    the member is kept, with its raw JSON text, among the extensions, so
    nothing is lost and re-serializing reproduces it.
    (2) For a standard member, the last well-typed occurrence wins and the
    others are dropped. `problem_view` keeps every occurrence of a
    duplicated extension (it is a view of the document) and its `find`
    returns the last; the owning `problem` keeps the last, like Boost.JSON.
*/
enum class parse_mode {
    /// RFC 9457 exactly: wrong-typed standard members are ignored (and kept raw).
    rfc,
    /// Also reads what real APIs send: a status as a string or as 400.0.
    lenient,
    /// A validator: every deviation is an error with its byte offset.
    strict,
};

/** Options for `parse_view`, `parse` and `validate`.

    Limits are checked before the work they guard: a document larger than
    `max_document_size` is rejected before a byte is read, a string longer
    than `max_string_length` once `max_string_length` + 16 of its bytes are
    read (before it is decoded), the member after `max_members` as soon as
    its name is read. The defaults suit error bodies read from the network;
    raise them for unusual documents.
*/
struct parse_options {
    /// How deviations from RFC 9457 are treated.
    parse_mode mode = parse_mode::rfc;

    /// Deepest nesting of objects and arrays; the problem object itself is
    /// depth 1. Same meaning and default as Boost.JSON's `max_depth`.
    /// Values above `max_depth_limit` are treated as `max_depth_limit`.
    std::size_t max_depth = 32;

    /// Largest document accepted, in bytes (1 MiB).
    std::size_t max_document_size = std::size_t(1) << 20;

    /// Most members in the problem object (standard and extension together).
    std::size_t max_members = 1024;

    /// Longest string (key or value, counted in input bytes between the quotes).
    std::size_t max_string_length = std::size_t(1) << 20;

    /// The hard ceiling for `max_depth`: the parser keeps its nesting stack
    /// in a fixed array so that it never allocates.
    static constexpr std::size_t max_depth_limit = 1u << 17;

    /// The ceiling for `max_depth` where extension values become
    /// `boost::json::value`s: `parse` (owning) and `problem(problem_view)`.
    /// Boost.JSON's parser, and copying, comparing, destroying and writing a
    /// `boost::json::value`, recurse once per level, so a deeper value could
    /// overflow the stack; `parse` reports it as `error::too_deep` whatever
    /// `max_depth` says. `parse_view` does not recurse: it goes to
    /// `max_depth_limit`.
    static constexpr std::size_t max_owning_depth = 1024;
};

/** Where and why a parse stopped, for callers who want more than the code.

    Filled by the overloads of `parse_view` and `parse` that take it.
*/
struct parse_diagnostics {
    /// Byte offset into the input where the error was found (0 on success).
    std::size_t offset = 0;
    /// Scratch bytes this document needs in `parse_view`; set on success
    /// and when the error is `error::scratch_too_small`.
    std::size_t required_scratch = 0;
};

} // namespace problem_details

#endif
