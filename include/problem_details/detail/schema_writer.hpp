// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_SCHEMA_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_SCHEMA_WRITER_HPP

// The writer behind json_schema.hpp, openapi.hpp and type_page.hpp: a
// bounded text sink and an indenting JSON writer, both usable in constant
// expressions, so the same code fills a constexpr std::array, a caller's
// buffer or a std::string (count first, then write). Users never name
// anything here.

#include <problem_details/detail/typed_writer.hpp>
#include <problem_details/problem_type.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>

namespace problem_details::detail::schema {

/// Writes into [first, last) and counts everything it is given, written or
/// not: with an empty range it only counts (nothing is ever written past
/// `last`; callers size the range with a counting pass first).
class text_sink {
public:
    /// Counts only.
    constexpr text_sink() noexcept = default;
    /// Writes into [first, last).
    constexpr text_sink(char* first, char* last) noexcept : p_(first), end_(last) {}

    constexpr void put(char c) noexcept {
        if (p_ != end_)
            *p_++ = c;
        ++n_;
    }
    constexpr void write(std::string_view s) noexcept {
        for (char c : s)
            put(c);
    }
    /// `s` as JSON string content (escapes for ", \ and controls).
    constexpr void escaped(std::string_view s) noexcept {
        char buf[6]{};
        for (char c : s) {
            char* const e = escape_into(std::string_view(&c, 1), buf);
            write(std::string_view(buf, static_cast<std::size_t>(e - buf)));
        }
    }
    constexpr void unsigned_number(unsigned long long v) noexcept {
        char digits[24]{};
        std::size_t d = 0;
        do {
            digits[d++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (d != 0)
            put(digits[--d]);
    }
    constexpr void signed_number(long long v) noexcept {
        if (v < 0) {
            put('-');
            unsigned_number(0ull - static_cast<unsigned long long>(v));
        } else {
            unsigned_number(static_cast<unsigned long long>(v));
        }
    }

    /// Bytes given so far (written or not).
    constexpr std::size_t size() const noexcept { return n_; }

private:
    char* p_ = nullptr;
    char* end_ = nullptr;
    std::size_t n_ = 0;
};

/// The number of bytes `write(text_sink&)` writes (constexpr).
template <class Write>
constexpr std::size_t text_size(Write write) noexcept {
    text_sink counter;
    write(counter);
    return counter.size();
}

/// What `write(text_sink&)` writes, as an array of its N bytes (N from
/// text_size; constexpr).
template <std::size_t N, class Write>
constexpr std::array<char, N> text_array(Write write) noexcept {
    std::array<char, N> a{};
    text_sink out(a.data(), a.data() + a.size());
    write(out);
    return a;
}

/// Indented JSON (two spaces, `"key": value`, one member or element a
/// line; arrays of scalars may be written on one line), the layout of
/// `JSON.stringify(v, null, 2)` for objects. Keys and strings are escaped.
class json_out {
public:
    explicit constexpr json_out(text_sink& out) noexcept : out_(out) {}

    constexpr void begin_object() noexcept {
        value_prefix();
        out_.put('{');
        push(false);
    }
    constexpr void end_object() noexcept { close('}'); }
    /// An array; `one_line` writes its elements on one line (scalars only).
    constexpr void begin_array(bool one_line = false) noexcept {
        value_prefix();
        out_.put('[');
        push(one_line);
    }
    constexpr void end_array() noexcept { close(']'); }

    constexpr void key(std::string_view k) noexcept {
        separator();
        out_.put('"');
        out_.escaped(k);
        out_.write("\": ");
        after_key_ = true;
    }
    constexpr void string(std::string_view v) noexcept {
        value_prefix();
        out_.put('"');
        out_.escaped(v);
        out_.put('"');
    }
    constexpr void signed_number(long long v) noexcept {
        value_prefix();
        out_.signed_number(v);
    }
    constexpr void unsigned_number(unsigned long long v) noexcept {
        value_prefix();
        out_.unsigned_number(v);
    }
    constexpr void boolean(bool v) noexcept {
        value_prefix();
        out_.write(v ? "true" : "false");
    }

    /// A string value whose content `f(text_sink&)` writes (already
    /// escaped, or needing none).
    template <class F>
    constexpr void string_with(F f) noexcept {
        value_prefix();
        out_.put('"');
        f(out_);
        out_.put('"');
    }
    /// A string value made of `a` then `b`.
    constexpr void string_parts(std::string_view a, std::string_view b) noexcept {
        value_prefix();
        out_.put('"');
        out_.escaped(a);
        out_.escaped(b);
        out_.put('"');
    }
    /// A key made of `name` in PascalCase (see write_pascal) then `suffix`.
    constexpr void key_parts_pascal(std::string_view name, std::string_view suffix) noexcept;

    /// `"k": "v"`, `"k": n`, `"k": true`.
    constexpr void member(std::string_view k, std::string_view v) noexcept {
        key(k);
        string(v);
    }
    constexpr void member_number(std::string_view k, long long v) noexcept {
        key(k);
        signed_number(v);
    }
    constexpr void member_bool(std::string_view k, bool v) noexcept {
        key(k);
        boolean(v);
    }

    /// Ends the document with a newline.
    constexpr void finish() noexcept { out_.put('\n'); }

private:
    // Enough for max_struct_depth: three levels a struct (its schema, an
    // array's items, its properties) and three around the document.
    static constexpr std::size_t max_depth = 64;

    constexpr void push(bool one_line) noexcept {
        ++depth_;
        if (depth_ < max_depth) {
            empty_[depth_] = true;
            one_line_[depth_] = one_line;
        }
    }
    constexpr void close(char c) noexcept {
        bool const was_empty = depth_ < max_depth ? empty_[depth_] : false;
        bool const was_inline = depth_ < max_depth ? one_line_[depth_] : false;
        --depth_;
        if (!was_empty && !was_inline)
            newline();
        out_.put(c);
    }
    constexpr void newline() noexcept {
        out_.put('\n');
        for (std::size_t i = 0; i < depth_; ++i)
            out_.write("  ");
    }
    /// Before an element or a key: the comma and the line break.
    constexpr void separator() noexcept {
        if (depth_ == 0 || depth_ >= max_depth)
            return;
        if (!empty_[depth_])
            out_.put(',');
        if (one_line_[depth_]) {
            if (!empty_[depth_])
                out_.put(' ');
        } else {
            newline();
        }
        empty_[depth_] = false;
    }
    constexpr void value_prefix() noexcept {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        separator();
    }

    text_sink& out_;
    std::size_t depth_ = 0;
    bool after_key_ = false;
    bool empty_[max_depth]{};
    bool one_line_[max_depth]{};
};

//------------------------------------------------------------------------------
// Facts about problem types the schema, the OpenAPI document and the pages need
//------------------------------------------------------------------------------

/// Whether every member (recursively) has a JSON Schema: what
/// all_members_supported checks, named for the schema's own static_assert.
template <class T>
inline constexpr bool describable_v = all_members_supported<T>();

/// How deep described structs nest in M (a problem type counts as one).
template <class M>
constexpr std::size_t struct_depth() noexcept {
    if constexpr (is_optional<M>::value) {
        return struct_depth<typename M::value_type>();
    } else if constexpr (is_fixed_vector<M>::value || is_std_vector<M>::value) {
        return struct_depth<typename array_element<M>::type>();
    } else if constexpr (is_described_struct_v<M>) {
        std::size_t deepest = 0;
        boost::mp11::mp_for_each<described_members<M>>([&](auto d) {
            using X = std::remove_cvref_t<decltype(std::declval<M&>().*d.pointer)>;
            std::size_t const k = struct_depth<X>();
            deepest = k > deepest ? k : deepest;
        });
        return deepest + 1;
    } else {
        return 0;
    }
}

/// How deep structs may nest in a documented problem type (the type
/// itself and 16 levels of structs in it).
inline constexpr std::size_t max_struct_depth = 17;

/// `T::description` when the type has one, else empty.
template <class T>
constexpr std::string_view description_of() noexcept {
    if constexpr (requires { T::description; })
        return T::description;
    else
        return {};
}

/// Whether `T` says its status is always `default_status` (`fixed_status`).
template <class T>
constexpr bool status_is_fixed() noexcept {
    if constexpr (requires { T::fixed_status; })
        return static_cast<bool>(T::fixed_status);
    else
        return false;
}

/// ASCII letter or digit.
constexpr bool is_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr char ascii_upper(char c) noexcept {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

/// `text` in PascalCase: runs of ASCII letters and digits, each starting
/// upper case ("validation-error" gives "ValidationError").
constexpr void write_pascal(text_sink& out, std::string_view text) noexcept {
    bool start = true;
    for (char c : text) {
        if (!is_alnum(c)) {
            start = true;
            continue;
        }
        out.put(start ? ascii_upper(c) : c);
        start = false;
    }
}

/// The last non-empty path segment of a URI (before any query or fragment).
constexpr std::string_view last_segment(std::string_view uri) noexcept {
    std::size_t const q = uri.find_first_of("?#");
    if (q != std::string_view::npos)
        uri = uri.substr(0, q);
    while (!uri.empty() && uri.back() == '/')
        uri.remove_suffix(1);
    std::size_t const slash = uri.rfind('/');
    return slash == std::string_view::npos ? uri : uri.substr(slash + 1);
}

/// Writes the component name of T: `T::schema_name`, or its URI's last
/// path segment in PascalCase.
template <class T>
constexpr void write_schema_name(text_sink& out) noexcept {
    if constexpr (requires { T::schema_name; })
        out.write(T::schema_name);
    else
        write_pascal(out, last_segment(T::type_uri));
}

/// The path of an absolute URI ("https://h/a/b?q" gives "/a/b"); a URI
/// without an authority gives its part after the scheme; "" when none.
constexpr std::string_view uri_path(std::string_view uri) noexcept {
    std::size_t const colon = uri.find(':');
    if (colon == std::string_view::npos)
        return {};
    std::string_view rest = uri.substr(colon + 1);
    if (rest.starts_with("//")) {
        rest.remove_prefix(2);
        std::size_t const slash = rest.find('/');
        if (slash == std::string_view::npos)
            return "/";
        rest = rest.substr(slash);
    }
    std::size_t const q = rest.find_first_of("?#");
    return q == std::string_view::npos ? rest : rest.substr(0, q);
}

constexpr void json_out::key_parts_pascal(std::string_view name, std::string_view suffix) noexcept {
    separator();
    out_.put('"');
    write_pascal(out_, name);
    out_.escaped(suffix);
    out_.write("\": ");
    after_key_ = true;
}

//------------------------------------------------------------------------------
// Member schemas
//------------------------------------------------------------------------------

template <class M>
constexpr std::string_view json_type_name() noexcept {
    if constexpr (std::is_same_v<M, std::string_view> || std::is_same_v<M, std::string>)
        return "string";
    else if constexpr (std::is_same_v<M, bool>)
        return "boolean";
    else if constexpr (is_integer_member_v<M>)
        return "integer";
    else if constexpr (std::is_floating_point_v<M>)
        return "number";
    else if constexpr (is_fixed_vector<M>::value || is_std_vector<M>::value)
        return "array";
    else
        return "object";
}

template <class S>
constexpr void write_struct_body(json_out& j) noexcept;

/// The schema of a member of C++ type M (an optional also admits null).
template <class M>
constexpr void write_value_schema(json_out& j, bool nullable) noexcept {
    if constexpr (is_optional<M>::value) {
        write_value_schema<typename M::value_type>(j, true);
    } else {
        j.begin_object();
        j.key("type");
        if (nullable) {
            j.begin_array(true);
            j.string(json_type_name<M>());
            j.string("null");
            j.end_array();
        } else {
            j.string(json_type_name<M>());
        }
        if constexpr (is_integer_member_v<M>) {
            if constexpr (std::is_signed_v<M>) {
                j.key("minimum");
                j.signed_number(static_cast<long long>(std::numeric_limits<M>::min()));
                j.key("maximum");
                j.signed_number(static_cast<long long>(std::numeric_limits<M>::max()));
            } else {
                j.member_number("minimum", 0);
                j.key("maximum");
                j.unsigned_number(static_cast<unsigned long long>(std::numeric_limits<M>::max()));
            }
        } else if constexpr (is_fixed_vector<M>::value || is_std_vector<M>::value) {
            j.key("items");
            write_value_schema<typename array_element<M>::type>(j, false);
            if constexpr (is_fixed_vector<M>::value) {
                j.key("maxItems");
                j.unsigned_number(M::max_elements);
            }
        } else if constexpr (is_described_struct_v<M>) {
            write_struct_body<M>(j);
        }
        j.end_object();
    }
}

/// `"properties": {...}` of S's described members, then `"required"`
/// (the members that are not optionals), in declaration order.
template <class S>
constexpr void write_member_properties(json_out& j) noexcept {
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using M = std::remove_cvref_t<decltype(std::declval<S&>().*d.pointer)>;
        j.key(json_name_of<S>(d.name));
        write_value_schema<M>(j, false);
    });
}

template <class S>
constexpr std::size_t required_count() noexcept {
    std::size_t n = 0;
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using M = std::remove_cvref_t<decltype(std::declval<S&>().*d.pointer)>;
        if (!is_optional<M>::value)
            ++n;
    });
    return n;
}

template <class S>
constexpr void write_required_members(json_out& j) noexcept {
    boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
        using M = std::remove_cvref_t<decltype(std::declval<S&>().*d.pointer)>;
        if (!is_optional<M>::value)
            j.string(json_name_of<S>(d.name));
    });
}

/// The body of a nested object's schema (after its "type").
template <class S>
constexpr void write_struct_body(json_out& j) noexcept {
    j.key("properties");
    j.begin_object();
    write_member_properties<S>(j);
    j.end_object();
    if constexpr (required_count<S>() != 0) {
        j.key("required");
        j.begin_array(true);
        write_required_members<S>(j);
        j.end_array();
    }
    j.member_bool("additionalProperties", true);
}

/// The standard members' schemas, RFC 9457 §3.1; with a problem type's
/// refinements (`type` fixed, `title` and `status` defaulted or fixed)
/// when `uri` is not empty; `full` writes their JSON types and
/// descriptions too (a component has them from the base).
constexpr void write_standard_properties(json_out& j, bool full, std::string_view uri,
                                         std::string_view title, long long status,
                                         bool status_fixed) noexcept {
    bool const typed = !uri.empty();
    j.key("type");
    j.begin_object();
    if (full) {
        j.member("type", "string");
        j.member("format", "uri-reference");
    }
    if (typed)
        j.member("const", uri);
    else
        j.member("default", "about:blank");
    if (full)
        j.member("description", "A URI reference identifying the problem type.");
    j.end_object();
    j.key("title");
    j.begin_object();
    if (full)
        j.member("type", "string");
    if (typed)
        j.member("default", title);
    if (full)
        j.member("description", "A short, human-readable summary of the problem type.");
    j.end_object();
    j.key("status");
    j.begin_object();
    if (full) {
        j.member("type", "integer");
        j.member_number("minimum", 100);
        j.member_number("maximum", 599);
    }
    if (typed)
        j.member_number(status_fixed ? "const" : "default", status);
    if (full)
        j.member("description", "The HTTP status code of this occurrence of the problem.");
    j.end_object();
    if (!full)
        return;
    j.key("detail");
    j.begin_object();
    j.member("type", "string");
    j.member("description",
             "A human-readable explanation specific to this occurrence of the problem.");
    j.end_object();
    j.key("instance");
    j.begin_object();
    j.member("type", "string");
    j.member("format", "uri-reference");
    j.member("description", "A URI reference identifying this occurrence of the problem.");
    j.end_object();
}

/// How a problem type's schema is written.
enum class schema_form {
    /// A JSON Schema document of its own (`$schema`, every standard member).
    standalone,
    /// An OpenAPI component: `allOf` the base `ProblemDetails`, then what
    /// the type adds.
    component,
};

/// The schema of problem type T.
template <class T>
constexpr void write_problem_schema(json_out& j, schema_form form) noexcept {
    constexpr auto status = static_cast<long long>(static_cast<std::uint16_t>(T::default_status));
    j.begin_object();
    if (form == schema_form::standalone)
        j.member("$schema", "https://json-schema.org/draft/2020-12/schema");
    j.member("title", T::title);
    if constexpr (!description_of<T>().empty())
        j.member("description", description_of<T>());
    if (form == schema_form::component) {
        j.key("allOf");
        j.begin_array();
        j.begin_object();
        j.member("$ref", "#/components/schemas/ProblemDetails");
        j.end_object();
        j.end_array();
    }
    j.member("type", "object");
    j.key("properties");
    j.begin_object();
    write_standard_properties(j, form == schema_form::standalone, T::type_uri, T::title, status,
                              status_is_fixed<T>());
    write_member_properties<T>(j);
    j.end_object();
    j.key("required");
    j.begin_array(true);
    j.string("type");
    write_required_members<T>(j);
    j.end_array();
    j.member_bool("additionalProperties", true);
    j.end_object();
}

} // namespace problem_details::detail::schema

#endif
