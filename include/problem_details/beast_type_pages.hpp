// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BEAST_TYPE_PAGES_HPP
#define PROBLEM_DETAILS_BEAST_TYPE_PAGES_HPP

/// Serving a server's problem types with Boost.Beast at their type URIs'
/// paths: the HTML page (type_page.hpp) and the JSON Schema
/// (json_schema.hpp), so the URIs resolve to documentation, as RFC 9457
/// §3.1.1 recommends. Not included by the umbrella header: a program that
/// includes this one needs Boost.Beast (header-only) and, for Asio, Threads.

#include <problem_details/dispatch.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/problem_type.hpp>
#include <problem_details/type_page.hpp>

#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/verb.hpp>

#include <optional>
#include <string_view>

namespace problem_details::beast {

/** How `serve_type_page` answers. */
struct type_page_options {
    /// The `Cache-Control` header (a type's documentation changes with the
    /// program only); empty: no header.
    std::string_view cache_control = "public, max-age=3600";
};

/** The response to `req` when its target is one of the types' documents,
    or nothing (the server routes the request elsewhere).

    For each of `Ts...` (a `problem_type_set`: distinct URIs), with P the
    path of its type URI (`https://shop.example/problems/out-of-stock`
    gives `/problems/out-of-stock`; the query of the request is ignored):
    - target P: the HTML page, `type_page<T>`, `text/html; charset=utf-8`;
      or the JSON Schema when the `Accept` header names
      `application/schema+json` and not `text/html`;
    - target P followed by ".schema.json": the JSON Schema, `json_schema<T>`,
      `application/schema+json`.

    GET gets the body; HEAD the same headers without it; any other method
    405 Method Not Allowed with `Allow: GET, HEAD`. The response has the
    request's version and keep-alive, `Content-Length`, and
    `options.cache_control`. The bodies are constants built at compile
    time: answering copies one into the response.
    @throws std::bad_alloc (the response's body and fields).
*/
template <problem_type... Ts, class Body, class Fields>
std::optional<boost::beast::http::response<boost::beast::http::string_body>>
serve_type_page(boost::beast::http::request<Body, Fields> const& req,
                type_page_options const& options = {});

namespace detail_type_pages {

inline constexpr std::string_view schema_suffix = ".schema.json";

inline bool accepts_schema_only(std::string_view accept) noexcept {
    return accept.find("application/schema+json") != std::string_view::npos &&
           accept.find("text/html") == std::string_view::npos;
}

template <class Body, class Fields>
boost::beast::http::response<boost::beast::http::string_body>
answer(boost::beast::http::request<Body, Fields> const& req, type_page_options const& options,
       std::string_view content_type, std::string_view text) {
    namespace http = boost::beast::http;
    http::response<http::string_body> res;
    res.version(req.version());
    res.keep_alive(req.keep_alive());
    if (req.method() != http::verb::get && req.method() != http::verb::head) {
        res.result(http::status::method_not_allowed);
        res.set(http::field::allow, "GET, HEAD");
        res.prepare_payload();
        return res;
    }
    res.result(http::status::ok);
    res.set(http::field::content_type, content_type);
    if (!options.cache_control.empty())
        res.set(http::field::cache_control, options.cache_control);
    if (req.method() == http::verb::head) {
        res.content_length(text.size());
    } else {
        res.body().assign(text.data(), text.size());
        res.prepare_payload();
    }
    return res;
}

} // namespace detail_type_pages

template <problem_type... Ts, class Body, class Fields>
std::optional<boost::beast::http::response<boost::beast::http::string_body>>
serve_type_page(boost::beast::http::request<Body, Fields> const& req,
                type_page_options const& options) {
    namespace http = boost::beast::http;
    static_assert(problem_type_set<Ts...>::size == sizeof...(Ts)); // distinct URIs, checked there
    std::string_view target(req.target().data(), req.target().size());
    if (auto const q = target.find('?'); q != std::string_view::npos)
        target = target.substr(0, q);
    auto const accept_field = req[http::field::accept];
    std::string_view const accept(accept_field.data(), accept_field.size());

    std::optional<http::response<http::string_body>> res;
    auto try_one = [&]<class T>() {
        if (res)
            return;
        constexpr std::string_view path = problem_details::detail::schema::uri_path(T::type_uri);
        if (path.empty())
            return;
        if (target == path) {
            if (detail_type_pages::accepts_schema_only(accept))
                res = detail_type_pages::answer(req, options, "application/schema+json",
                                                json_schema_text<T>());
            else
                res = detail_type_pages::answer(req, options, "text/html; charset=utf-8",
                                                type_page_text<T>());
        } else if (target.size() == path.size() + detail_type_pages::schema_suffix.size() &&
                   target.starts_with(path) && target.ends_with(detail_type_pages::schema_suffix)) {
            res = detail_type_pages::answer(req, options, "application/schema+json",
                                            json_schema_text<T>());
        }
    };
    (try_one.template operator()<Ts>(), ...);
    return res;
}

} // namespace problem_details::beast

#endif
