// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_PROBLEM_DETAILS_HPP
#define PROBLEM_DETAILS_PROBLEM_DETAILS_HPP

/// The umbrella header: everything but the opt-in profiles: the Boost.Beast
/// adapters (<problem_details/beast.hpp>, <problem_details/beast_type_pages.hpp>),
/// which need Boost.Beast, and the Vipps MobilePay profile
/// (<problem_details/vipps.hpp>). Built without exceptions (-fno-exceptions), it
/// leaves out exception_mapping.hpp, which maps C++ exceptions to problems
/// and needs them.

#include <boost/config.hpp> // BOOST_NO_EXCEPTIONS

#include <problem_details/builder.hpp>
#include <problem_details/catalog.hpp>
#include <problem_details/classify.hpp>
#include <problem_details/dispatch.hpp>
#include <problem_details/error.hpp>
#ifndef BOOST_NO_EXCEPTIONS
#include <problem_details/exception_mapping.hpp>
#endif
#include <problem_details/extension_value.hpp>
#include <problem_details/field_errors.hpp>
#include <problem_details/fixed_vector.hpp>
#include <problem_details/http_message.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/media_type.hpp>
#include <problem_details/openapi.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/result.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/serialize_options.hpp>
#include <problem_details/type_page.hpp>
#include <problem_details/typed_parse.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/validate.hpp>
#include <problem_details/validation_problem.hpp>
#include <problem_details/version.hpp>
#include <problem_details/xml.hpp>

#endif
