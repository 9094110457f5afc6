// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_CLASSIFY_HPP
#define PROBLEM_DETAILS_FUZZ_CLASSIFY_HPP

// The response classifier (classify.hpp) and the Retry-After readers
// (retry.hpp) on any status, headers and body. The input is cut as:
//   byte 0     flags: 1 status known, 2 any 16-bit status (else 100..599),
//              4 rfc mode (else the default, lenient), 8 strict mode,
//              16 tight limits
//   bytes 1-2  the status
//   the rest   Content-Type, 0xFF, Content-Language, 0xFF, Retry-After,
//              0xFF, then the body (which may hold 0xFF itself); with flag
//              32 the Content-Language is also a Request-Id header
// Checks: with classify_scratch_bound(response) of scratch (an exact-size
// heap buffer) every response is classified; the status is the HTTP
// status when known, else the body's; `empty` exactly for a body of only
// whitespace; a body Boost.JSON reads is never `text`, one it refuses is
// never read as JSON; the normalized problem can be written and read back;
// nothing of a JSON object body is lost (every member is a standard member
// set or an extension); smaller scratch gives scratch_too_small or the same
// classification; classify (owning) agrees and throws nothing; the
// Retry-After readers never fail on anything but error::invalid_retry_after
// and never give a negative delay.

#include "check.hpp"

#include <problem_details/classify.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>

#include <boost/json/parse.hpp>

#include <chrono>
#include <optional>

namespace fuzz_targets {

namespace classify_detail {

inline bool same(problem_details::classification_view const& a,
                 problem_details::classification_view const& b) {
    return a.format == b.format && a.quirks == b.quirks && a.status == b.status &&
           a.response_status == b.response_status && a.body_status == b.body_status &&
           a.problem == b.problem && a.body_code == b.body_code &&
           a.correlation_id == b.correlation_id && a.content_language == b.content_language &&
           a.retry_after == b.retry_after && a.correlation_from == b.correlation_from &&
           a.correlation_member == b.correlation_member && a.family == b.family;
}

inline std::string_view json_trim(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && ws(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && ws(s.back()))
        s.remove_suffix(1);
    return s;
}

inline bool boost_accepts(std::string_view s, std::size_t depth) {
    boost::json::parse_options po;
    po.max_depth = depth;
    boost::system::error_code ec;
    (void)boost::json::parse(boost::json::string_view(s.data(), s.size()), ec, {}, po);
    return !ec;
}

} // namespace classify_detail

inline void check_classification(problem_details::response_view const& resp,
                                 problem_details::classify_options const& opt,
                                 bool default_limits) {
    namespace pd = problem_details;
    using namespace classify_detail;
    exact_buffer scratch(pd::classify_scratch_bound(resp));
    auto const r = pd::classify_view(resp, scratch.span(), opt);
    PD_FUZZ_CHECK(r.has_value()); // the bound is always enough, and any body is classified
    auto const& c = *r;

    PD_FUZZ_CHECK(c.response_status == resp.status);
    PD_FUZZ_CHECK(c.status == (resp.status ? resp.status : c.body_status));
    PD_FUZZ_CHECK(c.content_language == resp.content_language && c.retry_after == resp.retry_after);
    if (c.status)
        PD_FUZZ_CHECK(c.category() == pd::class_of(*c.status));
    // The correlation id says where it came from; instance only as a UUID.
    PD_FUZZ_CHECK(c.correlation_id.empty() == (c.correlation_from == pd::correlation_source::none));
    PD_FUZZ_CHECK(c.correlation_id.empty() == c.correlation_member.empty());
    if (c.correlation_from == pd::correlation_source::instance)
        PD_FUZZ_CHECK(c.correlation_id == c.problem.instance &&
                      pd::detail::is_uuid_reference(c.correlation_id));
    if (c.correlation_from == pd::correlation_source::header)
        PD_FUZZ_CHECK(c.correlation_id == resp.request_id);
    // Text needs a fixed scratch whatever its size.
    if (c.format == pd::body_format::text) {
        exact_buffer fixed(pd::classify_text_scratch);
        PD_FUZZ_CHECK(pd::classify_view(resp, fixed.span(), opt).has_value());
    }

    std::string_view body = resp.body;
    if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF")
        body.remove_prefix(3);
    std::string_view const trimmed = json_trim(body);
    PD_FUZZ_CHECK((c.format == pd::body_format::empty) == trimmed.empty());
    if (default_limits && !trimmed.empty() && resp.body.size() <= opt.parse.max_document_size) {
        bool const boost_reads = boost_accepts(body, 32);
        if (boost_reads)
            PD_FUZZ_CHECK(c.format != pd::body_format::text);
        if (!boost_accepts(body, 1024))
            PD_FUZZ_CHECK(c.format == pd::body_format::text);
        // Nothing of an object body is lost.
        if (boost_reads && trimmed.front() == '{' && c.format != pd::body_format::text) {
            auto const keys = boost_top_level_keys(body);
            PD_FUZZ_CHECK(keys.ok);
            auto const dom = boost::json::parse(boost::json::string_view(body.data(), body.size()));
            for (auto const& k : keys.keys) {
                auto const sm = pd::detail::match_standard(k);
                auto const& v = dom.get_object().at(k);
                // A string member whose value is the default ("about:blank",
                // "") is read, not lost, though it cannot be told from absent.
                bool const default_string =
                    v.is_string() && (v.get_string() == "" || (sm == pd::detail::sm_type &&
                                                               v.get_string() == "about:blank"));
                bool const set = (sm == pd::detail::sm_type && c.problem.type != pd::about_blank) ||
                                 (sm == pd::detail::sm_title && !c.problem.title.empty()) ||
                                 (sm == pd::detail::sm_detail && !c.problem.detail.empty()) ||
                                 (sm == pd::detail::sm_instance && !c.problem.instance.empty()) ||
                                 (sm == pd::detail::sm_status && c.problem.status) ||
                                 (sm != pd::detail::sm_none && default_string);
                if (!(set || c.problem.extensions.contains(k))) {
                    std::fprintf(stderr, "classify: member \"%s\" lost\n", k.c_str());
                    PD_FUZZ_CHECK(!"a member of the body is lost");
                }
            }
        }
    }

    // The normalized problem is writable and reads back.
    std::size_t const n = pd::serialized_size(c.problem);
    PD_FUZZ_CHECK(n > 0);
    std::string const text = pd::to_json(c.problem);
    PD_FUZZ_CHECK(text.size() == n && valid_utf8(text));
    exact_buffer s2(pd::scratch_bound(text));
    pd::parse_options big;
    big.max_document_size = std::size_t(-1);
    big.max_string_length = std::size_t(-1);
    big.max_members = std::size_t(-1);
    big.max_depth = pd::parse_options::max_depth_limit;
    auto const back = pd::parse_view(text, s2.span(), big);
    PD_FUZZ_CHECK(back.has_value());

    // Smaller scratch: scratch_too_small, or the same classification.
    for (std::size_t k : {std::size_t(0), std::size_t(64), scratch.size() / 4}) {
        exact_buffer small(k, k % 2 == 1);
        auto const rs = pd::classify_view(resp, small.span(), opt);
        if (rs)
            PD_FUZZ_CHECK(same(*rs, c));
        else
            PD_FUZZ_CHECK(rs.error() == pd::error::scratch_too_small);
    }

    // Owning: the same, and nothing thrown but bad_alloc.
    try {
        pd::classification const owning = pd::classify(resp, opt);
        PD_FUZZ_CHECK(owning.format == c.format && owning.quirks == c.quirks &&
                      owning.status == c.status);
        PD_FUZZ_CHECK(owning.body_code == c.body_code && owning.correlation_id == c.correlation_id);
        PD_FUZZ_CHECK(owning.correlation_from == c.correlation_from && owning.family == c.family);
        pd::problem const p(c.problem);
        PD_FUZZ_CHECK(has_nan(p.extensions) || owning.problem == p);
    } catch (std::bad_alloc const&) {
        throw;
    } catch (std::exception const& e) {
        std::fprintf(stderr, "classify threw: %s\n", e.what());
        PD_FUZZ_CHECK(!"classify threw something other than bad_alloc");
    }
}

inline void classify(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    unsigned const flags = in.empty() ? 0u : static_cast<unsigned char>(in[0]);
    pd::response_view resp;
    if (in.size() >= 3 && (flags & 1)) {
        unsigned const v = static_cast<unsigned>(static_cast<unsigned char>(in[1]) << 8 |
                                                 static_cast<unsigned char>(in[2]));
        resp.status = static_cast<pd::http_status>(flags & 2 ? v : 100 + v % 500);
    }
    std::string_view rest = in.size() > 3 ? in.substr(3) : std::string_view{};
    std::string_view* fields[] = {&resp.content_type, &resp.content_language, &resp.retry_after};
    for (auto* f : fields) {
        auto const k = rest.find('\xff');
        *f = rest.substr(0, k);
        rest = k == std::string_view::npos ? std::string_view{} : rest.substr(k + 1);
    }
    resp.body = rest;
    if ((flags & 32) && !resp.content_language.empty()) {
        resp.request_id = resp.content_language;
        resp.request_id_header = "Request-Id";
    }

    pd::classify_options opt;
    if (flags & 4)
        opt.parse.mode = pd::parse_mode::rfc;
    if (flags & 8)
        opt.parse.mode = pd::parse_mode::strict;
    bool const tight = flags & 16;
    if (tight) {
        std::uint64_t const h = input_hash(in);
        opt.parse.max_depth = 1 + h % 6;
        opt.parse.max_members = (h >> 8) % 12;
        opt.parse.max_string_length = (h >> 16) % 48;
        opt.parse.max_document_size = (h >> 24) % 256;
    }
    check_classification(resp, opt, !tight);

    // The Retry-After readers, on the header and on the body.
    using namespace std::chrono;
    sys_seconds const now = sys_days(year{2026} / 11 / 24) + hours(12);
    for (std::string_view v : {resp.retry_after, resp.body.substr(0, 64)}) {
        auto const d = pd::parse_retry_after(v, now);
        if (d)
            PD_FUZZ_CHECK(d->count() >= 0 && d->count() <= (std::int64_t(1) << 40));
        else
            PD_FUZZ_CHECK(d.error() == pd::error::invalid_retry_after);
        auto const t1 = pd::parse_http_date(v, now);
        auto const t2 = pd::parse_http_date(v);
        PD_FUZZ_CHECK(t1.has_value() || t1.error() == pd::error::invalid_retry_after);
        PD_FUZZ_CHECK(t2.has_value() || t2.error() == pd::error::invalid_retry_after);
    }
    if (auto const hint = pd::delay_hint_from_message(resp.body))
        PD_FUZZ_CHECK(hint->count() >= 0);
    auto const advice = pd::advise_retry(resp.status, resp.retry_after);
    PD_FUZZ_CHECK(!advice.reason.empty());
    if (advice.delay)
        PD_FUZZ_CHECK(advice.delay->count() >= 0 && advice.action == pd::retry_action::retry);
}

} // namespace fuzz_targets

#endif
