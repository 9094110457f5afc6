// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/beast_type_pages.hpp>

#define BOOST_TEST_MODULE beast_type_pages
#include "support/test_preamble.hpp"

#include "support/typed_types.hpp"

#include <problem_details/vipps/problem_types.hpp>

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>

namespace http = boost::beast::http;
using namespace test_types;

namespace {

std::string_view sv(boost::core::string_view s) {
    return {s.data(), s.size()};
}

http::request<http::empty_body> request(http::verb method, std::string_view target,
                                        std::string_view accept = {}) {
    http::request<http::empty_body> req(method, target, 11);
    if (!accept.empty())
        req.set(http::field::accept, accept);
    return req;
}

template <class Req>
auto serve(Req const& req) {
    return pd::beast::serve_type_page<kitchen_sink, plain_problem, retry_later,
                                      pd::vipps::validation_error>(req);
}

} // namespace

BOOST_AUTO_TEST_CASE(the_page_at_the_type_uris_path) {
    auto const res =
        serve(request(http::verb::get, "/probs/kitchen-sink", "text/html,application/xhtml+xml"));
    BOOST_TEST_REQUIRE(res.has_value());
    BOOST_TEST(res->result() == http::status::ok);
    BOOST_TEST(sv((*res)[http::field::content_type]) == "text/html; charset=utf-8");
    BOOST_TEST(sv((*res)[http::field::cache_control]) == "public, max-age=3600");
    BOOST_TEST(res->body() == pd::type_page_text<kitchen_sink>());
    BOOST_TEST(sv((*res)[http::field::content_length]) == std::to_string(res->body().size()));
    BOOST_TEST(res->version() == 11u);
    BOOST_TEST(res->keep_alive());

    // Another type, a query ignored, HTTP/1.0.
    http::request<http::empty_body> req(http::verb::get, "/api-name/v1/validation-error?lang=en",
                                        10);
    auto const v = serve(req);
    BOOST_TEST_REQUIRE(v.has_value());
    BOOST_TEST(v->body() == pd::type_page_text<pd::vipps::validation_error>());
    BOOST_TEST(v->version() == 10u);
    BOOST_TEST(!v->keep_alive());
}

BOOST_AUTO_TEST_CASE(the_schema_by_suffix_or_accept) {
    auto const a = serve(request(http::verb::get, "/probs/plain.schema.json"));
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(sv((*a)[http::field::content_type]) == "application/schema+json");
    BOOST_TEST(a->body() == pd::json_schema_text<plain_problem>());

    auto const b = serve(request(http::verb::get, "/probs/plain", "application/schema+json"));
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(b->body() == pd::json_schema_text<plain_problem>());

    // A browser that also takes the schema gets the page.
    auto const c =
        serve(request(http::verb::get, "/probs/plain", "text/html, application/schema+json;q=0.5"));
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(c->body() == pd::type_page_text<plain_problem>());
}

BOOST_AUTO_TEST_CASE(head_and_other_methods) {
    auto const h = serve(request(http::verb::head, "/probs/kitchen-sink"));
    BOOST_TEST_REQUIRE(h.has_value());
    BOOST_TEST(h->result() == http::status::ok);
    BOOST_TEST(h->body().empty());
    BOOST_TEST(sv((*h)[http::field::content_length]) ==
               std::to_string(pd::type_page_text<kitchen_sink>().size()));

    auto const p = serve(request(http::verb::post, "/probs/kitchen-sink"));
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->result() == http::status::method_not_allowed);
    BOOST_TEST(sv((*p)[http::field::allow]) == "GET, HEAD");
}

BOOST_AUTO_TEST_CASE(other_targets_are_not_served) {
    BOOST_TEST(!serve(request(http::verb::get, "/")).has_value());
    BOOST_TEST(!serve(request(http::verb::get, "/probs/kitchen-sink/")).has_value());
    BOOST_TEST(!serve(request(http::verb::get, "/probs/kitchen")).has_value());
    BOOST_TEST(!serve(request(http::verb::get, "/probs/kitchen-sink.json")).has_value());
    // A URN has no path to serve.
    BOOST_TEST(!serve(request(http::verb::get, "urn:example:retry-later")).has_value());
    BOOST_TEST(!serve(request(http::verb::get, "/example:retry-later")).has_value());
}

BOOST_AUTO_TEST_CASE(options) {
    auto const res = pd::beast::serve_type_page<plain_problem>(
        request(http::verb::get, "/probs/plain"), {.cache_control = ""});
    BOOST_TEST_REQUIRE(res.has_value());
    BOOST_TEST(!res->count(http::field::cache_control));
}
