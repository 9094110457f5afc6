// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/builder.hpp>

#define BOOST_TEST_MODULE builder
#include "support/test_preamble.hpp"

#include <problem_details/serialize.hpp>

#include <boost/json/array.hpp>

#if __has_include(<problem_details/problem_type.hpp>)
#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#define PROBLEM_DETAILS_TEST_WITH_PROBLEM_TYPE 1
#endif

#include <map>
#include <set>
#include <string>
#include <type_traits>

using pd::http_status;

namespace {
// The three constants a problem type has (problem_type.hpp's concept asks
// for a described struct too; make_problem needs only these).
struct out_of_credit {
    static constexpr std::string_view type_uri = "https://example.com/probs/out-of-credit";
    static constexpr http_status default_status = http_status::forbidden;
    static constexpr std::string_view title = "You do not have enough credit.";
};
struct not_a_problem_type {
    static constexpr std::string_view type_uri = "x";
};
} // namespace

static_assert(pd::problem_type_constants<out_of_credit>);

#if defined(PROBLEM_DETAILS_TEST_WITH_PROBLEM_TYPE)
namespace {
// A full problem_type (problem_type.hpp): make_problem takes it too.
struct described_out_of_credit {
    static constexpr std::string_view type_uri = "https://example.com/probs/out-of-credit";
    static constexpr http_status default_status = http_status::forbidden;
    static constexpr std::string_view title = "You do not have enough credit.";
    std::int64_t balance = 0;
};
BOOST_DESCRIBE_STRUCT(described_out_of_credit, (), (balance))
} // namespace
static_assert(pd::problem_type<described_out_of_credit>);
static_assert(pd::problem_type_constants<described_out_of_credit>);

BOOST_AUTO_TEST_CASE(from_a_problem_type_of_problem_type_hpp) {
    pd::problem const p = pd::make_problem<described_out_of_credit>();
    BOOST_TEST(p.type == "https://example.com/probs/out-of-credit");
    BOOST_TEST((p.status == http_status::forbidden));
}
#endif
static_assert(!pd::problem_type_constants<not_a_problem_type>);
static_assert(!pd::problem_type_constants<int>);

BOOST_AUTO_TEST_CASE(from_a_status_is_about_blank_titled_by_the_reason_phrase) {
    pd::problem const p = pd::make_problem(http_status::not_found);
    BOOST_TEST(p.type == "about:blank");
    BOOST_TEST(p.title == "Not Found");
    BOOST_TEST((p.status == http_status::not_found));
    BOOST_TEST(p.detail.empty());
    BOOST_TEST(p.instance.empty());
    BOOST_TEST(p.extensions.empty());
    BOOST_TEST(pd::to_json(p) == R"({"type":"about:blank","status":404,"title":"Not Found"})");
    // Every status of the seed's table.
    for (int code : {200, 201, 204, 400, 401, 403, 404, 409, 423, 429, 500}) {
        auto const s = static_cast<http_status>(code);
        pd::problem const q = pd::make_problem(s);
        BOOST_TEST(q.title == pd::reason_phrase(s));
        BOOST_TEST((q.status == s));
    }
    BOOST_TEST(pd::problem(pd::make_problem(http_status::locked)).title == "Locked");
    BOOST_TEST(pd::problem(pd::make_problem(http_status{499})).title == "Unknown");
}

BOOST_AUTO_TEST_CASE(fluent_setters_chain_on_temporaries_and_lvalues) {
    pd::problem const p = pd::make_problem(http_status::not_found)
                              .detail("No order 42 for this sales unit.")
                              .instance("/orders/42")
                              .extension("orderId", "42")
                              .extension("attempts", 3)
                              .extension("tags", boost::json::array{"a", "b"});
    BOOST_TEST(pd::to_json(p) ==
               R"({"type":"about:blank","status":404,"title":"Not Found",)"
               R"("detail":"No order 42 for this sales unit.","instance":"/orders/42",)"
               R"("orderId":"42","attempts":3,"tags":["a","b"]})");
    pd::problem_builder b;
    b.type("https://example.com/t").title("T").status(http_status::conflict);
    b.extension("x", 1).extension("x", 2); // replaced, not repeated
    BOOST_TEST(b.get().extensions.size() == 1u);
    BOOST_TEST(b.get().extensions.at("x").as_int64() == 2);
    pd::problem const copy = b.build();
    pd::problem const moved = std::move(b).build();
    BOOST_TEST((copy == moved));
    BOOST_TEST((moved.status == http_status::conflict));
    // A map and a vector convert through value_from.
    pd::problem const m = pd::make_problem(http_status::bad_request)
                              .extension("limits", std::map<std::string, int>{{"max", 10}});
    BOOST_TEST(pd::to_json(m).find(R"("limits":{"max":10})") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(from_a_problem_type) {
    pd::problem const p =
        pd::make_problem<out_of_credit>().detail("Balance 30, cost 50.").extension("balance", 30);
    BOOST_TEST(p.type == "https://example.com/probs/out-of-credit");
    BOOST_TEST(p.title == "You do not have enough credit.");
    BOOST_TEST((p.status == http_status::forbidden));
    BOOST_TEST(pd::to_json(p) ==
               R"({"type":"https://example.com/probs/out-of-credit","status":403,)"
               R"("title":"You do not have enough credit.","detail":"Balance 30, cost 50.",)"
               R"("balance":30})");
    pd::problem const q = pd::make_problem<out_of_credit>(http_status::payment_required);
    BOOST_TEST((q.status == http_status::payment_required));
    BOOST_TEST(q.title == "You do not have enough credit.");
}

BOOST_AUTO_TEST_CASE(random_instances_are_fresh_urn_uuids) {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        std::string const u = pd::new_urn_uuid();
        BOOST_TEST_REQUIRE(u.size() == pd::urn_uuid_size);
        BOOST_TEST(u.substr(0, 9) == "urn:uuid:");
        for (std::size_t k = 9; k < u.size(); ++k) {
            std::size_t const at = k - 9;
            if (at == 8 || at == 13 || at == 18 || at == 23)
                BOOST_TEST(u[k] == '-');
            else
                BOOST_TEST(((u[k] >= '0' && u[k] <= '9') || (u[k] >= 'a' && u[k] <= 'f')));
        }
        BOOST_TEST(u[9 + 14] == '4'); // version 4 (random)
        char const variant = u[9 + 19];
        BOOST_TEST((variant == '8' || variant == '9' || variant == 'a' || variant == 'b'));
        seen.insert(u);
    }
    BOOST_TEST(seen.size() == 200u);
    pd::problem const p = pd::make_problem(http_status::internal_server_error).random_instance();
    BOOST_TEST(p.instance.rfind("urn:uuid:", 0) == 0u);
}

// Issue 17: `auto p = make_problem(...)` is a builder; `p.status == ...` did
// not compile ('<unresolved overloaded function type>') and nothing could be
// read back. The builder's members are read by calling them without an
// argument, as they are set with one.
BOOST_AUTO_TEST_CASE(auto_from_make_problem_reads_like_a_problem) {
    auto p = pd::make_problem(http_status::not_found)
                 .detail("No order 42")
                 .instance("/orders/42")
                 .extension("n", 42);
    static_assert(std::is_same_v<decltype(p), pd::problem_builder>);
    BOOST_TEST((p.status() == http_status::not_found));
    BOOST_TEST(p.type() == "about:blank");
    BOOST_TEST(p.title() == "Not Found");
    BOOST_TEST(p.detail() == "No order 42");
    BOOST_TEST(p.instance() == "/orders/42");
    BOOST_TEST(p.extensions().at("n").as_int64() == 42);
    // Written as the problem it builds.
    BOOST_TEST(
        pd::to_json(p) ==
        R"({"type":"about:blank","status":404,"title":"Not Found","detail":"No order 42","instance":"/orders/42","n":42})");
    p.status(http_status::gone); // an lvalue builder is still set the same way
    BOOST_TEST((p.status() == http_status::gone));
    pd::problem const q = p;
    BOOST_TEST((q.status == http_status::gone)); // the struct, with data members
    auto const typed = pd::make_problem<out_of_credit>();
    BOOST_TEST((typed.status() == http_status::forbidden));
    BOOST_TEST(typed.title() == "You do not have enough credit.");
    BOOST_TEST(typed.type() == "https://example.com/probs/out-of-credit");
}
