// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_HTTP_MESSAGE_HPP
#define PROBLEM_DETAILS_IMPL_HTTP_MESSAGE_HPP

#include <problem_details/detail/http_token.hpp>

namespace problem_details {

inline result<http_response_view> parse_http_response(std::string_view raw) noexcept {
    namespace s = detail;
    char const* p = raw.data();
    char const* const end = raw.data() + raw.size();
    http_response_view out;
    for (;;) {
        if (p == end)
            return error::invalid_http_message;
        auto const status_line = s::next_line(p, end);
        if (!s::parse_status_line(status_line.text, out.version, out.status, out.reason))
            return error::invalid_http_message;
        p = status_line.next;
        char const* const headers_begin = p;
        char const* headers_end = end;
        bool first = true;
        while (p != end) {
            auto const l = s::next_line(p, end);
            if (l.text.empty()) {
                // The blank line ending the header section.
                headers_end = p;
                p = l.next;
                break;
            }
            for (char c : l.text)
                if (c == '\r' || c == '\0')
                    return error::invalid_http_message;
            if (s::is_ows(l.text.front())) {
                // Obsolete line folding: only after a field.
                if (first)
                    return error::invalid_http_message;
            } else {
                auto const colon = l.text.find(':');
                if (colon == 0 || colon == std::string_view::npos)
                    return error::invalid_http_message;
                for (std::size_t i = 0; i < colon; ++i)
                    if (!s::is_tchar(static_cast<unsigned char>(l.text[i])))
                        return error::invalid_http_message;
            }
            first = false;
            p = l.next;
            if (p == end)
                headers_end = end;
        }
        out.headers = http_header_list_access::make(
            std::string_view(headers_begin, static_cast<std::size_t>(headers_end - headers_begin)));
        out.body = std::string_view(p, static_cast<std::size_t>(end - p));
        // Another response follows (interim, CONNECT, redirect): read that one.
        if (looks_like_http_response(out.body)) {
            std::string_view v, r;
            http_status st{};
            if (s::parse_status_line(s::next_line(p, end).text, v, st, r))
                continue;
        }
        return out;
    }
}

} // namespace problem_details

#endif
