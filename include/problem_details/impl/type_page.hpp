// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_TYPE_PAGE_HPP
#define PROBLEM_DETAILS_IMPL_TYPE_PAGE_HPP

#include <problem_details/http_status.hpp>

#include <cstdint>

namespace problem_details {

namespace detail::schema {

/// `s` with &, <, >, " and ' as character references.
constexpr void html_escaped(text_sink& out, std::string_view s) noexcept {
    for (char c : s) {
        switch (c) {
        case '&': out.write("&amp;"); break;
        case '<': out.write("&lt;"); break;
        case '>': out.write("&gt;"); break;
        case '"': out.write("&quot;"); break;
        case '\'': out.write("&#39;"); break;
        default: out.put(c); break;
        }
    }
}

/// The JSON type of a member as the page says it: "string", "array of
/// object", "integer or null"...
template <class M>
constexpr void write_type_words(text_sink& out) noexcept {
    if constexpr (is_optional<M>::value) {
        write_type_words<typename M::value_type>(out);
        out.write(" or null");
    } else if constexpr (is_fixed_vector<M>::value || is_std_vector<M>::value) {
        out.write("array of ");
        write_type_words<typename array_element<M>::type>(out);
        if constexpr (is_fixed_vector<M>::value) {
            out.write(" (at most ");
            out.unsigned_number(M::max_elements);
            out.put(')');
        }
    } else if constexpr (is_integer_member_v<M>) {
        out.write("integer (");
        if constexpr (std::is_signed_v<M>)
            out.signed_number(static_cast<long long>(std::numeric_limits<M>::min()));
        else
            out.put('0');
        out.write(" to ");
        out.unsigned_number(static_cast<unsigned long long>(std::numeric_limits<M>::max()));
        out.put(')');
    } else {
        out.write(json_type_name<M>());
    }
}

/// The struct a member holds, if any (through optionals and arrays).
template <class M>
struct held_struct {
    using type = void;
    static constexpr bool in_array = false;
};
template <class M>
requires is_optional<M>::value struct held_struct<M> : held_struct<typename M::value_type> {
};
template <class M>
requires(is_fixed_vector<M>::value || is_std_vector<M>::value) struct held_struct<M> {
    using type = typename held_struct<typename array_element<M>::type>::type;
    static constexpr bool in_array = true;
};
template <class M>
requires is_described_struct_v<M>
struct held_struct<M> {
    using type = M;
    static constexpr bool in_array = false;
};

/// One table row per member of S, then the rows of the structs they hold;
/// `prefix` is the path so far ("outer." or "outer[].").
template <class S, std::size_t Depth = 0>
constexpr void write_member_rows(text_sink& out, std::string_view const* prefix,
                                 std::size_t prefix_count) noexcept {
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using M = std::remove_cvref_t<decltype(std::declval<S&>().*d.pointer)>;
        std::string_view const name = json_name_of<S>(d.name);
        out.write("<tr><td><code>");
        for (std::size_t i = 0; i < prefix_count; ++i)
            html_escaped(out, prefix[i]);
        html_escaped(out, name);
        out.write("</code></td><td>");
        write_type_words<M>(out);
        out.write("</td><td>");
        out.write(is_optional<M>::value ? "optional" : "required");
        out.write("</td></tr>\n");
        using H = held_struct<M>;
        if constexpr (!std::is_void_v<typename H::type> && Depth < max_struct_depth) {
            // Two path parts a level ("name", "." or "[]."): check_describable
            // bounds the levels.
            std::string_view path[2 * max_struct_depth + 2]{};
            for (std::size_t i = 0; i < prefix_count; ++i)
                path[i] = prefix[i];
            std::size_t n = prefix_count;
            path[n++] = name;
            path[n++] = H::in_array ? std::string_view("[].") : std::string_view(".");
            write_member_rows<typename H::type, Depth + 1>(out, path, n);
        }
    });
}

template <class T>
constexpr void write_page(text_sink& out) noexcept {
    constexpr auto status = T::default_status;
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    html_escaped(out, T::title);
    out.write("</title>\n");
    // The schema beside the page, where the URI has a path to serve it at.
    constexpr bool linked =
        uri_path(T::type_uri).starts_with('/') && !last_segment(T::type_uri).empty();
    if (linked) {
        out.write("<link rel=\"describedby\" type=\"application/schema+json\" href=\"");
        html_escaped(out, last_segment(T::type_uri));
        out.write(".schema.json\">\n");
    }
    out.write("</head>\n<body>\n<h1>");
    html_escaped(out, T::title);
    out.write("</h1>\n<p>A problem type (RFC 9457): problem documents with <code>\"type\": \"");
    html_escaped(out, T::type_uri);
    out.write("\"</code>, sent as <code>application/problem+json</code>.</p>\n<dl>\n<dt>Type "
              "URI</dt><dd><code>");
    html_escaped(out, T::type_uri);
    out.write("</code></dd>\n<dt>Status</dt><dd>");
    out.unsigned_number(static_cast<std::uint16_t>(status));
    out.put(' ');
    html_escaped(out, reason_phrase(status));
    out.write(status_is_fixed<T>() ? " (always)" : " (unless the document says otherwise)");
    out.write("</dd>\n<dt>Title</dt><dd>");
    html_escaped(out, T::title);
    out.write("</dd>\n</dl>\n");
    if constexpr (!description_of<T>().empty()) {
        out.write("<p>");
        html_escaped(out, description_of<T>());
        out.write("</p>\n");
    }
    out.write("<h2>Extension members</h2>\n");
    if constexpr (boost::mp11::mp_size<described_members<T>>::value == 0) {
        out.write("<p>None: the standard members only. Other members may be present and are to be "
                  "ignored.</p>\n");
    } else {
        out.write("<table>\n<thead><tr><th>Member</th><th>JSON "
                  "type</th><th>Presence</th></tr></thead>\n<tbody>\n");
        write_member_rows<T>(out, nullptr, 0);
        out.write(
            "</tbody>\n</table>\n<p>Other members may be present and are to be ignored (RFC 9457 "
            "&sect;3.2).</p>\n");
    }
    if (linked) {
        out.write("<p>JSON Schema: <a href=\"");
        html_escaped(out, last_segment(T::type_uri));
        out.write(".schema.json\">");
        html_escaped(out, last_segment(T::type_uri));
        out.write(".schema.json</a></p>\n");
    }
    out.write("</body>\n</html>\n");
}

template <class T>
constexpr std::size_t page_size() noexcept {
    return text_size([](text_sink& out) { write_page<T>(out); });
}

template <class T>
constexpr auto page_array() noexcept {
    return text_array<type_page_size<T>()>([](text_sink& out) { write_page<T>(out); });
}

} // namespace detail::schema

template <problem_type T>
constexpr std::size_t type_page_size() noexcept {
    if constexpr (!detail::schema::check_describable<T>()) {
        return 1;
    } else {
        static_assert(problem_type_checks<T>::value);
        return detail::schema::page_size<T>();
    }
}

} // namespace problem_details

#endif
