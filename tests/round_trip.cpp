// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Property tests: whatever we write, we read back equal; whatever we read,
// we write so that reading it again gives the same problem.
#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#define BOOST_TEST_MODULE round_trip
#include "support/test_preamble.hpp"

#include "support/payloads.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <random>
#include <string>
#include <vector>

namespace json = boost::json;

namespace {

class generator {
public:
    explicit generator(unsigned seed) : rng_(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

    /// Valid UTF-8 text drawn to hit every escaping path: quotes,
    /// backslashes, controls, DEL, HTML specials, 2/3/4-byte characters,
    /// U+2028, and long plain runs (the 16-byte fast path).
    std::string text() {
        static char const* const pieces[] = {
            "a",
            "Z",
            "0",
            " ",
            "\"",
            "\\",
            "/",
            "\b",
            "\f",
            "\n",
            "\r",
            "\t",
            "\x01",
            "\x1f",
            "\x7f",
            "<",
            ">",
            "&",
            "</script>",
            "\xc3\xa9",
            "\xe2\x82\xac",
            "\xe2\x80\xa8",
            "\xf0\x9f\x98\x80",
            "plain ASCII run longer than sixteen bytes",
            "{\"injected\":true}",
            ",\"status\":200",
        };
        std::string s;
        int const n = below(8);
        for (int i = 0; i < n; ++i)
            s += pieces[below(static_cast<int>(std::size(pieces)))];
        if (below(10) == 0)
            s += std::string(1, '\0');
        return s;
    }

    json::value value(int depth = 0) {
        switch (below(depth > 3 ? 6 : 8)) {
        case 0: return nullptr;
        case 1: return below(2) == 0;
        case 2: return static_cast<std::int64_t>(below(2000001) - 1000000);
        case 3: return static_cast<double>(below(4001) - 2000) / 8.0; // exact in binary
        case 4: return json::string(text());
        case 5:
            return std::uint64_t(18446744073709551615ull) - static_cast<std::uint64_t>(below(100));
        case 6: {
            json::array a;
            for (int i = below(4); i > 0; --i)
                a.push_back(value(depth + 1));
            return a;
        }
        default: {
            json::object o;
            for (int i = below(4); i > 0; --i)
                o[text()] = value(depth + 1);
            return o;
        }
        }
    }

    pd::problem problem() {
        pd::problem p;
        if (below(4))
            p.type = below(2) ? "https://example.com/probs/" + text() : text();
        if (below(3))
            p.title = text();
        if (below(3))
            p.detail = text();
        if (below(3))
            p.instance = "urn:uuid:" + text();
        if (below(3))
            p.status = static_cast<pd::http_status>(100 + below(500));
        for (int i = below(5); i > 0; --i) {
            std::string name = text();
            if (pd::detail::match_standard(name) != pd::detail::sm_none)
                name += "_";
            p.extensions[name] = value();
        }
        return p;
    }

private:
    std::mt19937 rng_;
};

/// Pretty-prints with random whitespace, to exercise raw-text compaction.
std::string with_whitespace(json::value const& v, generator& g) {
    auto ws = [&] {
        static char const* const w[] = {"", " ", "\n", "\t", "\r\n  "};
        return std::string(w[g.below(5)]);
    };
    switch (v.kind()) {
    case json::kind::array: {
        std::string s = "[" + ws();
        bool first = true;
        for (auto const& e : v.get_array()) {
            if (!first)
                s += ws() + "," + ws();
            first = false;
            s += with_whitespace(e, g);
        }
        return s + ws() + "]";
    }
    case json::kind::object: {
        std::string s = "{" + ws();
        bool first = true;
        for (auto const& m : v.get_object()) {
            if (!first)
                s += ws() + "," + ws();
            first = false;
            s += json::serialize(json::value(m.key())) + ws() + ":" + ws() +
                 with_whitespace(m.value(), g);
        }
        return s + ws() + "}";
    }
    default: return json::serialize(v);
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(write_then_read_gives_the_same_problem) {
    generator g(20261124);
    std::vector<char> scratch(1 << 16);
    for (int i = 0; i < 3000; ++i) {
        pd::problem const p = g.problem();
        for (pd::serialize_options opt :
             {pd::serialize_options{}, pd::serialize_options{.escape_non_ascii = true},
              pd::serialize_options{.html_safe = true}}) {
            std::string const text = pd::to_json(p, opt);
            BOOST_TEST_REQUIRE(text.size() == pd::serialized_size(p, opt));
            // Boost.JSON agrees it is one valid JSON object.
            boost::system::error_code ec;
            auto const reference = json::parse(text, ec);
            BOOST_TEST_REQUIRE(!ec, text);
            BOOST_TEST_REQUIRE(reference.is_object());
            // Standard members are where they belong: no value injected one.
            BOOST_TEST(reference.as_object().size() == p.extensions.size() + 1 + !p.title.empty() +
                                                           !p.detail.empty() + !p.instance.empty() +
                                                           p.status.has_value());
            if (opt.html_safe) {
                BOOST_TEST(text.find_first_of("<>&") == std::string::npos);
                BOOST_TEST(text.find("\xe2\x80\xa8") == std::string::npos);
            }
            if (opt.escape_non_ascii)
                for (char c : text)
                    BOOST_TEST_REQUIRE(static_cast<unsigned char>(c) < 0x80);
            auto const back = pd::parse(text);
            BOOST_TEST_REQUIRE(back.has_value(), back.error().message() << " in " << text);
            BOOST_TEST_REQUIRE((*back == p), text);
            auto const view = pd::parse_view(text, scratch);
            BOOST_TEST_REQUIRE(view.has_value());
            BOOST_TEST_REQUIRE((pd::problem(*view) == p));
        }
    }
}

BOOST_AUTO_TEST_CASE(read_then_write_then_read_is_stable) {
    generator g(7);
    std::vector<char> scratch1(1 << 16), scratch2(1 << 16);
    for (int i = 0; i < 3000; ++i) {
        // A document with random whitespace, random (even wrong-typed)
        // standard members, and random extensions.
        json::object doc;
        for (int k = g.below(8); k > 0; --k) {
            static char const* const names[] = {"type",     "title", "status", "detail",
                                                "instance", "x",     "y",      "extraDetails"};
            doc[names[g.below(8)]] = g.below(3) ? json::value(json::string(g.text())) : g.value();
        }
        if (g.below(2))
            doc["status"] = g.below(700);
        std::string const text = with_whitespace(doc, g);
        for (auto mode : {pd::parse_mode::rfc, pd::parse_mode::lenient}) {
            auto const first = pd::parse_view(text, scratch1, {.mode = mode});
            BOOST_TEST_REQUIRE(first.has_value(), first.error().message() << " in " << text);
            std::string const written = pd::to_json(*first);
            auto const second = pd::parse_view(written, scratch2, {.mode = mode});
            BOOST_TEST_REQUIRE(second.has_value(), written);
            BOOST_TEST_REQUIRE((*first == *second), text << "\n -> " << written);
            BOOST_TEST_REQUIRE((pd::problem(*first) == pd::problem(*second)));
            // Writing is idempotent once compact.
            BOOST_TEST_REQUIRE(pd::to_json(*second) == written);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_payload_round_trips_byte_for_byte_modulo_whitespace) {
    std::vector<char> scratch(1 << 16);
    for (auto const& pl : test_support::all_payloads()) {
        for (auto mode : {pd::parse_mode::rfc, pd::parse_mode::lenient, pd::parse_mode::strict}) {
            auto const v = pd::parse_view(pl.body, scratch, {.mode = mode});
            if (!v)
                continue;
            std::string const out = pd::to_json(*v);
            std::vector<char> scratch2(1 << 16);
            auto const again = pd::parse_view(out, scratch2, {.mode = mode});
            BOOST_TEST_REQUIRE(again.has_value(), pl.name);
            BOOST_TEST((*again == *v), pl.name);
            // Every extension member survives with its raw text, whitespace aside.
            for (auto const& e : v->extensions) {
                auto it = again->extensions.find(e.name);
                BOOST_TEST_REQUIRE((it != again->extensions.end()), pl.name << " lost " << e.name);
                std::string compact;
                bool in_string = false;
                for (std::size_t k = 0; k < e.value.size(); ++k) {
                    char const c = e.value[k];
                    if (in_string && c == '\\') {
                        compact += c;
                        compact += e.value[++k];
                        continue;
                    }
                    if (c == '"')
                        in_string = !in_string;
                    if (in_string || !(c == ' ' || c == '\n' || c == '\r' || c == '\t'))
                        compact += c;
                }
                BOOST_TEST(it->value == compact, pl.name << " " << e.name);
            }
        }
    }
}

// Issue 17: an empty standard member ({"title":""}) was dropped on the way
// out. A view keeps every standard member its document had, empty or not,
// in every mode; and a view with an empty member is not equal to one
// without it.
BOOST_AUTO_TEST_CASE(empty_standard_members_survive_in_every_mode) {
    generator g(1717);
    std::vector<char> scratch1(1 << 16), scratch2(1 << 16);
    int kept = 0;
    for (int i = 0; i < 2000; ++i) {
        json::object doc;
        static char const* const names[] = {"title", "detail", "instance"};
        for (char const* name : names)
            if (g.below(2))
                doc[name] =
                    g.below(2) ? json::string() : json::string(name[0] == 'i' ? "/x" : g.text());
        if (g.below(2))
            doc["type"] = g.below(3) ? "https://example.com/p" : "";
        if (g.below(2))
            doc["status"] = 400 + g.below(100);
        if (g.below(2))
            doc["x"] = g.value();
        std::string const text = with_whitespace(doc, g);
        for (auto mode : {pd::parse_mode::rfc, pd::parse_mode::lenient, pd::parse_mode::strict}) {
            auto const v = pd::parse_view(text, scratch1, {.mode = mode});
            if (!v) {
                BOOST_TEST_REQUIRE((mode == pd::parse_mode::strict), text);
                continue; // strict rejects e.g. an empty (relative) type
            }
            std::string const out = pd::to_json(*v);
            auto const written = json::parse(out).as_object();
            for (char const* name : {"type", "title", "detail", "instance"}) {
                if (auto const* in = doc.if_contains(name)) {
                    auto const* o = written.if_contains(name);
                    BOOST_TEST_REQUIRE(o != nullptr, name << " lost: " << text << " -> " << out);
                    BOOST_TEST((*o == *in), text << " -> " << out);
                    kept += in->as_string().empty();
                } else if (std::string_view(name) != "type") {
                    BOOST_TEST(!written.contains(name), text << " -> " << out);
                }
            }
            auto const again = pd::parse_view(out, scratch2, {.mode = mode});
            BOOST_TEST_REQUIRE(again.has_value(), out);
            BOOST_TEST_REQUIRE((*again == *v), text << " -> " << out);
            BOOST_TEST_REQUIRE(pd::to_json(*again) == out);
            // Boost.JSON's conversion of the view keeps them too (it dropped
            // empty ones, going through the owning problem): the same object.
            BOOST_TEST_REQUIRE((json::value_from(*v).as_object() == written),
                               text << " -> " << out);
        }
    }
    BOOST_TEST(kept > 1000); // empty members were drawn, and kept
}

BOOST_AUTO_TEST_CASE(empty_member_is_not_an_absent_one) {
    std::vector<char> s1(256), s2(256);
    auto const with = pd::parse_view(R"({"title":""})", s1);
    auto const without = pd::parse_view(R"({})", s2);
    BOOST_TEST_REQUIRE((with && without));
    BOOST_TEST(pd::to_json(*with) == R"({"type":"about:blank","title":""})");
    BOOST_TEST(pd::to_json(*without) == R"({"type":"about:blank"})");
    BOOST_TEST(!(*with == *without));
    // So does value_from of the view: parse_view, value_from, serialize keeps it.
    std::vector<char> s3(256);
    auto const all = pd::parse_view(R"({"type":"","title":"","status":400,"detail":"",)"
                                    R"("instance":"","x":""})",
                                    s3);
    BOOST_TEST_REQUIRE(all.has_value());
    BOOST_TEST(json::serialize(json::value_from(*all)) ==
               R"({"type":"","status":400,"title":"","detail":"","instance":"","x":""})");
    BOOST_TEST(json::serialize(json::value_from(*with)) == R"({"type":"about:blank","title":""})");
    BOOST_TEST(json::serialize(json::value_from(*without)) == R"({"type":"about:blank"})");
    // The owning problem cannot tell (std::string members, fixed by the
    // public contract): there an empty member is absent, as documented.
    BOOST_TEST((pd::problem(*with) == pd::problem(*without)));
    BOOST_TEST(pd::to_json(pd::problem(*with)) == R"({"type":"about:blank"})");
    BOOST_TEST(json::serialize(json::value_from(pd::problem(*with))) ==
               R"({"type":"about:blank"})");
}
