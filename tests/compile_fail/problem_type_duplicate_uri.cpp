// expect: two problem types in one dispatch set \(problem_type_set\) have the same type URI
// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
//
// Dispatching on the type URI needs every URI of the set to be distinct:
// vipps::validation_error and vipps::invalid_params_error share one.

#include <problem_details/dispatch.hpp>
#include <problem_details/vipps/problem_types.hpp>

namespace pd = problem_details;
namespace vipps = problem_details::vipps;

#ifdef PROBLEM_DETAILS_COMPILE_FAIL
using set = pd::problem_type_set<vipps::validation_error, vipps::epayment_error,
                                 vipps::invalid_params_error>;
#else
using set = pd::problem_type_set<vipps::validation_error, vipps::epayment_error>;
#endif

static_assert(set::find(vipps::epayment_error_uri) == 1);
