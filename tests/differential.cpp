// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Our scanner accepts and rejects exactly what Boost.JSON does, and reads
// the same values. Deterministic mutations of every payload and a table of
// edge cases; the differential fuzzer (fuzzing/) explores further.
#include <problem_details/parse.hpp>

#define BOOST_TEST_MODULE differential
#include <boost/test/unit_test.hpp>

#include "support/differential.hpp"
#include "support/payloads.hpp"

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace {
void check(std::string const& doc) {
    std::string const diff = test_support::differential_check(doc);
    BOOST_TEST_REQUIRE(diff.empty(), diff << "\n  document: " << doc);
}
} // namespace

BOOST_AUTO_TEST_CASE(edge_cases) {
    char const* const docs[] = {
        "{}",
        " {} ",
        "{\"a\":1}",
        "{\"a\":-0}",
        "{\"a\":-0.0e-0}",
        "{\"a\":1e400}",
        "{\"a\":-1e400}",
        "{\"a\":1E+2}",
        "{\"a\":1e2147483647}",
        "{\"a\":1e2147483648}",
        "{\"a\":10e2147483647}",
        "{\"a\":0.1e-2147483648}",
        "{\"a\":0.1e-2147483647}",
        "{\"a\":1.5e-400}",
        "{\"a\":123456789012345678901234567890}",
        "{\"a\":18446744073709551615}",
        "{\"a\":18446744073709551616}",
        "{\"a\":-9223372036854775808}",
        "{\"a\":-9223372036854775809}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":.1}",
        "{\"a\":+1}",
        "{\"a\":1e}",
        "{\"a\":1e+}",
        "{\"a\":-}",
        "{\"a\":\"\\u0000\"}",
        "{\"a\":\"\\uD83D\\uDE00\"}",
        "{\"a\":\"\\uD83D\"}",
        "{\"a\":\"\\uDE00\"}",
        "{\"a\":\"\\uD83Dx\"}",
        "{\"a\":\"\\uD83D\\n\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"\x7f\"}",
        "{\"a\":\"\xc2\x80\"}",
        "{\"a\":\"\xc1\xbf\"}",
        "{\"a\":\"\xe0\x9f\xbf\"}",
        "{\"a\":\"\xef\xbf\xbf\"}",
        "{\"a\":\"\xf0\x8f\xbf\xbf\"}",
        "{\"a\":\"\xf4\x8f\xbf\xbf\"}",
        "{\"a\":\"\xf5\x80\x80\x80\"}",
        "{\"a\":\"\x80\"}",
        "{\"a\":\"\xc3\"}",
        "{\"a\":\"\xe2\x82\"}",
        "{\"a\":tru}",
        "{\"a\":truex}",
        "{\"a\":nulll}",
        "{\"a\":[1,]}",
        "{\"a\":[,1]}",
        "{\"a\":{,}}",
        "{\"a\":{\"b\"}}",
        "{\"a\":{\"b\":}}",
        "{\"a\" 1}",
        "{,}",
        "{\"a\":1,}",
        "{\"a\":1, }",
        "{\"a\":1 ,}",
        "{\"a\" : 1 , }",
        "{ \"a\" : 1 , \"b\" : 2 }",
        "{\"a\":1 ]",
        "{\"a\":\"x\"\n]",
        "{\"a\":[{\"b\":\"x\"\n]]}",
        "{\"a\":[{\"b\":\"x\"\n}\n]\n}",
        "{\"a\":1}}",
        "{\"a\":1}]",
        "[]",
        "[{}]",
        "\"x\"",
        "1",
        "-",
        "true",
        "null",
        "",
        " ",
        "{\"a\":1}\x00",
        "{\"a\":\"\x00\"}",
        "{\"a\":\"x\"/*c*/}",
        "{\"a\":1}//c",
        "\xef\xbb\xbf{}",
        "{\"\xff\":1}",
        "{\"a\":[[[[[[[[]]]]]]]]}",
        "{\"__proto__\":{\"polluted\":true}}",
        "{\"type\":\"t\",\"type\":1}",
        "{\"title\":1,\"title\":\"t\"}",
        "{\"status\":400,\"status\":\"400\"}",
        "{\"status\":\"400\",\"status\":400}",
    };
    for (char const* d : docs)
        check(d);
    check(std::string("{\"a\":\"\x00\"}", 9));
    check(std::string("{\"a\":1}\x00", 8));
    std::string deep = "{\"a\":";
    for (int depth = 30; depth <= 33; ++depth) {
        std::string const d = deep + std::string(depth, '[') + std::string(depth, ']') + "}";
        check(d);
    }
}

// Boost.JSON 1.81 adjusts a number's exponent by different digits when at
// least 33 bytes follow its sign in the buffer (its fast path), so its
// verdict on an exponent near INT_MAX/INT_MIN with a long mantissa depends
// on what follows the number
// (fuzzing/old_crashes/differential-boost-exponent-context.json): each
// number followed by every length of a next member, as an extension and
// as the last value, in an object, an array and nested.
BOOST_AUTO_TEST_CASE(exponents_near_the_int_range_with_what_follows_them) {
    char const* const numbers[] = {
        "-92233720368400.5810e-2147483646",
        "92233720368400.5810e-2147483646",
        "9007199254740993.5e-2147483640",
        "1.0000000000000000000001e-2147483630",
        "123456789012345678901234e2147483630",
        "12345678901234567.89e-2147483647",
        "1.5e2147483647",
        "-0.000000000000000001e-2147483640",
        "1e-2147483648",
    };
    for (char const* num : numbers)
        for (std::size_t k = 0; k <= 72; ++k) {
            std::string const next = ",\"s\":\"" + std::string(k, 'x') + "\"";
            check("{\"a\":" + std::string(num) + next + "}");
            check("{\"a\":[" + std::string(num) + "," + next.substr(5) + "]}");
            check("{\"a\":{\"b\":[" + std::string(num) + "]}" + next + "}");
            check("{\"a\":" + std::string(num) + std::string(k, ' ') + "}");
        }
}

BOOST_AUTO_TEST_CASE(every_truncation_and_byte_mutation_of_every_payload) {
    std::mt19937 rng(42);
    static unsigned char const interesting[] = {
        '{', '}',  '[',  ']',  '"',  '\\', ',',  ':',  ' ',  '0',  '-',  'e', '.',
        'u', 0x00, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xe0, 0xed, 0xf0, 0xf4, 0xff};
    for (auto const& pl : test_support::all_payloads()) {
        std::string const& b = pl.body;
        for (std::size_t n = 0; n <= b.size(); ++n)
            check(b.substr(0, n));
        for (std::size_t i = 0; i < b.size(); ++i) {
            for (int k = 0; k < 3; ++k) {
                std::string m = b;
                m[i] = static_cast<char>(interesting[rng() % sizeof interesting]);
                check(m);
                std::string ins = b;
                ins.insert(i, 1, static_cast<char>(interesting[rng() % sizeof interesting]));
                check(ins);
            }
            std::string del = b;
            del.erase(i, 1);
            check(del);
        }
    }
}

// The escaped variant (payloads/variants): escapes and non-ASCII text where
// the string scanner takes them inline. Every truncation and mutation.
BOOST_AUTO_TEST_CASE(every_truncation_and_byte_mutation_of_the_escaped_variant) {
    std::mt19937 rng(16);
    static unsigned char const interesting[] = {'"',  '\\', 'u',  'd',  'D',  '8',  'n',  0x00,
                                                0x1f, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2,
                                                0xe0, 0xe2, 0xed, 0xf0, 0xf4, 0xff};
    for (char const* name :
         {"faq-validation-error-escaped.json", "faq-validation-error-escaped.min.json"}) {
        std::string const b =
            test_support::read_file(test_support::payloads_dir() / "variants" / name);
        for (std::size_t n = 0; n <= b.size(); ++n)
            check(b.substr(0, n));
        for (std::size_t i = 0; i < b.size(); ++i) {
            for (int k = 0; k < 4; ++k) {
                std::string m = b;
                m[i] = static_cast<char>(interesting[rng() % sizeof interesting]);
                check(m);
                std::string ins = b;
                ins.insert(i, 1, static_cast<char>(interesting[rng() % sizeof interesting]));
                check(ins);
            }
        }
    }
}

// Two string events (escapes, UTF-8 sequences, their errors) at every pair
// of positions in the first 24 bytes of a string: the string scanner takes
// the common ones of a block one after another from the block's mask, and
// falls back to its byte loop for the rest. Both ways must read as
// Boost.JSON does, wherever the events fall against the 16-byte blocks.
// (Under valgrind, PROBLEM_DETAILS_TEST_QUICK: every third position.)
BOOST_AUTO_TEST_CASE(two_string_events_at_every_pair_of_positions) {
    char const* const events[] = {"\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", "\xc3\xa9",
                                  "\xe2\x82\xac", "\xef\xbf\xbf", "\xf0\x9f\x98\x80",
                                  // errors, and bytes the block loop leaves to the byte loop
                                  "\\x", "\\ud800", "\\u12", "\xc3", "\xc3\x28", "\xe0\x80\x80",
                                  "\xed\xa0\x80", "\xe2\x82", "\x01", "\x7f", "\xff", "\""};
    std::size_t const step = std::getenv("PROBLEM_DETAILS_TEST_QUICK") ? 3 : 1;
    std::size_t checked = 0;
    for (char const* a : events)
        for (char const* b : events)
            for (std::size_t i = 0; i < 24; i += step)
                for (std::size_t j = i + std::strlen(a); j < 26 + std::strlen(a); j += step) {
                    std::string content(30, 'x');
                    content.insert(i, a);
                    content.insert(j, b);
                    // Read as a standard member (scan_string) and as an
                    // extension's value (skip_value): the two documents also
                    // put the string at different offsets against the blocks.
                    check("{\"title\":\"" + content + "\"}");
                    check("{\"x\":[\"" + content + "\"],\"type\":\"about:blank\"}");
                    checked += 2;
                }
    BOOST_TEST(checked > 10000u);
}

// Many string events to a block, in random strings: non-ASCII text is
// checked a block at a time (json_scanner::utf8_block), the escapes and
// whatever that check leaves are taken one by one. Every mix must read as
// Boost.JSON reads it.
BOOST_AUTO_TEST_CASE(many_string_events_in_random_strings) {
    char const* const tokens[] = {"a", " ", "\\n", "\\\"", "\\u00e5", "\\ud83d\\ude00", "\xc3\xa5",
                                  "\xc3\xa6", "\xc3\xb8", "\xe2\x80\x93", "\xe0\xa0\x80",
                                  "\xed\x9f\xbf", "\xef\xbf\xbd", "\xf0\x9f\x98\x80",
                                  // errors
                                  "\x80", "\xbf", "\xc0\xaf", "\xc3", "\xe2\x80", "\xe0\x9f\xbf",
                                  "\xed\xa0\x80", "\xf8", "\x1f", "\\q"};
    std::size_t const n_tokens = sizeof tokens / sizeof tokens[0];
    std::size_t const errors_from = 14; // tokens[14..] are errors
    std::mt19937 rng(2026);
    std::size_t const strings = std::getenv("PROBLEM_DETAILS_TEST_QUICK") ? 2000 : 20000;
    std::size_t invalid = 0;
    for (std::size_t k = 0; k < strings; ++k) {
        std::string content;
        std::size_t const count = 1 + rng() % 40;
        // Most strings are valid (an error ends the scan early), one in
        // four has one error somewhere.
        std::size_t const error_at = rng() % 4 == 0 ? rng() % count : count;
        for (std::size_t t = 0; t < count; ++t)
            content += tokens[t == error_at ? errors_from + rng() % (n_tokens - errors_from)
                                            : rng() % errors_from];
        invalid += error_at < count;
        check("{\"detail\":\"" + content + "\",\"type\":\"about:blank\"}");
        check("{\"x\":{\"y\":\"" + content + "\"},\"type\":\"about:blank\"}");
    }
    BOOST_TEST(invalid > strings / 8);
}

// A key and its string value in one 16-byte block: skip_value finds the
// value's end in the rest of the key's block mask when the value starts
// inside that block, and loads blocks from the value's start otherwise.
// Every key length against values of several lengths, an event (an escape,
// UTF-8, a control, an error) at the value's start, middle and end, and
// every offset of the key against the blocks, must read as Boost.JSON does.
// (Under valgrind, PROBLEM_DETAILS_TEST_QUICK: every third offset.)
BOOST_AUTO_TEST_CASE(a_key_and_its_value_at_every_offset_against_the_blocks) {
    // (The last, a bad escape, reads on as further members if its
    // backslash were taken for the value's end.)
    char const* const events[] = {"",     "\\n",  "\xc3\xa5", "\xe2\x80\x93",
                                  "\x01", "\xc3", "\\q",      "\\,\"z\":\""};
    std::size_t const value_sizes[] = {0, 1, 2, 5, 10, 12, 13, 14, 15, 16, 17, 20, 31, 40};
    std::size_t const step = std::getenv("PROBLEM_DETAILS_TEST_QUICK") ? 3 : 1;
    std::size_t checked = 0;
    for (std::size_t lead = 0; lead < 16; lead += step)
        for (std::size_t key_size = 0; key_size <= 16; ++key_size)
            for (std::size_t value_size : value_sizes)
                for (char const* event : events)
                    for (std::size_t at : {std::size_t(0), value_size / 2, value_size}) {
                        if (!*event && at != 0)
                            continue; // (a plain value once)
                        std::string value(value_size, 'v');
                        value.insert(at, event);
                        std::string const key(key_size, 'k');
                        std::string const member = "\"" + key + "\":\"" + value + "\"";
                        // The member first in its object, after another one
                        // (`","`), and in the array's next object (`},{"`).
                        check("{\"x\":[{\"p\":\"" + std::string(lead, 'p') + "\"," + member +
                              "},{" + member + "," + member + "}],\"type\":\"about:blank\"}");
                        ++checked;
                    }
    BOOST_TEST(checked > 1000u);
}
