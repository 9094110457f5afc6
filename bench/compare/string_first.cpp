// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Linked first into bench_compare (bench/CMakeLists.txt), so that every
// case runs the same copy of std::string::resize (and of what it calls out
// of line), which C++20 compiles into each translation unit that uses it
// (libstdc++ declares no explicit instantiation of std::string past C++17)
// and the linker takes from the first object that has one. Other inline
// functions are still taken from the first translation unit that has them. Without it, which copy was kept
// followed changes to the library's headers, and so did the figure of
// glaze's zero-copy read, which calls std::string::resize to pad its input
// (the read moved by 21 instructions there in one build, with no change to
// glaze).

#include <cstddef>
#include <string>

namespace bench {

// Taking the addresses makes the compiler emit the functions here.
using string_resize_t = void (std::string::*)(std::size_t, char);
extern string_resize_t const string_resize;
string_resize_t const string_resize = &std::string::resize;

} // namespace bench
