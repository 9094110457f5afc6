// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_GATEWAY_MESSAGES_HPP
#define PROBLEM_DETAILS_VIPPS_GATEWAY_MESSAGES_HPP

/// The messages the Azure API gateway in front of the Vipps MobilePay APIs
/// sends, in its own body format `{"statusCode": 401, "message": "..."}`
/// (`body_format::gateway`): some 401, 403, 422 and 429 errors come from the
/// gateway, not from the APIs, and cannot be configured.

#include <problem_details/vipps/diagnosis.hpp>

#include <cstdint>
#include <string_view>

namespace problem_details::vipps {

/** One gateway message: its status, its text as a pattern (see
    `diagnosis_entry`: `#` is a number), and the diagnosis it means. */
struct gateway_message {
    std::uint16_t status = 0;
    std::string_view pattern = {};
    std::string_view diagnosis_id = {};
};

/// The gateway messages the seed FAQ and the shared payloads show.
inline constexpr gateway_message gateway_messages[] = {
    {401,
     "Access denied due to invalid subscription key. Make sure to provide a valid key for an "
     "active "
     "subscription.",
     "vipps.401.invalid_subscription_key"},
    {401,
     "Access denied due to missing subscription key. Make sure to include subscription key when "
     "making "
     "requests to an API.",
     "vipps.401.missing_subscription_key"},
    {401, "Subscription not found", "vipps.401.subscription_not_found"},
    {429, "Rate limit is exceeded. Try again in # seconds", "vipps.429.rate_limit_exceeded"},
};

/** The gateway message `message` is, or nullptr. ASCII case-insensitive;
    linear, no allocation. */
constexpr gateway_message const* find_gateway_message(std::string_view message) noexcept {
    for (auto const& m : gateway_messages)
        if (problem_details::detail::pattern_matches(m.pattern, message))
            return &m;
    return nullptr;
}

} // namespace problem_details::vipps

#endif
