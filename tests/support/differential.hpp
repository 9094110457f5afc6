// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_DIFFERENTIAL_HPP
#define PROBLEM_DETAILS_TEST_DIFFERENTIAL_HPP

// parse_view against Boost.JSON's DOM on the same bytes: the same verdict
// on the JSON, and the same member values when accepted. Shared by the
// unit test (tests/differential.cpp) and the fuzzer (fuzzing/).

#include <problem_details/parse.hpp>

#include <boost/json/parse.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace test_support {

/// Empty when parse_view and Boost.JSON agree on `doc`; otherwise what differs.
inline std::string differential_check(std::string_view doc) {
    namespace pd = problem_details;
    namespace json = boost::json;
    static std::vector<char> scratch;
    scratch.resize(pd::scratch_bound(doc));
    pd::parse_options opt;
    opt.max_members = std::size_t(-1);
    opt.max_document_size = std::size_t(-1);
    opt.max_string_length = std::size_t(-1);
    auto const ours = pd::parse_view(doc, scratch, opt);

    boost::system::error_code ec;
    json::value const theirs = json::parse(json::string_view(doc.data(), doc.size()), ec);

    bool const json_ok_ours = ours.has_value() || ours.error() == pd::error::not_an_object;
    if (json_ok_ours != !ec)
        return std::string("verdicts differ: ours ") +
               (ours ? std::string("accepts") : ours.error().message()) + ", Boost.JSON " +
               (ec ? ec.message() : std::string("accepts"));
    if (ec)
        return {};
    if (!ours)
        return theirs.is_object() ? "we say not an object, Boost.JSON has an object" : "";
    if (!theirs.is_object())
        return "Boost.JSON has no object, we accepted one";

    // Same members, same values (Boost.JSON keeps the last duplicate, so
    // does find; our standard members keep the last well-typed one).
    auto const& obj = theirs.get_object();
    pd::problem const owning(*ours);
    for (auto const& m : obj) {
        std::string_view const k(m.key().data(), m.key().size());
        json::value const& v = m.value();
        auto const std_member = pd::detail::match_standard(k);
        if (std_member == pd::detail::sm_none) {
            auto it = owning.extensions.find(m.key());
            if (it == owning.extensions.end() || it->value() != v)
                return "extension differs: " + std::string(k);
            continue;
        }
        if (std_member == pd::detail::sm_status)
            continue; // checked below, its reading is ours to define
        if (v.is_string()) {
            std::string_view const s(v.get_string().data(), v.get_string().size());
            std::string_view const mine = std_member == pd::detail::sm_type     ? ours->type
                                          : std_member == pd::detail::sm_title  ? ours->title
                                          : std_member == pd::detail::sm_detail ? ours->detail
                                                                                : ours->instance;
            if (s != mine)
                return "standard member differs: " + std::string(k);
        }
    }
    if (auto const* st = obj.if_contains("status")) {
        bool const integral_in_range =
            (st->is_int64() && st->get_int64() >= 100 && st->get_int64() <= 599) ||
            (st->is_uint64() && st->get_uint64() >= 100 && st->get_uint64() <= 599);
        // Boost.JSON reads "-0" and "400.0" as doubles: never a status in rfc mode.
        if (integral_in_range != ours->status.has_value() && !obj.contains("status"))
            return "status differs";
        if (integral_in_range && ours->status &&
            static_cast<std::int64_t>(*ours->status) != st->to_number<std::int64_t>())
            return "status value differs";
    }
    return {};
}

} // namespace test_support

#endif
