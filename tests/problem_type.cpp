// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/problem_type.hpp>

#define BOOST_TEST_MODULE problem_type
#include "support/test_preamble.hpp"

#include "support/typed_types.hpp"

#include <problem_details/dispatch.hpp>
#include <problem_details/fixed_vector.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include <map>
#include <string>
#include <string_view>

namespace vipps = problem_details::vipps;
using pd::http_status;
using test_types::kitchen_sink;
using test_types::owned_kitchen_sink;
using test_types::plain_problem;

namespace local {
struct not_described {
    static constexpr std::string_view type_uri = "https://example.com/x";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "X";
};
struct no_title {
    static constexpr std::string_view type_uri = "https://example.com/x";
    static constexpr http_status default_status = http_status::bad_request;
};
BOOST_DESCRIBE_STRUCT(no_title, (), ())

// URIs sharing long prefixes and lengths, for the search.
struct t0 {
    static constexpr std::string_view type_uri = "https://e.com/a";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "0";
};
struct t1 {
    static constexpr std::string_view type_uri = "https://e.com/b";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "1";
};
struct t2 {
    static constexpr std::string_view type_uri = "https://e.com/aa";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "2";
};
struct t3 {
    static constexpr std::string_view type_uri = "https://e.com/ab";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "3";
};
struct t4 {
    static constexpr std::string_view type_uri = "https://e.com/";
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "4";
};
BOOST_DESCRIBE_STRUCT(t0, (), ())
BOOST_DESCRIBE_STRUCT(t1, (), ())
BOOST_DESCRIBE_STRUCT(t2, (), ())
BOOST_DESCRIBE_STRUCT(t3, (), ())
BOOST_DESCRIBE_STRUCT(t4, (), ())
} // namespace local
using namespace local;

// --- the concept -------------------------------------------------------------
static_assert(pd::problem_type<vipps::validation_error>);
static_assert(pd::problem_type<vipps::invalid_params_error>);
static_assert(pd::problem_type<vipps::epayment_error>);
static_assert(pd::problem_type<vipps::owning::validation_error>);
static_assert(pd::problem_type<kitchen_sink>);
static_assert(pd::problem_type<plain_problem>);
static_assert(!pd::problem_type<not_described>);
static_assert(!pd::problem_type<no_title>);
static_assert(!pd::problem_type<int>);
static_assert(!pd::problem_type<test_types::point>); // described, but no constants

// --- the facts, at compile time ----------------------------------------------
using ve = pd::problem_type_traits<vipps::validation_error>;
static_assert(ve::type_uri == "https://developer.vippsmobilepay.com/api-name/v1/validation-error");
static_assert(ve::default_status == http_status::bad_request);
static_assert(ve::title == "Your request parameters didn't validate.");
static_assert(ve::member_count == 1);
static_assert(ve::borrows && !ve::allocates);
static_assert(pd::problem_type_traits<vipps::owning::validation_error>::allocates);
static_assert(!pd::problem_type_traits<vipps::owning::validation_error>::borrows);
static_assert(pd::problem_type_traits<kitchen_sink>::member_count == 12);
static_assert(!pd::problem_type_traits<kitchen_sink>::allocates);
static_assert(pd::problem_type_traits<owned_kitchen_sink>::allocates);
static_assert(pd::problem_type_traits<plain_problem>::member_count == 0);
static_assert(pd::problem_type_traits<vipps::epayment_error>::type_uri ==
              vipps::epayment_error_uri);

// --- which member types are supported ----------------------------------------
static_assert(pd::detail::supported_member<std::string_view>());
static_assert(pd::detail::supported_member<std::string>());
static_assert(pd::detail::supported_member<bool>());
static_assert(pd::detail::supported_member<std::uint64_t>());
static_assert(pd::detail::supported_member<std::int8_t>());
static_assert(pd::detail::supported_member<double>());
static_assert(pd::detail::supported_member<std::optional<test_types::point>>());
static_assert(pd::detail::supported_member<pd::fixed_vector<test_types::labelled, 3>>());
static_assert(pd::detail::supported_member<std::vector<std::vector<int>>>());
static_assert(!pd::detail::supported_member<char>());
static_assert(!pd::detail::supported_member<char const*>());
static_assert(!pd::detail::supported_member<std::map<int, int>>());
static_assert(!pd::detail::supported_member<std::optional<std::optional<int>>>());
static_assert(!pd::detail::supported_member<std::vector<std::optional<int>>>());
static_assert(!pd::detail::supported_member<not_described>());
static_assert(pd::detail::is_standard_name("instance") && !pd::detail::is_standard_name("traceId"));

// --- the constant part of the output, built at compile time -------------------
using prefix = pd::detail::typed_prefix<vipps::validation_error>;
static_assert(std::string_view(prefix::text.data(), prefix::size) ==
              R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
              R"("status":400,"title":"Your request parameters didn't validate.")");
static_assert(std::string_view(prefix::text.data(), prefix::type_end) ==
              R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error")");
using sink_prefix = pd::detail::typed_prefix<kitchen_sink>;
static_assert(
    std::string_view(sink_prefix::text.data(), sink_prefix::size) ==
    R"({"type":"https://example.com/probs/kitchen-sink","status":422,"title":"Everything \"at once\"")");
static_assert(std::string_view(sink_prefix::text.data(), sink_prefix::status_end) ==
              R"({"type":"https://example.com/probs/kitchen-sink","status":422)");

// --- dispatch sets ------------------------------------------------------------
using vipps_set =
    pd::problem_type_set<vipps::validation_error, vipps::epayment_error, kitchen_sink>;
static_assert(vipps_set::size == 3);
static_assert(vipps_set::find(vipps::validation_error_uri) == 0);
static_assert(vipps_set::find(vipps::epayment_error_uri) == 1);
static_assert(vipps_set::find("https://example.com/probs/kitchen-sink") == 2);
static_assert(vipps_set::find("about:blank") == vipps_set::npos);
static_assert(vipps_set::find("") == vipps_set::npos);
static_assert(vipps_set::unique_uris);

BOOST_AUTO_TEST_CASE(compile_time_facts_hold_at_run_time_too) {
    BOOST_TEST(vipps_set::find(std::string(vipps::epayment_error_uri)) == 1u);
    BOOST_TEST(vipps_set::find(std::string(vipps::epayment_error_uri) + "/") == vipps_set::npos);
    BOOST_TEST(pd::typed_problem_view<vipps::validation_error>::type() ==
               vipps::validation_error_uri);
    pd::typed_problem_view<vipps::epayment_error> e;
    BOOST_TEST((e.status == http_status::bad_request));
    BOOST_TEST(e.title == "ePayment API error");
    e.title = {};
    BOOST_TEST(e.effective_title() == "ePayment API error");
    e.status.reset();
    BOOST_TEST((e.effective_status() == http_status::bad_request));
}

BOOST_AUTO_TEST_CASE(a_large_set_finds_every_uri) {
    // Many URIs sharing long prefixes and lengths: the search must still be exact.
    using set =
        pd::problem_type_set<t0, t1, t2, t3, t4, vipps::validation_error, vipps::epayment_error>;
    static_assert(set::find("https://e.com/a") == 0 && set::find("https://e.com/b") == 1 &&
                  set::find("https://e.com/aa") == 2 && set::find("https://e.com/ab") == 3 &&
                  set::find("https://e.com/") == 4 && set::find(vipps::validation_error_uri) == 5 &&
                  set::find(vipps::epayment_error_uri) == 6 &&
                  set::find("https://e.com/c") == set::npos &&
                  set::find("https://e.com/ac") == set::npos);
    for (std::size_t i = 1; i < set::size; ++i)
        BOOST_TEST(pd::detail::uri_less(set::table[i - 1].uri, set::table[i].uri));
}

BOOST_AUTO_TEST_CASE(fixed_vector_holds_up_to_its_capacity) {
    static_assert(pd::fixed_vector<int, 2>::capacity() == 2);
    pd::fixed_vector<int, 2> v;
    BOOST_TEST(v.empty());
    BOOST_TEST(v.try_push_back(1));
    BOOST_TEST(v.try_push_back(2));
    BOOST_TEST(!v.try_push_back(3)); // full: refused, nothing changed
    BOOST_TEST(v.size() == 2u);
    BOOST_TEST(v.full());
    BOOST_TEST(v.back() == 2);
    v.clear();
    BOOST_TEST(v.empty());
    BOOST_TEST_REQUIRE(v.try_emplace_back() != nullptr);
    BOOST_TEST(v[0] == 0);
    BOOST_TEST((pd::fixed_vector<int, 3>{1, 2} == pd::fixed_vector<int, 3>{1, 2}));
    BOOST_TEST(!(pd::fixed_vector<int, 3>{1, 2} == pd::fixed_vector<int, 3>{1}));
    // Elements that own memory are copied, moved and destroyed properly.
    pd::fixed_vector<std::string, 3> s{"short", std::string(100, 'x')};
    auto copy = s;
    auto moved = std::move(s);
    BOOST_TEST((copy == moved));
    copy = moved;
    BOOST_TEST(copy[1].size() == 100u);
}
