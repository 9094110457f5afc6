// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// The demo: read an error body (by default the Vipps MobilePay FAQ's
// validation error), show what each parse mode makes of it, and write it
// back as compact application/problem+json, all without a heap allocation.
//
//   demo [FILE]

#include <problem_details/problem_details.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace pd = problem_details;

namespace {

char const* mode_name(pd::parse_mode m) {
    switch (m) {
    case pd::parse_mode::rfc: return "rfc";
    case pd::parse_mode::lenient: return "lenient";
    case pd::parse_mode::strict: return "strict";
    }
    return "?";
}

/// Prints raw JSON text (validated by the parser) on one line: whitespace
/// outside strings dropped, cut after `limit` characters.
void print_compact(std::string_view raw, std::size_t limit) {
    bool in_string = false, escaped = false;
    std::size_t printed = 0;
    for (char c : raw) {
        if (!in_string && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            continue;
        if (printed == limit) {
            std::cout << "...";
            return;
        }
        std::cout << c;
        ++printed;
        if (in_string && !escaped && c == '"')
            in_string = false;
        else if (!in_string && c == '"')
            in_string = true;
        escaped = in_string && !escaped && c == '\\';
    }
}

void show(pd::problem_view const& p) {
    std::cout << "  type     " << p.type << '\n'
              << "  title    " << p.title << '\n'
              << "  status   ";
    if (p.status)
        std::cout << pd::status_code(*p.status) << ' ' << pd::reason_phrase(*p.status) << " ("
                  << pd::to_string(pd::class_of(*p.status)) << ")\n";
    else
        std::cout << "(absent)\n";
    std::cout << "  detail   " << p.detail << '\n' << "  instance " << p.instance << '\n';
    for (auto const& e : p.extensions) {
        std::cout << "  + " << e.name << " = ";
        print_compact(e.value, 60);
        std::cout << '\n';
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: demo FILE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "demo: cannot open " << argv[1] << '\n';
        return 3;
    }
    std::string const body{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

    std::array<char, 4096> scratch; // decoded strings and the extension list live here
    std::array<char, 4096> out;     // the serialized problem
    int status = 0;
    for (auto mode : {pd::parse_mode::rfc, pd::parse_mode::lenient, pd::parse_mode::strict}) {
        pd::parse_diagnostics diag;
        auto const p = pd::parse_view(body, scratch, {.mode = mode}, diag);
        std::cout << "== parse_mode::" << mode_name(mode) << '\n';
        if (!p) {
            std::cout << "  error at byte " << diag.offset << ": " << p.error().message() << '\n';
            continue;
        }
        show(*p);
        auto const n = pd::serialize(*p, out);
        if (!n) {
            std::cout << "  cannot write: " << n.error().message() << '\n';
            status = 1;
            continue;
        }
        std::cout << "  written (" << *n << " bytes, no allocation):\n  ";
        std::cout.write(out.data(), static_cast<std::streamsize>(*n)) << '\n';
    }
    return status;
}
