// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/openapi.hpp>

#define BOOST_TEST_MODULE openapi
#include "support/test_preamble.hpp"

#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/catalog.hpp>
#include <problem_details/error.hpp>
#include <problem_details/vipps/documentation.hpp>

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace json = boost::json;
using namespace test_types;

namespace {

std::string text(json::value const& v) {
    return std::string(v.as_string().data(), v.as_string().size());
}

inline constexpr pd::catalog_entry<int> shop_entries[] = {
    {1002, pd::http_status::conflict, "Order already \"paid\""},
    {1001, pd::http_status::not_found, "Order not found", "Check the order id."},
    {1003, pd::http_status::ok, "Not an error"},
};
inline constexpr pd::catalog<shop_entries, "shop.orders"> shop_errors{};

inline constexpr pd::catalog_entry<std::string_view> token_entries[] = {
    {"invalid_token", pd::http_status::unauthorized, "The access token is invalid"},
    {"expired_token", pd::http_status::unauthorized, "The access token has expired"},
};
inline constexpr pd::catalog<token_entries, "auth"> token_errors{};

using types = pd::problem_type_set<kitchen_sink, plain_problem, retry_later>;

constexpr pd::openapi_options options{.title = "Shop problems",
                                      .version = "2.1.0",
                                      .description = "All of them.",
                                      .license_name = "BSL",
                                      .license_identifier = "BSL-1.0",
                                      .server_url = "https://shop.example"};

std::vector<std::string> keys(json::value const& v) {
    std::vector<std::string> out;
    for (auto const& m : v.as_object())
        out.emplace_back(m.key());
    return out;
}

std::vector<std::string> refs(json::value const& schema) {
    std::vector<std::string> out;
    if (auto const* any = schema.as_object().if_contains("anyOf")) {
        for (auto const& r : any->as_array())
            out.emplace_back(r.at("$ref").as_string());
    } else {
        out.emplace_back(schema.at("$ref").as_string());
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_complete_document) {
    std::string const text = pd::openapi_document(types{}, options, shop_errors, token_errors);
    BOOST_TEST(text.size() ==
               pd::openapi_document_size(types{}, options, shop_errors, token_errors));
    BOOST_TEST(text.back() == '\n');
    json::object const d = json::parse(text).as_object();
    BOOST_TEST(keys(d) ==
                   (std::vector<std::string>{"openapi", "info", "servers", "paths", "components"}),
               boost::test_tools::per_element());
    BOOST_TEST(d.at("openapi") == "3.1.0");
    BOOST_TEST(d.at("info").at("title") == "Shop problems");
    BOOST_TEST(d.at("info").at("version") == "2.1.0");
    BOOST_TEST(d.at("info").at("description") == "All of them.");
    BOOST_TEST(d.at("info").at("license").at("identifier") == "BSL-1.0");
    BOOST_TEST(d.at("servers").at(0).at("url") == "https://shop.example");
    BOOST_TEST(d.at("paths").as_object().empty());
}

BOOST_AUTO_TEST_CASE(schemas) {
    json::object const d =
        json::parse(pd::openapi_document(types{}, options, shop_errors, token_errors)).as_object();
    auto const& s = d.at("components").at("schemas");
    BOOST_TEST(keys(s) == (std::vector<std::string>{"ProblemDetails", "KitchenSink", "Plain",
                                                    "RetryLater", "ShopOrdersCode", "AuthCode"}),
               boost::test_tools::per_element());
    // The base: RFC 9457's members, extensions allowed, RFC 9457 Appendix B's XML name.
    auto const& base = s.at("ProblemDetails");
    BOOST_TEST(keys(base.at("properties")) ==
                   (std::vector<std::string>{"type", "title", "status", "detail", "instance"}),
               boost::test_tools::per_element());
    BOOST_TEST(base.at("properties").at("type").at("default") == "about:blank");
    BOOST_TEST(base.at("additionalProperties") == true);
    BOOST_TEST(base.at("xml").at("namespace") == "urn:ietf:rfc:7807");
    // A type: allOf the base, its type fixed, its members.
    auto const& sink = s.at("KitchenSink");
    BOOST_TEST(sink.at("allOf").at(0).at("$ref") == "#/components/schemas/ProblemDetails");
    BOOST_TEST(text(sink.at("properties").at("type").at("const")) == kitchen_sink::type_uri);
    BOOST_TEST(sink.at("properties").at("status").at("default") == 422);
    BOOST_TEST(sink.at("properties").at("points").at("maxItems") == 4);
    BOOST_TEST(!sink.as_object().contains("$schema"));
    BOOST_TEST(s.at("RetryLater").at("properties").at("status").at("const") == 503);
    // Catalogs: the codes as an enum, in the catalog's order, with their messages.
    auto const& shop = s.at("ShopOrdersCode");
    BOOST_TEST(shop.at("type") == "integer");
    BOOST_TEST(shop.at("enum") == (json::array{1002, 1001, 1003}));
    BOOST_TEST(shop.at("x-enumDescriptions").at("1002") == "Order already \"paid\"");
    BOOST_TEST(shop.at("x-enumDescriptions").at("1001") == "Order not found");
    auto const& auth = s.at("AuthCode");
    BOOST_TEST(auth.at("type") == "string");
    BOOST_TEST(auth.at("enum") == (json::array{"invalid_token", "expired_token"}));
    BOOST_TEST(auth.at("x-enumDescriptions").at("expired_token") == "The access token has expired");
}

BOOST_AUTO_TEST_CASE(responses_per_status) {
    json::object const d =
        json::parse(pd::openapi_document(types{}, options, shop_errors, token_errors)).as_object();
    auto const& r = d.at("components").at("responses");
    // The types' default statuses and the catalogs' error statuses (not 200), ascending.
    BOOST_TEST(keys(r) == (std::vector<std::string>{"Problem401", "Problem404", "Problem409",
                                                    "Problem422", "Problem503"}),
               boost::test_tools::per_element());
    for (auto const& m : r.as_object()) {
        BOOST_TEST_CONTEXT(m.key()) {
            BOOST_TEST(keys(m.value().at("content")) ==
                           (std::vector<std::string>{"application/problem+json",
                                                     "application/problem+xml"}),
                       boost::test_tools::per_element());
        }
    }
    BOOST_TEST(refs(r.at("Problem422").at("content").at("application/problem+json").at("schema")) ==
                   (std::vector<std::string>{"#/components/schemas/KitchenSink",
                                             "#/components/schemas/ProblemDetails"}),
               boost::test_tools::per_element());
    BOOST_TEST(refs(r.at("Problem404").at("content").at("application/problem+xml").at("schema")) ==
                   (std::vector<std::string>{"#/components/schemas/ProblemDetails"}),
               boost::test_tools::per_element());
    BOOST_TEST(r.at("Problem409").at("description") ==
               "409 Conflict: a problem document (RFC 9457). Codes of shop.orders: 1002.");
    BOOST_TEST(r.at("Problem401").at("description") ==
               "401 Unauthorized: a problem document (RFC 9457). Codes of auth: invalid_token, "
               "expired_token.");
}

BOOST_AUTO_TEST_CASE(minimal_options_and_no_catalogs) {
    json::object const d =
        json::parse(pd::openapi_document(pd::problem_type_set<plain_problem>{}, {})).as_object();
    BOOST_TEST(d.at("info").at("title") == "Problem types");
    BOOST_TEST(!d.at("info").as_object().contains("license"));
    BOOST_TEST(!d.contains("servers"));
    BOOST_TEST(keys(d.at("components").at("responses")) == (std::vector<std::string>{"Problem409"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(into_a_buffer) {
    std::string const text = pd::openapi_document(types{}, options, shop_errors);
    std::vector<char> buffer(text.size(), '\0');
    auto const n = pd::write_openapi_document(buffer, types{}, options, shop_errors);
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST(std::string_view(buffer.data(), *n) == text);
    std::vector<char> small(text.size() - 1, '#');
    BOOST_TEST(pd::write_openapi_document(small, types{}, options, shop_errors).error() ==
               pd::error::buffer_too_small);
    BOOST_TEST(std::string_view(small.data(), small.size()).find_first_not_of('#') ==
               std::string_view::npos);
}

// The committed document is what the code generates: it cannot drift.
BOOST_AUTO_TEST_CASE(committed_vipps_document_is_generated) {
    auto const path = std::filesystem::path(PROBLEM_DETAILS_SOURCE_DIR) / "docs" / "openapi" /
                      "vipps-problems.json";
    BOOST_TEST(
        test_support::read_file(path) == pd::vipps::openapi_document(),
        "docs/openapi/vipps-problems.json differs from the generated document: regenerate it with "
        "`problem-details schema --openapi > docs/openapi/vipps-problems.json`");
    json::object const d = json::parse(pd::vipps::openapi_document()).as_object();
    auto const& s = d.at("components").at("schemas");
    BOOST_TEST(keys(s) == (std::vector<std::string>{"ProblemDetails", "VippsValidationError",
                                                    "VippsEpaymentError", "VippsStatusCode",
                                                    "VippsLegacyCode"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.at("VippsLegacyCode").at("x-enumDescriptions").at("35") ==
               "Requested Order not found");
    BOOST_TEST(s.at("VippsLegacyCode").at("x-enumDescriptions").at("81") ==
               "User not registered with Vipps");
}
