// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_PROBLEM_TYPES_HPP
#define PROBLEM_DETAILS_VIPPS_PROBLEM_TYPES_HPP

/// The Vipps MobilePay problem types of the error FAQ, as C++ types (see
/// problem_type.hpp): the validation error with `extraDetails`, its
/// `invalidParams` variant (same type URI) and the ePayment error with
/// `traceId`. Each in two flavours: views with fixed capacity (namespace
/// `vipps`, read by `parse_typed_view` without allocating) and owning
/// (namespace `vipps::owning`, read by `parse_typed`).

#include <problem_details/fixed_vector.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace problem_details::vipps {

/// The type URI of the FAQ's validation error (`api-name` stands for the API).
inline constexpr std::string_view validation_error_uri =
    "https://developer.vippsmobilepay.com/api-name/v1/validation-error";

/// The type URI the ePayment API uses for its errors.
inline constexpr std::string_view epayment_error_uri =
    "https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors";

/// How many `extraDetails` / `invalidParams` entries the view flavour holds.
inline constexpr std::size_t max_validation_details = 32;

/// One entry of `extraDetails` / `invalidParams`: the field and what is wrong with it.
struct validation_detail {
    std::string_view name;
    std::string_view reason;
};
BOOST_DESCRIBE_STRUCT(validation_detail, (), (name, reason))

/** The FAQ's example: 400, "Your request parameters didn't validate.",
    with `extraDetails: [{name, reason}]` (required). */
struct validation_error {
    static constexpr std::string_view type_uri = validation_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    static constexpr std::string_view schema_name = "VippsValidationError";
    static constexpr std::string_view description =
        "The request did not pass the API's validation: extraDetails names each invalid field and "
        "why. Correct the request and send it again.";

    fixed_vector<validation_detail, max_validation_details> extraDetails;
};
BOOST_DESCRIBE_STRUCT(validation_error, (), (extraDetails))

/** The variant some APIs send: the same type URI and shape, the array
    named `invalidParams`. Not in one dispatch set with `validation_error`
    (same URI): parse it explicitly, or dispatch on one and fall back. */
struct invalid_params_error {
    static constexpr std::string_view type_uri = validation_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    static constexpr std::string_view schema_name = "VippsInvalidParamsError";
    static constexpr std::string_view description =
        "The request did not pass the API's validation: invalidParams names each invalid field and "
        "why. Correct the request and send it again.";

    fixed_vector<validation_detail, max_validation_details> invalidParams;
};
BOOST_DESCRIBE_STRUCT(invalid_params_error, (), (invalidParams))

/** An ePayment API error: `traceId` where other APIs send `instance`. The
    type URI is shared by all ePayment errors, so the title of each
    occurrence ("Payment not found") is in the document; the type's own
    title is a generic one. */
struct epayment_error {
    static constexpr std::string_view type_uri = epayment_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "ePayment API error";
    static constexpr std::string_view schema_name = "VippsEpaymentError";
    static constexpr std::string_view description =
        "An error of the ePayment API. Each occurrence has its own title (e.g. \"Payment not "
        "found\"); traceId identifies the occurrence, where other APIs send instance: quote it "
        "when contacting Vipps MobilePay.";

    std::optional<std::string_view> traceId;
};
BOOST_DESCRIBE_STRUCT(epayment_error, (), (traceId))

namespace owning {

/// `vipps::validation_detail`, owning its strings.
struct validation_detail {
    std::string name;
    std::string reason;
};
BOOST_DESCRIBE_STRUCT(validation_detail, (), (name, reason))

/// `vipps::validation_error`, owning (any number of entries).
struct validation_error {
    static constexpr std::string_view type_uri = validation_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    static constexpr std::string_view schema_name = "VippsValidationError";
    static constexpr std::string_view description =
        "The request did not pass the API's validation: extraDetails names each invalid field and "
        "why. Correct the request and send it again.";

    std::vector<validation_detail> extraDetails;
};
BOOST_DESCRIBE_STRUCT(validation_error, (), (extraDetails))

/// `vipps::invalid_params_error`, owning.
struct invalid_params_error {
    static constexpr std::string_view type_uri = validation_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    static constexpr std::string_view schema_name = "VippsInvalidParamsError";
    static constexpr std::string_view description =
        "The request did not pass the API's validation: invalidParams names each invalid field and "
        "why. Correct the request and send it again.";

    std::vector<validation_detail> invalidParams;
};
BOOST_DESCRIBE_STRUCT(invalid_params_error, (), (invalidParams))

/// `vipps::epayment_error`, owning.
struct epayment_error {
    static constexpr std::string_view type_uri = epayment_error_uri;
    static constexpr http_status default_status = http_status::bad_request;
    static constexpr std::string_view title = "ePayment API error";
    static constexpr std::string_view schema_name = "VippsEpaymentError";
    static constexpr std::string_view description =
        "An error of the ePayment API. Each occurrence has its own title (e.g. \"Payment not "
        "found\"); traceId identifies the occurrence, where other APIs send instance: quote it "
        "when contacting Vipps MobilePay.";

    std::optional<std::string> traceId;
};
BOOST_DESCRIBE_STRUCT(epayment_error, (), (traceId))

} // namespace owning

static_assert(problem_type<validation_error> && problem_type<invalid_params_error> &&
              problem_type<epayment_error>);
static_assert(problem_type<owning::validation_error> &&
              problem_type<owning::invalid_params_error> && problem_type<owning::epayment_error>);

} // namespace problem_details::vipps

#endif
