// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// A main() for a fuzz target built without libFuzzer (GCC, or clang without
// -fsanitize=fuzzer): runs LLVMFuzzerTestOneInput once on every file named
// on the command line and every file under every directory named, like
// `fuzzer -runs=0 DIR...`. Arguments starting with '-' (libFuzzer flags)
// are ignored, so one command line serves both builds. Exits 1 when a path
// does not exist or nothing was run; a failing check aborts.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size);

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        std::string const arg = argv[i];
        if (arg.empty() || arg[0] == '-')
            continue;
        fs::path const p(arg);
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            for (auto const& e : fs::recursive_directory_iterator(p))
                if (e.is_regular_file())
                    files.push_back(e.path());
        } else if (fs::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            std::fprintf(stderr, "replay: no such file or directory: %s\n", arg.c_str());
            return 1;
        }
    }
    std::sort(files.begin(), files.end());
    for (auto const& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::string const data((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(reinterpret_cast<std::uint8_t const*>(data.data()), data.size());
    }
    std::printf("replay: %zu inputs, no failure\n", files.size());
    return files.empty() ? 1 : 0;
}
