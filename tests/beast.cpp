// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/beast.hpp>

#define BOOST_TEST_MODULE beast
#include <boost/test/unit_test.hpp>

// GCC (-O1 and up) takes the counting operator new/delete, built on
// malloc/free, for a mismatched pair (-Wmismatched-new-delete).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
#include "support/alloc_counter.hpp"
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include "support/payloads.hpp"

#include <problem_details/http_message.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/ostream.hpp>
#include <boost/beast/http/dynamic_body.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/vector_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json.hpp>

#include <array>
#include <chrono>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace pd = problem_details;
namespace http = boost::beast::http;
namespace json = boost::json;
using test_support::allocation_scope;

namespace {

std::string sv(boost::core::string_view s) {
    return std::string(s.data(), s.size());
}

/// The seed FAQ's 400, as a server would build it (status as a number).
pd::problem seed_problem() {
    pd::problem p;
    p.type = "https://developer.vippsmobilepay.com/api-name/v1/validation-error";
    p.title = "Your request parameters didn't validate.";
    p.detail = "The request body contains one or more validation errors.";
    p.instance = "urn:uuid:123e4567-e89b-12d3-a456-426655440000";
    p.status = pd::http_status::bad_request;
    p.extensions["extraDetails"] = json::array{
        json::object{{"name", "amount"}, {"reason", "Must be a positive integer larger than 100"}},
        json::object{{"name", "URL"},
                     {"reason", "Must use HTTPS and validate according to the API specification"}}};
    return p;
}

/// What Beast puts on the wire for `res`.
template <class Body>
std::string wire(http::response<Body>& res) {
    std::ostringstream out;
    out << res;
    return out.str();
}

} // namespace

static_assert(pd::beast::writable_body<http::string_body>);
static_assert(pd::beast::writable_body<http::vector_body<char>>);
static_assert(!pd::beast::writable_body<http::dynamic_body>);
static_assert(pd::beast::contiguous_body<http::string_body>);
static_assert(pd::beast::contiguous_body<http::vector_body<char>>);
static_assert(pd::beast::contiguous_body<http::span_body<char>>);
static_assert(!pd::beast::contiguous_body<http::dynamic_body>);
static_assert(pd::beast::buffer_sequence_body<http::dynamic_body>);

BOOST_AUTO_TEST_SUITE(writing)

BOOST_AUTO_TEST_CASE(status_headers_and_body) {
    pd::problem const p = seed_problem();
    auto const res = pd::beast::make_response(p);
    BOOST_TEST(res.result_int() == 400u);
    BOOST_TEST(res.version() == 11u);
    BOOST_TEST(sv(res[http::field::content_type]) == "application/problem+json");
    BOOST_TEST(sv(res[http::field::content_language]) == "en");
    BOOST_TEST(res.count(http::field::retry_after) == 0u);
    BOOST_TEST(res.body() == pd::to_json(p));
    BOOST_TEST(sv(res[http::field::content_length]) == std::to_string(res.body().size()));
    // The body is the document, status as a number, extensions kept in order.
    BOOST_TEST(json::parse(res.body()) == json::value_from(p));
}

BOOST_AUTO_TEST_CASE(content_language_and_retry_after) {
    pd::problem p;
    p.status = pd::http_status::too_many_requests;
    p.title = std::string(pd::reason_phrase(*p.status));
    auto res = pd::beast::make_response(
        p, {.content_language = "nb-NO", .retry_after = std::chrono::seconds(7)});
    BOOST_TEST((res.result() == http::status::too_many_requests));
    BOOST_TEST(sv(res[http::field::content_language]) == "nb-NO");
    BOOST_TEST(sv(res[http::field::retry_after]) == "7");
    BOOST_TEST(res.body() == R"({"type":"about:blank","status":429,"title":"Too Many Requests"})");

    // No language: no header, also when the response had one.
    BOOST_TEST(pd::beast::write_problem(res, p, {.content_language = ""}).has_value());
    BOOST_TEST(res.count(http::field::content_language) == 0u);
    // A negative delay is written as 0.
    BOOST_TEST(
        pd::beast::write_problem(res, p, {.retry_after = std::chrono::seconds(-3)}).has_value());
    BOOST_TEST(sv(res[http::field::retry_after]) == "0");
}

BOOST_AUTO_TEST_CASE(answers_a_request) {
    http::request<http::string_body> req{http::verb::post, "/payments", 10};
    req.keep_alive(false);
    auto const res = pd::beast::make_response(req, seed_problem());
    BOOST_TEST(res.version() == 10u);
    BOOST_TEST(!res.keep_alive());

    http::request<http::string_body> req11{http::verb::get, "/", 11};
    auto const res11 = pd::beast::make_response(req11, seed_problem());
    BOOST_TEST(res11.version() == 11u);
    BOOST_TEST(res11.keep_alive());
}

BOOST_AUTO_TEST_CASE(a_view_is_written_as_parsed) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    std::array<char, 4096> scratch;
    auto const v = pd::parse_view(body, scratch, {.mode = pd::parse_mode::lenient});
    BOOST_TEST_REQUIRE(v.has_value());
    auto const res = pd::beast::make_response(*v);
    BOOST_TEST(res.result_int() == 400u);
    BOOST_TEST(res.body() == pd::to_json(*v));
    BOOST_TEST(res.body().find(R"("status":400)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(other_bodies_and_fields_kept) {
    http::response<http::vector_body<char>> res;
    res.set(http::field::server, "test");
    res.set(http::field::content_type, "text/plain");
    auto const n = pd::beast::write_problem(res, seed_problem());
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST(*n == res.body().size());
    BOOST_TEST(std::string(res.body().begin(), res.body().end()) == pd::to_json(seed_problem()));
    BOOST_TEST(sv(res[http::field::server]) == "test");
    BOOST_TEST(sv(res[http::field::content_type]) == "application/problem+json");
    BOOST_TEST(res.count(http::field::content_type) == 1u);
}

BOOST_AUTO_TEST_CASE(no_status_takes_the_fallback) {
    pd::problem p;
    p.title = "Something went wrong";
    BOOST_TEST(pd::beast::make_response(p).result_int() == 500u);
    BOOST_TEST(
        pd::beast::make_response(p, {.fallback_status = pd::http_status::service_unavailable})
            .result_int() == 503u);
    // The body says nothing it was not given.
    BOOST_TEST(pd::beast::make_response(p).body() ==
               R"({"type":"about:blank","title":"Something went wrong"})");
}

BOOST_AUTO_TEST_CASE(errors_leave_the_response_unchanged) {
    http::response<http::string_body> res{http::status::ok, 11};
    res.body() = "before";

    pd::problem bad_status;
    bad_status.status = pd::http_status{1000};
    auto r = pd::beast::write_problem(res, bad_status);
    BOOST_TEST(r.error() == pd::error::status_out_of_range);

    for (auto const no_content :
         {pd::http_status::continue_, pd::http_status::no_content, pd::http_status::not_modified,
          pd::http_status{99}, pd::http_status{600}}) {
        pd::problem p;
        p.status = no_content;
        BOOST_TEST(pd::beast::write_problem(res, p).error() == pd::error::status_out_of_range);
    }

    pd::problem bad_utf8;
    bad_utf8.title = "\xff\xfe";
    bad_utf8.status = pd::http_status::bad_request;
    r = pd::beast::write_problem(res, bad_utf8);
    BOOST_TEST(r.error() == pd::error::invalid_utf8_in_value);

    pd::problem injected;
    injected.status = pd::http_status::bad_request;
    r = pd::beast::write_problem(res, injected, {.content_language = "en\r\nSet-Cookie: x=1"});
    BOOST_TEST(r.error() == pd::error::invalid_http_message);

    BOOST_TEST(res.result_int() == 200u);
    BOOST_TEST(res.body() == "before");
    BOOST_TEST(res.count(http::field::content_type) == 0u);

    BOOST_CHECK_THROW(pd::beast::make_response(bad_utf8), boost::system::system_error);
}

BOOST_AUTO_TEST_CASE(wire_format_reads_back) {
    // What Beast sends, read by the library's own raw HTTP reader.
    auto res = pd::beast::make_response(seed_problem(), {.retry_after = std::chrono::seconds(1)});
    std::string const raw = wire(res);
    auto const m = pd::parse_http_response(raw);
    BOOST_TEST_REQUIRE(m.has_value());
    BOOST_TEST((m->status == pd::http_status::bad_request));
    BOOST_TEST(m->headers.value_or_empty("Content-Type") == "application/problem+json");
    BOOST_TEST(m->headers.value_or_empty("Content-Language") == "en");
    BOOST_TEST(m->headers.value_or_empty("Retry-After") == "1");
    BOOST_TEST(m->body == res.body());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(reading)

BOOST_AUTO_TEST_CASE(round_trip) {
    pd::problem const p = seed_problem();
    auto const res = pd::beast::make_response(p, {.content_language = "nb"});
    pd::classification const c = pd::beast::classify(res);
    BOOST_TEST((c.format == pd::body_format::problem));
    BOOST_TEST((c.status == pd::http_status::bad_request));
    BOOST_TEST((c.body_status == pd::http_status::bad_request));
    BOOST_TEST(c.quirks.contains(pd::quirk::extra_details));
    BOOST_TEST(!c.quirks.contains(pd::quirk::status_as_string));
    BOOST_TEST(!c.quirks.contains(pd::quirk::content_type_mismatch));
    BOOST_TEST(c.content_language == "nb");
    BOOST_TEST(c.correlation_id == p.instance);
    BOOST_TEST((c.problem == p));
}

BOOST_AUTO_TEST_CASE(the_view_allocates_nothing) {
    auto const res =
        pd::beast::make_response(seed_problem(), {.retry_after = std::chrono::seconds(2)});
    std::array<char, 4096> scratch;
    allocation_scope scope;
    auto const c = pd::beast::classify_view(res, scratch);
    BOOST_TEST(scope.count() == 0u);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(c->problem.title == "Your request parameters didn't validate.");
    BOOST_TEST(c->retry_after == "2");
    BOOST_TEST(c->content_language == "en");
    BOOST_TEST(c->problem.extensions.find("extraDetails") != c->problem.extensions.end());

    // Too little scratch is an error, never a partial view.
    std::array<char, 16> tiny;
    BOOST_TEST(pd::beast::classify_view(res, tiny).error() == pd::error::scratch_too_small);
}

BOOST_AUTO_TEST_CASE(status_as_a_string) {
    // The seed FAQ's example as sent: "status":"400", a string.
    http::response<http::string_body> res{http::status::bad_request, 11};
    res.set(http::field::content_type, "application/problem+json");
    res.set(http::field::content_language, "en");
    res.body() = test_support::payload_body("faq-validation-error.json");
    res.prepare_payload();

    auto const c = pd::beast::classify(res);
    BOOST_TEST((c.format == pd::body_format::problem));
    BOOST_TEST(c.quirks.contains(pd::quirk::status_as_string));
    BOOST_TEST(c.quirks.contains(pd::quirk::extra_details));
    BOOST_TEST((c.status == pd::http_status::bad_request));
    BOOST_TEST((c.problem.status == pd::http_status::bad_request));
    BOOST_TEST(c.content_language == "en");
    BOOST_TEST(c.problem.extensions.at("extraDetails").as_array().size() == 2u);
    BOOST_TEST((pd::advise_retry(c).action == pd::retry_action::fix_request));

    // Written back by the adapter: a number, the extensions kept.
    auto const again = pd::beast::make_response(c.problem);
    BOOST_TEST(again.body().find(R"("status":400)") != std::string::npos);
    BOOST_TEST(again.body().find("extraDetails") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(gateway_body) {
    // The Azure API gateway's 429: not a problem, a Retry-After header.
    http::response<http::string_body> res{http::status::too_many_requests, 11};
    res.set(http::field::content_type, "application/json");
    res.set(http::field::retry_after, "7");
    res.body() = test_support::payload_body("gateway-429-rate-limit.json");
    res.prepare_payload();

    auto const c = pd::beast::classify(res);
    BOOST_TEST((c.format == pd::body_format::gateway));
    BOOST_TEST((c.status == pd::http_status::too_many_requests));
    BOOST_TEST(c.problem.title == "Too Many Requests");
    BOOST_TEST(c.problem.detail == "Rate limit is exceeded. Try again in 7 seconds.");
    BOOST_TEST(c.retry_after == "7");
    auto const advice = pd::advise_retry(c, {.idempotency_key_sent = true});
    BOOST_TEST((advice.action == pd::retry_action::retry));
    BOOST_TEST(advice.reuse_idempotency_key);
    BOOST_TEST((advice.delay == std::chrono::milliseconds(7000)));

    // The gateway's 401, read through a vector body.
    http::response<http::vector_body<char>> res401{http::status::unauthorized, 11};
    res401.set(http::field::content_type, "application/json");
    std::string const body401 = test_support::payload_body("gateway-401-invalid-key.json");
    res401.body().assign(body401.begin(), body401.end());
    auto const c401 = pd::beast::classify(res401);
    BOOST_TEST((c401.format == pd::body_format::gateway));
    BOOST_TEST((c401.status == pd::http_status::unauthorized));
    BOOST_TEST(c401.problem.detail.starts_with("Access denied due to invalid subscription key."));
    BOOST_TEST((pd::advise_retry(c401).action == pd::retry_action::fix_request));
}

BOOST_AUTO_TEST_CASE(span_and_dynamic_bodies) {
    std::string const text = pd::to_json(seed_problem());

    std::string storage = text;
    http::response<http::span_body<char>> span_res{http::status::bad_request, 11};
    span_res.set(http::field::content_type, "application/problem+json");
    span_res.body() = boost::span<char>(storage.data(), storage.size());
    BOOST_TEST(pd::beast::body_text(span_res) == text);
    BOOST_TEST((pd::beast::classify(span_res).problem == seed_problem()));

    http::response<http::dynamic_body> dyn{http::status::bad_request, 11};
    dyn.set(http::field::content_type, "application/problem+json");
    boost::beast::ostream(dyn.body()) << text;
    auto const c = pd::beast::classify(dyn);
    BOOST_TEST((c.format == pd::body_format::problem));
    BOOST_TEST((c.problem == seed_problem()));
}

BOOST_AUTO_TEST_CASE(headers_missing_or_odd) {
    // No body, no headers, a status outside 100..599.
    http::response<http::string_body> empty;
    empty.result(299);
    auto v = pd::beast::to_response_view(empty);
    BOOST_TEST((v.status == pd::http_status{299}));
    BOOST_TEST(v.content_type.empty());
    BOOST_TEST(v.content_language.empty());
    BOOST_TEST(v.retry_after.empty());
    BOOST_TEST(v.body.empty());

    empty.result(999);
    v = pd::beast::to_response_view(empty);
    BOOST_TEST(!v.status.has_value());

    // An HTML page from a proxy: text, the title from <title>.
    http::response<http::string_body> html{http::status::bad_gateway, 11};
    html.set(http::field::content_type, "text/html");
    html.body() = test_support::payload_body("proxy-502.html");
    auto const c = pd::beast::classify(html);
    BOOST_TEST((c.format == pd::body_format::text));
    BOOST_TEST((c.status == pd::http_status::bad_gateway));
    BOOST_TEST(c.quirks.contains(pd::quirk::html));
}

BOOST_AUTO_TEST_SUITE_END()
