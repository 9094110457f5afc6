// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_PROBLEM_HPP
#define PROBLEM_DETAILS_IMPL_PROBLEM_HPP

#include <problem_details/error.hpp>
#include <problem_details/parse_options.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/system/system_error.hpp>

#include <string>
#include <utility>

namespace problem_details {
namespace detail {

inline boost::json::parse_options deep_json_options() noexcept {
    boost::json::parse_options o;
    // An extension value sits at level 2 of its document: together at most
    // max_owning_depth levels, as parse allows. Deeper would risk the stack.
    o.max_depth = parse_options::max_owning_depth - 1;
    return o;
}

inline void set_standard_or_keep(problem& p, boost::json::string_view key,
                                 boost::json::value const& v) {
    std::string_view const k(key.data(), key.size());
    auto const str = [&]() -> std::string_view {
        auto const& s = v.get_string();
        return std::string_view(s.data(), s.size());
    };
    if ((k == "type" || k == "title" || k == "detail" || k == "instance") && v.is_string()) {
        std::string& dst = k == "type"     ? p.type
                           : k == "title"  ? p.title
                           : k == "detail" ? p.detail
                                           : p.instance;
        dst = str();
        return;
    }
    if (k == "status") {
        if (v.is_int64() && v.get_int64() >= 100 && v.get_int64() <= 599) {
            p.status = static_cast<http_status>(v.get_int64());
            return;
        }
        if (v.is_uint64() && v.get_uint64() >= 100 && v.get_uint64() <= 599) {
            p.status = static_cast<http_status>(v.get_uint64());
            return;
        }
    }
    p.extensions.insert_or_assign(key, v);
}

} // namespace detail

namespace detail {

/// The extension values of a view, parsed into `out` (a repeated name keeps
/// its last value). Throws as `problem(problem_view)` says.
inline void parse_extensions(extension_list const& ext, boost::json::object& out) {
    out.reserve(ext.size());
    for (auto const& e : ext) {
        boost::system::error_code ec;
        auto v = boost::json::parse(boost::json::string_view(e.value.data(), e.value.size()), ec,
                                    {}, detail::deep_json_options());
        if (ec)
            detail::throw_system_error(make_error_code(ec == boost::json::error::too_deep
                                                           ? error::too_deep
                                                           : error::invalid_extension_value),
                                       "problem_details::problem");
        out.insert_or_assign(boost::json::string_view(e.name.data(), e.name.size()), std::move(v));
    }
}

/// value_from of either problem: the standard members, in the serializer's
/// order (`type` unless it is about:blank and an extension has that name;
/// `status` when set; `title`, `detail` and `instance` when `present`),
/// then the extensions, but one with the name of a member written.
template <class P, class Present>
void problem_to_object(boost::json::object& o, P const& p, boost::json::object const& extensions,
                       Present present) {
    auto const text = [](std::string_view s) {
        return boost::json::string_view(s.data(), s.size());
    };
    if (!(std::string_view(p.type) == about_blank && extensions.contains("type")))
        o["type"] = text(p.type);
    if (p.status)
        o["status"] = static_cast<unsigned>(*p.status);
    if (present(p.title))
        o["title"] = text(p.title);
    if (present(p.detail))
        o["detail"] = text(p.detail);
    if (present(p.instance))
        o["instance"] = text(p.instance);
    for (auto const& m : extensions)
        if (!o.contains(m.key())) // a standard member that is set wins
            o.emplace(m.key(), m.value());
}

} // namespace detail

inline problem::problem(problem_view const& view)
    : type(view.type), title(view.title), detail(view.detail), instance(view.instance),
      status(view.status) {
    detail::parse_extensions(view.extensions, extensions);
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, problem const& p) {
    // A std::string cannot tell an empty member from an absent one: empty is absent.
    detail::problem_to_object(jv.emplace_object(), p, p.extensions,
                              [](std::string const& s) { return !s.empty(); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, problem_view const& p) {
    // A view can: an empty member the document had (`"title":""`) is kept,
    // as serialize keeps it.
    boost::json::object extensions;
    detail::parse_extensions(p.extensions, extensions);
    detail::problem_to_object(jv.emplace_object(), p, extensions,
                              [](std::string_view s) { return s.data() != nullptr; });
}

inline problem tag_invoke(boost::json::value_to_tag<problem>, boost::json::value const& jv) {
    auto const* o = jv.if_object();
    if (!o)
        detail::throw_system_error(make_error_code(error::not_an_object), "value_to<problem>");
    problem p; // keys of a json::object are unique: no duplicates to settle
    for (auto const& m : *o)
        detail::set_standard_or_keep(p, m.key(), m.value());
    return p;
}

} // namespace problem_details

#endif
