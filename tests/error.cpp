// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// The header under test comes first: it must be self-contained.
#include <problem_details/error.hpp>

#define BOOST_TEST_MODULE error
#include "support/test_preamble.hpp"

#include <boost/json/error.hpp>

#include <array>
#include <set>
#include <string>
#include <system_error>
#include <utility>

using pd::condition;
using pd::error;

namespace {

// Every enumerator with the group it belongs to, in declaration order.
constexpr std::array<std::pair<error, condition>, 34> all_errors{{
    {error::syntax, condition::malformed_json},
    {error::incomplete, condition::malformed_json},
    {error::trailing_data, condition::malformed_json},
    {error::invalid_number, condition::malformed_json},
    {error::exponent_overflow, condition::malformed_json},
    {error::control_character, condition::malformed_json},
    {error::invalid_escape, condition::malformed_json},
    {error::invalid_surrogate, condition::malformed_json},
    {error::invalid_utf8, condition::malformed_json},
    {error::too_deep, condition::limit_exceeded},
    {error::document_too_large, condition::limit_exceeded},
    {error::too_many_members, condition::limit_exceeded},
    {error::string_too_long, condition::limit_exceeded},
    {error::not_an_object, condition::not_a_problem},
    {error::wrong_type, condition::rfc_violation},
    {error::status_not_integer, condition::rfc_violation},
    {error::status_out_of_range, condition::rfc_violation},
    {error::relative_type_uri, condition::rfc_violation},
    {error::invalid_uri, condition::rfc_violation},
    {error::duplicate_member, condition::rfc_violation},
    {error::scratch_too_small, condition::buffer_too_small},
    {error::buffer_too_small, condition::buffer_too_small},
    {error::invalid_utf8_in_value, condition::invalid_problem},
    {error::invalid_extension_value, condition::invalid_problem},
    {error::conflicting_member, condition::invalid_problem},
    {error::type_mismatch, condition::typed_mismatch},
    {error::missing_member, condition::typed_mismatch},
    {error::member_wrong_type, condition::typed_mismatch},
    {error::value_out_of_range, condition::typed_mismatch},
    {error::capacity_exceeded, condition::typed_mismatch},
    {error::invalid_status_text, condition::invalid_input},
    {error::unknown_status_name, condition::invalid_input},
    {error::invalid_http_message, condition::invalid_input},
    {error::invalid_retry_after, condition::invalid_input},
}};

constexpr std::array<condition, 8> all_conditions{
    condition::malformed_json, condition::limit_exceeded,   condition::not_a_problem,
    condition::rfc_violation,  condition::buffer_too_small, condition::invalid_problem,
    condition::typed_mismatch, condition::invalid_input,
};

} // namespace

BOOST_AUTO_TEST_CASE(enumerators_are_contiguous_and_the_table_is_complete) {
    for (std::size_t i = 0; i < all_errors.size(); ++i)
        BOOST_TEST(static_cast<int>(all_errors[i].first) == static_cast<int>(i) + 1);
    // A value past the last enumerator is unknown: if this fails, an
    // enumerator was added and the table above needs it.
    auto const past_end = static_cast<int>(all_errors.size()) + 1;
    auto const unknown = pd::error_category().message(past_end);
    BOOST_TEST(unknown == pd::error_category().message(0));
    for (auto const& [e, c] : all_errors)
        BOOST_TEST(pd::make_error_code(e).message() != unknown);
}

BOOST_AUTO_TEST_CASE(every_error_has_a_distinct_nonempty_message) {
    std::set<std::string> seen;
    for (auto const& [e, c] : all_errors) {
        auto const ec = pd::make_error_code(e);
        std::string const msg = ec.message();
        BOOST_TEST_INFO("error value " << static_cast<int>(e));
        BOOST_TEST(!msg.empty());
        BOOST_TEST_INFO("message: " << msg);
        BOOST_TEST(seen.insert(msg).second);
        // The non-allocating overload says the same.
        char buf[8];
        BOOST_TEST(std::string(ec.category().message(ec.value(), buf, sizeof buf)) == msg);
    }
}

BOOST_AUTO_TEST_CASE(every_condition_has_a_distinct_nonempty_message) {
    std::set<std::string> seen;
    for (auto c : all_conditions) {
        std::string const msg = pd::make_error_condition(c).message();
        BOOST_TEST(!msg.empty());
        BOOST_TEST_INFO("message: " << msg);
        BOOST_TEST(seen.insert(msg).second);
    }
}

BOOST_AUTO_TEST_CASE(categories_are_named_and_distinct) {
    BOOST_TEST(std::string(pd::error_category().name()) == "problem_details");
    BOOST_TEST(std::string(pd::condition_category().name()) == "problem_details.condition");
    BOOST_TEST((pd::error_category() != pd::condition_category()));
    BOOST_TEST(&pd::error_category() == &pd::error_category());
}

BOOST_AUTO_TEST_CASE(each_error_maps_to_exactly_its_condition) {
    for (auto const& [e, c] : all_errors) {
        BOOST_TEST_INFO("error value " << static_cast<int>(e));
        auto const ec = pd::make_error_code(e);
        BOOST_TEST((ec.category() == pd::error_category()));
        BOOST_TEST(ec.value() == static_cast<int>(e));
        BOOST_TEST(ec.failed());
        BOOST_TEST(ec.default_error_condition() == pd::make_error_condition(c));
        for (auto other : all_conditions) {
            BOOST_TEST_INFO("condition value " << static_cast<int>(other));
            BOOST_TEST((ec == other) == (other == c));
            BOOST_TEST((ec != other) == (other != c));
        }
    }
}

BOOST_AUTO_TEST_CASE(converts_to_std_error_code) {
    for (auto const& [e, c] : all_errors) {
        BOOST_TEST_INFO("error value " << static_cast<int>(e));
        pd::error_code const ec = e;
        std::error_code const sec = ec;
        BOOST_TEST(sec.value() == ec.value());
        BOOST_TEST(sec.message() == ec.message());
        BOOST_TEST(std::string(sec.category().name()) == "problem_details");
        BOOST_TEST(static_cast<bool>(sec));

        // std::is_error_code_enum is specialised: the enum converts directly.
        std::error_code const direct = e;
        BOOST_TEST(direct == sec);

        // Conditions keep working on the std side.
        std::error_condition const scond = pd::make_error_condition(c);
        BOOST_TEST((sec == scond));
        BOOST_TEST((sec == c));
        for (auto other : all_conditions)
            if (other != c)
                BOOST_TEST((sec != other));

        // And back again.
        pd::error_code const back(sec);
        BOOST_TEST(back == ec);
    }
}

BOOST_AUTO_TEST_CASE(malformed_json_is_a_boost_json_parse_error) {
    // Code written against Boost.JSON's conditions keeps working.
    for (auto const& [e, c] : all_errors) {
        BOOST_TEST_INFO("error value " << static_cast<int>(e));
        auto const ec = pd::make_error_code(e);
        switch (c) {
        case condition::malformed_json:
        case condition::limit_exceeded: // as Boost.JSON's own too_deep, etc.
            BOOST_TEST((ec == boost::json::condition::parse_error));
            BOOST_TEST((std::error_code(ec) == boost::json::condition::parse_error));
            break;
        case condition::rfc_violation:
        case condition::buffer_too_small:
        case condition::invalid_problem:
        case condition::typed_mismatch:
        case condition::invalid_input:
            BOOST_TEST((ec != boost::json::condition::parse_error));
            break;
        case condition::not_a_problem: break; // not pinned here
        }
    }
}

BOOST_AUTO_TEST_CASE(codes_made_in_different_ways_compare_equal) {
    for (auto const& [e, c] : all_errors) {
        BOOST_TEST_INFO("error value " << static_cast<int>(e));
        pd::error_code const from_enum = e;
        pd::error_code const from_make = pd::make_error_code(e);
        pd::error_code const from_value(static_cast<int>(e), pd::error_category());
        pd::error_code assigned;
        assigned = e;
        BOOST_TEST(from_enum == from_make);
        BOOST_TEST(from_make == from_value);
        BOOST_TEST(from_value == assigned);
        BOOST_TEST((from_enum == e));

        // A second instance of the category (as another shared library would
        // hold) compares equal, by its fixed id.
        static constexpr pd::detail::error_category_impl second_instance;
        pd::error_code const from_copy(static_cast<int>(e), second_instance);
        BOOST_TEST(&from_copy.category() != &from_make.category());
        BOOST_TEST(from_copy == from_make);
        BOOST_TEST((from_copy == c));
    }
    BOOST_TEST(pd::make_error_code(error::syntax) != pd::make_error_code(error::incomplete));
    BOOST_TEST(pd::error_code() != pd::make_error_code(error::syntax));
}
