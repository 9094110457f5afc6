// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/serialize.hpp>

#define BOOST_TEST_MODULE serialize
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>
#include <boost/system/system_error.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <span>
#include <string>
#include <vector>

using pd::error;
using pd::http_status;

BOOST_AUTO_TEST_CASE(members_in_rfc_order_status_as_number) {
    pd::problem p;
    p.instance = "/account/12345/msgs/abc";
    p.detail = "Your current balance is 30, but that costs 50.";
    p.title = "You do not have enough credit.";
    p.status = http_status::forbidden;
    p.type = "https://example.com/probs/out-of-credit";
    p.extensions["balance"] = 30;
    p.extensions["accounts"] = boost::json::array{"/account/12345", "/account/67890"};
    BOOST_TEST(pd::to_json(p) ==
               R"({"type":"https://example.com/probs/out-of-credit","status":403,)"
               R"("title":"You do not have enough credit.",)"
               R"("detail":"Your current balance is 30, but that costs 50.",)"
               R"("instance":"/account/12345/msgs/abc","balance":30,)"
               R"("accounts":["/account/12345","/account/67890"]})");
}

BOOST_AUTO_TEST_CASE(defaults_write_only_the_type) {
    BOOST_TEST(pd::to_json(pd::problem{}) == R"({"type":"about:blank"})");
    BOOST_TEST(pd::to_json(pd::problem_view{}) == R"({"type":"about:blank"})");
}

BOOST_AUTO_TEST_CASE(serialized_size_is_exact_and_serialize_never_overflows) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    std::array<char, 4096> scratch;
    auto const v = *pd::parse_view(body, scratch);
    std::size_t const n = pd::serialized_size(v);
    std::string const expected = pd::to_json(v);
    BOOST_TEST(expected.size() == n);
    // Every buffer size: too small fails without writing past the end.
    std::vector<char> buf(n + 32);
    for (std::size_t cap = 0; cap <= n + 1; ++cap) {
        std::fill(buf.begin(), buf.end(), '#');
        auto r = pd::serialize(v, std::span<char>(buf.data(), cap));
        if (cap < n) {
            BOOST_TEST((r.error() == error::buffer_too_small));
        } else {
            BOOST_TEST_REQUIRE(r.has_value());
            BOOST_TEST(*r == n);
            BOOST_TEST(std::string(buf.data(), n) == expected);
        }
        for (std::size_t i = cap; i < buf.size(); ++i)
            BOOST_TEST_REQUIRE(buf[i] == '#');
    }
}

BOOST_AUTO_TEST_CASE(serialize_allocates_nothing) {
    std::array<char, 4096> scratch;
    std::array<char, 4096> out;
    for (auto const& pl : test_support::all_payloads()) {
        auto v = pd::parse_view(pl.body, scratch, {.mode = pd::parse_mode::lenient});
        if (!v)
            continue;
        auto const owning = pd::problem(*v);
        test_support::allocation_scope scope;
        auto n1 = pd::serialize(*v, out);
        auto n2 = pd::serialize(owning, out);
        BOOST_TEST(pd::serialized_size(*v) == *n1);
        BOOST_TEST(pd::serialized_size(owning) == *n2);
        BOOST_TEST(scope.count() == 0u, pl.name);
    }
}

BOOST_AUTO_TEST_CASE(extension_values_are_compacted) {
    std::string const body =
        "{ \"title\" : \"t\" ,\n \"x\" : [ 1 , { \"a b\" : \" s p \" } ] , \"y\":\t2 }";
    std::array<char, 1024> scratch;
    auto const v = *pd::parse_view(body, scratch);
    BOOST_TEST(pd::to_json(v) ==
               R"({"type":"about:blank","title":"t","x":[1,{"a b":" s p "}],"y":2})");
}

BOOST_AUTO_TEST_CASE(strings_are_escaped) {
    pd::problem p;
    p.title = std::string("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f caf\xc3\xa9 <\xe2\x80\xa8>", 26);
    BOOST_TEST(
        pd::to_json(p) ==
        "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
        "caf\xc3\xa9 <\xe2\x80\xa8>\"}");
    BOOST_TEST(
        pd::to_json(p, {.escape_non_ascii = true}) ==
        "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
        "caf\\u00e9 <\\u2028>\"}");
    BOOST_TEST(
        pd::to_json(p, {.html_safe = true}) ==
        "{\"type\":\"about:blank\",\"title\":\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f "
        "caf\xc3\xa9 \\u003c\\u2028\\u003e\"}");
    pd::problem astral;
    astral.detail = "\xf0\x9f\x98\x80";
    BOOST_TEST(pd::to_json(astral, {.escape_non_ascii = true}) ==
               R"({"type":"about:blank","detail":"\ud83d\ude00"})");
}

// Strings that need escaping are written in place, a block at a time,
// when the buffer has room for the worst case: the same bytes as the
// piecewise writer (a buffer just big enough), at every position.
BOOST_AUTO_TEST_CASE(escaping_in_place_and_piecewise_agree) {
    std::string const specials[] = {"\"",
                                    "\\",
                                    "\n",
                                    std::string(1, '\0'),
                                    "\x1f",
                                    "<",
                                    "&",
                                    "\xc3\xa9",
                                    "\xe2\x80\x93",
                                    "\xe2\x80\xa8",
                                    "\xf0\x9f\x98\x80",
                                    "\xed\x9f\xbf",
                                    "\xee\x80\x80"};
    for (std::size_t lead = 0; lead <= 34; ++lead) {
        for (auto const& sp : specials) {
            pd::problem p;
            p.detail = std::string(lead, 'a') + sp + "tail" + sp + std::string(lead % 7, 'z');
            for (int o = 0; o < 4; ++o) {
                pd::serialize_options const opt{.escape_non_ascii = (o & 1) != 0,
                                                .html_safe = (o & 2) != 0};
                std::string const want = pd::to_json(p, opt);
                std::vector<char> big(want.size() * 8 + 64, '#'), exact(want.size(), '#');
                auto const a = pd::serialize(p, big, opt);
                auto const b = pd::serialize(p, exact, opt);
                BOOST_TEST_REQUIRE(a.has_value());
                BOOST_TEST_REQUIRE(b.has_value());
                BOOST_TEST(std::string(big.data(), *a) == want);
                BOOST_TEST(std::string(exact.data(), *b) == want);
                BOOST_TEST(std::all_of(big.begin() + static_cast<std::ptrdiff_t>(*a), big.end(),
                                       [](char c) { return c == '#'; }));
            }
        }
    }
    // Invalid UTF-8 after a run is refused either way.
    for (std::string const bad :
         {"\xc0\xaf", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc3"}) {
        pd::problem p;
        p.detail = std::string(20, 'a') + "\xc3\xa9" + bad + "zz";
        std::vector<char> big(4096);
        BOOST_TEST((pd::serialize(p, big).error() == error::invalid_utf8_in_value));
    }
}

BOOST_AUTO_TEST_CASE(html_safe_reaches_into_extension_values) {
    std::string const body = R"({"x":"</script><script>alert(1)</script>","y":["&"]})";
    std::array<char, 1024> scratch;
    auto const v = *pd::parse_view(body, scratch);
    std::string const out = pd::to_json(v, {.html_safe = true});
    BOOST_TEST(out.find('<') == std::string::npos);
    BOOST_TEST(out.find('&') == std::string::npos);
    BOOST_TEST(
        out ==
        R"({"type":"about:blank","x":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e","y":["\u0026"]})");
    // Existing escapes in raw values are kept as they are.
    std::string const esc = R"({"x":"a\"b\u00e9"})";
    BOOST_TEST(pd::to_json(*pd::parse_view(esc, scratch), {.escape_non_ascii = true}) ==
               R"({"type":"about:blank","x":"a\"b\u00e9"})");
}

// Extension text with an option set is copied as it is (or only
// compacted) where the options change nothing in it, and re-escaped
// string by string where they do: the same output as the owning
// problem's writer, which writes every string of its values itself. For
// text read compact and pretty, built by hand and checked, each special
// piece in a short string, in a long one and nested, through every sink.
BOOST_AUTO_TEST_CASE(options_on_extension_text_agree_with_the_owning_writer) {
    std::string_view const pieces[] = {"plain",
                                       "<",
                                       ">",
                                       "&",
                                       "\xe2\x80\xa8",
                                       "\xe2\x80\xa9",
                                       "\xe2\x80\x93",
                                       "\xc3\xa9",
                                       "\xf0\x9f\x98\x80",
                                       "\\\"",
                                       "\\n",
                                       "\x7f"};
    std::string const filler(37, 'f');
    std::size_t checked = 0;
    for (std::string_view const piece : pieces) {
        std::string const x(piece);
        std::string const compact =
            R"({"k":[")" + x + R"(",1,{"s":")" + filler + x + filler + R"("}],"t":")" + x + R"("})";
        std::string const pretty = "{ \"k\" : [ \"" + x + "\" ,\n  1 , { \"s\": \"" + filler + x +
                                   filler + "\" } ] ,\t\"t\" : \"" + x + "\" }";
        for (std::string const& value : {compact, pretty}) {
            std::string const body = R"({"title":"T","e":)" + value + "}";
            std::vector<char> scratch(pd::scratch_bound(body));
            auto const parsed = pd::parse_view(body, scratch);
            BOOST_TEST_REQUIRE(parsed.has_value(), body);
            pd::extension const ext[] = {{"e", value}};
            pd::problem_view built;
            built.title = "T";
            built.extensions = pd::extension_list(ext);
            pd::problem_view checked_view = built;
            checked_view.extensions = *pd::extension_list::checked(ext);
            pd::problem const owning(*parsed);
            for (pd::serialize_options const opt :
                 {pd::serialize_options{.html_safe = true},
                  pd::serialize_options{.escape_non_ascii = true},
                  pd::serialize_options{.escape_non_ascii = true, .html_safe = true}}) {
                std::string const want = pd::to_json(owning, opt);
                for (pd::problem_view const* v :
                     std::array<pd::problem_view const*, 3>{&*parsed, &built, &checked_view}) {
                    BOOST_TEST_CONTEXT(body << " html_safe " << opt.html_safe
                                            << " escape_non_ascii " << opt.escape_non_ascii) {
                        BOOST_TEST(pd::to_json(*v, opt) == want);
                        BOOST_TEST(pd::serialized_size(*v, opt) == want.size());
                        // A buffer the bound says is large enough (written
                        // with no check per write), the exact size (a sink
                        // that checks each write), and one byte short.
                        std::vector<char> big(pd::detail::size_bound(*v).value());
                        auto const rb = pd::serialize(*v, big, opt);
                        BOOST_TEST_REQUIRE(rb.has_value());
                        BOOST_TEST(std::string_view(big.data(), *rb) == want);
                        std::vector<char> exact(want.size());
                        auto const r = pd::serialize(*v, exact, opt);
                        BOOST_TEST_REQUIRE(r.has_value());
                        BOOST_TEST(std::string_view(exact.data(), *r) == want);
                        BOOST_TEST(
                            (pd::serialize(*v, std::span<char>(exact.data(), want.size() - 1), opt)
                                 .error() == error::buffer_too_small));
                    }
                    ++checked;
                }
                if (opt.html_safe)
                    BOOST_TEST(want.find_first_of("<>&") == std::string::npos);
            }
        }
    }
    BOOST_TEST(checked == std::size(pieces) * 2 * 3 * 3);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error_not_garbage) {
    pd::problem p;
    p.detail = "bad \xff byte";
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(p, out).error() == error::invalid_utf8_in_value));
    BOOST_TEST(pd::serialized_size(p) == 0u);
    BOOST_CHECK_THROW(pd::to_json(p), boost::system::system_error);
    pd::problem q;
    q.extensions["bad\xc0"] = 1;
    BOOST_TEST((pd::serialize(q, out).error() == error::invalid_utf8_in_value));
    pd::problem r;
    r.extensions["x"] = "\xed\xa0\x80"; // an encoded surrogate
    BOOST_TEST((pd::serialize(r, out).error() == error::invalid_utf8_in_value));
}

BOOST_AUTO_TEST_CASE(hand_made_extension_values_are_validated) {
    pd::extension const good[] = {{"a", " [1, 2] "}, {"b", "\"s\""}};
    pd::problem_view v;
    v.extensions = pd::extension_list(good);
    BOOST_TEST(pd::to_json(v) == R"({"type":"about:blank","a":[1,2],"b":"s"})");
    // A raw value that would inject a member is refused.
    pd::extension const bad[] = {{"a", R"(1,"status":200)"}};
    v.extensions = pd::extension_list(bad);
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(v, out).error() == error::invalid_extension_value));
    pd::extension const empty[] = {{"a", ""}};
    v.extensions = pd::extension_list(empty);
    BOOST_TEST((pd::serialize(v, out).error() == error::invalid_extension_value));
}

BOOST_AUTO_TEST_CASE(checked_extension_lists_are_checked_once) {
    // Compact values: written as they are, the same output as an unchecked list.
    pd::extension const compact[] = {
        {"a", "[1,2]"}, {"b", "\"s p\""}, {"c", R"({"k":[true,null,-1.5e3]})"}};
    auto const c = pd::extension_list::checked(compact);
    BOOST_TEST_REQUIRE(c.has_value());
    pd::problem_view v;
    v.extensions = *c;
    pd::problem_view u;
    u.extensions = pd::extension_list(compact);
    BOOST_TEST(pd::to_json(v) ==
               R"({"type":"about:blank","a":[1,2],"b":"s p","c":{"k":[true,null,-1.5e3]}})");
    BOOST_TEST(pd::to_json(v) == pd::to_json(u));
    BOOST_TEST(pd::serialized_size(v) == pd::to_json(v).size());
    // Whitespace anywhere outside strings: still compacted on write.
    pd::extension const loose[] = {{"a", " [1, 2] "}, {"b", "\"s p\""}, {"c", "{\"k\" :\n[ 1 ]}"}};
    auto const l = pd::extension_list::checked(loose);
    BOOST_TEST_REQUIRE(l.has_value());
    v.extensions = *l;
    BOOST_TEST(pd::to_json(v) == R"({"type":"about:blank","a":[1,2],"b":"s p","c":{"k":[1]}})");
    BOOST_TEST(pd::serialized_size(v) == pd::to_json(v).size());
    // The options still apply to checked text.
    pd::extension const text[] = {{"x", "\"<caf\xc3\xa9>\""}};
    v.extensions = *pd::extension_list::checked(text);
    BOOST_TEST(pd::to_json(v, {.escape_non_ascii = true, .html_safe = true}) ==
               R"({"type":"about:blank","x":"\u003ccaf\u00e9\u003e"})");
    // Anything that is not one JSON value is refused up front.
    for (std::string_view const bad : {"", " ", "1,\"status\":200", "[1,]", "{\"a\":1}}",
                                       "\"\xc0\"", "01", "tru", "\"a\" \"b\"", "[", "\"\\x\""}) {
        pd::extension const one[] = {{"a", bad}};
        auto const r = pd::extension_list::checked(one);
        BOOST_TEST_REQUIRE(!r.has_value(), bad);
        BOOST_TEST((r.error() == error::invalid_extension_value));
    }
    // An empty list is a list.
    BOOST_TEST(pd::extension_list::checked({})->empty());
}

BOOST_AUTO_TEST_CASE(default_constructed_strings_are_empty_strings) {
    // A default std::string_view has a null data pointer: still "", not an error.
    pd::extension const unnamed[] = {{std::string_view{}, "1"}};
    pd::problem_view v;
    v.type = "https://example.com/t";
    v.detail = std::string_view{};
    v.extensions = pd::extension_list(unnamed);
    BOOST_TEST(pd::to_json(v) == R"({"type":"https://example.com/t","":1})");
    BOOST_TEST(pd::serialized_size(v) == pd::to_json(v).size());
}

BOOST_AUTO_TEST_CASE(extension_named_like_a_standard_member) {
    // Kept by parse_mode::rfc: written where the standard member is not.
    std::array<char, 256> scratch;
    auto const v = *pd::parse_view(R"({"status":"400","type":7})", scratch);
    BOOST_TEST(pd::to_json(v) == R"({"status":"400","type":7})");
    // Set in both places by hand: an error, not a duplicate key.
    pd::problem p;
    p.title = "t";
    p.extensions["title"] = "other";
    std::array<char, 256> out;
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    p.title.clear();
    BOOST_TEST(pd::to_json(p) == R"({"type":"about:blank","title":"other"})");
}

BOOST_AUTO_TEST_CASE(numbers_keep_their_kind) {
    pd::problem p;
    p.extensions["i"] = -5;
    p.extensions["u"] = std::uint64_t(18446744073709551615ull);
    p.extensions["d"] = 1.0;
    p.extensions["e"] = 1.5e300;
    p.extensions["inf"] = std::numeric_limits<double>::infinity();
    std::string const s = pd::to_json(p);
    BOOST_TEST(
        s ==
        R"({"type":"about:blank","i":-5,"u":18446744073709551615,"d":1.0,"e":1.5e+300,"inf":1e99999})");
    auto const back = boost::json::parse(s).as_object();
    BOOST_TEST(back.at("d").is_double());
    BOOST_TEST(back.at("u").is_uint64());
}

namespace {

/// A special piece of string content and what each option writes for it.
struct special_case {
    std::string_view raw;
    std::string_view plain;     // default options
    std::string_view html;      // html_safe
    std::string_view non_ascii; // escape_non_ascii
};

constexpr special_case specials[] = {
    {"\"", "\\\"", "\\\"", "\\\""},
    {"\\", "\\\\", "\\\\", "\\\\"},
    {"\n", "\\n", "\\n", "\\n"},
    {"\x01", "\\u0001", "\\u0001", "\\u0001"},
    {"\x1f", "\\u001f", "\\u001f", "\\u001f"},
    {"<", "<", "\\u003c", "<"},
    {"\xc3\xa9", "\xc3\xa9", "\xc3\xa9", "\\u00e9"},
    {">", ">", "\\u003e", ">"},
    {"&", "&", "\\u0026", "&"},
    {"\xe2\x80\xa8", "\xe2\x80\xa8", "\\u2028", "\\u2028"},
    {"\xe2\x80\xa9", "\xe2\x80\xa9", "\\u2029", "\\u2029"},
    {"\xe2\x80\x93", "\xe2\x80\x93", "\xe2\x80\x93", "\\u2013"}, // E2, not a separator
    {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80", "\\ud83d\\ude00"},
    {"\x7f", "\x7f", "\x7f", "\x7f"}, // DEL is not special
};

/// Writes `title` through every sink the writer has: a buffer certainly
/// large enough (no checks per write), the exact size, sizes short of it
/// (buffer_too_small, nothing written past it): the few bytes short, and
/// those around where the title stops fitting unescaped, and to_json.
std::string write_every_way(std::string const& title, pd::serialize_options opt) {
    pd::problem_view v;
    v.title = title;
    std::size_t const n = pd::serialized_size(v, opt);
    BOOST_TEST_REQUIRE(n > 0u);
    std::vector<char> big(n * 8 + 256, '#');
    auto const r_big = pd::serialize(v, big, opt);
    BOOST_TEST_REQUIRE(r_big.has_value());
    BOOST_TEST_REQUIRE(*r_big == n);
    std::string const out(big.data(), n);
    bool ok = big[n] == '#';
    std::vector<char> buf(n + 16);
    std::size_t const unescaped =
        30 + title.size() + 2; // `{"type":"about:blank","title":` and the string
    for (std::size_t const cap : {n, n - 1, n - 2, n - 3, n - 7, unescaped - 1, unescaped,
                                  unescaped + 1, std::size_t(30)}) {
        if (cap > n)
            continue;
        std::fill(buf.begin(), buf.end(), '#');
        auto const r = pd::serialize(v, std::span<char>(buf.data(), cap), opt);
        if (cap < n)
            ok = ok && !r && r.error() == error::buffer_too_small;
        else
            ok = ok && r && *r == n && std::string_view(buf.data(), n) == out;
        for (std::size_t i = cap; i < buf.size(); ++i)
            ok = ok && buf[i] == '#';
    }
    BOOST_TEST_REQUIRE(ok, "the sinks disagree on " << out);
    BOOST_TEST_REQUIRE(pd::to_json(v, opt) == out);
    return out;
}

} // namespace

// The string writer scans and copies 16 bytes at a time, short strings in
// two overlapping loads: every length from 0 to 80, a special byte at every
// position, every option, checked against the escapes written out by hand.
BOOST_AUTO_TEST_CASE(string_writer_every_length_and_position) {
    std::string const prefix = R"({"type":"about:blank","title":")";
    auto filler = [](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i)
            s += static_cast<char>('a' + i % 26);
        return s;
    };
    // (Under valgrind, PROBLEM_DETAILS_TEST_QUICK: the lengths up to 40.)
    std::size_t const longest = std::getenv("PROBLEM_DETAILS_TEST_QUICK") ? 40 : 80;
    for (std::size_t len = 0; len <= longest; ++len) {
        std::string const plain = filler(len);
        if (len > 0) // (an empty title is not written)
            BOOST_TEST_REQUIRE(write_every_way(plain, {}) == prefix + plain + "\"}");
        for (auto const& sp : specials) {
            for (std::size_t k = 0; k + sp.raw.size() <= len; ++k) {
                // Past 40 bytes, the positions near a 16-byte block's edges and the ends.
                if (len > 40 && k > 17 && k + sp.raw.size() + 17 < len && k % 16 > 1 && k % 16 < 14)
                    continue;
                std::string s = plain;
                s.replace(k, sp.raw.size(), sp.raw);
                std::string const head = plain.substr(0, k), tail = plain.substr(k + sp.raw.size());
                BOOST_TEST_CONTEXT("length " << len << ", special at " << k) {
                    BOOST_TEST_REQUIRE(write_every_way(s, {}) ==
                                       prefix + head + std::string(sp.plain) + tail + "\"}");
                    BOOST_TEST_REQUIRE(write_every_way(s, {.html_safe = true}) ==
                                       prefix + head + std::string(sp.html) + tail + "\"}");
                    BOOST_TEST_REQUIRE(write_every_way(s, {.escape_non_ascii = true}) ==
                                       prefix + head + std::string(sp.non_ascii) + tail + "\"}");
                }
            }
        }
        // Invalid UTF-8 anywhere is an error from every sink.
        for (std::size_t k = 0; k < len; ++k) {
            std::string s = plain;
            s[k] = '\xff';
            pd::problem_view v;
            v.title = s;
            std::array<char, 1024> out;
            BOOST_TEST_REQUIRE((pd::serialize(v, out).error() == error::invalid_utf8_in_value));
            BOOST_TEST_REQUIRE((pd::serialize(v, std::span<char>(out.data(), len + 24)).error() ==
                                error::invalid_utf8_in_value));
            BOOST_TEST_REQUIRE(pd::serialized_size(v) == 0u);
        }
    }
}

namespace {
/// The worst strings for an output bound, 300 bytes each: controls (each
/// written as \u00XX), astral characters (4 bytes written as two \uXXXX
/// with escape_non_ascii) and angles (\u003c each when HTML-safe).
std::array<std::string, 3> worst_texts() {
    std::string astral;
    for (int i = 0; i < 75; ++i)
        astral += "\xf0\x9f\x98\x80";
    return {std::string(300, '\x01'), astral, std::string(300, '<')};
}
} // namespace

// The buffer a view is written into without checks per write must hold
// the output whatever the strings hold: the bound against the worst cases.
BOOST_AUTO_TEST_CASE(unchecked_writes_stay_inside_the_bound) {
    auto const worst = worst_texts();
    pd::extension const ext[] = {{worst[0], "\"\\u0001\""}, {"e", R"(["\u00e9","<<<<"])"}};
    for (std::string const& s : worst) {
        pd::problem_view v;
        v.type = s;
        v.title = s;
        v.detail = s;
        v.instance = s;
        v.extensions = pd::extension_list(ext);
        for (pd::serialize_options opt :
             {pd::serialize_options{}, pd::serialize_options{.escape_non_ascii = true},
              pd::serialize_options{.html_safe = true}}) {
            std::size_t const n = pd::serialized_size(v, opt);
            BOOST_TEST_REQUIRE(n > 0u);
            BOOST_TEST(pd::detail::size_bound(v).value() >= n);
            BOOST_TEST(pd::detail::size_bound(v).fits(pd::detail::size_bound(v).value()));
        }
    }
}

namespace {
/// `1` inside `levels` arrays, built a level at a time (no copy).
boost::json::value nested_arrays(int levels) {
    boost::json::value v = 1;
    for (int i = 0; i < levels; ++i) {
        boost::json::array level;
        level.push_back(std::move(v));
        v = std::move(level);
    }
    return v;
}

/// Takes nested_arrays apart a level at a time: Boost.JSON's destructor
/// recurses once per level.
void unnest(boost::json::value& v) {
    while (v.is_array() && !v.get_array().empty()) {
        boost::json::value inner = std::move(v.get_array()[0]);
        v = std::move(inner);
    }
}
} // namespace

// The owning problem's bound (to_json writes without checks inside it):
// never below what any option writes, for the worst byte of each kind in
// every place a string goes, the longest numbers, and nesting.
BOOST_AUTO_TEST_CASE(unchecked_writes_stay_inside_the_bound_owning) {
    namespace json = boost::json;
    std::size_t checked = 0;
    for (std::string const& s : worst_texts()) {
        json::string const js(s);
        pd::problem p;
        p.type = s;
        p.title = s;
        p.detail = s;
        p.instance = s;
        p.status = pd::http_status{422};
        p.extensions[s] = js;
        p.extensions["n"] = json::array{std::int64_t(-9223372036854775807 - 1),
                                        std::uint64_t(18446744073709551615u),
                                        -2.2250738585072014e-308,
                                        -1.7976931348623157e308,
                                        std::numeric_limits<double>::infinity(),
                                        -std::numeric_limits<double>::infinity(),
                                        std::numeric_limits<double>::quiet_NaN(),
                                        4.0,
                                        true,
                                        false,
                                        nullptr,
                                        json::array{},
                                        json::object{}};
        json::value deep = json::object{{s, js}};
        for (int i = 0; i < 20; ++i)
            deep = json::array{json::object{{s, deep}}, js};
        p.extensions["deep"] = deep;
        for (pd::serialize_options opt :
             {pd::serialize_options{}, pd::serialize_options{.escape_non_ascii = true},
              pd::serialize_options{.html_safe = true}}) {
            std::size_t const n = pd::serialized_size(p, opt);
            BOOST_TEST_REQUIRE(n > 0u);
            auto const bound = pd::detail::size_bound(p, std::size_t(-1));
            BOOST_TEST(bound.value() >= n);
            BOOST_TEST(bound.fits(bound.value()));
            ++checked;
        }
    }
    BOOST_TEST(checked == 9u);
    // Numbers alone (no text's slack to hide in): each of the longest
    // ones, many times.
    for (json::value const& number :
         {json::value(std::int64_t(-9223372036854775807 - 1)),
          json::value(std::uint64_t(18446744073709551615u)), json::value(-2.2250738585072014e-308),
          json::value(-1.7976931348623157e308), json::value(-1e-323), json::value(1e21),
          json::value(-std::numeric_limits<double>::infinity()), json::value(false)}) {
        pd::problem p;
        p.extensions["n"] = json::array(200, number);
        std::size_t const n = pd::serialized_size(p);
        BOOST_TEST_REQUIRE(n > 0u);
        BOOST_TEST(pd::detail::size_bound(p, std::size_t(-1)).value() >= n);
    }
}

// The walk behind the owning bound stops once the likely size passes the
// stop, and that changes no decision: a bound it gave up fits nothing,
// where the whole walk would not have fitted either; a walk that was not
// stopped gives the whole bound. Nesting far past the stop (2 bytes a
// level) ends the walk too, without recursing to the bottom.
BOOST_AUTO_TEST_CASE(owning_bound_walk_stops_past_the_stop) {
    namespace json = boost::json;
    namespace detail = pd::detail;
    std::size_t const stop = detail::to_json_stack_size;
    std::size_t stopped = 0, whole = 0;
    for (std::size_t entries : {0, 1, 10, 20, 28, 29, 30, 31, 32, 40, 100, 1000}) {
        for (bool nested : {false, true}) {
            json::array a;
            for (std::size_t i = 0; i < entries; ++i) {
                json::object e{{"name", "field" + std::to_string(i)},
                               {"reason", "Must be a positive integer larger than 100"}};
                if (nested)
                    a.push_back(json::array{e});
                else
                    a.push_back(e);
            }
            pd::problem p;
            p.title = "t";
            p.extensions["extraDetails"] = a;
            auto const early = detail::size_bound(p, stop);
            auto const full = detail::size_bound(p, std::size_t(-1));
            if (early.likely_fits(stop)) {
                ++whole;
                BOOST_TEST(early.value() == full.value());
            } else {
                BOOST_TEST(!full.likely_fits(stop));
                if (early.value() == std::size_t(-1))
                    ++stopped;
            }
            BOOST_TEST((!early.fits(stop) || full.fits(stop)));
        }
    }
    BOOST_TEST(stopped > 0u);
    BOOST_TEST(whole > 0u);
    // 100,000 levels: the walk gives up after at most stop / 2 of them.
    pd::problem p;
    p.extensions["deep"] = nested_arrays(100000);
    auto const b = detail::size_bound(p, stop);
    BOOST_TEST(!b.likely_fits(stop));
    BOOST_TEST(b.value() == std::size_t(-1));
    unnest(p.extensions["deep"]);
}

// compact_json (SSE2: whole blocks by the quotes' parity, blocks with an
// escape event by event, the tail from a padded copy) against its scalar
// reference, over generated texts of every length up to 64 and more, at
// every alignment, with no byte stored past the output.
BOOST_AUTO_TEST_CASE(compact_json_equals_the_scalar_reference) {
    static constexpr char const* pieces[] = {"{",
                                             "}",
                                             "[",
                                             "]",
                                             ":",
                                             ",",
                                             "1",
                                             "-2.5e3",
                                             "true",
                                             "null",
                                             " ",
                                             "\n",
                                             "\t",
                                             "\r\n",
                                             "    ",
                                             "\n        ",
                                             "\"\"",
                                             "\"a b\"",
                                             "\"x\"",
                                             "\"\\\"\"",
                                             "\"\\\\\"",
                                             "\"\\\\\\\"\"",
                                             "\"\\u0022 \"",
                                             "\"\xc3\xa5 \xe2\x80\x93\"",
                                             "\"abcdefghijklmnopq rstuvwxyz\"",
                                             "\" \\n \\\" \\\\ \""};
    constexpr std::size_t count = sizeof pieces / sizeof *pieces;
    std::uint32_t seed = 12345;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    // compact_json equals the reference on `text` at every alignment.
    auto same = [](std::string const& text) {
        std::string expected(text.size() + 1, '\0');
        expected.resize(pd::detail::compact_json_scalar<true>(expected.data(), 0, text.data(),
                                                              text.data() + text.size(), false));
        bool ok = true;
        for (std::size_t align = 0; align < 16; ++align) {
            std::vector<char> in(align + text.size());
            std::copy(text.begin(), text.end(), in.begin() + static_cast<std::ptrdiff_t>(align));
            char const* const p = in.data() + align;
            std::vector<char> out(align + text.size() + 16, '#');
            char* const o = out.data() + align;
            std::size_t const n = pd::detail::compact_json<true>(o, p, p + text.size());
            ok = ok && n == expected.size() && std::string_view(o, n) == expected &&
                 pd::detail::compact_json<false>(nullptr, p, p + text.size()) == n;
            for (std::size_t i = 0; i < align; ++i)
                ok = ok && out[i] == '#';
            for (std::size_t i = align + n; i < out.size(); ++i)
                ok = ok && out[i] == '#';
        }
        return ok;
    };
    // Texts under 16 bytes: with no byte outside 0x21..0x7F copied whole,
    // else a byte at a time.
    for (char const* text : {"\"400\"", "1", "true", "[1,2]", "{\"k\":[null]}", "\"0123456789ab\"",
                             "\"a b\"", "[ 1 ]", "\"\xc3\xa5\"", "{\"k\": 1}", "\"\\\" \""})
        BOOST_TEST(same(text), "compact_json differs on " << text);
    std::vector<std::size_t> per_length(200, 0);
    std::size_t const texts = std::getenv("PROBLEM_DETAILS_TEST_QUICK") ? 3000 : 30000;
    for (std::size_t t = 0; t < texts; ++t) {
        std::string text;
        std::size_t const want = next() % 100;
        while (text.size() < want)
            text += pieces[next() % count];
        if (text.size() >= per_length.size() || per_length[text.size()]++ > 200)
            continue;
        BOOST_TEST_REQUIRE(same(text), "compact_json differs on " << text);
    }
    for (std::size_t len = 0; len <= 64; ++len)
        BOOST_TEST(per_length[len] > 0u, "no text of length " << len);
}

// escape_into_plain and escape_into_html_safe (SSE2: a block at a time,
// its UTF-8 validated at once or a sequence at a time, a sequence that runs
// into the next block read again from its lead, the tail from a padded
// copy) against escape_into_scalar: every length 0..64 at every alignment,
// each kind of special byte or sequence (valid, invalid, cut short, and
// for HTML < > & and U+2028, U+2029 beside other E2 sequences) at every
// position, alone and in pairs, with the same result (the same output, or
// both nullptr) and no byte stored past the output.
BOOST_AUTO_TEST_CASE(escape_into_plain_equals_the_scalar_reference) {
    static constexpr std::string_view kinds[] = {"\"",
                                                 "\\",
                                                 "\n",
                                                 "\x01",
                                                 "\x1f",
                                                 "\x7f",
                                                 "<",
                                                 "\xc3\xa5",         // 2 bytes
                                                 "\xe2\x80\x93",     // 3 bytes
                                                 "\xe0\xa0\x80",     // 3 bytes, E0's lowest
                                                 "\xed\x9f\xbf",     // 3 bytes, ED's highest
                                                 "\xf0\x9f\x98\x80", // 4 bytes
                                                 "\xf4\x8f\xbf\xbf", // U+10FFFF
                                                 "\x80",             // a lone continuation
                                                 "\xc3", // a lead cut short (or followed by ASCII)
                                                 "\xe2\x80",         // cut short
                                                 "\xf0\x9f\x98",     // cut short
                                                 "\xc0\x80",         // overlong
                                                 "\xe0\x9f\xbf",     // overlong
                                                 "\xed\xa0\x80",     // a surrogate
                                                 "\xf4\x90\x80\x80", // above U+10FFFF
                                                 "\xf5\x80\x80\x80",
                                                 "\xff",
                                                 ">",
                                                 "&",
                                                 "\xe2\x80\xa8",  // U+2028 (HTML: escaped)
                                                 "\xe2\x80\xa9",  // U+2029 (HTML: escaped)
                                                 "\xe2\x80\xa7",  // U+2027 (kept)
                                                 "\xe2\x81\xa8"}; // U+2068 (kept)
    // (The blocks start where the text does, so the alignment changes no
    // decision: pairs of specials are checked at two alignments only.)
    auto same_as = [](bool html, std::string const& text, std::size_t align_step) {
        std::vector<char> ref(6 * text.size() + 1);
        char const* const b = text.data();
        char* const ref_end = pd::detail::escape_into_scalar(ref.data(), b, b + text.size(), html);
        bool ok = true;
        for (std::size_t align = 0; align < 16; align += align_step) {
            std::vector<char> in(align + text.size() + 1);
            std::copy(text.begin(), text.end(), in.begin() + static_cast<std::ptrdiff_t>(align));
            char const* const p = in.data() + align;
            std::vector<char> out(align + 6 * text.size() + 32, '#');
            char* const o = out.data() + align;
            char* const e = html ? pd::detail::escape_into_html_safe(o, p, p + text.size())
                                 : pd::detail::escape_into_plain(o, p, p + text.size());
            if (!ref_end) {
                ok = ok && e == nullptr;
                continue;
            }
            auto const n = static_cast<std::size_t>(ref_end - ref.data());
            ok = ok && e == o + n && std::string_view(o, n) == std::string_view(ref.data(), n);
            for (std::size_t i = 0; i < align; ++i)
                ok = ok && out[i] == '#';
            for (std::size_t i = align + n; i < out.size(); ++i)
                ok = ok && out[i] == '#';
        }
        return ok;
    };
    // (HTML-safe: at two alignments, which the blocks' decisions do not
    // depend on either.)
    auto same = [&](std::string const& text, std::size_t align_step = 1) {
        return same_as(false, text, align_step) && same_as(true, text, 11);
    };
    auto filler = [](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i)
            s += static_cast<char>('a' + i % 26);
        return s;
    };
    bool const quick = std::getenv("PROBLEM_DETAILS_TEST_QUICK") != nullptr;
    for (std::size_t len = 0; len <= 64; ++len) {
        std::string const plain = filler(len);
        BOOST_TEST_REQUIRE(same(plain), "escape_into_plain differs at length " << len);
        for (auto const a : kinds) {
            for (std::size_t k = 0; k + a.size() <= len; ++k) {
                std::string s = plain;
                s.replace(k, a.size(), a);
                BOOST_TEST_REQUIRE(same(s), "differs at length " << len << ", " << k);
                // A second special after it: an ASCII one, valid sequences
                // of each length, and two invalid ones; HTML-safe, < and
                // the E2 sequences U+2028 and U+2027 (to 32 bytes, two
                // blocks and a tail; not under valgrind).
                static constexpr std::size_t plain_seconds[] = {0, 2, 7, 8, 11, 13, 15};
                static constexpr std::size_t html_seconds[] = {0, 6, 8, 25, 27};
                for (bool const html : {false, true}) {
                    if (len > (html ? (quick ? 0 : 32) : (quick ? 24 : 40)))
                        continue;
                    for (std::size_t const b : html ? std::span<std::size_t const>(html_seconds)
                                                    : std::span<std::size_t const>(plain_seconds)) {
                        for (std::size_t j = k + a.size(); j + kinds[b].size() <= len; ++j) {
                            std::string t = s;
                            t.replace(j, kinds[b].size(), kinds[b]);
                            BOOST_TEST_REQUIRE(same_as(html, t, 11),
                                               "differs at length " << len << ", " << k << " and "
                                                                    << j << ", HTML-safe " << html);
                        }
                    }
                }
            }
        }
    }
    // Text of non-ASCII letters only, every length (sequences across blocks).
    for (std::size_t len = 0; len <= 40; ++len) {
        std::string s;
        for (std::size_t i = 0; i < len; ++i)
            s += i % 4 == 0   ? "\xc3\xa5"
                 : i % 4 == 1 ? "\xe2\x80\x93"
                 : i % 4 == 2 ? "\xf0\x9f\x98\x80"
                              : "\xe2\x80\xa8";
        BOOST_TEST_REQUIRE(same(s), "differs on non-ASCII text of " << len << " letters");
        BOOST_TEST_REQUIRE(same(s + "\""), "differs on non-ASCII text of " << len << " letters");
    }
}

// A view built by hand: its extension text is checked on every write,
// written as it is when compact, compacted otherwise, refused when not
// one JSON value (with the same error as ever).
BOOST_AUTO_TEST_CASE(built_view_extension_text_checked_then_copied) {
    std::array<char, 1024> buf;
    for (auto const& [value, out] :
         std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {R"([{"a":1},"x y"])", R"([{"a":1},"x y"])"},
             {" [ {\"a\" : 1} ,\n\"x y\" ] ", R"([{"a":1},"x y"])"},
             {R"("\"\\")", R"("\"\\")"}}) {
        pd::extension const ext[] = {{"e", value}};
        pd::problem_view v;
        v.extensions = pd::extension_list(ext);
        std::string const want =
            std::string(R"({"type":"about:blank","e":)") + std::string(out) + "}";
        BOOST_TEST(pd::to_json(v) == want);
        auto const r = pd::serialize(v, buf);
        BOOST_TEST_REQUIRE(r.has_value());
        BOOST_TEST(std::string_view(buf.data(), *r) == want);
        BOOST_TEST(pd::serialized_size(v) == want.size());
    }
    for (std::string_view bad : {"", " ", "[1,]", "{\"a\":1} 2", "\"\x01\"", "\"\xff\"", "01"}) {
        pd::extension const ext[] = {{"e", bad}};
        pd::problem_view v;
        v.extensions = pd::extension_list(ext);
        BOOST_TEST((pd::serialize(v, buf).error() == error::invalid_extension_value), bad);
        BOOST_TEST(pd::serialized_size(v) == 0u);
    }
}

// json_text_kind reads a string under 16 bytes (a status "400") from a
// padded copy, so that it takes the string scanner's block; every such
// text gets the kind the scanner gives it in place (skip_value, the
// reference), valid or not, with whitespace after it or not.
BOOST_AUTO_TEST_CASE(json_text_kind_of_short_strings_equals_the_scanner_in_place) {
    auto in_place = [](std::string_view raw) {
        pd::detail::json_scanner s(raw, std::size_t(1) << 17, std::size_t(-1));
        s.skip_ws();
        if (s.p == s.end || !s.skip_value(0))
            return -1;
        s.skip_ws();
        if (s.p != s.end)
            return -1;
        return s.saw_ws ? 0 : 1;
    };
    BOOST_TEST(pd::detail::json_text_kind("\"400\"") == 1);
    BOOST_TEST(pd::detail::json_text_kind("\"400\"\n") == 0);
    BOOST_TEST(pd::detail::json_text_kind("\"a b\\u00e5\"") == 1);
    for (std::string_view bad : {"\"", "\"400", "\"a\"b", "\"\x01\"", "\"\xff\"", "\"\\x\"",
                                 "\"\\ud800\"", "\"\\\"", "\"a\" \"b\""})
        BOOST_TEST(pd::detail::json_text_kind(bad) == -1, bad);
    static constexpr std::string_view pieces[] = {"a",
                                                  " ",
                                                  "\"",
                                                  "\\",
                                                  "\\\"",
                                                  "\\n",
                                                  "\\u00e5",
                                                  "\\ud83d\\ude00",
                                                  "\\ud83d",
                                                  "\\u12",
                                                  "\x01",
                                                  "\x7f",
                                                  "\xc3\xa5",
                                                  "\xe2\x80\x93",
                                                  "\xf0\x9f\x98\x80",
                                                  "\xc3",
                                                  "\xff",
                                                  "\n",
                                                  "\t"};
    std::uint32_t seed = 777;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    std::size_t tested = 0;
    for (int t = 0; t < 20000; ++t) {
        std::string text = "\"";
        std::size_t const want = next() % 20;
        while (text.size() < want)
            text += pieces[next() % std::size(pieces)];
        // The texts are mostly short; a third end with a quote (so many are
        // valid), some with whitespace after it.
        if (next() % 3 == 0)
            text += next() % 4 == 0 ? "\" \n" : "\"";
        tested += text.size() < 16;
        BOOST_TEST_REQUIRE(pd::detail::json_text_kind(text) == in_place(text), text);
    }
    BOOST_TEST(tested > 10000u);
}

namespace {
/// The paths to_json took, as its bound decides them (see
/// stack_or_driven_string), and whether serialize failed.
struct to_json_paths {
    bool plain = false, tried = false, overflowing_try = false, counted = false, error = false;
};

/// to_json of `p`, whose bound is `bound`, against serialize: the same
/// text, or serialize's error thrown (serialized_size then says 0). Notes
/// the path taken in `seen`.
template <class P>
void check_to_json_path(P const& p, pd::detail::output_bound const& bound,
                        pd::serialize_options opt, to_json_paths& seen) {
    std::size_t const stack = pd::detail::to_json_stack_size;
    std::size_t const n = pd::serialized_size(p, opt);
    if (!opt.escape_non_ascii && !opt.html_safe && bound.fits(stack))
        seen.plain = true;
    else if (!bound.likely_fits(stack))
        seen.counted = true;
    else if (n > stack)
        seen.overflowing_try = true;
    else
        seen.tried = true;
    std::vector<char> buf(n + 1, '#');
    auto const r = pd::serialize(p, buf, opt);
    if (!r) {
        seen.error = true;
        BOOST_TEST(n == 0u);
        try {
            (void)pd::to_json(p, opt);
            BOOST_TEST(false, "to_json did not throw for " << r.error().message());
        } catch (boost::system::system_error const& e) {
            BOOST_TEST(e.code() == r.error());
        }
        return;
    }
    BOOST_TEST(*r == n);
    BOOST_TEST(pd::to_json(p, opt) == std::string_view(buf.data(), n));
}
} // namespace

// to_json writes a problem whose output certainly fits its stack buffer
// once, there; one that likely fits (its text unescaped does) is tried
// there, the try given up when it overflows; any other is counted first:
// the same text and the same errors every way, on both sides of each
// bound, escapes and options included.
BOOST_AUTO_TEST_CASE(to_json_stack_and_counted_paths_agree) {
    to_json_paths seen;
    auto const check = [&](pd::problem_view const& v, pd::serialize_options opt = {}) {
        check_to_json_path(v, pd::detail::size_bound(v), opt, seen);
    };
    // Every length of a detail that needs escapes, across the bounds.
    std::string const piece = "a\"\n\xc3\xa9<\x01"; // 7 bytes, 15 written
    for (std::size_t len :
         {0, 7, 70, 560, 595, 602, 609, 616, 630, 700, 900, 2000, 4000, 4100, 6000}) {
        std::string detail;
        while (detail.size() < len)
            detail += piece;
        pd::problem_view v;
        v.title = "t";
        v.detail = detail;
        check(v);
        check(v, {.escape_non_ascii = true});
        check(v, {.html_safe = true});
        // The same with invalid UTF-8 at the end, and a conflicting member.
        std::string const bad = detail + "\xff";
        v.detail = bad;
        check(v);
        check(v, {.escape_non_ascii = true});
        v.detail = detail;
        pd::extension const conflict[] = {{"title", "\"x\""}};
        v.extensions = pd::extension_list(conflict);
        check(v);
        pd::extension const invalid[] = {{"x", "[1,"}};
        v.extensions = pd::extension_list(invalid);
        check(v);
        pd::extension const pretty[] = {{"x", " { \"k\" : [ 1 , 2 ] } "}};
        v.extensions = pd::extension_list(pretty);
        check(v);
    }
    // Every payload, parsed (pretty ones kept with their whitespace).
    for (auto const& payload : test_support::all_payloads()) {
        std::vector<char> scratch(pd::scratch_bound(payload.body));
        if (auto const v = pd::parse_view(payload.body, scratch))
            check(*v);
    }
    BOOST_TEST(seen.plain);
    BOOST_TEST(seen.tried);
    BOOST_TEST(seen.overflowing_try);
    BOOST_TEST(seen.counted);
    BOOST_TEST(seen.error);
}

// The same for an owning problem, whose bound walks its extension values
// (and gives up past the stack buffer): every path gives serialize's text
// and throws serialize's error.
BOOST_AUTO_TEST_CASE(to_json_stack_and_counted_paths_agree_owning) {
    namespace json = boost::json;
    to_json_paths seen;
    bool saw_given_up = false;
    auto const check = [&](pd::problem const& p, pd::serialize_options opt = {}) {
        auto const bound = pd::detail::size_bound(p, pd::detail::to_json_stack_size);
        if (bound.value() == std::size_t(-1))
            saw_given_up = true;
        check_to_json_path(p, bound, opt, seen);
    };
    std::string const piece = "a\"\n\xc3\xa9<\x01"; // 7 bytes, 15 written
    for (std::size_t len :
         {0, 7, 70, 560, 595, 602, 609, 616, 630, 700, 900, 2000, 4000, 4100, 6000}) {
        std::string text;
        while (text.size() < len)
            text += piece;
        for (bool in_value : {false, true}) {
            pd::problem p;
            p.title = "t";
            if (in_value)
                p.extensions["x"] = json::array{json::string(text), 1, nullptr};
            else
                p.detail = text;
            check(p);
            check(p, {.escape_non_ascii = true});
            check(p, {.html_safe = true});
            // Invalid UTF-8 at the end of the text, and in a key.
            pd::problem bad = p;
            if (in_value)
                bad.extensions["x"] = json::string(text + "\xff");
            else
                bad.detail = text + "\xff";
            check(bad);
            check(bad, {.escape_non_ascii = true});
            bad = p;
            bad.extensions[text + "\xff"] = 1;
            check(bad);
            // An extension named as a standard member.
            p.extensions["title"] = "x";
            check(p);
        }
    }
    // A value nested far past the stop (the walk gives up).
    {
        pd::problem p;
        p.extensions["deep"] = nested_arrays(3000);
        check(p);
        unnest(p.extensions["deep"]);
    }
    // Every payload, parsed into an owning problem.
    for (auto const& payload : test_support::all_payloads())
        if (auto const p = pd::parse(payload.body))
            check(*p);
    BOOST_TEST(seen.plain);
    BOOST_TEST(seen.tried);
    BOOST_TEST(seen.overflowing_try);
    BOOST_TEST(seen.counted);
    BOOST_TEST(seen.error);
    BOOST_TEST(saw_given_up);
}
