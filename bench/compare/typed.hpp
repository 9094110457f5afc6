// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BENCH_TYPED_HPP
#define PROBLEM_DETAILS_BENCH_TYPED_HPP

// Typed problems (problem_type.hpp): the seed's validation error read into
// its C++ type and written from it. Included by bench/compare.cpp when the
// header exists; the cases follow the interface of compare/ours.hpp.

#include "compare/harness.hpp"
#include "compare/ours.hpp"

#include <problem_details/typed_parse.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/validation_problem.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <string>
#include <vector>

#define PD_BENCH_HAVE_TYPED 1
#define PD_BENCH_TYPED_PARSE_LABEL "problem_details parse_typed_view (validation error)"
#define PD_BENCH_TYPED_PARSE_NOTE                                                                  \
    "`parse_typed_view<T>(json, scratch)` for the seed's validation error: one pass, the "         \
    "standard members as `parse_view` reads them and `extraDetails` decoded as it is read into a " \
    "`fixed_vector` of `{name, reason}` string views (capacity 1024, so the scaling series "       \
    "fits); other documents are skipped."
#define PD_BENCH_TYPED_SERIALIZE_LABEL "problem_details serialize (typed, buffer)"
#define PD_BENCH_TYPED_SERIALIZE_NOTE                                                              \
    "`serialize(typed_problem_view, buffer)` into a reused 64 KiB buffer: the constant "           \
    "`{\"type\":...,\"title\":...` prefix is one copy of a compile-time array, then the typed "    \
    "members and the unknown ones."
#define PD_BENCH_VALIDATION_SERIALIZE_LABEL                                                        \
    "problem_details serialize (validation_problem_view, buffer)"
#define PD_BENCH_VALIDATION_SERIALIZE_NOTE                                                         \
    "The untyped way to write the same problem from its values: "                                  \
    "`serialize(validation_problem_view, "                                                         \
    "buffer)` into a reused 64 KiB buffer, the standard members and unknown ones as parsed, the "  \
    "`extraDetails` entries a span of `field_error{name, reason}` (as a server collects them)."

namespace bench {

/// The seed's validation error with room for the scaling series.
struct bench_validation_error {
    static constexpr std::string_view type_uri = pd::vipps::validation_error_uri;
    static constexpr pd::http_status default_status = pd::http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    pd::fixed_vector<pd::vipps::validation_detail, 1024> extraDetails;
};
BOOST_DESCRIBE_STRUCT(bench_validation_error, (), (extraDetails))

inline std::string summarize(pd::typed_problem_view<bench_validation_error> const& v) {
    parse_summary s;
    s.ok = true;
    s.type = v.type();
    s.title = v.title;
    s.detail = v.detail;
    s.instance = v.instance;
    if (v.status)
        s.status = static_cast<std::uint16_t>(*v.status);
    s.ext.emplace_back("extraDetails");
    for (auto const& e : v.extensions)
        s.ext.emplace_back(e.name);
    return s.str();
}

/// parse_typed_view: the typed result, views into the input and the scratch.
class pd_typed_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        scratch_.resize(pd::scratch_bound(doc_));
        auto const r = pd::parse_typed_view<bench_validation_error>(doc_, scratch_);
        if (!r)
            return "not a validation error (" + r.error().message() + ")";
        return {};
    }
    void run() override {
        auto r = pd::parse_typed_view<bench_validation_error>(doc_, scratch_);
        benchmark::DoNotOptimize(r);
        ok_ = r.has_value();
    }
    std::string result() override {
        // (Read again here rather than copied in run(): the result is large.)
        auto const r = pd::parse_typed_view<bench_validation_error>(doc_, scratch_);
        return ok_ && r ? summarize(*r) : "error";
    }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::vector<char> scratch_;
    bool ok_ = false;
};

/// What the typed writers write from: the input read as the typed
/// validation error once, and a reused buffer (as pd_serialize's).
class pd_typed_writer_base : public case_base {
public:
    std::string result() override { return std::string(buf_.data(), written_); }
    std::size_t bytes() const override { return bytes_; }

protected:
    /// Reads the input; an error message when it is no validation error.
    std::string read(input const& in) {
        doc_ = in.body;
        scratch_.resize(pd::scratch_bound(doc_));
        auto r = pd::parse_typed_view<bench_validation_error>(doc_, scratch_);
        if (!r)
            return "not a validation error (" + r.error().message() + ")";
        typed_ = std::move(*r);
        return {};
    }
    /// Sizes the buffer for `p` (64 KiB, or 8 times the output).
    template <class P>
    std::string size_for(P const& p) {
        std::size_t const n = pd::serialized_size(p);
        if (n == 0)
            return "not writable";
        buf_.resize(std::max<std::size_t>(65536, 8 * n));
        bytes_ = n;
        written_ = 0;
        return {};
    }
    template <class P>
    void write(P const& p) {
        auto r = pd::serialize(p, buf_);
        benchmark::DoNotOptimize(r);
        written_ = r ? *r : 0;
    }

    std::string doc_;
    std::vector<char> scratch_;
    pd::typed_problem_view<bench_validation_error> typed_;
    std::vector<char> buf_;
    std::size_t bytes_ = 0;
    std::size_t written_ = 0;
};

/// serialize of a typed_problem_view into a reused buffer.
class pd_typed_serialize final : public pd_typed_writer_base {
public:
    std::string prepare(input const& in) override {
        std::string const why = read(in);
        return why.empty() ? size_for(typed_) : why;
    }
    void run() override { write(typed_); }
};

/// serialize of a validation_problem_view holding the same values: what a
/// server writes without a problem type (validation_problem.hpp).
class pd_validation_serialize final : public pd_typed_writer_base {
public:
    std::string prepare(input const& in) override {
        if (std::string const why = read(in); !why.empty())
            return why;
        errors_.clear();
        for (auto const& e : typed_.ext.extraDetails)
            errors_.push_back({e.name, e.reason});
        view_.base = {.type = typed_.type(),
                      .title = typed_.title,
                      .detail = typed_.detail,
                      .instance = typed_.instance,
                      .status = typed_.status,
                      .extensions = typed_.extensions};
        view_.errors = errors_;
        view_.shape = pd::field_errors_shape::extra_details;
        return size_for(view_);
    }
    void run() override { write(view_); }

private:
    std::vector<pd::field_error> errors_;
    pd::validation_problem_view view_;
};

} // namespace bench

#endif
