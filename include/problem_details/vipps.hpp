// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_HPP
#define PROBLEM_DETAILS_VIPPS_HPP

/// The Vipps MobilePay profile, everything the platform's error FAQ knows
/// as data: classification and retry advice for its responses, the API
/// gateway's messages, the diagnosis catalog (`vipps::diagnose`), the
/// status table, the problem types, the legacy eCom codes and their
/// documentation (schemas, pages, OpenAPI). Opt-in: the umbrella
/// <problem_details/problem_details.hpp> does not include it.

#include <problem_details/classify.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/vipps/diagnosis.hpp>
#include <problem_details/vipps/diagnosis_catalog.hpp>
#include <problem_details/vipps/documentation.hpp>
#include <problem_details/vipps/gateway_messages.hpp>
#include <problem_details/vipps/legacy_codes.hpp>
#include <problem_details/vipps/problem_types.hpp>
#include <problem_details/vipps/status_catalog.hpp>

#endif
