// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// A bounded loopback load test of examples/beast_server.cpp: it starts the
// server (which listens on 127.0.0.1 only, on a port the system chooses),
// sends a fixed number of requests over keep-alive connections, each
// connection on its own thread, and reads every answer back:
//
//   - the mix: 400 (a validation builder, extraDetails), 404 (make_problem,
//     an unknown endpoint), 422 (RFC 9457 "errors"), 429 (a typed problem,
//     Retry-After) and 500 (a problem_view), each asked for as JSON and as
//     XML through different Accept headers (the problem types, */*,
//     application/json, application/xml, text/xml, q-values, none);
//   - every answer is checked: the status, the Content-Type the Accept asked
//     for, keep-alive, Retry-After on the 429; a JSON body is parsed back
//     (parse_view, strict about the status) and an XML body checked well
//     formed (balanced elements under one <problem xmlns="urn:ietf:rfc:7807">
//     root, only the five predefined entities and character references),
//     both for the members they must hold;
//   - it reports requests per second, the p50/p99/max latency of a request
//     (write to last byte read, as the client sees it), and the server's
//     resident memory (VmRSS from /proc/PID/status) at start, after the
//     first tenth of the requests (warm) and at the end;
//   - then it stops the server (POST /shutdown): the server must have
//     answered exactly the requests sent and exit with 0.
//
//   beast_load --server PATH [--requests N] [--connections C] [--deadline S]
//              [--max-rss-growth-kb K]
//
// Exit status 0 when no answer failed or was malformed, every request was
// answered before the deadline, the server exited cleanly and its VmRSS
// grew by at most K kB (default 2048) from the warm sample to the end; 1
// otherwise; 2 for a usage error; 3 when the watchdog ends it (deadline + 10 s).
// bench/beast_load.sh runs it at full size (20,000 requests, 32
// connections); the test bench_beast_load runs 2,000.

#include "watchdog.hpp"

#include <problem_details/http_status.hpp>
#include <problem_details/parse.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

extern "C" char** environ;

namespace pd = problem_details;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using clock_type = std::chrono::steady_clock;

namespace {

constexpr std::string_view json_type = "application/problem+json";
constexpr std::string_view xml_type = "application/problem+xml";

/// One kind of request of the mix, and what its answer must be.
struct request_case {
    char const* target;
    char const* accept; // empty: no Accept field
    unsigned status;
    bool xml;
    char const* must_hold; // a piece of the body that shows the right problem
};

constexpr std::array<request_case, 10> mix{{
    {"/status/400", "application/problem+json", 400, false, R"("extraDetails":[{"name":"amount")"},
    {"/status/400", "application/problem+xml", 400, true, "<extraDetails><i><name>amount</name>"},
    {"/no/such/endpoint", "application/json", 404, false,
     R"("detail":"No endpoint GET /no/such/endpoint.")"},
    {"/no/such/endpoint", "application/xml", 404, true,
     "<detail>No endpoint GET /no/such/endpoint.</detail>"},
    {"/status/422", "application/problem+json, application/problem+xml;q=0.5", 422, false,
     R"("errors":[{"detail":)"},
    {"/status/422", "application/json;q=0.4, application/problem+xml", 422, true,
     "<errors><i><detail>"},
    {"/status/429", "*/*", 429, false, R"("limit":10,"window":"1s")"},
    {"/status/429", "text/xml", 429, true, "<limit>10</limit><window>1s</window>"},
    {"/status/500", "", 500, false, R"("title":"Internal Server Error")"},
    {"/status/500", "application/problem+xml, */*;q=0.1", 500, true,
     "<title>Internal Server Error</title>"},
}};

std::string_view to_std(boost::core::string_view s) {
    return {s.data(), s.size()};
}

/// Whether `s` is a well-formed XML problem document as far as a problem
/// needs: an optional declaration, then one element `<problem
/// xmlns="urn:ietf:rfc:7807">` holding balanced elements (no attributes
/// below the root) and text whose `&` starts one of the five predefined
/// entities or a character reference; nothing after the root.
bool xml_well_formed(std::string_view s) {
    constexpr std::string_view decl = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    constexpr std::string_view root = R"(<problem xmlns="urn:ietf:rfc:7807">)";
    if (s.starts_with(decl))
        s.remove_prefix(decl.size());
    if (!s.starts_with(root))
        return false;
    s.remove_prefix(root.size());
    std::array<std::string_view, 64> stack;
    std::size_t depth = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        char const c = s[i];
        if (c == '<') {
            std::size_t const end = s.find('>', i);
            if (end == std::string_view::npos)
                return false;
            std::string_view tag = s.substr(i + 1, end - i - 1);
            i = end + 1;
            bool const closing = tag.starts_with('/');
            if (closing)
                tag.remove_prefix(1);
            if (tag.empty())
                return false;
            for (char const t : tag) {
                auto const u = static_cast<unsigned char>(t);
                bool const name_char = (t >= 'a' && t <= 'z') || (t >= 'A' && t <= 'Z') ||
                                       (t >= '0' && t <= '9') || t == '_' || t == '-' || t == '.' ||
                                       u >= 0x80;
                if (!name_char)
                    return false;
            }
            if (!closing) {
                if (depth == stack.size())
                    return false;
                stack[depth++] = tag;
                continue;
            }
            if (depth == 0) // the root's end tag
                return tag == "problem" && i == s.size();
            if (stack[--depth] != tag)
                return false;
            continue;
        }
        if (c == '&') {
            std::size_t const semi = s.find(';', i);
            if (semi == std::string_view::npos || semi - i > 10)
                return false;
            std::string_view const ref = s.substr(i + 1, semi - i - 1);
            bool const ok = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" ||
                            ref == "apos" || (ref.size() > 2 && ref[0] == '#' && ref[1] == 'x') ||
                            (ref.size() > 1 && ref[0] == '#' && ref[1] >= '0' && ref[1] <= '9');
            if (!ok)
                return false;
            i = semi + 1;
            continue;
        }
        auto const u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        ++i;
    }
    return false; // no end tag of the root
}

/// The checker itself must tell a broken document from a good one.
bool xml_checker_works() {
    constexpr std::string_view good =
        R"(<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type>)"
        R"(<status>404</status><title>A &amp; B &#xD;</title><x><i>1</i><i></i></x></problem>)";
    constexpr std::string_view bad[] = {
        R"(<problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type>)", // unclosed root
        R"(<problem xmlns="urn:ietf:rfc:7807"><a><b></a></b></problem>)", // crossed
        R"(<problem xmlns="urn:ietf:rfc:7807"><a>x & y</a></problem>)",   // a bare &
        R"(<problem xmlns="urn:ietf:rfc:7807"><a>1</a></problem><b/>)",   // after the root
        R"(<problem><a>1</a></problem>)",                                 // no namespace
        R"(<problem xmlns="urn:ietf:rfc:7807"><a x="1">1</a></problem>)", // an attribute
        "<problem xmlns=\"urn:ietf:rfc:7807\"><a>\x01</a></problem>",     // a control
    };
    if (!xml_well_formed(good))
        return false;
    for (auto const b : bad)
        if (xml_well_formed(b))
            return false;
    return true;
}

/// What went wrong, printed for the first few failures.
class failure_log {
public:
    void add(std::string const& what) {
        std::lock_guard lock(mutex_);
        if (printed_++ < 10)
            std::fprintf(stderr, "beast_load: %s\n", what.c_str());
    }

private:
    std::mutex mutex_;
    unsigned printed_ = 0;
};

/// Checks one answer; an empty string when it is right.
std::string check_answer(request_case const& c, http::response<http::string_body> const& res,
                         std::array<char, 8192>& scratch) {
    std::string const label = std::string(c.target) + " (Accept: " + c.accept + ")";
    if (res.result_int() != c.status)
        return label + ": status " + std::to_string(res.result_int());
    std::string_view const type = to_std(res[http::field::content_type]);
    if (type != (c.xml ? xml_type : json_type))
        return label + ": Content-Type " + std::string(type);
    if (!res.keep_alive())
        return label + ": not keep-alive";
    if (c.status == 429 && to_std(res[http::field::retry_after]) != "1")
        return label + ": no Retry-After: 1";
    std::string const& body = res.body();
    if (body.find(c.must_hold) == std::string::npos)
        return label + ": malformed: the body lacks " + c.must_hold;
    if (c.xml) {
        if (!xml_well_formed(body))
            return label + ": malformed XML: " + body;
        if (body.find("<status>" + std::to_string(c.status) + "</status>") == std::string::npos)
            return label + ": malformed: no <status> element";
    } else {
        auto const v = pd::parse_view(body, scratch, {.mode = pd::parse_mode::strict});
        if (!v)
            return label + ": malformed JSON (" + v.error().message() + "): " + body;
        if (v->status != pd::to_status(static_cast<int>(c.status)))
            return label + ": malformed: the body's status differs";
    }
    return {};
}

/// One keep-alive connection to the server.
struct connection {
    explicit connection(net::io_context& ioc) : socket(ioc) {}
    tcp::socket socket;
    boost::beast::flat_buffer buffer;
};

struct totals {
    std::atomic<std::size_t> next{0};      // the next request's index
    std::atomic<std::size_t> answered{0};  // answered and right
    std::atomic<std::size_t> failed{0};    // I/O error, wrong status or header
    std::atomic<std::size_t> malformed{0}; // a body that does not read back
};

/// Sends requests [totals.next, end) over `conn` until none is left, the
/// deadline passes or the connection fails; records each latency.
void drive(connection& conn, std::size_t end, clock_type::time_point deadline, totals& t,
           std::vector<std::uint32_t>& latencies_us, failure_log& log) {
    std::array<char, 8192> scratch;
    for (;;) {
        std::size_t const i = t.next.fetch_add(1);
        if (i >= end)
            return;
        if (clock_type::now() > deadline) {
            t.failed.fetch_add(1);
            log.add("deadline passed");
            return;
        }
        request_case const& c = mix[i % mix.size()];
        http::request<http::empty_body> req{http::verb::get, c.target, 11};
        req.set(http::field::host, "127.0.0.1");
        if (*c.accept)
            req.set(http::field::accept, c.accept);
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024);
        boost::beast::error_code ec;
        auto const start = clock_type::now();
        http::write(conn.socket, req, ec);
        if (!ec)
            http::read(conn.socket, conn.buffer, parser, ec);
        auto const took = clock_type::now() - start;
        if (ec) {
            t.failed.fetch_add(1);
            log.add(std::string(c.target) + ": " + ec.message());
            return; // this connection is done; the others take the rest
        }
        latencies_us.push_back(static_cast<std::uint32_t>(
            std::chrono::duration_cast<std::chrono::microseconds>(took).count()));
        std::string const wrong = check_answer(c, parser.get(), scratch);
        if (wrong.empty())
            t.answered.fetch_add(1);
        else if (wrong.find("malformed") != std::string::npos)
            t.malformed.fetch_add(1), log.add(wrong);
        else
            t.failed.fetch_add(1), log.add(wrong);
    }
}

/// The server's resident memory in kB (VmRSS), -1 when unreadable.
long vm_rss_kb(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmRSS:"))
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

/// Starts the server with its stdout on a pipe; reads its "port=N" line.
pid_t start_server(std::string const& path, std::size_t max_requests, long deadline_s,
                   unsigned short& port) {
    int fds[2];
    if (::pipe(fds) != 0)
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::string max_arg = std::to_string(max_requests), deadline_arg = std::to_string(deadline_s);
    std::string program = path, max_flag = "--max-requests", deadline_flag = "--deadline";
    char* argv[] = {program.data(),       max_flag.data(),     max_arg.data(),
                    deadline_flag.data(), deadline_arg.data(), nullptr};
    pid_t pid = -1;
    int const rc = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return -1;
    }
    std::string line;
    char ch = 0;
    while (::read(fds[0], &ch, 1) == 1 && ch != '\n')
        line += ch;
    ::close(fds[0]);
    unsigned long n = 0;
    if (line.starts_with("port="))
        n = std::strtoul(line.c_str() + 5, nullptr, 10);
    if (n == 0 || n > 65535) {
        ::kill(pid, SIGTERM);
        ::waitpid(pid, nullptr, 0);
        return -1;
    }
    port = static_cast<unsigned short>(n);
    return pid;
}

double percentile_ms(std::vector<std::uint32_t> const& sorted, double q) {
    if (sorted.empty())
        return 0;
    auto const index = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)] / 1000.0;
}

unsigned long number_arg(char const* text, char const* what) {
    char* end = nullptr;
    unsigned long const n = std::strtoul(text, &end, 10);
    if (end == text || *end != '\0' || n == 0) {
        std::fprintf(stderr, "beast_load: %s must be a positive number\n", what);
        std::exit(2);
    }
    return n;
}

} // namespace

int main(int argc, char** argv) {
    std::string server_path;
    std::size_t requests = 20000;
    std::size_t connections = 32;
    long deadline_s = 60;
    long max_growth_kb = 2048;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--server" && i + 1 < argc)
            server_path = argv[++i];
        else if (arg == "--requests" && i + 1 < argc)
            requests = number_arg(argv[++i], "--requests");
        else if (arg == "--connections" && i + 1 < argc)
            connections = number_arg(argv[++i], "--connections");
        else if (arg == "--deadline" && i + 1 < argc)
            deadline_s = static_cast<long>(number_arg(argv[++i], "--deadline"));
        else if (arg == "--max-rss-growth-kb" && i + 1 < argc)
            max_growth_kb = static_cast<long>(number_arg(argv[++i], "--max-rss-growth-kb"));
        else
            server_path.clear(), i = argc;
    }
    if (server_path.empty() || connections > requests) {
        std::fprintf(
            stderr,
            "usage: beast_load --server PATH [--requests N] [--connections C] [--deadline S] "
            "[--max-rss-growth-kb K]\n");
        return 2;
    }
    if (!xml_checker_works()) {
        std::fprintf(stderr, "beast_load: the XML checker accepts a broken document\n");
        return 1;
    }
    // It stops by itself: the requests stop at the deadline, the watchdog
    // ends the process 10 s later if a read hangs; the server has its own.
    examples::watchdog const guard{std::chrono::seconds(deadline_s + 10), "beast_load",
                                   "giving up"};
    auto const deadline = clock_type::now() + std::chrono::seconds(deadline_s);

    // Exactly the requests sent, then POST /shutdown: one more is an error.
    unsigned short port = 0;
    pid_t const server = start_server(server_path, requests + 1, deadline_s + 5, port);
    if (server < 0) {
        std::fprintf(stderr, "beast_load: cannot start %s\n", server_path.c_str());
        return 1;
    }
    long const rss_start = vm_rss_kb(server);

    net::io_context ioc;
    tcp::endpoint const endpoint(net::ip::make_address("127.0.0.1"), port);
    std::vector<std::unique_ptr<connection>> conns;
    failure_log log;
    totals t;
    try {
        for (std::size_t i = 0; i < connections; ++i) {
            conns.push_back(std::make_unique<connection>(ioc));
            conns.back()->socket.connect(endpoint);
            conns.back()->socket.set_option(tcp::no_delay(true));
        }
    } catch (std::exception const& e) {
        std::fprintf(stderr, "beast_load: connecting to 127.0.0.1:%u: %s\n", port, e.what());
        ::kill(server, SIGTERM);
        ::waitpid(server, nullptr, 0);
        return 1;
    }

    // Two phases over the same connections: the first tenth warms the
    // server up; its memory is sampled between them and at the end.
    std::vector<std::vector<std::uint32_t>> latencies(connections);
    for (auto& l : latencies)
        l.reserve(requests / connections + 2);
    auto run = [&](std::size_t end) {
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < connections; ++i)
            threads.emplace_back([&, i] { drive(*conns[i], end, deadline, t, latencies[i], log); });
        for (auto& th : threads)
            th.join();
    };
    std::size_t const warm = std::max<std::size_t>(requests / 10, connections);
    auto const start = clock_type::now();
    run(warm);
    long const rss_warm = vm_rss_kb(server);
    t.next.store(warm); // the indices past `warm` drawn in the first phase were not sent
    run(requests);
    double const seconds = std::chrono::duration<double>(clock_type::now() - start).count();
    long const rss_end = vm_rss_kb(server);

    // Stop the server; it must have seen exactly requests + 1 requests.
    bool shutdown_ok = false;
    try {
        http::request<http::empty_body> bye{http::verb::post, "/shutdown", 11};
        bye.set(http::field::host, "127.0.0.1");
        http::write(conns.front()->socket, bye);
        http::response<http::string_body> res;
        http::read(conns.front()->socket, conns.front()->buffer, res);
        shutdown_ok = res.result() == http::status::no_content;
    } catch (std::exception const& e) {
        std::fprintf(stderr, "beast_load: POST /shutdown: %s\n", e.what());
    }
    conns.clear();
    int wstatus = 0;
    ::waitpid(server, &wstatus, 0);
    bool const server_ok = WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;

    std::vector<std::uint32_t> all;
    all.reserve(requests);
    for (auto const& l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());

    std::size_t const answered = t.answered.load(), failed = t.failed.load(),
                      malformed = t.malformed.load();
    std::size_t const missing = requests - std::min(requests, answered + failed + malformed);
    long const growth = rss_end - rss_warm;
    std::printf("beast_load: %zu requests (400, 404, 422, 429, 500 problems; JSON and XML by "
                "Accept) over %zu "
                "keep-alive connections to 127.0.0.1\n",
                requests, connections);
    std::printf("beast_load: %zu answered and checked, %zu failed, %zu malformed, %zu not sent\n",
                answered, failed, malformed, missing);
    std::printf("beast_load: %.3f s, %.0f requests/s\n", seconds,
                static_cast<double>(all.size()) / seconds);
    std::printf("beast_load: latency p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                percentile_ms(all, 0.50), percentile_ms(all, 0.99),
                all.empty() ? 0.0 : all.back() / 1000.0);
    std::printf("beast_load: server VmRSS %ld kB at start, %ld kB after %zu requests, %ld kB after "
                "%zu (%+ld kB)\n",
                rss_start, rss_warm, warm, rss_end, requests, growth);
    std::printf("beast_load: server %s after POST /shutdown\n",
                shutdown_ok && server_ok ? "answered 204 and exited with 0"
                                         : "did NOT stop cleanly");

    bool const ok = answered == requests && failed == 0 && malformed == 0 && shutdown_ok &&
                    server_ok && rss_start > 0 && rss_end > 0 && growth <= max_growth_kb;
    if (growth > max_growth_kb)
        std::printf("beast_load: VmRSS grew by %ld kB, more than %ld kB\n", growth, max_growth_kb);
    std::printf("beast_load: %s\n", ok ? "OK" : "FAILED");
    return ok ? 0 : 1;
}
