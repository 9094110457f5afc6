// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_CLASSIFY_HPP
#define PROBLEM_DETAILS_CLASSIFY_HPP

/// Classifying any HTTP error response: which body format it is (an RFC 9457
/// problem, an API gateway body, a legacy error format, text or HTML, empty,
/// other JSON), its status and class, and the body normalized into a problem
/// with nothing of the original lost.

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
};

/// "problem", "gateway", "legacy", "text", "empty" or "json" (for
/// `json_unrecognized`): the CLI's JSON names.
constexpr std::string_view to_string(body_format f) noexcept {
    switch (f) {
    case body_format::problem: return "problem";
    case body_format::gateway: return "gateway";
    case body_format::legacy: return "legacy";
    case body_format::text: return "text";
    case body_format::empty: return "empty";
    case body_format::json_unrecognized: return "json";
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
    }
    return "unknown";
}

/// Every quirk, in bit order: for iterating over a `quirk_set`.
inline constexpr quirk all_quirks[] = {
    quirk::status_as_string,   quirk::status_not_integer, quirk::status_unusable,
    quirk::status_missing,     quirk::status_mismatch,    quirk::trace_id_not_instance,
    quirk::invalid_params,     quirk::extra_details,      quirk::errors_member,
    quirk::wrong_typed_member, quirk::content_type_mismatch, quirk::malformed_json,
    quirk::html,               quirk::byte_order_mark,    quirk::legacy_array,
    quirk::limit_exceeded,
};

/// A set of `quirk`s (a bit mask).
class quirk_set {
public:
    constexpr quirk_set() noexcept = default;
    constexpr quirk_set(std::initializer_list<quirk> qs) noexcept {
        for (quirk q : qs)
            insert(q);
    }
    constexpr bool contains(quirk q) const noexcept { return (bits_ & static_cast<std::uint32_t>(q)) != 0; }
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

    /// The same, from a raw response read by `parse_http_response`.
    static response_view from(http_response_view const& m) noexcept {
        response_view r;
        r.status = m.status;
        r.content_type = m.headers.value_or_empty("Content-Type");
        r.content_language = m.headers.value_or_empty("Content-Language");
        r.retry_after = m.headers.value_or_empty("Retry-After");
        r.body = m.body;
        return r;
    }
};

/** Options for `classify_view` and `classify`. */
struct classify_options {
    /// Limits and mode for reading JSON bodies. Lenient by default, so that
    /// `"status":"400"` is read (and reported as `quirk::status_as_string`);
    /// `rfc` keeps such a status raw among the extensions. `strict` reads as
    /// `rfc`: classification takes every body, use `validate` for verdicts.
    parse_options parse{.mode = parse_mode::lenient};
};

/// The name of the extension that keeps a body that is not a JSON object:
/// a legacy array, another JSON array or scalar (raw JSON), or text (a JSON string).
inline constexpr std::string_view body_extension = "body";

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
    /// The error code the body states, as text: `errorCode` of a legacy error
    /// (`"35"`), or of any JSON object that has one; empty when none. (Not the
    /// HTTP status, `status_code(*status)`, nor a Boost.System `error_code`.)
    std::string_view body_code = {};
    /// An identifier of this occurrence for support requests: `instance`,
    /// else `traceId`, else `contextId`; empty when none.
    std::string_view correlation_id = {};
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
    std::string content_language;
    std::string retry_after;

    classification() = default;

    /// Copies a view (the problem as `problem(problem_view)` does). Allocates.
    explicit classification(classification_view const& v)
        : format(v.format), quirks(v.quirks), status(v.status), response_status(v.response_status),
          body_status(v.body_status), problem(v.problem), body_code(v.body_code), correlation_id(v.correlation_id),
          content_language(v.content_language), retry_after(v.retry_after) {}

    /// The class of `status`; empty when the status is unknown.
    std::optional<status_class> category() const noexcept {
        if (!status)
            return std::nullopt;
        return class_of(*status);
    }
};

/** Scratch that is always enough for `classify_view` on `body`.

    A bound from the size alone (about 24 bytes per body byte on 64-bit, a few
    hundred bytes for a typical error body's actual need). O(1).
*/
constexpr std::size_t classify_scratch_bound(std::string_view body) noexcept {
    return 2 * scratch_bound(body) + 6 * body.size() + 256;
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
    or `[`). A JSON
    object is `gateway` when it has `statusCode` and `message` and no
    `type`/`title`/`detail`; `legacy` when it has `errorCode`, `errorGroup`
    or `errorMessage` and no `type`/`title`; `problem` when it has `type`,
    `title`, `detail` or `instance`, or comes as `application/problem+json`;
    otherwise `json`. A top-level array whose first element is a legacy
    error is `legacy` (`quirk::legacy_array`).

    The normalized problem (RFC 9457 members from whatever the body has):
    - problem: the document as `parse_view` reads it (lenient by default);
      a missing `status` is the HTTP status, and an `about:blank` problem
      without a title gets the reason phrase (RFC 9457 §4.2.1);
    - gateway: `status` from `statusCode`, `detail` from `message`,
      `title` the reason phrase; `statusCode` and `message` stay as extensions;
    - legacy: `detail` from the (first) error's `errorMessage`, `title` the
      reason phrase, `status` the HTTP status; the (first) error's members
      stay as extensions; an array is also kept whole, raw, under `body`;
    - json: an object's members as extensions (a numeric `status` read as
      the status); `detail` from `message`, `error_description` or a string
      `error`; an array or scalar is kept raw under `body`;
    - text: `title` from an HTML page's `<title>` (else the reason phrase),
      `detail` the text itself for plain text; the body is kept as a JSON
      string under `body` (bytes that are not UTF-8 are read as Latin-1);
    - empty: `status` and the reason phrase as `title`.
    A member that the body already has (even with a wrong type, kept raw
    among the extensions) is never overwritten, so nothing is lost.

    @param scratch Holds decoded strings and extension lists;
    `classify_scratch_bound(response)` is always enough; typical error
    bodies need a few hundred bytes (a text body needs room for its
    JSON-escaped copy).
    @par Complexity
    Linear in the body's size.
    @par Allocation
    None, ever.
    @return The classification, or `error::scratch_too_small`. Any body is
    classified: bad JSON is text, JSON over a limit is kept raw.
*/
result<classification_view> classify_view(response_view const& response, std::span<char> scratch,
                                          classify_options const& options = {}) noexcept;

/** As `classify_view`, into an owning `classification`. Allocates.
    `options.parse.max_depth` is capped below `parse_options::max_owning_depth`
    (the depth a `boost::json::value` may have): a deeper body is over the
    limit (`quirk::limit_exceeded`), as with `classify_view` and a lower limit.
    @throws std::bad_alloc only. */
classification classify(response_view const& response, classify_options const& options = {});

} // namespace problem_details

#include <problem_details/impl/classify.hpp>

#endif
