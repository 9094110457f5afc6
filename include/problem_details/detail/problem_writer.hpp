// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_PROBLEM_WRITER_HPP
#define PROBLEM_DETAILS_DETAIL_PROBLEM_WRITER_HPP

// The problem object's members as JSON, for every problem kind (view,
// owning, typed) and every sink: serialize, the typed writer and the validation
// problem's writer all write their problem part here.

#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_writer.hpp>
#include <problem_details/detail/standard_members.hpp>
#include <problem_details/error.hpp>
#include <problem_details/problem_view.hpp>
#include <problem_details/serialize_options.hpp>

#include <charconv>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace problem_details::detail {

/** How a problem kind's extensions are written: `standard_names(ext)`, the
    sm_* bits of the standard names among them, and `write(out, ext, opt,
    sep)`, each member preceded by `sep`. Specialised here for a view's
    `extension_list` and in owning_problem_writer.hpp for an owning
    problem's `boost::json::object`, so that writing a view needs no DOM. */
template <class Extensions>
struct extensions_writer;

template <>
struct extensions_writer<extension_list> {
    static unsigned standard_names(extension_list const& ext) noexcept {
        unsigned mask = 0;
        for (auto const& e : ext)
            mask |= match_standard(e.name);
        return mask;
    }

    /// A value not known compact: checked first unless `validated` (false
    /// when it is not JSON text), copied as it is when compact and no
    /// option is set, compacted otherwise. Out of line, so
    /// that the usual verbatim loop stays small.
    template <class Sink>
    PROBLEM_DETAILS_NOINLINE static bool write_value(Sink& out, std::string_view value,
                                                     serialize_options const& opt,
                                                     bool validated) noexcept {
        if (!validated) {
            // The check also tells whether the text is compact: then it is
            // copied as it is, with no second look.
            int const kind = json_text_kind(value);
            if (kind < 0)
                return false;
            if (kind > 0 && !opt.escape_non_ascii && !opt.html_safe) {
                out.write(value);
                return true;
            }
        }
        write_raw_compacted(out, value, opt);
        return true;
    }

    template <class Sink>
    static error write(Sink& out, extension_list const& ext, serialize_options const& opt,
                       char& sep) noexcept {
        bool const validated = extension_list_access::validated(ext);
        bool const compact = validated && extension_list_access::compact(ext);
        bool const verbatim = compact && !opt.escape_non_ascii && !opt.html_safe;
        for (auto const& e : ext) {
            out.put(sep);
            sep = ',';
            if (!write_string(out, e.name, opt))
                return error::invalid_utf8_in_value;
            out.put(':');
            // (With an option set, a compact value is copied as it is when
            // the options escape nothing in it.)
            if (verbatim || (compact && !option_escapes_in(e.value, opt))) {
                out.write(e.value);
                continue;
            }
            if (!write_value(out, e.value, opt, validated))
                return error::invalid_extension_value;
        }
        return {};
    }
};

/// The standard names among `ext` (sm_* bits).
template <class Extensions>
unsigned standard_names_among(Extensions const& ext) noexcept {
    return extensions_writer<Extensions>::standard_names(ext);
}

/// Writes the members of `ext`, each preceded by `sep` (then ',').
template <class Sink, class Extensions>
error write_extensions(Sink& out, Extensions const& ext, serialize_options const& opt,
                       char& sep) noexcept {
    return extensions_writer<Extensions>::write(out, ext, opt, sep);
}

/// Whether a standard string member is there to be written. A view tells
/// an empty member the document had (`""`: a non-null pointer, as the
/// reader makes it) from an absent one (a null view); an owning
/// `std::string` cannot, and there empty means absent.
constexpr bool member_present(std::string_view s) noexcept {
    return s.data() != nullptr;
}
inline bool member_present(std::string const& s) noexcept {
    return !s.empty();
}

/// Which of status, detail and instance are written: those present (the
/// same for every problem kind, typed or not).
template <class P>
unsigned present_members(P const& p) noexcept {
    unsigned w = 0;
    if (p.status)
        w |= sm_status;
    if (member_present(p.detail))
        w |= sm_detail;
    if (member_present(p.instance))
        w |= sm_instance;
    return w;
}

/// `type == about_blank`, compared inline whatever the inliner decides
/// about std::string_view::compare (out of line, it cost a call per write).
PROBLEM_DETAILS_ALWAYS_INLINE bool is_about_blank(std::string_view type) noexcept {
    return type.size() == about_blank.size() &&
           std::memcmp(type.data(), about_blank.data(), about_blank.size()) == 0;
}

/// Which standard members the writer writes (see serialize's contract).
template <class P>
PROBLEM_DETAILS_ALWAYS_INLINE unsigned written_members(P const& p, unsigned ext_std) noexcept {
    unsigned w = present_members(p);
    if (!(is_about_blank(p.type) && (ext_std & sm_type)))
        w |= sm_type;
    if (member_present(p.title))
        w |= sm_title;
    return w;
}

/// One writer for both problem kinds and both sinks: serialized_size and
/// serialize run the same code, so the size is exact by construction.
/// Writes the standard members and the extensions, each preceded by `sep`
/// (`{` before the first, then `,`), without the closing brace, so that
/// writers of larger objects (a validation problem) can append members.
template <class Sink, class P>
PROBLEM_DETAILS_ALWAYS_INLINE error write_problem_members(Sink& out, P const& p,
                                                          serialize_options const& opt,
                                                          char& sep) noexcept {
    unsigned const ext_std = standard_names_among(p.extensions);
    unsigned const w = written_members(p, ext_std);
    if (ext_std & w)
        return error::conflicting_member;
    auto member = [&](char const* key, std::size_t n) {
        out.put(sep);
        sep = ',';
        out.write(key, n);
    };
    if (w & sm_type) {
        member("\"type\":", 7);
        if (!write_string(out, std::string_view(p.type), opt))
            return error::invalid_utf8_in_value;
    }
    if (w & sm_status) {
        member("\"status\":", 9);
        char buf[8];
        auto const r = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned>(*p.status));
        out.write(buf, static_cast<std::size_t>(r.ptr - buf));
    }
    if (w & sm_title) {
        member("\"title\":", 8);
        if (!write_string(out, std::string_view(p.title), opt))
            return error::invalid_utf8_in_value;
    }
    if (w & sm_detail) {
        member("\"detail\":", 9);
        if (!write_string(out, std::string_view(p.detail), opt))
            return error::invalid_utf8_in_value;
    }
    if (w & sm_instance) {
        member("\"instance\":", 11);
        if (!write_string(out, std::string_view(p.instance), opt))
            return error::invalid_utf8_in_value;
    }
    return write_extensions(out, p.extensions, opt, sep);
}

/** The members of `ext` at o, each as `,"name":value`, with no option set
    (or `html_safe` alone, `Html`) and within the caller's bound (the
    cursor-passing form of write_extensions). Returns the end, or nullptr
    with `err` set. */
template <bool Html>
PROBLEM_DETAILS_ALWAYS_INLINE char* put_extensions(char* o, extension_list const& ext,
                                                   error& err) noexcept {
    bool const verbatim =
        extension_list_access::validated(ext) && extension_list_access::compact(ext);
    serialize_options const opt{.escape_non_ascii = false, .html_safe = Html};
    for (auto const& e : ext) {
        *o++ = ',';
        o = put_string<Html>(o, e.name);
        if (!o)
            return err = error::invalid_utf8_in_value, nullptr;
        *o++ = ':';
        // (HTML-safe, a compact value is copied as it is when it holds
        // nothing to escape.)
        if (verbatim && !option_escapes_in(e.value, opt)) {
            o = put_bytes(o, e.value.data(), e.value.size());
            continue;
        }
        unchecked_sink out(o);
        if (!extensions_writer<extension_list>::write_value(out, e.value, opt,
                                                            extension_list_access::validated(ext)))
            return err = error::invalid_extension_value, nullptr;
        o = out.cursor();
    }
    return o;
}

/** write_problem for a view, with no option set (or `html_safe` alone,
    `Html`), into memory certainly large enough (size_bound fits): the same
    output, written with the position in a register instead of through a
    sink (whose position a char store may alias, so it is reloaded after
    each). Every member is written with a leading comma; the first comma
    becomes the brace. Returns the end, or nullptr with `err` set. */
template <bool Html = false>
char* write_view_plain(char* const begin, problem_view const& p, error& err) noexcept {
    unsigned const ext_std = standard_names_among(p.extensions);
    unsigned const w = written_members(p, ext_std);
    if (ext_std & w) {
        err = error::conflicting_member;
        return nullptr;
    }
    char* o = begin;
    auto string_member = [&](auto const& key, std::string_view s) {
        o = put_literal(o, key);
        o = put_string<Html>(o, s);
        return o != nullptr;
    };
    if ((w & sm_type) && !string_member(",\"type\":", p.type))
        return err = error::invalid_utf8_in_value, nullptr;
    if (w & sm_status) {
        o = put_literal(o, ",\"status\":");
        o = std::to_chars(o, o + 8, static_cast<unsigned>(*p.status)).ptr;
    }
    if ((w & sm_title) && !string_member(",\"title\":", p.title))
        return err = error::invalid_utf8_in_value, nullptr;
    if ((w & sm_detail) && !string_member(",\"detail\":", p.detail))
        return err = error::invalid_utf8_in_value, nullptr;
    if ((w & sm_instance) && !string_member(",\"instance\":", p.instance))
        return err = error::invalid_utf8_in_value, nullptr;
    o = put_extensions<Html>(o, p.extensions, err);
    if (!o)
        return nullptr;
    if (o == begin)
        return put_literal(o, "{}"); // nothing at all to write
    *begin = '{';
    *o = '}';
    return o + 1;
}

/// The whole problem object: its members, then the closing brace.
template <class Sink, class P>
error write_problem(Sink& out, P const& p, serialize_options const& opt) noexcept {
    char sep = '{';
    if (error const e = write_problem_members(out, p, opt, sep); e != error{})
        return e;
    if (sep == '{')
        out.write("{}", 2); // nothing at all to write
    else
        out.put('}');
    return {};
}

/// The part of write_problem's bound (see output_bound) that is the same
/// for every problem kind: braces, the standard members and their names,
/// the status, and about:blank for a type an extension displaces.
template <class P>
output_bound standard_members_bound(P const& p) noexcept {
    output_bound n(64 + about_blank.size());
    n.add_text(p.type.size());
    n.add_text(p.title.size());
    n.add_text(p.detail.size());
    n.add_text(p.instance.size());
    return n;
}

/// An upper bound of what write_problem writes for a view (see
/// output_bound), cheap to compute: linear in the number of members.
inline output_bound size_bound(problem_view const& p) noexcept {
    output_bound n = standard_members_bound(p);
    for (auto const& e : p.extensions) {
        n.add_text(e.name.size());
        n.add_text(e.value.size());
    }
    return n;
}

/// write_problem as a writer of the serialize driver (serialize_driver.hpp).
template <class P>
auto problem_writer(P const& p, serialize_options const& opt) noexcept {
    return [&p, &opt](auto& out) { return write_problem(out, p, opt); };
}

} // namespace problem_details::detail

#endif
