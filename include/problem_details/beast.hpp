// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BEAST_HPP
#define PROBLEM_DETAILS_BEAST_HPP

/// The optional Boost.Beast adapter: a problem written into a Beast response
/// (status, `Content-Type: application/problem+json`, `Content-Language`,
/// `Retry-After`, the body serialized in place), and a Beast response read
/// back through the classifier. Not included by the umbrella header
/// <problem_details/problem_details.hpp>: a program that includes this one
/// needs Boost.Beast (header-only) and, for Asio, Threads.

#include <problem_details/classify.hpp>
#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/serialize_options.hpp>

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

} // namespace detail::beast_adapter

/// The Boost.Beast adapter (<problem_details/beast.hpp>).
namespace beast {

/// `problem` or `problem_view`: what the adapter writes.
template <class P>
concept problem_like = std::same_as<std::remove_cvref_t<P>, problem> ||
    std::same_as<std::remove_cvref_t<P>, problem_view>;

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
    /// How the body is written (escaping).
    serialize_options serialize = {};
};

/** Writes `p` into `res`: the status line, the headers and the body.

    - the status is `p.status`, or `options.fallback_status` when empty;
    - `Content-Type: application/problem+json`;
    - `Content-Language: options.content_language` (the field is removed
      when the option is empty);
    - `Retry-After: N` when `options.retry_after` is set (N seconds);
    - the body is `p` as compact JSON, serialized straight into the body's
      buffer (`serialized_size`, one resize, `serialize`): no intermediate
      string; `Content-Length` is set (`prepare_payload`).
    Other fields of `res` are kept, so a server may set its own first.

    @return The body's size. On error `res` is left unchanged.
    @par Errors
    `error::status_out_of_range` when the status is not in 100..599, or
    is one whose responses carry no content (1xx, 204, 304);
    `error::invalid_http_message` when `content_language` holds a control
    character (CR, LF: a header injection); what `serialize` reports
    (`error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member`).
    @par Complexity
    Linear in the body's size.
    @throws std::bad_alloc (the body, the header fields), nothing else.
*/
template <problem_like P, writable_body Body, class Fields>
result<std::size_t> write_problem(boost::beast::http::response<Body, Fields>& res, P const& p,
                                  response_options const& options = {}) {
    namespace http = boost::beast::http;
    http_status const status = p.status.value_or(options.fallback_status);
    if (!detail::beast_adapter::can_carry_a_body(status))
        return make_error_code(error::status_out_of_range);
    if (!detail::beast_adapter::is_field_value(options.content_language))
        return make_error_code(error::invalid_http_message);
    std::size_t const n = serialized_size(p, options.serialize);
    if (n == 0) { // not serializable: serialize says why (it writes nothing into an empty span)
        auto const why = serialize(p, std::span<char>{}, options.serialize);
        return why ? make_error_code(error::invalid_extension_value) : why.error();
    }

    auto& body = res.body();
    body.resize(n);
    auto const written = serialize(p, std::span<char>(body.data(), n), options.serialize);
    if (!written) { // cannot happen: serialized_size said it fits
        body.clear();
        return written.error();
    }
    res.result(static_cast<unsigned>(status_code(status)));
    res.set(http::field::content_type, detail::beast_adapter::problem_json);
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
    res.prepare_payload();
    return *written;
}

/** A new `http::response<http::string_body>` holding `p` (see
    `write_problem`), HTTP/1.1 unless `version` says otherwise (10 for 1.0).

    @throws boost::system::system_error with the error `write_problem`
    reports; std::bad_alloc.
*/
template <problem_like P>
boost::beast::http::response<boost::beast::http::string_body>
make_response(P const& p, response_options const& options = {}, unsigned version = 11) {
    boost::beast::http::response<boost::beast::http::string_body> res;
    res.version(version);
    if (auto const r = write_problem(res, p, options); !r)
        throw boost::system::system_error(r.error(), "problem_details::beast::make_response");
    return res;
}

/** As above, answering `req`: the response takes the request's HTTP
    version and keep-alive, as a server's answer should. */
template <problem_like P, class ReqBody, class ReqFields>
boost::beast::http::response<boost::beast::http::string_body>
make_response(boost::beast::http::request<ReqBody, ReqFields> const& req, P const& p,
              response_options const& options = {}) {
    auto res = make_response(p, options, req.version());
    res.keep_alive(req.keep_alive());
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
