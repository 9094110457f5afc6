// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_DOCUMENTATION_HPP
#define PROBLEM_DETAILS_VIPPS_DOCUMENTATION_HPP

/// The Vipps MobilePay profile documented from the code: the JSON Schema
/// and the HTML page of each problem type (vipps/problem_types.hpp), and
/// the OpenAPI 3.1 document of the types and the catalogs (the status
/// table, the legacy eCom codes). The repository commits them under
/// docs/schemas/ and docs/openapi/ (a test keeps them equal to these);
/// `problem-details schema` prints them.

#include <problem_details/dispatch.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/openapi.hpp>
#include <problem_details/type_page.hpp>
#include <problem_details/vipps/legacy_codes.hpp>
#include <problem_details/vipps/problem_types.hpp>
#include <problem_details/vipps/status_catalog.hpp>

#include <string>
#include <string_view>

namespace problem_details::vipps {

/** One published problem type: its file name (without extension), type
    URI, title, JSON Schema and HTML page, all compile-time constants. */
struct published_type {
    /// e.g. "vipps-validation-error": docs/schemas/<name>.schema.json.
    std::string_view name;
    /// `T::type_uri`.
    std::string_view type_uri;
    /// `T::title`.
    std::string_view title;
    /// `json_schema_text<T>()`.
    std::string_view schema;
    /// `type_page_text<T>()`.
    std::string_view page;
};

/** The profile's problem types as published: the owning flavour of each
    (`vipps::owning`), whose arrays have no capacity limit, so the schemas
    describe the API's documents rather than the zero-allocation types'
    capacity (`json_schema<vipps::validation_error>` adds `maxItems: 32`). */
inline constexpr published_type published_types[] = {
    {"vipps-validation-error", owning::validation_error::type_uri, owning::validation_error::title,
     json_schema_text<owning::validation_error>(), type_page_text<owning::validation_error>()},
    {"vipps-invalid-params-error", owning::invalid_params_error::type_uri,
     owning::invalid_params_error::title, json_schema_text<owning::invalid_params_error>(),
     type_page_text<owning::invalid_params_error>()},
    {"vipps-epayment-error", owning::epayment_error::type_uri, owning::epayment_error::title,
     json_schema_text<owning::epayment_error>(), type_page_text<owning::epayment_error>()},
};

/** The types in the OpenAPI document: a `problem_type_set`, so distinct
    URIs; `invalid_params_error` shares its URI with `validation_error`
    and is published as a schema only. */
using openapi_types = problem_type_set<owning::validation_error, owning::epayment_error>;

/// The OpenAPI document's `info` and `servers`.
inline constexpr openapi_options openapi_info = {
    .title = "Vipps MobilePay problem types",
    .version = "1.0.0",
    .description =
        "The problem details (RFC 9457) the Vipps MobilePay APIs send, as the problem_details "
        "library models them, generated from its C++ types and catalogs: the problem types, "
        "the status table and the legacy eCom error codes.",
    .license_name = "Boost Software License 1.0",
    .license_identifier = "BSL-1.0",
    .server_url = "https://api.vipps.no",
};

/** The OpenAPI 3.1 document (docs/openapi/vipps-problems.json): the types
    of `openapi_types` and the catalogs `status_catalog` and
    `legacy_codes`. @throws std::bad_alloc. */
inline std::string openapi_document() {
    return problem_details::openapi_document(openapi_types{}, openapi_info, status_catalog,
                                             legacy_codes);
}

} // namespace problem_details::vipps

#endif
