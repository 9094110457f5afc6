// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BENCH_OURS_HPP
#define PROBLEM_DETAILS_BENCH_OURS_HPP

// This library's cases, and the floors every case is measured against.

#include "compare/harness.hpp"

#include <problem_details/classify.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace bench {

namespace pd = problem_details;

inline std::string summarize(pd::problem_view const& v) {
    parse_summary s;
    s.ok = true;
    s.type = v.type;
    s.title = v.title;
    s.detail = v.detail;
    s.instance = v.instance;
    if (v.status)
        s.status = static_cast<std::uint16_t>(*v.status);
    for (auto const& e : v.extensions)
        s.ext.emplace_back(e.name);
    return s.str();
}

inline std::string summarize(pd::problem const& p) {
    parse_summary s;
    s.ok = true;
    s.type = p.type;
    s.title = p.title;
    s.detail = p.detail;
    s.instance = p.instance;
    if (p.status)
        s.status = static_cast<std::uint16_t>(*p.status);
    for (auto const& m : p.extensions)
        s.ext.emplace_back(m.key());
    return s.str();
}

// ---------------------------------------------------------------- floors

/// The harness alone: subtracted from every instruction count.
class empty_case final : public case_base {
public:
    std::string prepare(input const&) override { return {}; }
    void run() override { benchmark::DoNotOptimize(this); }
    std::string result() override { return {}; }
    std::size_t bytes() const override { return 0; }
};

/// Copies the bytes (the input for the parse group, the output for the
/// serialize group): no library can be cheaper than this.
class memcpy_floor final : public case_base {
public:
    explicit memcpy_floor(group g) : group_(g) {}
    std::string prepare(input const& in) override {
        src_ = in.body;
        if (group_ == group::serialize) {
            std::vector<char> scratch(pd::scratch_bound(in.body));
            auto const v = pd::parse_view(in.body, scratch);
            if (!v)
                return "not a problem";
            src_ = pd::to_json(*v);
        }
        dst_.resize(src_.size());
        return {};
    }
    void run() override {
        std::memcpy(dst_.data(), src_.data(), src_.size());
        benchmark::DoNotOptimize(dst_.data());
        benchmark::ClobberMemory();
    }
    std::string result() override { return {}; }
    std::size_t bytes() const override { return src_.size(); }

private:
    group group_;
    std::string src_;
    std::vector<char> dst_;
};

/// Looks at every input byte once (counts the quotes).
class one_pass_floor final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        return {};
    }
    void run() override {
        char const* p = doc_.data();
        benchmark::DoNotOptimize(p);
        std::size_t quotes = 0;
        for (std::size_t i = 0; i < doc_.size(); ++i)
            quotes += p[i] == '"';
        benchmark::DoNotOptimize(quotes);
    }
    std::string result() override { return {}; }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
};

// ---------------------------------------------------------------- parse

/// parse_view: views into the input, escapes decoded into a reused scratch.
class pd_parse_view final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        scratch_.resize(pd::scratch_bound(doc_));
        return {};
    }
    void run() override {
        auto r = pd::parse_view(doc_, scratch_);
        benchmark::DoNotOptimize(r);
        ok_ = r.has_value();
        if (ok_)
            view_ = *r;
    }
    std::string result() override { return ok_ ? summarize(view_) : "error"; }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::vector<char> scratch_;
    pd::problem_view view_;
    bool ok_ = false;
};

/// classify_view (issue 14): what an SDK does with an error response, on
/// the seed's example as it arrives (HTTP 400, application/problem+json):
/// the same one-pass reader as parse_view plus the family, code and
/// correlation id. rfc mode, so that the normalized problem is parse_view's
/// (lenient would read "status":"400") and --check compares the same work.
class pd_classify_view final : public case_base {
public:
    std::string prepare(input const& in) override {
        if (in.name.rfind("faq-validation-error", 0) != 0)
            return "classify_view is measured on the seed's example only";
        doc_ = in.body;
        scratch_.resize(pd::classify_scratch_bound(doc_));
        options_.parse.mode = pd::parse_mode::rfc;
        return {};
    }
    void run() override {
        auto r = pd::classify_view(
            {.status = 400, .content_type = "application/problem+json", .body = doc_}, scratch_,
            options_);
        benchmark::DoNotOptimize(r);
        ok_ = r.has_value() && r->format == pd::body_format::problem;
        if (ok_)
            view_ = r->problem;
    }
    std::string result() override { return ok_ ? summarize(view_) : "error"; }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::vector<char> scratch_;
    pd::classify_options options_;
    pd::problem_view view_;
    bool ok_ = false;
};

/// parse: an owning problem (strings and a boost::json::object).
class pd_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        return {};
    }
    void run() override {
        auto r = pd::parse(doc_);
        benchmark::DoNotOptimize(r);
        ok_ = r.has_value();
        if (ok_)
            problem_ = std::move(*r);
    }
    std::string result() override { return ok_ ? summarize(problem_) : "error"; }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    pd::problem problem_;
    bool ok_ = false;
};

// ---------------------------------------------------------------- serialize

/// What the writers of this library write from: the input, parsed once.
class pd_writer_base : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        scratch_.resize(pd::scratch_bound(doc_));
        auto const r = pd::parse_view(doc_, scratch_);
        if (!r)
            return "not a problem";
        view_ = *r;
        problem_ = pd::problem(view_);
        out_.resize(pd::serialized_size(view_));
        written_ = 0;
        return {};
    }
    std::size_t bytes() const override { return out_.size(); }

protected:
    std::string doc_;
    std::vector<char> scratch_;
    pd::problem_view view_;
    pd::problem problem_;
    std::vector<char> out_;
    std::size_t written_ = 0;
};

/// serialize: a problem_view into a reused buffer, as a server keeps one
/// (64 KiB, or 8 times the output when that is more).
/// `HtmlSafe`: with serialize_options::html_safe (its own row; the
/// others pass no options, as a caller with none does).
template <bool HtmlSafe = false>
class pd_serialize final : public pd_writer_base {
public:
    std::string prepare(input const& in) override {
        std::string r = pd_writer_base::prepare(in);
        buf_.resize(std::max<std::size_t>(65536, 8 * out_.size()));
        return r;
    }
    void run() override {
        auto r = HtmlSafe
                     ? pd::serialize(view_, buf_, {.escape_non_ascii = false, .html_safe = true})
                     : pd::serialize(view_, buf_);
        benchmark::DoNotOptimize(r);
        written_ = r ? *r : 0;
    }
    std::string result() override { return std::string(buf_.data(), written_); }

private:
    std::vector<char> buf_;
};

/// serialize of a problem_view built by hand, as a server builds one:
/// caller-owned strings, and an extension_list over caller-owned
/// `extension`s whose values are compact JSON text (this library's own
/// output for the input's extensions). Such a list is not known to be
/// valid: the writer checks it on every call.
class pd_serialize_built final : public case_base {
public:
    /// `checked`: the list made by extension_list::checked (its values
    /// checked once, when it is made), else by the constructor.
    explicit pd_serialize_built(bool checked = false) : checked_(checked) {}
    std::string prepare(input const& in) override {
        std::vector<char> scratch(pd::scratch_bound(in.body));
        auto const r = pd::parse_view(in.body, scratch);
        if (!r)
            return "not a problem";
        std::string const compact = pd::to_json(*r);
        std::vector<char> s2(pd::scratch_bound(compact));
        auto const c = pd::parse_view(compact, s2);
        if (!c)
            return "cannot re-read the output";
        strings_.clear();
        strings_.reserve(4 + 2 * c->extensions.size());
        // A member absent from the document stays absent (a null view): an
        // empty view that points somewhere is a present, empty member.
        auto keep = [&](std::string_view v) -> std::string_view {
            return v.data() ? std::string_view(strings_.emplace_back(v)) : std::string_view{};
        };
        view_ = pd::problem_view{};
        view_.type = keep(c->type);
        view_.title = keep(c->title);
        view_.detail = keep(c->detail);
        view_.instance = keep(c->instance);
        view_.status = c->status;
        ext_.clear();
        for (auto const& e : c->extensions)
            ext_.push_back({keep(e.name), keep(e.value)});
        if (checked_) {
            auto const l = pd::extension_list::checked(ext_);
            if (!l)
                return "extension_list::checked refused the values";
            view_.extensions = *l;
        } else {
            view_.extensions = pd::extension_list(ext_);
        }
        buf_.resize(std::max<std::size_t>(65536, 8 * compact.size()));
        out_size_ = compact.size();
        return {};
    }
    void run() override {
        auto r = pd::serialize(view_, buf_);
        benchmark::DoNotOptimize(r);
        written_ = r ? *r : 0;
    }
    std::string result() override { return std::string(buf_.data(), written_); }
    std::size_t bytes() const override { return out_size_; }

private:
    bool checked_;
    std::vector<std::string> strings_;
    std::vector<pd::extension> ext_;
    pd::problem_view view_;
    std::vector<char> buf_;
    std::size_t out_size_ = 0;
    std::size_t written_ = 0;
};

/// to_json: a problem_view into a new std::string (sized first, then written).
class pd_to_json final : public pd_writer_base {
public:
    void run() override {
        s_ = pd::to_json(view_);
        benchmark::DoNotOptimize(s_.data());
    }
    std::string result() override { return s_; }

private:
    std::string s_;
};

/// to_json of an owning problem: the counterpart of Boost.JSON's
/// value_from + serialize.
class pd_to_json_owning final : public pd_writer_base {
public:
    void run() override {
        s_ = pd::to_json(problem_);
        benchmark::DoNotOptimize(s_.data());
    }
    std::string result() override { return s_; }

private:
    std::string s_;
};

/// The reference output the writers are checked against.
inline std::string reference_output(input const& in) {
    std::vector<char> scratch(pd::scratch_bound(in.body));
    auto const v = pd::parse_view(in.body, scratch);
    return v ? pd::to_json(*v) : std::string();
}

/// The reference summary the readers are checked against.
inline std::string reference_summary(input const& in) {
    std::vector<char> scratch(pd::scratch_bound(in.body));
    auto const v = pd::parse_view(in.body, scratch);
    return v ? summarize(*v) : "error";
}

} // namespace bench

#endif
