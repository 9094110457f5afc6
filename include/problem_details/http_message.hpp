// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_HTTP_MESSAGE_HPP
#define PROBLEM_DETAILS_HTTP_MESSAGE_HPP

/// Reading a raw HTTP response as `curl -i` prints it (status line, header
/// fields, blank line, body), without allocating: every result is a view
/// into the input.

#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/result.hpp>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>

namespace problem_details {

/// One header field of an `http_response_view`: its name as written and its
/// value with the surrounding whitespace removed.
struct http_header {
    std::string_view name = {};
    std::string_view value = {};

    friend bool operator==(http_header const&, http_header const&) = default;
};

namespace detail::sdk {

inline constexpr bool is_tchar(unsigned char c) noexcept {
    // RFC 9110 §5.6.2 token characters.
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~': return true;
    default: return false;
    }
}

inline constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

inline constexpr bool is_ows(char c) noexcept { return c == ' ' || c == '\t'; }

inline constexpr std::string_view trim_ows(std::string_view s) noexcept {
    while (!s.empty() && is_ows(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_ows(s.back()))
        s.remove_suffix(1);
    return s;
}

/// The line starting at `p` (without its CRLF or LF) and where the next
/// one starts. `p < end`.
struct line {
    std::string_view text;
    char const* next;
};

inline line next_line(char const* p, char const* end) noexcept {
    char const* q = p;
    while (q != end && *q != '\n')
        ++q;
    char const* text_end = q;
    if (text_end != p && text_end[-1] == '\r')
        --text_end;
    return {std::string_view(p, static_cast<std::size_t>(text_end - p)), q == end ? end : q + 1};
}

/// Parses "HTTP/x[.y] DDD[ reason]"; false if `s` is not such a line.
inline bool parse_status_line(std::string_view s, std::string_view& version, http_status& status,
                              std::string_view& reason) noexcept {
    if (s.size() < 10 || s.substr(0, 5) != "HTTP/")
        return false;
    std::size_t i = 5;
    if (!(s[i] >= '0' && s[i] <= '9'))
        return false;
    ++i;
    if (s[i] == '.') {
        ++i;
        if (i >= s.size() || !(s[i] >= '0' && s[i] <= '9'))
            return false;
        ++i;
    }
    version = s.substr(0, i);
    if (i >= s.size() || s[i] != ' ')
        return false;
    ++i;
    if (s.size() - i < 3)
        return false;
    auto const st = parse_status(s.substr(i, 3));
    if (!st)
        return false;
    i += 3;
    if (i < s.size()) {
        if (s[i] != ' ')
            return false;
        ++i;
    }
    reason = s.substr(i);
    for (char c : reason)
        if (c == '\r' || c == '\0')
            return false;
    status = *st;
    return true;
}

} // namespace detail::sdk

/** The header fields of an `http_response_view`, in order.

    A forward range of `http_header`, read lazily from the raw header block
    (which `parse_http_response` has already checked). An obsolete folded
    value (a line starting with a space or tab continues the previous
    field, RFC 9112 §5.2) is returned as written: its `value` spans the
    line break. Copying is cheap; nothing is allocated.
*/
class http_header_list {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = http_header;
        using difference_type = std::ptrdiff_t;
        using pointer = http_header const*;
        using reference = http_header const&;

        iterator() noexcept = default;

        reference operator*() const noexcept { return cur_; }
        pointer operator->() const noexcept { return &cur_; }
        iterator& operator++() noexcept {
            p_ = next_;
            load();
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator t = *this;
            ++*this;
            return t;
        }
        friend bool operator==(iterator const& a, iterator const& b) noexcept { return a.p_ == b.p_; }

    private:
        friend class http_header_list;
        iterator(char const* p, char const* end) noexcept : p_(p), end_(end) { load(); }

        void load() noexcept {
            if (p_ == end_)
                return;
            auto const l = detail::sdk::next_line(p_, end_);
            auto const colon = l.text.find(':');
            cur_.name = l.text.substr(0, colon);
            char const* value_begin = l.text.data() + colon + 1;
            char const* value_end = l.text.data() + l.text.size();
            next_ = l.next;
            // Obsolete line folding: continuation lines belong to this field.
            while (next_ != end_ && detail::sdk::is_ows(*next_)) {
                auto const c = detail::sdk::next_line(next_, end_);
                value_end = c.text.data() + c.text.size();
                next_ = c.next;
            }
            cur_.value = detail::sdk::trim_ows(
                std::string_view(value_begin, static_cast<std::size_t>(value_end - value_begin)));
        }

        char const* p_ = nullptr;
        char const* end_ = nullptr;
        char const* next_ = nullptr;
        http_header cur_;
    };
    using const_iterator = iterator;
    using value_type = http_header;

    constexpr http_header_list() noexcept = default;

    iterator begin() const noexcept { return iterator(raw_.data(), raw_.data() + raw_.size()); }
    iterator end() const noexcept {
        char const* const e = raw_.data() + raw_.size();
        return iterator(e, e);
    }
    bool empty() const noexcept { return raw_.empty(); }

    /// The number of fields. Linear in the size of the header block.
    std::size_t size() const noexcept { return static_cast<std::size_t>(std::distance(begin(), end())); }

    /** The value of the first field named `name` (ASCII case-insensitive,
        as field names are), or `std::nullopt` when there is none. Linear. */
    std::optional<std::string_view> find(std::string_view name) const noexcept {
        for (auto const& h : *this)
            if (detail::sdk::iequals(h.name, name))
                return h.value;
        return std::nullopt;
    }

    /// `find(name)`, or an empty string when absent.
    std::string_view value_or_empty(std::string_view name) const noexcept {
        auto const v = find(name);
        return v ? *v : std::string_view();
    }

    /// The header block as written (every field line, each with its line break).
    constexpr std::string_view raw() const noexcept { return raw_; }

private:
    friend struct http_header_list_access;
    std::string_view raw_;
};

/// Builds lists; for the parser only.
struct http_header_list_access {
    static http_header_list make(std::string_view raw) noexcept {
        http_header_list l;
        l.raw_ = raw;
        return l;
    }
};

/** A raw HTTP response, read: views into the text given to `parse_http_response`. */
struct http_response_view {
    /// "HTTP/1.1", "HTTP/2"...
    std::string_view version = {};
    /// The status code of the status line.
    http_status status = http_status::ok;
    /// The reason phrase, possibly empty (HTTP/2 has none: curl prints "HTTP/2 401 ").
    std::string_view reason = {};
    /// The header fields.
    http_header_list headers = {};
    /// Everything after the blank line that ends the header section, as is.
    std::string_view body = {};
};

/// True when `text` starts with "HTTP/": how the CLI tells a raw response from a bare body.
constexpr bool looks_like_http_response(std::string_view text) noexcept {
    return text.substr(0, 5) == "HTTP/";
}

/** Reads a raw HTTP/1.x response head and body, as `curl -i` prints them.

    Accepts a status line `HTTP/<d>[.<d>] <3 digits>[ <reason>]`, header
    fields `name: value` (name a token, RFC 9110 §5.6.2), lines ending in
    CRLF or LF alike, then a blank line and the body (everything after it,
    byte for byte; when the input ends before a blank line, the body is
    empty). Obsolete folded lines are accepted (see `http_header_list`).
    When what follows a header section is itself a status line (curl prints
    interim `100 Continue` responses, a proxy's `200 Connection established`
    and, with `-L`, each redirect before the final response), the last
    response is returned. The body is not decoded: chunked transfer coding
    and content codings are left as they are (curl -i has already removed
    the chunking).

    @par Complexity
    Linear in `raw.size()`.
    @par Allocation
    None.
    @return Views into `raw`, or `error::invalid_http_message` when the
    status line or a header line cannot be read.
*/
inline result<http_response_view> parse_http_response(std::string_view raw) noexcept {
    namespace s = detail::sdk;
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
