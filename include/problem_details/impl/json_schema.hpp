// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_JSON_SCHEMA_HPP
#define PROBLEM_DETAILS_IMPL_JSON_SCHEMA_HPP

#include <problem_details/error.hpp>

namespace problem_details {

namespace detail::schema {

template <class T>
constexpr void write_schema_document(text_sink& out) noexcept {
    json_out j(out);
    write_problem_schema<T>(j, schema_form::standalone);
    j.finish();
}

template <class T>
constexpr std::size_t schema_size() noexcept {
    return text_size([](text_sink& out) { write_schema_document<T>(out); });
}

template <class T>
constexpr auto schema_array() noexcept {
    return text_array<json_schema_size<T>()>([](text_sink& out) { write_schema_document<T>(out); });
}

template <class T>
inline constexpr auto schema_name_array = [] {
    constexpr auto write = [](text_sink& out) { write_schema_name<T>(out); };
    return text_array<text_size(write)>(write);
}();

/// The check every entry point makes first, so that its message is the
/// first error a user reads.
template <class T>
constexpr bool check_describable() noexcept {
    static_assert(
        describable_v<T>,
        "problem_details::json_schema: a member of this problem type has a type no JSON Schema "
        "describes; a member may be std::string_view, std::string, bool, an integer, a "
        "floating-point type, a struct described with BOOST_DESCRIBE_STRUCT, std::optional of one "
        "of these, or fixed_vector / std::vector of one of these");
    static_assert(
        !describable_v<T> || struct_depth<T>() <= max_struct_depth,
        "problem_details::json_schema: structs nest more than 16 levels deep in this problem type; "
        "its schema and documentation page are not generated that deep");
    return describable_v<T> && struct_depth<T>() <= max_struct_depth;
}

} // namespace detail::schema

template <problem_type T>
constexpr std::size_t json_schema_size() noexcept {
    if constexpr (!detail::schema::check_describable<T>()) {
        return 1;
    } else {
        static_assert(problem_type_checks<T>::value);
        return detail::schema::schema_size<T>();
    }
}

template <problem_type T>
result<std::size_t> write_json_schema(std::span<char> out) noexcept {
    std::string_view const text = json_schema_text<T>();
    if (out.size() < text.size())
        return make_error_code(error::buffer_too_small);
    for (std::size_t i = 0; i < text.size(); ++i)
        out[i] = text[i];
    return text.size();
}

template <problem_type T>
constexpr std::string_view schema_name() noexcept {
    static_assert(problem_type_checks<T>::value);
    auto const& a = detail::schema::schema_name_array<T>;
    return std::string_view(a.data(), a.size());
}

} // namespace problem_details

#endif
