// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_HTTP_STATUS_HPP
#define PROBLEM_DETAILS_IMPL_HTTP_STATUS_HPP

#include <array>
#include <cstddef>
#include <cstring>
#include <string>

namespace problem_details {
namespace detail {

struct status_entry {
    http_status value;
    std::string_view name;
    std::string_view reason;
};

// The IANA HTTP Status Code registry, in code order: the one place the
// names and reason phrases are written. Every enumerator of http_status
// appears exactly once (checked below).
inline constexpr status_entry status_table[] = {
    {http_status::continue_, "continue", "Continue"},
    {http_status::switching_protocols, "switching_protocols", "Switching Protocols"},
    {http_status::processing, "processing", "Processing"},
    {http_status::early_hints, "early_hints", "Early Hints"},

    {http_status::ok, "ok", "OK"},
    {http_status::created, "created", "Created"},
    {http_status::accepted, "accepted", "Accepted"},
    {http_status::non_authoritative_information, "non_authoritative_information",
     "Non-Authoritative Information"},
    {http_status::no_content, "no_content", "No Content"},
    {http_status::reset_content, "reset_content", "Reset Content"},
    {http_status::partial_content, "partial_content", "Partial Content"},
    {http_status::multi_status, "multi_status", "Multi-Status"},
    {http_status::already_reported, "already_reported", "Already Reported"},
    {http_status::im_used, "im_used", "IM Used"},

    {http_status::multiple_choices, "multiple_choices", "Multiple Choices"},
    {http_status::moved_permanently, "moved_permanently", "Moved Permanently"},
    {http_status::found, "found", "Found"},
    {http_status::see_other, "see_other", "See Other"},
    {http_status::not_modified, "not_modified", "Not Modified"},
    {http_status::use_proxy, "use_proxy", "Use Proxy"},
    {http_status::unused_306, "unused_306", "(Unused)"},
    {http_status::temporary_redirect, "temporary_redirect", "Temporary Redirect"},
    {http_status::permanent_redirect, "permanent_redirect", "Permanent Redirect"},

    {http_status::bad_request, "bad_request", "Bad Request"},
    {http_status::unauthorized, "unauthorized", "Unauthorized"},
    {http_status::payment_required, "payment_required", "Payment Required"},
    {http_status::forbidden, "forbidden", "Forbidden"},
    {http_status::not_found, "not_found", "Not Found"},
    {http_status::method_not_allowed, "method_not_allowed", "Method Not Allowed"},
    {http_status::not_acceptable, "not_acceptable", "Not Acceptable"},
    {http_status::proxy_authentication_required, "proxy_authentication_required",
     "Proxy Authentication Required"},
    {http_status::request_timeout, "request_timeout", "Request Timeout"},
    {http_status::conflict, "conflict", "Conflict"},
    {http_status::gone, "gone", "Gone"},
    {http_status::length_required, "length_required", "Length Required"},
    {http_status::precondition_failed, "precondition_failed", "Precondition Failed"},
    {http_status::content_too_large, "content_too_large", "Content Too Large"},
    {http_status::uri_too_long, "uri_too_long", "URI Too Long"},
    {http_status::unsupported_media_type, "unsupported_media_type", "Unsupported Media Type"},
    {http_status::range_not_satisfiable, "range_not_satisfiable", "Range Not Satisfiable"},
    {http_status::expectation_failed, "expectation_failed", "Expectation Failed"},
    {http_status::unused_418, "unused_418", "(Unused)"},
    {http_status::misdirected_request, "misdirected_request", "Misdirected Request"},
    {http_status::unprocessable_content, "unprocessable_content", "Unprocessable Content"},
    {http_status::locked, "locked", "Locked"},
    {http_status::failed_dependency, "failed_dependency", "Failed Dependency"},
    {http_status::too_early, "too_early", "Too Early"},
    {http_status::upgrade_required, "upgrade_required", "Upgrade Required"},
    {http_status::precondition_required, "precondition_required", "Precondition Required"},
    {http_status::too_many_requests, "too_many_requests", "Too Many Requests"},
    {http_status::request_header_fields_too_large, "request_header_fields_too_large",
     "Request Header Fields Too Large"},
    {http_status::unavailable_for_legal_reasons, "unavailable_for_legal_reasons",
     "Unavailable For Legal Reasons"},

    {http_status::internal_server_error, "internal_server_error", "Internal Server Error"},
    {http_status::not_implemented, "not_implemented", "Not Implemented"},
    {http_status::bad_gateway, "bad_gateway", "Bad Gateway"},
    {http_status::service_unavailable, "service_unavailable", "Service Unavailable"},
    {http_status::gateway_timeout, "gateway_timeout", "Gateway Timeout"},
    {http_status::http_version_not_supported, "http_version_not_supported",
     "HTTP Version Not Supported"},
    {http_status::variant_also_negotiates, "variant_also_negotiates", "Variant Also Negotiates"},
    {http_status::insufficient_storage, "insufficient_storage", "Insufficient Storage"},
    {http_status::loop_detected, "loop_detected", "Loop Detected"},
    {http_status::not_extended, "not_extended", "Not Extended"},
    {http_status::network_authentication_required, "network_authentication_required",
     "Network Authentication Required"},
};

inline constexpr std::size_t status_count = sizeof(status_table) / sizeof(status_table[0]);

// code - 100 -> 1 + index into status_table, or 0 when unregistered.
inline constexpr std::array<std::uint8_t, 500> status_index = [] {
    std::array<std::uint8_t, 500> index{};
    for (std::size_t i = 0; i < status_count; ++i)
        index[static_cast<std::uint16_t>(status_table[i].value) - 100u] =
            static_cast<std::uint8_t>(i + 1);
    return index;
}();

constexpr bool status_table_is_well_formed() noexcept {
    for (std::size_t i = 0; i < status_count; ++i) {
        auto const c = static_cast<std::uint16_t>(status_table[i].value);
        if (c < 100 || c > 599 || status_table[i].name.empty() || status_table[i].reason.empty())
            return false;
        if (i > 0 && static_cast<std::uint16_t>(status_table[i - 1].value) >= c)
            return false; // strictly increasing: no duplicates
    }
    return status_count < 256;
}
static_assert(status_table_is_well_formed(),
              "problem_details: the status table must be sorted, unique, in 100..599");

// 1 + the index of c in status_table, or 0 when c is not registered. An
// index, not a pointer: GCC does not fold pointer-to-null comparisons in
// constant expressions under -fsanitize=address.
constexpr std::size_t status_slot(std::uint16_t c) noexcept {
    if (c < 100 || c > 599)
        return 0;
    return status_index[c - 100u];
}

// class_of for any integer, clamped to 1..5.
constexpr status_class class_of_value(long long v) noexcept {
    if (v < 200)
        return status_class::informational;
    if (v >= 500)
        return status_class::server_error;
    return static_cast<status_class>(v / 100);
}

inline constexpr std::string_view unknown_reason = "Unknown";

} // namespace detail

//------------------------------------------------------------------------------

constexpr std::uint16_t status_code(http_status s) noexcept {
    return static_cast<std::uint16_t>(s);
}

constexpr std::uint16_t code(http_status s) noexcept {
    return static_cast<std::uint16_t>(s);
}

constexpr std::uint16_t to_underlying(http_status s) noexcept {
    return static_cast<std::uint16_t>(s);
}

constexpr status_class class_of(http_status s) noexcept {
    return detail::class_of_value(static_cast<std::uint16_t>(s));
}

constexpr bool is_informational(http_status s) noexcept {
    return class_of(s) == status_class::informational;
}

constexpr bool is_success(http_status s) noexcept {
    return class_of(s) == status_class::successful;
}

constexpr bool is_redirection(http_status s) noexcept {
    return class_of(s) == status_class::redirection;
}

constexpr bool is_client_error(http_status s) noexcept {
    return class_of(s) == status_class::client_error;
}

constexpr bool is_server_error(http_status s) noexcept {
    return class_of(s) == status_class::server_error;
}

constexpr bool is_error(http_status s) noexcept {
    return is_client_error(s) || is_server_error(s);
}

constexpr std::string_view to_string(status_class c) noexcept {
    switch (c) {
    case status_class::informational: return "informational";
    case status_class::successful: return "successful";
    case status_class::redirection: return "redirection";
    case status_class::client_error: return "client_error";
    case status_class::server_error: return "server_error";
    }
    return "unknown";
}

constexpr bool is_registered(http_status s) noexcept {
    return detail::status_slot(static_cast<std::uint16_t>(s)) != 0;
}

constexpr bool is_reserved(http_status s) noexcept {
    return s == http_status::unused_306 || s == http_status::unused_418;
}

constexpr std::string_view reason_phrase(http_status s) noexcept {
    auto const i = detail::status_slot(static_cast<std::uint16_t>(s));
    return i != 0 ? detail::status_table[i - 1].reason : detail::unknown_reason;
}

constexpr std::string_view name(http_status s) noexcept {
    auto const i = detail::status_slot(static_cast<std::uint16_t>(s));
    return i != 0 ? detail::status_table[i - 1].name : std::string_view();
}

// http_status converts to error_code as well as to itself, so a
// result<http_status> holding a value must be built with in_place_value.

inline result<http_status> status_from_name(std::string_view text) noexcept {
    if (text == "continue_")
        return {boost::system::in_place_value, http_status::continue_};
    for (auto const& e : detail::status_table)
        if (e.name == text)
            return {boost::system::in_place_value, e.value};
    return make_error_code(error::unknown_status_name);
}

constexpr std::optional<http_status> to_status(int n) noexcept {
    if (n < 100 || n > 599)
        return std::nullopt;
    return static_cast<http_status>(n);
}

inline result<http_status> parse_status(std::string_view text) noexcept {
    if (text.size() != 3)
        return make_error_code(error::invalid_status_text);
    char const a = text[0];
    char const b = text[1];
    char const c = text[2];
    if (a < '1' || a > '5' || b < '0' || b > '9' || c < '0' || c > '9')
        return make_error_code(error::invalid_status_text);
    return {boost::system::in_place_value,
            static_cast<http_status>((a - '0') * 100 + (b - '0') * 10 + (c - '0'))};
}

//------------------------------------------------------------------------------

namespace detail {

class http_status_category_impl final : public boost::system::error_category {
public:
    // A fixed id makes two copies of this category (one per shared
    // library) compare equal, as Boost.System's own categories do.
    constexpr http_status_category_impl() noexcept : error_category(0x8d1c4a7e52f30b63ULL) {}

    char const* name() const noexcept override { return "http_status"; }

    std::string message(int ev) const override {
        if (auto const e = registered(ev))
            return std::string(e->reason);
        char text[unregistered_capacity];
        return std::string(text, format_unregistered(ev, text));
    }

    char const* message(int ev, char* buffer, std::size_t len) const noexcept override {
        if (auto const e = registered(ev))
            return e->reason.data(); // the table's literals are NUL-terminated
        if (buffer == nullptr || len == 0)
            return "HTTP status";
        char text[unregistered_capacity];
        std::size_t n = format_unregistered(ev, text);
        if (n > len - 1)
            n = len - 1; // truncate, as snprintf would
        std::memcpy(buffer, text, n);
        buffer[n] = '\0';
        return buffer;
    }

    error_condition default_error_condition(int ev) const noexcept override {
        return make_error_condition(class_of_value(ev));
    }

private:
    // The entry for ev if it is registered and not reserved, else null.
    static status_entry const* registered(int ev) noexcept {
        if (ev < 100 || ev > 599 || is_reserved_value(ev))
            return nullptr;
        auto const i = status_slot(static_cast<std::uint16_t>(ev));
        return i != 0 ? &status_table[i - 1] : nullptr;
    }

    static constexpr bool is_reserved_value(int ev) noexcept { return ev == 306 || ev == 418; }

    // "HTTP status -2147483648 (Unused)" is 32 characters.
    static constexpr std::size_t unregistered_capacity = 40;

    // Writes "HTTP status <ev>" (and " (Unused)" for 306 and 418) into out,
    // without a terminator; returns the length.
    static std::size_t format_unregistered(int ev, char (&out)[unregistered_capacity]) noexcept {
        constexpr std::string_view prefix = "HTTP status ";
        constexpr std::string_view suffix = " (Unused)";
        std::size_t n = prefix.copy(out, prefix.size());
        unsigned long long magnitude = ev < 0 ? 0ull - static_cast<unsigned long long>(ev)
                                              : static_cast<unsigned long long>(ev);
        if (ev < 0)
            out[n++] = '-';
        char digits[20];
        std::size_t d = 0;
        do {
            digits[d++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        while (d != 0)
            out[n++] = digits[--d];
        if (is_reserved_value(ev))
            n += suffix.copy(out + n, suffix.size());
        return n;
    }
};

class status_class_category_impl final : public boost::system::error_category {
public:
    constexpr status_class_category_impl() noexcept : error_category(0x8d1c4a7e52f30b64ULL) {}

    char const* name() const noexcept override { return "status_class"; }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }

    char const* message(int ev, char*, std::size_t) const noexcept override {
        switch (static_cast<status_class>(ev)) {
        case status_class::informational: return "informational";
        case status_class::successful: return "successful";
        case status_class::redirection: return "redirection";
        case status_class::client_error: return "client error";
        case status_class::server_error: return "server error";
        }
        return "unknown status class";
    }
};

template <class = void>
struct http_status_category_holder {
    static constexpr http_status_category_impl status_instance{};
    static constexpr status_class_category_impl class_instance{};
};

} // namespace detail

inline boost::system::error_category const& http_status_category() noexcept {
    return detail::http_status_category_holder<>::status_instance;
}

inline boost::system::error_category const& status_class_category() noexcept {
    return detail::http_status_category_holder<>::class_instance;
}

inline error_code make_error_code(http_status s) noexcept {
    return error_code(static_cast<int>(s), http_status_category());
}

inline error_condition make_error_condition(status_class c) noexcept {
    return error_condition(static_cast<int>(c), status_class_category());
}

} // namespace problem_details

#endif
