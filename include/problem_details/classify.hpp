// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_CLASSIFY_HPP
#define PROBLEM_DETAILS_CLASSIFY_HPP

/// Classifying any HTTP error response: which body format it is (an RFC 9457
/// problem, an API gateway body, a legacy error format, an OAuth 2.0 error,
/// text or HTML, empty, other JSON), its status and class, the body's own
/// error code and correlation id, and the body normalized into a problem
/// with nothing of the original lost. The JSON families are data
/// (`body_family`): an SDK for another API passes its own.

#include <problem_details/http_message.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/media_type.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace problem_details {

//------------------------------------------------------------------------------
// Vocabulary
//------------------------------------------------------------------------------

/** The format of an error body. `to_string` gives the names the CLI prints. */
enum class body_format : unsigned char {
    /// An RFC 9457 / RFC 7807 problem object (quirks and all, see `quirk`).
    problem,
    /// An API gateway body, `{"statusCode": 401, "message": "..."}` (Azure API Management).
    gateway,
    /// A legacy error format: `errorCode` / `errorGroup` / `errorMessage` /
    /// `contextId`, as one object or as a top-level array of them.
    legacy,
    /// Not JSON: plain text, or an HTML error page from a proxy (`quirk::html`).
    text,
    /// No body at all, or only whitespace.
    empty,
    /// JSON in no family this library recognises: an object of another
    /// shape, an array, a scalar (printed as "json").
    json_unrecognized,
    /// The old name of `json_unrecognized`, which read as "any JSON".
    json [[deprecated("use body_format::json_unrecognized")]] = json_unrecognized,
    /// An OAuth 2.0 / OpenID Connect error (RFC 6749 §5.2): `{error,
    /// error_description, error_uri}`, with Azure AD's `error_codes`,
    /// `trace_id`, `correlation_id`, or `{error, error_code, error_debug}`.
    oauth,
};

/// "problem", "gateway", "legacy", "oauth", "text", "empty" or "json" (for
/// `json_unrecognized`): the CLI's JSON names.
constexpr std::string_view to_string(body_format f) noexcept {
    switch (f) {
    case body_format::problem: return "problem";
    case body_format::gateway: return "gateway";
    case body_format::legacy: return "legacy";
    case body_format::text: return "text";
    case body_format::empty: return "empty";
    case body_format::json_unrecognized: return "json";
    case body_format::oauth: return "oauth";
    }
    return "unknown";
}

/** Deviations and notable features found in a body, one bit each. */
enum class quirk : std::uint32_t {
    /// `"status":"400"`: the status as a string (read anyway, as the seed's example needs).
    status_as_string = 1u << 0,
    /// `"status":400.0` or `4E2`: a number that is not a JSON integer (read anyway).
    status_not_integer = 1u << 1,
    /// A `status` (or `statusCode`) that is no HTTP status at all (`"abc"`, `700`): kept raw.
    status_unusable = 1u << 2,
    /// A problem without a `status` member: the normalized problem takes the HTTP status.
    status_missing = 1u << 3,
    /// The body's status differs from the HTTP status. The HTTP status wins
    /// for the class; both are kept (`classification_view::body_status`).
    status_mismatch = 1u << 4,
    /// `traceId` where RFC 9457 has `instance` (the ePayment API did this).
    trace_id_not_instance = 1u << 5,
    /// Validation errors in `invalidParams` (some APIs) ...
    invalid_params = 1u << 6,
    /// ... in `extraDetails` (the seed's format, for new APIs) ...
    extra_details = 1u << 7,
    /// ... or in `errors` (RFC 9457's example, ASP.NET).
    errors_member = 1u << 8,
    /// A standard member with the wrong JSON type (`"title": 42`): ignored as
    /// RFC 9457 says, kept raw among the extensions.
    wrong_typed_member = 1u << 9,
    /// The Content-Type does not say what the body is: a problem not sent
    /// as `application/problem+json`, JSON sent as `text/html`...
    content_type_mismatch = 1u << 10,
    /// Labelled JSON, or starting like JSON, but not valid JSON: read as text.
    malformed_json = 1u << 11,
    /// A text body that is an HTML page.
    html = 1u << 12,
    /// A UTF-8 byte order mark before the JSON (which JSON forbids): skipped.
    byte_order_mark = 1u << 13,
    /// Legacy errors in a top-level array.
    legacy_array = 1u << 14,
    /// The body is over a `parse_options` limit: not parsed; it is kept
    /// whole under the `body` extension when it is valid JSON, and not
    /// copied at all when it is larger than `max_document_size`.
    limit_exceeded = 1u << 15,
    /// A text body longer than `text_prefix_limit`: the summary (`detail`,
    /// the HTML title) and the copy under `body` keep a bounded prefix, so
    /// that any text classifies in a fixed scratch. The whole body is the
    /// caller's `response_view::body`.
    text_truncated = 1u << 16,
};

/// The quirk's name, e.g. "status_as_string" (the enumerator's).
constexpr std::string_view to_string(quirk q) noexcept {
    switch (q) {
    case quirk::status_as_string: return "status_as_string";
    case quirk::status_not_integer: return "status_not_integer";
    case quirk::status_unusable: return "status_unusable";
    case quirk::status_missing: return "status_missing";
    case quirk::status_mismatch: return "status_mismatch";
    case quirk::trace_id_not_instance: return "trace_id_not_instance";
    case quirk::invalid_params: return "invalid_params";
    case quirk::extra_details: return "extra_details";
    case quirk::errors_member: return "errors_member";
    case quirk::wrong_typed_member: return "wrong_typed_member";
    case quirk::content_type_mismatch: return "content_type_mismatch";
    case quirk::malformed_json: return "malformed_json";
    case quirk::html: return "html";
    case quirk::byte_order_mark: return "byte_order_mark";
    case quirk::legacy_array: return "legacy_array";
    case quirk::limit_exceeded: return "limit_exceeded";
    case quirk::text_truncated: return "text_truncated";
    }
    return "unknown";
}

/// Every quirk, in bit order: for iterating over a `quirk_set`.
inline constexpr quirk all_quirks[] = {
    quirk::status_as_string,
    quirk::status_not_integer,
    quirk::status_unusable,
    quirk::status_missing,
    quirk::status_mismatch,
    quirk::trace_id_not_instance,
    quirk::invalid_params,
    quirk::extra_details,
    quirk::errors_member,
    quirk::wrong_typed_member,
    quirk::content_type_mismatch,
    quirk::malformed_json,
    quirk::html,
    quirk::byte_order_mark,
    quirk::legacy_array,
    quirk::limit_exceeded,
    quirk::text_truncated,
};

/// A set of `quirk`s (a bit mask).
class quirk_set {
public:
    constexpr quirk_set() noexcept = default;
    constexpr quirk_set(std::initializer_list<quirk> qs) noexcept {
        for (quirk q : qs)
            insert(q);
    }
    constexpr bool contains(quirk q) const noexcept {
        return (bits_ & static_cast<std::uint32_t>(q)) != 0;
    }
    constexpr void insert(quirk q) noexcept { bits_ |= static_cast<std::uint32_t>(q); }
    constexpr void erase(quirk q) noexcept { bits_ &= ~static_cast<std::uint32_t>(q); }
    constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr std::uint32_t bits() const noexcept { return bits_; }
    friend constexpr bool operator==(quirk_set, quirk_set) noexcept = default;

private:
    std::uint32_t bits_ = 0;
};

/** An HTTP response to classify: its status, the headers that matter, the body.

    Everything is a view; nothing is copied. Leave `status` empty when it is
    unknown (a body read from a file): the body's own status is used then.
*/
struct response_view {
    /// The HTTP status of the response, if known: an `http_status` or a
    /// number (`.status = 429`), or empty.
    optional_status status = std::nullopt;
    /// The `Content-Type` header's value ("" when absent).
    std::string_view content_type = {};
    /// The `Content-Language` header's value ("" when absent).
    std::string_view content_language = {};
    /// The `Retry-After` header's value ("" when absent); see <problem_details/retry.hpp>.
    std::string_view retry_after = {};
    /// The body, as received (not decoded: no chunking, no content coding).
    std::string_view body = {};
    /// A request or trace identifier the response's headers give ("" when
    /// none): the correlation id when the body states none (see
    /// `classify_view`), e.g. the value of `Request-Id`.
    std::string_view request_id = {};
    /// The name of the header `request_id` came from (e.g. "X-Request-Id").
    std::string_view request_id_header = {};

    /// The headers `from` takes `request_id` from, first present wins.
    static constexpr std::string_view request_id_headers[] = {
        "Request-Id",     "X-Request-Id",    "X-Correlation-Id",
        "Correlation-Id", "X-Ms-Request-Id", "traceparent",
    };

    /// The same, from a raw response read by `parse_http_response`.
    static response_view from(http_response_view const& m) noexcept {
        response_view r;
        r.status = m.status;
        r.content_type = m.headers.value_or_empty("Content-Type");
        r.content_language = m.headers.value_or_empty("Content-Language");
        r.retry_after = m.headers.value_or_empty("Retry-After");
        r.body = m.body;
        for (std::string_view h : request_id_headers) {
            std::string_view const v = m.headers.value_or_empty(h);
            if (!v.empty()) {
                r.request_id = v;
                r.request_id_header = h;
                break;
            }
        }
        return r;
    }
};

/** A member of a JSON object body: a top-level member, or (`nested` not
    empty) a member of the object that top-level member holds, as
    `{"error_description", "correlation_id"}` in MobilePay Subscriptions'
    `{"error":..., "error_description":{"correlation_id":...}}`. */
struct member_path {
    std::string_view name;
    std::string_view nested = {};
};

/** A family of JSON error bodies, as data: how to recognize one and which
    members give its status, code, message and correlation id.

    A JSON object is of the first family (in `classify_options::families`
    order) whose rule it meets: every `required` member present, at least
    one `any_of` member (when any are listed), and no `excluded` member.
    Names are matched exactly (case-sensitive), after JSON unescaping. A
    top-level array is of the first family with `arrays` set whose rule its
    first element meets; the element is then read as the body (its members
    become the normalized problem's) and the whole array is kept raw under
    the `body` extension.

    Each list of members is an order of preference: the first present
    member whose value fits is used (a string, or for `code` a number too;
    `null` is skipped). Nothing here is copied: the strings must outlive
    the classification call only.
*/
struct body_family {
    /// How bodies of this family are reported.
    body_format format = body_format::json_unrecognized;
    /// A short name, for documentation and debugging ("oauth", "mobilepay").
    std::string_view name = {};
    /// Members the body must have (nested ones too).
    std::span<member_path const> required = {};
    /// Members of which the body must have one (when not empty).
    std::span<member_path const> any_of = {};
    /// Members the body must not have.
    std::span<member_path const> excluded = {};
    /// Whether a top-level array of such objects is of this family too.
    bool arrays = false;
    /// Members stating an HTTP status (read with the same rules as a
    /// problem's `status`, see `quirk`); a problem's `status` is always read.
    std::span<member_path const> status = {};
    /// Members holding the body's own error code (`classification_view::body_code`).
    std::span<member_path const> code = {};
    /// Members holding a human message: the normalized problem's `detail`
    /// when the body has none.
    std::span<member_path const> message = {};
    /// Members holding an id of the occurrence (`classification_view::correlation_id`).
    std::span<member_path const> correlation_id = {};
    /// Members holding field (validation) errors; see `field_errors`.
    std::span<std::string_view const> field_errors = {};
};

namespace families {
// The member lists of the built-in families (see `vipps_mobilepay`).
inline constexpr member_path problem_members[] = {{"type"}, {"title"}, {"detail"}, {"instance"}};
inline constexpr member_path problem_codes[] = {{"errorCode"}, {"code"}, {"error_code"}};
inline constexpr member_path id_members[] = {{"traceId"},        {"contextId"}, {"correlationId"},
                                             {"correlation_id"}, {"trace_id"},  {"requestId"}};
inline constexpr std::string_view field_error_members[] = {"extraDetails", "invalidParams",
                                                           "invalid-params", "errors"};
inline constexpr member_path status_code[] = {{"statusCode"}};
inline constexpr member_path message[] = {{"message"}};
inline constexpr member_path status_code_message[] = {{"statusCode"}, {"message"}};
inline constexpr member_path type_title_detail[] = {{"type"}, {"title"}, {"detail"}};
inline constexpr member_path type_title[] = {{"type"}, {"title"}};
inline constexpr member_path response_info_code[] = {{"responseInfo", "responseCode"}};
inline constexpr member_path response_info_message[] = {{"result", "message"},
                                                        {"responseInfo", "responseMessage"}};
inline constexpr member_path legacy_members[] = {{"errorCode"}, {"errorGroup"}, {"errorMessage"}};
inline constexpr member_path error_code[] = {{"errorCode"}};
inline constexpr member_path error_message[] = {{"errorMessage"}};
inline constexpr member_path context_id[] = {{"contextId"}, {"traceId"}};
inline constexpr member_path subscriptions_required[] = {{"error"},
                                                         {"error_description", "message"}};
inline constexpr member_path subscriptions_code[] = {{"error"},
                                                     {"error_description", "error_type"}};
inline constexpr member_path subscriptions_message[] = {{"error_description", "message"}};
inline constexpr member_path subscriptions_id[] = {{"error_description", "correlation_id"},
                                                   {"correlation_id"}};
inline constexpr member_path invoice_required[] = {{"error"}, {"error_context"}};
inline constexpr member_path invoice_code[] = {{"error_code"}, {"error"}};
inline constexpr member_path error_description[] = {{"error_description"}};
inline constexpr member_path correlation_id_member[] = {{"correlation_id"}, {"trace_id"}};
inline constexpr member_path code_correlation_id[] = {{"code"}, {"correlationId"}};
inline constexpr member_path code[] = {{"code"}};
inline constexpr member_path correlation_id_camel[] = {{"correlationId"}};
inline constexpr member_path error[] = {{"error"}};
inline constexpr member_path oauth_extras[] = {
    {"error_description"}, {"error_uri"}, {"error_codes"}, {"error_code"}, {"error_debug"}};
inline constexpr member_path oauth_excluded[] = {{"message"}, {"status"}, {"statusCode"}};
inline constexpr member_path oauth_codes[] = {{"error"}, {"error_code"}};
inline constexpr member_path oauth_messages[] = {{"error_description"}, {"error_debug"}};
inline constexpr member_path v2_required[] = {{"field"}, {"message"}, {"code"}};
inline constexpr member_path code_message[] = {{"code"}, {"message"}};
inline constexpr member_path middleware_excluded[] = {
    {"type"}, {"title"}, {"detail"}, {"correlationId"}};
inline constexpr std::string_view errors_map[] = {"errors"};

/// RFC 9457 problems and problem-like objects (any of `type`, `title`,
/// `detail`, `instance`); also any object sent as `application/problem+json`.
inline constexpr body_family problem = {.format = body_format::problem,
                                        .name = "problem",
                                        .any_of = problem_members,
                                        .code = problem_codes,
                                        .correlation_id = id_members,
                                        .field_errors = field_error_members};

/** The families the Vipps MobilePay and MobilePay APIs send, in the order
    they are tried (the table in docs/sdk.md):
    - gateway: Azure API Management `{statusCode, message}` (status from
      `statusCode`) and `{responseInfo:{responseCode, responseMessage},
      result:{message}}`;
    - legacy: eCom / PSP `{errorGroup, errorCode, errorMessage, contextId}`
      (one object or an array of them);
    - problem: an RFC 9457 problem or a problem-like object (any of `type`,
      `title`, `detail`, `instance`), code from `errorCode`, `code`,
      `error_code`; the correlation id from `traceId`, `contextId`,
      `correlationId`, `correlation_id`, `trace_id`, `requestId`;
    - legacy: MobilePay Subscriptions `{error, error_description:{message,
      error_type, correlation_id}}` and Invoice `{correlation_id, error,
      error_code, error_description, error_context}`;
    - oauth: `{error}` with any of `error_description`, `error_uri`,
      `error_codes`, `error_code`, `error_debug` (and no `message`,
      `status`, `statusCode`): code `error` then `error_code`, message
      `error_description` then `error_debug`, id `correlation_id` then
      `trace_id`;
    - legacy: MobilePay `{code, correlationId, message, origin}`; the
      Recurring v2 array `[{field, message, code, contextId}]`;
    - gateway: a middleware `{code, message}` (`code` is the body's code,
      not its status: one sends 400 on a 401).
    JSON in none of them is `json_unrecognized`, read with `fallback`; an
    object sent as `application/problem+json` is a problem. */
inline constexpr body_family vipps_mobilepay[] = {
    {.format = body_format::gateway,
     .name = "apim",
     .required = status_code_message,
     .excluded = type_title_detail,
     .status = status_code,
     .message = message,
     .correlation_id = id_members},
    {.format = body_format::gateway,
     .name = "apim-response-info",
     .required = response_info_code,
     .status = response_info_code,
     .message = response_info_message,
     .correlation_id = id_members},
    {.format = body_format::legacy,
     .name = "ecom",
     .any_of = legacy_members,
     .excluded = type_title,
     .arrays = true,
     .code = error_code,
     .message = error_message,
     .correlation_id = context_id},
    problem,
    {.format = body_format::legacy,
     .name = "mobilepay-subscriptions",
     .required = subscriptions_required,
     .code = subscriptions_code,
     .message = subscriptions_message,
     .correlation_id = subscriptions_id},
    {.format = body_format::legacy,
     .name = "mobilepay-invoice",
     .required = invoice_required,
     .code = invoice_code,
     .message = error_description,
     .correlation_id = correlation_id_member},
    {.format = body_format::oauth,
     .name = "oauth",
     .required = error,
     .any_of = oauth_extras,
     .excluded = oauth_excluded,
     .code = oauth_codes,
     .message = oauth_messages,
     .correlation_id = correlation_id_member},
    {.format = body_format::legacy,
     .name = "mobilepay",
     .required = code_correlation_id,
     .code = code,
     .message = message,
     .correlation_id = correlation_id_camel},
    {.format = body_format::legacy,
     .name = "recurring-v2",
     .required = v2_required,
     .arrays = true,
     .code = code,
     .message = message,
     .correlation_id = context_id},
    {.format = body_format::gateway,
     .name = "middleware",
     .required = code_message,
     .excluded = middleware_excluded,
     .code = code,
     .message = message,
     .correlation_id = id_members},
};

inline constexpr member_path fallback_messages[] = {{"message"}, {"error_description"}, {"error"}};
inline constexpr member_path fallback_codes[] = {{"errorCode"}, {"error_code"}, {"code"}};
/// How JSON in no family (and a problem found by its Content-Type only) is read.
inline constexpr body_family fallback = {.format = body_format::json_unrecognized,
                                         .name = "json",
                                         .code = fallback_codes,
                                         .message = fallback_messages,
                                         .correlation_id = id_members,
                                         .field_errors = field_error_members};
} // namespace families

/** Options for `classify_view` and `classify`. */
struct classify_options {
    /// Limits and mode for reading JSON bodies. Lenient by default, so that
    /// `"status":"400"` is read (and reported as `quirk::status_as_string`);
    /// `rfc` keeps such a status raw among the extensions. `strict` reads as
    /// `rfc`: classification takes every body, use `validate` for verdicts.
    parse_options parse{.mode = parse_mode::lenient};
    /// The JSON families, tried in order (see `body_family`). An SDK for
    /// another API passes its own list (and may append these).
    std::span<body_family const> families = families::vipps_mobilepay;
};

/// The name of the extension that keeps a body that is not a JSON object:
/// a legacy array, another JSON array or scalar (raw JSON), or text (a JSON string).
inline constexpr std::string_view body_extension = "body";

/// How much of a text body is read for its summary (`detail`, an HTML
/// `<title>`) and kept under `body`: longer text is cut (`quirk::text_truncated`).
inline constexpr std::size_t text_prefix_limit = 1024;

/** Where `classification_view::correlation_id` came from. */
enum class correlation_source : unsigned char {
    /// No correlation id.
    none,
    /// A member of the body (`traceId`, `contextId`, `correlation_id`...).
    body,
    /// A response header (`response_view::request_id`).
    header,
    /// The problem's `instance`, as it is a `urn:uuid:` or a bare UUID.
    instance,
};

/// "none", "body", "header" or "instance".
constexpr std::string_view to_string(correlation_source s) noexcept {
    switch (s) {
    case correlation_source::none: return "none";
    case correlation_source::body: return "body";
    case correlation_source::header: return "header";
    case correlation_source::instance: return "instance";
    }
    return "unknown";
}

/** A classified response, as views into the body and the caller's scratch.

    The normalized `problem` maps every format onto the five standard
    members plus extensions (see `classify_view` for the mapping); the
    original members are always kept.
*/
struct classification_view {
    /// The body's format.
    body_format format = body_format::empty;
    /// What was odd or notable about it.
    quirk_set quirks = {};
    /// The status that counts: the HTTP status when known, else the body's own.
    std::optional<http_status> status = std::nullopt;
    /// The HTTP status of the response, as given in `response_view::status`.
    std::optional<http_status> response_status = std::nullopt;
    /// The status the body states (`status`, `statusCode`), if any and usable.
    std::optional<http_status> body_status = std::nullopt;
    /// The body normalized into a problem (views into the body and the scratch).
    problem_view problem = {};
    /// The error code the body states, as text, from its family's code
    /// members (`errorCode` `"35"`, `code` `"invalid_payment_state"`, OAuth's
    /// `error` `"unauthorized_client"`...); empty when none. (Not the HTTP
    /// status, `status_code(*status)`, nor a Boost.System `error_code`.)
    std::string_view body_code = {};
    /// An identifier of this occurrence for support requests: the body's
    /// explicit id member (its family's, e.g. `traceId`, `contextId`,
    /// `correlationId`, `correlation_id`, `trace_id`, nested ones too), else
    /// `response_view::request_id`, else `instance` when that is a
    /// `urn:uuid:` or a bare UUID (never a path or URL); empty when none.
    std::string_view correlation_id = {};
    /// Where `correlation_id` came from.
    correlation_source correlation_from = correlation_source::none;
    /// The member ("traceId", "error_description.correlation_id"), header
    /// ("Request-Id") or "instance" it came from; empty when none.
    std::string_view correlation_member = {};
    /// The name of the family that recognized a JSON body ("oauth",
    /// "ecom"...; `body_family::name`); empty for other bodies.
    std::string_view family = {};
    /// The field-error member names of that family (see `field_errors`).
    std::span<std::string_view const> field_error_members = {};
    /// The `Content-Language` header, as given.
    std::string_view content_language = {};
    /// The `Retry-After` header, as given (see `advise_retry`).
    std::string_view retry_after = {};

    /// The class of `status`; empty when the status is unknown.
    constexpr std::optional<status_class> category() const noexcept {
        if (!status)
            return std::nullopt;
        return class_of(*status);
    }
};

/** An owning `classification_view`: strings copied, the problem a `problem`. */
struct classification {
    body_format format = body_format::empty;
    quirk_set quirks;
    std::optional<http_status> status;
    std::optional<http_status> response_status;
    std::optional<http_status> body_status;
    problem_details::problem problem;
    std::string body_code;
    std::string correlation_id;
    correlation_source correlation_from = correlation_source::none;
    std::string correlation_member;
    std::string family;
    std::string content_language;
    std::string retry_after;

    classification() = default;

    /// Copies a view (the problem as `problem(problem_view)` does). Allocates.
    explicit classification(classification_view const& v)
        : format(v.format), quirks(v.quirks), status(v.status), response_status(v.response_status),
          body_status(v.body_status), problem(v.problem), body_code(v.body_code),
          correlation_id(v.correlation_id), correlation_from(v.correlation_from),
          correlation_member(v.correlation_member), family(v.family),
          content_language(v.content_language), retry_after(v.retry_after) {}

    /// The class of `status`; empty when the status is unknown.
    std::optional<status_class> category() const noexcept {
        if (!status)
            return std::nullopt;
        return class_of(*status);
    }
};

/// The scratch a text or HTML body needs at most, whatever its size.
inline constexpr std::size_t classify_text_scratch = 2 * text_prefix_limit + 256 + 64;

/** Scratch that is always enough for `classify_view` on `body`.

    A bound from the size alone. What a body actually needs: for a JSON
    object, what `parse_view` needs (`parse_diagnostics::required_scratch`)
    plus the decoded length of the code, message and correlation id when
    they have escapes, plus one extension entry; for text or HTML, at most
    `classify_text_scratch` (about 2.4 KiB) whatever its size; for an
    empty body, nothing. 4 KiB covers typical error bodies. O(1).
*/
constexpr std::size_t classify_scratch_bound(std::string_view body) noexcept {
    return scratch_bound(body) + 3 * body.size() + classify_text_scratch + 64;
}

/// As above, for a response.
constexpr std::size_t classify_scratch_bound(response_view const& r) noexcept {
    return classify_scratch_bound(r.body);
}

/** Classifies a response and normalizes its body, without allocating.

    Format detection: an empty (or all-whitespace) body is `empty`. A body
    that is valid JSON (a UTF-8 byte order mark is skipped) is read as JSON
    whatever its Content-Type says; a body that is not, as `text`
    (`quirk::malformed_json` when it was labelled JSON or starts with `{`
    or `[`). A JSON object is read once, by the parser's own reader, which
    records the members the families name; it is then of the first family of
    `options.families` whose rule it meets (see `body_family`; the built-in
    `families::vipps_mobilepay` lists the Vipps MobilePay and MobilePay
    shapes), else `problem` when it came as `application/problem+json`, else
    `json_unrecognized`. A top-level array is of the first `arrays` family
    its first element meets (`quirk::legacy_array`), else `json_unrecognized`.

    One set of status rules serves every family (a problem's `status`, a
    gateway's `statusCode`...): see `quirk::status_as_string`,
    `status_not_integer`, `status_unusable`.

    The normalized problem (RFC 9457 members from whatever the body has):
    - an object: its members as `parse_view` reads them (lenient by
      default); `status` from the family's status member, else the HTTP
      status; `detail` from the family's message member when the body has
      none; an `about:blank` problem without a title gets the reason phrase
      (RFC 9457 §4.2.1);
    - an array of a family: its first element as above, and the whole array
      kept raw under `body`; another array or a scalar: kept raw under `body`;
    - text: `title` from an HTML page's `<title>` (else the reason phrase),
      `detail` the text itself for plain text; the body kept as a JSON string
      under `body` (bytes that are not UTF-8 read as Latin-1); of a text
      longer than `text_prefix_limit`, a bounded prefix of each
      (`quirk::text_truncated`);
    - empty: `status` and the reason phrase as `title`.
    A member that the body already has (even with a wrong type, kept raw
    among the extensions) is never overwritten, so nothing is lost.

    `body_code` is the family's first code member present; `correlation_id`
    the family's first id member present, else `response.request_id`, else
    `instance` when that is a `urn:uuid:` or a bare UUID (`correlation_from`,
    `correlation_member` say which).

    @param scratch Holds the reader's extension list and decoded strings,
    and the decoded code, message and correlation id when they have
    escapes: what `parse_view` needs plus those plus a few dozen bytes for a
    JSON object; at most `classify_text_scratch` for text of any size.
    `classify_scratch_bound(response)` is always enough; 4 KiB is enough
    for typical error bodies.
    @par Complexity
    Linear in the body's size.
    @par Allocation
    None, ever.
    @return The classification, `error::scratch_too_small`, or
    `error::capacity_exceeded` when `options.families` names more than 64
    distinct members or holds more than 32 families. Any body is
    classified: bad JSON is text, JSON over a limit is kept raw.
*/
result<classification_view> classify_view(response_view const& response, std::span<char> scratch,
                                          classify_options const& options = {}) noexcept;

/** As `classify_view`, into an owning `classification`. Allocates.
    `options.parse.max_depth` is capped below `parse_options::max_owning_depth`
    (the depth a `boost::json::value` may have): a deeper body is over the
    limit (`quirk::limit_exceeded`), as with `classify_view` and a lower limit.
    @throws std::bad_alloc; std::invalid_argument when `options.families`
    is over the capacity (see `classify_view`). */
classification classify(response_view const& response, classify_options const& options = {});

} // namespace problem_details

#include <problem_details/impl/classify.hpp>

#endif
