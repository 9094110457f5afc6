// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/beast.hpp>

#define BOOST_TEST_MODULE beast
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/builder.hpp>
#include <problem_details/http_message.hpp>
#include <problem_details/media_type.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/validation_problem.hpp>
#include <problem_details/xml.hpp>

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
#include <cstdlib>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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

/// Counts the allocations of Beast's header fields, apart from the global
/// operator new the allocation tests count: so those can say exactly what
/// the adapter allocates besides the fields.
inline std::size_t field_allocations = 0;

template <class T>
struct field_allocator {
    using value_type = T;
    field_allocator() = default;
    template <class U>
    field_allocator(field_allocator<U> const&) noexcept {}
    T* allocate(std::size_t n) {
        ++field_allocations;
        if (void* p = std::malloc(n * sizeof(T)))
            return static_cast<T*>(p);
        throw std::bad_alloc();
    }
    void deallocate(T* p, std::size_t) noexcept { std::free(p); }
    friend bool operator==(field_allocator const&, field_allocator const&) noexcept { return true; }
};
using counted_fields = http::basic_fields<field_allocator<char>>;

/// A problem type for the typed cases: a 429 with its own members.
struct rate_limited {
    static constexpr std::string_view type_uri = "https://example.com/probs/rate-limited";
    static constexpr pd::http_status default_status = pd::http_status::too_many_requests;
    static constexpr std::string_view title = "Too many requests";
    std::int64_t limit = 0;
    std::optional<std::string_view> window;
};
BOOST_DESCRIBE_STRUCT(rate_limited, (), (limit, window))

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
static_assert(pd::beast::writable_problem<pd::problem>);
static_assert(pd::beast::writable_problem<pd::problem_view>);
static_assert(pd::beast::writable_problem<pd::problem_builder>);
static_assert(pd::beast::writable_problem<pd::validation_problem_view>);
static_assert(pd::beast::writable_problem<pd::validation_problem_builder<3>>);
static_assert(pd::beast::writable_problem<pd::typed_problem_view<rate_limited>>);
static_assert(pd::beast::writable_problem<pd::typed_problem<test_types::owned_kitchen_sink>>);
static_assert(!pd::beast::writable_problem<std::string>);
static_assert(!pd::beast::writable_problem<boost::json::value>);

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

namespace {

/// One problem of each kind the adapter writes, and what it writes for them.
struct kinds {
    pd::problem owning = seed_problem();

    pd::extension const members[1] = {{"traceId", R"("4f2b8a40")"}};
    pd::problem_view view = [this] {
        pd::problem_view v;
        v.status = pd::http_status::conflict;
        v.title = "Conflict";
        v.detail = "The payment was already captured.";
        v.extensions = pd::extension_list(members);
        return v;
    }();

    pd::problem_builder builder =
        pd::make_problem(pd::http_status::not_found).detail("No order 42.").instance("/orders/42");

    pd::validation_problem_builder<4> validation = [] {
        pd::validation_problem_builder<4> b;
        b.status(pd::http_status::unprocessable_content)
            .title("Unprocessable Content")
            .shape(pd::field_errors_shape::errors_pointer)
            .field("amount", "Must be larger than 100")
            .field("currency", "Must be <NOK> & 3 letters");
        return b;
    }();

    pd::typed_problem_view<rate_limited> typed = [] {
        pd::typed_problem_view<rate_limited> t;
        t.detail = "Slow down.";
        t.ext.limit = 100;
        t.ext.window = "1m";
        return t;
    }();

    pd::typed_problem<test_types::owned_kitchen_sink> typed_owning = [] {
        pd::typed_problem<test_types::owned_kitchen_sink> t;
        t.status = pd::http_status::internal_server_error;
        t.ext.name = "sink";
        t.ext.points = {{1, 2}, {3, 4}};
        t.ext.tags = {"a", "b"};
        t.extensions["extra"] = "kept";
        return t;
    }();
};

template <class Fields>
std::string header(http::response<http::string_body, Fields> const& res, http::field f) {
    return sv(res[f]);
}

/// `make_response(req, p)` for `Accept: accept`: the status, the headers,
/// the body exactly as the serializer of `p`'s kind writes it, which reads
/// back (JSON through parse_view; XML: its root and status element).
template <class P>
void check_one_call(P const& p, pd::problem_format format, unsigned status, std::string const& json,
                    std::string const& xml) {
    bool const is_xml = format == pd::problem_format::xml;
    http::request<http::string_body> req{http::verb::get, "/x", 11};
    req.set(http::field::accept, is_xml ? "application/problem+xml" : "application/problem+json");
    auto const res = pd::beast::make_response(req, p);
    BOOST_TEST(res.result_int() == status);
    BOOST_TEST(header(res, http::field::content_type) ==
               (is_xml ? "application/problem+xml" : "application/problem+json"));
    BOOST_TEST(header(res, http::field::content_language) == "en");
    BOOST_TEST(header(res, http::field::vary) == "Accept");
    BOOST_TEST(header(res, http::field::content_length) == std::to_string(res.body().size()));
    BOOST_TEST(res.keep_alive());
    BOOST_TEST(res.body() == (is_xml ? xml : json));
    std::string const status_text = std::to_string(status);
    if (is_xml) {
        BOOST_TEST(res.body().starts_with(
            R"(<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807">)"));
        BOOST_TEST(res.body().ends_with("</problem>"));
        BOOST_TEST(res.body().find("<status>" + status_text + "</status>") != std::string::npos);
    } else {
        std::array<char, 4096> scratch;
        auto const v = pd::parse_view(res.body(), scratch);
        BOOST_TEST_REQUIRE(v.has_value());
        BOOST_TEST((v->status == pd::http_status{static_cast<std::uint16_t>(status)}));
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(one_call)

BOOST_AUTO_TEST_CASE(every_kind_as_json_and_xml) {
    kinds const k;
    for (auto const f : {pd::problem_format::json, pd::problem_format::xml}) {
        BOOST_TEST_CONTEXT("format " << static_cast<int>(f)) {
            check_one_call(k.owning, f, 400, pd::to_json(k.owning), pd::to_xml(k.owning));
            check_one_call(k.view, f, 409, pd::to_json(k.view), pd::to_xml(k.view));
            check_one_call(k.builder, f, 404, pd::to_json(k.builder.get()),
                           pd::to_xml(k.builder.get()));
            // What make_problem returns, as a temporary: the call the new user wrote.
            http::request<http::string_body> req{http::verb::get, "/orders/42", 11};
            auto const from_temporary =
                pd::beast::make_response(req, pd::make_problem(pd::http_status::not_found));
            BOOST_TEST(from_temporary.body() ==
                       R"({"type":"about:blank","status":404,"title":"Not Found"})");
            check_one_call(k.validation, f, 422, pd::to_json(k.validation.view()),
                           pd::to_xml(k.validation.view()));
            check_one_call(k.validation.view(), f, 422, pd::to_json(k.validation.view()),
                           pd::to_xml(k.validation.view()));
            check_one_call(k.typed, f, 429, pd::to_json(k.typed), pd::to_xml(k.typed));
            check_one_call(k.typed_owning, f, 500, pd::to_json(k.typed_owning),
                           pd::to_xml(k.typed_owning));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_xml_of_each_kind) {
    // The XML writer covers every kind: what each one's body says.
    kinds const k;
    std::string const decl =
        R"(<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807">)";
    BOOST_TEST(pd::to_xml(k.builder.get()) ==
               decl + "<type>about:blank</type><status>404</status><title>Not Found</title>"
                      "<detail>No order 42.</detail><instance>/orders/42</instance></problem>");
    BOOST_TEST(
        pd::to_xml(k.validation.view()) ==
        decl + "<type>about:blank</type><status>422</status><title>Unprocessable Content</title>"
               "<errors><i><detail>Must be larger than 100</detail><pointer>#/amount</pointer></i>"
               "<i><detail>Must be &lt;NOK&gt; &amp; 3 "
               "letters</detail><pointer>#/currency</pointer></i>"
               "</errors></problem>");
    BOOST_TEST(pd::to_xml(k.typed) ==
               decl + "<type>https://example.com/probs/rate-limited</type><status>429</status>"
                      "<title>Too many requests</title><detail>Slow down.</detail>"
                      "<limit>100</limit><window>1m</window></problem>");
    BOOST_TEST(pd::to_xml(k.typed_owning) ==
               decl +
                   "<type>https://example.com/probs/kitchen-sink</type><status>500</status>"
                   "<title>Everything &quot;at once&quot;</title><name>sink</name><count>0</count>"
                   "<small>0</small><ratio>0.0</ratio><f>0.0</f><flag>false</flag>"
                   "<where><x>0</x><y>0</y></where>"
                   "<points><i><x>1</x><y>2</y></i><i><x>3</x><y>4</y></i></points>"
                   "<tags><i>a</i><i>b</i></tags><extra>kept</extra></problem>");
    // Sizes are exact, and the span writer agrees with the string.
    std::array<char, 1024> buf;
    auto const n = pd::serialize_xml(k.typed, buf);
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST(*n == pd::xml_serialized_size(k.typed));
    BOOST_TEST(std::string_view(buf.data(), *n) == pd::to_xml(k.typed));
    BOOST_TEST(pd::serialize_xml(k.typed, std::span<char>(buf.data(), 10)).error() ==
               pd::error::buffer_too_small);
    // An unknown member named like a typed one cannot be written, in XML as in JSON.
    pd::extension const clash[] = {{"limit", "5"}};
    auto bad = k.typed;
    bad.extensions = pd::extension_list(clash);
    BOOST_TEST(pd::xml_serialized_size(bad) == 0u);
    BOOST_TEST(pd::serialize_xml(bad, buf).error() == pd::error::conflicting_member);
    BOOST_TEST(pd::serialized_size(bad) == 0u);
}

BOOST_AUTO_TEST_CASE(negotiation) {
    pd::problem const p = seed_problem();
    auto format_for = [&](std::initializer_list<char const*> accepts,
                          pd::beast::response_options o = {}) {
        http::request<http::string_body> req{http::verb::get, "/", 11};
        for (char const* a : accepts)
            req.insert(http::field::accept, a);
        BOOST_TEST((pd::beast::response_format(req, o.negotiate) != pd::problem_format::none));
        return header(pd::beast::make_response(req, p, o), http::field::content_type);
    };
    std::string const json = "application/problem+json", xml = "application/problem+xml";
    BOOST_TEST(format_for({}) == json);      // no Accept
    BOOST_TEST(format_for({""}) == json);    // empty
    BOOST_TEST(format_for({"*/*"}) == json); // a tie: JSON
    BOOST_TEST(format_for({"application/*"}) == json);
    BOOST_TEST(format_for({"application/json"}) == json);
    BOOST_TEST(format_for({"application/xml"}) == xml);
    BOOST_TEST(format_for({"text/xml"}) == xml);
    BOOST_TEST(format_for({"application/problem+xml"}) == xml);
    BOOST_TEST(format_for({"application/problem+json;q=0.5, application/problem+xml"}) == xml);
    BOOST_TEST(format_for({"application/xml;q=0.9, application/json;q=0.8"}) == xml);
    BOOST_TEST(format_for({"application/problem+xml;q=0, */*"}) == json);
    BOOST_TEST(format_for({"application/problem+json;q=0, */*"}) == xml);
    BOOST_TEST(format_for({"text/html"}) == json); // nothing acceptable: JSON anyway
    BOOST_TEST(format_for({"application/json;q=0, application/xml;q=0"}) == json);
    // Several Accept fields are one list.
    BOOST_TEST(format_for({"text/html", "application/problem+xml"}) == xml);
    BOOST_TEST(format_for({"application/xml;q=0.1", "application/json;q=0.2"}) == json);
    // The options: a tie goes to XML; XML not offered.
    BOOST_TEST(format_for({"*/*"}, {.negotiate = {.prefer_xml = true}}) == xml);
    BOOST_TEST(format_for({"application/xml"}, {.negotiate = {.offer_xml = false}}) == json);
    // negotiate_all over plain strings.
    std::string_view const values[] = {"text/plain", "application/xml;q=0.3"};
    static_assert(pd::negotiate_all(std::array<std::string_view, 1>{"application/problem+xml"}) ==
                  pd::problem_format::xml);
    BOOST_TEST((pd::negotiate_all(values) == pd::problem_format::xml));
    BOOST_TEST((pd::negotiate_all(std::array<std::string_view, 0>{}) == pd::problem_format::json));
}

BOOST_AUTO_TEST_CASE(headers_from_the_call) {
    http::request<http::string_body> req{http::verb::get, "/", 10};
    req.keep_alive(true);
    req.set(http::field::accept, "application/xml");
    auto const unauthorized =
        pd::make_problem(pd::http_status::unauthorized).detail("The token expired.");
    auto const res = pd::beast::make_response(
        req, unauthorized,
        {.content_language = "nb",
         .www_authenticate = R"(Bearer realm="payments", error="invalid_token")"});
    BOOST_TEST(res.result_int() == 401u);
    BOOST_TEST(res.version() == 10u);
    BOOST_TEST(res.keep_alive());
    BOOST_TEST(header(res, http::field::content_type) == "application/problem+xml");
    BOOST_TEST(header(res, http::field::www_authenticate) ==
               R"(Bearer realm="payments", error="invalid_token")");
    BOOST_TEST(header(res, http::field::content_language) == "nb");
    BOOST_TEST(res.count(http::field::retry_after) == 0u);

    pd::typed_problem_view<rate_limited> limited;
    auto const res429 = pd::beast::make_response(
        req, limited, {.retry_after = std::chrono::seconds(30), .xml = {.declaration = false}});
    BOOST_TEST(header(res429, http::field::retry_after) == "30");
    BOOST_TEST(res429.body().starts_with(R"(<problem xmlns="urn:ietf:rfc:7807"><type>)"));
    BOOST_TEST(res429.count(http::field::www_authenticate) == 0u);

    // A challenge with CR/LF would inject a header: refused, nothing written.
    http::response<http::string_body> out{http::status::ok, 11};
    auto const r = pd::beast::write_problem(out, unauthorized, pd::problem_format::xml,
                                            {.www_authenticate = "Basic\r\nSet-Cookie: a=b"});
    BOOST_TEST(r.error() == pd::error::invalid_http_message);
    BOOST_TEST(out.result_int() == 200u);
    BOOST_TEST(out.body().empty());
    BOOST_TEST(out.count(http::field::www_authenticate) == 0u);
}

BOOST_AUTO_TEST_CASE(errors_of_each_kind) {
    http::response<http::string_body> res{http::status::ok, 11};
    // A full validation builder is never sent with field errors missing.
    pd::validation_problem_builder<1> full;
    full.field("a", "x").field("b", "y");
    for (auto const f : {pd::problem_format::json, pd::problem_format::xml})
        BOOST_TEST(pd::beast::write_problem(res, full, f).error() == pd::error::capacity_exceeded);
    // Invalid UTF-8 in a typed problem, in either format.
    pd::typed_problem_view<rate_limited> bad;
    bad.detail = "\xff";
    for (auto const f : {pd::problem_format::json, pd::problem_format::xml})
        BOOST_TEST(pd::beast::write_problem(res, bad, f).error() ==
                   pd::error::invalid_utf8_in_value);
    // A status that carries no content.
    BOOST_TEST(pd::beast::write_problem(res, pd::make_problem(pd::http_status::no_content),
                                        pd::problem_format::xml)
                   .error() == pd::error::status_out_of_range);
    BOOST_TEST(res.result_int() == 200u);
    BOOST_TEST(res.body().empty());
    BOOST_CHECK_THROW(pd::beast::make_response(full, pd::problem_format::xml),
                      boost::system::system_error);
}

/// The adapter's allocations, exactly: with the fields' allocations
/// counted apart (their own allocator), writing any kind in either format
/// allocates the body's buffer once, and nothing when the body already
/// has the capacity. So no intermediate string and no conversion of the
/// problem to another kind (`to_problem` would allocate).
template <class P>
void check_allocations(P const& p, pd::problem_format f) {
    pd::beast::response_options const options{.retry_after = std::chrono::seconds(1),
                                              .www_authenticate = "Bearer"};
    {
        http::response<http::string_body, counted_fields> res;
        field_allocations = 0;
        allocation_scope scope;
        auto const n = pd::beast::write_problem(res, p, f, options);
        std::size_t const allocations = scope.count();
        BOOST_TEST_REQUIRE(n.has_value());
        BOOST_TEST(*n > 15u); // longer than std::string's inline buffer: the body needs its own
        if (test_support::allocation_counting_works()) // not under valgrind
            BOOST_TEST(allocations == 1u);             // the body's buffer
        // Content-Type, Content-Language, Retry-After, WWW-Authenticate, Content-Length: one node each.
        BOOST_TEST(field_allocations == 5u);
        BOOST_TEST(static_cast<std::size_t>(std::distance(res.begin(), res.end())) == 5u);
    }
    {
        http::response<http::string_body, counted_fields> res;
        res.body().reserve(4096);
        allocation_scope scope;
        auto const n = pd::beast::write_problem(res, p, f, options);
        std::size_t const allocations = scope.count();
        BOOST_TEST_REQUIRE(n.has_value());
        BOOST_TEST(allocations == 0u); // the reserved body is written in place
    }
    {
        // The one call: the body once, plus Beast's default fields, one node per field.
        http::request<http::string_body> req{http::verb::get, "/", 11};
        req.set(http::field::accept, f == pd::problem_format::xml ? "application/problem+xml"
                                                                  : "application/problem+json");
        allocation_scope scope;
        auto const res = pd::beast::make_response(req, p, options);
        std::size_t const allocations = scope.count();
        std::size_t const fields = static_cast<std::size_t>(std::distance(res.begin(), res.end()));
        BOOST_TEST(fields == 6u);                      // the five above and Vary
        if (test_support::allocation_counting_works()) // not under valgrind
            BOOST_TEST(allocations == 1u + fields);
    }
}

BOOST_AUTO_TEST_CASE(allocations_are_the_body_and_the_fields) {
    kinds const k;
    for (auto const f : {pd::problem_format::json, pd::problem_format::xml}) {
        BOOST_TEST_CONTEXT("format " << static_cast<int>(f)) {
            check_allocations(k.owning, f);
            check_allocations(k.view, f);
            check_allocations(k.builder, f);
            check_allocations(k.validation, f);
            check_allocations(k.validation.view(), f);
            check_allocations(k.typed, f);
            check_allocations(k.typed_owning, f);
        }
    }
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

BOOST_AUTO_TEST_SUITE(compatibility)

BOOST_AUTO_TEST_CASE(braces_still_mean_the_options) {
    // The overloads with a format do not make `{}` ambiguous: it is the
    // options, and the body is JSON, as before the format existed.
    pd::problem const p = seed_problem();
    auto const res = pd::beast::make_response(p, {}, 10);
    BOOST_TEST(res.version() == 10u);
    BOOST_TEST(header(res, http::field::content_type) == "application/problem+json");
    http::response<http::string_body> out;
    BOOST_TEST(pd::beast::write_problem(out, p, {}).has_value());
    BOOST_TEST(out.body() == pd::to_json(p));
}

BOOST_AUTO_TEST_SUITE_END()
