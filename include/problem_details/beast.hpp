// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BEAST_HPP
#define PROBLEM_DETAILS_BEAST_HPP

/// The optional Boost.Beast adapter: any problem the library writes
/// (`problem`, `problem_view`, `problem_builder`, a validation problem, a
/// typed problem) written into a Beast response as `application/problem+json`
/// or `application/problem+xml`, chosen from the request's `Accept` (status,
/// `Content-Type`, `Content-Language`, `Retry-After`, `WWW-Authenticate`,
/// the body serialized in place), and a Beast response read back through
/// the classifier. Not included by the umbrella header
/// <problem_details/problem_details.hpp>: a program that includes this one
/// needs Boost.Beast (header-only) and, for Asio, Threads.

#include <problem_details/builder.hpp>
#include <problem_details/classify.hpp>
#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/media_type.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/serialize_options.hpp>
#include <problem_details/typed_problem.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/validation_problem.hpp>
#include <problem_details/xml.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <charconv>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace problem_details {

namespace detail::beast_adapter {

inline constexpr std::string_view problem_json = "application/problem+json";

/// A header value may hold visible ASCII, spaces and tabs; never CR, LF or
/// another control character (which would let a value inject headers).
constexpr bool is_field_value(std::string_view v) noexcept {
    for (char const c : v) {
        auto const u = static_cast<unsigned char>(c);
        if (!(u == '\t' || (u >= 0x20 && u <= 0x7e)))
            return false;
    }
    return true;
}

/// In 100..599, and not one of the statuses that never carry content
/// (1xx, 204 No Content, 304 Not Modified: RFC 9110 §15).
constexpr bool can_carry_a_body(http_status s) noexcept {
    auto const c = status_code(s);
    return c >= 200 && c <= 599 && c != 204 && c != 304;
}

inline std::string_view to_std(boost::core::string_view s) noexcept {
    return {s.data(), s.size()};
}

/// The kinds of problem the adapter writes, each as itself or as what it
/// holds: a `problem_builder` as its `problem` (`get()`), a
/// `validation_problem_builder<N>` as its view. No copy, no allocation.
template <class P>
struct kind : std::false_type {};
template <>
struct kind<problem> : std::true_type {};
template <>
struct kind<problem_view> : std::true_type {};
template <>
struct kind<problem_builder> : std::true_type {};
template <>
struct kind<validation_problem_view> : std::true_type {};
template <std::size_t N>
struct kind<validation_problem_builder<N>> : std::true_type {};
template <class T>
struct kind<typed_problem_view<T>> : std::true_type {};
template <class T>
struct kind<typed_problem<T>> : std::true_type {};

inline problem const& target(problem_builder const& p) noexcept {
    return p.get();
}
template <std::size_t N>
validation_problem_view target(validation_problem_builder<N> const& p) noexcept {
    return p.view();
}
template <class P>
P const& target(P const& p) noexcept {
    return p;
}

inline std::optional<http_status> status_of(validation_problem_view const& p) noexcept {
    return p.base.status;
}
template <class P>
std::optional<http_status> status_of(P const& p) noexcept {
    return p.status;
}

} // namespace detail::beast_adapter

/// The Boost.Beast adapter (<problem_details/beast.hpp>).
namespace beast {

/// `problem` or `problem_view`: what the first version of the adapter wrote
/// (kept; every `problem_like` type is a `writable_problem`).
template <class P>
concept problem_like = std::same_as<std::remove_cvref_t<P>, problem> ||
    std::same_as<std::remove_cvref_t<P>, problem_view>;

/** Any problem the adapter writes, as JSON or XML: `problem`,
    `problem_view`, `problem_builder` (what `make_problem(...)` returns),
    `validation_problem_view`, `validation_problem_builder<N>`,
    `typed_problem_view<T>`, `typed_problem<T>`. Each is written as it is
    (a builder through what it holds): never converted to another kind,
    so nothing is copied. */
template <class P>
concept writable_problem = detail::beast_adapter::kind<std::remove_cvref_t<P>>::value;

/** A body the adapter serializes into: its `value_type` is a resizable
    buffer of `char` (`http::string_body`'s `std::string`,
    `http::vector_body<char>`'s `std::vector<char>`). */
template <class Body>
concept writable_body = requires(typename Body::value_type& v, std::size_t n) {
    v.resize(n);
    v.clear();
    { v.data() } -> std::same_as<char*>;
};

/** A body the adapter reads without copying: its `value_type` is a
    contiguous range of bytes (`http::string_body`, `http::vector_body<char>`,
    `http::span_body<char>`). */
template <class Body>
concept contiguous_body = std::ranges::contiguous_range<typename Body::value_type const> &&
                          std::ranges::sized_range<typename Body::value_type const> &&
                          sizeof(std::ranges::range_value_t<typename Body::value_type const>) == 1;

/** A body whose `value_type` holds a buffer sequence (`http::dynamic_body`,
    `http::basic_dynamic_body<flat_buffer>`): read by copying it out. */
template <class Body>
concept buffer_sequence_body = requires(typename Body::value_type const& v) {
    requires boost::asio::is_const_buffer_sequence<std::remove_cvref_t<decltype(v.data())>>::value;
};

/** How a problem becomes a response. */
struct response_options {
    /// The `Content-Language` header: the language of `title` and `detail`
    /// (RFC 9110 §8.5; the seed's responses send it). Empty: no header.
    std::string_view content_language = "en";
    /// A `Retry-After` header in seconds, for 423, 429 and 503 answers:
    /// the client waits that long and retries with the same Idempotency-Key.
    std::optional<std::chrono::seconds> retry_after = std::nullopt;
    /// The HTTP status when the problem has none (`problem.status` empty).
    http_status fallback_status = http_status::internal_server_error;
    /// How a JSON body is written (escaping).
    serialize_options serialize = {};
    /// A `WWW-Authenticate` header: the challenge a 401 answer must carry
    /// (RFC 9110 §11.6.1), e.g. `Bearer realm="payments"`. Empty: the
    /// field is left as it is.
    std::string_view www_authenticate = {};
    /// How an XML body is written (the `<?xml ...?>` declaration).
    xml_options xml = {};
    /// Which formats `make_response(req, p)` offers, and which wins a tie.
    negotiate_options negotiate = {};
};

/// The format to answer `req` with: `negotiate` over the values of its
/// `Accept` fields (all of them, as one list; RFC 9110 §12.5.1): q-values,
/// `*/*`, `application/*`, `application/json`, `application/xml`,
/// `text/xml`, any `+json` / `+xml` type and the problem types themselves
/// are weighed as media_type.hpp says. No `Accept` (or an empty one) is
/// JSON; so is an `Accept` that names nothing acceptable (`text/html`, or
/// every match at `q=0`): RFC 9110 lets a server disregard the field
/// rather than answer 406, and a JSON problem is the most useful answer.
///
/// @return `problem_format::json` or `problem_format::xml`, never `none`.
/// @par Complexity
/// Linear in the `Accept` values. No allocation, never fails.
template <bool IsRequest, class Fields>
problem_format response_format(boost::beast::http::header<IsRequest, Fields> const& req,
                               negotiate_options options = {}) noexcept {
    detail::accept_state st;
    auto const [first, last] = req.equal_range(boost::beast::http::field::accept);
    for (auto it = first; it != last; ++it)
        detail::read_accept(detail::beast_adapter::to_std(it->value()), st);
    problem_format const f = detail::choose_format(st, options);
    return f == problem_format::none ? problem_format::json : f;
}

/** Writes `p` into `res` as `format` (a `problem_format`; a template
    parameter only so that `write_problem(res, p, {})` still means the
    options): the status line, the headers and the body.

    - the status is `p`'s status, or `options.fallback_status` when empty;
    - `Content-Type: application/problem+json` (`problem_format::json`,
      also for `none`) or `application/problem+xml` (`problem_format::xml`);
    - `Content-Language: options.content_language` (the field is removed
      when the option is empty);
    - `Retry-After: N` when `options.retry_after` is set (N seconds);
    - `WWW-Authenticate: options.www_authenticate` when not empty;
    - the body is `p` as compact JSON (`serialize`) or XML
      (`serialize_xml`), sized exactly (`serialized_size` /
      `xml_serialized_size`) and written once, straight into the body's
      buffer: one `resize`, no intermediate string, no conversion of `p`
      to another kind of problem; `Content-Length` is set
      (`prepare_payload`).
    Other fields of `res` are kept, so a server may set its own first.

    @return The body's size. On error `res` is left unchanged.
    @par Allocation
    The body's buffer, once (none when its capacity already suffices),
    and what `res`'s fields allocate for the fields set (Beast allocates
    one node per field, through the `Fields` allocator). Nothing else.
    @par Errors
    `error::status_out_of_range` when the status is not in 100..599, or
    is one whose responses carry no content (1xx, 204, 304);
    `error::invalid_http_message` when `content_language` or
    `www_authenticate` holds a control character (CR, LF: a header
    injection); what `serialize` / `serialize_xml` report
    (`error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member`, `error::capacity_exceeded` for a
    validation builder that dropped field errors, `error::too_deep`).
    @par Complexity
    Linear in the body's size.
    @throws std::bad_alloc (the body, the header fields), nothing else.
*/
template <writable_problem P, writable_body Body, class Fields, std::same_as<problem_format> Format>
result<std::size_t> write_problem(boost::beast::http::response<Body, Fields>& res, P const& p,
                                  Format format, response_options const& options = {}) {
    namespace http = boost::beast::http;
    namespace ba = detail::beast_adapter;
    decltype(auto) w = ba::target(p); // what p holds, never a copy of a problem
    bool const xml = format == problem_format::xml;
    http_status const status = ba::status_of(w).value_or(options.fallback_status);
    if (!ba::can_carry_a_body(status))
        return make_error_code(error::status_out_of_range);
    if (!ba::is_field_value(options.content_language) ||
        !ba::is_field_value(options.www_authenticate))
        return make_error_code(error::invalid_http_message);
    std::size_t const n =
        xml ? xml_serialized_size(w, options.xml) : serialized_size(w, options.serialize);
    if (n == 0) { // not serializable: the writer says why (it writes nothing into an empty span)
        auto const why = xml ? serialize_xml(w, std::span<char>{}, options.xml)
                             : serialize(w, std::span<char>{}, options.serialize);
        return why ? make_error_code(error::invalid_extension_value) : why.error();
    }

    auto& body = res.body();
    body.resize(n);
    std::span<char> const out(body.data(), n);
    auto const written =
        xml ? serialize_xml(w, out, options.xml) : serialize(w, out, options.serialize);
    if (!written) { // cannot happen: the size function said it fits
        body.clear();
        return written.error();
    }
    res.result(static_cast<unsigned>(status_code(status)));
    res.set(http::field::content_type,
            content_type(xml ? problem_format::xml : problem_format::json));
    if (options.content_language.empty())
        res.erase(http::field::content_language);
    else
        res.set(http::field::content_language, options.content_language);
    if (options.retry_after) {
        auto const seconds = options.retry_after->count() < 0 ? 0 : options.retry_after->count();
        char digits[24];
        auto const end = std::to_chars(digits, digits + sizeof digits, seconds).ptr;
        res.set(http::field::retry_after,
                std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    if (!options.www_authenticate.empty())
        res.set(http::field::www_authenticate, options.www_authenticate);
    res.prepare_payload();
    return *written;
}

/// As above, as JSON (`application/problem+json`).
template <writable_problem P, writable_body Body, class Fields>
result<std::size_t> write_problem(boost::beast::http::response<Body, Fields>& res, P const& p,
                                  response_options const& options = {}) {
    return write_problem(res, p, problem_format::json, options);
}

/** A new `http::response<http::string_body>` holding `p` as `format` (see
    `write_problem`), HTTP/1.1 unless `version` says otherwise (10 for 1.0).

    @throws boost::system::system_error with the error `write_problem`
    reports; std::bad_alloc.
*/
template <writable_problem P, std::same_as<problem_format> Format>
boost::beast::http::response<boost::beast::http::string_body>
make_response(P const& p, Format format, response_options const& options = {},
              unsigned version = 11) {
    boost::beast::http::response<boost::beast::http::string_body> res;
    res.version(version);
    if (auto const r = write_problem(res, p, format, options); !r)
        detail::throw_system_error(r.error(), "problem_details::beast::make_response");
    return res;
}

/// As above, as JSON (`application/problem+json`).
template <writable_problem P>
boost::beast::http::response<boost::beast::http::string_body>
make_response(P const& p, response_options const& options = {}, unsigned version = 11) {
    return make_response(p, problem_format::json, options, version);
}

/** The one call of a server: `p` as the answer to `req`, in the format
    its `Accept` asks for (`response_format(req, options.negotiate)`: JSON
    or XML, JSON when nothing acceptable is named), with the request's HTTP
    version and keep-alive, and `Vary: Accept` (the body depends on it).
    `p` is any `writable_problem`: `make_response(req, make_problem(
    http_status::not_found))` works as it reads.

    @par Allocation
    The body's buffer, once, and one node per header field (Beast's
    fields); no other (no intermediate string, no `to_problem`).
    @throws boost::system::system_error with the error `write_problem`
    reports; std::bad_alloc.
*/
template <writable_problem P, class ReqBody, class ReqFields>
boost::beast::http::response<boost::beast::http::string_body>
make_response(boost::beast::http::request<ReqBody, ReqFields> const& req, P const& p,
              response_options const& options = {}) {
    auto res = make_response(p, response_format(req, options.negotiate), options, req.version());
    res.keep_alive(req.keep_alive());
    res.set(boost::beast::http::field::vary, "Accept");
    return res;
}

//------------------------------------------------------------------------------
// Reading problems from Beast responses
//------------------------------------------------------------------------------

/** What the classifier needs from a response header and its body: the
    status (empty when outside 100..599), `Content-Type`,
    `Content-Language`, `Retry-After` (the first field of each name) and
    the body. Views into the header and the body; no allocation.

    The body is taken as received: Beast has undone the chunked transfer
    coding, but not a `Content-Encoding` (gzip); ask the server for
    `identity` or decode it first.
*/
template <class Fields>
response_view to_response_view(boost::beast::http::response_header<Fields> const& header,
                               std::string_view body) noexcept {
    namespace http = boost::beast::http;
    using detail::beast_adapter::to_std;
    response_view r;
    r.status = to_status(static_cast<int>(header.result_int()));
    r.content_type = to_std(header[http::field::content_type]);
    r.content_language = to_std(header[http::field::content_language]);
    r.retry_after = to_std(header[http::field::retry_after]);
    r.body = body;
    return r;
}

/// The body of a response whose body is contiguous, as a view.
template <contiguous_body Body, class Fields>
std::string_view body_text(boost::beast::http::response<Body, Fields> const& res) noexcept {
    auto const& v = res.body();
    return {reinterpret_cast<char const*>(std::ranges::data(v)),
            static_cast<std::size_t>(std::ranges::size(v))};
}

/// As above, for a whole response with a contiguous body (string, vector, span).
template <contiguous_body Body, class Fields>
response_view to_response_view(boost::beast::http::response<Body, Fields> const& res) noexcept {
    return to_response_view(static_cast<boost::beast::http::response_header<Fields> const&>(res),
                            body_text(res));
}

/** Classifies a Beast response (see `problem_details::classify_view`):
    format, status, quirks, the body normalized into a `problem_view`,
    `Content-Language` and `Retry-After` kept for `advise_retry`.

    @par Allocation
    None: views into `res` and `scratch` (`classify_scratch_bound(body)`
    is always enough), valid while both are.
    @return The classification, or `error::scratch_too_small`.
*/
template <contiguous_body Body, class Fields>
result<classification_view> classify_view(boost::beast::http::response<Body, Fields> const& res,
                                          std::span<char> scratch,
                                          classify_options const& options = {}) noexcept {
    return problem_details::classify_view(to_response_view(res), scratch, options);
}

/** Classifies a Beast response into an owning `classification`; its
    `problem` is the problem the response carries (whatever its format:
    an RFC 9457 problem, a gateway body, a legacy error, text...).

    Bodies that are buffer sequences (`http::dynamic_body`) are copied out
    first. @throws As `problem_details::classify` (`std::bad_alloc`).
*/
template <class Body, class Fields>
requires contiguous_body<Body> || buffer_sequence_body<Body>
    classification classify(boost::beast::http::response<Body, Fields> const& res,
                            classify_options const& options = {}) {
    if constexpr (contiguous_body<Body>) {
        return problem_details::classify(to_response_view(res), options);
    } else {
        std::string const body = boost::beast::buffers_to_string(res.body().data());
        return problem_details::classify(
            to_response_view(static_cast<boost::beast::http::response_header<Fields> const&>(res),
                             body),
            options);
    }
}

} // namespace beast
} // namespace problem_details

#endif
