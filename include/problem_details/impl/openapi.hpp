// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_OPENAPI_HPP
#define PROBLEM_DETAILS_IMPL_OPENAPI_HPP

#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>

#include <boost/mp11/list.hpp>

#include <cstdint>
#include <type_traits>

namespace problem_details {

namespace detail::schema {

inline constexpr std::string_view base_ref = "#/components/schemas/ProblemDetails";

/// Whether the component names of Ts... are distinct and none is the base's.
template <class... Ts>
constexpr bool distinct_schema_names() noexcept {
    std::string_view const names[] = {std::string_view("ProblemDetails"), schema_name<Ts>()...};
    for (std::size_t i = 0; i < std::size(names); ++i)
        for (std::size_t k = i + 1; k < std::size(names); ++k)
            if (names[i] == names[k])
                return false;
    return true;
}

constexpr void write_base_schema(json_out& j) noexcept {
    j.begin_object();
    j.member("title", "Problem Details");
    j.member(
        "description",
        "A problem details object (RFC 9457): the members every problem type shares. Extension "
        "members are allowed.");
    j.member("type", "object");
    j.key("properties");
    j.begin_object();
    write_standard_properties(j, true, {}, {}, 0, false);
    j.end_object();
    j.member_bool("additionalProperties", true);
    j.key("xml");
    j.begin_object();
    j.member("name", "problem");
    j.member("namespace", "urn:ietf:rfc:7807");
    j.end_object();
    j.end_object();
}

template <class Code>
constexpr void write_code(json_out& j, Code const& c) noexcept {
    if constexpr (std::is_same_v<Code, std::string_view>)
        j.string(c);
    else
        j.signed_number(catalog_impl::widen(c));
}

template <class C>
constexpr void write_code_key(json_out& j, typename C::code_type const& c) noexcept {
    if constexpr (std::is_same_v<typename C::code_type, std::string_view>) {
        j.key(c);
    } else {
        // A number as a key: written as text.
        char digits[24]{};
        text_sink s(digits, digits + sizeof digits);
        s.signed_number(catalog_impl::widen(c));
        j.key(std::string_view(digits, s.size()));
    }
}

template <class C>
constexpr void write_catalog_schema(json_out& j) noexcept {
    using code_type = typename C::code_type;
    constexpr bool strings = std::is_same_v<code_type, std::string_view>;
    j.begin_object();
    j.member("title", C::name());
    j.member("description",
             "The error codes of the catalog; x-enumDescriptions gives each code's message.");
    j.member("type", strings ? "string" : "integer");
    j.key("enum");
    j.begin_array(true);
    for (auto const& e : C::entries())
        write_code(j, e.code);
    j.end_array();
    j.key("x-enumDescriptions");
    j.begin_object();
    for (auto const& e : C::entries()) {
        write_code_key<C>(j, e.code);
        j.string(e.message);
    }
    j.end_object();
    j.end_object();
}

/// Statuses seen: the types' default statuses and the catalogs' 4xx/5xx.
struct status_set {
    bool seen[600]{};
    constexpr void add(http_status s, bool errors_only) noexcept {
        auto const c = static_cast<std::uint16_t>(s);
        if (c >= 100 && c <= 599 && (!errors_only || c >= 400))
            seen[c] = true;
    }
};

template <class C>
constexpr void add_catalog_statuses(status_set& s) noexcept {
    for (auto const& e : C::entries())
        s.add(e.status, true);
}

template <class C>
constexpr void write_catalog_codes_for(text_sink& text, std::uint16_t status) noexcept {
    bool first = true;
    for (auto const& e : C::entries()) {
        if (static_cast<std::uint16_t>(e.status) != status)
            continue;
        if (first) {
            text.write(" Codes of ");
            text.escaped(C::name());
            text.write(": ");
        } else {
            text.write(", ");
        }
        first = false;
        if constexpr (std::is_same_v<typename C::code_type, std::string_view>)
            text.escaped(e.code);
        else
            text.signed_number(catalog_impl::widen(e.code));
    }
    if (!first)
        text.put('.');
}

template <class... Ts>
constexpr void write_response_schema(json_out& j, std::uint16_t status) noexcept {
    std::size_t const typed =
        ((static_cast<std::uint16_t>(Ts::default_status) == status ? 1u : 0u) + ... + 0u);
    j.key("schema");
    j.begin_object();
    if (typed == 0) { // only the base: no one-element anyOf
        j.member("$ref", base_ref);
        j.end_object();
        return;
    }
    j.key("anyOf");
    j.begin_array();
    auto one = [&]<class T>() {
        if (static_cast<std::uint16_t>(T::default_status) != status)
            return;
        j.begin_object();
        j.key("$ref");
        j.string_parts("#/components/schemas/", schema_name<T>());
        j.end_object();
    };
    (one.template operator()<Ts>(), ...);
    j.begin_object();
    j.member("$ref", base_ref);
    j.end_object();
    j.end_array();
    j.end_object();
}

template <class... Ts, class... Catalogs>
constexpr void write_openapi(text_sink& out, openapi_options const& o, boost::mp11::mp_list<Ts...>,
                             boost::mp11::mp_list<Catalogs...>) noexcept {
    json_out j(out);
    j.begin_object();
    j.member("openapi", "3.1.0");
    j.key("info");
    j.begin_object();
    j.member("title", o.title);
    j.member("version", o.version);
    if (!o.description.empty())
        j.member("description", o.description);
    if (!o.license_name.empty()) {
        j.key("license");
        j.begin_object();
        j.member("name", o.license_name);
        if (!o.license_identifier.empty())
            j.member("identifier", o.license_identifier);
        j.end_object();
    }
    j.end_object();
    if (!o.server_url.empty()) {
        j.key("servers");
        j.begin_array();
        j.begin_object();
        j.member("url", o.server_url);
        j.end_object();
        j.end_array();
    }
    j.key("paths");
    j.begin_object();
    j.end_object();
    j.key("components");
    j.begin_object();

    j.key("schemas");
    j.begin_object();
    j.key("ProblemDetails");
    write_base_schema(j);
    auto type_schema = [&]<class T>() {
        j.key(schema_name<T>());
        write_problem_schema<T>(j, schema_form::component);
    };
    (type_schema.template operator()<Ts>(), ...);
    ((j.key_parts_pascal(Catalogs::name(), "Code"), write_catalog_schema<Catalogs>(j)), ...);
    j.end_object();

    status_set statuses;
    (statuses.add(Ts::default_status, false), ...);
    (add_catalog_statuses<Catalogs>(statuses), ...);
    j.key("responses");
    j.begin_object();
    for (std::uint16_t s = 100; s < 600; ++s) {
        if (!statuses.seen[s])
            continue;
        char name[16] = {'P', 'r', 'o', 'b', 'l', 'e', 'm'};
        text_sink n(name + 7, name + sizeof name);
        n.unsigned_number(s);
        j.key(std::string_view(name, 7 + n.size()));
        j.begin_object();
        j.key("description");
        j.string_with([&](text_sink& t) {
            t.unsigned_number(s);
            t.put(' ');
            t.write(reason_phrase(static_cast<http_status>(s)));
            t.write(": a problem document (RFC 9457).");
            (write_catalog_codes_for<Catalogs>(t, s), ...);
        });
        j.key("content");
        j.begin_object();
        j.key("application/problem+json");
        j.begin_object();
        write_response_schema<Ts...>(j, s);
        j.end_object();
        j.key("application/problem+xml");
        j.begin_object();
        write_response_schema<Ts...>(j, s);
        j.end_object();
        j.end_object();
        j.end_object();
    }
    j.end_object();

    j.end_object();
    j.end_object();
    j.finish();
}

} // namespace detail::schema

template <problem_type... Ts, openapi_catalog... Catalogs>
std::size_t openapi_document_size(problem_type_set<Ts...>, openapi_options const& options,
                                  Catalogs const&...) noexcept {
    static_assert((detail::schema::check_describable<Ts>() && ...));
    static_assert(
        detail::schema::distinct_schema_names<Ts...>(),
        "problem_details::openapi_document: two problem types have the same schema name (or one is "
        "named ProblemDetails); give one a `static constexpr std::string_view schema_name`");
    detail::schema::text_sink counter;
    detail::schema::write_openapi(counter, options, boost::mp11::mp_list<Ts...>{},
                                  boost::mp11::mp_list<Catalogs...>{});
    return counter.size();
}

template <problem_type... Ts, openapi_catalog... Catalogs>
result<std::size_t> write_openapi_document(std::span<char> out, problem_type_set<Ts...> types,
                                           openapi_options const& options,
                                           Catalogs const&... catalogs) noexcept {
    std::size_t const n = openapi_document_size(types, options, catalogs...);
    if (out.size() < n)
        return make_error_code(error::buffer_too_small);
    detail::schema::text_sink sink(out.data(), out.data() + n);
    detail::schema::write_openapi(sink, options, boost::mp11::mp_list<Ts...>{},
                                  boost::mp11::mp_list<Catalogs...>{});
    return n;
}

template <problem_type... Ts, openapi_catalog... Catalogs>
std::string openapi_document(problem_type_set<Ts...> types, openapi_options const& options,
                             Catalogs const&... catalogs) {
    std::string s(openapi_document_size(types, options, catalogs...), '\0');
    detail::schema::text_sink sink(s.data(), s.data() + s.size());
    detail::schema::write_openapi(sink, options, boost::mp11::mp_list<Ts...>{},
                                  boost::mp11::mp_list<Catalogs...>{});
    return s;
}

} // namespace problem_details

#endif
