// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_JSON_POINTER_HPP
#define PROBLEM_DETAILS_DETAIL_JSON_POINTER_HPP

// A member name as a JSON Pointer (RFC 6901) reference token in a URI
// fragment ("#/name"), as the validation problem's writers (JSON and XML)
// write the pointer of a field error that has none.

#include <string_view>

namespace problem_details::detail {

/// Bytes a URI fragment holds as they are (RFC 3986 pchar / "?"), but
/// for '~' and '/', which JSON Pointer escapes, and '%', which starts an
/// escape.
constexpr bool fragment_char(unsigned char c) noexcept {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '@':
    case '?': return true;
    default: return false;
    }
}

/// Writes `name` as a reference token: '~' and '/' escaped as JSON Pointer
/// says, other bytes that are not fragment characters percent-encoded, and
/// each fragment character through `put_plain(out, c)` (the XML writer
/// turns '&' and '\'' into references there).
template <class Sink, class PutPlain>
void write_pointer_token(Sink& out, std::string_view name, PutPlain const& put_plain) noexcept {
    for (char ch : name) {
        auto const c = static_cast<unsigned char>(ch);
        if (c == '~')
            out.write("~0", 2);
        else if (c == '/')
            out.write("~1", 2);
        else if (fragment_char(c))
            put_plain(out, c);
        else {
            char const esc[3] = {'%', "0123456789ABCDEF"[c >> 4], "0123456789ABCDEF"[c & 0xF]};
            out.write(esc, 3);
        }
    }
}

/// Writes "#/" and `name` as a reference token, as a JSON string. Its
/// bytes never need JSON escaping.
template <class Sink>
void write_pointer_from_name(Sink& out, std::string_view name) noexcept {
    out.write("\"#/", 3);
    write_pointer_token(out, name, [](Sink& o, unsigned char c) { o.put(static_cast<char>(c)); });
    out.put('"');
}

} // namespace problem_details::detail

#endif
