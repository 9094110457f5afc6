// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// libFuzzer entry point for fuzz_targets::field_errors (fuzzing/targets/field_errors.hpp).
// Built with clang -fsanitize=fuzzer, or with replay_main.cpp as a plain
// program that runs the files and directories it is given.
#include "targets/field_errors.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    fuzz_targets::field_errors(std::string_view(reinterpret_cast<char const*>(data), size));
    return 0;
}
