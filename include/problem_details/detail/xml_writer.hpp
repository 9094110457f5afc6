// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_XML_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_XML_WRITER_HPP

// application/problem+xml output (RFC 9457 Appendix B) into a caller's
// buffer (span_sink) or a byte count (count_sink), from one set of
// templates, so that the size is exact. No allocation.

#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/json_unescape.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/error.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <cstddef>
#include <string_view>

namespace problem_details::detail {

/// Deepest nesting of extension values the XML writer follows (as deep
/// as `problem(problem_view)` accepts); deeper is `error::too_deep`.
inline constexpr std::size_t xml_max_depth = 1024;

inline constexpr char xml_replacement[] = "\xEF\xBF\xBD"; // U+FFFD

template <class Sink>
void write_xml_ascii(Sink& out, unsigned char c) noexcept {
    switch (c) {
    case '&': out.write("&amp;", 5); return;
    case '<': out.write("&lt;", 4); return;
    case '>': out.write("&gt;", 4); return;
    case '"': out.write("&quot;", 6); return;
    case '\'': out.write("&apos;", 6); return;
    case '\r': out.write("&#xD;", 5); return; // a literal CR would be read back as LF
    case '\t':
    case '\n': out.put(static_cast<char>(c)); return;
    default:
        if (c < 0x20) // not an XML 1.0 character, not even as a reference
            out.write(xml_replacement, 3);
        else
            out.put(static_cast<char>(c));
        return;
    }
}

constexpr bool xml_plain_ascii(unsigned char c) noexcept {
    return c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

/// Writes one code point as XML character data.
template <class Sink>
void write_xml_text_cp(Sink& out, unsigned cp) noexcept {
    if (cp < 0x80) {
        write_xml_ascii(out, static_cast<unsigned char>(cp));
        return;
    }
    if (cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        out.write(xml_replacement, 3);
        return;
    }
    char buf[4];
    out.write(buf, utf8_encode(cp, buf));
}

/// Writes UTF-8 text as XML character data. False on invalid UTF-8.
template <class Sink>
bool write_xml_text(Sink& out, std::string_view s) noexcept {
    char const* p = s.data();
    char const* const end = p + s.size();
    char const* run = p;
    while (p != end) {
        auto const c = static_cast<unsigned char>(*p);
        if (xml_plain_ascii(c)) {
            ++p;
            continue;
        }
        if (c < 0x80) {
            out.write(run, static_cast<std::size_t>(p - run));
            write_xml_ascii(out, c);
            run = ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n == 0)
            return false;
        if (n == 3) {
            unsigned const cp = utf8_decode(p, n);
            if (cp == 0xFFFE || cp == 0xFFFF) {
                out.write(run, static_cast<std::size_t>(p - run));
                out.write(xml_replacement, 3);
                run = p + n;
            }
        }
        p += n;
    }
    out.write(run, static_cast<std::size_t>(p - run));
    return true;
}

/// XML 1.0 (fifth edition) NameStartChar, without ':' (namespaces).
constexpr bool xml_name_start(unsigned cp) noexcept {
    return (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) ||
           (cp >= 0xF8 && cp <= 0x2FF) || (cp >= 0x370 && cp <= 0x37D) ||
           (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D) ||
           (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) ||
           (cp >= 0x3001 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
           (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
}

/// XML 1.0 NameChar, without ':'.
constexpr bool xml_name_char(unsigned cp) noexcept {
    return xml_name_start(cp) || cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || cp == 0xB7 ||
           (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x203F && cp <= 0x2040);
}

/** Writes a member name as an XML element name, code point by code point.

    A code point that may not appear there (by XML 1.0 and Namespaces:
    ':' never) is written `_xHHHH_` (`_xHHHHHHHH_` above U+FFFF),
    uppercase hex, the convention of ISO/IEC 9075-14 (SQL/XML) and .NET's
    XmlConvert.EncodeName; a '_' followed by 'x' is written `_x005F_` so
    that decoding is unambiguous. The empty name is written `_x_`.
*/
template <class Sink>
class xml_name_writer {
public:
    explicit xml_name_writer(Sink& out) noexcept : out_(out) {}

    void put(unsigned cp) noexcept {
        if (pending_underscore_) {
            pending_underscore_ = false;
            if (cp == 'x')
                out_.write("_x005F_", 7);
            else
                out_.put('_');
            first_ = false;
        }
        if (cp == '_') {
            pending_underscore_ = true;
            return;
        }
        bool const ok = first_ ? xml_name_start(cp) : xml_name_char(cp);
        first_ = false;
        if (ok) {
            char buf[4];
            out_.write(buf, utf8_encode(cp, buf));
            return;
        }
        char buf[11] = {'_', 'x'};
        std::size_t n = 2;
        int const digits = cp > 0xFFFF ? 8 : 4;
        for (int d = digits - 1; d >= 0; --d)
            buf[n++] = "0123456789ABCDEF"[(cp >> (4 * d)) & 0xF];
        buf[n++] = '_';
        out_.write(buf, n);
    }

    void finish() noexcept {
        if (pending_underscore_) {
            out_.put('_');
            pending_underscore_ = false;
            first_ = false;
        }
        if (first_)
            out_.write("_x_", 3);
    }

private:
    Sink& out_;
    bool first_ = true;
    bool pending_underscore_ = false;
};

/// Writes a UTF-8 name as an element name. False on invalid UTF-8.
template <class Sink>
bool write_xml_name(Sink& out, std::string_view s) noexcept {
    // The common case: an ASCII name that needs nothing encoded.
    bool simple = !s.empty() && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
    for (std::size_t i = 0; simple && i < s.size(); ++i) {
        char const c = s[i];
        simple = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || (c == '_' && (i + 1 == s.size() || s[i + 1] != 'x'));
    }
    if (simple) {
        out.write(s);
        return true;
    }
    xml_name_writer<Sink> w(out);
    char const* p = s.data();
    char const* const end = p + s.size();
    while (p != end) {
        auto const c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            w.put(c);
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n == 0)
            return false;
        w.put(utf8_decode(p, n));
        p += n;
    }
    w.finish();
    return true;
}

/// Decodes the content of a validated JSON string from just after its
/// opening quote, calling f(code point) for each; returns the position
/// after the closing quote. An escaped lone surrogate gives U+FFFD.
template <class F>
char const* for_each_json_cp(char const* p, char const* end, F&& f) noexcept {
    while (p != end) {
        auto const c = static_cast<unsigned char>(*p);
        if (c == '"')
            return p + 1;
        if (c == '\\') {
            char const e = p[1];
            p += 2;
            switch (e) {
            case 'n': f(0x0Au); break;
            case 'r': f(0x0Du); break;
            case 't': f(0x09u); break;
            case 'b': f(0x08u); break;
            case 'f': f(0x0Cu); break;
            case 'u': {
                unsigned cp = hex4(p);
                p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    unsigned const lo = hex4(p + 2);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        p += 6;
                    }
                }
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    cp = 0xFFFD;
                f(cp);
                break;
            }
            default: f(static_cast<unsigned char>(e)); break; // " \ /
            }
            continue;
        }
        if (c < 0x80) {
            f(c);
            ++p;
            continue;
        }
        std::size_t n = utf8_sequence_length(p, end);
        if (n == 0) { // (not in validated JSON)
            f(0xFFFDu);
            n = 1;
        } else {
            f(utf8_decode(p, n));
        }
        p += n;
    }
    return p;
}

inline char const* skip_json_ws(char const* p, char const* end) noexcept {
    while (p != end && json_scanner::is_ws(*p))
        ++p;
    return p;
}

/** Writes the validated JSON value at p as XML element content (RFC 9457
    Appendix B): an object's members as child elements, an array's
    elements as `<i>` children, a string as text, a number or boolean as
    its JSON text, null as nothing. Advances p past the value. */
template <class Sink>
error write_json_as_xml(Sink& out, char const*& p, char const* end, std::size_t depth) noexcept {
    p = skip_json_ws(p, end);
    if (p == end)
        return error::invalid_extension_value;
    char const c = *p;
    if (c == '"') {
        p = for_each_json_cp(p + 1, end, [&](unsigned cp) { write_xml_text_cp(out, cp); });
        return {};
    }
    if (c == '{' || c == '[') {
        if (depth >= xml_max_depth)
            return error::too_deep;
        bool const object = c == '{';
        char const close = object ? '}' : ']';
        ++p;
        p = skip_json_ws(p, end);
        if (p != end && *p == close) {
            ++p;
            return {};
        }
        for (;;) {
            char const* key = nullptr;
            if (object) {
                p = skip_json_ws(p, end);
                if (p == end || *p != '"')
                    return error::invalid_extension_value;
                key = p + 1;
                out.put('<');
                xml_name_writer<Sink> w(out);
                p = for_each_json_cp(key, end, [&](unsigned cp) { w.put(cp); });
                w.finish();
                out.put('>');
                p = skip_json_ws(p, end);
                if (p == end || *p != ':')
                    return error::invalid_extension_value;
                ++p;
            } else {
                out.write("<i>", 3);
            }
            if (error const e = write_json_as_xml(out, p, end, depth + 1); e != error{})
                return e;
            if (object) {
                out.write("</", 2);
                xml_name_writer<Sink> w(out);
                for_each_json_cp(key, end, [&](unsigned cp) { w.put(cp); });
                w.finish();
                out.put('>');
            } else {
                out.write("</i>", 4);
            }
            p = skip_json_ws(p, end);
            if (p == end)
                return error::invalid_extension_value;
            if (*p == ',') {
                ++p;
                continue;
            }
            if (*p == close) {
                ++p;
                return {};
            }
            return error::invalid_extension_value;
        }
    }
    // A number, true, false or null: up to the next delimiter.
    char const* const start = p;
    while (p != end && *p != ',' && *p != ']' && *p != '}' && !json_scanner::is_ws(*p))
        ++p;
    std::string_view const token(start, static_cast<std::size_t>(p - start));
    if (token != "null")
        write_xml_text(out, token);
    return {};
}

/// Writes a Boost.JSON value as XML element content, as above.
template <class Sink>
error write_value_as_xml(Sink& out, boost::json::value const& v, std::size_t depth) noexcept {
    switch (v.kind()) {
    case boost::json::kind::null: return {};
    case boost::json::kind::bool_:
        if (v.get_bool())
            out.write("true", 4);
        else
            out.write("false", 5);
        return {};
    case boost::json::kind::int64: {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v.get_int64());
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return {};
    }
    case boost::json::kind::uint64: {
        char buf[24];
        auto const r = std::to_chars(buf, buf + sizeof buf, v.get_uint64());
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
        return {};
    }
    case boost::json::kind::double_: write_double(out, v.get_double()); return {};
    case boost::json::kind::string: {
        auto const& s = v.get_string();
        return write_xml_text(out, std::string_view(s.data(), s.size()))
                   ? error{}
                   : error::invalid_utf8_in_value;
    }
    case boost::json::kind::array:
        if (depth >= xml_max_depth)
            return error::too_deep;
        for (auto const& e : v.get_array()) {
            out.write("<i>", 3);
            if (error const err = write_value_as_xml(out, e, depth + 1); err != error{})
                return err;
            out.write("</i>", 4);
        }
        return {};
    case boost::json::kind::object:
        if (depth >= xml_max_depth)
            return error::too_deep;
        for (auto const& m : v.get_object()) {
            std::string_view const name(m.key().data(), m.key().size());
            out.put('<');
            if (!write_xml_name(out, name))
                return error::invalid_utf8_in_value;
            out.put('>');
            if (error const err = write_value_as_xml(out, m.value(), depth + 1); err != error{})
                return err;
            out.write("</", 2);
            write_xml_name(out, name);
            out.put('>');
        }
        return {};
    }
    return {};
}

} // namespace problem_details::detail

#endif
