// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_VALUE_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_VALUE_WRITER_HPP

// A Boost.JSON value written by json_writer's sinks: the owning problem's
// extensions. Apart from the rest of the writer, so that writing a view
// needs none of Boost.JSON's DOM.

#include <problem_details/detail/json_writer.hpp>
#include <problem_details/serialize_options.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <string_view>

namespace problem_details::detail {

/// Writes a Boost.JSON value compactly. False on invalid UTF-8.
template <class Sink>
bool write_value(Sink& out, boost::json::value const& v, serialize_options const& opt) noexcept {
    switch (v.kind()) {
    case boost::json::kind::null: out.write("null", 4); return true;
    case boost::json::kind::bool_:
        if (v.get_bool())
            out.write("true", 4);
        else
            out.write("false", 5);
        return true;
    case boost::json::kind::int64: {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v.get_int64());
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return true;
    }
    case boost::json::kind::uint64: {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v.get_uint64());
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return true;
    }
    case boost::json::kind::double_: write_double(out, v.get_double()); return true;
    case boost::json::kind::string: {
        auto const& s = v.get_string();
        return write_string(out, std::string_view(s.data(), s.size()), opt);
    }
    case boost::json::kind::array: {
        out.put('[');
        bool first = true;
        for (auto const& e : v.get_array()) {
            if (!first)
                out.put(',');
            first = false;
            if (!write_value(out, e, opt))
                return false;
        }
        out.put(']');
        return true;
    }
    case boost::json::kind::object: {
        out.put('{');
        bool first = true;
        for (auto const& m : v.get_object()) {
            if (!first)
                out.put(',');
            first = false;
            if (!write_string(out, std::string_view(m.key().data(), m.key().size()), opt))
                return false;
            out.put(':');
            if (!write_value(out, m.value(), opt))
                return false;
        }
        out.put('}');
        return true;
    }
    }
    return true;
}

} // namespace problem_details::detail

#endif
