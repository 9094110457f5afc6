// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Issue 14: every error body the platform really sends (../shared/payloads
// and ../shared/payloads/real), classified as a body and as a raw response:
// the family, the body's own code, the correlation id and where it came
// from, the message, the retry advice, nothing lost, no allocation. Also:
// one set of status rules in every family, bounded scratch for text of any
// size, and families passed as data.

#include <problem_details/classify.hpp>

#define BOOST_TEST_MODULE classify_real
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/http_message.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/vipps/diagnosis.hpp>

#include <boost/json.hpp>

#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace json = boost::json;
using test_support::allocation_scope;

namespace {

struct expected {
    int status;               // the HTTP status the body arrives with
    std::string content_type; // its Content-Type ("" when the source does not say)
    pd::body_format format;
    std::string family; // body_family::name ("" for text)
    std::string code;   // body_code
    std::string correlation_id;
    pd::correlation_source source;
    std::string member; // correlation_member
    std::string detail; // the message: the normalized problem's detail
    pd::retry_action retry;
};

using cs = pd::correlation_source;
using bf = pd::body_format;
using ra = pd::retry_action;

std::map<std::string, expected> const bodies = {
    // real/: as the Vipps MobilePay and MobilePay specs and docs publish them.
    {"real/accesstoken-400-unauthorized-client.json",
     {400, "application/json", bf::oauth, "oauth", "unauthorized_client",
      "bb2f4093-70af-446a-a26d-ed8becca1a1a", cs::body, "correlation_id",
      "AADSTS70001: Application with identifier 'e9b6c99d-2442-4a5d-84a2-c53a807fe0c4' was not "
      "found in the "
      "directory testapivipps.no\r\nTrace ID: 3bc2b2a0-d9bb-4c2e-8367-5633866f1300\r\nCorrelation "
      "ID: "
      "bb2f4093-70af-446a-a26d-ed8becca1a1a\r\nTimestamp: 2017-05-19 09:21:28Z",
      ra::fix_request}},
    {"real/checkout-400-validation-reference-required.json",
     {400, "", bf::problem, "problem", "Validation-00001",
      "urn:uuid:d1bb89d3-50ab-4e90-94c0-54a67da0a7ec", cs::instance, "instance", "",
      ra::fix_request}},
    {"real/checkout-404-session-expired.json",
     {404, "", bf::problem, "problem", "Session-00100",
      "urn:uuid:d1bb89d3-50ab-4e90-94c0-54a67da0a7ec", cs::instance, "instance", "",
      ra::fix_request}},
    {"real/checkout-404-session-expired-trailing-comma.txt",
     {404, "", bf::text, "", "", "", cs::none, "", "@body", ra::fix_request}},
    {"real/ecom-401-apim-invalid-subscription-key.json",
     {401, "", bf::gateway, "apim", "", "", cs::none, "",
      "Access denied due to invalid subscription key. Make sure to provide a valid key for an "
      "active subscription.",
      ra::fix_request}},
    {"real/ecom-401-apim-invalid-subscription-key-text.txt",
     {401, "", bf::text, "", "", "", cs::none, "", "@body", ra::fix_request}},
    {"real/ecom-401-subscription-not-found.json",
     {401, "", bf::legacy, "ecom", "Unauthorized", "ff0b3ca8-eae5-4e95-9859-6600b2428315", cs::body,
      "contextId", "Subscription not found", ra::fix_request}},
    {"real/ecom-402-payment-expired-card.json",
     {402, "", bf::legacy, "ecom", "44", "", cs::none, "",
      "Refused by issuer because of expired card", ra::fix_request}},
    {"real/epayment-400-long-living-not-allowed.json",
     {400, "", bf::problem, "problem", "",
      "00-631d10d7ee147e46941a0725ed2dcd6a-54bda84425e20140-01", cs::body, "traceId",
      "Merchant serial number 123456 is not allowed to perform long living Ecom transactions",
      ra::fix_request}},
    {"real/login-401-generic-error.json",
     {401, "application/json", bf::oauth, "oauth", "invalid_request", "", cs::none, "",
      "The request is missing a required parameter, includes an invalid parameter or is otherwise "
      "malformed.",
      ra::fix_request}},
    {"real/management-401-unauthorized-problem.json",
     {401, "application/problem+json", bf::problem, "problem", "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000", cs::instance, "instance",
      "Not authorized to create a product order. Check whether Authorization token and "
      "Ocp-Apim-Subscription-Key "
      "are correct.",
      ra::fix_request}},
    {"real/mp-apppayments-409-invalid-payment-state.json",
     {409, "", bf::legacy, "mobilepay", "invalid_payment_state",
      "8d4243bc-aa83-43c3-a55d-5da221facd9b", cs::body, "correlationId",
      "Cannot cancel payment that is already captured.", ra::fix_request}},
    {"real/mp-invoice-400-input-error.json",
     {400, "", bf::legacy, "mobilepay-invoice", "InputError",
      "54ccc98b-7d9f-40ea-8c1a-249d57126c39", cs::body, "correlation_id",
      "input.TotalAmount : Invalid input\r\n", ra::fix_request}},
    {"real/mp-subscriptions-400-bad-request.json",
     {400, "", bf::legacy, "mobilepay-subscriptions", "BadRequest",
      "f4b02597-32cc-420f-a468-942307e89a97", cs::body, "error_description.correlation_id",
      "request.Name is required", ra::fix_request}},
    {"real/partner-401-middleware-error.json",
     {401, "application/json;charset=UTF-8", bf::gateway, "middleware", "400", "", cs::none, "",
      "MSN must be at least five digits", ra::fix_request}},
    {"real/psp-400-merchant-not-available.json",
     {400, "application/json", bf::legacy, "ecom", "21", "cf6d52c9-98cc-4285-b9b3-c7d36b6b06d9",
      cs::body, "contextId", "Merchant not available or active", ra::fix_request}},
    {"real/qr-400-exchange-qrcode-required.json",
     {400, "application/json", bf::problem, "problem", "", "", cs::none, "",
      "The request body contains one or more invalid parameters.", ra::fix_request}},
    {"real/recurring-400-v3-validation-error.json",
     {400, "application/json;charset=UTF-8", bf::problem, "problem", "",
      "f70b8bf7-c843-4bea-95d9-94725b19895f", cs::body, "contextId", "Input validation failed",
      ra::fix_request}},
    {"real/recurring-401-azure-apim-error.json",
     {401, "application/json;charset=UTF-8", bf::gateway, "apim-response-info", "", "", cs::none,
      "", "(An error from Azure API Management, possibly related to authentication)",
      ra::fix_request}},
    {"real/recurring-default-v2-error-array.json",
     {400, "application/json;charset=UTF-8", bf::legacy, "recurring-v2",
      "recurring.core.charges.create.invalid_agreement", "f70b8bf7-c843-4bea-95d9-94725b19895f",
      cs::body, "contextId", "Cannot create a charge for an agreement which is not active.",
      ra::fix_request}},
    {"real/webhooks-400-validation-problem.json",
     {400, "application/problem+json", bf::problem, "problem", "",
      "00-bb841c551513e233de8a01472013fa9f-542c71e40916a6ce-00", cs::body, "traceId",
      "One or more validation errors occurred.", ra::fix_request}},
    // The shared payloads (responses.tsv gives their status and type).
    {"epayment-traceid.json",
     {404, "application/problem+json", bf::problem, "problem", "",
      "77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c", cs::body, "traceId", "The payment was not found",
      ra::fix_request}},
    {"faq-validation-error.json",
     {400, "application/problem+json", bf::problem, "problem", "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000", cs::instance, "instance",
      "The request body contains one or more validation errors.", ra::fix_request}},
    {"faq-validation-error.min.json",
     {400, "application/problem+json", bf::problem, "problem", "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000", cs::instance, "instance",
      "The request body contains one or more validation errors.", ra::fix_request}},
    {"gateway-401-invalid-key.json",
     {401, "application/json", bf::gateway, "apim", "", "", cs::none, "",
      "Access denied due to invalid subscription key. Make sure to provide a valid key for an "
      "active subscription.",
      ra::fix_request}},
    {"gateway-401-missing-key.json",
     {401, "application/json", bf::gateway, "apim", "", "", cs::none, "",
      "Access denied due to missing subscription key. Make sure to include subscription key when "
      "making requests "
      "to an API.",
      ra::fix_request}},
    {"gateway-429-rate-limit.json",
     {429, "application/json", bf::gateway, "apim", "", "", cs::none, "",
      "Rate limit is exceeded. Try again in 7 seconds.", ra::retry}},
    {"invalid-params.json",
     {400, "application/problem+json", bf::problem, "problem", "",
      "urn:uuid:123e4567-e89b-12d3-a456-426655440000", cs::instance, "instance",
      "The request body contains one or more validation errors.", ra::fix_request}},
    {"legacy-ecom-35.json",
     {404, "application/json", bf::legacy, "ecom", "35", "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
      cs::body, "contextId", "Requested Order not found", ra::fix_request}},
    {"legacy-ecom-81.json",
     {400, "application/json", bf::legacy, "ecom", "81", "1b2c3d4e-5f60-789a-bcde-f0123456789a",
      cs::body, "contextId", "User not registered with Vipps", ra::fix_request}},
    {"proxy-502.html", {502, "text/html", bf::text, "", "", "", cs::none, "", "", ra::give_up}},
    {"server-500.json",
     {500, "application/problem+json", bf::problem, "problem", "",
      "urn:uuid:5d9f2c3a-1b4e-4f6a-8c7d-2e3f4a5b6c7d", cs::instance, "instance",
      "An internal error occurred.", ra::give_up}},
};

/// Every file of both folders (the README and the tables aside).
std::vector<std::string> every_body_file() {
    std::vector<std::string> out;
    for (std::string const sub : {"", "real/"})
        for (auto const& e :
             std::filesystem::directory_iterator(test_support::payloads_dir() / sub)) {
            auto const ext = e.path().extension().string();
            if (e.is_regular_file() && (ext == ".json" || ext == ".html" || ext == ".txt"))
                out.push_back(sub + e.path().filename().string());
        }
    std::sort(out.begin(), out.end());
    return out;
}

/// Nothing of the original body is lost: every member of an object (or of
/// a legacy array's first element) is in the normalized problem, with its
/// value; an array is kept whole under "body"; text too (when short).
void check_nothing_lost(pd::classification_view const& c, std::string_view body) {
    json::value const n = json::parse(pd::to_json(c.problem));
    BOOST_TEST_REQUIRE(n.is_object());
    json::object const& o = n.as_object();
    if (c.format == pd::body_format::text) {
        BOOST_TEST(o.at("body") == json::value(json::string(body)));
        return;
    }
    json::value const original = json::parse(body);
    json::object const* members = original.if_object();
    if (original.is_array()) {
        BOOST_TEST(o.at("body") == original);
        members = original.as_array().at(0).if_object();
    }
    BOOST_TEST_REQUIRE(members != nullptr);
    for (auto const& m : *members) {
        BOOST_TEST_REQUIRE(o.contains(m.key()), "member " << m.key() << " kept");
        auto const k = std::string_view(m.key());
        if (k != "type" && k != "title" && k != "detail" && k != "instance" && k != "status")
            BOOST_TEST(o.at(m.key()) == m.value(), "member " << k << " kept as it was");
    }
}

void check(pd::classification_view const& c, expected const& x, std::string_view body,
           bool with_header) {
    BOOST_TEST(pd::to_string(c.format) == pd::to_string(x.format));
    BOOST_TEST(c.family == x.family);
    BOOST_TEST(c.body_code == x.code);
    BOOST_TEST_REQUIRE(c.status.has_value());
    BOOST_TEST(pd::status_code(*c.status) == x.status);
    std::string const detail =
        x.detail == "@body" ? std::string(pd::detail::json_ws_trim(body)) : x.detail;
    BOOST_TEST(c.problem.detail == detail);
    if (with_header && x.source != cs::body) {
        // A raw response's Request-Id comes before instance, after the body's members.
        BOOST_TEST(c.correlation_id == "req-7f3a");
        BOOST_TEST(pd::to_string(c.correlation_from) == "header");
        BOOST_TEST(c.correlation_member == "Request-Id");
    } else {
        BOOST_TEST(c.correlation_id == x.correlation_id);
        BOOST_TEST(pd::to_string(c.correlation_from) == pd::to_string(x.source));
        BOOST_TEST(c.correlation_member == x.member);
    }
    BOOST_TEST(pd::to_string(pd::advise_retry(c).action) == pd::to_string(x.retry));
    check_nothing_lost(c, body);
}

} // namespace

BOOST_AUTO_TEST_CASE(every_body_classified_in_4k_without_allocating) {
    auto const files = every_body_file();
    BOOST_TEST(files.size() >= 32u);
    for (auto const& name : files) {
        BOOST_TEST_CONTEXT(name) {
            auto const e = bodies.find(name);
            BOOST_TEST_REQUIRE((e != bodies.end()),
                               name << " has its expected classification here");
            expected const& x = e->second;
            std::string const body = test_support::read_file(test_support::payloads_dir() / name);
            pd::response_view const r{
                .status = x.status, .content_type = x.content_type, .body = body};
            std::array<char, 4096> scratch;
            pd::result<pd::classification_view> c = pd::classification_view{};
            {
                allocation_scope scope;
                c = pd::classify_view(r, scratch);
                BOOST_TEST(scope.count() == 0u);
            }
            BOOST_TEST_REQUIRE(c.has_value());
            check(*c, x, body, false);
            // The owning form agrees.
            pd::classification const owning = pd::classify(r);
            BOOST_TEST(owning.body_code == c->body_code);
            BOOST_TEST(owning.correlation_id == c->correlation_id);
            BOOST_TEST((owning.correlation_from == c->correlation_from));
            BOOST_TEST(owning.family == c->family);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_body_as_a_raw_response_with_a_request_id) {
    for (auto const& [name, x] : bodies) {
        BOOST_TEST_CONTEXT(name) {
            std::string const body = test_support::read_file(test_support::payloads_dir() / name);
            std::string raw = "HTTP/1.1 " + std::to_string(x.status) + " X\r\n";
            if (!x.content_type.empty())
                raw += "Content-Type: " + x.content_type + "\r\n";
            raw += "request-id: req-7f3a\r\nContent-Length: " + std::to_string(body.size()) +
                   "\r\n\r\n" + body;
            auto const m = pd::parse_http_response(raw);
            BOOST_TEST_REQUIRE(m.has_value());
            std::array<char, 4096> scratch;
            allocation_scope scope;
            auto const c = pd::classify_view(pd::response_view::from(*m), scratch);
            BOOST_TEST(scope.count() == 0u);
            BOOST_TEST_REQUIRE(c.has_value());
            check(*c, x, body, true);
        }
    }
}

BOOST_AUTO_TEST_CASE(request_id_headers_in_order) {
    std::string const raw =
        "HTTP/1.1 503 Service Unavailable\r\ntraceparent: "
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\r\nX-Request-Id: x-1\r\n\r\n";
    auto const m = pd::parse_http_response(raw);
    BOOST_TEST_REQUIRE(m.has_value());
    auto const r = pd::response_view::from(*m);
    BOOST_TEST(r.request_id == "x-1");
    BOOST_TEST(r.request_id_header == "X-Request-Id");
    std::string const raw2 =
        "HTTP/1.1 503 Service Unavailable\r\ntraceparent: 00-0af7-b7ad-01\r\n\r\n";
    auto const m2 = pd::parse_http_response(raw2);
    BOOST_TEST_REQUIRE(m2.has_value());
    auto const c = pd::classify(pd::response_view::from(*m2));
    BOOST_TEST(c.correlation_id == "00-0af7-b7ad-01");
    BOOST_TEST(c.correlation_member == "traceparent");
}

BOOST_AUTO_TEST_CASE(instance_is_a_correlation_id_only_as_a_uuid) {
    for (std::string_view inst :
         {"/v3/agreements", "https://example.com/x/1", "urn:uuid:not-a-uuid", ""}) {
        std::string const body = R"({"title":"t","instance":")" + std::string(inst) + R"("})";
        auto const c = pd::classify({.status = 400, .body = body});
        BOOST_TEST(c.correlation_id.empty(), inst);
        BOOST_TEST((c.correlation_from == cs::none));
    }
    auto const u = pd::classify(
        {.status = 400,
         .body = R"({"title":"t","instance":"123E4567-e89b-12d3-a456-426655440000"})"});
    BOOST_TEST(u.correlation_id == "123E4567-e89b-12d3-a456-426655440000");
    BOOST_TEST((u.correlation_from == cs::instance));
    // The body's member wins over the instance.
    auto const b = pd::classify(
        {.status = 400,
         .body =
             R"({"title":"t","instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000","correlationId":"c-1"})"});
    BOOST_TEST(b.correlation_id == "c-1");
    BOOST_TEST(b.correlation_member == "correlationId");
    BOOST_TEST(pd::to_string(cs::none) == "none");
    BOOST_TEST(pd::to_string(cs::body) == "body");
}

namespace {
// The UUID rule, one byte at a time: what both fast paths must agree with.
bool uuid_reference_by_bytes(std::string_view s) {
    if (s.size() == 45) {
        for (std::size_t i = 0; i < 9; ++i) {
            char const c = s[i];
            char const want = "urn:uuid:"[i];
            bool const letter = want >= 'a' && want <= 'z';
            if (!(c == want || (letter && c == want - 'a' + 'A')))
                return false;
        }
        s.remove_prefix(9);
    }
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        char const c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}
} // namespace

BOOST_AUTO_TEST_CASE(uuid_check_fast_paths_agree_with_the_rule) {
    // Every byte value at every position of a bare and a urn: UUID, through
    // is_uuid_reference (SSE2 where the target has it) and the word path.
    static_assert(pd::detail::is_uuid_reference("urn:uuid:123e4567-e89b-12d3-a456-426655440000"));
    static_assert(!pd::detail::is_uuid_reference("urn:uuid\x1A"
                                                 "123e4567-e89b-12d3-a456-426655440000"));
    std::size_t checked = 0, accepted = 0;
    for (std::string const& base : {std::string("123e4567-E89B-12d3-a456-426655440000"),
                                   std::string("URN:uuid:123e4567-e89b-12d3-a456-426655440000")}) {
        for (std::size_t i = 0; i < base.size(); ++i)
            for (int b = 0; b < 256; ++b) {
                std::string s = base;
                s[i] = static_cast<char>(b);
                bool const want = uuid_reference_by_bytes(s);
                BOOST_TEST(pd::detail::is_uuid_reference(s) == want, s << " at " << i);
                if (s.size() == 36)
                    BOOST_TEST(pd::detail::is_uuid36_words(s) == want, s << " at " << i);
                ++checked;
                accepted += want;
            }
    }
    BOOST_TEST(checked == 81u * 256u);
    // Each position takes 22 hex digits (or, at a dash, only '-'), and the
    // prefix's letters two cases: the rule accepts some, rejects most.
    BOOST_TEST(accepted > 1000u);
    BOOST_TEST(accepted < checked / 4);
}

BOOST_AUTO_TEST_CASE(one_set_of_status_rules_in_every_family) {
    // The issue's pair: the same spelling, the same reading, the same quirk.
    auto const g = pd::classify({.body = R"({"statusCode":"4e2","message":"x"})"});
    auto const p = pd::classify({.body = R"({"type":"https://a/b","status":"4e2"})"});
    BOOST_TEST((g.format == bf::gateway));
    BOOST_TEST((p.format == bf::problem));
    BOOST_TEST(!g.body_status.has_value());
    BOOST_TEST(!p.body_status.has_value());
    BOOST_TEST(g.quirks.contains(pd::quirk::status_unusable));
    BOOST_TEST(p.quirks.contains(pd::quirk::status_unusable));

    struct spelling {
        std::string text;
        int status; // 0: unusable
        pd::quirk quirk;
        bool flagged;
    };
    std::vector<spelling> const spellings = {
        {"400", 400, pd::quirk::status_as_string, false},
        {"\"400\"", 400, pd::quirk::status_as_string, true},
        {"400.0", 400, pd::quirk::status_not_integer, true},
        {"4E2", 400, pd::quirk::status_not_integer, true},
        {"\"4e2\"", 0, pd::quirk::status_unusable, true},
        {"\"abc\"", 0, pd::quirk::status_unusable, true},
        {"700", 0, pd::quirk::status_unusable, true},
        {"null", 0, pd::quirk::status_unusable, true},
        {"400.5", 0, pd::quirk::status_unusable, true},
        {"\"40\\u0030\"", 0, pd::quirk::status_unusable, true},
    };
    for (auto const& s : spellings) {
        std::vector<std::string> const forms = {
            R"({"statusCode":)" + s.text + R"(,"message":"m"})",               // gateway
            R"({"type":"https://a/b","status":)" + s.text + "}",               // problem
            R"({"errorCode":"1","errorMessage":"m","status":)" + s.text + "}", // legacy
            R"({"error":"e","error_description":"d","status":)" + s.text +
                "}",                                // oauth-like (status excludes oauth)
            R"({"foo":1,"status":)" + s.text + "}", // json
            R"({"responseInfo":{"responseCode":)" + s.text + "}}", // gateway, nested
        };
        for (auto const& body : forms) {
            BOOST_TEST_CONTEXT(body) {
                std::array<char, 1024> scratch;
                auto const c = pd::classify_view({.body = body}, scratch);
                BOOST_TEST_REQUIRE(c.has_value());
                BOOST_TEST(c->body_status.has_value() == (s.status != 0));
                if (s.status)
                    BOOST_TEST(pd::status_code(*c->body_status) == s.status);
                BOOST_TEST(c->quirks.contains(s.quirk) == s.flagged);
                for (pd::quirk q : {pd::quirk::status_as_string, pd::quirk::status_not_integer,
                                    pd::quirk::status_unusable})
                    if (q != s.quirk)
                        BOOST_TEST(!c->quirks.contains(q));
            }
        }
    }
}

namespace {

std::string html_page(std::size_t size) {
    std::string s = "<!DOCTYPE html><html><head><title>503 Service Temporarily "
                    "Unavailable</title></head><body>";
    while (s.size() + 20 < size)
        s += "<p>padding &amp; more</p>\n";
    s += "</body></html>";
    return s;
}

std::string plain_text(std::size_t size) {
    std::string s;
    while (s.size() < size)
        s += "upstream connect error or disconnect/reset before headers. \"reset\" reason: "
             "overflow\n";
    s.resize(size);
    return s;
}

std::string wide_json(std::size_t size) {
    // JSON in no known family with a handful of members, one of them large.
    std::string s = R"({"timestamp":"2024-01-01T00:00:00Z","path":"/x","data":")";
    while (s.size() + 40 < size)
        s += "abcdefghij0123456789";
    s += R"(","list":[1,2,3],"nested":{"a":{"b":[true,false,null]}}})";
    return s;
}

} // namespace

BOOST_AUTO_TEST_CASE(text_html_and_wide_json_of_any_size_in_4k) {
    for (std::size_t size : {std::size_t{20} << 10, std::size_t{64} << 10, std::size_t{1} << 20}) {
        std::string const html = html_page(size), text = plain_text(size),
                          wide = wide_json(size - 256);
        BOOST_TEST(html.size() <= size + 32);
        std::array<char, 4096> scratch;
        {
            allocation_scope scope;
            auto const h = pd::classify_view(
                {.status = 503, .content_type = "text/html", .body = html}, scratch);
            BOOST_TEST(scope.count() == 0u);
            BOOST_TEST_REQUIRE(h.has_value());
            BOOST_TEST((h->format == bf::text));
            BOOST_TEST(h->quirks.contains(pd::quirk::html));
            BOOST_TEST(h->quirks.contains(pd::quirk::text_truncated));
            BOOST_TEST(h->problem.title == "503 Service Temporarily Unavailable");
            auto const kept =
                json::parse(pd::to_json(h->problem)).as_object().at("body").as_string();
            BOOST_TEST(html.starts_with(std::string_view(kept)));
        }
        {
            allocation_scope scope;
            auto const t = pd::classify_view({.status = 503, .body = text}, scratch);
            BOOST_TEST(scope.count() == 0u);
            BOOST_TEST_REQUIRE(t.has_value());
            BOOST_TEST((t->format == bf::text));
            BOOST_TEST(t->quirks.contains(pd::quirk::text_truncated));
            BOOST_TEST(t->problem.detail.size() <= pd::text_prefix_limit);
            BOOST_TEST(text.starts_with(t->problem.detail));
        }
        {
            allocation_scope scope;
            auto const j = pd::classify_view(
                {.status = 500, .content_type = "application/json", .body = wide}, scratch);
            BOOST_TEST(scope.count() == 0u);
            BOOST_TEST_REQUIRE(j.has_value());
            BOOST_TEST((j->format == bf::json_unrecognized));
            BOOST_TEST(j->problem.extensions.size() == 5u);
        }
    }
    // A short text is kept whole, without the quirk; the fixed need is stated.
    auto const s = pd::classify({.status = 503, .body = "Service Unavailable"});
    BOOST_TEST(!s.quirks.contains(pd::quirk::text_truncated));
    BOOST_TEST(pd::classify_text_scratch <= 4096u);
    std::vector<char> exact(pd::classify_text_scratch);
    BOOST_TEST(pd::classify_view({.body = plain_text(std::size_t{1} << 20)}, exact).has_value());
    std::string const quotes(5000, '"');
    BOOST_TEST(pd::classify_view({.body = quotes}, exact).has_value());
}

BOOST_AUTO_TEST_CASE(an_sdk_passes_its_own_families) {
    // Another API's error body, unknown to the library.
    std::string const body =
        R"({"fault":{"faultstring":"Invalid API key","code":"E42"},"ref":"r-9"})";
    static constexpr pd::member_path required[] = {{"fault", "faultstring"}};
    static constexpr pd::member_path code[] = {{"fault", "code"}};
    static constexpr pd::member_path message[] = {{"fault", "faultstring"}};
    static constexpr pd::member_path id[] = {{"ref"}};
    static constexpr pd::body_family acme[] = {
        {.format = bf::gateway,
         .name = "acme",
         .required = required,
         .code = code,
         .message = message,
         .correlation_id = id},
    };
    pd::classify_options o;
    o.families = acme;
    std::array<char, 1024> scratch;
    allocation_scope scope;
    auto const c = pd::classify_view({.status = 401, .body = body}, scratch, o);
    BOOST_TEST(scope.count() == 0u);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST((c->format == bf::gateway));
    BOOST_TEST(c->family == "acme");
    BOOST_TEST(c->body_code == "E42");
    BOOST_TEST(c->problem.detail == "Invalid API key");
    BOOST_TEST(c->correlation_id == "r-9");
    BOOST_TEST(c->correlation_member == "ref");

    // The built-in families do not know it.
    auto const d = pd::classify({.status = 401, .body = body});
    BOOST_TEST((d.format == bf::json_unrecognized));
    BOOST_TEST(d.family.empty());

    // Its own families before the built-in ones.
    std::vector<pd::body_family> both(std::begin(acme), std::end(acme));
    both.insert(both.end(), std::begin(pd::families::vipps_mobilepay),
                std::end(pd::families::vipps_mobilepay));
    o.families = both;
    auto const b = pd::classify({.status = 401, .body = R"({"statusCode":401,"message":"m"})"}, o);
    BOOST_TEST(b.family == "apim");
    BOOST_TEST(pd::classify({.status = 401, .body = body}, o).family == "acme");

    // More names than the table holds: an error, not a wrong answer.
    std::vector<std::string> names;
    for (int i = 0; i < 80; ++i)
        names.push_back("member" + std::to_string(i));
    std::vector<pd::member_path> paths;
    for (auto const& n : names)
        paths.push_back({n});
    std::vector<pd::body_family> many = {{.format = bf::legacy, .name = "many", .any_of = paths}};
    o.families = many;
    auto const e = pd::classify_view({.status = 400, .body = R"({"a":1})"}, scratch, o);
    BOOST_TEST_REQUIRE(e.has_error());
    BOOST_TEST((e.error() == pd::error::capacity_exceeded));
}

BOOST_AUTO_TEST_CASE(oauth_bodies) {
    BOOST_TEST(pd::to_string(bf::oauth) == "oauth");
    auto const o = pd::classify(
        {.status = 400,
         .body =
             R"({"error":"invalid_grant","error_description":"Bad \"creds\"","error_uri":"https://x"})"});
    BOOST_TEST((o.format == bf::oauth));
    BOOST_TEST(o.body_code == "invalid_grant");
    BOOST_TEST(o.problem.detail == "Bad \"creds\"");
    BOOST_TEST(o.problem.title == "Bad Request");
    // Spring Boot's error has "error" too, but also "status" and "message": not OAuth.
    auto const s = pd::classify(
        {.status = 404,
         .body =
             R"({"timestamp":"2024-01-01T00:00:00Z","status":404,"error":"Not Found","message":"No message available","path":"/x"})"});
    BOOST_TEST((s.format == bf::json_unrecognized));
}

BOOST_AUTO_TEST_CASE(diagnosis_uses_the_legacy_catalog_whatever_the_status) {
    std::string const body = test_support::read_file(test_support::payloads_dir() /
                                                     "real/ecom-402-payment-expired-card.json");
    for (int status : {400, 402, 404, 500, 503}) {
        BOOST_TEST_CONTEXT(status) {
            std::array<char, 4096> scratch;
            auto const c = pd::classify_view(
                {.status = status, .content_type = "application/json", .body = body}, scratch);
            BOOST_TEST_REQUIRE(c.has_value());
            auto const d = pd::vipps::diagnose(*c);
            BOOST_TEST_REQUIRE(d.size() == 1u);
            BOOST_TEST(d.front().id() == "vipps.legacy.44");
            BOOST_TEST((d.front().kind == pd::vipps::match_kind::code));
            BOOST_TEST(!d.front().hint().empty());
            auto const o = pd::vipps::diagnose(pd::classify({.status = status, .body = body}));
            BOOST_TEST(o.front().id() == "vipps.legacy.44");
        }
    }
    // A code the FAQ explains keeps the FAQ's entry; a code no catalog has, the fallbacks.
    auto const faq = pd::vipps::diagnose(
        pd::classify({.status = 404, .body = R"([{"errorCode":"35","errorMessage":"x"}])"}));
    BOOST_TEST_REQUIRE(!faq.empty());
    BOOST_TEST(faq.front().id() != "vipps.legacy.35");
    BOOST_TEST(faq.front().id() == "vipps.ecom.35.order_not_found");
    auto const none = pd::vipps::diagnose(
        pd::classify({.status = 400, .body = R"([{"errorCode":"99999","errorMessage":"x"}])"}));
    BOOST_TEST_REQUIRE(!none.empty());
    BOOST_TEST((none.front().kind != pd::vipps::match_kind::code));
    BOOST_TEST(pd::vipps::legacy_code_diagnosis("21") != nullptr);
    BOOST_TEST(pd::vipps::legacy_code_diagnosis("abc") == nullptr);
}
