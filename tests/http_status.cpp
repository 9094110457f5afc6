// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/http_status.hpp>

#define BOOST_TEST_MODULE http_status
#include "support/test_preamble.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

using pd::http_status;
using pd::status_class;
using namespace std::string_view_literals;

// Let Boost.Test print our enums when a check fails.
namespace problem_details {
inline std::ostream& boost_test_print_type(std::ostream& os, http_status s) {
    return os << pd::status_code(s);
}
inline std::ostream& boost_test_print_type(std::ostream& os, status_class c) {
    return os << pd::to_string(c);
}
} // namespace problem_details

namespace {

//------------------------------------------------------------------------------
// The IANA HTTP Status Code registry, typed from the registry and the RFCs
// (RFC 9110 §15, RFC 2518, 2295, 2774, 3229, 4918, 5842, 6585, 7725, 8297,
// 8470), independently of the header's own table.
//------------------------------------------------------------------------------

struct registered_code {
    int code;
    char const* name;
    char const* reason;
    status_class cls;
};

constexpr auto I = status_class::informational;
constexpr auto S = status_class::successful;
constexpr auto R = status_class::redirection;
constexpr auto C = status_class::client_error;
constexpr auto E = status_class::server_error;

constexpr registered_code registry[] = {
    {100, "continue", "Continue", I},
    {101, "switching_protocols", "Switching Protocols", I},
    {102, "processing", "Processing", I},
    {103, "early_hints", "Early Hints", I},
    {200, "ok", "OK", S},
    {201, "created", "Created", S},
    {202, "accepted", "Accepted", S},
    {203, "non_authoritative_information", "Non-Authoritative Information", S},
    {204, "no_content", "No Content", S},
    {205, "reset_content", "Reset Content", S},
    {206, "partial_content", "Partial Content", S},
    {207, "multi_status", "Multi-Status", S},
    {208, "already_reported", "Already Reported", S},
    {226, "im_used", "IM Used", S},
    {300, "multiple_choices", "Multiple Choices", R},
    {301, "moved_permanently", "Moved Permanently", R},
    {302, "found", "Found", R},
    {303, "see_other", "See Other", R},
    {304, "not_modified", "Not Modified", R},
    {305, "use_proxy", "Use Proxy", R},
    {306, "unused_306", "(Unused)", R},
    {307, "temporary_redirect", "Temporary Redirect", R},
    {308, "permanent_redirect", "Permanent Redirect", R},
    {400, "bad_request", "Bad Request", C},
    {401, "unauthorized", "Unauthorized", C},
    {402, "payment_required", "Payment Required", C},
    {403, "forbidden", "Forbidden", C},
    {404, "not_found", "Not Found", C},
    {405, "method_not_allowed", "Method Not Allowed", C},
    {406, "not_acceptable", "Not Acceptable", C},
    {407, "proxy_authentication_required", "Proxy Authentication Required", C},
    {408, "request_timeout", "Request Timeout", C},
    {409, "conflict", "Conflict", C},
    {410, "gone", "Gone", C},
    {411, "length_required", "Length Required", C},
    {412, "precondition_failed", "Precondition Failed", C},
    {413, "content_too_large", "Content Too Large", C},
    {414, "uri_too_long", "URI Too Long", C},
    {415, "unsupported_media_type", "Unsupported Media Type", C},
    {416, "range_not_satisfiable", "Range Not Satisfiable", C},
    {417, "expectation_failed", "Expectation Failed", C},
    {418, "unused_418", "(Unused)", C},
    {421, "misdirected_request", "Misdirected Request", C},
    {422, "unprocessable_content", "Unprocessable Content", C},
    {423, "locked", "Locked", C},
    {424, "failed_dependency", "Failed Dependency", C},
    {425, "too_early", "Too Early", C},
    {426, "upgrade_required", "Upgrade Required", C},
    {428, "precondition_required", "Precondition Required", C},
    {429, "too_many_requests", "Too Many Requests", C},
    {431, "request_header_fields_too_large", "Request Header Fields Too Large", C},
    {451, "unavailable_for_legal_reasons", "Unavailable For Legal Reasons", C},
    {500, "internal_server_error", "Internal Server Error", E},
    {501, "not_implemented", "Not Implemented", E},
    {502, "bad_gateway", "Bad Gateway", E},
    {503, "service_unavailable", "Service Unavailable", E},
    {504, "gateway_timeout", "Gateway Timeout", E},
    {505, "http_version_not_supported", "HTTP Version Not Supported", E},
    {506, "variant_also_negotiates", "Variant Also Negotiates", E},
    {507, "insufficient_storage", "Insufficient Storage", E},
    {508, "loop_detected", "Loop Detected", E},
    {510, "not_extended", "Not Extended", E},
    {511, "network_authentication_required", "Network Authentication Required", E},
};

registered_code const* find_registered(int code) {
    for (auto const& r : registry)
        if (r.code == code)
            return &r;
    return nullptr;
}

bool reserved(int code) {
    return code == 306 || code == 418;
}

//------------------------------------------------------------------------------
// Compile-time facts
//------------------------------------------------------------------------------

static_assert(std::is_same_v<std::underlying_type_t<http_status>, std::uint16_t>);
static_assert(static_cast<int>(status_class::informational) == 1);
static_assert(static_cast<int>(status_class::successful) == 2);
static_assert(static_cast<int>(status_class::redirection) == 3);
static_assert(static_cast<int>(status_class::client_error) == 4);
static_assert(static_cast<int>(status_class::server_error) == 5);

// The enumerators the seed document's status table uses.
static_assert(static_cast<int>(http_status::ok) == 200);
static_assert(static_cast<int>(http_status::created) == 201);
static_assert(static_cast<int>(http_status::no_content) == 204);
static_assert(static_cast<int>(http_status::bad_request) == 400);
static_assert(static_cast<int>(http_status::unauthorized) == 401);
static_assert(static_cast<int>(http_status::forbidden) == 403);
static_assert(static_cast<int>(http_status::not_found) == 404);
static_assert(static_cast<int>(http_status::conflict) == 409);
static_assert(static_cast<int>(http_status::locked) == 423);
static_assert(static_cast<int>(http_status::too_many_requests) == 429);
static_assert(static_cast<int>(http_status::internal_server_error) == 500);
static_assert(static_cast<int>(http_status::continue_) == 100);
static_assert(static_cast<int>(http_status::unused_418) == 418);

using locked = pd::status<http_status::locked>;
static_assert(locked::value == http_status::locked);
static_assert(locked::category == status_class::client_error);
static_assert(locked::reason == "Locked");
static_assert(locked::name == "locked");
static_assert(locked::code == 423);
static_assert(std::is_same_v<decltype(locked::code), std::uint16_t const>);
static_assert(std::is_same_v<locked::value_type, http_status>);
static_assert(http_status(locked{}) == http_status::locked);
static_assert(locked{}() == http_status::locked);

static_assert(pd::status<http_status::too_many_requests>::reason == "Too Many Requests");
static_assert(pd::status<http_status::ok>::category == status_class::successful);
static_assert(pd::status<http_status::internal_server_error>::category ==
              status_class::server_error);
static_assert(pd::status<http_status::continue_>::name == "continue");
static_assert(pd::status<http_status{499}>::reason == "Unknown");
static_assert(pd::status<http_status{499}>::name.empty());
static_assert(pd::status<http_status{499}>::category == status_class::client_error);
static_assert(pd::status<http_status{100}>::code == 100);
static_assert(pd::status<http_status{599}>::category == status_class::server_error);

// Concepts, positive and negative.
static_assert(pd::status_type<locked>);
static_assert(pd::status_type<locked const>);
static_assert(!pd::status_type<http_status>);
static_assert(!pd::status_type<int>);
static_assert(!pd::status_type<locked&>);
static_assert(!pd::status_type<std::integral_constant<http_status, http_status::locked>>);

static_assert(pd::client_error_status<locked>);
static_assert(pd::client_error_status<pd::status<http_status{499}>>);
static_assert(!pd::client_error_status<pd::status<http_status::ok>>);
static_assert(!pd::client_error_status<pd::status<http_status::internal_server_error>>);
static_assert(!pd::client_error_status<http_status>);

static_assert(pd::server_error_status<pd::status<http_status::bad_gateway>>);
static_assert(!pd::server_error_status<locked>);

static_assert(pd::error_status<locked>);
static_assert(pd::error_status<pd::status<http_status::service_unavailable>>);
static_assert(!pd::error_status<pd::status<http_status::no_content>>);
static_assert(!pd::error_status<pd::status<http_status::see_other>>);
static_assert(!pd::error_status<int>);

static_assert(pd::successful_status<pd::status<http_status::created>>);
static_assert(!pd::successful_status<locked>);
static_assert(pd::informational_status<pd::status<http_status::early_hints>>);
static_assert(!pd::informational_status<pd::status<http_status::ok>>);
static_assert(pd::redirection_status<pd::status<http_status::permanent_redirect>>);
static_assert(!pd::redirection_status<pd::status<http_status::bad_request>>);

// A function constrained to client errors rejects the others at compile time.
template <pd::client_error_status T>
constexpr std::uint16_t client_error_code(T) {
    return T::code;
}
template <class T>
concept accepted_as_client_error = requires(T t) {
    client_error_code(t);
};
static_assert(accepted_as_client_error<locked>);
static_assert(!accepted_as_client_error<pd::status<http_status::internal_server_error>>);
static_assert(!accepted_as_client_error<pd::status<http_status::ok>>);
static_assert(!accepted_as_client_error<http_status>);
static_assert(client_error_code(pd::status<http_status::conflict>{}) == 409);

// Free functions are usable in constant expressions.
static_assert(pd::status_code(http_status::not_found) == 404);
static_assert(pd::to_underlying(http_status::not_found) == 404);

// The old name of status_code: kept one version, deprecated (issue 17: `code`
// read as an error code or a body's code).
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
static_assert(pd::code(http_status::not_found) == 404);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
static_assert(pd::class_of(http_status::too_early) == status_class::client_error);
static_assert(pd::reason_phrase(http_status::unprocessable_content) == "Unprocessable Content");
static_assert(pd::reason_phrase(http_status{299}) == "Unknown");
static_assert(pd::name(http_status::content_too_large) == "content_too_large");
static_assert(pd::name(http_status{299}).empty());
static_assert(pd::is_registered(http_status::not_extended));
static_assert(!pd::is_registered(http_status{104}));
static_assert(!pd::is_registered(http_status{509}));
static_assert(pd::is_reserved(http_status::unused_306));
static_assert(!pd::is_reserved(http_status::not_found));
static_assert(pd::to_status(404) == http_status::not_found);
static_assert(!pd::to_status(600).has_value());
static_assert(pd::is_error(http_status::locked));
static_assert(!pd::is_error(http_status::ok));
static_assert(pd::to_string(status_class::client_error) == "client_error");

// Out of range: clamped by hundreds digit.
static_assert(pd::class_of(http_status{0}) == status_class::informational);
static_assert(pd::class_of(http_status{99}) == status_class::informational);
static_assert(pd::class_of(http_status{600}) == status_class::server_error);
static_assert(pd::class_of(http_status{65535}) == status_class::server_error);

} // namespace

//------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(every_registered_code) {
    for (auto const& r : registry) {
        BOOST_TEST_CONTEXT("code " << r.code) {
            auto const s = static_cast<http_status>(r.code);
            BOOST_TEST(pd::status_code(s) == r.code);
            BOOST_TEST(pd::to_underlying(s) == r.code);
            BOOST_TEST(pd::is_registered(s));
            BOOST_TEST(pd::is_reserved(s) == reserved(r.code));
            BOOST_TEST(pd::name(s) == std::string_view(r.name));
            BOOST_TEST(pd::reason_phrase(s) == std::string_view(r.reason));
            BOOST_TEST(pd::class_of(s) == r.cls);
            BOOST_TEST(static_cast<int>(pd::class_of(s)) == r.code / 100);
            BOOST_TEST((pd::to_status(r.code) == std::optional<http_status>(s)));

            auto const n = pd::status_from_name(r.name);
            BOOST_TEST_REQUIRE(n.has_value());
            BOOST_TEST(*n == s);

            char text[4] = {char('0' + r.code / 100), char('0' + r.code / 10 % 10),
                            char('0' + r.code % 10), 0};
            auto const p = pd::parse_status(text);
            BOOST_TEST_REQUIRE(p.has_value());
            BOOST_TEST(*p == s);

            pd::error_code const ec = s;
            BOOST_TEST(ec.value() == r.code);
            BOOST_TEST((ec.category() == pd::http_status_category()));
            if (reserved(r.code))
                BOOST_TEST(ec.message() == "HTTP status " + std::to_string(r.code) + " (Unused)");
            else
                BOOST_TEST(ec.message() == r.reason);
            BOOST_TEST(ec == r.cls);
        }
    }
}

BOOST_AUTO_TEST_CASE(named_enumerators) {
    // A sample, so a renamed enumerator is caught by name, not only by value.
    BOOST_TEST(pd::status_code(http_status::continue_) == 100);
    BOOST_TEST(pd::status_code(http_status::switching_protocols) == 101);
    BOOST_TEST(pd::status_code(http_status::processing) == 102);
    BOOST_TEST(pd::status_code(http_status::early_hints) == 103);
    BOOST_TEST(pd::status_code(http_status::non_authoritative_information) == 203);
    BOOST_TEST(pd::status_code(http_status::multi_status) == 207);
    BOOST_TEST(pd::status_code(http_status::already_reported) == 208);
    BOOST_TEST(pd::status_code(http_status::im_used) == 226);
    BOOST_TEST(pd::status_code(http_status::unused_306) == 306);
    BOOST_TEST(pd::status_code(http_status::permanent_redirect) == 308);
    BOOST_TEST(pd::status_code(http_status::payment_required) == 402);
    BOOST_TEST(pd::status_code(http_status::content_too_large) == 413);
    BOOST_TEST(pd::status_code(http_status::uri_too_long) == 414);
    BOOST_TEST(pd::status_code(http_status::unsupported_media_type) == 415);
    BOOST_TEST(pd::status_code(http_status::range_not_satisfiable) == 416);
    BOOST_TEST(pd::status_code(http_status::misdirected_request) == 421);
    BOOST_TEST(pd::status_code(http_status::unprocessable_content) == 422);
    BOOST_TEST(pd::status_code(http_status::failed_dependency) == 424);
    BOOST_TEST(pd::status_code(http_status::too_early) == 425);
    BOOST_TEST(pd::status_code(http_status::upgrade_required) == 426);
    BOOST_TEST(pd::status_code(http_status::precondition_required) == 428);
    BOOST_TEST(pd::status_code(http_status::request_header_fields_too_large) == 431);
    BOOST_TEST(pd::status_code(http_status::unavailable_for_legal_reasons) == 451);
    BOOST_TEST(pd::status_code(http_status::http_version_not_supported) == 505);
    BOOST_TEST(pd::status_code(http_status::variant_also_negotiates) == 506);
    BOOST_TEST(pd::status_code(http_status::insufficient_storage) == 507);
    BOOST_TEST(pd::status_code(http_status::loop_detected) == 508);
    BOOST_TEST(pd::status_code(http_status::not_extended) == 510);
    BOOST_TEST(pd::status_code(http_status::network_authentication_required) == 511);
}

BOOST_AUTO_TEST_CASE(every_other_value) {
    // Nothing outside the registry is registered, and every value is total.
    int registered = 0;
    for (int v = 0; v <= 0xFFFF; ++v) {
        auto const s = static_cast<http_status>(v);
        auto const r = find_registered(v);
        if (r != nullptr)
            ++registered;
        BOOST_TEST_CONTEXT("value " << v) {
            if (pd::is_registered(s) != (r != nullptr))
                BOOST_TEST(pd::is_registered(s) == (r != nullptr));
            if (r == nullptr) {
                if (pd::reason_phrase(s) != "Unknown" || !pd::name(s).empty() || pd::is_reserved(s))
                    BOOST_ERROR("unregistered value has a name");
            }
            auto const expected = v < 200   ? status_class::informational
                                  : v < 300 ? status_class::successful
                                  : v < 400 ? status_class::redirection
                                  : v < 500 ? status_class::client_error
                                            : status_class::server_error;
            if (pd::class_of(s) != expected)
                BOOST_TEST(pd::class_of(s) == expected);
            int const predicates = pd::is_informational(s) + pd::is_success(s) +
                                   pd::is_redirection(s) + pd::is_client_error(s) +
                                   pd::is_server_error(s);
            if (predicates != 1)
                BOOST_TEST(predicates == 1);
            if (pd::is_error(s) != (expected == C || expected == E))
                BOOST_ERROR("is_error disagrees with class_of");
        }
    }
    BOOST_TEST(registered == static_cast<int>(std::size(registry)));
}

BOOST_AUTO_TEST_CASE(predicates) {
    BOOST_TEST(pd::is_informational(http_status::continue_));
    BOOST_TEST(pd::is_success(http_status::ok));
    BOOST_TEST(pd::is_success(http_status::no_content));
    BOOST_TEST(pd::is_redirection(http_status::not_modified));
    BOOST_TEST(pd::is_client_error(http_status::too_many_requests));
    BOOST_TEST(pd::is_server_error(http_status::internal_server_error));
    BOOST_TEST(pd::is_error(http_status::bad_request));
    BOOST_TEST(pd::is_error(http_status::gateway_timeout));
    BOOST_TEST(!pd::is_error(http_status::created));
    BOOST_TEST(!pd::is_error(http_status::found));
    BOOST_TEST(!pd::is_error(http_status::early_hints));
    BOOST_TEST(!pd::is_client_error(http_status::internal_server_error));
    BOOST_TEST(!pd::is_server_error(http_status::locked));
}

BOOST_AUTO_TEST_CASE(status_class_names) {
    BOOST_TEST(pd::to_string(status_class::informational) == "informational");
    BOOST_TEST(pd::to_string(status_class::successful) == "successful");
    BOOST_TEST(pd::to_string(status_class::redirection) == "redirection");
    BOOST_TEST(pd::to_string(status_class::client_error) == "client_error");
    BOOST_TEST(pd::to_string(status_class::server_error) == "server_error");
    BOOST_TEST(pd::to_string(static_cast<status_class>(0)) == "unknown");
    BOOST_TEST(pd::to_string(static_cast<status_class>(6)) == "unknown");
}

BOOST_AUTO_TEST_CASE(to_status_range) {
    BOOST_TEST((pd::to_status(100) == std::optional<http_status>(http_status::continue_)));
    BOOST_TEST((pd::to_status(599) == std::optional<http_status>(http_status{599})));
    BOOST_TEST((pd::to_status(499) == std::optional<http_status>(http_status{499})));
    for (int n : {-1, 0, 1, 99, 600, 999, 65535, 65536 + 200, -65536 + 200}) {
        BOOST_TEST_CONTEXT("n = " << n) {
            BOOST_TEST(!pd::to_status(n).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(parse_status_table) {
    struct accept {
        std::string_view text;
        int code;
    };
    accept const accepted[] = {
        {"100", 100}, {"101", 101}, {"200", 200}, {"404", 404},
        {"418", 418}, {"429", 429}, {"499", 499}, {"599", 599},
    };
    for (auto const& a : accepted) {
        BOOST_TEST_CONTEXT("\"" << a.text << "\"") {
            auto const r = pd::parse_status(a.text);
            BOOST_TEST_REQUIRE(r.has_value());
            BOOST_TEST(pd::status_code(*r) == a.code);
        }
    }

    std::string_view const rejected[] = {
        "",
        "4",
        "40",
        "4e2",
        " 400",
        "400 ",
        "+400",
        "-1",
        "-10",
        "0400",
        "099",
        "000",
        "600",
        "999",
        "abc",
        "4O4",
        "40a",
        "\x34\x30",
        "4000",
        "1000",
        "40\0"sv,
        "\0"
        "400"sv,
        "4 0",
        "40.",
        "1e2",
        "٤٠٠" /* Arabic-Indic digits */,
    };
    for (auto const t : rejected) {
        BOOST_TEST_CONTEXT("\"" << t << "\" (" << t.size() << " bytes)") {
            auto const r = pd::parse_status(t);
            BOOST_TEST_REQUIRE(r.has_error());
            BOOST_TEST((r.error() == pd::error::invalid_status_text));
            BOOST_TEST((r.error() == pd::condition::invalid_input));
        }
    }
}

BOOST_AUTO_TEST_CASE(status_from_name_table) {
    auto const c = pd::status_from_name("continue_");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(*c == http_status::continue_);

    std::string_view const rejected[] = {
        "",
        "Not Found",
        "NOT_FOUND",
        "Not_Found",
        "not_found ",
        " not_found",
        "not-found",
        "404",
        "im_a_teapot",
        "payload_too_large",
        "unprocessable_entity",
        "request_entity_too_large",
        "upload_resumption_supported",
        "unknown",
        "not_found\0"sv,
    };
    for (auto const t : rejected) {
        BOOST_TEST_CONTEXT("\"" << t << "\"") {
            auto const r = pd::status_from_name(t);
            BOOST_TEST_REQUIRE(r.has_error());
            BOOST_TEST((r.error() == pd::error::unknown_status_name));
            BOOST_TEST((r.error() == pd::condition::invalid_input));
        }
    }
}

BOOST_AUTO_TEST_CASE(status_as_type_at_run_time) {
    http_status const s = pd::status<http_status::not_found>{};
    BOOST_TEST(s == http_status::not_found);
    BOOST_TEST(pd::status<http_status::locked>::reason == "Locked");
    BOOST_TEST(pd::to_string(pd::status<http_status::locked>::category) == "client_error");
}

//------------------------------------------------------------------------------
// Boost.System and std interop
//------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(categories) {
    BOOST_TEST(pd::http_status_category().name() == "http_status"sv);
    BOOST_TEST(pd::status_class_category().name() == "status_class"sv);
    BOOST_TEST((&pd::http_status_category() == &pd::http_status_category()));
    BOOST_TEST((pd::http_status_category() != pd::status_class_category()));
    BOOST_TEST((pd::http_status_category() != pd::error_category()));
    BOOST_TEST((pd::status_class_category() != pd::condition_category()));

    // A second instance (as another shared library would hold) compares equal.
    pd::detail::http_status_category_impl const other_status;
    pd::detail::status_class_category_impl const other_class;
    BOOST_TEST((&other_status != &pd::http_status_category()));
    BOOST_TEST((other_status == pd::http_status_category()));
    BOOST_TEST((other_class == pd::status_class_category()));
    pd::error_code const a(404, other_status);
    BOOST_TEST((a == http_status::not_found));
    BOOST_TEST((a == status_class::client_error));

    BOOST_TEST(pd::make_error_condition(status_class::informational).message() == "informational");
    BOOST_TEST(pd::make_error_condition(status_class::successful).message() == "successful");
    BOOST_TEST(pd::make_error_condition(status_class::redirection).message() == "redirection");
    BOOST_TEST(pd::make_error_condition(status_class::client_error).message() == "client error");
    BOOST_TEST(pd::make_error_condition(status_class::server_error).message() == "server error");
    BOOST_TEST(pd::status_class_category().message(9) == "unknown status class");
}

BOOST_AUTO_TEST_CASE(messages) {
    BOOST_TEST(pd::make_error_code(http_status::not_found).message() == "Not Found");
    BOOST_TEST(pd::make_error_code(http_status::too_many_requests).message() ==
               "Too Many Requests");
    BOOST_TEST(pd::make_error_code(http_status{499}).message() == "HTTP status 499");
    BOOST_TEST(pd::make_error_code(http_status{104}).message() == "HTTP status 104");
    BOOST_TEST(pd::make_error_code(http_status::unused_418).message() ==
               "HTTP status 418 (Unused)");
    BOOST_TEST(pd::make_error_code(http_status{0}).message() == "HTTP status 0");
    BOOST_TEST(pd::http_status_category().message(-7) == "HTTP status -7");
    BOOST_TEST(pd::http_status_category().message(70000) == "HTTP status 70000");
    BOOST_TEST(pd::http_status_category().message(std::numeric_limits<int>::min()) ==
               "HTTP status -2147483648");
    BOOST_TEST(pd::http_status_category().message(std::numeric_limits<int>::max()) ==
               "HTTP status 2147483647");

    // The noexcept, buffer-taking overload.
    auto const& cat = pd::http_status_category();
    char buffer[64];
    BOOST_TEST(cat.message(404, buffer, sizeof buffer) == "Not Found"sv);
    BOOST_TEST(cat.message(499, buffer, sizeof buffer) == "HTTP status 499"sv);
    BOOST_TEST(cat.message(306, buffer, sizeof buffer) == "HTTP status 306 (Unused)"sv);
    char small[5];
    BOOST_TEST(cat.message(499, small, sizeof small) == "HTTP"sv); // truncated, terminated
    BOOST_TEST(cat.message(499, nullptr, 0) == "HTTP status"sv);
    BOOST_TEST(cat.message(404, nullptr, 0) == "Not Found"sv);
    char one[1];
    BOOST_TEST(cat.message(499, one, sizeof one) == ""sv);
    char exact[16]; // "HTTP status 499" is 15 characters
    BOOST_TEST(cat.message(499, exact, sizeof exact) == "HTTP status 499"sv);
    BOOST_TEST(cat.message(4990, exact, sizeof exact) == "HTTP status 499"sv);
}

BOOST_AUTO_TEST_CASE(code_and_condition_equivalence) {
    struct row {
        http_status s;
        status_class cls;
    };
    row const rows[] = {
        {http_status::continue_, I},   {http_status::ok, S},  {http_status::found, R},
        {http_status::not_found, C},   {http_status{499}, C}, {http_status::locked, C},
        {http_status::bad_gateway, E}, {http_status{599}, E}, {http_status{0}, I},
        {http_status{600}, E},
    };
    status_class const classes[] = {I, S, R, C, E};

    for (auto const& r : rows) {
        BOOST_TEST_CONTEXT("status " << pd::status_code(r.s)) {
            pd::error_code const ec = pd::make_error_code(r.s);
            pd::error_code const implicit = r.s;
            BOOST_TEST((ec == implicit));
            BOOST_TEST((ec == r.s));
            BOOST_TEST((r.s == ec));
            BOOST_TEST((ec.default_error_condition() == pd::make_error_condition(r.cls)));

            for (auto const c : classes) {
                bool const same = c == r.cls;
                BOOST_TEST((ec == c) == same);
                BOOST_TEST((c == ec) == same);
                BOOST_TEST((ec != c) == !same);
                BOOST_TEST((c != ec) == !same);
                BOOST_TEST((ec == pd::make_error_condition(c)) == same);
                BOOST_TEST((pd::make_error_condition(c) == ec) == same);
            }

            // Not one of the library's own error conditions.
            BOOST_TEST((ec != pd::condition::invalid_input));
            BOOST_TEST((ec != pd::error::invalid_status_text));

            // std::error_code, converted from the Boost code or from the enum.
            std::error_code const from_boost = ec;
            std::error_code const from_enum = r.s;
            BOOST_TEST((from_boost == from_enum));
            BOOST_TEST(from_enum.value() == pd::status_code(r.s));
            BOOST_TEST(from_enum.message() == ec.message());
            BOOST_TEST(from_enum.category().name() == "http_status"sv);
            for (auto const c : classes) {
                bool const same = c == r.cls;
                std::error_condition const cond = c;
                BOOST_TEST((from_enum == cond) == same);
                BOOST_TEST((cond == from_enum) == same);
                BOOST_TEST((from_boost == c) == same);
                BOOST_TEST((c == from_boost) == same);
                BOOST_TEST((from_enum != cond) == !same);
            }
            BOOST_TEST((from_enum.default_error_condition() == std::error_condition(r.cls)));
            BOOST_TEST((from_enum != std::errc::invalid_argument));
        }
    }
}

BOOST_AUTO_TEST_CASE(ok_is_a_nonzero_error_code) {
    // Documented: every status is a non-zero value, so even 200 tests true.
    pd::error_code const ec = http_status::ok;
    BOOST_TEST(static_cast<bool>(ec));
    BOOST_TEST(ec.failed());
    BOOST_TEST((ec == status_class::successful));
    std::error_code const sec = http_status::ok;
    BOOST_TEST(static_cast<bool>(sec));
}

BOOST_AUTO_TEST_CASE(errors_from_other_categories_are_not_classes) {
    pd::error_code const e = pd::error::invalid_status_text;
    for (auto const c : {I, S, R, C, E})
        BOOST_TEST((e != c));
    pd::error_code const generic =
        boost::system::errc::make_error_code(boost::system::errc::io_error);
    BOOST_TEST((generic != status_class::server_error));
    // Same value, different category.
    pd::error_code const other(404, boost::system::generic_category());
    BOOST_TEST((other != http_status::not_found));
    BOOST_TEST((other != status_class::client_error));
}

BOOST_AUTO_TEST_CASE(result_holds_a_status) {
    // http_status converts to error_code too, so a value needs in_place_value.
    pd::result<http_status> const r(boost::system::in_place_value, http_status::created);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(*r == http_status::created);
    pd::result<http_status> const e = pd::error::invalid_status_text;
    BOOST_TEST(e.has_error());
    BOOST_CHECK_THROW(e.value(), boost::system::system_error);
}

// Issue 17: a status_class (what classification_view::category() holds) prints.
BOOST_AUTO_TEST_CASE(status_class_prints) {
    std::ostringstream os;
    os << status_class::client_error << ' ' << pd::class_of(http_status::bad_gateway);
    BOOST_TEST(os.str() == "client_error server_error");
}

// Issue 17: optional_status takes a number, an http_status or nothing.
BOOST_AUTO_TEST_CASE(optional_status_conversions) {
    pd::optional_status s = 429;
    BOOST_TEST((s == http_status::too_many_requests));
    s = http_status::locked;
    BOOST_TEST(pd::status_code(*s) == 423);
    s = std::nullopt;
    BOOST_TEST(!s.has_value());
    std::optional<http_status> const o = http_status::ok;
    s = o;
    BOOST_TEST((s == o));
    std::optional<http_status> const back = pd::optional_status(499u);
    BOOST_TEST(pd::status_code(*back) == 499);
    static_assert(!std::is_convertible_v<bool, pd::optional_status>);
    // Compared as optionals, whatever side a std::optional is on: std::optional's
    // own templates would take optional_status for a value (empty == empty false).
    pd::optional_status const none;
    std::optional<http_status> const other_none;
    BOOST_TEST((other_none == none && none == other_none && !(other_none != none)));
    BOOST_TEST((none == std::nullopt && !(none == http_status::ok) && none != http_status::ok));
    pd::optional_status const four04 = 404;
    std::optional<http_status> const not_found = http_status::not_found;
    BOOST_TEST((not_found == four04 && four04 == not_found && four04 == http_status::not_found));
    BOOST_TEST((four04 != none && other_none != four04 && four04 != http_status::ok));
}
