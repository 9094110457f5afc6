// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_VALIDATION_PROBLEM_HPP
#define PROBLEM_DETAILS_IMPL_VALIDATION_PROBLEM_HPP

#include <problem_details/detail/json_pointer.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/owning_problem_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/detail/serialize_driver.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/error.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/system/system_error.hpp>

#include <charconv>

namespace problem_details {
namespace detail {

template <class Sink>
error write_field_errors(Sink& out, std::span<field_error const> errors, field_errors_shape shape,
                         serialize_options const& opt) noexcept {
    switch (shape) {
    case field_errors_shape::extra_details:
    case field_errors_shape::invalid_params: {
        out.put('[');
        char sep = 0;
        for (auto const& e : errors) {
            if (sep)
                out.put(sep);
            sep = ',';
            out.write("{\"name\":", 8);
            if (!write_string(out, e.name, opt))
                return error::invalid_utf8_in_value;
            out.write(",\"reason\":", 10);
            if (!write_string(out, e.reason, opt))
                return error::invalid_utf8_in_value;
            out.put('}');
        }
        out.put(']');
        return {};
    }
    case field_errors_shape::errors_map: {
        out.put('{');
        char sep = 0;
        for (std::size_t i = 0; i < errors.size(); ++i) {
            bool seen = false;
            for (std::size_t j = 0; j < i && !seen; ++j)
                seen = errors[j].name == errors[i].name;
            if (seen)
                continue;
            if (sep)
                out.put(sep);
            sep = ',';
            if (!write_string(out, errors[i].name, opt))
                return error::invalid_utf8_in_value;
            out.write(":[", 2);
            char inner = 0;
            for (std::size_t j = i; j < errors.size(); ++j) {
                if (errors[j].name != errors[i].name)
                    continue;
                if (inner)
                    out.put(inner);
                inner = ',';
                if (!write_string(out, errors[j].reason, opt))
                    return error::invalid_utf8_in_value;
            }
            out.put(']');
        }
        out.put('}');
        return {};
    }
    case field_errors_shape::errors_pointer: {
        out.put('[');
        char sep = 0;
        for (auto const& e : errors) {
            if (sep)
                out.put(sep);
            sep = ',';
            out.write("{\"detail\":", 10);
            if (!write_string(out, e.reason, opt))
                return error::invalid_utf8_in_value;
            out.write(",\"pointer\":", 11);
            if (!e.pointer.empty()) {
                if (!write_string(out, e.pointer, opt))
                    return error::invalid_utf8_in_value;
            } else {
                if (!is_utf8(e.name))
                    return error::invalid_utf8_in_value;
                write_pointer_from_name(out, e.name);
            }
            out.put('}');
        }
        out.put(']');
        return {};
    }
    }
    return {};
}

inline bool has_extension(extension_list const& ext, std::string_view name) noexcept {
    return ext.contains(name);
}

/// The standard members and extensions as write_problem writes them, then
/// the field errors: one writer for both sinks, so the size is exact.
template <class Sink>
error write_validation_problem(Sink& out, validation_problem_view const& vp,
                               serialize_options const& opt) noexcept {
    if (vp.dropped != 0)
        return error::capacity_exceeded;
    std::string_view const errors_name = member_name(vp.shape);
    if (has_extension(vp.base.extensions, errors_name))
        return error::conflicting_member;
    char sep = '{';
    if (error const e = write_problem_members(out, vp.base, opt, sep); e != error{})
        return e;
    out.put(sep);
    out.put('"');
    out.write(errors_name);
    out.write("\":", 2);
    if (error const e = write_field_errors(out, vp.errors, vp.shape, opt); e != error{})
        return e;
    out.put('}');
    return {};
}

/// write_validation_problem as a writer of the serialize driver.
inline auto validation_problem_writer(validation_problem_view const& vp,
                                      serialize_options const& opt) noexcept {
    return [&vp, &opt](auto& out) { return write_validation_problem(out, vp, opt); };
}

} // namespace detail

inline std::size_t serialized_size(validation_problem_view const& p,
                                   serialize_options options) noexcept {
    return detail::driven_size(detail::validation_problem_writer(p, options));
}

inline result<std::size_t> serialize(validation_problem_view const& p, std::span<char> buf,
                                     serialize_options options) noexcept {
    return detail::driven_into(buf, detail::validation_problem_writer(p, options));
}

inline std::string to_json(validation_problem_view const& p, serialize_options options) {
    return detail::driven_string(detail::validation_problem_writer(p, options),
                                 "problem_details::to_json");
}

inline boost::json::value field_errors_value(std::span<field_error const> errors,
                                             field_errors_shape shape) {
    auto str = [](std::string_view s) { return boost::json::string(s); };
    switch (shape) {
    case field_errors_shape::extra_details:
    case field_errors_shape::invalid_params: {
        boost::json::array a;
        a.reserve(errors.size());
        for (auto const& e : errors)
            a.push_back(boost::json::object{{"name", str(e.name)}, {"reason", str(e.reason)}});
        return a;
    }
    case field_errors_shape::errors_map: {
        boost::json::object o;
        for (auto const& e : errors) {
            auto& slot = o[e.name];
            if (!slot.is_array())
                slot = boost::json::array();
            slot.get_array().push_back(str(e.reason));
        }
        return o;
    }
    case field_errors_shape::errors_pointer: {
        boost::json::array a;
        a.reserve(errors.size());
        for (auto const& e : errors) {
            boost::json::string pointer;
            if (!e.pointer.empty()) {
                pointer = e.pointer;
            } else {
                detail::count_sink n;
                detail::write_pointer_from_name(n, e.name);
                std::string buf(n.size(), '\0');
                detail::span_sink out(buf.data(), buf.data() + buf.size());
                detail::write_pointer_from_name(out, e.name);
                pointer = std::string_view(buf).substr(1, buf.size() - 2); // without the quotes
            }
            a.push_back(
                boost::json::object{{"detail", str(e.reason)}, {"pointer", std::move(pointer)}});
        }
        return a;
    }
    }
    return nullptr;
}

inline problem to_problem(validation_problem_view const& p) {
    problem out(p.base);
    out.extensions[member_name(p.shape)] = field_errors_value(p.errors, p.shape);
    return out;
}

} // namespace problem_details

#endif
