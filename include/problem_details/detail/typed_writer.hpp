// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_TYPED_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_TYPED_WRITER_HPP

// Writing typed problems: the constant part of a problem type's document
// (`{"type":"...","status":NNN,"title":"..."`) and each member's key
// (`,"name":`) are char arrays built at compile time, so writing them is
// one copy; values go through the sinks of json_writer.hpp.

#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/owning_problem_writer.hpp>
#include <problem_details/detail/problem_writer.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/typed_problem.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <string_view>

namespace problem_details::detail {

/// Length of `s` as JSON string content (escapes for " \ and controls).
constexpr std::size_t escaped_size(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) {
        auto const u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f')
            n += 2;
        else if (u < 0x20)
            n += 6;
        else
            ++n;
    }
    return n;
}

constexpr char* escape_into(std::string_view s, char* o) noexcept {
    constexpr char hex[] = "0123456789abcdef";
    for (char c : s) {
        auto const u = static_cast<unsigned char>(c);
        char const e = short_escape(u);
        if (e) {
            *o++ = '\\';
            *o++ = e;
        } else if (u < 0x20) {
            *o++ = '\\';
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[u >> 4];
            *o++ = hex[u & 15];
        } else {
            *o++ = c;
        }
    }
    return o;
}

constexpr char* copy_into(std::string_view s, char* o) noexcept {
    for (char c : s)
        *o++ = c;
    return o;
}

/// The constant start of a problem of type T, in RFC 9457 order:
/// `{"type":"<uri>","status":<default>,"title":"<title>"`, with the
/// lengths of its two shorter prefixes (up to the type, up to the status).
template <class T>
struct typed_prefix {
    static constexpr std::size_t type_end = 9 + escaped_size(T::type_uri) + 1;
    static constexpr std::size_t status_end = type_end + 10 + 3;
    static constexpr std::size_t size = status_end + 10 + escaped_size(T::title) + 1;
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        char* o = a.data();
        o = copy_into("{\"type\":\"", o);
        o = escape_into(T::type_uri, o);
        o = copy_into("\",\"status\":", o);
        auto const code = static_cast<unsigned>(T::default_status);
        *o++ = static_cast<char>('0' + code / 100);
        *o++ = static_cast<char>('0' + code / 10 % 10);
        *o++ = static_cast<char>('0' + code % 10);
        o = copy_into(",\"title\":\"", o);
        o = escape_into(T::title, o);
        *o++ = '"';
        return a;
    }();
};

/// `,"<json name>":` for the described member D of S (see json_name).
template <class S, class D>
struct member_key {
    static constexpr std::string_view name = json_name_v<S, D>;
    static constexpr std::size_t size = escaped_size(name) + 4;
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        char* o = a.data();
        *o++ = ',';
        *o++ = '"';
        o = escape_into(name, o);
        *o++ = '"';
        *o++ = ':';
        return a;
    }();
};

template <class Sink, class V>
bool write_typed_value(Sink& out, V const& v, serialize_options const& opt) noexcept;

template <class Sink, class S>
bool write_typed_members(Sink& out, S const& s, serialize_options const& opt) noexcept {
    bool ok = true;
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using D = decltype(d);
        auto const& m = s.*d.pointer;
        using M = std::remove_cvref_t<decltype(m)>;
        if (!ok)
            return;
        if constexpr (is_optional<M>::value) {
            if (!m)
                return; // an absent optional is not written
        }
        out.write(member_key<S, D>::text.data(), member_key<S, D>::text.size());
        ok = write_typed_value(out, m, opt);
    });
    return ok;
}

template <class Sink, class V>
bool write_typed_value(Sink& out, V const& v, serialize_options const& opt) noexcept {
    if constexpr (std::is_same_v<V, std::string_view> || std::is_same_v<V, std::string>) {
        if (v.empty()) { // (write_string wants a non-null pointer)
            out.write("\"\"", 2);
            return true;
        }
        return write_string(out, std::string_view(v), opt);
    } else if constexpr (std::is_same_v<V, bool>) {
        if (v)
            out.write("true", 4);
        else
            out.write("false", 5);
        return true;
    } else if constexpr (is_integer_member_v<V>) {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v);
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return true;
    } else if constexpr (std::is_floating_point_v<V>) {
        write_double(out, static_cast<double>(v));
        return true;
    } else if constexpr (is_optional<V>::value) {
        if (!v) {
            out.write("null", 4);
            return true;
        }
        return write_typed_value(out, *v, opt);
    } else if constexpr (is_fixed_vector<V>::value || is_std_vector<V>::value) {
        out.put('[');
        bool first = true;
        for (auto const& e : v) {
            if (!first)
                out.put(',');
            first = false;
            if (!write_typed_value(out, e, opt))
                return false;
        }
        out.put(']');
        return true;
    } else {
        static_assert(is_described_struct_v<V>);
        // The member keys carry a leading comma: the first is written without it.
        out.put('{');
        bool ok = true;
        bool first = true;
        boost::mp11::mp_for_each<described_members<V>>([&](auto d) {
            using D = decltype(d);
            auto const& m = v.*d.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            if (!ok)
                return;
            if constexpr (is_optional<M>::value) {
                if (!m)
                    return;
            }
            if (first)
                out.write(member_key<V, D>::text.data() + 1, member_key<V, D>::text.size() - 1);
            else
                out.write(member_key<V, D>::text.data(), member_key<V, D>::text.size());
            first = false;
            ok = write_typed_value(out, m, opt);
        });
        out.put('}');
        return ok;
    }
}

/// Adds an upper bound of what write_typed_value writes for `v`.
template <class V>
void add_typed_bound(output_bound& b, V const& v) noexcept {
    if constexpr (std::is_same_v<V, std::string_view> || std::is_same_v<V, std::string>) {
        b.add_text(v.size());
    } else if constexpr (std::is_same_v<V, bool> || is_integer_member_v<V> ||
                         std::is_floating_point_v<V>) {
        b.add_scalar();
    } else if constexpr (is_optional<V>::value) {
        if (v)
            add_typed_bound(b, *v);
        else
            b.add(4);
    } else if constexpr (is_fixed_vector<V>::value || is_std_vector<V>::value) {
        b.add(2 + v.size()); // brackets and commas
        for (auto const& e : v)
            add_typed_bound(b, e);
    } else {
        static_assert(is_described_struct_v<V>);
        b.add(2);
        boost::mp11::mp_for_each<described_members<V>>([&](auto d) {
            b.add(member_key<V, decltype(d)>::text.size());
            add_typed_bound(b, v.*d.pointer);
        });
    }
}

/// An upper bound of what write_typed_problem writes for a view.
template <class T>
output_bound typed_size_bound(typed_problem_view<T> const& p) noexcept {
    output_bound b(typed_prefix<T>::size + 64); // the prefix, then every standard key, braces
    b.add_text(T::type_uri.size());             // (written afresh when options ask for escapes)
    b.add_text(T::title.size());
    b.add_text(p.title.size());
    b.add_text(p.detail.size());
    b.add_text(p.instance.size());
    add_typed_bound(b, p.ext);
    for (auto const& e : p.extensions) {
        b.add_text(e.name.size());
        b.add_text(e.value.size());
    }
    return b;
}

template <class T>
bool is_typed_member_name(std::string_view name) noexcept {
    bool found = false;
    boost::mp11::mp_for_each<described_members<T>>(
        [&](auto d) { found = found || name == json_name_of<T>(d.name); });
    return found;
}

inline std::string_view key_of(extension const& e) noexcept {
    return e.name;
}
inline std::string_view key_of(boost::json::key_value_pair const& m) noexcept {
    return std::string_view(m.key().data(), m.key().size());
}

/// The standard names among the unknown members (sm_* bits), or ~0u when
/// one is named like a typed member.
template <class T, class List>
unsigned unknown_names(List const& ext) noexcept {
    unsigned mask = 0;
    for (auto const& e : ext) {
        std::string_view const k = key_of(e);
        if (is_typed_member_name<T>(k))
            return ~0u;
        mask |= match_standard(k);
    }
    return mask;
}

/** One writer for both typed problem kinds and every sink.

    As the untyped writer, an unknown member named like a standard member
    is written only where that member is not (how parse_mode::rfc keeps a
    wrong-typed one): `title` is then left to it when `p.title` is empty.
    Anything else named like a written member is `conflicting_member`. */
template <class Sink, class P>
error write_typed_problem(Sink& out, P const& p, serialize_options const& opt) noexcept {
    using T = typename P::problem_type;
    using prefix = typed_prefix<T>;
    std::string_view const title(p.title);
    unsigned const raw_std = p.extensions.empty() ? 0u : unknown_names<T>(p.extensions);
    // An absent title (a null view; an empty owning string) is the type's;
    // an empty one a view has from its document is written as it was.
    bool const title_given = member_present(p.title) && !title.empty();
    bool const title_kept_empty = member_present(p.title) && title.empty();
    bool const write_title = title_given || title_kept_empty || !(raw_std & sm_title);
    unsigned const written = sm_type | (write_title ? unsigned{sm_title} : 0u) | present_members(p);
    if (raw_std & written)
        return error::conflicting_member;
    bool const plain = !opt.escape_non_ascii && !opt.html_safe;
    constexpr std::string_view std_title_text = T::title;
    bool const std_title =
        write_title && !title_kept_empty &&
        (title.empty() ||
         (title.size() == std_title_text.size() &&
          equal_bytes<std_title_text.size()>(title.data(), std_title_text.data())));
    bool const default_status = p.status == T::default_status;
    if (plain && std_title && default_status) {
        out.write(prefix::text.data(), prefix::size); // the common case: one copy
    } else {
        if (plain) {
            out.write(prefix::text.data(), default_status ? prefix::status_end : prefix::type_end);
        } else {
            out.write("{\"type\":", 8);
            if (!write_string(out, std::string_view(T::type_uri), opt))
                return error::invalid_utf8_in_value;
        }
        if (p.status && (!plain || !default_status)) {
            out.write(",\"status\":", 10);
            char buf[8];
            auto const r = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned>(*p.status));
            out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        }
        if (plain && std_title) { // `,"title":"..."`, the prefix's last part
            out.write(prefix::text.data() + prefix::status_end, prefix::size - prefix::status_end);
        } else if (write_title) {
            out.write(",\"title\":", 9);
            if (!write_string(out, std_title ? std::string_view(T::title) : title, opt))
                return error::invalid_utf8_in_value;
        }
    }
    if (written & sm_detail) {
        out.write(",\"detail\":", 10);
        if (!write_string(out, std::string_view(p.detail), opt))
            return error::invalid_utf8_in_value;
    }
    if (written & sm_instance) {
        out.write(",\"instance\":", 12);
        if (!write_string(out, std::string_view(p.instance), opt))
            return error::invalid_utf8_in_value;
    }
    if (!write_typed_members(out, p.ext, opt))
        return error::invalid_utf8_in_value;
    char sep = ',';
    if (error const e = write_extensions(out, p.extensions, opt, sep); e != error{})
        return e;
    out.put('}');
    return {};
}

/** write_typed_value with no option set, into memory within the caller's
    bound (typed_size_bound fits): the position passed along in a register
    rather than kept in a sink. The same output; nullptr on invalid UTF-8. */
template <class S>
char* put_typed_members(char* o, S const& s) noexcept;

template <class V>
PROBLEM_DETAILS_ALWAYS_INLINE char* put_typed_value(char* o, V const& v) noexcept {
    if constexpr (std::is_same_v<V, std::string_view> || std::is_same_v<V, std::string>) {
        return put_string(o, std::string_view(v));
    } else if constexpr (std::is_same_v<V, bool>) {
        return v ? put_literal(o, "true") : put_literal(o, "false");
    } else if constexpr (is_integer_member_v<V>) {
        return std::to_chars(o, o + 24, v).ptr;
    } else if constexpr (std::is_floating_point_v<V>) {
        unchecked_sink out(o);
        write_double(out, static_cast<double>(v));
        return out.cursor();
    } else if constexpr (is_optional<V>::value) {
        if (!v)
            return put_literal(o, "null");
        return put_typed_value(o, *v);
    } else if constexpr (is_fixed_vector<V>::value || is_std_vector<V>::value) {
        *o++ = '[';
        char const* const first = o;
        for (auto const& e : v) {
            if (o != first)
                *o++ = ',';
            o = put_typed_value(o, e);
            if (!o)
                return nullptr;
        }
        *o = ']';
        return o + 1;
    } else {
        static_assert(is_described_struct_v<V>);
        // Every member key with its leading comma; the first comma then
        // becomes the brace.
        char* const start = o;
        o = put_typed_members(o, v);
        if (!o)
            return nullptr;
        if (o == start)
            return put_literal(o, "{}");
        *start = '{';
        *o = '}';
        return o + 1;
    }
}

/// The members of the described struct `s`, each as `,"name":value`.
template <class S>
char* put_typed_members(char* o, S const& s) noexcept {
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using D = decltype(d);
        auto const& m = s.*d.pointer;
        using M = std::remove_cvref_t<decltype(m)>;
        if (!o)
            return;
        if constexpr (is_optional<M>::value) {
            if (!m)
                return; // an absent optional is not written
        }
        std::memcpy(o, member_key<S, D>::text.data(), member_key<S, D>::size);
        o = put_typed_value(o + member_key<S, D>::size, m);
    });
    return o;
}

/** write_typed_problem for a view with no option set, into memory within
    typed_size_bound: the same output and errors, the position in a
    register (see write_view_plain). Returns the end, or nullptr with
    `err` set. */
template <class T>
char* write_typed_plain(char* o, typed_problem_view<T> const& p, error& err) noexcept {
    using prefix = typed_prefix<T>;
    std::string_view const title(p.title);
    unsigned const raw_std = p.extensions.empty() ? 0u : unknown_names<T>(p.extensions);
    bool const title_given = member_present(p.title) && !title.empty();
    bool const title_kept_empty = member_present(p.title) && title.empty();
    bool const write_title = title_given || title_kept_empty || !(raw_std & sm_title);
    unsigned const written = sm_type | (write_title ? unsigned{sm_title} : 0u) | present_members(p);
    if (raw_std & written)
        return err = error::conflicting_member, nullptr;
    constexpr std::string_view std_title_text = T::title;
    bool const std_title =
        write_title && !title_kept_empty &&
        (title.empty() ||
         (title.size() == std_title_text.size() &&
          equal_bytes<std_title_text.size()>(title.data(), std_title_text.data())));
    bool const default_status = p.status == T::default_status;
    if (std_title && default_status) {
        copy_constant<prefix::size>(o, prefix::text.data()); // the common case: one copy
        o += prefix::size;
    } else {
        if (default_status) {
            copy_constant<prefix::status_end>(o, prefix::text.data());
            o += prefix::status_end;
        } else {
            copy_constant<prefix::type_end>(o, prefix::text.data());
            o += prefix::type_end;
        }
        if (p.status && !default_status) {
            o = put_literal(o, ",\"status\":");
            o = std::to_chars(o, o + 8, static_cast<unsigned>(*p.status)).ptr;
        }
        if (std_title) { // `,"title":"..."`, the prefix's last part
            copy_constant<prefix::size - prefix::status_end>(o, prefix::text.data() +
                                                                    prefix::status_end);
            o += prefix::size - prefix::status_end;
        } else if (write_title) {
            o = put_string(put_literal(o, ",\"title\":"), title);
            if (!o)
                return err = error::invalid_utf8_in_value, nullptr;
        }
    }
    if (written & sm_detail) {
        o = put_string(put_literal(o, ",\"detail\":"), std::string_view(p.detail));
        if (!o)
            return err = error::invalid_utf8_in_value, nullptr;
    }
    if (written & sm_instance) {
        o = put_string(put_literal(o, ",\"instance\":"), std::string_view(p.instance));
        if (!o)
            return err = error::invalid_utf8_in_value, nullptr;
    }
    o = put_typed_members(o, p.ext);
    if (!o)
        return err = error::invalid_utf8_in_value, nullptr;
    o = put_extensions<false>(o, p.extensions, err);
    if (!o)
        return nullptr;
    *o = '}';
    return o + 1;
}

} // namespace problem_details::detail

#endif
