// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TYPED_SERIALIZE_HPP
#define PROBLEM_DETAILS_TYPED_SERIALIZE_HPP

/// Writing typed problems: `serialized_size`, `serialize` and `to_json`
/// overloads for `typed_problem_view<T>` and `typed_problem<T>`, and their
/// `application/problem+xml` counterparts `xml_serialized_size`,
/// `serialize_xml` and `to_xml` (xml.hpp).

#include <problem_details/detail/typed_writer.hpp>
#include <problem_details/detail/xml_writer.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/xml.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/system/system_error.hpp>

#include <charconv>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

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

/** The exact number of bytes `serialize_xml` writes for `p`; 0 when `p`
    cannot be written (see `serialize_xml`). Linear in the output, no
    allocation. */
template <problem_type T>
std::size_t xml_serialized_size(typed_problem_view<T> const& p, xml_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
std::size_t xml_serialized_size(typed_problem<T> const& p, xml_options options = {}) noexcept;

/** Writes `p` as `application/problem+xml` into `out` (RFC 9457 Appendix B,
    as `serialize_xml` of xml.hpp writes an untyped problem): the members
    `serialize(p)` writes, one element each, the standard ones in the XML
    writer's order: `type` (`T::type_uri`), `status` when set, `title`
    (`T::title` when empty),
    `detail` and `instance` when not empty, the typed members under their
    JSON names (an empty `std::optional` member left out, an empty optional
    element of an array an empty element; arrays as `<i>` elements,
    described structs as nested elements, numbers and booleans as their
    JSON text), then `p.extensions`. Names that are not XML names are
    encoded as xml.hpp says.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member` (as `serialize`), `error::too_deep`
    (values nested deeper than 1024).
*/
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem_view<T> const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;

/// As above, for an owning typed problem.
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem<T> const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;

/** `p` as an XML string (sized exactly first). Allocates the string only.
    @throws boost::system::system_error with the error `serialize_xml` reports. */
template <problem_type T>
std::string to_xml(typed_problem_view<T> const& p, xml_options options = {});

/// As above, for an owning typed problem.
template <problem_type T>
std::string to_xml(typed_problem<T> const& p, xml_options options = {});

namespace detail {

template <class Sink, class V>
error write_typed_xml_value(Sink& out, V const& v, std::size_t depth) noexcept;

/// A described struct's members as XML elements named by their JSON
/// names (an empty optional member is left out, as in JSON).
template <class Sink, class S>
error write_typed_xml_members(Sink& out, S const& s, std::size_t depth) noexcept {
    error err{};
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using D = decltype(d);
        auto const& m = s.*d.pointer;
        using M = std::remove_cvref_t<decltype(m)>;
        if (err != error{})
            return;
        if constexpr (is_optional<M>::value) {
            if (!m)
                return;
        }
        constexpr std::string_view name = json_name_v<S, D>;
        out.put('<');
        if (!write_xml_name(out, name)) {
            err = error::invalid_utf8_in_value;
            return;
        }
        out.put('>');
        err = write_typed_xml_value(out, m, depth);
        out.write("</", 2);
        write_xml_name(out, name);
        out.put('>');
    });
    return err;
}

/// A typed member's value as XML element content: the XML of the JSON
/// value `write_typed_value` writes (RFC 9457 Appendix B).
template <class Sink, class V>
error write_typed_xml_value(Sink& out, V const& v, std::size_t depth) noexcept {
    if constexpr (std::is_same_v<V, std::string_view> || std::is_same_v<V, std::string>) {
        return write_xml_text(out, std::string_view(v)) ? error{} : error::invalid_utf8_in_value;
    } else if constexpr (std::is_same_v<V, bool>) {
        if (v)
            out.write("true", 4);
        else
            out.write("false", 5);
        return {};
    } else if constexpr (is_integer_member_v<V>) {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v);
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return {};
    } else if constexpr (std::is_floating_point_v<V>) {
        write_double(out, static_cast<double>(v));
        return {};
    } else if constexpr (is_optional<V>::value) {
        if (!v)
            return {}; // null: an empty element
        return write_typed_xml_value(out, *v, depth);
    } else if constexpr (is_fixed_vector<V>::value || is_std_vector<V>::value) {
        if (depth >= xml_max_depth)
            return error::too_deep;
        for (auto const& e : v) {
            out.write("<i>", 3);
            if (error const err = write_typed_xml_value(out, e, depth + 1); err != error{})
                return err;
            out.write("</i>", 4);
        }
        return {};
    } else {
        static_assert(is_described_struct_v<V>);
        if (depth >= xml_max_depth)
            return error::too_deep;
        return write_typed_xml_members(out, v, depth + 1);
    }
}

/// A typed problem's standard members as the untyped XML writer reads
/// them (`type`, `status`, `title`, `detail`, `instance`, `extensions`):
/// the title as `write_typed_problem` chooses it (`T::title` when empty,
/// unless an unknown member named "title" stands in for it).
template <class Ext>
struct typed_xml_base {
    std::string_view type;
    std::optional<http_status> status;
    std::string_view title;
    std::string_view detail;
    std::string_view instance;
    Ext const& extensions;
};

/// Writes the typed members between the standard members and the
/// extensions; an unknown member named like a typed member is a conflict.
template <class P>
struct typed_xml_members {
    P const& p;
    bool conflict;
    template <class Sink>
    error operator()(Sink& out) const noexcept {
        if (conflict)
            return error::conflicting_member;
        return write_typed_xml_members(out, p.ext, 0);
    }
};

/// A standard member as the writers see it: absent is a null view (for an
/// owning string, empty), present-but-empty a non-null empty view.
template <class S>
std::string_view typed_member_view(S const& s) noexcept {
    return member_present(s) ? std::string_view(s) : std::string_view{};
}

template <class P>
auto typed_xml_base_of(P const& p, unsigned raw_std) noexcept {
    using Ext = std::remove_cvref_t<decltype(p.extensions)>;
    // The title as write_typed_problem chooses it: given, kept empty from
    // the document, left to an unknown "title", or else the type's.
    std::string_view title = typed_member_view(p.title);
    if (title.data() == nullptr && !(raw_std & sm_title))
        title = p.effective_title();
    return typed_xml_base<Ext>{P::type(), p.status, title, typed_member_view(p.detail),
                               typed_member_view(p.instance), p.extensions};
}

template <class P>
unsigned typed_unknown_names(P const& p) noexcept {
    return p.extensions.empty() ? 0u : unknown_names<typename P::problem_type>(p.extensions);
}

template <class P>
std::size_t typed_xml_size_of(P const& p, xml_options const& opt) noexcept {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_size_of(typed_xml_base_of(p, raw_std), opt, nullptr, typed_xml_members<P>{p, raw_std == ~0u});
}

template <class P>
result<std::size_t> typed_xml_into(P const& p, std::span<char> buf, xml_options const& opt) noexcept {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_into(typed_xml_base_of(p, raw_std), buf, opt, nullptr, typed_xml_members<P>{p, raw_std == ~0u});
}

template <class P>
std::string typed_xml_string(P const& p, xml_options const& opt) {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_string(typed_xml_base_of(p, raw_std), opt, nullptr, typed_xml_members<P>{p, raw_std == ~0u});
}

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
        throw_system_error(make_error_code(e), "problem_details::to_json");
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
std::size_t xml_serialized_size(typed_problem_view<T> const& p, xml_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_size_of(p, options);
}
template <problem_type T>
std::size_t xml_serialized_size(typed_problem<T> const& p, xml_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_size_of(p, options);
}
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem_view<T> const& p, std::span<char> out,
                                  xml_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_into(p, out, options);
}
template <problem_type T>
result<std::size_t> serialize_xml(typed_problem<T> const& p, std::span<char> out,
                                  xml_options options) noexcept {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_into(p, out, options);
}
template <problem_type T>
std::string to_xml(typed_problem_view<T> const& p, xml_options options) {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_string(p, options);
}
template <problem_type T>
std::string to_xml(typed_problem<T> const& p, xml_options options) {
    static_assert(problem_type_checks<T>::value);
    return detail::typed_xml_string(p, options);
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
