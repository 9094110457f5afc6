// expect: status<S>: S must be an HTTP status code in 100\.\.599
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// status<S> is only defined for codes 100..599.

#include <problem_details/http_status.hpp>

using namespace problem_details;

static_assert(status<http_status::too_many_requests>::value == http_status::too_many_requests);

#ifdef PROBLEM_DETAILS_COMPILE_FAIL
constexpr auto reason = status<http_status{600}>::reason;
#endif
