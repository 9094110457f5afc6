// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_FUZZ_HTTP_MESSAGE_HPP
#define PROBLEM_DETAILS_FUZZ_HTTP_MESSAGE_HPP

// The raw HTTP response reader of the command-line tool
// (http_message.hpp), then the classifier on what it read, as
// `problem-details inspect` does. Checks: either error::invalid_http_message
// or views into the input: a version "HTTP/...", a status in 100..599, a
// reason without CR or NUL, header fields whose names are tokens, a body
// that is the input's tail; iterating the headers ends, `size()` counts
// them, `find` finds each (the first of a name); the classification then
// holds as in the classify target.

#include "check.hpp"
#include "classify.hpp"

#include <problem_details/classify.hpp>
#include <problem_details/http_message.hpp>

namespace fuzz_targets {

inline void http_message(std::string_view in) {
    namespace pd = problem_details;
    input_scope scope(in);
    auto const r = pd::parse_http_response(in);
    PD_FUZZ_CHECK(r.has_value() == true || r.error() == pd::error::invalid_http_message);
    PD_FUZZ_CHECK(pd::looks_like_http_response(in) || !r.has_value());
    if (!r)
        return;
    auto const& m = *r;
    PD_FUZZ_CHECK(within(m.version, in.data(), in.size()) && m.version.substr(0, 5) == "HTTP/");
    PD_FUZZ_CHECK(static_cast<unsigned>(m.status) >= 100 && static_cast<unsigned>(m.status) <= 599);
    PD_FUZZ_CHECK(within(m.reason, in.data(), in.size()));
    PD_FUZZ_CHECK(m.reason.find('\r') == std::string_view::npos &&
                  m.reason.find('\0') == std::string_view::npos);
    PD_FUZZ_CHECK(within(m.body, in.data(), in.size()));
    PD_FUZZ_CHECK(m.body.data() + m.body.size() == in.data() + in.size()); // the tail
    PD_FUZZ_CHECK(within(m.headers.raw(), in.data(), in.size()));
    std::size_t count = 0;
    for (auto const& h : m.headers) {
        PD_FUZZ_CHECK(++count <= in.size()); // iteration ends
        PD_FUZZ_CHECK(!h.name.empty() && within(h.name, in.data(), in.size()));
        for (char c : h.name)
            PD_FUZZ_CHECK(pd::detail::is_tchar(static_cast<unsigned char>(c)));
        PD_FUZZ_CHECK(within(h.value, in.data(), in.size()));
        PD_FUZZ_CHECK(h.value.empty() || (!pd::detail::is_ows(h.value.front()) &&
                                          !pd::detail::is_ows(h.value.back())));
        auto const found = m.headers.find(h.name);
        PD_FUZZ_CHECK(found.has_value());
    }
    PD_FUZZ_CHECK(m.headers.size() == count);
    PD_FUZZ_CHECK(m.headers.empty() == (count == 0));
    PD_FUZZ_CHECK(m.headers.raw().empty() == (count == 0));

    // What the CLI does next.
    check_classification(pd::response_view::from(m), pd::classify_options{}, true);
}

} // namespace fuzz_targets

#endif
