// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Built with -fno-exceptions (tests/CMakeLists.txt): the zero-allocation view
// core -- parse_view, serialized_size, serialize, the view types, their
// errors -- compiles, links and works without exceptions, and needs no
// boost::throw_exception from the program (none is defined here: a call
// to one would not link). Reads every shared payload, writes what parses,
// parses the output again and compares; checks that bad input is an error
// code. Prints "N passed, M failed" and exits non-zero on any failure.
// It includes only the core's headers, which need none of Boost.JSON's DOM
// (scripts/check_includes.py, rule R9, checks that they include none).

#include <problem_details/parse_view.hpp>
#include <problem_details/serialize_view.hpp>

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#ifdef __cpp_exceptions
#error "this test must be compiled with exceptions disabled (-fno-exceptions)"
#endif

namespace pd = problem_details;

namespace {

int passed = 0, failed = 0;

void check(bool ok, std::string_view what, std::string_view detail = {}) {
    if (ok) {
        ++passed;
        return;
    }
    ++failed;
    std::printf("FAILED: %.*s %.*s\n", static_cast<int>(what.size()), what.data(),
                static_cast<int>(detail.size()), detail.data());
}

bool read_file(std::filesystem::path const& p, std::string& out) {
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f)
        return false;
    char buf[4096];
    std::size_t n;
    out.clear();
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        out.append(buf, n);
    std::fclose(f);
    return true;
}

} // namespace

int main() {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto const& dir : {std::filesystem::path(PROBLEM_DETAILS_PAYLOADS_DIR),
                            std::filesystem::path(PROBLEM_DETAILS_PAYLOADS_DIR) / "real"}) {
        for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end;
             it.increment(ec))
            if (it->path().extension() == ".json")
                files.push_back(it->path());
        check(!ec, "list", dir.native());
    }
    check(files.size() >= 20, "payloads found");

    std::vector<char> scratch(1 << 16), out(1 << 16), scratch2(1 << 16);
    int problems = 0;
    for (auto const& file : files) {
        std::string body;
        check(read_file(file, body), "read", file.native());
        auto const view = pd::parse_view(body, scratch, {.mode = pd::parse_mode::lenient});
        if (!view) { // a JSON array or another family's body: an error code, not a crash
            check(!view.error().message().empty(), "error message", file.native());
            continue;
        }
        ++problems;
        std::size_t const size = pd::serialized_size(*view);
        auto const written = pd::serialize(*view, out);
        check(written.has_value() && *written == size, "serialize", file.native());
        if (!written)
            continue;
        std::string_view const json(out.data(), *written);
        auto const again = pd::parse_view(json, scratch2, {.mode = pd::parse_mode::lenient});
        check(again.has_value() && *again == *view, "round trip", file.native());
        // Too small a buffer is an error code, and nothing is written past it.
        if (size > 1) {
            auto const short_write = pd::serialize(*view, std::span<char>(out.data(), size - 1));
            check(!short_write && short_write.error() == pd::error::buffer_too_small,
                  "buffer_too_small", file.native());
        }
    }
    check(problems >= 10, "problems parsed");

    auto const bad = pd::parse_view(R"({"title": "unterminated)", scratch);
    check(!bad && bad.error() == pd::error::incomplete, "malformed input is error::incomplete");
    char tiny[4];
    auto const small =
        pd::parse_view(R"({"type":"https://example.com/p","x":"\u00e9\u00e9\u00e9"})", tiny);
    check(!small && small.error() == pd::error::scratch_too_small, "scratch_too_small");
    auto const array = pd::parse_view("[1,2]", scratch);
    check(!array && array.error() == pd::error::not_an_object, "not_an_object");

    std::printf("no_exceptions view core: %d problems round-tripped\n%d passed, %d failed\n",
                problems, passed, failed);
    return failed == 0 ? 0 : 1;
}
