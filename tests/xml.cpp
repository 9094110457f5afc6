// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/xml.hpp>

#define BOOST_TEST_MODULE xml
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/parse.hpp>

#include <boost/json/array.hpp>
#include <boost/system/system_error.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using pd::error;
using pd::http_status;

namespace {

constexpr char xmllint[] = "/usr/bin/xmllint";

bool have_xmllint() {
    static bool const have = std::filesystem::exists(xmllint);
    if (!have)
        BOOST_TEST_MESSAGE(
            "xmllint not found at /usr/bin/xmllint: skipping the well-formedness checks");
    return have;
}

std::filesystem::path temp_dir() {
    auto const dir = std::filesystem::temp_directory_path() /
                     ("problem_details_xml_test_" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    return dir;
}

/// Runs `xmllint --noout` on every document; returns the names of those it rejects.
std::vector<std::string>
rejected_by_xmllint(std::vector<std::pair<std::string, std::string>> const& docs) {
    std::vector<std::string> bad;
    if (!have_xmllint() || docs.empty())
        return bad;
    auto const dir = temp_dir();
    std::string all;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        auto const f = (dir / ("doc" + std::to_string(i) + ".xml")).string();
        std::ofstream(f, std::ios::binary) << docs[i].second;
        files.push_back(f);
        all += " '" + f + "'";
    }
    std::string const quiet = " >/dev/null 2>&1";
    if (std::system((std::string(xmllint) + " --noout" + all + quiet).c_str()) != 0) {
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (std::system(
                    (std::string(xmllint) + " --noout '" + files[i] + "'" + quiet).c_str()) != 0)
                bad.push_back(docs[i].first);
    }
    std::filesystem::remove_all(dir);
    return bad;
}

/// What xmllint reads as the text of the element `name` (XPath string()).
std::string xpath_string(std::string const& doc, std::string const& name) {
    auto const dir = temp_dir();
    auto const f = (dir / "doc.xml").string();
    std::ofstream(f, std::ios::binary) << doc;
    std::string const cmd = std::string(xmllint) + " --xpath 'string(//*[local-name()=\"" + name +
                            "\"])' '" + f + "' 2>/dev/null";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[512];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
            out.append(buf, n);
        pclose(p);
    }
    std::filesystem::remove_all(dir);
    if (!out.empty() && out.back() == '\n') // xmllint ends its output with one
        out.pop_back();
    return out;
}

/// The markup alone: every tag, the text between them dropped.
std::string skeleton(std::string const& xml) {
    std::string s;
    bool in_tag = false;
    for (char c : xml) {
        if (c == '<')
            in_tag = true;
        if (in_tag)
            s += c;
        if (c == '>')
            in_tag = false;
    }
    return s;
}

std::string const hostile[] = {
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "<![CDATA[x]]>",
    "<!--",
    "-->",
    "<?xml version=\"1.0\"?>",
    "</problem>",
    "<problem xmlns=\"evil\">",
    "&amp;",
    "&#0;",
    "&lt;",
    "\r",
    "\r\n",
    "\n",
    "\t",
    std::string("\0", 1),
    "\x01",
    "\x08",
    "\x0B",
    "\x0C",
    "\x1F",
    "\x7F",
    "\xC2\x80",
    "\xC2\x9F",
    "\xEF\xBF\xBE",
    "\xEF\xBF\xBF",
    "\xEF\xBF\xBD",
    "\xF0\x9F\x98\x80",
    "\xE2\x80\xA8",
    "x\"y='z'",
    "a:b",
    "xmlns",
    "xml",
    "_x0041_",
    "_x",
    "1",
    "-",
    ".",
    "\xC2\xB7",
    "\xCC\x80",
    " ",
    "",
};

} // namespace

BOOST_AUTO_TEST_CASE(rfc9457_appendix_b_example) {
    pd::problem p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    p.detail = "Your current balance is 30, but that costs 50.";
    p.instance = "https://example.net/account/12345/msgs/abc";
    p.extensions["balance"] = 30;
    p.extensions["accounts"] = boost::json::array{"https://example.net/account/12345",
                                                  "https://example.net/account/67890"};
    BOOST_TEST(
        pd::to_xml(p) ==
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<problem xmlns="urn:ietf:rfc:7807">)"
        R"(<type>https://example.com/probs/out-of-credit</type>)"
        R"(<title>You do not have enough credit.</title>)"
        R"(<detail>Your current balance is 30, but that costs 50.</detail>)"
        R"(<instance>https://example.net/account/12345/msgs/abc</instance>)"
        R"(<balance>30</balance>)"
        R"(<accounts><i>https://example.net/account/12345</i><i>https://example.net/account/67890</i></accounts>)"
        R"(</problem>)");
    p.status = http_status::forbidden;
    BOOST_TEST(pd::to_xml(p, {.declaration = false})
                   .find(R"(<problem xmlns="urn:ietf:rfc:7807"><type>)") == 0u);
    BOOST_TEST(pd::to_xml(p).find("<status>403</status>") != std::string::npos);
    BOOST_TEST(
        pd::to_xml(pd::problem{}) ==
        R"(<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type></problem>)");
}

BOOST_AUTO_TEST_CASE(values_nested_objects_and_scalars) {
    pd::problem p;
    p.extensions["o"] =
        boost::json::object{{"a", 1}, {"b", boost::json::array{true, nullptr, 1.5}}};
    p.extensions["n"] = nullptr;
    p.extensions["neg"] = -7;
    BOOST_TEST(
        pd::to_xml(p, {.declaration = false}) ==
        R"(<problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type>)"
        R"(<o><a>1</a><b><i>true</i><i></i><i>1.5</i></b></o><n></n><neg>-7</neg></problem>)");
    // The same from a view of raw JSON, whitespace and escapes included.
    std::array<char, 2048> scratch;
    std::string const body =
        R"({ "o" : { "a" : 1 , "b" : [ true , null , 1.5 ] }, "n" : null, "neg" : -7 })";
    auto const v = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST(pd::to_xml(*v) == pd::to_xml(p));
    BOOST_TEST(pd::to_xml(pd::problem(*v)) == pd::to_xml(p));
}

BOOST_AUTO_TEST_CASE(text_is_escaped_and_unrepresentable_characters_replaced) {
    pd::problem p;
    p.detail = std::string("a&b<c>d\"e'f\rg\th\ni") + std::string("\0", 1) + "\x01\xEF\xBF\xBE|";
    std::string const xml = pd::to_xml(p);
    BOOST_TEST(xml.find("<detail>a&amp;b&lt;c&gt;d&quot;e&apos;f&#xD;g\th\ni"
                        "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|</detail>") != std::string::npos);
    // Escaped in JSON, the same.
    std::array<char, 2048> scratch;
    std::string const body = R"({"x":"\u0000\u0001\r\"<\ud83d\ude00"})";
    auto const v = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST(
        pd::to_xml(*v).find("<x>\xEF\xBF\xBD\xEF\xBF\xBD&#xD;&quot;&lt;\xF0\x9F\x98\x80</x>") !=
        std::string::npos);
    if (have_xmllint()) {
        pd::problem q;
        q.detail = "a&b<c>d\"e'f\rg]]>h";
        BOOST_TEST(xpath_string(pd::to_xml(q), "detail") == q.detail);
    }
}

BOOST_AUTO_TEST_CASE(names_that_are_not_xml_names_are_encoded) {
    auto name_of = [](std::string const& n) {
        pd::problem p;
        p.extensions[n] = 1;
        std::string const xml = pd::to_xml(p, {.declaration = false});
        auto const start = xml.find("</type><") + 8;
        return xml.substr(start, xml.find('>', start) - start);
    };
    BOOST_TEST(name_of("traceId") == "traceId");
    BOOST_TEST(name_of("trace id") == "trace_x0020_id");
    BOOST_TEST(name_of("1st") == "_x0031_st");
    BOOST_TEST(name_of("a:b") == "a_x003A_b");
    BOOST_TEST(name_of("_x") == "_x005F_x");
    BOOST_TEST(name_of("_x0041_") == "_x005F_x0041_");
    BOOST_TEST(name_of("a_b") == "a_b");
    BOOST_TEST(name_of("_") == "_");
    BOOST_TEST(name_of("") == "_x_");
    BOOST_TEST(name_of("<evil>") == "_x003C_evil_x003E_");
    BOOST_TEST(name_of("\xC3\xA6rlig") == "\xC3\xA6rlig"); // non-ASCII letters are name characters
    BOOST_TEST(name_of("\xF0\x9F\x98\x80") ==
               "\xF0\x9F\x98\x80"); // U+10000..U+EFFFF are name characters
    BOOST_TEST(name_of("\xF3\xB0\x80\x80") == "_x000F0000_"); // U+F0000 is not
    BOOST_TEST(name_of("a\xE2\x80\x80") == "a_x2000_");
    BOOST_TEST(name_of("-x") == "_x002D_x");
}

BOOST_AUTO_TEST_CASE(validation_problems) {
    pd::validation_problem_builder<4> b;
    b.field("amount", "Must be > 100").field("a b", "x").field("amount", "y");
    BOOST_TEST(
        pd::to_xml(b.view(), {.declaration = false}) ==
        R"(<problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type><status>400</status><title>Bad Request</title>)"
        R"(<extraDetails><i><name>amount</name><reason>Must be &gt; 100</reason></i><i><name>a b</name><reason>x</reason></i>)"
        R"(<i><name>amount</name><reason>y</reason></i></extraDetails></problem>)");
    b.shape(pd::field_errors_shape::errors_map);
    BOOST_TEST(
        pd::to_xml(b.view()).find(
            R"(<errors><amount><i>Must be &gt; 100</i><i>y</i></amount><a_x0020_b><i>x</i></a_x0020_b></errors>)") !=
        std::string::npos);
    b.shape(pd::field_errors_shape::errors_pointer);
    BOOST_TEST(
        pd::to_xml(b.view()).find(
            R"(<errors><i><detail>Must be &gt; 100</detail><pointer>#/amount</pointer></i><i><detail>x</detail><pointer>#/a%20b</pointer></i>)") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(errors) {
    std::array<char, 1024> out;
    pd::problem p;
    p.detail = "\xFF";
    BOOST_TEST((pd::serialize_xml(p, out).error() == error::invalid_utf8_in_value));
    BOOST_CHECK_THROW(pd::to_xml(p), boost::system::system_error);
    pd::problem q;
    q.extensions["\xC3"] = 1;
    BOOST_TEST((pd::serialize_xml(q, out).error() == error::invalid_utf8_in_value));
    pd::problem r;
    r.title = "t";
    r.extensions["title"] = "u";
    BOOST_TEST((pd::serialize_xml(r, out).error() == error::conflicting_member));
    pd::extension const bad[] = {{"x", "[1,"}};
    pd::problem_view v;
    v.extensions = pd::extension_list(bad);
    BOOST_TEST((pd::serialize_xml(v, out).error() == error::invalid_extension_value));
    BOOST_TEST(pd::xml_serialized_size(v) == 0u);
    // Deeper than 1024: too_deep, no stack overflow.
    std::string deep(5000, '[');
    deep += std::string(5000, ']');
    pd::extension const d[] = {{"x", deep}};
    v.extensions = pd::extension_list(d);
    BOOST_TEST((pd::serialize_xml(v, out).error() == error::too_deep));
}

BOOST_AUTO_TEST_CASE(every_payload_well_formed_exact_size_no_overflow_no_allocation) {
    std::array<char, 8192> scratch;
    std::array<char, 16384> out;
    std::vector<std::pair<std::string, std::string>> docs;
    for (auto const& pl : test_support::all_payloads()) {
        for (auto mode : {pd::parse_mode::rfc, pd::parse_mode::lenient}) {
            auto const v = pd::parse_view(pl.body, scratch, {.mode = mode});
            if (!v)
                continue;
            std::size_t n = 0;
            pd::result<std::size_t> r;
            {
                test_support::allocation_scope scope;
                n = pd::xml_serialized_size(*v);
                r = pd::serialize_xml(*v, out);
                BOOST_TEST(scope.count() == 0u, pl.name);
            }
            BOOST_TEST_REQUIRE(r.has_value(), pl.name);
            BOOST_TEST(*r == n, pl.name);
            std::string const xml(out.data(), n);
            BOOST_TEST(pd::to_xml(pd::problem(*v)) == xml, pl.name);
            // Every smaller buffer: an error, nothing written past it.
            std::vector<char> buf(n + 8);
            for (std::size_t cap = 0; cap < n; cap += 1 + cap / 8) {
                std::fill(buf.begin(), buf.end(), '#');
                test_support::allocation_scope scope;
                auto const small = pd::serialize_xml(*v, std::span<char>(buf.data(), cap));
                BOOST_TEST(scope.count() == 0u);
                BOOST_TEST((small.error() == error::buffer_too_small));
                for (std::size_t i = cap; i < buf.size(); ++i)
                    BOOST_TEST_REQUIRE(buf[i] == '#');
            }
            docs.emplace_back(pl.name, xml);
        }
    }
    BOOST_TEST(docs.size() >= 10u);
    auto const bad = rejected_by_xmllint(docs);
    BOOST_TEST(bad.empty(), "xmllint rejects: " << (bad.empty() ? "" : bad.front()));
}

BOOST_AUTO_TEST_CASE(hostile_strings_are_well_formed) {
    if (have_xmllint()) { // the check itself works
        BOOST_TEST(rejected_by_xmllint({{"broken", "<a><b></a>"}}).size() == 1u);
        BOOST_TEST(rejected_by_xmllint({{"fine", "<a><b/></a>"}}).empty());
    }
    std::vector<std::pair<std::string, std::string>> docs;
    for (auto const& s : hostile) {
        pd::problem p;
        p.type = s;
        p.title = s;
        p.detail = s;
        p.instance = s;
        p.extensions[s] = s;
        p.extensions["nested"] =
            boost::json::object{{s, boost::json::array{s, boost::json::object{{s, s}}}}};
        docs.emplace_back("hostile string " + std::to_string(docs.size()), pd::to_xml(p));
        pd::validation_problem_builder<2> b;
        b.title(s).field(s, s).shape(pd::field_errors_shape::errors_map);
        docs.emplace_back("hostile field " + std::to_string(docs.size()), pd::to_xml(b.view()));
        b.shape(pd::field_errors_shape::errors_pointer);
        docs.emplace_back("hostile pointer " + std::to_string(docs.size()), pd::to_xml(b.view()));
    }
    auto const bad = rejected_by_xmllint(docs);
    BOOST_TEST(bad.empty(), "xmllint rejects: " << (bad.empty() ? "" : bad.front()));
}

BOOST_AUTO_TEST_CASE(property_no_value_changes_the_structure) {
    // Random problems built from hostile pieces: the markup of the output
    // depends on the member names only, never on the values; and
    // xmllint accepts every document.
    std::mt19937 rng(20260513);
    std::vector<char> scratch(1 << 16);
    auto piece = [&] { return hostile[rng() % std::size(hostile)]; };
    auto random_string = [&] {
        std::string s;
        for (int n = static_cast<int>(rng() % 5); n > 0; --n)
            s += piece();
        return s;
    };
    std::vector<std::pair<std::string, std::string>> docs;
    for (int round = 0; round < 400; ++round) {
        pd::problem p, plain;
        std::vector<std::string> names;
        for (int n = static_cast<int>(rng() % 4); n > 0; --n)
            names.push_back(random_string());
        p.type = random_string();
        p.detail = random_string();
        p.title = "t";
        plain.type = p.type.empty() ? "" : "v";
        plain.detail = p.detail.empty() ? "" : "v";
        plain.title = "t";
        for (auto const& n : names) {
            if (n == "type" || n == "detail" || n == "title")
                continue;
            p.extensions[n] =
                boost::json::array{random_string(), boost::json::object{{n, random_string()}}};
            plain.extensions[n] = boost::json::array{"v", boost::json::object{{n, "v"}}};
        }
        std::string const xml = pd::to_xml(p);
        BOOST_TEST_REQUIRE(skeleton(xml) == skeleton(pd::to_xml(plain)), xml);
        BOOST_TEST_REQUIRE(xml.size() == pd::xml_serialized_size(p));
        // The view path (raw JSON text, escapes decoded while writing) agrees.
        std::string const json = pd::to_json(p);
        auto const v = pd::parse_view(json, scratch);
        BOOST_TEST_REQUIRE(v.has_value(), json);
        BOOST_TEST_REQUIRE(pd::to_xml(*v) == xml, json);
        if (round % 4 == 0)
            docs.emplace_back("random " + std::to_string(round), xml);
    }
    auto const bad = rejected_by_xmllint(docs);
    BOOST_TEST(bad.empty(), "xmllint rejects: " << (bad.empty() ? "" : bad.front()));
}
