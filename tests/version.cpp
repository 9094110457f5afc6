// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// The version is written once, in version.hpp; everything that repeats it
// must agree: the CMake project, meson.build, the vcpkg port's vcpkg.json and
// the newest CHANGELOG.md entry.

// The header under test comes first: it must be self-contained.
#include <problem_details/version.hpp>

#define BOOST_TEST_MODULE version
#include <boost/test/unit_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <stdexcept>
#include <string>

#ifndef PROBLEM_DETAILS_SOURCE_DIR
#error "the build defines PROBLEM_DETAILS_SOURCE_DIR (the repository)"
#endif

namespace {

std::string const header_version = PROBLEM_DETAILS_VERSION_STRING;

std::string read_source_file(char const* relative) {
    auto const path = std::filesystem::path(PROBLEM_DETAILS_SOURCE_DIR) / relative;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The first match of `pattern`'s group 1 in `text`, or "" if none.
std::string first_match(std::string const& text, char const* pattern) {
    std::smatch m;
    if (!std::regex_search(text, m, std::regex(pattern)))
        return {};
    return m[1].str();
}

} // namespace

BOOST_AUTO_TEST_CASE(macros_agree) {
    static_assert(PROBLEM_DETAILS_VERSION == PROBLEM_DETAILS_VERSION_MAJOR * 10000 +
                                                 PROBLEM_DETAILS_VERSION_MINOR * 100 +
                                                 PROBLEM_DETAILS_VERSION_PATCH);
    static_assert(PROBLEM_DETAILS_VERSION_MINOR < 100 && PROBLEM_DETAILS_VERSION_PATCH < 100,
                  "PROBLEM_DETAILS_VERSION packs minor and patch into two digits each");
    BOOST_TEST(header_version == std::to_string(PROBLEM_DETAILS_VERSION_MAJOR) + "." +
                                     std::to_string(PROBLEM_DETAILS_VERSION_MINOR) + "." +
                                     std::to_string(PROBLEM_DETAILS_VERSION_PATCH));
}

BOOST_AUTO_TEST_CASE(cmake_project) {
#ifdef PROBLEM_DETAILS_CMAKE_PROJECT_VERSION
    // Built by CMake: the project's own idea of its version.
    BOOST_TEST(std::string(PROBLEM_DETAILS_CMAKE_PROJECT_VERSION) == header_version);
#endif
    // Either way, CMakeLists.txt reads version.hpp or repeats the same version.
    auto const cmake = read_source_file("CMakeLists.txt");
    auto const literal = first_match(
        cmake, R"re(project\(\s*problem_details[^)]*\bVERSION\s+"?([0-9]+\.[0-9]+\.[0-9]+))re");
    bool const reads_header =
        cmake.find("include/problem_details/version.hpp") != std::string::npos &&
        cmake.find("PROBLEM_DETAILS_VERSION_") != std::string::npos;
    BOOST_TEST_INFO("CMakeLists.txt must read version.hpp or say VERSION " << header_version);
    BOOST_TEST((reads_header || literal == header_version));
}

BOOST_AUTO_TEST_CASE(meson_project) {
    auto const meson = read_source_file("meson.build");
    auto const version = first_match(meson, R"(project\([^)]*\bversion\s*:\s*'([^']*)')");
    BOOST_TEST(version == header_version);
}

BOOST_AUTO_TEST_CASE(vcpkg_port) {
    auto const manifest = boost::json::parse(read_source_file("ports/problem-details/vcpkg.json"));
    auto const& object = manifest.as_object();
    BOOST_TEST(object.at("name").as_string() == "problem-details");
    BOOST_TEST(object.contains("version"));
    if (auto const* version = object.if_contains("version"))
        BOOST_TEST(std::string(version->as_string()) == header_version);
    // A first port has no port-version; a later one counts from 0 again
    // whenever the version changes.
    if (auto const* port_version = object.if_contains("port-version"))
        BOOST_TEST(port_version->is_int64());
}

BOOST_AUTO_TEST_CASE(changelog_names_the_version) {
    auto const changelog = read_source_file("CHANGELOG.md");
    // The newest entry comes first: "## 0.1.0 (unreleased)" or "## 0.1.0 - 2026-01-31".
    auto const newest = first_match(changelog, R"((?:^|\n)## \[?([0-9]+\.[0-9]+\.[0-9]+))");
    BOOST_TEST(newest == header_version);
}
