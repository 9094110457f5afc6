// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/parse.hpp>

#define BOOST_TEST_MODULE parse
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/serialize.hpp>

#include <array>
#include <string>
#include <vector>

using pd::error;
using pd::http_status;
using pd::parse_mode;

namespace {

constexpr parse_mode all_modes[] = {parse_mode::rfc, parse_mode::lenient, parse_mode::strict};

struct parsed {
    std::array<char, 4096> scratch{};
    pd::parse_diagnostics diag;
    pd::result<pd::problem_view> r;

    explicit parsed(std::string_view json, parse_mode mode = parse_mode::rfc)
        : r(pd::parse_view(json, scratch, {.mode = mode}, diag)) {}
};

std::string raw_of(pd::problem_view const& v, std::string_view name) {
    auto it = v.extensions.find(name);
    BOOST_TEST_REQUIRE((it != v.extensions.end()), "extension " << name << " missing");
    return std::string(it->value);
}

} // namespace

BOOST_AUTO_TEST_CASE(seed_example_in_every_mode) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    for (auto mode : {parse_mode::rfc, parse_mode::lenient}) {
        parsed p(body, mode);
        BOOST_TEST_REQUIRE(p.r.has_value());
        auto const& v = *p.r;
        BOOST_TEST(v.type == "https://developer.vippsmobilepay.com/api-name/v1/validation-error");
        BOOST_TEST(v.title == "Your request parameters didn't validate.");
        BOOST_TEST(v.detail == "The request body contains one or more validation errors.");
        BOOST_TEST(v.instance == "urn:uuid:123e4567-e89b-12d3-a456-426655440000");
        if (mode == parse_mode::rfc) {
            // RFC 9457 3.1: a string status is ignored, and we keep it raw.
            BOOST_TEST(!v.status.has_value());
            BOOST_TEST(raw_of(v, "status") == "\"400\"");
            BOOST_TEST(v.extensions.size() == 2u);
        } else {
            BOOST_TEST((v.status == http_status::bad_request));
            BOOST_TEST(!v.extensions.contains("status"));
            BOOST_TEST(v.extensions.size() == 1u);
        }
        std::string const extra = raw_of(v, "extraDetails");
        BOOST_TEST(extra.front() == '[');
        BOOST_TEST(extra.find("Must use HTTPS and validate according to the API specification") !=
                   std::string::npos);
    }
    parsed strict(body, parse_mode::strict);
    BOOST_TEST((strict.r.error() == error::wrong_type));
    BOOST_TEST(strict.diag.offset == body.find("\"400\""));
}

BOOST_AUTO_TEST_CASE(every_payload_in_every_mode) {
    for (auto const& pl : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(pl.name) {
            for (auto mode : all_modes) {
                parsed p(pl.body, mode);
                if (pl.name.starts_with("legacy-ecom")) {
                    // A top-level array: valid JSON, but not a problem.
                    BOOST_TEST((p.r.error() == error::not_an_object));
                } else if (pl.name.ends_with(".html")) {
                    BOOST_TEST((p.r.error() == error::syntax));
                    BOOST_TEST(p.diag.offset == 0u);
                } else if (pl.name.starts_with("faq-validation-error") &&
                           mode == parse_mode::strict) {
                    BOOST_TEST((p.r.error() == error::wrong_type));
                } else {
                    BOOST_TEST_REQUIRE(p.r.has_value(),
                                       "mode " << int(mode) << ": " << p.r.error().message());
                }
            }
        }
    }
    // Spot checks of what each payload holds.
    // (The bodies outlive the views into them.)
    std::string const traceid_body = test_support::payload_body("epayment-traceid.json");
    std::string const gateway_body = test_support::payload_body("gateway-429-rate-limit.json");
    std::string const server_body = test_support::payload_body("server-500.json");
    std::string const params_body = test_support::payload_body("invalid-params.json");
    parsed traceid(traceid_body);
    BOOST_TEST(traceid.r->instance.empty());
    BOOST_TEST(!traceid.r->status.has_value());
    BOOST_TEST(raw_of(*traceid.r, "traceId") == "\"77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c\"");

    parsed gateway(gateway_body);
    BOOST_TEST(gateway.r->type == pd::about_blank);
    BOOST_TEST(raw_of(*gateway.r, "statusCode") == "429");
    BOOST_TEST(raw_of(*gateway.r, "message") ==
               "\"Rate limit is exceeded. Try again in 7 seconds.\"");

    parsed server(server_body, parse_mode::strict);
    BOOST_TEST((server.r->status == http_status::internal_server_error));
    BOOST_TEST(server.r->extensions.empty());

    parsed params(params_body, parse_mode::strict);
    BOOST_TEST((params.r->status == http_status::bad_request));
    BOOST_TEST(raw_of(*params.r, "invalidParams").starts_with("[{\"name\":\"amount\""));
}

BOOST_AUTO_TEST_CASE(parse_view_allocates_nothing_on_any_payload) {
    std::array<char, 4096> scratch;
    std::array<char, 4096> out;
    for (auto const& pl : test_support::all_payloads()) {
        for (auto mode : all_modes) {
            test_support::allocation_scope scope;
            auto r = pd::parse_view(pl.body, scratch, {.mode = mode});
            if (r) {
                auto n = pd::serialize(*r, out);
                BOOST_TEST(n.has_value());
                BOOST_TEST(pd::serialized_size(*r) == *n);
            }
            BOOST_TEST(scope.count() == 0u, pl.name << " mode " << int(mode));
        }
    }
}

BOOST_AUTO_TEST_CASE(owning_parse_matches_view) {
    for (auto const& pl : test_support::all_payloads()) {
        for (auto mode : all_modes) {
            parsed v(pl.body, mode);
            pd::parse_diagnostics diag;
            auto p = pd::parse(pl.body, {.mode = mode}, diag);
            BOOST_TEST(p.has_value() == v.r.has_value(), pl.name);
            if (!p) {
                BOOST_TEST((p.error() == v.r.error()));
                BOOST_TEST(diag.offset == v.diag.offset);
                continue;
            }
            BOOST_TEST((*p == pd::problem(*v.r)));
            BOOST_TEST(p->type == v.r->type);
            BOOST_TEST(p->extensions.size() == v.r->extensions.size());
        }
    }
}

BOOST_AUTO_TEST_CASE(absent_type_reads_as_about_blank) {
    parsed p(R"({"title":"x"})");
    BOOST_TEST(p.r->type == "about:blank");
    auto owning = pd::parse(R"({})");
    BOOST_TEST(owning->type == "about:blank");
    BOOST_TEST(!owning->status.has_value());
}

BOOST_AUTO_TEST_CASE(status_readings_per_mode) {
    struct row {
        char const* json;
        int rfc;      // status read, or 0 for "absent, kept raw"
        int lenient;  // same
        error strict; // error{} means accepted with the rfc reading
    };
    row const rows[] = {
        {R"({"status":400})", 400, 400, error{}},
        {R"({"status":"400"})", 0, 400, error::wrong_type},
        {R"({"status":400.0})", 0, 400, error::status_not_integer},
        {R"({"status":4E2})", 0, 400, error::status_not_integer},
        {R"({"status":400.5})", 0, 0, error::status_not_integer},
        {R"({"status":1e400})", 0, 0, error::status_not_integer},
        {R"({"status":-0})", 0, 0, error::status_out_of_range},
        {R"({"status":-400})", 0, 0, error::status_out_of_range},
        {R"({"status":99})", 0, 0, error::status_out_of_range},
        {R"({"status":600})", 0, 0, error::status_out_of_range},
        {R"({"status":700})", 0, 0, error::status_out_of_range},
        {R"({"status":18446744073709551616400})", 0, 0, error::status_out_of_range},
        {R"({"status":"4e2"})", 0, 0, error::wrong_type},
        {R"({"status":" 400"})", 0, 0, error::wrong_type},
        {R"({"status":"600"})", 0, 0, error::wrong_type},
        {R"({"status":null})", 0, 0, error::wrong_type},
        {R"({"status":true})", 0, 0, error::wrong_type},
        {R"({"status":[400]})", 0, 0, error::wrong_type},
        {R"({"status":{"code":400}})", 0, 0, error::wrong_type},
        {R"({"status":499})", 499, 499, error{}},
    };
    for (auto const& row : rows) {
        BOOST_TEST_CONTEXT(row.json) {
            parsed rfc(row.json, parse_mode::rfc);
            parsed lenient(row.json, parse_mode::lenient);
            parsed strict(row.json, parse_mode::strict);
            BOOST_TEST_REQUIRE(rfc.r.has_value());
            BOOST_TEST_REQUIRE(lenient.r.has_value());
            auto const check = [&](parsed const& p, int expected) {
                if (expected) {
                    BOOST_TEST((p.r->status == static_cast<http_status>(expected)));
                    BOOST_TEST(p.r->extensions.empty());
                } else {
                    BOOST_TEST(!p.r->status.has_value());
                    BOOST_TEST_REQUIRE(p.r->extensions.size() == 1u);
                    BOOST_TEST(p.r->extensions[0].name == "status");
                    // Kept byte for byte.
                    std::string_view j(row.json);
                    BOOST_TEST(p.r->extensions[0].value == j.substr(10, j.size() - 11));
                }
            };
            check(rfc, row.rfc);
            check(lenient, row.lenient);
            if (row.strict == error{}) {
                BOOST_TEST_REQUIRE(strict.r.has_value());
                check(strict, row.rfc);
            } else {
                BOOST_TEST((strict.r.error() == row.strict));
                BOOST_TEST(strict.diag.offset == 10u);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(wrong_typed_standard_members_are_kept_raw) {
    parsed p(R"({"type":42,"title":null,"detail":["a"],"instance":{"x":1}})");
    BOOST_TEST_REQUIRE(p.r.has_value());
    BOOST_TEST(p.r->type == "about:blank");
    BOOST_TEST(p.r->title.empty());
    BOOST_TEST(p.r->extensions.size() == 4u);
    BOOST_TEST(raw_of(*p.r, "type") == "42");
    BOOST_TEST(raw_of(*p.r, "instance") == R"({"x":1})");
    // Written back, the document keeps every member.
    BOOST_TEST(pd::to_json(*p.r) ==
               R"({"type":42,"title":null,"detail":["a"],"instance":{"x":1}})");

    parsed strict(R"({"title":"ok","type":42})", parse_mode::strict);
    BOOST_TEST((strict.r.error() == error::wrong_type));
    BOOST_TEST(strict.diag.offset == 21u);
}

BOOST_AUTO_TEST_CASE(uri_checks_in_strict_mode_only) {
    char const* relative = R"({"type":"/errors/out-of-credit"})";
    BOOST_TEST(parsed(relative).r.has_value());
    BOOST_TEST(parsed(relative, parse_mode::lenient).r.has_value());
    parsed s(relative, parse_mode::strict);
    BOOST_TEST((s.r.error() == error::relative_type_uri));
    BOOST_TEST(s.diag.offset == 8u);

    parsed spaces(R"({"type":"https://x.example/a b"})", parse_mode::strict);
    BOOST_TEST((spaces.r.error() == error::invalid_uri));
    parsed inst(R"({"instance":"/account/12345/msgs/abc"})", parse_mode::strict);
    BOOST_TEST(inst.r.has_value()); // RFC 9457's own example: a relative instance
    parsed bad_inst(R"({"instance":"not a uri"})", parse_mode::strict);
    BOOST_TEST((bad_inst.r.error() == error::invalid_uri));
    BOOST_TEST(parsed(R"({"type":"about:blank"})", parse_mode::strict).r.has_value());
    BOOST_TEST(parsed(R"({"type":"urn:problem-type:x%20y"})", parse_mode::strict).r.has_value());
}

BOOST_AUTO_TEST_CASE(duplicate_members) {
    parsed p(R"({"title":"a","x":1,"title":"b","x":2})");
    BOOST_TEST_REQUIRE(p.r.has_value());
    BOOST_TEST(p.r->title == "b");                       // last one wins
    BOOST_TEST(p.r->extensions.size() == 2u);            // the view keeps both...
    BOOST_TEST(p.r->extensions.find("x")->value == "2"); // ...and find returns the last
    auto owning = pd::parse(R"({"title":"a","x":1,"title":"b","x":2})");
    BOOST_TEST(owning->extensions.size() == 1u);
    BOOST_TEST(owning->extensions.at("x").as_int64() == 2);

    // A well-typed standard member wins over a wrong-typed duplicate.
    parsed q(R"({"title":"a","title":5})");
    BOOST_TEST(q.r->title == "a");
    BOOST_TEST(q.r->extensions.empty());
    BOOST_TEST(pd::to_json(*q.r) == R"({"type":"about:blank","title":"a"})");

    parsed s(R"({"title":"a","x":1,"x":2})", parse_mode::strict);
    BOOST_TEST((s.r.error() == error::duplicate_member));
    BOOST_TEST(s.diag.offset == 19u);
    parsed t(R"({"title":"a","title":"b"})", parse_mode::strict);
    BOOST_TEST((t.r.error() == error::duplicate_member));
    BOOST_TEST(t.diag.offset == 13u);
}

BOOST_AUTO_TEST_CASE(malformed_json_in_every_mode) {
    struct row {
        char const* json;
        error expected;
        std::size_t offset;
    };
    row const rows[] = {
        {"", error::incomplete, 0},
        {"   \n\t ", error::incomplete, 6},
        {"{", error::incomplete, 1},
        {"{\"a\"", error::incomplete, 4},
        {"{\"a\":", error::incomplete, 5},
        {"{\"a\":1", error::incomplete, 6},
        {"{\"a\":1,}", error::syntax, 7},
        // A trailing comma before whitespace: each of the member loop's
        // whitespace paths (after the comma, before it, around the colon).
        {"{\"a\":1, }", error::syntax, 8},
        {"{\"a\":1,\n}", error::syntax, 8},
        {"{\"a\":1 ,}", error::syntax, 8},
        {"{\"a\":1 , }", error::syntax, 9},
        {"{\"a\" : 1 , }", error::syntax, 11},
        {"{\"a\" 1}", error::syntax, 5},
        // Whitespace, then a byte that does not close the object.
        {"{\"a\":1 ]", error::syntax, 7},
        {"{\"a\":\"x\"\n]", error::syntax, 9},
        {"{\"a\":1\n\n", error::incomplete, 8},
        {"{\"a\":[{\"b\":\"x\"\n]]}", error::syntax, 15},
        {"{\"a\": ", error::incomplete, 6},
        {"{\"a\":1, ", error::incomplete, 8},
        {"{\"a\":1} x", error::trailing_data, 8},
        {"{}{}", error::trailing_data, 2},
        {"{/*c*/}", error::syntax, 1},
        {"{\"a\":01}", error::syntax, 6},
        {"{\"a\":1.}", error::syntax, 7},
        {"{\"a\":.5}", error::syntax, 5},
        {"{\"a\":tru}", error::syntax, 8},
        {"{\"a\":\"\t\"}", error::control_character, 6},
        {"{\"a\":\"\\x\"}", error::invalid_escape, 6},
        {"{\"a\":\"\\ud800\"}", error::invalid_surrogate, 6},
        {"{\"a\":\"\\udc00\"}", error::invalid_surrogate, 6},
        {"{\"a\":\"\\ud800\\u0041\"}", error::invalid_surrogate, 12},
        {"{\"a\":\"\xc0\xaf\"}", error::invalid_utf8, 6},
        {"{\"a\":\"\xed\xa0\x80\"}", error::invalid_utf8, 6},
        {"{\"a\":\"\xf4\x90\x80\x80\"}", error::invalid_utf8, 6},
        {"{\"a\":1e99999999999}", error::exponent_overflow, 5},
        {"[1,2]", error::not_an_object, 0},
        {"\"problem\"", error::not_an_object, 0},
        {"null", error::not_an_object, 0},
        {"<html>", error::syntax, 0},
    };
    for (auto const& row : rows) {
        for (auto mode : all_modes) {
            BOOST_TEST_CONTEXT(row.json << " mode " << int(mode)) {
                parsed p(row.json, mode);
                BOOST_TEST_REQUIRE(!p.r.has_value());
                BOOST_TEST((p.r.error() == row.expected), p.r.error().message());
                BOOST_TEST(p.diag.offset == row.offset);
                auto owning = pd::parse(row.json, {.mode = mode});
                BOOST_TEST((owning.error() == row.expected));
            }
        }
    }
}

// An extension value the block reader gives up on after it has moved the
// position for a number (here at the depth limit, 32): the scalar reader,
// whose error is reported, starts again from the value's start, so the
// error is the nesting's, not a syntax error at the comma after the number.
BOOST_AUTO_TEST_CASE(too_deep_after_a_number_in_an_extension) {
    std::string const json = "{\"a\":[1," + std::string(40, '[') + std::string(40, ']') + "]}";
    for (auto mode : all_modes) {
        BOOST_TEST_CONTEXT("mode " << int(mode)) {
            parsed p(json, mode);
            BOOST_TEST_REQUIRE(!p.r.has_value());
            BOOST_TEST((p.r.error() == error::too_deep), p.r.error().message());
            BOOST_TEST(p.diag.offset == 38u); // the '[' at depth 33
        }
    }
    // Within the limit the same value is read whole.
    std::string const ok = "{\"a\":[1," + std::string(20, '[') + std::string(20, ']') + "]}";
    parsed q(ok);
    BOOST_TEST_REQUIRE(q.r.has_value());
    BOOST_TEST(raw_of(*q.r, "a") == ok.substr(5, ok.size() - 6));
}

// The string scanner takes escapes and multi-byte UTF-8 inline, between
// 16-byte blocks, once a string is past its first plain block: every error
// there has the code and offset it has at the start of a string.
BOOST_AUTO_TEST_CASE(string_errors_after_a_plain_block) {
    struct row {
        std::string inner; // after 20 plain bytes, inside the string
        error expected;
        std::size_t at; // offset from the start of `inner`
    };
    std::vector<row> const rows = {
        {"\\x", error::invalid_escape, 0},
        {"\\u12G4", error::invalid_escape, 4},
        {"\\uG234", error::invalid_escape, 2},
        {"\\ud800", error::invalid_surrogate, 0},
        {"\\uDFFF", error::invalid_surrogate, 0},
        {"\\ud800\\u0041", error::invalid_surrogate, 6},
        {"\\ud800x", error::invalid_surrogate, 0},
        {"\\u00e9\\x", error::invalid_escape, 6},
        {"\xc3\xa9\t", error::control_character, 2},
        {"\\n\x01", error::control_character, 2},
        {"\xc0\xaf", error::invalid_utf8, 0},
        {"\xc2\x41", error::invalid_utf8, 0},
        {"\xe0\x9f\xbf", error::invalid_utf8, 0},
        {"\xed\xa0\x80", error::invalid_utf8, 0},
        {"\xe2\x28\xa1", error::invalid_utf8, 0},
        {"\xe2\x82\x28", error::invalid_utf8, 0},
        {"\xf4\x90\x80\x80", error::invalid_utf8, 0},
        {"\xf5\x80\x80\x80", error::invalid_utf8, 0},
        {"\xc3\xa9\xe2\x80\x93\x80", error::invalid_utf8, 5},
    };
    std::string const plain(20, 'x');
    for (auto const& row : rows) {
        std::string const json = "{\"title\":\"" + plain + row.inner + " and more text to read\"}";
        for (auto mode : all_modes) {
            BOOST_TEST_CONTEXT(row.inner << " mode " << int(mode)) {
                parsed p(json, mode);
                BOOST_TEST_REQUIRE(!p.r.has_value());
                BOOST_TEST((p.r.error() == row.expected), p.r.error().message());
                BOOST_TEST(p.diag.offset == 10 + plain.size() + row.at);
            }
        }
    }
    // Cut short inside an escape or a sequence: incomplete, where the
    // input ends or at the sequence's first byte.
    std::string const head = "{\"title\":\"" + plain;
    for (std::string const cut : {"\\", "\\u", "\\u12", "\\ud800", "\\ud800\\"}) {
        parsed p(head + cut);
        BOOST_TEST_REQUIRE(!p.r.has_value());
        BOOST_TEST((p.r.error() == error::incomplete));
        BOOST_TEST(p.diag.offset == head.size() + cut.size());
    }
    for (std::string const cut : {"\xc3", "\xe2\x80", "\xf0\x9f\x98"}) {
        parsed p(head + cut);
        BOOST_TEST_REQUIRE(!p.r.has_value());
        BOOST_TEST((p.r.error() == error::incomplete));
        BOOST_TEST(p.diag.offset == head.size());
    }
}

// Escapes decoded a block at a time: at every position around a block
// boundary, and runs of them, decode to the same text.
BOOST_AUTO_TEST_CASE(escapes_decoded_at_every_position) {
    for (std::size_t lead = 0; lead <= 40; ++lead) {
        for (std::size_t trail = 0; trail <= 20; trail += 3) {
            std::string const a(lead, 'a'), b(trail, 'b');
            std::string const json = "{\"detail\":\"" + a + R"(\"\u00e5\u2013\ud83d\ude00\n\\\/x)" +
                                     b + "\",\"x\":[\"" + a +
                                     "\xc3\xa9\xe2\x80\x93\xf0\x9f\x98\x80" + b + "\"]}";
            parsed p(json);
            BOOST_TEST_REQUIRE(p.r.has_value(), json);
            BOOST_TEST(p.r->detail == a + "\"\xc3\xa5\xe2\x80\x93\xf0\x9f\x98\x80\n\\/x" + b);
        }
    }
}

BOOST_AUTO_TEST_CASE(escapes_are_decoded_into_scratch) {
    std::string const json =
        R"({"ti\u0074le":"caf\u00e9 \"x\" \\ \/ \b\f\n\r\t \ud83d\ude00","det\u0061il":"plain"})";
    parsed p(json);
    BOOST_TEST_REQUIRE(p.r.has_value());
    BOOST_TEST(p.r->title == "caf\xc3\xa9 \"x\" \\ / \b\f\n\r\t \xf0\x9f\x98\x80");
    BOOST_TEST(p.r->detail == "plain");
    // Unescaped strings point into the input; decoded ones into scratch.
    BOOST_TEST((p.r->title.data() >= p.scratch.data() &&
                p.r->title.data() < p.scratch.data() + p.scratch.size()));
    BOOST_TEST(
        (p.r->detail.data() >= json.data() && p.r->detail.data() < json.data() + json.size()));
}

BOOST_AUTO_TEST_CASE(scratch_too_small_reports_what_it_needs) {
    std::string const json = R"({"title":"caf\u00e9","a":1,"b":[1,2],"c\u0064":"x","detail":"\n"})";
    pd::parse_diagnostics diag;
    std::array<char, 1024> big;
    BOOST_TEST_REQUIRE(pd::parse_view(json, big, {}, diag).has_value());
    std::size_t const needed = diag.required_scratch;
    BOOST_TEST(needed > 0u);
    BOOST_TEST(needed <= pd::scratch_bound(json));
    auto const reference = *pd::parse_view(json, big);
    // Every size below what is needed fails cleanly; at the need, and at
    // every alignment of the buffer, it succeeds with the same view.
    std::vector<char> storage(needed + 16);
    for (std::size_t align = 0; align < 8; ++align) {
        for (std::size_t n = 0; n <= needed; ++n) {
            std::span<char> s(storage.data() + align, n);
            pd::parse_diagnostics d;
            auto r = pd::parse_view(json, s, {}, d);
            if (r) {
                BOOST_TEST((*r == reference));
            } else {
                BOOST_TEST((r.error() == error::scratch_too_small));
                BOOST_TEST(d.required_scratch == needed);
            }
            if (n == needed)
                BOOST_TEST(r.has_value());
        }
    }
    // A document with nothing to decode and no extensions needs none.
    BOOST_TEST(pd::parse_view(R"({"title":"t","status":404})", std::span<char>()).has_value());
}

BOOST_AUTO_TEST_CASE(limits) {
    pd::parse_options o;
    o.max_depth = 3;
    BOOST_TEST(pd::parse_view(R"({"a":[[1]]})", std::span<char>(), o).error() ==
               pd::make_error_code(error::scratch_too_small)); // depth 3 is fine
    BOOST_TEST(
        (pd::parse_view(R"({"a":[[[1]]]})", std::span<char>(), o).error() == error::too_deep));
    o = {};
    o.max_document_size = 10;
    BOOST_TEST((pd::parse_view(R"({"title":"12345"})", std::span<char>(), o).error() ==
                error::document_too_large));
    o = {};
    o.max_members = 2;
    BOOST_TEST(pd::parse_view(R"({"title":"a","detail":"b"})", std::span<char>(), o).has_value());
    BOOST_TEST(
        (pd::parse_view(R"({"title":"a","detail":"b","type":"c"})", std::span<char>(), o).error() ==
         error::too_many_members));
    o = {};
    o.max_string_length = 5; // keys count too: "title" is 5
    BOOST_TEST(pd::parse_view(R"({"title":"abcde"})", std::span<char>(), o).has_value());
    BOOST_TEST((pd::parse_view(R"({"title":"abcdef"})", std::span<char>(), o).error() ==
                error::string_too_long));
}

BOOST_AUTO_TEST_CASE(conditions_group_the_errors) {
    BOOST_TEST((pd::parse_view("{", std::span<char>()).error() == pd::condition::malformed_json));
    BOOST_TEST((pd::parse_view("[]", std::span<char>()).error() == pd::condition::not_a_problem));
    BOOST_TEST((pd::parse_view(R"({"status":"x"})", std::span<char>(), {.mode = parse_mode::strict})
                    .error() == pd::condition::rfc_violation));
}
