// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_CLASSIFY_HPP
#define PROBLEM_DETAILS_IMPL_CLASSIFY_HPP

#include <problem_details/detail/json_number.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/problem_reader.hpp>
#include <problem_details/detail/utf8.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <system_error>

namespace problem_details {
namespace detail::sdk {

/// Bump allocation from the caller's scratch, front to back.
struct arena {
    char* p;
    char* end;
    bool overflow = false;

    explicit arena(std::span<char> s) noexcept : p(s.data()), end(s.data() + s.size()) {}

    char* take(std::size_t n) noexcept {
        if (overflow || static_cast<std::size_t>(end - p) < n) {
            overflow = true;
            return nullptr;
        }
        char* const r = p;
        p += n;
        return r;
    }

    extension* take_extensions(std::size_t n) noexcept {
        auto const addr = reinterpret_cast<std::uintptr_t>(p);
        std::size_t const pad = (alignof(extension) - addr % alignof(extension)) % alignof(extension);
        if (overflow || static_cast<std::size_t>(end - p) < pad ||
            (static_cast<std::size_t>(end - p) - pad) / sizeof(extension) < n) {
            overflow = true;
            return nullptr;
        }
        p += pad;
        auto* const e = reinterpret_cast<extension*>(p);
        for (std::size_t i = 0; i < n; ++i)
            ::new (static_cast<void*>(e + i)) extension{};
        p += n * sizeof(extension);
        return e;
    }

    std::span<char> rest() const noexcept { return {p, static_cast<std::size_t>(end - p)}; }
};

/// The top-level member names classification looks at.
enum shape_key : unsigned {
    key_type,
    key_title,
    key_detail,
    key_instance,
    key_status,
    key_status_code,
    key_message,
    key_error_code,
    key_error_group,
    key_error_message,
    key_context_id,
    key_trace_id,
    key_invalid_params,
    key_extra_details,
    key_errors,
    key_error,
    key_error_description,
    key_count
};

inline constexpr std::string_view shape_key_names[key_count] = {
    "type",         "title",        "detail",      "instance",     "status",        "statusCode",
    "message",      "errorCode",    "errorGroup",  "errorMessage", "contextId",     "traceId",
    "invalidParams", "extraDetails", "errors",     "error",        "error_description",
};

/// What an object's top-level members are: raw value text of the members
/// of interest (the last occurrence), and how many members in all.
struct object_shape {
    std::string_view value[key_count];
    std::uint32_t present = 0;
    std::size_t members = 0;

    bool has(shape_key k) const noexcept { return (present >> k) & 1u; }
    /// The first byte of the member's value, or 0 when absent.
    char first(shape_key k) const noexcept { return has(k) ? value[k].front() : '\0'; }
};

inline constexpr std::string_view json_ws_trim(std::string_view s) noexcept {
    auto ws = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!s.empty() && ws(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && ws(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Scans a JSON object that is known to be valid (with the same depth limit).
inline void scan_shape(std::string_view text, std::size_t max_depth, object_shape& out) noexcept {
    json_scanner s(text, max_depth, std::size_t(-1));
    s.skip_ws();
    if (s.p == s.end || *s.p != '{')
        return;
    ++s.p;
    s.skip_ws();
    if (s.p == s.end || *s.p == '}')
        return;
    for (;;) {
        std::string_view raw_key;
        bool escaped = false;
        if (s.p == s.end || *s.p != '"' || !s.scan_string(raw_key, escaped))
            return;
        std::string_view key = raw_key;
        char buf[64];
        if (escaped) {
            // Names of interest are short; a long escaped name is none of them.
            key = raw_key.size() <= sizeof buf ? std::string_view(buf, decode_escapes(raw_key, buf))
                                               : std::string_view();
        }
        s.skip_ws();
        if (s.p == s.end || *s.p != ':')
            return;
        ++s.p;
        s.skip_ws();
        char const* const v = s.p;
        if (!s.skip_value(1))
            return;
        ++out.members;
        for (unsigned k = 0; k < key_count; ++k)
            if (key == shape_key_names[k]) {
                out.value[k] = std::string_view(v, static_cast<std::size_t>(s.p - v));
                out.present |= 1u << k;
                break;
            }
        s.skip_ws();
        if (s.p == s.end || *s.p != ',')
            return;
        ++s.p;
        s.skip_ws();
    }
}

/// The text of the first element of a valid JSON array, or empty.
inline std::string_view first_element(std::string_view array_text, std::size_t max_depth) noexcept {
    json_scanner s(array_text, max_depth, std::size_t(-1));
    s.skip_ws();
    if (s.p == s.end || *s.p != '[')
        return {};
    ++s.p;
    s.skip_ws();
    if (s.p == s.end || *s.p == ']')
        return {};
    char const* const b = s.p;
    if (!s.skip_value(1))
        return {};
    return std::string_view(b, static_cast<std::size_t>(s.p - b));
}

/// Whether `text` is one valid JSON value; `limit` is set when a limit, not
/// the syntax, stopped the check.
inline bool valid_json(std::string_view text, parse_options const& o, bool& limit) noexcept {
    std::size_t const depth = o.max_depth < parse_options::max_depth_limit ? o.max_depth
                                                                            : parse_options::max_depth_limit;
    json_scanner s(text, depth, o.max_string_length);
    s.skip_ws();
    if (s.p == s.end)
        return false;
    if (!s.skip_value(0)) {
        if (s.err != error::too_deep && s.err != error::string_too_long)
            return false;
        // Over a limit: is it JSON at all? Check without the limits (still
        // linear and allocation-free), so that text is never taken for JSON.
        json_scanner u(text, parse_options::max_depth_limit, std::size_t(-1));
        u.skip_ws();
        if (!u.skip_value(0))
            return false;
        u.skip_ws();
        limit = u.p == u.end;
        return false;
    }
    s.skip_ws();
    return s.p == s.end;
}

/// The decoded content of a raw JSON string value; false when `raw` is not
/// a string (or the scratch is full, which the arena remembers).
inline bool string_content(std::string_view raw, arena& a, std::string_view& out) noexcept {
    if (raw.size() < 2 || raw.front() != '"')
        return false;
    std::string_view const c = raw.substr(1, raw.size() - 2);
    if (c.find('\\') == std::string_view::npos) {
        out = c;
        return true;
    }
    char* const buf = a.take(c.size());
    if (!buf)
        return false;
    out = std::string_view(buf, decode_escapes(c, buf));
    return true;
}

/// A code as text: a string's content or a number's text.
inline std::string_view code_text(std::string_view raw, arena& a) noexcept {
    std::string_view out;
    if (string_content(raw, a, out))
        return out;
    if (!raw.empty() && (raw.front() == '-' || (raw.front() >= '0' && raw.front() <= '9')))
        return raw;
    return {};
}

/// An HTTP status from a raw JSON value: an integer 100..599, or such a
/// number as a string ("400") or with a zero fraction (400.0).
struct status_read {
    std::optional<http_status> status;
    bool as_string = false;
    bool not_integer = false;
};

inline status_read read_status_value(std::string_view raw) noexcept {
    status_read r;
    if (raw.empty())
        return r;
    std::string_view num = raw;
    if (raw.front() == '"') {
        r.as_string = true;
        num = raw.substr(1, raw.size() - 2);
        if (num.size() != 3)
            return r;
    }
    json_scanner s(num, 1, std::size_t(-1));
    if (s.p == s.end || !(*s.p == '-' || (*s.p >= '0' && *s.p <= '9')))
        return r;
    number_token n;
    if (!s.scan_number(n) || s.p != s.end || n.negative || n.overflow)
        return r;
    if (!n.integer) {
        // 400.0, 4E2: the value's integer part, if the rest is zero.
        r.not_integer = true;
        double d = 0;
        if (json_number_to_float(n.text, d) != std::errc{} || !(d >= 100 && d <= 599) || d != static_cast<double>(static_cast<int>(d)))
            return r;
        r.status = static_cast<http_status>(static_cast<std::uint16_t>(d));
        return r;
    }
    if (n.int_value >= 100 && n.int_value <= 599)
        r.status = static_cast<http_status>(n.int_value);
    return r;
}

inline char const* ifind(std::string_view hay, std::string_view needle) noexcept {
    if (needle.size() > hay.size())
        return nullptr;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i)
        if (iequals(hay.substr(i, needle.size()), needle))
            return hay.data() + i;
    return nullptr;
}

inline bool valid_utf8(std::string_view s) noexcept {
    char const* p = s.data();
    char const* const end = p + s.size();
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

/// Writes text as a JSON string; bytes that are not UTF-8 are read as
/// Latin-1 (written as \u00XX), so any bytes give a valid JSON string.
template <class Sink>
void write_text_string(Sink& out, std::string_view text) noexcept {
    serialize_options const opt{};
    out.put('"');
    char const* p = text.data();
    char const* const end = p + text.size();
    char const* run = p;
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        std::size_t const n = utf8_sequence_length(p, end);
        if (n != 0) {
            p += n;
            continue;
        }
        write_content<false>(out, run, p, opt);
        write_u_escape(out, static_cast<unsigned char>(*p));
        ++p;
        run = p;
    }
    write_content<false>(out, run, p, opt);
    out.put('"');
}

inline constexpr std::size_t utf8_encode_length(unsigned cp) noexcept {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/// The text of an HTML page's <title>, cleaned (entities decoded,
/// whitespace collapsed) into the arena; empty when there is none usable.
inline std::string_view html_title(std::string_view body, arena& a) noexcept {
    char const* const open = ifind(body, "<title");
    if (!open)
        return {};
    std::string_view rest = body.substr(static_cast<std::size_t>(open - body.data()) + 6);
    if (rest.empty() || (rest.front() != '>' && rest.front() != ' ' && rest.front() != '\t' &&
                         rest.front() != '\n' && rest.front() != '\r'))
        return {};
    auto const gt = rest.find('>');
    if (gt == std::string_view::npos)
        return {};
    rest = rest.substr(gt + 1);
    char const* const close = ifind(rest, "</title");
    if (!close)
        return {};
    std::string_view const raw = rest.substr(0, static_cast<std::size_t>(close - rest.data()));
    // Every transformation below shortens the text, so raw.size() is enough.
    char* const buf = a.take(raw.size());
    if (!buf)
        return {};
    std::size_t n = 0;
    bool space = true; // drops leading whitespace
    for (std::size_t i = 0; i < raw.size();) {
        char c = raw[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (!space)
                buf[n++] = ' ';
            space = true;
            ++i;
            continue;
        }
        space = false;
        if (c == '&') {
            auto const semi = raw.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 10) {
                std::string_view const ent = raw.substr(i + 1, semi - i - 1);
                unsigned cp = 0;
                if (ent == "amp")
                    cp = '&';
                else if (ent == "lt")
                    cp = '<';
                else if (ent == "gt")
                    cp = '>';
                else if (ent == "quot")
                    cp = '"';
                else if (ent == "apos")
                    cp = '\'';
                else if (ent == "nbsp")
                    cp = ' ';
                else if (ent.size() >= 2 && ent[0] == '#') {
                    bool const hex = ent[1] == 'x' || ent[1] == 'X';
                    std::string_view const digits = ent.substr(hex ? 2 : 1);
                    unsigned v = 0;
                    bool ok = !digits.empty();
                    for (char d : digits) {
                        int const h = d >= '0' && d <= '9'               ? d - '0'
                                      : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10
                                                                             : -1;
                        if (h < 0 || v > 0x10FFFF) {
                            ok = false;
                            break;
                        }
                        v = v * (hex ? 16 : 10) + static_cast<unsigned>(h);
                    }
                    if (ok && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
                        cp = v;
                }
                if (cp != 0 && utf8_encode_length(cp) <= semi - i + 1) {
                    n += utf8_encode(cp, buf + n);
                    i = semi + 1;
                    continue;
                }
            }
        }
        buf[n++] = c;
        ++i;
    }
    while (n > 0 && buf[n - 1] == ' ')
        --n;
    std::string_view const title(buf, n);
    return valid_utf8(title) ? title : std::string_view();
}

/// The classification itself: one object per call, nothing allocated.
class classifier {
public:
    classifier(response_view const& r, std::span<char> scratch, classify_options const& o) noexcept
        : r_(r), a_(scratch), opt_(o) {
        // Classification reads every body: strict mode's verdicts are for
        // validate(), here it reads as rfc.
        if (opt_.parse.mode == parse_mode::strict)
            opt_.parse.mode = parse_mode::rfc;
    }

    result<classification_view> run() noexcept {
        c_.response_status = r_.status;
        c_.content_language = r_.content_language;
        c_.retry_after = r_.retry_after;
        mk_ = media_kind_of(r_.content_type);
        std::string_view const body = r_.body;
        bool const bom = body.size() >= 3 && std::memcmp(body.data(), "\xEF\xBB\xBF", 3) == 0;
        std::string_view const json_text = bom ? body.substr(3) : body;
        std::string_view const trimmed = json_ws_trim(json_text);
        if (trimmed.empty()) {
            c_.format = body_format::empty;
            return finish({}, {});
        }
        bool const labelled_json = mk_ == media_kind::problem_json || mk_ == media_kind::json;
        bool const starts_json = trimmed.front() == '{' || trimmed.front() == '[';
        if (body.size() > opt_.parse.max_document_size) {
            // Not read, not copied: the limit is there to bound the work.
            c_.quirks.insert(quirk::limit_exceeded);
            c_.format = labelled_json || starts_json ? body_format::json_unrecognized : body_format::text;
            return finish({}, {});
        }
        // Any valid JSON is read as JSON, whatever the label: try whatever
        // could start a JSON value (a text that cannot fails at once).
        char const f = trimmed.front();
        bool const may_be_json = starts_json || f == '"' || f == '-' || (f >= '0' && f <= '9') || f == 't' ||
                                 f == 'f' || f == 'n';
        if (labelled_json || may_be_json) {
            bool limit = false;
            if (valid_json(json_text, opt_.parse, limit)) {
                if (bom)
                    c_.quirks.insert(quirk::byte_order_mark);
                if (trimmed.front() == '{')
                    return object(json_text, trimmed);
                if (trimmed.front() == '[')
                    return array(trimmed);
                return other_json(trimmed);
            }
            if (limit) {
                // JSON too deep or with too long a string to be read: not copied.
                c_.quirks.insert(quirk::limit_exceeded);
                c_.format = body_format::json_unrecognized;
                return finish({}, {});
            }
            if (labelled_json || starts_json)
                c_.quirks.insert(quirk::malformed_json);
        }
        return text_body(json_ws_trim(body));
    }

private:
    response_view const& r_;
    arena a_;
    classify_options opt_;
    media_kind mk_ = media_kind::none;
    classification_view c_;

    std::size_t depth() const noexcept {
        return opt_.parse.max_depth < parse_options::max_depth_limit ? opt_.parse.max_depth
                                                                      : parse_options::max_depth_limit;
    }

    bool json_label_mismatch() const noexcept {
        return mk_ != media_kind::none && mk_ != media_kind::json && mk_ != media_kind::problem_json;
    }

    /// Status, standard members filled where the body left them empty, and
    /// the result.
    result<classification_view> finish(problem_view p, std::string_view detail) noexcept {
        if (a_.overflow)
            return error::scratch_too_small;
        c_.status = c_.response_status ? c_.response_status : c_.body_status;
        if (c_.response_status && c_.body_status && *c_.response_status != *c_.body_status)
            c_.quirks.insert(quirk::status_mismatch);
        auto const& ext = p.extensions;
        if (!p.status && !ext.contains("status"))
            p.status = c_.body_status ? c_.body_status : c_.response_status;
        if (p.detail.empty() && !detail.empty() && !ext.contains("detail"))
            p.detail = detail;
        // The reason phrase is the title of an about:blank problem (RFC 9457 §4.2.1).
        std::optional<http_status> const titled = p.status ? p.status : c_.status;
        if (p.title.empty() && p.type == about_blank && titled && !ext.contains("title"))
            p.title = reason_phrase(*titled);
        if (!p.instance.empty())
            c_.correlation_id = p.instance;
        c_.problem = p;
        return c_;
    }

    /// A one-member extension list keeping `value` (valid JSON) under "body".
    problem_view keep_body(std::string_view value) noexcept {
        problem_view p;
        extension* const e = a_.take_extensions(1);
        if (e) {
            e[0] = extension{body_extension, value};
            p.extensions = extension_list(std::span<extension const>(e, 1));
        }
        return p;
    }

    /// Decodes the members every object format uses: code and occurrence ids.
    void common_members(object_shape const& sh) noexcept {
        if (sh.has(key_error_code))
            c_.body_code = code_text(sh.value[key_error_code], a_);
        std::string_view id;
        if (sh.has(key_trace_id) && string_content(sh.value[key_trace_id], a_, id))
            c_.correlation_id = id;
        else if (sh.has(key_context_id) && string_content(sh.value[key_context_id], a_, id))
            c_.correlation_id = id;
        if (sh.has(key_invalid_params))
            c_.quirks.insert(quirk::invalid_params);
        if (sh.has(key_extra_details))
            c_.quirks.insert(quirk::extra_details);
        if (sh.has(key_errors))
            c_.quirks.insert(quirk::errors_member);
    }

    static bool legacy_shape(object_shape const& sh) noexcept {
        return (sh.has(key_error_code) || sh.has(key_error_group) || sh.has(key_error_message)) &&
               !sh.has(key_type) && !sh.has(key_title);
    }

    result<classification_view> object(std::string_view json_text, std::string_view trimmed) noexcept {
        object_shape sh;
        scan_shape(trimmed, depth(), sh);
        bool const std_strings =
            sh.has(key_type) || sh.has(key_title) || sh.has(key_detail) || sh.has(key_instance);
        if (sh.has(key_status_code) && sh.has(key_message) && !sh.has(key_type) && !sh.has(key_title) &&
            !sh.has(key_detail))
            c_.format = body_format::gateway;
        else if (legacy_shape(sh))
            c_.format = body_format::legacy;
        else if (std_strings || mk_ == media_kind::problem_json)
            c_.format = body_format::problem;
        else
            c_.format = body_format::json_unrecognized;

        // Decode what the normalization needs before the parse takes the rest of the scratch.
        std::string_view detail;
        switch (c_.format) {
        case body_format::gateway: string_content(sh.value[key_message], a_, detail); break;
        case body_format::legacy:
            if (sh.has(key_error_message))
                string_content(sh.value[key_error_message], a_, detail);
            break;
        case body_format::json_unrecognized:
            if (!(sh.has(key_message) && string_content(sh.value[key_message], a_, detail)) &&
                !(sh.has(key_error_description) && string_content(sh.value[key_error_description], a_, detail)) &&
                sh.has(key_error))
                string_content(sh.value[key_error], a_, detail);
            break;
        default: break;
        }
        common_members(sh);
        if (a_.overflow)
            return error::scratch_too_small;

        problem_view p;
        auto const pr = parse_view(json_text, a_.rest(), opt_.parse);
        bool const parsed = pr.has_value();
        if (parsed) {
            p = *pr;
        } else {
            if (pr.error() == error::scratch_too_small)
                return error::scratch_too_small;
            // Valid JSON the problem reader refuses (a member count limit...): kept whole.
            c_.quirks.insert(quirk::limit_exceeded);
            p = keep_body(trimmed);
        }

        if (c_.format == body_format::gateway) {
            status_read const st = read_status_value(sh.value[key_status_code]);
            c_.body_status = st.status;
            if (!st.status)
                c_.quirks.insert(quirk::status_unusable);
            if (json_label_mismatch())
                c_.quirks.insert(quirk::content_type_mismatch);
        } else if (c_.format == body_format::problem) {
            if (parsed)
                c_.body_status = p.status;
            if (!sh.has(key_status)) {
                c_.quirks.insert(quirk::status_missing);
            } else if (parsed) {
                status_read const st = read_status_value(sh.value[key_status]);
                if (!p.status)
                    c_.quirks.insert(quirk::status_unusable);
                else if (st.as_string)
                    c_.quirks.insert(quirk::status_as_string);
                else if (st.not_integer)
                    c_.quirks.insert(quirk::status_not_integer);
            }
            if (parsed)
                for (shape_key k : {key_type, key_title, key_detail, key_instance})
                    if (sh.has(k) && p.extensions.contains(shape_key_names[k]))
                        c_.quirks.insert(quirk::wrong_typed_member);
            if (sh.has(key_trace_id) && !sh.has(key_instance))
                c_.quirks.insert(quirk::trace_id_not_instance);
            if (mk_ != media_kind::none && mk_ != media_kind::problem_json)
                c_.quirks.insert(quirk::content_type_mismatch);
        } else {
            if (parsed && c_.format == body_format::json_unrecognized)
                c_.body_status = p.status;
            if (json_label_mismatch())
                c_.quirks.insert(quirk::content_type_mismatch);
        }
        return finish(p, detail);
    }

    result<classification_view> array(std::string_view trimmed) noexcept {
        std::string_view const elem = first_element(trimmed, depth());
        object_shape sh;
        if (!elem.empty() && elem.front() == '{')
            scan_shape(elem, depth() > 0 ? depth() - 1 : 0, sh);
        if (!legacy_shape(sh))
            return other_json(trimmed);
        c_.format = body_format::legacy;
        c_.quirks.insert(quirk::legacy_array);
        if (json_label_mismatch())
            c_.quirks.insert(quirk::content_type_mismatch);
        std::string_view detail;
        if (sh.has(key_error_message))
            string_content(sh.value[key_error_message], a_, detail);
        common_members(sh);
        extension* const ext = a_.take_extensions(sh.members + 1);
        if (!ext)
            return error::scratch_too_small;
        // The element sits one level down: its limits are the document's, one level less.
        parse_options eo = opt_.parse;
        eo.max_depth = depth() > 0 ? depth() - 1 : 0;
        auto const pr = parse_view(elem, a_.rest(), eo);
        problem_view p;
        std::size_t n = 0;
        if (pr) {
            p = *pr;
            for (auto const& e : pr->extensions)
                if (e.name != body_extension && n < sh.members)
                    ext[n++] = e;
        } else {
            if (pr.error() == error::scratch_too_small)
                return error::scratch_too_small;
            c_.quirks.insert(quirk::limit_exceeded);
        }
        ext[n++] = extension{body_extension, trimmed};
        p.extensions = extension_list(std::span<extension const>(ext, n));
        return finish(p, detail);
    }

    result<classification_view> other_json(std::string_view trimmed) noexcept {
        c_.format = body_format::json_unrecognized;
        if (json_label_mismatch())
            c_.quirks.insert(quirk::content_type_mismatch);
        return finish(keep_body(trimmed), {});
    }

    result<classification_view> text_body(std::string_view trimmed) noexcept {
        c_.format = body_format::text;
        std::string_view const head = trimmed.substr(0, 1024);
        bool const html = mk_ == media_kind::html ||
                          (!trimmed.empty() && trimmed.front() == '<' &&
                           (ifind(head, "<html") || ifind(head, "<!doctype html") || ifind(head, "<title")));
        if (html)
            c_.quirks.insert(quirk::html);
        problem_view p;
        std::string_view detail;
        if (html)
            p.title = html_title(r_.body, a_);
        else if (valid_utf8(trimmed))
            detail = trimmed;
        // The whole body, as a JSON string.
        count_sink counter;
        write_text_string(counter, r_.body);
        char* const buf = a_.take(counter.size());
        if (!buf)
            return error::scratch_too_small;
        span_sink out(buf, buf + counter.size());
        write_text_string(out, r_.body);
        problem_view const kept = keep_body(std::string_view(buf, counter.size()));
        p.extensions = kept.extensions;
        return finish(p, detail);
    }
};

} // namespace detail::sdk

inline result<classification_view> classify_view(response_view const& response, std::span<char> scratch,
                                                 classify_options const& options) noexcept {
    return detail::sdk::classifier(response, scratch, options).run();
}

inline classification classify(response_view const& response, classify_options const& given) {
    // The owning copy parses extension values into boost::json::values, which
    // recurse once per level: read no deeper than they can hold, so a deeper
    // body is reported as over the limit instead of throwing from the copy.
    classify_options options = given;
    if (options.parse.max_depth >= parse_options::max_owning_depth)
        options.parse.max_depth = parse_options::max_owning_depth - 1;
    {
        char small[4096];
        auto const r = classify_view(response, small, options);
        if (r)
            return classification(*r);
    }
    std::size_t const n = classify_scratch_bound(response);
    auto const big = std::make_unique<char[]>(n);
    auto const r = classify_view(response, std::span<char>(big.get(), n), options);
    if (!r)
        boost::throw_exception(std::bad_alloc()); // unreachable: the bound is always enough
    return classification(*r);
}

} // namespace problem_details

#endif
