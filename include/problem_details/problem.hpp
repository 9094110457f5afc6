// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PROBLEM_HPP
#define PROBLEM_DETAILS_PROBLEM_HPP

/// The owning problem (`problem`: strings and a Boost.JSON object) and its
/// conversions to and from Boost.JSON values (`value_from`, `value_to`).
/// The view types, which need none of Boost.JSON's DOM, are in
/// problem_view.hpp (included).

#include <problem_details/http_status.hpp>
#include <problem_details/problem_view.hpp>
#include <problem_details/result.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace problem_details {

/** A problem that owns its data: value semantics, comparable.

    An empty `title`, `detail` or `instance` means absent: `{"title":""}`
    becomes a `problem` equal to `{}`'s, and is written without `title`.
    (The members are `std::string`s, fixed by the public contract; a view,
    `problem_view`, keeps an empty member the document had and writes it
    back: parse and write the view where the exact document matters.)

    `extensions` is a Boost.JSON object in document order; everything
    Boost.JSON offers (lookup, `value_to`, `serialize`) works on it.
*/
struct problem {
    /// A URI reference identifying the problem type; absent reads as "about:blank".
    std::string type = std::string(about_blank);
    /// A short, human-readable summary of the problem type.
    std::string title;
    /// A human-readable explanation specific to this occurrence.
    std::string detail;
    /// A URI reference identifying this occurrence.
    std::string instance;
    /// The HTTP status code.
    std::optional<http_status> status;
    /// Every other member, in document order.
    boost::json::object extensions;

    problem() = default;

    /** Copies a view into an owning problem.

        Extension values are parsed into `boost::json::value`s (a repeated
        name keeps its last value). Allocates.
        @throws std::bad_alloc; nothing else for a view made by `parse_view`
        with `max_depth` at most `parse_options::max_owning_depth` (the
        default is). A hand-made view whose extension value is not valid JSON
        throws `boost::system::system_error` with
        `error::invalid_extension_value`; an extension value nested deeper
        than `parse_options::max_owning_depth`, with `error::too_deep`.
    */
    explicit problem(problem_view const& view);

    friend bool operator==(problem const&, problem const&) = default;
};

/** Converts a problem to a JSON object for Boost.JSON (`value_from`).

    Standard members come first (`type` always, but about:blank where an
    extension is named `type`; `status` when set; `title`, `detail`,
    `instance` when not empty: empty is absent in a `problem`), then the
    extensions. An extension with a standard member's name is kept only
    where that member is not written.
*/
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, problem const& p);

/** As above, for a view, whose extension values are parsed (throwing as
    `problem(problem_view)` does). A view tells an empty member from an
    absent one: `title`, `detail` and `instance` are written when present
    (not null), empty ones too, as `serialize` writes them, so `parse_view`
    then `value_from` keeps every member the document had. */
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, problem_view const& p);

/** Reads a problem from a Boost.JSON value (`value_to<problem>`), by the
    rules of `parse_mode::rfc`: a standard member of the wrong type is
    ignored and kept among the extensions.

    @throws boost::system::system_error with `error::not_an_object` if
    `jv` is not an object.
*/
problem tag_invoke(boost::json::value_to_tag<problem>, boost::json::value const& jv);

} // namespace problem_details

#include <problem_details/impl/problem.hpp>

#endif
