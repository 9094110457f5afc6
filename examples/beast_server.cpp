// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// A small payments API on Boost.Beast that answers errors as RFC 9457
// problems with the statuses of the Vipps MobilePay error FAQ, and honours
// Idempotency-Key: a request retried with the same key is executed once.
// Every problem goes out through one call, pd::beast::make_response(req, p),
// whatever kind of problem p is (a problem_builder from make_problem, a
// validation problem builder, a typed problem, a problem_view), as
// application/problem+json or application/problem+xml as the request's
// Accept asks, with Content-Language (and Retry-After, WWW-Authenticate
// where they belong).
//
//   beast_server [--max-requests N] [--deadline SECONDS]
//
// It listens on 127.0.0.1, on a port the system chooses, and prints
// "port=N" on stdout (the only thing it prints there); the log goes to
// stderr. It serves any number of connections at once (keep-alive,
// asynchronous, one thread). Endpoints:
//
//   GET  /status/{400,401,403,404,409,422,423,429,500}
//                               that status as a problem (400 with extraDetails,
//                               401 with WWW-Authenticate, 422 with RFC 9457
//                               "errors", 423 and 429 with Retry-After; 429 is a
//                               typed problem with its own members)
//   GET  /quirks/status-string  the FAQ's example as sent: "status":"400", a string
//   GET  /quirks/gateway-429    an API gateway's rate-limit body, not a problem
//   POST /payments/{scenario}   create a payment; needs an Idempotency-Key and a
//                               JSON body {"amount": N}, N > 100. The scenario
//                               chooses what the first attempt with a key gets:
//                               ok (201), rate-limited (429, Retry-After: 1),
//                               locked (423, Retry-After: 0), flaky (500); later
//                               attempts with the same key create the payment,
//                               once: a repeat replays the stored 201.
//   GET  /idempotency/{key}     what the server saw for a key: requests,
//                               executions, the status of each answer
//   POST /shutdown              answers 204 and stops the server
//
// It stops by itself: after /shutdown (exit 0), after --max-requests
// requests (exit 1), or when --deadline passes (exit 3).

#include "watchdog.hpp"

#include <problem_details/beast.hpp>
#include <problem_details/builder.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/validation_problem.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/describe/class.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pd = problem_details;
namespace http = boost::beast::http;
namespace json = boost::json;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

std::string_view to_std(boost::core::string_view s) {
    return {s.data(), s.size()};
}

/// The FAQ's validation problem (400); add one extraDetails entry per
/// failure with .field(name, reason). Borrows its strings, allocates nothing.
pd::validation_problem_builder<4> faq_validation() {
    pd::validation_problem_builder<4> b;
    b.type("https://developer.vippsmobilepay.com/api-name/v1/validation-error")
        .title("Your request parameters didn't validate.")
        .detail("The request body contains one or more validation errors.");
    return b; // status 400, shape extra_details
}

/// The 429 as a typed problem: its own type URI and members.
struct rate_limited {
    static constexpr std::string_view type_uri = "https://example.com/problems/rate-limited";
    static constexpr pd::http_status default_status = pd::http_status::too_many_requests;
    static constexpr std::string_view title = "Too Many Requests";
    std::int64_t limit = 0;       // requests allowed per window
    std::string_view window = {}; // the window, e.g. "1s"
};
BOOST_DESCRIBE_STRUCT(rate_limited, (), (limit, window))

/// The answers of GET /status/{code}: the FAQ's status table, each status
/// with the kind of problem a server would naturally build for it.
response status_problem(request const& req, int code) {
    namespace beast = pd::beast;
    switch (code) {
    case 400: // a validation problem builder: extraDetails
        return beast::make_response(
            req,
            faq_validation()
                .field("amount", "Must be a positive integer larger than 100")
                .field("URL", "Must use HTTPS and validate according to the API specification"));
    case 401: // a problem_builder (make_problem), with the challenge a 401 must carry
        return beast::make_response(
            req, pd::make_problem(pd::http_status::unauthorized).detail("Invalid credentials."),
            {.www_authenticate = R"(Bearer realm="payments")"});
    case 403:
        return beast::make_response(
            req, pd::make_problem(pd::http_status::forbidden)
                     .detail("Authentication ok, but credentials lack authorization."));
    case 404:
        return beast::make_response(
            req,
            pd::make_problem(pd::http_status::not_found).detail("The resource was not found."));
    case 409:
        return beast::make_response(req, pd::make_problem(pd::http_status::conflict)
                                             .detail("Unsuccessful due to conflicting resource."));
    case 422: { // RFC 9457's "errors" with JSON pointers
        pd::validation_problem_builder<4> b;
        b.status(pd::http_status::unprocessable_content)
            .title("Unprocessable Content")
            .detail("The payment cannot be created as given.")
            .shape(pd::field_errors_shape::errors_pointer)
            .field("amount", "Must be at most the order's total")
            .field("currency", "Must be NOK, DKK or EUR");
        return beast::make_response(req, b);
    }
    case 423:
        return beast::make_response(req,
                                    pd::make_problem(pd::http_status::locked)
                                        .detail("Locked by a transient error, or by calls repeated "
                                                "within a very short time frame. "
                                                "Retry with the same Idempotency-Key."),
                                    {.retry_after = std::chrono::seconds(1)});
    case 429: { // a typed problem: no allocation but the response's
        pd::typed_problem_view<rate_limited> p;
        p.detail = "Rate limited. Retry after the delay with the same Idempotency-Key.";
        p.ext.limit = 10;
        p.ext.window = "1s";
        return beast::make_response(req, p, {.retry_after = std::chrono::seconds(1)});
    }
    case 500: { // a problem_view over string literals: nothing owned
        pd::problem_view p;
        p.status = pd::http_status::internal_server_error;
        p.title = "Internal Server Error";
        p.detail = "An internal problem on our side.";
        return beast::make_response(req, p);
    }
    default:
        return beast::make_response(
            req, pd::make_problem(pd::http_status::not_found)
                     .detail("No example for status " + std::to_string(code) + "."));
    }
}

/// What the server saw for one Idempotency-Key.
struct key_record {
    std::string target;                 // the endpoint the key was first used on
    std::string body;                   // the request body the key was first used with
    unsigned requests = 0;              // requests carrying the key
    unsigned executions = 0;            // payments created for the key (must stay at most 1)
    std::vector<unsigned> statuses;     // the answer to each request
    std::optional<std::string> created; // the stored 201 body, replayed to repeats
};

class payments_api {
public:
    /// Answers one request; sets `stop` when the server should stop after it.
    response handle(request const& req, bool& stop) {
        std::string_view const target = to_std(req.target());
        if (target.starts_with("/status/") && req.method() == http::verb::get)
            return status_endpoint(req, target.substr(8));
        if (target == "/quirks/status-string" && req.method() == http::verb::get) {
            // Written by hand, as the FAQ shows it: the status as a string.
            response res{http::status::bad_request, req.version()};
            res.set(http::field::content_type, "application/problem+json");
            res.set(http::field::content_language, "en");
            res.body() =
                R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
                R"("title":"Your request parameters didn't validate.",)"
                R"("detail":"The request body contains one or more validation errors.",)"
                R"("instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000","status":"400",)"
                R"("extraDetails":[{"name":"amount","reason":"Must be a positive integer larger than 100"}]})";
            return finish(req, std::move(res));
        }
        if (target == "/quirks/gateway-429" && req.method() == http::verb::get) {
            // What the API gateway in front of the API sends: not a problem.
            response res{http::status::too_many_requests, req.version()};
            res.set(http::field::content_type, "application/json");
            res.body() =
                R"({ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 1 seconds." })";
            return finish(req, std::move(res));
        }
        if (target.starts_with("/payments/") && req.method() == http::verb::post)
            return payments_endpoint(req, target.substr(10));
        if (target.starts_with("/idempotency/") && req.method() == http::verb::get)
            return idempotency_endpoint(req, target.substr(13));
        if (target == "/shutdown" && req.method() == http::verb::post) {
            stop = true;
            response res{http::status::no_content, req.version()};
            res.keep_alive(false);
            return res;
        }
        return pd::beast::make_response(req, pd::make_problem(pd::http_status::not_found)
                                                 .detail("No endpoint " +
                                                         std::string(to_std(req.method_string())) +
                                                         " " + std::string(target) + "."));
    }

    /// Every key's record holds at most one execution.
    bool executed_at_most_once() const {
        for (auto const& [key, r] : keys_)
            if (r.executions > 1)
                return false;
        return true;
    }

private:
    static response finish(request const& req, response res) {
        res.keep_alive(req.keep_alive());
        res.prepare_payload();
        return res;
    }

    static response status_endpoint(request const& req, std::string_view code_text) {
        int code = 0;
        for (char c : code_text)
            code = (c >= '0' && c <= '9' && code < 1000) ? code * 10 + (c - '0') : 10000;
        return status_problem(req, code);
    }

    response payments_endpoint(request const& req, std::string_view scenario) {
        if (scenario != "ok" && scenario != "rate-limited" && scenario != "locked" &&
            scenario != "flaky")
            return pd::beast::make_response(
                req, pd::make_problem(pd::http_status::not_found)
                         .detail("No payment scenario " + std::string(scenario) + "."));
        std::string const key(to_std(req["Idempotency-Key"]));
        if (key.empty())
            return pd::beast::make_response(
                req, faq_validation().field("Idempotency-Key",
                                            "The header is required: it makes retries safe."));

        key_record& r = keys_[key];
        if (r.requests == 0) {
            r.target = std::string(to_std(req.target()));
            r.body = req.body();
        }
        ++r.requests;
        response res = payment_answer(req, scenario, key, r);
        r.statuses.push_back(res.result_int());
        std::fprintf(stderr,
                     "beast_server: POST %s Idempotency-Key=%s request %u -> %u (executions %u)\n",
                     r.target.c_str(), key.c_str(), r.requests, res.result_int(), r.executions);
        return res;
    }

    response payment_answer(request const& req, std::string_view scenario, std::string const& key,
                            key_record& r) {
        // The same key for another request is a mistake, not a retry.
        if (r.target != to_std(req.target()) || r.body != req.body()) {
            return pd::beast::make_response(
                req,
                pd::make_problem(pd::http_status::conflict)
                    .detail(
                        "This Idempotency-Key was used for another request. Use a new key for a "
                        "new request.")
                    .extension("idempotencyKey", key));
        }
        if (r.created) { // done before: replay, do not execute again
            response res{http::status::created, req.version()};
            res.set(http::field::content_type, "application/json");
            res.set("Idempotent-Replayed", "true");
            res.body() = *r.created;
            return finish(req, std::move(res));
        }

        // Validate the request.
        boost::system::error_code ec;
        json::value const body = json::parse(req.body(), ec);
        json::value const* amount =
            (!ec && body.is_object()) ? body.as_object().if_contains("amount") : nullptr;
        if (!amount || !amount->is_int64() || amount->as_int64() <= 100)
            return pd::beast::make_response(
                req,
                faq_validation().field("amount", "Must be a positive integer larger than 100"));

        // The first attempt of a scenario fails the way the scenario says.
        if (r.requests == 1) {
            if (scenario == "rate-limited")
                return pd::beast::make_response(
                    req,
                    pd::make_problem(pd::http_status::too_many_requests)
                        .detail(
                            "Rate limited. Retry after the delay with the same Idempotency-Key."),
                    {.retry_after = std::chrono::seconds(1)});
            if (scenario == "locked")
                return pd::beast::make_response(
                    req,
                    pd::make_problem(pd::http_status::locked)
                        .detail(
                            "Locked by a transient error. Retry with the same Idempotency-Key."),
                    {.retry_after = std::chrono::seconds(0)});
            if (scenario == "flaky")
                return pd::beast::make_response(
                    req,
                    pd::make_problem(pd::http_status::internal_server_error)
                        .detail("A glitch in the test environment's database. Retry the request."));
        }

        // Execute: create the payment, once per key.
        ++r.executions;
        ++payments_created_;
        json::object created{{"paymentId", "payment-" + std::to_string(payments_created_)},
                             {"amount", amount->as_int64()},
                             {"idempotencyKey", key}};
        r.created = json::serialize(created);
        response res{http::status::created, req.version()};
        res.set(http::field::content_type, "application/json");
        res.set(http::field::location, "/payments/" + std::to_string(payments_created_));
        res.body() = *r.created;
        return finish(req, std::move(res));
    }

    response idempotency_endpoint(request const& req, std::string_view key) const {
        auto const it = keys_.find(std::string(key));
        if (it == keys_.end())
            return pd::beast::make_response(
                req, pd::make_problem(pd::http_status::not_found)
                         .detail("No request was seen with this Idempotency-Key."));
        json::array statuses;
        for (unsigned s : it->second.statuses)
            statuses.push_back(s);
        json::object o{{"idempotencyKey", it->first},
                       {"target", it->second.target},
                       {"requests", it->second.requests},
                       {"executions", it->second.executions},
                       {"statuses", std::move(statuses)}};
        response res{http::status::ok, req.version()};
        res.set(http::field::content_type, "application/json");
        res.body() = json::serialize(o);
        return finish(req, std::move(res));
    }

    std::map<std::string, key_record, std::less<>> keys_;
    unsigned payments_created_ = 0;
};

/// The server: accepts connections and serves each one's requests in turn
/// (keep-alive), all connections at once, asynchronously on one thread.
class server {
public:
    server(net::io_context& ioc, unsigned long max_requests)
        : ioc_(ioc), acceptor_(ioc, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0)),
          max_requests_(max_requests) {}

    unsigned short port() const { return acceptor_.local_endpoint().port(); }
    void start() { accept(); }

    /// Answers one request, counted.
    response handle(request const& req) {
        ++requests_;
        bool stop = false;
        response res = api_.handle(req, stop);
        if (stop)
            shutdown_ = true;
        return res;
    }
    bool stopping() const { return shutdown_ || requests_ >= max_requests_; }
    /// Stops accepting and ends `run()`: connections still open are dropped.
    void stop() {
        boost::beast::error_code ec;
        acceptor_.close(ec);
        ioc_.stop();
    }

    bool shut_down() const { return shutdown_; }
    unsigned long requests() const { return requests_; }
    payments_api const& api() const { return api_; }

private:
    void accept();

    net::io_context& ioc_;
    tcp::acceptor acceptor_;
    payments_api api_;
    unsigned long max_requests_;
    unsigned long requests_ = 0;
    bool shutdown_ = false;
};

/// One connection: read a request, write its answer, again while keep-alive.
class session : public std::enable_shared_from_this<session> {
public:
    session(tcp::socket socket, server& srv) : socket_(std::move(socket)), server_(srv) {}

    void read() {
        req_ = {};
        http::async_read(socket_, buffer_, req_,
                         [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                             self->on_read(ec);
                         });
    }

private:
    void on_read(boost::beast::error_code ec) {
        if (ec || server_.stopping()) { // end_of_stream: the client closed; anything else: drop it
            close();
            return;
        }
        res_ = server_.handle(req_);
        http::async_write(socket_, res_,
                          [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                              self->on_write(ec);
                          });
    }

    void on_write(boost::beast::error_code ec) {
        if (server_.stopping()) {
            close();
            server_.stop();
            return;
        }
        if (ec || !res_.keep_alive()) {
            close();
            return;
        }
        read();
    }

    void close() {
        boost::beast::error_code ec;
        socket_.shutdown(tcp::socket::shutdown_send, ec);
    }

    tcp::socket socket_;
    server& server_;
    boost::beast::flat_buffer buffer_;
    request req_;
    response res_;
};

void server::accept() {
    acceptor_.async_accept([this](boost::beast::error_code ec, tcp::socket socket) {
        if (ec) // the acceptor was closed: stopping
            return;
        std::make_shared<session>(std::move(socket), *this)->read();
        accept();
    });
}

unsigned long parse_number(char const* text, char const* what) {
    char* end = nullptr;
    unsigned long const n = std::strtoul(text, &end, 10);
    if (end == text || *end != '\0' || n == 0) {
        std::fprintf(stderr, "beast_server: %s must be a positive number\n", what);
        std::exit(2);
    }
    return n;
}

} // namespace

int main(int argc, char** argv) {
    unsigned long max_requests = 200;
    unsigned long deadline_seconds = 30;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--max-requests" && i + 1 < argc)
            max_requests = parse_number(argv[++i], "--max-requests");
        else if (arg == "--deadline" && i + 1 < argc)
            deadline_seconds = parse_number(argv[++i], "--deadline");
        else {
            std::fprintf(stderr, "usage: beast_server [--max-requests N] [--deadline SECONDS]\n");
            return 2;
        }
    }
    // The server must stop by itself even if its client never comes.
    examples::watchdog const guard{std::chrono::seconds(static_cast<long long>(deadline_seconds)),
                                   "beast_server", "stopping"};

    try {
        net::io_context ioc{1};
        server srv(ioc, max_requests);
        std::printf("port=%u\n", static_cast<unsigned>(srv.port()));
        std::fflush(stdout);
        std::fprintf(stderr, "beast_server: listening on 127.0.0.1:%u\n",
                     static_cast<unsigned>(srv.port()));
        srv.start();
        ioc.run();

        if (!srv.api().executed_at_most_once()) {
            std::fprintf(stderr,
                         "beast_server: a payment was executed twice for one Idempotency-Key\n");
            return 1;
        }
        if (!srv.shut_down()) {
            std::fprintf(stderr, "beast_server: stopped after %lu requests without /shutdown\n",
                         srv.requests());
            return 1;
        }
        std::fprintf(stderr, "beast_server: shut down after %lu requests\n", srv.requests());
        return 0;
    } catch (std::exception const& e) {
        std::fprintf(stderr, "beast_server: %s\n", e.what());
        return 1;
    }
}
