// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/http_message.hpp>

#define BOOST_TEST_MODULE http_message
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/responses.hpp"

#include <string>
#include <vector>

using test_support::allocation_scope;

namespace {

std::vector<pd::http_header> all(pd::http_header_list const& h) {
    return {h.begin(), h.end()};
}

bool within(std::string_view part, std::string_view whole) {
    return part.empty() || (part.data() >= whole.data() &&
                            part.data() + part.size() <= whole.data() + whole.size());
}

} // namespace

BOOST_AUTO_TEST_CASE(the_seed_example_crlf_and_lf) {
    for (char const* eol : {"\r\n", "\n"}) {
        std::string const body = test_support::payload_body("faq-validation-error.json");
        std::string const raw = std::string("HTTP/1.1 400 Bad Request") + eol +
                                "Content-Type: application/problem+json" + eol +
                                "Content-Language: en" + eol + eol + body;
        allocation_scope scope;
        auto const m = pd::parse_http_response(raw);
        BOOST_TEST(scope.count() == 0u);
        BOOST_TEST_REQUIRE(m.has_value());
        BOOST_TEST(m->version == "HTTP/1.1");
        BOOST_TEST((m->status == pd::http_status::bad_request));
        BOOST_TEST(m->reason == "Bad Request");
        BOOST_TEST(m->body == body);
        BOOST_TEST(m->headers.size() == 2u);
        BOOST_TEST(*m->headers.find("content-type") == "application/problem+json");
        BOOST_TEST(*m->headers.find("CONTENT-LANGUAGE") == "en");
        BOOST_TEST(!m->headers.find("Retry-After").has_value());
        BOOST_TEST(m->headers.value_or_empty("Retry-After").empty());
    }
}

BOOST_AUTO_TEST_CASE(every_shared_payload_as_a_raw_response) {
    auto const table = test_support::response_table();
    for (auto const& p : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(p.name) {
            auto const& meta = table.at(p.name);
            for (char const* eol : {"\r\n", "\n"}) {
                std::string const raw = test_support::raw_response(meta, p.body, eol);
                allocation_scope scope;
                auto const m = pd::parse_http_response(raw);
                BOOST_TEST(scope.count() == 0u);
                BOOST_TEST_REQUIRE(m.has_value());
                BOOST_TEST(pd::status_code(m->status) == meta.status);
                BOOST_TEST(m->body == p.body);
                BOOST_TEST(m->headers.value_or_empty("Content-Type") == meta.content_type);
                for (auto const& [n, v] : meta.headers)
                    BOOST_TEST(m->headers.value_or_empty(n) == v);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(curl_http2_and_interim_responses) {
    // curl -i over HTTP/2: no reason phrase, a trailing space, lower-case names.
    std::string const h2 =
        "HTTP/2 401 \r\ncontent-type: application/json\r\ncontent-length: 5\r\n\r\n{\"a\"}";
    auto const m = pd::parse_http_response(h2);
    BOOST_TEST_REQUIRE(m.has_value());
    BOOST_TEST(m->version == "HTTP/2");
    BOOST_TEST(pd::status_code(m->status) == 401);
    BOOST_TEST(m->reason.empty());
    BOOST_TEST(m->body == "{\"a\"}");

    // No reason, no space at all.
    auto const bare = pd::parse_http_response("HTTP/3 204\r\n\r\n");
    BOOST_TEST_REQUIRE(bare.has_value());
    BOOST_TEST(pd::status_code(bare->status) == 204);
    BOOST_TEST(bare->body.empty());

    // 100 Continue, a proxy's CONNECT answer, a redirect: the last response counts.
    std::string const chain = "HTTP/1.1 100 Continue\r\n\r\n"
                              "HTTP/1.1 200 Connection established\r\nProxy-Agent: x\r\n\r\n"
                              "HTTP/1.1 302 Found\r\nLocation: /y\r\n\r\n"
                              "HTTP/2 429 \r\nretry-after: 7\r\n\r\nbody";
    auto const c = pd::parse_http_response(chain);
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(pd::status_code(c->status) == 429);
    BOOST_TEST(*c->headers.find("Retry-After") == "7");
    BOOST_TEST(c->body == "body");
}

BOOST_AUTO_TEST_CASE(header_values) {
    std::string const raw = "HTTP/1.1 503 Service Unavailable\n"
                            "Retry-After:   120  \n"
                            "X-Empty:\n"
                            "X-Folded: first\n"
                            "  second\n"
                            "X-Dup: 1\n"
                            "x-dup: 2\n"
                            "\n"
                            "down\n";
    auto const m = pd::parse_http_response(raw);
    BOOST_TEST_REQUIRE(m.has_value());
    auto const h = all(m->headers);
    BOOST_TEST_REQUIRE(h.size() == 5u);
    BOOST_TEST(h[0].name == "Retry-After");
    BOOST_TEST(h[0].value == "120");
    BOOST_TEST(h[1].name == "X-Empty");
    BOOST_TEST(h[1].value.empty());
    BOOST_TEST(h[2].value == "first\n  second");  // obsolete folding, as written
    BOOST_TEST(*m->headers.find("x-dup") == "1"); // the first
    BOOST_TEST(m->body == "down\n");
    for (auto const& f : h) {
        BOOST_TEST(within(f.name, raw));
        BOOST_TEST(within(f.value, raw));
    }
    BOOST_TEST(within(m->headers.raw(), raw));
}

BOOST_AUTO_TEST_CASE(no_blank_line) {
    // The input ends in the header section: no body.
    auto const a = pd::parse_http_response("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain");
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(a->body.empty());
    BOOST_TEST(*a->headers.find("content-type") == "text/plain");
    auto const b = pd::parse_http_response("HTTP/1.1 404 Not Found");
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(b->headers.empty());
    BOOST_TEST(b->headers.size() == 0u);
}

BOOST_AUTO_TEST_CASE(rejects) {
    for (std::string_view bad : {
             std::string_view(""),
             std::string_view("HTTP/1.1"),
             std::string_view("HTTP/1.1 40 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1 4000 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1 099 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1 600 Bad\r\n\r\n"),
             std::string_view("HTTP/x 400 Bad\r\n\r\n"),
             std::string_view("HTTP/1. 400 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1  400 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1 400Bad\r\n\r\n"),
             std::string_view("http/1.1 400 Bad\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\nNo colon here\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\n: empty name\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\nBad Name: x\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\nName : x\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\n folded first\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\nA: b\rc\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Ba\rd\r\n\r\n"),
             std::string_view("HTTP/1.1 400 Bad\r\nA: \0\r\n\r\n", 26),
         }) {
        BOOST_TEST_CONTEXT(bad) {
            auto const m = pd::parse_http_response(bad);
            BOOST_TEST_REQUIRE(m.has_error());
            BOOST_TEST((m.error() == pd::error::invalid_http_message));
            BOOST_TEST((m.error() == pd::condition::invalid_input));
        }
    }
}

BOOST_AUTO_TEST_CASE(detection) {
    static_assert(pd::looks_like_http_response("HTTP/1.1 200 OK"));
    static_assert(!pd::looks_like_http_response("{\"HTTP/\":1}"));
    static_assert(!pd::looks_like_http_response("HTTP"));
    static_assert(!pd::looks_like_http_response(""));
}

BOOST_AUTO_TEST_CASE(every_prefix_is_safe) {
    // Whatever the cut, a result or an error, never a view outside the input.
    std::string const raw =
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nX-F: a\r\n b\r\n\r\n{\"x\":1}";
    for (std::size_t n = 0; n <= raw.size(); ++n) {
        std::string const cut =
            raw.substr(0, n); // its own allocation: reads past it are caught by sanitizers
        auto const m = pd::parse_http_response(cut);
        if (!m)
            continue;
        BOOST_TEST(within(m->body, cut));
        for (auto const& h : m->headers) {
            BOOST_TEST(within(h.name, cut));
            BOOST_TEST(within(h.value, cut));
        }
    }
}
