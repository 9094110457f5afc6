// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_TYPED_SERIALIZE_HPP
#define PROBLEM_DETAILS_IMPL_TYPED_SERIALIZE_HPP

#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>
#include <problem_details/detail/typed_writer.hpp>
#include <problem_details/detail/xml_writer.hpp>
#include <problem_details/error.hpp>

#include <boost/json/parse.hpp>
#include <boost/system/system_error.hpp>

#include <charconv>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace problem_details {

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
    return typed_xml_base<Ext>{
        P::type(),   p.status, title, typed_member_view(p.detail), typed_member_view(p.instance),
        p.extensions};
}

template <class P>
unsigned typed_unknown_names(P const& p) noexcept {
    return p.extensions.empty() ? 0u : unknown_names<typename P::problem_type>(p.extensions);
}

template <class P>
std::size_t typed_xml_size_of(P const& p, xml_options const& opt) noexcept {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_size_of(typed_xml_base_of(p, raw_std), opt, nullptr,
                       typed_xml_members<P>{p, raw_std == ~0u});
}

template <class P>
result<std::size_t> typed_xml_into(P const& p, std::span<char> buf,
                                   xml_options const& opt) noexcept {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_into(typed_xml_base_of(p, raw_std), buf, opt, nullptr,
                    typed_xml_members<P>{p, raw_std == ~0u});
}

template <class P>
std::string typed_xml_string(P const& p, xml_options const& opt) {
    unsigned const raw_std = typed_unknown_names(p);
    return xml_string(typed_xml_base_of(p, raw_std), opt, nullptr,
                      typed_xml_members<P>{p, raw_std == ~0u});
}

/// write_typed_problem as a writer of the serialize driver.
template <class P>
auto typed_problem_writer(P const& p, serialize_options const& opt) noexcept {
    return [&p, &opt](auto& out) { return write_typed_problem(out, p, opt); };
}

template <class P>
std::size_t typed_size_of(P const& p, serialize_options const& opt) noexcept {
    return driven_size(typed_problem_writer(p, opt));
}

template <class P>
result<std::size_t> typed_serialize_into(P const& p, std::span<char> buf,
                                         serialize_options const& opt) noexcept {
    if constexpr (requires { typed_size_bound(p); }) {
        // With no option set and a buffer certainly large enough (the usual
        // case), written with no sink at all.
        output_bound const bound = typed_size_bound(p);
        if (!opt.escape_non_ascii && !opt.html_safe && bound.fits(buf.size())) {
            error e{};
            char* const end = write_typed_plain(buf.data(), p, e);
            if (!end)
                return make_error_code(e);
            return static_cast<std::size_t>(end - buf.data());
        }
        return driven_into(buf, typed_problem_writer(p, opt), bound);
    } else
        return driven_into(buf, typed_problem_writer(p, opt));
}

template <class P>
std::string typed_to_json(P const& p, serialize_options const& opt) {
    if constexpr (requires { typed_size_bound(p); })
        return stack_or_driven_string(
            typed_size_bound(p), opt,
            [&](char* out, error& e) { return write_typed_plain(out, p, e); },
            typed_problem_writer(p, opt), "problem_details::to_json");
    else
        return driven_string(typed_problem_writer(p, opt), "problem_details::to_json");
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
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv,
                typed_problem_view<T> const& p) {
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
