// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_MEDIA_TYPE_HPP
#define PROBLEM_DETAILS_MEDIA_TYPE_HPP

/// The problem media types (RFC 9457 §6.1, §6.2) and a small `Accept`
/// negotiation: should a server answer with `application/problem+json`,
/// `application/problem+xml`, or `406 Not Acceptable`?

#include <problem_details/detail/http_token.hpp>
#include <problem_details/http_message.hpp>

#include <concepts>
#include <cstddef>
#include <ranges>
#include <string_view>

namespace problem_details {

/// `application/problem+json` (RFC 9457 §6.1): the Content-Type of a JSON problem.
inline constexpr std::string_view problem_json_media_type = "application/problem+json";

/// `application/problem+xml` (RFC 9457 §6.2): the Content-Type of an XML problem.
inline constexpr std::string_view problem_xml_media_type = "application/problem+xml";

/// Which representation of a problem to send.
enum class problem_format : unsigned char {
    /// Neither is acceptable: answer `406 Not Acceptable` (or send JSON anyway).
    none,
    /// `application/problem+json`.
    json,
    /// `application/problem+xml`.
    xml,
};

/// The Content-Type for `f`: `problem_json_media_type`, `problem_xml_media_type`,
/// or empty for `none`. O(1), never fails.
constexpr std::string_view content_type(problem_format f) noexcept {
    switch (f) {
    case problem_format::json: return problem_json_media_type;
    case problem_format::xml: return problem_xml_media_type;
    case problem_format::none: break;
    }
    return {};
}

/// What a server can send, and which it prefers on a tie.
struct negotiate_options {
    /// The server can write XML. When false, only JSON is offered.
    bool offer_xml = true;
    /// On equal preference (`*/*`, `application/*`, equal q-values), send XML.
    bool prefer_xml = false;
};

/** What a Content-Type says about a body. */
enum class media_kind : unsigned char {
    /// No Content-Type.
    none,
    /// `application/problem+json`.
    problem_json,
    /// `application/json`, `text/json` or any other `+json` type.
    json,
    /// `text/html` or `application/xhtml+xml`.
    html,
    /// Any other `text/*`.
    text,
    /// Anything else.
    other,
};

/** Reads a Content-Type header value: the media type, parameters ignored,
    ASCII case-insensitive. `"application/problem+json; charset=utf-8"` is
    `media_kind::problem_json`. O(n), no allocation, never fails. */
constexpr media_kind media_kind_of(std::string_view content_type) noexcept {
    namespace s = detail;
    std::string_view t = content_type.substr(0, content_type.find(';'));
    t = s::trim_ows(t);
    if (t.empty())
        return media_kind::none;
    auto const slash = t.find('/');
    if (slash == std::string_view::npos)
        return media_kind::other;
    std::string_view const type = t.substr(0, slash);
    std::string_view const sub = t.substr(slash + 1);
    if (s::iequals(type, "application") && s::iequals(sub, "problem+json"))
        return media_kind::problem_json;
    if (s::iequals(sub, "json") && (s::iequals(type, "application") || s::iequals(type, "text")))
        return media_kind::json;
    if (s::ends_with_icase(sub, "+json"))
        return media_kind::json;
    if ((s::iequals(type, "text") && s::iequals(sub, "html")) ||
        (s::iequals(type, "application") && s::iequals(sub, "xhtml+xml")))
        return media_kind::html;
    if (s::iequals(type, "text"))
        return media_kind::text;
    return media_kind::other;
}

namespace detail {

/// How closely an Accept media range matches one of our two formats:
/// 0 no match, 1 `*/*`, 2 `application/*`, 3 a related type (`application/json`,
/// any `+json` type; `application/xml`, `text/xml`, any `+xml` type),
/// 4 the problem type itself.
struct format_match {
    int json = 0;
    int xml = 0;
};

constexpr format_match match_range(std::string_view range) noexcept {
    namespace s = detail;
    format_match m;
    auto const slash = range.find('/');
    if (slash == std::string_view::npos)
        return m;
    std::string_view const type = range.substr(0, slash);
    std::string_view const sub = range.substr(slash + 1);
    if (type.empty() || sub.empty())
        return m;
    if (type == "*") {
        if (sub == "*")
            m.json = m.xml = 1;
        return m; // "*/json" is not a media range
    }
    if (s::iequals(type, "application") && sub == "*") {
        m.json = m.xml = 2;
        return m;
    }
    // JSON: media_kind_of knows problem+json, application/json, text/json, +json.
    switch (media_kind_of(range)) {
    case media_kind::problem_json: m.json = 4; break;
    case media_kind::json: m.json = 3; break;
    default: break;
    }
    if (s::iequals(type, "application") && s::iequals(sub, "problem+xml"))
        m.xml = 4;
    else if ((s::iequals(sub, "xml") &&
              (s::iequals(type, "application") || s::iequals(type, "text"))) ||
             ends_with_icase(sub, "+xml"))
        m.xml = 3;
    return m;
}

/// Reads a qvalue (RFC 9110 §12.4.2) as thousandths: "1" 1000, "0.5" 500.
/// -1 when it is not one.
constexpr int parse_qvalue(std::string_view v) noexcept {
    if (v.empty() || v.size() > 5 || (v[0] != '0' && v[0] != '1'))
        return -1;
    int q = (v[0] - '0') * 1000;
    if (v.size() == 1)
        return q;
    if (v[1] != '.')
        return -1;
    int scale = 100;
    for (std::size_t i = 2; i < v.size(); ++i, scale /= 10) {
        if (v[i] < '0' || v[i] > '9')
            return -1;
        q += (v[i] - '0') * scale;
    }
    return q > 1000 ? -1 : q;
}

/// The end of the Accept element (or parameter) starting at i: the next
/// `stop` outside a quoted string.
constexpr std::size_t find_unquoted(std::string_view s, std::size_t i, char stop1,
                                    char stop2) noexcept {
    bool quoted = false;
    for (; i < s.size(); ++i) {
        char const c = s[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == stop1 || c == stop2) {
            return i;
        }
    }
    return s.size();
}

} // namespace detail

namespace detail {

/// What `negotiate` has read so far: for each format, the specificity
/// (see `format_match`) and q-value (thousandths) of its best range.
struct accept_state {
    int json_spec = 0;
    int json_q = 0;
    int xml_spec = 0;
    int xml_q = 0;
    /// Some Accept value was not empty.
    bool named = false;
};

/// Reads one Accept field value (a comma-separated list) into `st`.
constexpr void read_accept(std::string_view accept, accept_state& st) noexcept {
    namespace s = detail;
    if (s::trim_ows(accept).empty())
        return;
    st.named = true;
    std::size_t i = 0;
    while (i <= accept.size()) {
        std::size_t const end = detail::find_unquoted(accept, i, ',', ',');
        std::string_view element = accept.substr(i, end - i);
        i = end + 1;
        // The range, then ;-separated parameters.
        std::size_t const semi = detail::find_unquoted(element, 0, ';', ';');
        std::string_view const range = s::trim_ows(element.substr(0, semi));
        if (range.empty())
            continue;
        int q = 1000;
        bool valid = true;
        std::size_t p = semi;
        while (p < element.size()) {
            std::size_t const next = detail::find_unquoted(element, p + 1, ';', ';');
            std::string_view const param = s::trim_ows(element.substr(p + 1, next - p - 1));
            p = next;
            auto const eq = param.find('=');
            if (eq == std::string_view::npos)
                continue;
            if (s::iequals(s::trim_ows(param.substr(0, eq)), "q")) {
                q = detail::parse_qvalue(s::trim_ows(param.substr(eq + 1)));
                if (q < 0)
                    valid = false;
                break; // what follows q is accept-ext, not media-type parameters
            }
        }
        if (!valid)
            continue;
        detail::format_match const m = detail::match_range(range);
        if (m.json > st.json_spec) {
            st.json_spec = m.json;
            st.json_q = q;
        } else if (m.json != 0 && m.json == st.json_spec && q > st.json_q) {
            st.json_q = q;
        }
        if (m.xml > st.xml_spec) {
            st.xml_spec = m.xml;
            st.xml_q = q;
        } else if (m.xml != 0 && m.xml == st.xml_spec && q > st.xml_q) {
            st.xml_q = q;
        }
    }
}

/// The choice `negotiate` makes once every Accept value is read.
constexpr problem_format choose_format(accept_state const& st, negotiate_options options) noexcept {
    if (!st.named)
        return options.prefer_xml && options.offer_xml ? problem_format::xml : problem_format::json;
    int const json_q = st.json_q;
    int const xml_q = options.offer_xml ? st.xml_q : 0;
    if (json_q == 0 && xml_q == 0)
        return problem_format::none;
    if (json_q > xml_q)
        return problem_format::json;
    if (xml_q > json_q)
        return problem_format::xml;
    return options.prefer_xml ? problem_format::xml : problem_format::json;
}

} // namespace detail

/// Chooses the problem representation an `Accept` header asks for.
///
/// Follows RFC 9110 §12.5.1: each format takes the q-value of the most
/// specific media range that matches it, and the higher q wins. Ranges
/// from most to least specific: `application/problem+json` /
/// `application/problem+xml`; a related type (`application/json`,
/// `text/json`, any `+json` type such as `application/vnd.api+json`, for
/// JSON; `application/xml`, `text/xml`, any `+xml` type, for XML);
/// `application/*`; `*/*`. On equal q, JSON is sent (unless
/// `prefer_xml`). Media types and parameter names are case-insensitive;
/// quoted parameter values may hold commas; a range whose `q` is not a
/// valid qvalue is ignored. An empty (or absent) Accept means anything
/// is acceptable: `json`.
///
/// @return `json`, `xml`, or `none` when the client accepts neither
/// (every match has `q=0`, or nothing matches, as in `Accept: text/html`):
/// answer `406 Not Acceptable`, or send JSON anyway (RFC 9110 allows
/// disregarding the header).
/// @par Complexity
/// Linear in `accept.size()`. No allocation, never fails, `constexpr`.
constexpr problem_format negotiate(std::string_view accept,
                                   negotiate_options options = {}) noexcept {
    detail::accept_state st;
    detail::read_accept(accept, st);
    return detail::choose_format(st, options);
}

/// As above, for a request with several `Accept` fields (RFC 9110 §5.3:
/// they are one comma-separated list): `values` is a range of their
/// values, each convertible to `std::string_view`. No allocation.
template <class Range>
requires requires(Range const& r) {
    { *std::ranges::begin(r) } -> std::convertible_to<std::string_view>;
}
constexpr problem_format negotiate_all(Range const& values,
                                       negotiate_options options = {}) noexcept {
    detail::accept_state st;
    for (auto const& v : values)
        detail::read_accept(std::string_view(v), st);
    return detail::choose_format(st, options);
}

/** Which problem format a Content-Type names: `json` for
    `application/problem+json` (and, leniently, any JSON type), `xml` for
    `application/problem+xml` (and any XML type), otherwise `none`.
    Parameters are ignored, case-insensitive. O(n), never fails. */
constexpr problem_format format_of_content_type(std::string_view content_type) noexcept {
    std::string_view const t = detail::trim_ows(content_type.substr(0, content_type.find(';')));
    detail::format_match const m = detail::match_range(t);
    if (m.json >= 3)
        return problem_format::json;
    if (m.xml >= 3)
        return problem_format::xml;
    return problem_format::none;
}

} // namespace problem_details

#endif
