// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_RESULT_HPP
#define PROBLEM_DETAILS_RESULT_HPP

#include <boost/system/result.hpp>

namespace problem_details {

/** The value of a fallible operation, or the `error_code` saying why it failed.

    Every operation of the library that can fail returns one (or takes an
    `error_code&`). It is `boost::system::result<T>` (Boost 1.80 and later):
    `has_value()`, `has_error()`, `error()`, `*r`, `r->`, and `value()`, which
    throws `boost::system::system_error` when there is no value. Holding a
    result costs no allocation.
*/
template <class T>
using result = boost::system::result<T>;

} // namespace problem_details

#endif
