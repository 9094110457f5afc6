// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_OUTPUT_SAFETY_HPP
#define PROBLEM_DETAILS_FUZZ_OUTPUT_SAFETY_HPP

// No value can change the structure of the written JSON. The input is cut
// into a problem built by hand, with any bytes in any string:
//   byte 0     flags: 1 escape_non_ascii, 2 html_safe, 4 status set,
//              8 owning problem (else a problem_view), 16 owning extension
//              values read as JSON when they are JSON (else strings)
//   bytes 1-2  the status: any 16-bit value
//   the rest   fields separated by 0xFF: type, title, detail, instance,
//              then extension name, value, name, value...
// A view's extension values are raw JSON text (so text that is not JSON
// must be refused); an owning problem's are Boost.JSON values.
// The writer must either refuse with exactly the error its contract names
// for the first bad piece (conflicting_member, invalid_utf8_in_value,
// invalid_extension_value), writing nothing and sizing 0, or write text
// that Boost.JSON reads as one object with exactly the promised members, in
// order, holding exactly the given values; serialized_size is exact and no
// buffer is overrun.

#include "check.hpp"
#include "round_trip.hpp"

#include <problem_details/problem.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json/parse.hpp>
#include <boost/system/system_error.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace fuzz_targets {

namespace output_detail {

inline bool all_strings_utf8(boost::json::value const& v) {
    switch (v.kind()) {
    case boost::json::kind::string:
        return valid_utf8(std::string_view(v.get_string().data(), v.get_string().size()));
    case boost::json::kind::array:
        return std::all_of(v.get_array().begin(), v.get_array().end(),
                           [](auto const& e) { return all_strings_utf8(e); });
    case boost::json::kind::object:
        for (auto const& m : v.get_object())
            if (!valid_utf8(std::string_view(m.key().data(), m.key().size())) ||
                !all_strings_utf8(m.value()))
                return false;
        return true;
    default: return true;
    }
}

/// Deeper than this, the Boost.JSON oracle (which recurses) is not asked.
inline bool too_deep_for_oracle(std::string_view raw) {
    std::size_t depth = 0, max = 0;
    for (char c : raw) {
        if (c == '[' || c == '{')
            max = std::max(max, ++depth);
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return max > 1000;
}

inline std::optional<boost::json::value> as_json(std::string_view raw) {
    boost::json::parse_options po;
    po.max_depth = 1100;
    boost::system::error_code ec;
    auto v = boost::json::parse(boost::json::string_view(raw.data(), raw.size()), ec, {}, po);
    if (ec)
        return std::nullopt;
    return v;
}

/// One extension as the oracle sees it: its value, or nullopt when the raw
/// text is not JSON.
struct ext_case {
    std::string name;
    std::optional<boost::json::value> value;
};

/// The writer's contract for `p`: the error it must report, if any.
template <class P>
std::optional<problem_details::error> expected_error(P const& p, std::vector<ext_case> const& ext) {
    namespace pd = problem_details;
    unsigned ext_std = 0;
    for (auto const& e : ext)
        ext_std |= pd::detail::match_standard(e.name);
    std::string_view const type(p.type);
    bool const write_type = !(type == pd::about_blank && (ext_std & pd::detail::sm_type));
    unsigned const written =
        (write_type ? pd::detail::sm_type : 0u) | (p.status ? pd::detail::sm_status : 0u) |
        (pd::detail::member_present(p.title) ? pd::detail::sm_title : 0u) |
        (pd::detail::member_present(p.detail) ? pd::detail::sm_detail : 0u) |
        (pd::detail::member_present(p.instance) ? pd::detail::sm_instance : 0u);
    if (ext_std & written)
        return pd::error::conflicting_member;
    if (write_type && !valid_utf8(type))
        return pd::error::invalid_utf8_in_value;
    for (std::string_view s :
         {std::string_view(p.title), std::string_view(p.detail), std::string_view(p.instance)})
        if (!valid_utf8(s))
            return pd::error::invalid_utf8_in_value;
    for (auto const& e : ext) {
        if (!valid_utf8(e.name))
            return pd::error::invalid_utf8_in_value;
        if (!e.value)
            return pd::error::invalid_extension_value;
        if (!all_strings_utf8(*e.value))
            return pd::error::invalid_utf8_in_value;
    }
    return std::nullopt;
}

template <class P>
void check_output(P const& p, problem_details::serialize_options so,
                  std::vector<ext_case> const& ext) {
    namespace pd = problem_details;
    auto const want_error = expected_error(p, ext);
    std::size_t const n = pd::serialized_size(p, so);
    if (want_error) {
        PD_FUZZ_CHECK(n == 0);
        guarded_buffer g(64);
        auto const r = pd::serialize(p, g.span(), so);
        PD_FUZZ_CHECK(!r && r.error() == *want_error && g.intact());
        bool threw = false;
        try {
            (void)pd::to_json(p, so);
        } catch (boost::system::system_error const& e) {
            threw = e.code() == *want_error;
        }
        PD_FUZZ_CHECK(threw);
        return;
    }
    PD_FUZZ_CHECK(n > 0);
    std::string const text = pd::to_json(p, so);
    PD_FUZZ_CHECK(text.size() == n);
    check_serialize_buffers(p, so, text);

    // The promised members, in order, with their values.
    std::vector<std::pair<std::string, boost::json::value>> members;
    unsigned ext_std = 0;
    for (auto const& e : ext)
        ext_std |= pd::detail::match_standard(e.name);
    std::string_view const type(p.type);
    if (!(type == pd::about_blank && (ext_std & pd::detail::sm_type)))
        members.emplace_back("type", boost::json::string(type.data(), type.size()));
    if (p.status)
        members.emplace_back("status", static_cast<std::int64_t>(*p.status));
    // Written when present: a view's non-null string (even empty), an owning problem's non-empty one.
    auto const add_if_present = [&](char const* name, auto const& value) {
        if (pd::detail::member_present(value))
            members.emplace_back(name, boost::json::string(std::string_view(value)));
    };
    add_if_present("title", p.title);
    add_if_present("detail", p.detail);
    add_if_present("instance", p.instance);
    for (auto const& e : ext)
        members.emplace_back(e.name, *e.value);

    auto const keys = boost_top_level_keys(text);
    PD_FUZZ_CHECK(keys.ok);
    PD_FUZZ_CHECK(keys.keys.size() == members.size());
    for (std::size_t i = 0; i < members.size(); ++i)
        PD_FUZZ_CHECK(keys.keys[i] == members[i].first);
    auto const dom = as_json(text);
    PD_FUZZ_CHECK(dom && dom->is_object());
    for (std::size_t i = 0; i < members.size(); ++i) {
        // Boost.JSON keeps the last of repeated names.
        bool last = true;
        for (std::size_t j = i + 1; j < members.size(); ++j)
            last = last && members[j].first != members[i].first;
        if (last && !has_nan(members[i].second)) // NaN: see has_nan
            PD_FUZZ_CHECK(approx_equal(dom->get_object().at(members[i].first), members[i].second));
    }
    if (so.html_safe) {
        PD_FUZZ_CHECK(text.find_first_of("<>&") == std::string::npos);
        PD_FUZZ_CHECK(text.find("\xe2\x80\xa8") == std::string::npos);
        PD_FUZZ_CHECK(text.find("\xe2\x80\xa9") == std::string::npos);
    }
    if (so.escape_non_ascii)
        for (char c : text)
            PD_FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
    PD_FUZZ_CHECK(valid_utf8(text));
}

} // namespace output_detail

inline void output_safety(std::string_view in) {
    namespace pd = problem_details;
    using output_detail::ext_case;
    input_scope scope(in);
    unsigned const flags = in.empty() ? 0u : static_cast<unsigned char>(in[0]);
    std::optional<pd::http_status> status;
    if (in.size() >= 3 && (flags & 4))
        status = static_cast<pd::http_status>(static_cast<std::uint16_t>(
            static_cast<unsigned char>(in[1]) << 8 | static_cast<unsigned char>(in[2])));
    std::vector<std::string_view> parts;
    if (in.size() > 3) {
        std::string_view rest = in.substr(3);
        for (;;) {
            auto const k = rest.find('\xff');
            parts.push_back(rest.substr(0, k));
            if (k == std::string_view::npos)
                break;
            rest.remove_prefix(k + 1);
        }
    }
    auto part = [&](std::size_t i) { return i < parts.size() ? parts[i] : std::string_view{}; };
    pd::serialize_options so;
    so.escape_non_ascii = flags & 1;
    so.html_safe = flags & 2;

    if (!(flags & 8)) {
        pd::problem_view v;
        if (!parts.empty())
            v.type = part(0);
        v.title = part(1);
        v.detail = part(2);
        v.instance = part(3);
        v.status = status;
        std::vector<pd::extension> members;
        std::vector<ext_case> ext;
        for (std::size_t i = 4; i + 1 < parts.size(); i += 2) {
            if (output_detail::too_deep_for_oracle(parts[i + 1]))
                return;
            members.push_back({parts[i], parts[i + 1]});
            ext.push_back({std::string(parts[i]), output_detail::as_json(parts[i + 1])});
        }
        v.extensions = pd::extension_list(members);
        output_detail::check_output(v, so, ext);
        return;
    }
    pd::problem p;
    if (!parts.empty())
        p.type = part(0);
    p.title = part(1);
    p.detail = part(2);
    p.instance = part(3);
    p.status = status;
    for (std::size_t i = 4; i + 1 < parts.size(); i += 2) {
        std::string_view const raw = parts[i + 1];
        std::optional<boost::json::value> jv;
        if ((flags & 16) && !output_detail::too_deep_for_oracle(raw))
            jv = output_detail::as_json(raw);
        if (jv && has_nan(*jv)) // written as null: see has_nan
            jv.reset();
        boost::json::string_view const name(parts[i].data(), parts[i].size());
        if (jv)
            p.extensions.insert_or_assign(name, std::move(*jv));
        else
            p.extensions.insert_or_assign(name, boost::json::string(raw.data(), raw.size()));
    }
    std::vector<ext_case> ext;
    for (auto const& m : p.extensions)
        ext.push_back({std::string(m.key().data(), m.key().size()), m.value()});
    output_detail::check_output(p, so, ext);
}

} // namespace fuzz_targets

#endif
