// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_HTTP_MESSAGE_HPP
#define PROBLEM_DETAILS_HTTP_MESSAGE_HPP

/// Reading a raw HTTP response as `curl -i` prints it (status line, header
/// fields, blank line, body), without allocating: every result is a view
/// into the input.

#include <problem_details/detail/http_token.hpp>
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
        friend bool operator==(iterator const& a, iterator const& b) noexcept {
            return a.p_ == b.p_;
        }

    private:
        friend class http_header_list;
        iterator(char const* p, char const* end) noexcept : p_(p), end_(end) { load(); }

        void load() noexcept {
            if (p_ == end_)
                return;
            auto const l = detail::next_line(p_, end_);
            auto const colon = l.text.find(':');
            cur_.name = l.text.substr(0, colon);
            char const* value_begin = l.text.data() + colon + 1;
            char const* value_end = l.text.data() + l.text.size();
            next_ = l.next;
            // Obsolete line folding: continuation lines belong to this field.
            while (next_ != end_ && detail::is_ows(*next_)) {
                auto const c = detail::next_line(next_, end_);
                value_end = c.text.data() + c.text.size();
                next_ = c.next;
            }
            cur_.value = detail::trim_ows(
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
    std::size_t size() const noexcept {
        return static_cast<std::size_t>(std::distance(begin(), end()));
    }

    /** The value of the first field named `name` (ASCII case-insensitive,
        as field names are), or `std::nullopt` when there is none. Linear. */
    std::optional<std::string_view> find(std::string_view name) const noexcept {
        for (auto const& h : *this)
            if (detail::iequals(h.name, name))
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
result<http_response_view> parse_http_response(std::string_view raw) noexcept;

} // namespace problem_details

#include <problem_details/impl/http_message.hpp>

#endif
