// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/classify.hpp>

#define BOOST_TEST_MODULE classify
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/responses.hpp"

#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json.hpp>

#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace json = boost::json;
using test_support::allocation_scope;

namespace {

std::set<std::string> quirk_names(pd::quirk_set q) {
    std::set<std::string> out;
    for (pd::quirk k : pd::all_quirks)
        if (q.contains(k))
            out.insert(std::string(pd::to_string(k)));
    return out;
}

pd::response_view response_of(test_support::response_meta const& m, std::string const& body) {
    pd::response_view r;
    r.status = pd::to_status(m.status);
    r.content_type = m.content_type;
    r.body = body;
    return r;
}

struct expected {
    pd::body_format format;
    int status;
    int body_status; // 0: none
    std::set<std::string> quirks;
    std::string code;
    std::string correlation_id;
    std::string title;
    std::string detail;
};

// What every shared payload must classify as (with its responses.tsv status and type).
std::map<std::string, expected> const known = {
    {"faq-validation-error.json",
     {pd::body_format::problem,
      400,
      400,
      {"status_as_string", "extra_details"},
      "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000",
      "Your request parameters didn't validate.",
      "The request body contains one or more validation errors."}},
    {"faq-validation-error.min.json",
     {pd::body_format::problem,
      400,
      400,
      {"status_as_string", "extra_details"},
      "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000",
      "Your request parameters didn't validate.",
      "The request body contains one or more validation errors."}},
    {"invalid-params.json",
     {pd::body_format::problem,
      400,
      400,
      {"invalid_params"},
      "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000",
      "Your request parameters didn't validate.",
      "The request body contains one or more validation errors."}},
    {"epayment-traceid.json",
     {pd::body_format::problem,
      404,
      0,
      {"status_missing", "trace_id_not_instance"},
      "",
      "77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c",
      "Payment not found",
      "The payment was not found"}},
    {"gateway-401-invalid-key.json",
     {pd::body_format::gateway,
      401,
      401,
      {},
      "",
      "",
      "Unauthorized",
      "Access denied due to invalid subscription key. Make sure to provide a valid key for an "
      "active subscription."}},
    {"gateway-401-missing-key.json",
     {pd::body_format::gateway,
      401,
      401,
      {},
      "",
      "",
      "Unauthorized",
      "Access denied due to missing subscription key. Make sure to include subscription key when "
      "making requests "
      "to an API."}},
    {"gateway-429-rate-limit.json",
     {pd::body_format::gateway,
      429,
      429,
      {},
      "",
      "",
      "Too Many Requests",
      "Rate limit is exceeded. Try again in 7 seconds."}},
    {"legacy-ecom-35.json",
     {pd::body_format::legacy,
      404,
      0,
      {"legacy_array"},
      "35",
      "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
      "Not Found",
      "Requested Order not found"}},
    {"legacy-ecom-81.json",
     {pd::body_format::legacy,
      400,
      0,
      {"legacy_array"},
      "81",
      "1b2c3d4e-5f60-789a-bcde-f0123456789a",
      "Bad Request",
      "User not registered with Vipps"}},
    {"server-500.json",
     {pd::body_format::problem,
      500,
      500,
      {},
      "",
      "urn:uuid:5d9f2c3a-1b4e-4f6a-8c7d-2e3f4a5b6c7d",
      "Internal Server Error",
      "An internal error occurred."}},
    {"proxy-502.html", {pd::body_format::text, 502, 0, {"html"}, "", "", "502 Bad Gateway", ""}},
};

/// The normalized problem as Boost.JSON sees it (to_json must always succeed).
json::object normalized_json(pd::problem_view const& p) {
    std::string const s = pd::to_json(p);
    json::value v = json::parse(s);
    BOOST_TEST_REQUIRE(v.is_object());
    return v.as_object();
}

/// Nothing of the original body is lost: every member of an object is in
/// the normalized problem; any other body is kept whole under "body".
void check_nothing_lost(pd::classification_view const& c, std::string_view body) {
    json::object const n = normalized_json(c.problem);
    if (c.format == pd::body_format::empty)
        return;
    if (c.format == pd::body_format::text) {
        BOOST_TEST_REQUIRE(n.contains("body"));
        BOOST_TEST(n.at("body").is_string());
        if (pd::detail::is_utf8(body))
            BOOST_TEST(std::string_view(n.at("body").as_string()) == body);
        return;
    }
    json::error_code ec;
    json::value const original =
        json::parse(body.substr(body.starts_with("\xEF\xBB\xBF") ? 3 : 0), ec);
    BOOST_TEST_REQUIRE(!ec);
    if (original.is_object()) {
        for (auto const& m : original.as_object())
            BOOST_TEST(n.contains(m.key()), "member " << m.key() << " kept");
        // Extensions keep their values exactly.
        for (auto const& m : original.as_object()) {
            auto const k = std::string_view(m.key());
            if (k != "type" && k != "title" && k != "detail" && k != "instance" && k != "status")
                BOOST_TEST(n.at(m.key()) == m.value());
        }
    } else {
        BOOST_TEST_REQUIRE(n.contains("body"));
        BOOST_TEST(n.at("body") == original);
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(every_shared_payload_classified_without_allocating) {
    auto const table = test_support::response_table();
    auto const payloads = test_support::all_payloads();
    for (auto const& p : payloads) {
        BOOST_TEST_CONTEXT(p.name) {
            auto const meta = table.find(p.name);
            BOOST_TEST_REQUIRE((meta != table.end()), p.name << " is listed in responses.tsv");
            pd::response_view const r = response_of(meta->second, p.body);
            std::array<char, 16384> scratch;
            pd::result<pd::classification_view> c = pd::classification_view{};
            {
                allocation_scope scope;
                c = pd::classify_view(r, scratch);
                BOOST_TEST(scope.count() == 0u);
            }
            BOOST_TEST_REQUIRE(c.has_value());
            // The status is the HTTP status; the class follows.
            BOOST_TEST_REQUIRE(c->status.has_value());
            BOOST_TEST(pd::status_code(*c->status) == meta->second.status);
            BOOST_TEST((c->category() == pd::class_of(*c->status)));
            check_nothing_lost(*c, p.body);

            // The bound is always enough, and the owning form agrees with the view.
            std::vector<char> exact(pd::classify_scratch_bound(r));
            auto const c2 = pd::classify_view(r, exact);
            BOOST_TEST_REQUIRE(c2.has_value());
            BOOST_TEST((c2->problem == c->problem));
            pd::classification const owning = pd::classify(r);
            BOOST_TEST((owning.problem == pd::problem(c->problem)));
            BOOST_TEST((owning.format == c->format));
            BOOST_TEST((owning.quirks == c->quirks));
            BOOST_TEST(owning.body_code == c->body_code);

            // The normalized problem reads back as itself.
            auto const back = pd::parse(pd::to_json(c->problem));
            BOOST_TEST_REQUIRE(back.has_value());
            BOOST_TEST((*back == owning.problem));

            auto const e = known.find(p.name);
            if (e == known.end()) {
                BOOST_TEST_MESSAGE(p.name
                                   << ": a new payload, checked for the generic properties only");
                continue;
            }
            expected const& x = e->second;
            BOOST_TEST(pd::to_string(c->format) == pd::to_string(x.format));
            BOOST_TEST(pd::status_code(*c->status) == x.status);
            BOOST_TEST(c->body_status.has_value() == (x.body_status != 0));
            if (c->body_status && x.body_status)
                BOOST_TEST(pd::status_code(*c->body_status) == x.body_status);
            BOOST_TEST((quirk_names(c->quirks) == x.quirks));
            BOOST_TEST(c->body_code == x.code);
            BOOST_TEST(c->correlation_id == x.correlation_id);
            BOOST_TEST(c->problem.title == x.title);
            BOOST_TEST(c->problem.detail == x.detail);
            BOOST_TEST_REQUIRE(c->problem.status.has_value());
            BOOST_TEST(pd::status_code(*c->problem.status) == x.status);
        }
    }
}

BOOST_AUTO_TEST_CASE(payloads_without_http_status_take_the_body_status) {
    // As the CLI sees a bare file: no status, no Content-Type.
    auto const gw = test_support::payload_body("gateway-401-invalid-key.json");
    auto const c = pd::classify(pd::response_view{.body = gw});
    BOOST_TEST((c.format == pd::body_format::gateway));
    BOOST_TEST_REQUIRE(c.status.has_value());
    BOOST_TEST(pd::status_code(*c.status) == 401);
    BOOST_TEST(!c.response_status.has_value());

    auto const tr = test_support::payload_body("epayment-traceid.json");
    auto const t = pd::classify(pd::response_view{.body = tr});
    BOOST_TEST((t.format == pd::body_format::problem));
    BOOST_TEST(!t.status.has_value());
    BOOST_TEST(!t.category().has_value());
    BOOST_TEST(!t.problem.status.has_value());

    auto const html = test_support::payload_body("proxy-502.html");
    auto const h = pd::classify(pd::response_view{.body = html});
    BOOST_TEST((h.format == pd::body_format::text));
    BOOST_TEST(h.quirks.contains(pd::quirk::html)); // sniffed without a Content-Type
    BOOST_TEST(h.problem.title == "502 Bad Gateway");
}

BOOST_AUTO_TEST_CASE(gateway_normalization_keeps_the_original_members) {
    auto const body = test_support::payload_body("gateway-401-missing-key.json");
    auto const c = pd::classify({.status = pd::http_status::unauthorized,
                                 .content_type = "application/json",
                                 .body = body});
    BOOST_TEST(c.problem.type == "about:blank");
    BOOST_TEST(c.problem.extensions.size() == 2u);
    BOOST_TEST(c.problem.extensions.at("statusCode") == json::value(401));
    BOOST_TEST(c.problem.extensions.at("message").as_string() == c.problem.detail);
}

BOOST_AUTO_TEST_CASE(legacy_array_kept_whole_under_body) {
    auto const body = test_support::payload_body("legacy-ecom-35.json");
    auto const c = pd::classify(
        {.status = pd::http_status::not_found, .content_type = "application/json", .body = body});
    BOOST_TEST((c.format == pd::body_format::legacy));
    auto const& x = c.problem.extensions;
    BOOST_TEST(x.at("errorCode") == json::value("35"));
    BOOST_TEST(x.at("errorGroup") == json::value("Payment"));
    BOOST_TEST(x.at("contextId") == json::value("0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
    BOOST_TEST(x.at(std::string(pd::body_extension)) == json::parse(body));
}

BOOST_AUTO_TEST_CASE(empty_bodies) {
    for (std::string_view body : {"", " \r\n\t", "\xEF\xBB\xBF"}) {
        char scratch[256];
        allocation_scope scope;
        auto const c = pd::classify_view(
            {.status = pd::http_status::service_unavailable, .body = body}, scratch);
        BOOST_TEST(scope.count() == 0u);
        BOOST_TEST_REQUIRE(c.has_value());
        BOOST_TEST((c->format == pd::body_format::empty || c->format == pd::body_format::text));
        BOOST_TEST(c->problem.title == "Service Unavailable");
        BOOST_TEST(pd::status_code(*c->problem.status) == 503);
    }
    char scratch[64];
    auto const c = pd::classify_view({}, scratch);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST((c->format == pd::body_format::empty));
    BOOST_TEST(!c->status.has_value());
    BOOST_TEST(pd::to_json(c->problem) == R"({"type":"about:blank"})");
}

BOOST_AUTO_TEST_CASE(text_bodies) {
    // Plain text: the text is the detail, and the body is kept.
    auto const t = pd::classify({.status = pd::http_status::service_unavailable,
                                 .content_type = "text/plain; charset=utf-8",
                                 .body = "  Service temporarily unavailable\n"});
    BOOST_TEST((t.format == pd::body_format::text));
    BOOST_TEST(t.quirks.empty());
    BOOST_TEST(t.problem.title == "Service Unavailable");
    BOOST_TEST(t.problem.detail == "Service temporarily unavailable");
    BOOST_TEST(t.problem.extensions.at("body") ==
               json::value("  Service temporarily unavailable\n"));

    // Labelled JSON, but not JSON: text, flagged.
    auto const m = pd::classify({.status = pd::http_status::bad_gateway,
                                 .content_type = "application/json",
                                 .body = "{\"message\": oops}"});
    BOOST_TEST((m.format == pd::body_format::text));
    BOOST_TEST(m.quirks.contains(pd::quirk::malformed_json));
    BOOST_TEST(m.problem.detail == "{\"message\": oops}");

    // HTML: the title, entities decoded and whitespace collapsed.
    auto const h = pd::classify(
        {.status = pd::http_status::bad_gateway,
         .content_type = "text/html",
         .body = "<HTML><HEAD><TITLE>\n  Bad &amp; ugly&#33; &lt;gateway&gt;  </TITLE>"});
    BOOST_TEST(h.quirks.contains(pd::quirk::html));
    BOOST_TEST(h.problem.title == "Bad & ugly! <gateway>");
    BOOST_TEST(h.problem.detail.empty());

    // HTML without a usable title: the reason phrase.
    auto const h2 = pd::classify({.status = pd::http_status::gateway_timeout,
                                  .content_type = "text/html",
                                  .body = "<html><body>timeout</body></html>"});
    BOOST_TEST(h2.problem.title == "Gateway Timeout");

    // Bytes that are not UTF-8 are kept, read as Latin-1; no detail.
    std::string const latin1 = "Erreur: caf\xE9";
    auto const l = pd::classify(
        {.status = pd::http_status::bad_request, .content_type = "text/plain", .body = latin1});
    BOOST_TEST(l.problem.detail.empty());
    BOOST_TEST(l.problem.extensions.at("body") == json::value("Erreur: caf\u00e9"));
    char scratch[256];
    auto const lv = pd::classify_view({.body = latin1}, scratch);
    BOOST_TEST_REQUIRE(lv.has_value());
    BOOST_TEST(lv->problem.extensions[0].value == "\"Erreur: caf\\u00e9\"");
}

BOOST_AUTO_TEST_CASE(other_json) {
    // An array that is not a legacy error, a scalar: kept raw under "body".
    auto const a = pd::classify({.status = pd::http_status::bad_request,
                                 .content_type = "application/json",
                                 .body = " [1, 2, {\"a\": null}] "});
    BOOST_TEST((a.format == pd::body_format::json_unrecognized));
    BOOST_TEST(a.problem.extensions.at("body") == json::parse("[1,2,{\"a\":null}]"));
    BOOST_TEST(a.problem.title == "Bad Request");

    auto const s = pd::classify({.status = pd::http_status::not_found,
                                 .content_type = "application/json",
                                 .body = "\"no such thing\""});
    BOOST_TEST((s.format == pd::body_format::json_unrecognized));
    BOOST_TEST(s.problem.extensions.at("body") == json::value("no such thing"));

    // Valid JSON is JSON whatever the label (fuzzing/old_crashes/classify-json-scalar-labelled-other.bin);
    // a text that merely starts like a JSON literal is text, and not "malformed JSON".
    for (std::string_view body : {"\"bad utf8\"", "404", "-1", "true", "null"}) {
        auto const j = pd::classify(
            {.status = pd::http_status::not_found, .content_type = "text/plain", .body = body});
        BOOST_TEST((j.format == pd::body_format::json_unrecognized), body);
        BOOST_TEST(j.quirks.contains(pd::quirk::content_type_mismatch));
    }
    for (std::string_view body : {"timeout", "nope", "404 Not Found", "\"unterminated"}) {
        auto const t = pd::classify(
            {.status = pd::http_status::not_found, .content_type = "text/plain", .body = body});
        BOOST_TEST((t.format == pd::body_format::text), body);
        BOOST_TEST(!t.quirks.contains(pd::quirk::malformed_json));
        BOOST_TEST(t.problem.detail == body);
    }

    // Spring Boot's default error: status read, message as detail.
    auto const sp = pd::classify(
        {.status = pd::http_status::not_found,
         .content_type = "application/json",
         .body =
             R"({"timestamp":"2024-01-01T00:00:00Z","status":404,"error":"Not Found","message":"No message available","path":"/x"})"});
    BOOST_TEST((sp.format == pd::body_format::json_unrecognized));
    BOOST_TEST(pd::status_code(*sp.body_status) == 404);
    BOOST_TEST(sp.problem.detail == "No message available");
    BOOST_TEST(sp.problem.title == "Not Found");
    BOOST_TEST(sp.problem.extensions.at("path") == json::value("/x"));

    // OAuth 2 error: error_description as detail.
    auto const o =
        pd::classify({.status = pd::http_status::bad_request,
                      .content_type = "application/json",
                      .body = R"({"error":"invalid_grant","error_description":"Bad \"creds\""})"});
    BOOST_TEST(o.problem.detail == "Bad \"creds\"");

    // A non-HTTP "status" member is never overwritten: the normalized problem
    // leaves status unset rather than lose it, and still serializes.
    auto const st = pd::classify({.status = pd::http_status::internal_server_error,
                                  .content_type = "application/json",
                                  .body = R"({"status":"error","message":"boom"})"});
    BOOST_TEST((st.format == pd::body_format::json_unrecognized));
    BOOST_TEST(pd::status_code(*st.status) == 500);
    BOOST_TEST(!st.problem.status.has_value());
    BOOST_TEST(st.problem.extensions.at("status") == json::value("error"));
    BOOST_TEST(
        pd::to_json(st.problem) ==
        R"({"type":"about:blank","title":"Internal Server Error","detail":"boom","status":"error","message":"boom"})");
}

BOOST_AUTO_TEST_CASE(legacy_object_and_escapes) {
    auto const c = pd::classify(
        {.status = pd::http_status::bad_request,
         .content_type = "application/json",
         .body =
             R"({"errorGroup":"Merchant","errorCode":34,"errorMessage":"Duplicate \u006frderId","contextId":"c-1"})"});
    BOOST_TEST((c.format == pd::body_format::legacy));
    BOOST_TEST(!c.quirks.contains(pd::quirk::legacy_array));
    BOOST_TEST(c.body_code == "34");
    BOOST_TEST(c.problem.detail == "Duplicate orderId");
    BOOST_TEST(c.correlation_id == "c-1");
    BOOST_TEST(!c.problem.extensions.contains("body"));

    // A "body" member of the first legacy error does not collide with the kept array.
    std::string const arr =
        R"([{"errorCode":"99","errorMessage":"x","body":"y"},{"errorCode":"1"}])";
    auto const a = pd::classify({.status = pd::http_status::bad_request, .body = arr});
    BOOST_TEST((a.format == pd::body_format::legacy));
    BOOST_TEST(a.problem.extensions.at("body") == json::parse(arr));
    std::vector<char> scratch(4096);
    BOOST_TEST(
        pd::to_json(pd::classify_view({.body = arr}, scratch).value().problem).find("\"body\":[") !=
        std::string::npos);

    // Gateway message with escapes.
    auto const g = pd::classify({.body = R"({"statusCode":"401","message":"Access \u0064enied"})"});
    BOOST_TEST((g.format == pd::body_format::gateway));
    BOOST_TEST(g.problem.detail == "Access denied");
    BOOST_TEST(pd::status_code(*g.status) == 401); // "401" as a string is read too
}

BOOST_AUTO_TEST_CASE(problem_quirks) {
    // The body's status disagrees with the HTTP status: HTTP wins the class, both kept.
    auto const m = pd::classify({.status = pd::http_status::bad_request,
                                 .content_type = "application/problem+json",
                                 .body = R"({"type":"https://example.com/x","status":404})"});
    BOOST_TEST(m.quirks.contains(pd::quirk::status_mismatch));
    BOOST_TEST(pd::status_code(*m.status) == 400);
    BOOST_TEST(pd::status_code(*m.body_status) == 404);
    BOOST_TEST(pd::status_code(*m.problem.status) == 404);

    // 400.0 read, flagged; "abc" unusable and kept.
    auto const f = pd::classify(
        {.status = pd::http_status::bad_request, .body = R"({"title":"t","status":400.0})"});
    BOOST_TEST(f.quirks.contains(pd::quirk::status_not_integer));
    BOOST_TEST(pd::status_code(*f.problem.status) == 400);
    auto const u = pd::classify(
        {.status = pd::http_status::bad_request, .body = R"({"title":"t","status":"abc"})"});
    BOOST_TEST(u.quirks.contains(pd::quirk::status_unusable));
    BOOST_TEST(!u.problem.status.has_value());
    BOOST_TEST(u.problem.extensions.at("status") == json::value("abc"));

    // A wrong-typed title is kept raw and not overwritten by the reason phrase.
    auto const w =
        pd::classify({.status = pd::http_status::conflict, .body = R"({"title":42,"detail":"d"})"});
    BOOST_TEST((w.format == pd::body_format::problem));
    BOOST_TEST(w.quirks.contains(pd::quirk::wrong_typed_member));
    BOOST_TEST(w.problem.title.empty());
    BOOST_TEST(pd::to_json(w.problem) ==
               R"({"type":"about:blank","status":409,"detail":"d","title":42})");

    // A problem not sent as application/problem+json; an "errors" array; a BOM.
    auto const ct = pd::classify({.status = pd::http_status::unprocessable_content,
                                  .content_type = "application/json",
                                  .body = "\xEF\xBB\xBF{\"title\":\"t\",\"errors\":[{\"detail\":"
                                          "\"x\",\"pointer\":\"#/age\"}]}"});
    BOOST_TEST((ct.format == pd::body_format::problem));
    BOOST_TEST(
        (quirk_names(ct.quirks) == std::set<std::string>{"content_type_mismatch", "errors_member",
                                                         "byte_order_mark", "status_missing"}));

    // application/problem+json makes any object a problem.
    auto const pj = pd::classify({.status = pd::http_status::forbidden,
                                  .content_type = "Application/Problem+JSON",
                                  .body = R"({"reason":"no"})"});
    BOOST_TEST((pj.format == pd::body_format::problem));
    BOOST_TEST(pj.problem.title == "Forbidden");

    // JSON sent as text/html.
    auto const gh = pd::classify({.status = pd::http_status::unauthorized,
                                  .content_type = "text/html",
                                  .body = R"({"statusCode":401,"message":"m"})"});
    BOOST_TEST((gh.format == pd::body_format::gateway));
    BOOST_TEST(gh.quirks.contains(pd::quirk::content_type_mismatch));
}

BOOST_AUTO_TEST_CASE(limits) {
    pd::classify_options small;
    small.parse.max_document_size = 16;
    auto const big =
        pd::classify({.status = pd::http_status::bad_request,
                      .content_type = "application/json",
                      .body = R"({"statusCode":400,"message":"too long for the limit"})"},
                     small);
    BOOST_TEST(big.quirks.contains(pd::quirk::limit_exceeded));
    BOOST_TEST((big.format == pd::body_format::json_unrecognized));
    BOOST_TEST(big.problem.extensions.empty());
    BOOST_TEST(big.problem.title == "Bad Request");

    pd::classify_options shallow;
    shallow.parse.max_depth = 2;
    auto const deep = pd::classify(
        {.status = pd::http_status::bad_request, .body = R"({"a":{"b":{"c":1}}})"}, shallow);
    BOOST_TEST(deep.quirks.contains(pd::quirk::limit_exceeded));

    // Over the depth limit: JSON only if it is JSON beyond the limit
    // (fuzzing/old_crashes/classify-too-deep-then-malformed.bin).
    std::string const deep_ok = std::string(40, '[') + std::string(40, ']');
    std::string const deep_bad = std::string(40, '[') + "{\"a\"";
    auto const ok = pd::classify({.status = pd::http_status::bad_request, .body = deep_ok});
    BOOST_TEST((ok.format == pd::body_format::json_unrecognized));
    BOOST_TEST(ok.quirks.contains(pd::quirk::limit_exceeded));
    auto const bad = pd::classify({.status = pd::http_status::bad_request, .body = deep_bad});
    BOOST_TEST((bad.format == pd::body_format::text));
    BOOST_TEST(bad.quirks.contains(pd::quirk::malformed_json));
    BOOST_TEST(!bad.quirks.contains(pd::quirk::limit_exceeded));

    // The owning classify reads no deeper than a boost::json::value may nest,
    // whatever max_depth says: deeper is over the limit, never an exception.
    pd::classify_options unlimited;
    unlimited.parse.max_depth = pd::parse_options::max_depth_limit;
    for (std::size_t depth :
         {std::size_t{1000}, std::size_t{1023}, std::size_t{1024}, std::size_t{5000}}) {
        std::string const nested =
            R"({"title":"t","a":)" + std::string(depth, '[') + std::string(depth, ']') + "}";
        pd::classification c;
        BOOST_REQUIRE_NO_THROW(
            c = pd::classify({.status = pd::http_status::bad_request, .body = nested}, unlimited));
        BOOST_TEST((c.format == pd::body_format::problem ||
                    c.format == pd::body_format::json_unrecognized));
        BOOST_TEST(c.quirks.contains(pd::quirk::limit_exceeded) ==
                   (depth + 1 >= pd::parse_options::max_owning_depth));
    }

    // Valid JSON that the problem reader refuses (member count): kept raw.
    pd::classify_options few;
    few.parse.max_members = 1;
    std::string const body = R"({"title":"t","a":1,"b":2})";
    auto const many = pd::classify({.status = pd::http_status::bad_request, .body = body}, few);
    BOOST_TEST(many.quirks.contains(pd::quirk::limit_exceeded));
    BOOST_TEST(many.problem.extensions.at("body") == json::parse(body));
}

BOOST_AUTO_TEST_CASE(scratch_too_small_and_bound) {
    auto const body = test_support::payload_body("faq-validation-error.json");
    pd::response_view const r{.status = pd::http_status::bad_request, .body = body};
    char tiny[8];
    auto const c = pd::classify_view(r, tiny);
    BOOST_TEST_REQUIRE(c.has_error());
    BOOST_TEST((c.error() == pd::error::scratch_too_small));
    // Every size from 0 up: scratch_too_small or the full answer, never a partial one.
    auto const full = pd::classify(r);
    for (std::size_t n = 0; n < 1024; n += 7) {
        std::vector<char> s(n);
        auto const v = pd::classify_view(r, s);
        if (v)
            BOOST_TEST((pd::problem(v->problem) == full.problem));
        else
            BOOST_TEST((v.error() == pd::error::scratch_too_small));
    }
    // A text body needs room for its escaped copy.
    std::string const text(300, '"');
    std::vector<char> s(pd::classify_scratch_bound(text));
    auto const t = pd::classify_view({.body = text}, s);
    BOOST_TEST_REQUIRE(t.has_value());
    BOOST_TEST(t->problem.extensions[0].value.size() == 602u);
}

BOOST_AUTO_TEST_CASE(media_kinds) {
    using pd::media_kind;
    BOOST_TEST((pd::media_kind_of("") == media_kind::none));
    BOOST_TEST((pd::media_kind_of("application/problem+json") == media_kind::problem_json));
    BOOST_TEST((pd::media_kind_of(" application/problem+json ; charset=utf-8") ==
                media_kind::problem_json));
    BOOST_TEST((pd::media_kind_of("application/json") == media_kind::json));
    BOOST_TEST((pd::media_kind_of("application/vnd.api+json") == media_kind::json));
    BOOST_TEST((pd::media_kind_of("TEXT/HTML; charset=iso-8859-1") == media_kind::html));
    BOOST_TEST((pd::media_kind_of("text/plain") == media_kind::text));
    BOOST_TEST((pd::media_kind_of("application/xml") == media_kind::other));
    BOOST_TEST((pd::media_kind_of("garbage") == media_kind::other));
    static_assert(pd::media_kind_of("application/problem+json") == media_kind::problem_json);
}

BOOST_AUTO_TEST_CASE(from_a_raw_response) {
    std::string const raw =
        "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\n"
        "Retry-After: 7\r\ncontent-language: nb\r\n\r\n"
        "{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 7 seconds.\" }";
    auto const m = pd::parse_http_response(raw);
    BOOST_TEST_REQUIRE(m.has_value());
    char scratch[1024];
    allocation_scope scope;
    auto const c = pd::classify_view(pd::response_view::from(*m), scratch);
    BOOST_TEST(scope.count() == 0u);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST((c->format == pd::body_format::gateway));
    BOOST_TEST(c->retry_after == "7");
    BOOST_TEST(c->content_language == "nb");
    BOOST_TEST(pd::status_code(*c->status) == 429);
}

BOOST_AUTO_TEST_CASE(names) {
    BOOST_TEST(pd::to_string(pd::body_format::problem) == "problem");
    BOOST_TEST(pd::to_string(pd::body_format::gateway) == "gateway");
    BOOST_TEST(pd::to_string(pd::body_format::legacy) == "legacy");
    BOOST_TEST(pd::to_string(pd::body_format::text) == "text");
    BOOST_TEST(pd::to_string(pd::body_format::empty) == "empty");
    BOOST_TEST(pd::to_string(pd::body_format::json_unrecognized) == "json");
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    // The old name, kept one version: the same value, the same text.
    static_assert(pd::body_format::json == pd::body_format::json_unrecognized);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    std::set<std::string> seen;
    std::uint32_t bits = 0;
    for (pd::quirk q : pd::all_quirks) {
        BOOST_TEST(seen.insert(std::string(pd::to_string(q))).second);
        BOOST_TEST(pd::to_string(q) != "unknown");
        BOOST_TEST((bits & static_cast<std::uint32_t>(q)) == 0u);
        bits |= static_cast<std::uint32_t>(q);
    }
    pd::quirk_set s{pd::quirk::html, pd::quirk::status_missing};
    BOOST_TEST(s.contains(pd::quirk::html));
    s.erase(pd::quirk::html);
    BOOST_TEST(!s.contains(pd::quirk::html));
    BOOST_TEST(!s.empty());
}

// Issue 17: the status as a number in a designated initializer, and the
// body's own error code under a name that says so.
BOOST_AUTO_TEST_CASE(status_as_number_and_body_code) {
    std::array<char, 1024> scratch{};
    auto const c = pd::classify_view(
        {.status = 429,
         .content_type = "application/json",
         .body = R"({"errorCode":"35","errorMessage":"Requested Order not found"})"},
        scratch);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST((c->status == pd::http_status::too_many_requests));
    BOOST_TEST((c->format == pd::body_format::legacy));
    BOOST_TEST(c->body_code == "35");
    BOOST_TEST(pd::to_string(*c->category()) == "client_error");
    auto const owning = pd::classify({.status = 404, .body = R"({"errorCode":81})"});
    BOOST_TEST(owning.body_code == "81");
    BOOST_TEST((owning.status == pd::http_status::not_found));
}
