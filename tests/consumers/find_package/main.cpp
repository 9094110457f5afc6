// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// A program outside the project, built against an installed (find_package,
// pkg-config) or vendored (add_subdirectory) problem_details.
#include <problem_details/problem_details.hpp>

#ifdef PROBLEM_DETAILS_CONSUMER_BOOST_JSON_SRC
// Header-only Boost.JSON: exactly one TU of the program holds its implementation.
#include <boost/json/src.hpp>
#endif

#include <boost/json/error.hpp>

#include <cstdio>
#include <string_view>

int main() {
    namespace pd = problem_details;
    pd::error_code const ec = pd::error::syntax;
    std::printf("problem_details %s: %s\n", PROBLEM_DETAILS_VERSION_STRING, ec.message().c_str());
#ifdef PROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION
    // The package's version (CMake config or .pc file) is the headers' version.
    std::string_view const expected = PROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION;
    if (expected != PROBLEM_DETAILS_VERSION_STRING) {
        std::printf("package version %s != header version %s\n",
                    PROBLEM_DETAILS_CONSUMER_EXPECTED_VERSION, PROBLEM_DETAILS_VERSION_STRING);
        return 1;
    }
#endif
    // Needs Boost.JSON's compiled part (its condition category): proves the link.
    bool ok = ec == pd::condition::malformed_json && ec == boost::json::condition::parse_error;
    // The library's main job, end to end: read a problem, write it back.
    auto const p = pd::parse(R"({"title":"Locked","status":423,"x":[1]})");
    ok = ok && p && p->status == pd::http_status::locked &&
         pd::to_json(*p) == R"({"type":"about:blank","status":423,"title":"Locked","x":[1]})";
    std::printf("%s\n", ok ? "consumer ok" : "consumer FAILED");
    return ok ? 0 : 1;
}
