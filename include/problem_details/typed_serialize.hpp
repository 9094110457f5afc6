// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPED_SERIALIZE_HPP
#define PROBLEM_DETAILS_TYPED_SERIALIZE_HPP

/// Writing typed problems: `serialized_size`, `serialize` and `to_json`
/// overloads for `typed_problem_view<T>` and `typed_problem<T>`.

#include <problem_details/detail/typed_writer.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/typed_problem.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/system/system_error.hpp>

#include <cstddef>
#include <span>
#include <string>

namespace problem_details {

/** The exact number of bytes `serialize` writes for `p`; 0 when `p` cannot
    be written (see `serialize`). Linear in the output, no allocation. */
template <problem_type T>
std::size_t serialized_size(typed_problem_view<T> const& p, serialize_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
std::size_t serialized_size(typed_problem<T> const& p, serialize_options options = {}) noexcept;

/** Writes `p` as compact `application/problem+json` into `out`.

    Written in RFC 9457 order, as every writer of this library: `type`
    (`T::type_uri`), `status` when set, `title` (`T::title` when `p.title`
    is absent: a null view, an empty owning string; a view's empty title
    from the document is written as `""`), `detail` and `instance` when
    present (a view's: not null; an owning one's: not empty), the typed members in
    declaration order under their JSON names (see `json_name`; a
    `std::optional` member that is empty is left out), then
    `p.extensions`. The constant part, from
    `{"type"` to the default title, is a char array built at compile time:
    with the default title and status (and no escaping options) it is
    written with one copy.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member` (an extension named like a standard or a
    typed member).
*/
template <problem_type T>
result<std::size_t> serialize(typed_problem_view<T> const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
result<std::size_t> serialize(typed_problem<T> const& p, std::span<char> out,
                              serialize_options options = {}) noexcept;

/** Returns `p` as a compact JSON string (sized exactly first). Allocates
    the string only.
    @throws boost::system::system_error with the error `serialize` reports. */
template <problem_type T>
std::string to_json(typed_problem_view<T> const& p, serialize_options options = {});

/// As above, for an owning typed problem.
template <problem_type T>
std::string to_json(typed_problem<T> const& p, serialize_options options = {});

/** Converts a typed problem to a JSON object for Boost.JSON
    (`boost::json::value_from`): the object `to_json(p)` writes, in `jv`'s
    storage, so a typed problem can sit inside any larger JSON value.
    Allocates (through the JSON text).
    @throws boost::system::system_error with the error `serialize` reports. */
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, typed_problem_view<T> const& p);

/// As above, for an owning typed problem.
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, typed_problem<T> const& p);

namespace detail {

template <class P>
std::size_t typed_size_of(P const& p, serialize_options const& opt) noexcept {
    count_sink out;
    return write_typed_problem(out, p, opt) == error{} ? out.size() : 0;
}

template <class P>
result<std::size_t> typed_serialize_into(P const& p, std::span<char> buf, serialize_options const& opt) noexcept {
    if constexpr (requires { typed_size_bound(p); }) {
        // A buffer certainly large enough is written without a check per write.
        if (typed_size_bound(p).fits(buf.size())) {
            unchecked_sink out(buf.data());
            if (error const e = write_typed_problem(out, p, opt); e != error{})
                return make_error_code(e);
            return out.size();
        }
    }
    span_sink out(buf.data(), buf.data() + buf.size());
    if (error const e = write_typed_problem(out, p, opt); e != error{})
        return make_error_code(e);
    if (out.full())
        return make_error_code(error::buffer_too_small);
    return out.size();
}

template <class P>
std::string typed_to_json(P const& p, serialize_options const& opt) {
    count_sink counter;
    if (error const e = write_typed_problem(counter, p, opt); e != error{})
        throw boost::system::system_error(make_error_code(e), "problem_details::to_json");
    std::string s(counter.size(), '\0');
    span_sink out(s.data(), s.data() + s.size());
    write_typed_problem(out, p, opt);
    return s;
}

template <class P>
void typed_value_from(boost::json::value& jv, P const& p) {
    std::string const text = typed_to_json(p, {});
    boost::json::parse_options po;
    po.max_depth = parse_options::max_owning_depth;
    jv = boost::json::parse(boost::json::string_view(text.data(), text.size()), jv.storage(), po);
}

} // namespace detail

template <problem_type T>
std::size_t serialized_size(typed_problem_view<T> const& p, serialize_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_size_of(p, options);
}
template <problem_type T>
std::size_t serialized_size(typed_problem<T> const& p, serialize_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_size_of(p, options);
}
template <problem_type T>
result<std::size_t> serialize(typed_problem_view<T> const& p, std::span<char> out,
                              serialize_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_serialize_into(p, out, options);
}
template <problem_type T>
result<std::size_t> serialize(typed_problem<T> const& p, std::span<char> out,
                              serialize_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_serialize_into(p, out, options);
}
template <problem_type T>
std::string to_json(typed_problem_view<T> const& p, serialize_options options) {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_to_json(p, options);
}
template <problem_type T>
std::string to_json(typed_problem<T> const& p, serialize_options options) {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_to_json(p, options);
}
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, typed_problem_view<T> const& p) {
    static_assert(problem_type_checks<T>::value);
    detail::typed_value_from(jv, p);
}
template <problem_type T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, typed_problem<T> const& p) {
    static_assert(problem_type_checks<T>::value);
    detail::typed_value_from(jv, p);
}

} // namespace problem_details

#endif
