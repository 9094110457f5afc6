// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_PAYLOADS_HPP
#define PROBLEM_DETAILS_TEST_PAYLOADS_HPP

// The shared real-world payloads (../shared/payloads), found at run time so
// that a payload added there is covered by every test that iterates them.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef PROBLEM_DETAILS_PAYLOADS_DIR
#error "the build defines PROBLEM_DETAILS_PAYLOADS_DIR (the shared payloads folder)"
#endif

namespace test_support {

inline std::filesystem::path payloads_dir() {
    return PROBLEM_DETAILS_PAYLOADS_DIR;
}

inline std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + p.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct payload {
    std::string name; // file name, e.g. "faq-validation-error.json"
    std::string body;
};

/// Every *.json and *.html payload, sorted by name. Throws if none.
inline std::vector<payload> all_payloads() {
    std::vector<payload> out;
    for (auto const& e : std::filesystem::directory_iterator(payloads_dir())) {
        auto const ext = e.path().extension().string();
        if (ext == ".json" || ext == ".html")
            out.push_back({e.path().filename().string(), read_file(e.path())});
    }
    if (out.empty())
        throw std::runtime_error("no payloads in " + payloads_dir().string());
    std::sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.name < b.name; });
    return out;
}

/// One payload by file name.
inline std::string payload_body(std::string const& name) {
    return read_file(payloads_dir() / name);
}

} // namespace test_support

#endif
