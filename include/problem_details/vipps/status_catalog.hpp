// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_STATUS_CATALOG_HPP
#define PROBLEM_DETAILS_VIPPS_STATUS_CATALOG_HPP

/// The HTTP statuses the Vipps MobilePay APIs return, as the error FAQ's
/// table describes them ("HTTP response codes and errors"), as an error-code
/// catalog: `vipps::status_catalog.find(http_status::locked)->message` is the
/// FAQ's description, and `vipps::status_catalog.make_error_code(s)` an
/// `error_code` whose `message()` it is (category "vipps.status").

#include <problem_details/catalog.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/vipps/diagnosis.hpp>

namespace problem_details::vipps {

namespace detail_status_catalog {

using detail_diagnosis_catalog::hint_of;

} // namespace detail_status_catalog

/** The FAQ's status table, one entry per status, code = status.

    `message` is the FAQ's "Description" column, verbatim. `hint` is the
    diagnosis catalog's fallback for that status (`vipps.400.bad_request`,
    `vipps.401.unauthorized`, ...; 404: `vipps.404.unknown_endpoint`; 500:
    `vipps.500.unvalidated_request`), empty for the 2xx. 423 and 429 say to
    retry with the same Idempotency-Key, as the FAQ does. No type URIs: the
    FAQ defines none.
*/
inline constexpr catalog_entry<http_status> status_catalog_entries[] = {
    {http_status::ok, http_status::ok, "Request successful"},
    {http_status::created, http_status::created, "Request successful, resource created"},
    {http_status::no_content, http_status::no_content, "Request successful, but empty result"},
    {http_status::bad_request, http_status::bad_request,
     "Invalid request, see the error for details",
     detail_status_catalog::hint_of("vipps.400.bad_request")},
    {http_status::unauthorized, http_status::unauthorized, "Invalid credentials",
     detail_status_catalog::hint_of("vipps.401.unauthorized")},
    {http_status::forbidden, http_status::forbidden,
     "Authentication ok, but credentials lack authorization",
     detail_status_catalog::hint_of("vipps.403.forbidden")},
    {http_status::not_found, http_status::not_found, "The resource was not found",
     detail_status_catalog::hint_of("vipps.404.unknown_endpoint")},
    {http_status::conflict, http_status::conflict, "Unsuccessful due to conflicting resource",
     detail_status_catalog::hint_of("vipps.409.conflict")},
    {http_status::locked, http_status::locked,
     "Can be caused by transient errors outside our control. Can also occur if an integrator "
     "repeatedly sends calls several times within a very short time frame",
     detail_status_catalog::hint_of("vipps.423.locked")},
    {http_status::too_many_requests, http_status::too_many_requests,
     "See more details in rate limiting topic.",
     detail_status_catalog::hint_of("vipps.429.too_many_requests")},
    {http_status::internal_server_error, http_status::internal_server_error,
     "An internal Vipps MobilePay problem.",
     detail_status_catalog::hint_of("vipps.500.unvalidated_request")},
};

/// The catalog of `status_catalog_entries`, error category "vipps.status".
inline constexpr catalog<status_catalog_entries, "vipps.status"> status_catalog{};

} // namespace problem_details::vipps

#endif
