// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// The Vipps MobilePay catalogs: <problem_details/vipps/status_catalog.hpp>
// and <problem_details/vipps/legacy_codes.hpp>.
#include <problem_details/vipps/legacy_codes.hpp>
#include <problem_details/vipps/status_catalog.hpp>

#define BOOST_TEST_MODULE vipps_catalogs
#include "support/test_preamble.hpp"

#include <problem_details/classify.hpp>

#include "support/payloads.hpp"

#include <fstream>
#include <iterator>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>

namespace vipps = problem_details::vipps;
using pd::http_status;
using pd::status_class;
using namespace std::string_view_literals;

namespace problem_details {
inline std::ostream& boost_test_print_type(std::ostream& os, http_status s) {
    return os << pd::status_code(s);
}
} // namespace problem_details

// The seed's two legacy codes, at compile time.
static_assert(vipps::legacy_codes.find(35)->message == "Requested Order not found");
static_assert(vipps::legacy_codes.find(35)->status == http_status::not_found);
static_assert(vipps::legacy_codes.find(81)->message == "User not registered with Vipps");
static_assert(vipps::legacy_codes.find(81)->status == http_status::bad_request);
static_assert(vipps::find_legacy_code("35") == vipps::legacy_codes.find(35));
static_assert(vipps::find_legacy_code("81")->code == 81);
static_assert(vipps::find_legacy_code("") == nullptr);
static_assert(vipps::find_legacy_code("-35") == nullptr);
static_assert(vipps::find_legacy_code(" 35") == nullptr);
static_assert(vipps::find_legacy_code("36x") == nullptr);
static_assert(vipps::find_legacy_code("9999999999") == nullptr);
static_assert(vipps::find_legacy_code("40") == nullptr);
static_assert(vipps::legacy_codes.name() == "vipps.legacy");

// The seed's status table, at compile time.
static_assert(vipps::status_catalog.size() == 11);
static_assert(vipps::status_catalog.find(http_status::locked)
                  ->message.starts_with("Can be caused by transient"));
static_assert(vipps::status_catalog.find(http_status::accepted) == nullptr);
static_assert(vipps::status_catalog.name() == "vipps.status");

namespace {

// The seed's table, typed from the seed independently of the header.
std::map<int, std::string_view> const seed_table = {
    {200, "Request successful"},
    {201, "Request successful, resource created"},
    {204, "Request successful, but empty result"},
    {400, "Invalid request, see the error for details"},
    {401, "Invalid credentials"},
    {403, "Authentication ok, but credentials lack authorization"},
    {404, "The resource was not found"},
    {409, "Unsuccessful due to conflicting resource"},
    {423, "Can be caused by transient errors outside our control. Can also occur if an integrator "
          "repeatedly sends calls several times within a very short time frame"},
    {429, "See more details in rate limiting topic."},
    {500, "An internal Vipps MobilePay problem."},
};

} // namespace

BOOST_AUTO_TEST_CASE(status_table_is_the_seeds) {
    BOOST_TEST(vipps::status_catalog.size() == seed_table.size());
    for (auto const& [code, description] : seed_table) {
        BOOST_TEST_CONTEXT(code) {
            auto const s = static_cast<http_status>(code);
            auto const* e = vipps::status_catalog.find(s);
            BOOST_TEST_REQUIRE(e != nullptr);
            BOOST_TEST(e->status == s);
            BOOST_TEST(e->message == description);
            BOOST_TEST(e->type.empty());
            // Errors have a hint (the diagnosis fallback's); successes do not.
            BOOST_TEST(e->hint.empty() == !pd::is_error(s));
            auto const ec = vipps::status_catalog.make_error_code(s);
            BOOST_TEST(ec.value() == code);
            BOOST_TEST(ec.message() == std::string(description));
            BOOST_TEST((ec == pd::make_error_condition(pd::class_of(s))));
            std::error_code const sec = ec;
            BOOST_TEST((sec == std::error_condition(pd::class_of(s))));
        }
    }
    // 423 and 429: retry with the same Idempotency-Key.
    BOOST_TEST(vipps::status_catalog.find(http_status::locked)->hint.find("Idempotency-Key") !=
               std::string_view::npos);
    BOOST_TEST(
        vipps::status_catalog.find(http_status::too_many_requests)->hint.find("Idempotency-Key") !=
        std::string_view::npos);
    // 2xx success, 4xx the client's, 5xx the server's.
    BOOST_TEST(
        (vipps::status_catalog.make_error_code(http_status::created) == status_class::successful));
    BOOST_TEST((vipps::status_catalog.make_error_code(http_status::conflict) ==
                status_class::client_error));
    BOOST_TEST((vipps::status_catalog.make_error_code(http_status::internal_server_error) ==
                status_class::server_error));
    BOOST_TEST(vipps::status_catalog.make_error_code(http_status::accepted).message() ==
               "vipps.status: unknown code 202");
}

BOOST_AUTO_TEST_CASE(legacy_35_and_81) {
    auto const ec35 = vipps::legacy_codes.make_error_code(35);
    BOOST_TEST(ec35.value() == 35);
    BOOST_TEST(ec35.category().name() == "vipps.legacy"sv);
    BOOST_TEST(ec35.message() == "Requested Order not found");
    BOOST_TEST((ec35 == status_class::client_error));
    auto const info = pd::catalog_entry_of(ec35);
    BOOST_TEST_REQUIRE(info.has_value());
    BOOST_TEST(info->status == http_status::not_found);
    BOOST_TEST(info->hint.find("unique per MSN") != std::string_view::npos);

    std::error_code const ec81 = vipps::legacy_codes.make_error_code(81);
    BOOST_TEST(ec81.message() == "User not registered with Vipps");
    BOOST_TEST((ec81 == std::error_condition(status_class::client_error)));
    BOOST_TEST(vipps::legacy_codes.find(ec81)->hint.find("under 15") != std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(legacy_codes_match_the_table) {
    // Every numeric code of legacy-ecom-error-codes.tsv is in the catalog, and nothing else.
    std::ifstream in(std::string(PROBLEM_DETAILS_PAYLOADS_DIR) + "/legacy-ecom-error-codes.tsv");
    BOOST_TEST_REQUIRE(in.good());
    std::string line;
    std::getline(in, line); // header
    std::map<int, int> codes;
    while (std::getline(in, line)) {
        auto const tab = line.find('\t');
        std::string const code = line.substr(0, tab);
        if (code == "-")
            continue; // InvalidRequest: the field name is the code
        codes[std::stoi(code)]++;
    }
    BOOST_TEST(codes.size() == vipps::legacy_codes.size());
    for (auto const& [code, rows] : codes)
        BOOST_TEST_CONTEXT(code) {
            BOOST_TEST(vipps::legacy_codes.contains(code));
        }
    for (auto const& e : vipps::legacy_codes)
        if (e.code != 35) // 35 comes from the seed (and is in the table too)
            BOOST_TEST(codes.count(e.code) == 1u, "code " << e.code << " is in the table");
    BOOST_TEST(codes.count(35) == 1u);
    for (auto const& e : vipps::legacy_codes) {
        BOOST_TEST_CONTEXT(e.code) {
            BOOST_TEST(!e.message.empty());
            BOOST_TEST(pd::is_client_error(e.status));
            BOOST_TEST(e.type.empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(legacy_codes_agree_with_diagnosis) {
    // Every errorCode the diagnosis catalog knows is a legacy code, and its
    // hint is the diagnosis entry's.
    int seen = 0;
    for (auto const& d : vipps::diagnosis_catalog)
        for (auto code : d.codes) {
            if (code.empty())
                continue;
            BOOST_TEST_CONTEXT(d.id << " " << code) {
                auto const* e = vipps::find_legacy_code(code);
                BOOST_TEST_REQUIRE(e != nullptr);
                BOOST_TEST(e->hint == d.hint);
                ++seen;
            }
        }
    BOOST_TEST(seen >= 6);
}

BOOST_AUTO_TEST_CASE(legacy_payloads) {
    // The shared legacy payloads: classify, then look the errorCode up.
    for (auto const& [file, status, message] :
         {std::tuple{"legacy-ecom-35.json", 404, "Requested Order not found"},
          std::tuple{"legacy-ecom-81.json", 400, "User not registered with Vipps"}}) {
        BOOST_TEST_CONTEXT(file) {
            std::ifstream in(std::string(PROBLEM_DETAILS_PAYLOADS_DIR) + "/" + file);
            std::string const body((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
            BOOST_TEST_REQUIRE(!body.empty());
            auto const c = pd::classify({.status = pd::to_status(status), .body = body});
            auto const* e = vipps::find_legacy_code(c.body_code);
            BOOST_TEST_REQUIRE(e != nullptr);
            BOOST_TEST(e->message == std::string_view(message));
            BOOST_TEST(e->message == c.problem.detail);
            BOOST_TEST(pd::status_code(e->status) == status);
        }
    }
}
