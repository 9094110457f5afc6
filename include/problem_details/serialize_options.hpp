// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_SERIALIZE_OPTIONS_HPP
#define PROBLEM_DETAILS_SERIALIZE_OPTIONS_HPP

namespace problem_details {

/** Options for `serialize`, `serialized_size` and `to_json`.

    The output is always compact JSON, valid UTF-8, with `"`, `\` and the
    control characters escaped. These options escape more.
*/
struct serialize_options {
    /// Writes every non-ASCII character as `\uXXXX` (surrogate pairs above
    /// U+FFFF), for transports that are not 8-bit clean.
    bool escape_non_ascii = false;

    /// Escapes `<`, `>`, `&` (and so `</script>`), U+2028 and U+2029, so the
    /// output can be embedded in an HTML `<script>` element or JavaScript.
    bool html_safe = false;
};

} // namespace problem_details

#endif
