// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_XML_HPP
#define PROBLEM_DETAILS_IMPL_XML_HPP

#include <problem_details/detail/json_pointer.hpp>
#include <problem_details/detail/owning_problem_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/detail/xml_writer.hpp>
#include <problem_details/error.hpp>

#include <boost/system/system_error.hpp>

#include <charconv>
#include <type_traits>

namespace problem_details {
namespace detail {

template <class Sink>
error write_xml_extensions(Sink& out, extension_list const& ext) noexcept {
    bool const validated = extension_list_access::validated(ext);
    for (auto const& e : ext) {
        if (!validated && !is_json_text(e.value))
            return error::invalid_extension_value;
        out.put('<');
        if (!write_xml_name(out, e.name))
            return error::invalid_utf8_in_value;
        out.put('>');
        char const* p = e.value.data();
        if (error const err = write_json_as_xml(out, p, e.value.data() + e.value.size(), 0);
            err != error{})
            return err;
        out.write("</", 2);
        write_xml_name(out, e.name);
        out.put('>');
    }
    return {};
}

template <class Sink>
error write_xml_extensions(Sink& out, boost::json::object const& ext) noexcept {
    for (auto const& m : ext) {
        std::string_view const name(m.key().data(), m.key().size());
        out.put('<');
        if (!write_xml_name(out, name))
            return error::invalid_utf8_in_value;
        out.put('>');
        if (error const err = write_value_as_xml(out, m.value(), 0); err != error{})
            return err;
        out.write("</", 2);
        write_xml_name(out, name);
        out.put('>');
    }
    return {};
}

template <class Sink>
bool write_xml_element(Sink& out, std::string_view name, std::string_view text) noexcept {
    out.put('<');
    out.write(name);
    out.put('>');
    if (!write_xml_text(out, text))
        return false;
    out.write("</", 2);
    out.write(name);
    out.put('>');
    return true;
}

template <class Sink>
error write_xml_field_errors(Sink& out, std::span<field_error const> errors,
                             field_errors_shape shape) noexcept {
    auto text = [&](std::string_view name, std::string_view s) {
        return write_xml_element(out, name, s);
    };
    switch (shape) {
    case field_errors_shape::extra_details:
    case field_errors_shape::invalid_params:
        for (auto const& e : errors) {
            out.write("<i>", 3);
            if (!text("name", e.name) || !text("reason", e.reason))
                return error::invalid_utf8_in_value;
            out.write("</i>", 4);
        }
        return {};
    case field_errors_shape::errors_map:
        for (std::size_t i = 0; i < errors.size(); ++i) {
            bool seen = false;
            for (std::size_t j = 0; j < i && !seen; ++j)
                seen = errors[j].name == errors[i].name;
            if (seen)
                continue;
            out.put('<');
            if (!write_xml_name(out, errors[i].name))
                return error::invalid_utf8_in_value;
            out.put('>');
            for (std::size_t j = i; j < errors.size(); ++j) {
                if (errors[j].name != errors[i].name)
                    continue;
                if (!text("i", errors[j].reason))
                    return error::invalid_utf8_in_value;
            }
            out.write("</", 2);
            write_xml_name(out, errors[i].name);
            out.put('>');
        }
        return {};
    case field_errors_shape::errors_pointer:
        for (auto const& e : errors) {
            out.write("<i>", 3);
            if (!text("detail", e.reason))
                return error::invalid_utf8_in_value;
            if (!e.pointer.empty()) {
                if (!text("pointer", e.pointer))
                    return error::invalid_utf8_in_value;
            } else {
                if (!is_utf8(e.name))
                    return error::invalid_utf8_in_value;
                // The same pointer as the JSON writer makes: only URI
                // characters, of which '&' and '\'' need a reference here.
                out.write("<pointer>#/", 11);
                write_pointer_token(out, e.name,
                                    [](Sink& o, unsigned char c) { write_xml_ascii(o, c); });
                out.write("</pointer>", 10);
            }
            out.write("</i>", 4);
        }
        return {};
    }
    return {};
}

inline constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
inline constexpr std::string_view xml_root_open = "<problem xmlns=\"urn:ietf:rfc:7807\">";

/// No members between the standard members and the extensions.
struct no_xml_members {
    template <class Sink>
    error operator()(Sink&) const noexcept {
        return {};
    }
};

/// One writer for every problem kind and both sinks (exact size by construction).
/// `members(out)` writes what comes between the standard members and the
/// extensions (a typed problem's typed members).
template <class Sink, class P, class Members = no_xml_members>
error write_xml_problem(Sink& out, P const& p, xml_options const& opt,
                        validation_problem_view const* vp = nullptr,
                        Members const& members = {}) noexcept {
    if (vp && vp->dropped != 0)
        return error::capacity_exceeded;
    unsigned const ext_std = standard_names_among(p.extensions);
    unsigned const w = written_members(p, ext_std);
    if (ext_std & w)
        return error::conflicting_member;
    if (vp) {
        if constexpr (std::is_same_v<P, problem_view>)
            if (p.extensions.contains(member_name(vp->shape)))
                return error::conflicting_member;
    }
    if (opt.declaration)
        out.write(xml_declaration);
    out.write(xml_root_open);
    if ((w & sm_type) && !write_xml_element(out, "type", std::string_view(p.type)))
        return error::invalid_utf8_in_value;
    if (w & sm_status) {
        char buf[8];
        auto const r = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned>(*p.status));
        write_xml_element(out, "status",
                          std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    if ((w & sm_title) && !write_xml_element(out, "title", std::string_view(p.title)))
        return error::invalid_utf8_in_value;
    if ((w & sm_detail) && !write_xml_element(out, "detail", std::string_view(p.detail)))
        return error::invalid_utf8_in_value;
    if ((w & sm_instance) && !write_xml_element(out, "instance", std::string_view(p.instance)))
        return error::invalid_utf8_in_value;
    if (error const e = members(out); e != error{})
        return e;
    if (error const e = write_xml_extensions(out, p.extensions); e != error{})
        return e;
    if (vp) {
        std::string_view const name = member_name(vp->shape);
        out.put('<');
        out.write(name);
        out.put('>');
        if (error const e = write_xml_field_errors(out, vp->errors, vp->shape); e != error{})
            return e;
        out.write("</", 2);
        out.write(name);
        out.put('>');
    }
    out.write("</problem>", 10);
    return {};
}

/// write_xml_problem as a writer of the serialize driver.
template <class P, class Members = no_xml_members>
auto xml_writer(P const& p, xml_options const& opt, validation_problem_view const* vp = nullptr,
                Members const& members = {}) noexcept {
    return
        [&p, &opt, vp, &members](auto& out) { return write_xml_problem(out, p, opt, vp, members); };
}

template <class P, class Members = no_xml_members>
std::size_t xml_size_of(P const& p, xml_options const& opt,
                        validation_problem_view const* vp = nullptr,
                        Members const& members = {}) noexcept {
    return driven_size(xml_writer(p, opt, vp, members));
}

template <class P, class Members = no_xml_members>
result<std::size_t> xml_into(P const& p, std::span<char> buf, xml_options const& opt,
                             validation_problem_view const* vp = nullptr,
                             Members const& members = {}) noexcept {
    return driven_into(buf, xml_writer(p, opt, vp, members));
}

template <class P, class Members = no_xml_members>
std::string xml_string(P const& p, xml_options const& opt,
                       validation_problem_view const* vp = nullptr, Members const& members = {}) {
    return driven_string(xml_writer(p, opt, vp, members), "problem_details::to_xml");
}

} // namespace detail

inline std::size_t xml_serialized_size(problem_view const& p, xml_options options) noexcept {
    return detail::xml_size_of(p, options);
}
inline std::size_t xml_serialized_size(problem const& p, xml_options options) noexcept {
    return detail::xml_size_of(p, options);
}
inline std::size_t xml_serialized_size(validation_problem_view const& p,
                                       xml_options options) noexcept {
    return detail::xml_size_of(p.base, options, &p);
}
inline result<std::size_t> serialize_xml(problem_view const& p, std::span<char> out,
                                         xml_options options) noexcept {
    return detail::xml_into(p, out, options);
}
inline result<std::size_t> serialize_xml(problem const& p, std::span<char> out,
                                         xml_options options) noexcept {
    return detail::xml_into(p, out, options);
}
inline result<std::size_t> serialize_xml(validation_problem_view const& p, std::span<char> out,
                                         xml_options options) noexcept {
    return detail::xml_into(p.base, out, options, &p);
}
inline std::string to_xml(problem_view const& p, xml_options options) {
    return detail::xml_string(p, options);
}
inline std::string to_xml(problem const& p, xml_options options) {
    return detail::xml_string(p, options);
}
inline std::string to_xml(validation_problem_view const& p, xml_options options) {
    return detail::xml_string(p.base, options, &p);
}

} // namespace problem_details

#endif
