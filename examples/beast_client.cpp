// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// An SDK-style client on Boost.Beast for examples/beast_server.cpp: it calls
// every endpoint, classifies each error answer (problem_details::beast::classify),
// asks for retry advice (problem_details::advise_retry) and acts on it:
// 423, 429 (and a 500 of a request with an Idempotency-Key) are retried
// after Retry-After with the same Idempotency-Key. It checks what it gets
// and asks the server how often each key's payment was executed: exactly
// once. The exit status is 0 when every check passed.
//
//   beast_client PORT       the server listens on 127.0.0.1:PORT
//   beast_client -          read "port=N" from stdin: beast_server | beast_client -
//
// It stops the server (POST /shutdown) when done, and gives up by itself
// after --deadline SECONDS (default 30).

#include "watchdog.hpp"

#include <problem_details/beast.hpp>
#include <problem_details/classify.hpp>
#include <problem_details/retry.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace pd = problem_details;
namespace http = boost::beast::http;
namespace json = boost::json;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

namespace {

std::string_view to_std(boost::core::string_view s) {
    return {s.data(), s.size()};
}

//------------------------------------------------------------------------------
// The SDK: one call, retried as the advice says
//------------------------------------------------------------------------------

/// What a call ended with.
struct outcome {
    http::response<http::string_body> response;   // the last answer
    std::optional<pd::classification> error;      // set when the last answer is not 2xx
    pd::retry_advice advice;                      // what the library advised about it
    unsigned attempts = 0;                        // requests sent
    std::vector<std::chrono::milliseconds> waits; // the delay before each retry
};

class sdk_client {
public:
    sdk_client(net::io_context& ioc, unsigned short port)
        : ioc_(ioc), endpoint_(net::ip::make_address("127.0.0.1"), port) {
        policy_.base_delay = 50ms; // backoff when the server gives no Retry-After (the 500)
        policy_.max_delay = 200ms;
    }

    /// Sends a request and, while the advice is "retry", sends the very same
    /// request again (so the same Idempotency-Key) after the advised delay.
    /// `max_attempts` (0: the policy's, 3) bounds the attempts.
    outcome call(http::verb method, std::string const& target, std::string const& body = {},
                 std::string const& idempotency_key = {}, unsigned max_attempts = 0) {
        http::request<http::string_body> req{method, target, 11};
        req.set(http::field::host, "127.0.0.1");
        req.set(http::field::accept, "application/json, application/problem+json");
        if (!idempotency_key.empty())
            req.set("Idempotency-Key", idempotency_key);
        if (!body.empty()) {
            req.set(http::field::content_type, "application/json");
            req.body() = body;
        }
        req.prepare_payload();

        pd::retry_policy policy = policy_;
        if (max_attempts != 0)
            policy.max_attempts = max_attempts;
        outcome out;
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (;;) {
            ++out.attempts;
            out.response = send(req);
            if (pd::is_success(
                    pd::http_status{static_cast<std::uint16_t>(out.response.result_int())})) {
                out.error.reset();
                out.advice = {};
                return out;
            }
            out.error = pd::beast::classify(out.response);
            out.advice = pd::advise_retry(
                *out.error,
                {.idempotent = method == http::verb::get || method == http::verb::head,
                 .idempotency_key_sent = !idempotency_key.empty(),
                 .attempt = out.attempts,
                 .random = unit(random_)},
                policy);
            std::cout << "    " << to_std(req.method_string()) << ' ' << target << " attempt "
                      << out.attempts << ": " << out.response.result_int() << ' '
                      << out.error->problem.title << " -> " << pd::to_string(out.advice.action);
            if (out.advice.delay)
                std::cout << " after " << out.advice.delay->count() << " ms";
            std::cout << '\n';
            if (out.advice.action != pd::retry_action::retry)
                return out;
            out.waits.push_back(*out.advice.delay);
            std::this_thread::sleep_for(*out.advice.delay);
        }
    }

    /// One GET with the given Accept, not retried.
    http::response<http::string_body> get(std::string const& target, std::string const& accept) {
        http::request<http::string_body> req{http::verb::get, target, 11};
        req.set(http::field::host, "127.0.0.1");
        req.set(http::field::accept, accept);
        return send(req);
    }

private:
    http::response<http::string_body> send(http::request<http::string_body> const& req) {
        tcp::socket socket(ioc_);
        socket.connect(endpoint_);
        http::write(socket, req);
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(1 << 20); // an error body larger than 1 MiB is not read
        http::read(socket, buffer, parser);
        boost::beast::error_code ec;
        socket.shutdown(tcp::socket::shutdown_both, ec);
        return parser.release();
    }

    net::io_context& ioc_;
    tcp::endpoint endpoint_;
    pd::retry_policy policy_;
    std::mt19937 random_{std::random_device{}()};
};

//------------------------------------------------------------------------------
// The checks
//------------------------------------------------------------------------------

int failures = 0;

void check(bool ok, std::string const& what) {
    std::cout << (ok ? "  ok    " : "  FAIL  ") << what << '\n';
    if (!ok)
        ++failures;
}

/// A fresh Idempotency-Key: a random UUID (version 4).
std::string new_key(std::mt19937_64& rng) {
    std::uint64_t hi = rng(), lo = rng();
    hi = (hi & ~std::uint64_t(0xF000)) | 0x4000;                      // version 4
    lo = (lo & ~(std::uint64_t(3) << 62)) | (std::uint64_t(2) << 62); // variant 1
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                  static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                  static_cast<unsigned>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    return text;
}

/// What the server recorded for a key (GET /idempotency/{key}).
json::object server_record(sdk_client& sdk, std::string const& key) {
    outcome const o = sdk.call(http::verb::get, "/idempotency/" + key);
    if (o.response.result() != http::status::ok)
        return {};
    boost::system::error_code ec;
    json::value v = json::parse(o.response.body(), ec);
    return !ec && v.is_object() ? v.as_object() : json::object{};
}

std::int64_t int_member(json::object const& o, std::string_view name) {
    json::value const* v = o.if_contains(name);
    return v && v->is_int64()    ? v->as_int64()
           : v && v->is_uint64() ? static_cast<std::int64_t>(v->as_uint64())
                                 : -1;
}

void check_status_catalog(sdk_client& sdk) {
    std::cout << "GET /status/{code}: every status of the FAQ's table, as a problem\n";
    for (int code : {400, 401, 403, 404, 409, 422, 423, 429, 500}) {
        auto const expected = *pd::to_status(code);
        std::string const target = "/status/" + std::to_string(code);
        // The catalog answers the same error every time: one attempt, and
        // the advice for it is checked (the retries are checked below); the
        // 500 is retried (a GET is idempotent) until the policy gives up.
        outcome const o = sdk.call(http::verb::get, target, {}, {}, code == 500 ? 0 : 1);
        auto const& res = o.response;
        check(res.result_int() == static_cast<unsigned>(code),
              target + ": status " + std::to_string(code));
        check(pd::media_kind_of(to_std(res[http::field::content_type])) ==
                  pd::media_kind::problem_json,
              target + ": Content-Type: application/problem+json");
        check(to_std(res[http::field::content_language]) == "en",
              target + ": Content-Language: en");
        pd::classification const c = pd::beast::classify(res);
        check(c.format == pd::body_format::problem, target + ": classified as a problem");
        check(c.status == expected && c.body_status == expected,
              target + ": the body's status agrees");
        check(c.quirks.empty() || c.quirks == pd::quirk_set{pd::quirk::extra_details} ||
                  c.quirks == pd::quirk_set{pd::quirk::errors_member},
              target + ": no quirks (but where its field errors are)");
        check(!c.problem.title.empty(), target + ": has a title: " + c.problem.title);

        pd::retry_advice const advice = pd::advise_retry(c, {.idempotent = true});
        if (code == 423 || code == 429) {
            check(c.retry_after == "1", target + ": Retry-After: 1");
            check(advice.action == pd::retry_action::retry && advice.reuse_idempotency_key &&
                      advice.delay == 1000ms,
                  target + ": advice: retry after 1 s with the same Idempotency-Key");
        } else if (code == 500) {
            check(advice.action == pd::retry_action::retry,
                  target + ": advice: retry (a GET is idempotent)");
            check(o.attempts == 3 && o.advice.action == pd::retry_action::give_up,
                  target + ": retried with backoff, given up after 3 attempts");
        } else {
            check(advice.action == pd::retry_action::fix_request,
                  target + ": advice: fix the request");
            check(o.attempts == 1 && o.advice.action == pd::retry_action::fix_request,
                  target + ": not retried");
        }
        if (code == 401)
            check(to_std(res[http::field::www_authenticate]) == R"(Bearer realm="payments")",
                  target + ": WWW-Authenticate: Bearer realm=\"payments\"");
        if (code == 422) {
            json::value const* errors = c.problem.extensions.if_contains("errors");
            check(errors && errors->is_array() && errors->as_array().size() == 2 &&
                      errors->as_array()[0].as_object().at("pointer") == "#/amount",
                  target + ": errors [{detail, pointer}] kept");
            check(c.quirks.contains(pd::quirk::errors_member),
                  target + ": quirk errors_member noticed");
        }
        if (code == 400) {
            json::value const* details = c.problem.extensions.if_contains("extraDetails");
            check(details && details->is_array() && details->as_array().size() == 2 &&
                      details->as_array()[0].as_object().at("name") == "amount",
                  target + ": extraDetails [{name, reason}] kept");
            check(c.quirks.contains(pd::quirk::extra_details),
                  target + ": quirk extra_details noticed");
        }
    }
}

void check_xml(sdk_client& sdk) {
    std::cout
        << "GET /status/{code} with Accept: application/problem+xml: the same problems as XML\n";
    for (int code : {400, 401, 404, 422, 429, 500}) {
        std::string const target = "/status/" + std::to_string(code);
        for (std::string const accept :
             {"application/problem+xml", "application/xml, application/json;q=0.5"}) {
            auto const res = sdk.get(target, accept);
            std::string const& body = res.body();
            check(res.result_int() == static_cast<unsigned>(code) &&
                      to_std(res[http::field::content_type]) == "application/problem+xml" &&
                      to_std(res[http::field::vary]) == "Accept",
                  target + " (Accept: " + accept + "): " + std::to_string(code) +
                      ", Content-Type: application/problem+xml, Vary: Accept");
            check(
                body.starts_with(
                    R"(<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807">)") &&
                    body.ends_with("</problem>") &&
                    body.find("<status>" + std::to_string(code) + "</status>") != std::string::npos,
                target + ": an RFC 9457 XML document with <status>" + std::to_string(code) +
                    "</status>");
        }
    }
    // Nothing acceptable named: JSON anyway.
    auto const res = sdk.get("/status/404", "text/html");
    check(pd::media_kind_of(to_std(res[http::field::content_type])) == pd::media_kind::problem_json,
          "/status/404 (Accept: text/html): JSON, the default");
}

void check_quirks(sdk_client& sdk) {
    std::cout << "GET /quirks/...: what real APIs send\n";
    {
        outcome const o = sdk.call(http::verb::get, "/quirks/status-string");
        check(o.error.has_value(), "status-string: an error");
        if (o.error) {
            auto const& c = *o.error;
            check(c.format == pd::body_format::problem &&
                      c.quirks.contains(pd::quirk::status_as_string),
                  "status-string: a problem with \"status\":\"400\" as a string");
            check(c.problem.status == pd::http_status::bad_request,
                  "status-string: status read as 400");
            check(c.correlation_id == "urn:uuid:123e4567-e89b-12d3-a456-426655440000",
                  "status-string: instance kept for support requests");
            check(o.advice.action == pd::retry_action::fix_request,
                  "status-string: advice: fix the request");
        }
    }
    {
        outcome const o = sdk.call(http::verb::get, "/quirks/gateway-429", {}, {}, 1);
        check(o.error && o.error->format == pd::body_format::gateway,
              "gateway-429: an API gateway body");
        check(o.error &&
                  o.error->problem.detail == "Rate limit is exceeded. Try again in 1 seconds.",
              "gateway-429: its message is the detail");
        check(o.error && o.error->retry_after.empty() && pd::advise_retry(*o.error).delay == 1000ms,
              "gateway-429: no Retry-After, the delay read from the message (1 s)");
    }
}

void check_payments(sdk_client& sdk, std::mt19937_64& rng) {
    std::cout
        << "POST /payments/{scenario}: retried with the same Idempotency-Key, executed once\n";
    std::string const payment = R"({"amount":1000})";

    struct scenario {
        char const* name;
        unsigned first_status;
        std::chrono::milliseconds min_wait;
    };
    for (scenario const s : {scenario{"rate-limited", 429, 1000ms}, scenario{"locked", 423, 0ms},
                             scenario{"flaky", 500, 0ms}}) {
        std::string const key = new_key(rng);
        std::string const name = s.name;
        auto const start = std::chrono::steady_clock::now();
        outcome const o = sdk.call(http::verb::post, "/payments/" + name, payment, key);
        auto const took = std::chrono::steady_clock::now() - start;
        check(o.response.result() == http::status::created, name + ": 201 Created in the end");
        check(o.attempts == 2, name + ": after one retry");
        check(took >= s.min_wait && o.waits.size() == 1 && o.waits.front() >= s.min_wait,
              name + ": waited as advised (at least " + std::to_string(s.min_wait.count()) +
                  " ms)");
        boost::system::error_code ec;
        json::value const created = json::parse(o.response.body(), ec);
        check(!ec && created.is_object() && created.as_object().if_contains("idempotencyKey") &&
                  created.at("idempotencyKey") == key.c_str(),
              name + ": the payment was created for our key");

        json::object const record = server_record(sdk, key);
        check(int_member(record, "requests") == 2,
              name + ": the server saw 2 requests with the same key " + key);
        check(int_member(record, "executions") == 1,
              name + ": and executed the payment exactly once");
        json::value const* statuses = record.if_contains("statuses");
        check(statuses && *statuses == json::array{s.first_status, 201},
              name + ": answered " + std::to_string(s.first_status) + ", then 201");
    }

    {
        // A repeat of a completed request with its key is replayed, not executed.
        std::string const key = new_key(rng);
        outcome const first = sdk.call(http::verb::post, "/payments/ok", payment, key);
        outcome const again = sdk.call(http::verb::post, "/payments/ok", payment, key);
        check(first.response.result() == http::status::created && first.attempts == 1,
              "ok: 201 at once");
        check(again.response.result() == http::status::created &&
                  again.response.body() == first.response.body() &&
                  to_std(again.response["Idempotent-Replayed"]) == "true",
              "ok: the repeat with the same key is replayed");
        json::object const record = server_record(sdk, key);
        check(int_member(record, "requests") == 2 && int_member(record, "executions") == 1,
              "ok: 2 requests, executed once");

        // The same key for another payload: 409, a mistake to fix, not to retry.
        outcome const other = sdk.call(http::verb::post, "/payments/ok", R"({"amount":2000})", key);
        check(other.error && other.error->status == pd::http_status::conflict &&
                  other.advice.action == pd::retry_action::fix_request &&
                  !other.advice.reuse_idempotency_key,
              "ok: the key reused for another payload is 409, fix (with a new key)");
    }
    {
        // Validation: 400 with extraDetails, nothing executed.
        std::string const key = new_key(rng);
        outcome const o = sdk.call(http::verb::post, "/payments/ok", R"({"amount":50})", key);
        check(o.error && o.error->status == pd::http_status::bad_request &&
                  o.error->quirks.contains(pd::quirk::extra_details),
              "invalid amount: 400 with extraDetails");
        json::value const* details =
            o.error ? o.error->problem.extensions.if_contains("extraDetails") : nullptr;
        check(details && details->is_array() && details->as_array().size() == 1 &&
                  details->as_array()[0].as_object().at("reason") ==
                      "Must be a positive integer larger than 100",
              "invalid amount: the reason says what to fix");
        check(o.advice.action == pd::retry_action::fix_request && o.attempts == 1,
              "invalid amount: not retried");
        check(int_member(server_record(sdk, key), "executions") == 0,
              "invalid amount: nothing executed");
    }
    {
        outcome const o = sdk.call(http::verb::post, "/payments/ok", payment);
        check(o.error && o.error->status == pd::http_status::bad_request && o.attempts == 1,
              "no Idempotency-Key: 400, not retried");
    }
}

unsigned short read_port(std::string_view arg) {
    std::string line;
    if (arg == "-") {
        while (std::getline(std::cin, line))
            if (line.starts_with("port="))
                break;
        if (!line.starts_with("port=")) {
            std::fprintf(stderr,
                         "beast_client: no \"port=N\" line on stdin (did the server start?)\n");
            std::exit(2);
        }
        arg = std::string_view(line).substr(5);
    }
    unsigned long port = 0;
    for (char c : arg)
        port = (c >= '0' && c <= '9' && port <= 65535)
                   ? port * 10 + static_cast<unsigned long>(c - '0')
                   : 70000;
    if (arg.empty() || port == 0 || port > 65535) {
        std::fprintf(stderr, "beast_client: not a port: %s\n", std::string(arg).c_str());
        std::exit(2);
    }
    return static_cast<unsigned short>(port);
}

} // namespace

int main(int argc, char** argv) {
    long long deadline_seconds = 30;
    char const* port_arg = nullptr;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--deadline" && i + 1 < argc)
            deadline_seconds = std::atoll(argv[++i]);
        else if (!port_arg)
            port_arg = argv[i];
        else
            port_arg = nullptr, i = argc;
    }
    if (!port_arg || deadline_seconds <= 0) {
        std::fprintf(stderr, "usage: beast_client [--deadline SECONDS] (PORT | -)\n");
        return 2;
    }
    examples::watchdog const guard{std::chrono::seconds(deadline_seconds), "beast_client",
                                   "giving up"};
    unsigned short const port = read_port(port_arg);

    try {
        net::io_context ioc;
        sdk_client sdk(ioc, port);
        std::mt19937_64 rng{std::random_device{}()};
        auto const start = std::chrono::steady_clock::now();

        check_status_catalog(sdk);
        check_xml(sdk);
        check_quirks(sdk);
        check_payments(sdk, rng);

        outcome const bye = sdk.call(http::verb::post, "/shutdown");
        check(bye.response.result() == http::status::no_content, "the server was asked to stop");

        auto const ms = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start);
        std::cout << (failures == 0 ? "all checks passed"
                                    : std::to_string(failures) + " checks FAILED")
                  << " in " << ms.count() << " ms\n";
    } catch (std::exception const& e) {
        std::fprintf(stderr, "beast_client: %s\n", e.what());
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
