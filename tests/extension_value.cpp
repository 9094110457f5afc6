// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Issue 17: an unknown extension's value came back as raw JSON text
// ("\"r-1\""), with no way to get the string or number without Boost.JSON's
// DOM. extension_string/_integer/_number/_bool read it, without allocating.
#include <problem_details/extension_value.hpp>

#define BOOST_TEST_MODULE extension_value
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"

#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

using pd::error;
using test_support::allocation_scope;

namespace {
pd::extension ext(std::string_view raw) {
    return {"x", raw};
}
} // namespace

BOOST_AUTO_TEST_CASE(the_issue_s_example) {
    std::string_view const body =
        R"({"title":"Out of credit","requestId":"r-1","balance":30,"rate":0.25,"retryable":false,)"
        R"("note":"caf\u00e9 \"quoted\"","tags":["a"]})";
    std::array<char, 512> scratch{};
    std::array<char, 64> strings{};
    allocation_scope scope;
    auto const p = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->extensions.find("requestId")->value == R"("r-1")"); // the raw text, as before
    auto const id = pd::extension_string(*p, "requestId", strings);
    auto const balance = pd::extension_integer(*p, "balance");
    auto const rate = pd::extension_number(*p, "rate");
    auto const retryable = pd::extension_bool(*p, "retryable");
    auto const note = pd::extension_string(*p, "note", strings);
    auto const tags = pd::extension_string(*p, "tags", strings);
    auto const absent = pd::extension_integer(*p, "nope");
    BOOST_TEST(scope.count() == 0u); // reading them allocates nothing
    BOOST_TEST_REQUIRE(id.has_value());
    BOOST_TEST(*id == "r-1");
    BOOST_TEST(*balance == 30);
    BOOST_TEST(*rate == 0.25);
    BOOST_TEST(*retryable == false);
    BOOST_TEST_REQUIRE(note.has_value());
    BOOST_TEST(*note == "caf\xC3\xA9 \"quoted\"");
    BOOST_TEST((tags.error() == error::member_wrong_type));
    BOOST_TEST((absent.error() == error::missing_member));
    BOOST_TEST(!tags.error().message().empty());
}

BOOST_AUTO_TEST_CASE(strings) {
    std::array<char, 32> scratch{};
    // No escapes: a view into the value itself; the scratch is not needed.
    pd::extension const plain = ext(R"("abc")");
    auto const a = pd::extension_string(plain, {});
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(*a == "abc");
    BOOST_TEST((a->data() == plain.value.data() + 1));
    BOOST_TEST(pd::extension_string(ext(R"("")"), {}).value().empty());
    // Escapes: decoded into the scratch.
    auto const e = pd::extension_string(ext(R"("a\n\u0041\ud83d\ude00\\")"), scratch);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(*e == "a\nA\xF0\x9F\x98\x80\\");
    BOOST_TEST((e->data() == scratch.data()));
    // A scratch shorter than the raw text: an error, nothing written past it.
    std::array<char, 4> small{};
    BOOST_TEST((pd::extension_string(ext(R"("\u0041\u0042")"), small).error() ==
                error::scratch_too_small));
    // Whitespace around a (hand-made) value is allowed.
    BOOST_TEST(pd::extension_string(ext(" \"x\"\n"), scratch).value() == "x");
    // Other JSON types, and what is not JSON.
    for (std::string_view raw : {"1", "true", "null", "[\"a\"]", "{\"a\":1}"})
        BOOST_TEST((pd::extension_string(ext(raw), scratch).error() == error::member_wrong_type),
                   raw);
    for (std::string_view raw : {"", "\"abc", "\"a\" \"b\"", "abc", "\"\\x\"", "\"\xC3\""})
        BOOST_TEST(
            (pd::extension_string(ext(raw), scratch).error() == error::invalid_extension_value),
            raw);
}

BOOST_AUTO_TEST_CASE(integers) {
    BOOST_TEST(pd::extension_integer(ext("42")).value() == 42);
    BOOST_TEST(pd::extension_integer(ext("-7")).value() == -7);
    BOOST_TEST(pd::extension_integer(ext("-0")).value() == 0);
    BOOST_TEST(pd::extension_integer(ext("9223372036854775807")).value() ==
               std::numeric_limits<std::int64_t>::max());
    BOOST_TEST(
        (pd::extension_integer(ext("9223372036854775808")).error() == error::value_out_of_range));
    BOOST_TEST(pd::extension_integer<std::uint64_t>(ext("18446744073709551615")).value() ==
               std::numeric_limits<std::uint64_t>::max());
    BOOST_TEST(
        (pd::extension_integer<std::uint8_t>(ext("256")).error() == error::value_out_of_range));
    BOOST_TEST((pd::extension_integer<unsigned>(ext("-1")).error() == error::value_out_of_range));
    BOOST_TEST(pd::extension_integer<short>(ext("-300")).value() == -300);
    for (std::string_view raw : {"4.2", "1e3", "1.0", "\"42\"", "true", "null", "[1]"})
        BOOST_TEST((pd::extension_integer(ext(raw)).error() == error::member_wrong_type), raw);
    for (std::string_view raw : {"", "01", "+1", "1.", "-", "42x", "0x10"})
        BOOST_TEST((pd::extension_integer(ext(raw)).error() == error::invalid_extension_value),
                   raw);
}

BOOST_AUTO_TEST_CASE(numbers) {
    BOOST_TEST(pd::extension_number(ext("0.25")).value() == 0.25);
    BOOST_TEST(pd::extension_number(ext("42")).value() == 42.0);
    BOOST_TEST(pd::extension_number(ext("-1.5e3")).value() == -1500.0);
    BOOST_TEST(pd::extension_number(ext("1E-2")).value() == 0.01);
    BOOST_TEST(pd::extension_number(ext("1e-400")).value() == 0.0);
    BOOST_TEST((pd::extension_number(ext("1e400")).error() == error::value_out_of_range));
    // Overflow and underflow told apart by the value, not by how the text looks.
    BOOST_TEST((pd::extension_number(ext("0.5e400")).error() == error::value_out_of_range));
    BOOST_TEST((pd::extension_number(ext("-0.1e310")).error() == error::value_out_of_range));
    BOOST_TEST(std::signbit(pd::extension_number(ext("-1e-400")).value()));
    BOOST_TEST(pd::extension_number(ext("100000e-330")).value() == 0.0);
    BOOST_TEST(pd::extension_number(ext("1e-310")).value() == 1e-310); // subnormal: kept
    // The same double Boost.JSON reads.
    for (std::string_view raw :
         {"0.1", "3.141592653589793", "-2.5e-7", "123456789012345678901234567890"})
        BOOST_TEST(pd::extension_number(ext(raw)).value() ==
                       boost::json::parse(raw).to_number<double>(),
                   raw);
    for (std::string_view raw : {"\"1\"", "true", "null", "{}"})
        BOOST_TEST((pd::extension_number(ext(raw)).error() == error::member_wrong_type), raw);
    for (std::string_view raw : {"", ".5", "1e", "NaN", "Infinity"})
        BOOST_TEST((pd::extension_number(ext(raw)).error() == error::invalid_extension_value), raw);
}

BOOST_AUTO_TEST_CASE(booleans) {
    BOOST_TEST(pd::extension_bool(ext("true")).value() == true);
    BOOST_TEST(pd::extension_bool(ext(" false ")).value() == false);
    for (std::string_view raw : {"\"true\"", "1", "0", "null"})
        BOOST_TEST((pd::extension_bool(ext(raw)).error() == error::member_wrong_type), raw);
    for (std::string_view raw : {"True", "tru", "truex", ""})
        BOOST_TEST((pd::extension_bool(ext(raw)).error() == error::invalid_extension_value), raw);
}

BOOST_AUTO_TEST_CASE(no_allocation_on_errors_either) {
    std::array<char, 8> scratch{};
    allocation_scope scope;
    (void)pd::extension_string(ext("[1,2,3]"), scratch);
    (void)pd::extension_string(ext("not json"), scratch);
    (void)pd::extension_integer(ext("1e999"));
    (void)pd::extension_number(ext("1e999"));
    (void)pd::extension_bool(ext("\"x\""));
    BOOST_TEST(scope.count() == 0u);
}
