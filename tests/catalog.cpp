// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/catalog.hpp>

#define BOOST_TEST_MODULE catalog
#include "support/test_preamble.hpp"

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

using pd::http_status;
using pd::status_class;
using namespace std::string_view_literals;

namespace problem_details {
inline std::ostream& boost_test_print_type(std::ostream& os, http_status s) {
    return os << pd::status_code(s);
}
} // namespace problem_details

//------------------------------------------------------------------------------
// Catalogs under test
//------------------------------------------------------------------------------

namespace shop {

// Numeric codes, deliberately out of order.
inline constexpr pd::catalog_entry<int> error_entries[] = {
    {1003, http_status::unprocessable_content, "Amount too small",
     "Send at least 100 (minor units).", "https://shop.example/problems/amount"},
    {1001, http_status::not_found, "Order not found", "Check the order id."},
    {1002, http_status::conflict, "Order already paid"},
    {2001, http_status::service_unavailable, "Payment provider unavailable", "Retry later."},
    {-5, http_status::bad_request, "Negative codes are codes too"},
    {1, http_status::created, "Order created"},
};
inline constexpr pd::catalog<error_entries, "shop"> errors{};

// String codes, with designated initializers.
inline constexpr pd::catalog_entry<std::string_view> text_entries[] = {
    {.code = "ORDER_NOT_FOUND", .status = http_status::not_found, .message = "Order not found"},
    {.code = "AMOUNT_TOO_SMALL",
     .status = http_status::bad_request,
     .message = "Amount too small",
     .hint = "Send at least 100.",
     .type = "https://shop.example/problems/amount"},
    {.code = "INTERNAL", .status = http_status::internal_server_error, .message = "Internal error"},
};
inline constexpr pd::catalog<text_entries, "shop.text"> text_errors{};

// An enum as the code type, and the error-code-enum pattern docs/catalogs.md shows.
enum class error : std::uint16_t {
    out_of_stock = 10,
    card_declined = 20,
    gateway_down = 30,
};
inline constexpr std::array<pd::catalog_entry<error>, 3> enum_entries{{
    {error::card_declined, http_status::payment_required, "Card declined"},
    {error::out_of_stock, http_status::conflict, "Out of stock"},
    {error::gateway_down, http_status::bad_gateway, "Gateway down"},
}};
inline constexpr pd::catalog<enum_entries, "shop.enum"> enum_errors{};

inline boost::system::error_code make_error_code(error e) noexcept {
    return enum_errors.make_error_code(e);
}

// The same codes as `errors`, another name: another category.
inline constexpr pd::catalog<error_entries, "shop.copy"> errors_copy{};

// Another array with the same name and codes, as a second shared library's
// copy of the catalog would be: an equal category (same 64-bit id).
inline constexpr pd::catalog_entry<int> error_entries_again[] = {
    {1003, http_status::unprocessable_content, "Amount too small"},
    {1001, http_status::not_found, "Order not found"},
    {1002, http_status::conflict, "Order already paid"},
    {2001, http_status::service_unavailable, "Payment provider unavailable"},
    {-5, http_status::bad_request, "Negative codes are codes too"},
    {1, http_status::created, "Order created"},
};
inline constexpr pd::catalog<error_entries_again, "shop"> errors_again{};

} // namespace shop

template <>
struct boost::system::is_error_code_enum<shop::error> : std::true_type {};
template <>
struct std::is_error_code_enum<shop::error> : std::true_type {};

//------------------------------------------------------------------------------
// Compile time
//------------------------------------------------------------------------------

static_assert(std::is_empty_v<decltype(shop::errors)>);
static_assert(shop::errors.size() == 6);
static_assert(shop::errors.name() == "shop");
static_assert(shop::errors.find(1001) != nullptr);
static_assert(shop::errors.find(1001)->status == http_status::not_found);
static_assert(shop::errors.find(1001)->message == "Order not found");
static_assert(shop::errors.find(1001)->hint == "Check the order id.");
static_assert(shop::errors.find(1003)->type == "https://shop.example/problems/amount");
static_assert(shop::errors.find(1002)->type.empty());
static_assert(shop::errors.find(-5)->status == http_status::bad_request);
static_assert(shop::errors.find(1) == &shop::error_entries[5]);
static_assert(shop::errors.find(1004) == nullptr);
static_assert(shop::errors.find(0) == nullptr);
static_assert(shop::errors.contains(2001) && !shop::errors.contains(2002));
static_assert(decltype(shop::errors)::find(1002)->status == http_status::conflict);
static_assert(shop::errors.value_of(1001) == 1001);
static_assert(shop::errors.entries().size() == 6 && shop::errors.entries()[0].code == 1003);

static_assert(shop::text_errors.find("AMOUNT_TOO_SMALL")->hint == "Send at least 100.");
static_assert(shop::text_errors.find("ORDER_NOT_FOUND") == &shop::text_entries[0]);
static_assert(shop::text_errors.find("order_not_found") == nullptr);
static_assert(shop::text_errors.find("") == nullptr);
static_assert(shop::text_errors.value_of("ORDER_NOT_FOUND") == 1);
static_assert(shop::text_errors.value_of("INTERNAL") == 3);
static_assert(shop::text_errors.value_of("NOPE") == -1);

static_assert(shop::enum_errors.find(shop::error::gateway_down)->status ==
              http_status::bad_gateway);
static_assert(shop::enum_errors.value_of(shop::error::card_declined) == 20);

static_assert(std::is_same_v<decltype(shop::errors)::code_type, int>);
static_assert(
    std::is_same_v<decltype(shop::text_errors)::entry_type, pd::catalog_entry<std::string_view>>);

static_assert(pd::catalog_code<int> && pd::catalog_code<std::uint8_t> &&
              pd::catalog_code<shop::error> && pd::catalog_code<std::string_view>);
static_assert(!pd::catalog_code<bool> && !pd::catalog_code<double> &&
              !pd::catalog_code<char const*> && !pd::catalog_code<std::string>);

//------------------------------------------------------------------------------
// A large catalog, generated at compile time: 1000 codes in a scrambled
// order, 7919 * i mod 10007 + 1 (a permutation of part of 1..10007).
//------------------------------------------------------------------------------

namespace big {

constexpr std::size_t size = 1000;

constexpr int code_at(std::size_t i) {
    return static_cast<int>((7919 * i) % 10007) + 1;
}

constexpr std::string_view messages[] = {"even", "odd"};

inline constexpr auto entries = [] {
    std::array<pd::catalog_entry<int>, size> out{};
    for (std::size_t i = 0; i < size; ++i)
        out[i] = {code_at(i), i % 2 == 0 ? http_status::bad_request : http_status::bad_gateway,
                  messages[i % 2]};
    return out;
}();
inline constexpr pd::catalog<entries, "big"> catalog{};

// Every code is found at its own position, in a constant expression.
constexpr bool all_found() {
    for (std::size_t i = 0; i < size; ++i)
        if (catalog.find(code_at(i)) != &entries[i])
            return false;
    return true;
}
static_assert(all_found());
static_assert(catalog.find(code_at(999))->message == "odd");
static_assert(catalog.find(code_at(998))->status == http_status::bad_request);

// A string catalog of 1000 entries: codes "k000".."k999", reversed.
inline constexpr auto text_codes = [] {
    std::array<std::array<char, 4>, size> out{};
    for (std::size_t i = 0; i < size; ++i) {
        std::size_t const n = size - 1 - i;
        out[i] = {'k', static_cast<char>('0' + n / 100), static_cast<char>('0' + n / 10 % 10),
                  static_cast<char>('0' + n % 10)};
    }
    return out;
}();
inline constexpr auto text_entries = [] {
    std::array<pd::catalog_entry<std::string_view>, size> out{};
    for (std::size_t i = 0; i < size; ++i)
        out[i] = {std::string_view(text_codes[i].data(), 4), http_status::not_found, "text"};
    return out;
}();
inline constexpr pd::catalog<text_entries, "big.text"> text_catalog{};
static_assert(text_catalog.find("k000") == &text_entries[999]);
static_assert(text_catalog.find("k999") == &text_entries[0]);
static_assert(text_catalog.find("k1000") == nullptr);

} // namespace big

//------------------------------------------------------------------------------
// Run time
//------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(large_catalog_lookup) {
    std::array<bool, 10009> present{};
    for (std::size_t i = 0; i < big::size; ++i) {
        int const code = big::code_at(i);
        present[static_cast<std::size_t>(code)] = true;
        auto const* e = big::catalog.find(code);
        BOOST_TEST_REQUIRE(e != nullptr);
        BOOST_TEST(e->code == code);
        BOOST_TEST(e == &big::entries[i]);
        auto const ec = big::catalog.make_error_code(code);
        BOOST_TEST(ec.message() == (i % 2 == 0 ? "even" : "odd"));
        BOOST_TEST((ec == (i % 2 == 0 ? status_class::client_error : status_class::server_error)));
        BOOST_TEST(big::catalog.find(ec) == e);
    }
    int absent = 0;
    for (int code = -1; code <= 10008; ++code) {
        if (code > 0 && present[static_cast<std::size_t>(code)])
            continue;
        BOOST_TEST(big::catalog.find(code) == nullptr);
        ++absent;
    }
    BOOST_TEST(absent > 9000);
    for (std::size_t i = 0; i < big::size; ++i)
        BOOST_TEST(big::text_catalog.find(big::text_entries[i].code) == &big::text_entries[i]);
}

BOOST_AUTO_TEST_CASE(error_code_message_and_condition) {
    pd::error_code const ec = shop::errors.make_error_code(1001);
    BOOST_TEST(ec.value() == 1001);
    BOOST_TEST(ec.category().name() == "shop"sv);
    BOOST_TEST(ec.message() == "Order not found");
    BOOST_TEST(ec.failed());
    BOOST_TEST(static_cast<bool>(ec));
    // Both ways round, and only the entry's class.
    BOOST_TEST((ec == status_class::client_error));
    BOOST_TEST((status_class::client_error == ec));
    BOOST_TEST((ec != status_class::server_error));
    BOOST_TEST((status_class::successful != ec));
    BOOST_TEST(
        (ec.default_error_condition() == pd::make_error_condition(status_class::client_error)));

    BOOST_TEST((shop::errors.make_error_code(2001) == status_class::server_error));
    BOOST_TEST((shop::errors.make_error_code(1) == status_class::successful));
    BOOST_TEST((shop::errors.make_error_code(-5) == status_class::client_error));
    BOOST_TEST(shop::errors.make_error_code(-5).message() == "Negative codes are codes too");

    // A catalog code is not the http_status code of the same status.
    BOOST_TEST((ec != pd::make_error_code(http_status::not_found)));
    BOOST_TEST((ec != pd::make_error_code(static_cast<http_status>(1001))));

    // The buffer overload: the message, truncated to the buffer, NUL-terminated.
    char buffer[6];
    BOOST_TEST(ec.category().message(1001, buffer, sizeof buffer) == "Order"sv);
    char big_buffer[64];
    BOOST_TEST(ec.category().message(1001, big_buffer, sizeof big_buffer) == "Order not found"sv);
    BOOST_TEST(ec.category().message(77, big_buffer, sizeof big_buffer) ==
               "shop: unknown code 77"sv);
    BOOST_TEST(ec.category().message(1001, nullptr, 0) != nullptr);
}

BOOST_AUTO_TEST_CASE(unknown_values) {
    auto const ec = shop::errors.make_error_code(77);
    BOOST_TEST(ec.value() == 77);
    BOOST_TEST(ec.message() == "shop: unknown code 77");
    BOOST_TEST(shop::errors.make_error_code(-2147483647 - 1).message() ==
               "shop: unknown code -2147483648");
    BOOST_TEST(shop::errors.find(ec) == nullptr);
    BOOST_TEST(!pd::catalog_entry_of(ec).has_value());
    // No status class for a code the catalog does not have.
    for (auto c : {status_class::informational, status_class::successful, status_class::redirection,
                   status_class::client_error, status_class::server_error})
        BOOST_TEST((ec != c));
    BOOST_TEST((ec.default_error_condition() == pd::error_condition(77, ec.category())));

    auto const text = shop::text_errors.make_error_code("NOPE");
    BOOST_TEST(text.value() == -1);
    BOOST_TEST(text.message() == "shop.text: unknown code");
    BOOST_TEST(shop::text_errors.find(text) == nullptr);
    BOOST_TEST(pd::error_code(0, shop::text_errors.category()).message() ==
               "shop.text: unknown code");
    BOOST_TEST(pd::error_code(4, shop::text_errors.category()).message() ==
               "shop.text: unknown code");

    // An enum's value that is not an enumerator, and one its type cannot hold.
    BOOST_TEST(shop::enum_errors.make_error_code(static_cast<shop::error>(11)).message() ==
               "shop.enum: unknown code 11");
    BOOST_TEST(pd::error_code(70000, shop::enum_errors.category()).message() ==
               "shop.enum: unknown code 70000");
    BOOST_TEST(shop::enum_errors.find(pd::error_code(70000 + 10, shop::enum_errors.category())) ==
               nullptr);
}

BOOST_AUTO_TEST_CASE(string_codes) {
    auto const ec = shop::text_errors.make_error_code("AMOUNT_TOO_SMALL");
    BOOST_TEST(ec.value() == 2);
    BOOST_TEST(ec.message() == "Amount too small");
    BOOST_TEST(ec.category().name() == "shop.text"sv);
    BOOST_TEST((ec == status_class::client_error));
    BOOST_TEST((shop::text_errors.make_error_code("INTERNAL") == status_class::server_error));
    auto const* e = shop::text_errors.find(ec);
    BOOST_TEST_REQUIRE(e != nullptr);
    BOOST_TEST(e->code == "AMOUNT_TOO_SMALL");
    BOOST_TEST(e->type == "https://shop.example/problems/amount");
}

BOOST_AUTO_TEST_CASE(std_error_code) {
    std::error_code const sec = shop::errors.make_error_code(1002);
    BOOST_TEST(sec.value() == 1002);
    BOOST_TEST(sec.message() == "Order already paid");
    BOOST_TEST(sec.category().name() == "shop"sv);
    BOOST_TEST((sec == std::error_condition(status_class::client_error)));
    BOOST_TEST((std::error_condition(status_class::client_error) == sec));
    BOOST_TEST((sec != std::error_condition(status_class::server_error)));
    BOOST_TEST((sec.default_error_condition() == std::error_condition(status_class::client_error)));

    // And back: the entry is found from the std::error_code.
    auto const* e = shop::errors.find(sec);
    BOOST_TEST_REQUIRE(e != nullptr);
    BOOST_TEST(e->code == 1002);
    BOOST_TEST((pd::error_code(sec) == shop::errors.make_error_code(1002)));
    auto const info = pd::catalog_entry_of(sec);
    BOOST_TEST_REQUIRE(info.has_value());
    BOOST_TEST(info->message == "Order already paid");

    std::error_code const text = shop::text_errors.make_error_code("ORDER_NOT_FOUND");
    BOOST_TEST(text.message() == "Order not found");
    BOOST_TEST((text == std::error_condition(status_class::client_error)));
}

BOOST_AUTO_TEST_CASE(error_code_enum) {
    boost::system::error_code const ec = shop::error::card_declined;
    BOOST_TEST(ec.value() == 20);
    BOOST_TEST(ec.message() == "Card declined");
    BOOST_TEST((ec == shop::error::card_declined));
    BOOST_TEST((ec != shop::error::out_of_stock));
    BOOST_TEST((ec == status_class::client_error));
    std::error_code const sec = shop::error::gateway_down;
    BOOST_TEST(sec.message() == "Gateway down");
    BOOST_TEST((sec == std::error_condition(status_class::server_error)));
    BOOST_TEST(shop::enum_errors.find(ec)->status == http_status::payment_required);
}

BOOST_AUTO_TEST_CASE(categories_are_distinct) {
    auto const& a = shop::errors.category();
    BOOST_TEST((&a == &shop::errors.category()));
    BOOST_TEST((a != shop::text_errors.category()));
    BOOST_TEST((a != shop::enum_errors.category()));
    BOOST_TEST((a != shop::errors_copy.category()));
    BOOST_TEST((a != pd::http_status_category()));
    BOOST_TEST((a != pd::error_category()));
    BOOST_TEST((a != big::catalog.category()));
    BOOST_TEST(shop::errors_copy.category().name() == "shop.copy"sv);

    // The same code in another catalog is another error, not found here.
    auto const mine = shop::errors.make_error_code(1001);
    auto const theirs = shop::errors_copy.make_error_code(1001);
    BOOST_TEST((mine != theirs));
    BOOST_TEST(shop::errors.find(theirs) == nullptr);
    BOOST_TEST(shop::errors_copy.find(theirs) != nullptr);
    BOOST_TEST(shop::errors.find(pd::make_error_code(http_status::not_found)) == nullptr);
    BOOST_TEST(shop::errors.find(pd::error_code()) == nullptr);

    // Same name and codes: equal categories, as across shared libraries.
    BOOST_TEST((&shop::errors_again.category() != &a));
    BOOST_TEST((shop::errors_again.category() == a));
    BOOST_TEST((shop::errors_again.make_error_code(1001) == mine));
    BOOST_TEST(shop::errors.find(shop::errors_again.make_error_code(1002)) ==
               &shop::error_entries[2]);

    // std::error_category identity follows.
    std::error_code const s1 = mine, s2 = theirs;
    BOOST_TEST((s1 != s2));
    BOOST_TEST((s1.category() != s2.category()));
}

BOOST_AUTO_TEST_CASE(type_erased_lookup) {
    auto const info = pd::catalog_entry_of(shop::errors.make_error_code(1003));
    BOOST_TEST_REQUIRE(info.has_value());
    BOOST_TEST(info->catalog == "shop");
    BOOST_TEST(info->status == http_status::unprocessable_content);
    BOOST_TEST(info->message == "Amount too small");
    BOOST_TEST(info->hint == "Send at least 100 (minor units).");
    BOOST_TEST(info->type == "https://shop.example/problems/amount");

    auto const text = pd::catalog_entry_of(shop::text_errors.make_error_code("INTERNAL"));
    BOOST_TEST_REQUIRE(text.has_value());
    BOOST_TEST(text->catalog == "shop.text");
    BOOST_TEST(text->status == http_status::internal_server_error);

    BOOST_TEST(!pd::catalog_entry_of(pd::make_error_code(http_status::not_found)).has_value());
    BOOST_TEST(!pd::catalog_entry_of(pd::make_error_code(pd::error::syntax)).has_value());
    BOOST_TEST(!pd::catalog_entry_of(pd::error_code()).has_value());
}

BOOST_AUTO_TEST_CASE(range_and_entries) {
    std::size_t n = 0;
    for (auto const& e : shop::errors) {
        BOOST_TEST(&e == &shop::error_entries[n]);
        BOOST_TEST((shop::errors.find(e.code) == &e));
        ++n;
    }
    BOOST_TEST(n == shop::errors.size());
}
