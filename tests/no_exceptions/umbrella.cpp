// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Built with -fno-exceptions (tests/CMakeLists.txt): the umbrella header
// compiles without exceptions (it leaves out exception_mapping.hpp, which
// maps C++ exceptions and needs them), and the non-throwing functions work.
// As with every Boost library under BOOST_NO_EXCEPTIONS, a program that may
// reach a throwing function (to_json, parse into an owning problem on
// std::bad_alloc, value_to) defines boost::throw_exception; this one aborts.

#include <problem_details/problem_details.hpp>

#include <boost/assert/source_location.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#ifdef __cpp_exceptions
#error "this test must be compiled with exceptions disabled (-fno-exceptions)"
#endif

// Declared [[noreturn]] by Boost (BOOST_NORETURN); defined here.
namespace boost {
void throw_exception(std::exception const& e) {
    std::fprintf(stderr, "throw_exception: %s\n", e.what());
    std::abort();
}
void throw_exception(std::exception const& e, boost::source_location const&) {
    throw_exception(e);
}
} // namespace boost

namespace pd = problem_details;

int main() {
    int passed = 0, failed = 0;
    auto check = [&](bool ok, char const* what) {
        ok ? ++passed : ++failed;
        if (!ok)
            std::printf("FAILED: %s\n", what);
    };

    char scratch[4096];
    // Classification of a gateway body, without allocating or throwing.
    pd::response_view const response{
        .status = pd::http_status{429},
        .content_type = "application/json",
        .body =
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 7 seconds."})"};
    auto const c = pd::classify_view(response, scratch);
    check(c.has_value(), "classify_view of a gateway 429");

    // An owning problem and to_json: no exception is thrown for valid input.
    auto const p = pd::parse(
        R"({"type":"https://example.com/out-of-credit","status":403,"title":"Out of credit"})");
    check(p.has_value() && p->status == pd::http_status{403}, "parse into an owning problem");
    if (p)
        check(pd::to_json(*p).find("out-of-credit") != std::string::npos, "to_json");

    // A problem written from a builder into a buffer.
    char out[512];
    pd::problem const built = pd::make_problem(pd::http_status{404}).detail("no such order");
    auto const n = pd::serialize(built, out);
    check(n.has_value() &&
              std::string_view(out, *n).find("\"status\":404") != std::string_view::npos,
          "serialize a built problem");

    std::printf("no_exceptions umbrella\n%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
