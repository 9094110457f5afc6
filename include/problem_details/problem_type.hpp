// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PROBLEM_TYPE_HPP
#define PROBLEM_DETAILS_PROBLEM_TYPE_HPP

/// A problem type as a C++ type: the concept, the member types it may
/// hold, and the checks made at compile time. Reading and writing typed
/// problems is in typed_parse.hpp and typed_serialize.hpp, dispatching on
/// the type URI in dispatch.hpp; the guide is docs/problem-types.md.

#include <problem_details/fixed_vector.hpp>
#include <problem_details/http_status.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace problem_details {

/** The JSON name of a described member whose C++ name cannot be it, such
    as RFC 7807's `"invalid-params"`. A problem type, or a struct nested in
    one, lists them in a static member `json_names`, an array of these:

    ```
    static constexpr problem_details::json_name json_names[] = {
        {"invalid_params", "invalid-params"}};
    ```

    Members not listed are named as in C++. Checked at compile time: each
    entry names a described member, once; JSON names are non-empty, valid
    UTF-8 and distinct within the struct, and not a standard member's name
    in a problem type.
*/
struct json_name {
    /// The C++ member's name, as described.
    std::string_view member;
    /// Its name in JSON.
    std::string_view json;
};

/** A problem type: a class described with `BOOST_DESCRIBE_STRUCT` (its
    described members are the typed extension members) with three
    compile-time constants:

    ```
    struct out_of_credit {
        static constexpr std::string_view type_uri = "https://example.com/probs/out-of-credit";
        static constexpr http_status default_status = http_status::forbidden;
        static constexpr std::string_view title = "You do not have enough credit.";
        std::int64_t balance = 0;
        std::optional<std::string_view> account;
    };
    BOOST_DESCRIBE_STRUCT(out_of_credit, (), (balance, account))
    ```

    Three more constants are optional, read only by the documentation
    generators (json_schema.hpp, openapi.hpp, type_page.hpp):
    `description` (a `std::string_view` paragraph), `schema_name` (its
    OpenAPI component name) and `fixed_status` (a `bool`: the status is
    always `default_status`).

    The concept checks the shape only. What the members may be is checked
    by `problem_type_checks<T>` when the type is first read, written or
    dispatched on, with a `static_assert` that says what is wrong.
*/
template <class T>
concept problem_type = std::is_class_v<T> && boost::describe::has_describe_members<T>::value &&
    std::is_default_constructible_v<T> && requires {
    { T::type_uri } -> std::convertible_to<std::string_view>;
    { T::default_status } -> std::convertible_to<http_status>;
    { T::title } -> std::convertible_to<std::string_view>;
};

namespace detail {

template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_fixed_vector : std::false_type {};
template <class T, std::size_t N>
struct is_fixed_vector<fixed_vector<T, N>> : std::true_type {};

template <class T>
struct is_std_vector : std::false_type {};
template <class T, class A>
struct is_std_vector<std::vector<T, A>> : std::true_type {};

/// The element type of an array member.
template <class T>
struct array_element {};
template <class T, std::size_t N>
struct array_element<fixed_vector<T, N>> {
    using type = T;
};
template <class T, class A>
struct array_element<std::vector<T, A>> {
    using type = T;
};

template <class T>
inline constexpr bool is_char_type_v =
    std::is_same_v<T, char> || std::is_same_v<T, wchar_t> || std::is_same_v<T, char8_t> ||
    std::is_same_v<T, char16_t> || std::is_same_v<T, char32_t>;

/// An integer member: any integer type but bool and the character types
/// (`signed char` and `unsigned char`, i.e. std::int8_t and std::uint8_t, are integers).
template <class T>
inline constexpr bool is_integer_member_v =
    std::is_integral_v<T> && !std::is_same_v<T, bool> && !is_char_type_v<T>;

template <class T>
inline constexpr bool is_described_struct_v =
    std::is_class_v<T>&& boost::describe::has_describe_members<T>::value;

/// Whether `T` may be an extension member (recursively).
template <class T>
constexpr bool supported_member() noexcept;

template <class T>
constexpr bool all_members_supported() noexcept {
    bool ok = true;
    boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
        using M = std::remove_cvref_t<decltype(std::declval<T&>().*d.pointer)>;
        ok = ok && supported_member<M>();
    });
    return ok;
}

template <class T>
constexpr bool supported_member() noexcept {
    if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string> ||
                  std::is_same_v<T, bool> || is_integer_member_v<T> || std::is_floating_point_v<T>)
        return true;
    else if constexpr (is_optional<T>::value)
        return !is_optional<typename T::value_type>::value &&
               supported_member<typename T::value_type>();
    else if constexpr (is_fixed_vector<T>::value || is_std_vector<T>::value)
        return !is_optional<typename array_element<T>::type>::value &&
               supported_member<typename array_element<T>::type>();
    else if constexpr (is_described_struct_v<T>)
        return std::is_default_constructible_v<T> && all_members_supported<T>();
    else
        return false;
}

/// Whether `T` holds a std::string_view anywhere (it then borrows).
template <class T>
constexpr bool holds_views() noexcept {
    if constexpr (std::is_same_v<T, std::string_view>)
        return true;
    else if constexpr (is_optional<T>::value)
        return holds_views<typename T::value_type>();
    else if constexpr (is_fixed_vector<T>::value || is_std_vector<T>::value)
        return holds_views<typename array_element<T>::type>();
    else if constexpr (is_described_struct_v<T>) {
        bool any = false;
        boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*d.pointer)>;
            any = any || holds_views<M>();
        });
        return any;
    } else
        return false;
}

/// Whether `T` allocates (a std::string or std::vector anywhere).
template <class T>
constexpr bool allocates() noexcept {
    if constexpr (std::is_same_v<T, std::string> || is_std_vector<T>::value)
        return true;
    else if constexpr (is_optional<T>::value)
        return allocates<typename T::value_type>();
    else if constexpr (is_fixed_vector<T>::value)
        return allocates<typename array_element<T>::type>();
    else if constexpr (is_described_struct_v<T>) {
        bool any = false;
        boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*d.pointer)>;
            any = any || allocates<M>();
        });
        return any;
    } else
        return false;
}

/// The JSON name of S's described member `member` (see json_name).
template <class S>
constexpr std::string_view json_name_of(std::string_view member) noexcept {
    if constexpr (requires { S::json_names; }) {
        for (json_name const& r : S::json_names)
            if (r.member == member)
                return r.json;
    }
    return member;
}

/// The JSON name of the described member D of S.
template <class S, class D>
inline constexpr std::string_view json_name_v = json_name_of<S>(D::name);

/// Whether `check.template operator()<S>()` holds for T, if it is a
/// described struct, and for every described struct nested in it.
template <class T, class Check>
constexpr bool every_struct(Check check) noexcept {
    if constexpr (is_optional<T>::value)
        return every_struct<typename T::value_type>(check);
    else if constexpr (is_fixed_vector<T>::value || is_std_vector<T>::value)
        return every_struct<typename array_element<T>::type>(check);
    else if constexpr (is_described_struct_v<T>) {
        bool ok = check.template operator()<T>();
        boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*d.pointer)>;
            ok = ok && every_struct<M>(check);
        });
        return ok;
    } else
        return true;
}

/// Every json_names entry of S names one of its described members, and
/// no member twice.
template <class S>
constexpr bool renames_described_members() noexcept {
    if constexpr (requires { S::json_names; }) {
        for (json_name const& r : S::json_names) {
            std::size_t matches = 0;
            boost::mp11::mp_for_each<described_members<S>>([&](auto d) {
                if (std::string_view(d.name) == r.member)
                    ++matches;
            });
            std::size_t entries = 0;
            for (json_name const& q : S::json_names)
                if (q.member == r.member)
                    ++entries;
            if (matches != 1 || entries != 1)
                return false;
        }
    }
    return true;
}

/// Valid UTF-8 (checked at compile time on the constants).
constexpr bool constant_is_utf8(std::string_view s) noexcept;

/// The JSON names of S's members are non-empty, valid UTF-8 and distinct.
template <class S>
constexpr bool json_names_well_formed() noexcept {
    bool ok = true;
    std::size_t i = 0;
    boost::mp11::mp_for_each<described_members<S>>([&](auto a) {
        std::string_view const an = json_name_of<S>(a.name);
        ok = ok && !an.empty() && constant_is_utf8(an);
        std::size_t j = 0;
        boost::mp11::mp_for_each<described_members<S>>([&](auto b) {
            if (j > i && an == json_name_of<S>(b.name))
                ok = false;
            ++j;
        });
        ++i;
    });
    return ok;
}

constexpr bool is_standard_name(std::string_view n) noexcept {
    return n == "type" || n == "title" || n == "status" || n == "detail" || n == "instance";
}

template <class T>
constexpr bool has_standard_named_member() noexcept {
    bool any = false;
    boost::mp11::mp_for_each<described_members<T>>(
        [&](auto d) { any = any || is_standard_name(json_name_of<T>(d.name)); });
    return any;
}

constexpr bool constant_is_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80         ? 1
                        : (c >> 5) == 6  ? 2
                        : (c >> 4) == 14 ? 3
                        : (c >> 3) == 30 ? 4
                                         : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                return false;
        i += n;
    }
    return true;
}

} // namespace detail

/** The compile-time checks of a problem type, each a `static_assert` with a
    message naming the mistake. Instantiated by everything that reads,
    writes or dispatches on `T`; `static_assert(problem_type_checks<T>::value)`
    runs them on their own.
*/
template <problem_type T>
struct problem_type_checks {
    static_assert(!std::string_view(T::type_uri).empty(),
                  "problem_details: a problem type's type_uri must not be empty");
    static_assert(detail::constant_is_utf8(T::type_uri) && detail::constant_is_utf8(T::title),
                  "problem_details: a problem type's type_uri and title must be valid UTF-8");
    static_assert(static_cast<std::uint16_t>(T::default_status) >= 100 &&
                      static_cast<std::uint16_t>(T::default_status) <= 599,
                  "problem_details: a problem type's default_status must be in 100..599");
    static_assert(!detail::has_standard_named_member<T>(),
                  "problem_details: an extension member of a problem type is named like a standard "
                  "member (type, title, status, detail, instance); rename it");
    static_assert(detail::every_struct<T>([]<class S>() {
                      return detail::renames_described_members<S>();
                  }),
                  "problem_details: a json_names entry names no described member of its struct, or "
                  "one that another entry renames too");
    static_assert(detail::every_struct<T>([]<class S>() {
                      return detail::json_names_well_formed<S>();
                  }),
                  "problem_details: two members of a problem type (or of a struct in it) have the "
                  "same JSON name, or a JSON name is empty or not valid UTF-8");
    static_assert(detail::all_members_supported<T>(),
                  "problem_details: unsupported extension member type; a member may be "
                  "std::string_view, std::string, bool, an integer, a floating-point type, a "
                  "struct described with BOOST_DESCRIBE_STRUCT, std::optional of one of these, or "
                  "fixed_vector / std::vector of one of these");
    static_assert(boost::mp11::mp_size<detail::described_members<T>>::value <= 64,
                  "problem_details: a problem type (or a nested struct) has at most 64 members");
    static constexpr bool value = true;
};

/** Compile-time facts about a problem type `T`. */
template <problem_type T>
struct problem_type_traits {
    static_assert(problem_type_checks<T>::value);
    /// The type URI, e.g. "https://example.com/probs/out-of-credit".
    static constexpr std::string_view type_uri = T::type_uri;
    /// The status a problem of this type has unless told otherwise.
    static constexpr http_status default_status = T::default_status;
    /// The title (RFC 9457: the same for every occurrence of the type).
    static constexpr std::string_view title = T::title;
    /// The number of typed extension members.
    static constexpr std::size_t member_count =
        boost::mp11::mp_size<detail::described_members<T>>::value;
    /// True when a member is (or holds) a std::string_view: the typed
    /// problem borrows from the input or the scratch.
    static constexpr bool borrows = detail::holds_views<T>();
    /// True when a member is (or holds) a std::string or std::vector:
    /// reading allocates.
    static constexpr bool allocates = detail::allocates<T>();
};

} // namespace problem_details

#endif
