// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_PREAMBLE_HPP
#define PROBLEM_DETAILS_TEST_PREAMBLE_HPP

// What every unit test program starts with: Boost.Test (the including file
// defines BOOST_TEST_MODULE first) and the short name of the library's
// namespace. Allocation counting is tests/support/alloc_counter.hpp.

#include <boost/test/unit_test.hpp>

namespace problem_details {}
namespace pd = problem_details;

#endif
