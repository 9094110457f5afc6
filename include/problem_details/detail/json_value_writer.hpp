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

/** Adds to `b` an upper bound of what write_value writes for `v` (see
    output_bound). Stops, false, as soon as the likely size passes `stop`
    (the rest not walked, so `b` is no bound: the caller gives it up).
    The stop is tested before each element of a container: a level adds
    at least 2 bytes, so the recursion is at most stop / 2 levels deep.
    Scalars are summed in the loops, not by a call each. */
inline bool add_value_bound(output_bound& b, boost::json::value const& v,
                            std::size_t stop) noexcept {
    auto element = [&](boost::json::value const& e) {
        if (e.is_string())
            b.add_text(e.get_string().size());
        else if (e.is_structured())
            return add_value_bound(b, e, stop);
        else
            b.add_scalar();
        return true;
    };
    if (auto const* a = v.if_array()) {
        b.add(2 + a->size()); // brackets and commas
        for (auto const& e : *a)
            if (!b.likely_fits(stop) || !element(e))
                return false;
    } else if (auto const* o = v.if_object()) {
        b.add(2 + 2 * o->size()); // braces, colons and commas
        for (auto const& m : *o) {
            b.add_text(m.key().size());
            if (!b.likely_fits(stop) || !element(m.value()))
                return false;
        }
    } else {
        element(v);
    }
    return b.likely_fits(stop);
}

} // namespace problem_details::detail

#endif
