// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// glaze (https://github.com/stephenberry/glaze, MIT; headers in
// ../shared/third_party/glaze-v6.4.0), in its own translation unit compiled
// as C++23 (glaze needs it; bench/CMakeLists.txt). The library never
// includes glaze: this is the benchmark only. Nor does this file include
// the library: what it needs of it, untimed, is seed_members (compare.cpp).
//
// glaze reads into a struct whose members it knows at compile time, so its
// cases apply to the documents with the seed's members (type, title,
// status, detail, instance, extraDetails: the seed's example, its escaped
// variant and the extraDetails-N series) and skip the others with a message.
// `status` is read as raw JSON and classified as every reader classifies it
// (an integer in 100..599, else kept as an extension); `extraDetails` is
// kept raw (glz::raw_json_view / raw_json), as every reader keeps it.

#include "compare/harness.hpp"

#include <glaze/glaze.hpp>
#include <glaze/version.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

namespace {

/// Zero-copy: every string a view into the input, escapes left as they are.
struct glaze_view_problem {
    std::string_view type, title, detail, instance;
    glz::raw_json_view status;
    glz::raw_json_view extraDetails;
};

/// Owning: decoded std::strings (reused, so their capacity is too).
struct glaze_string_problem {
    std::string type, title, detail, instance;
    glz::raw_json status;
    glz::raw_json extraDetails;
};

/// What glaze writes from: the values, and extraDetails as compact JSON text.
struct glaze_write_problem {
    std::string type, title, detail, instance;
    glz::raw_json status;
    glz::raw_json extraDetails;
};

/// `status` as every reader classifies it: an integer 100..599, else an extension.
template <class View>
void classify_status(std::string_view raw, View& view) {
    if (raw.size() == 3 && raw[0] >= '1' && raw[0] <= '5' && raw[1] >= '0' && raw[1] <= '9' &&
        raw[2] >= '0' && raw[2] <= '9')
        view.status =
            static_cast<std::uint16_t>((raw[0] - '0') * 100 + (raw[1] - '0') * 10 + (raw[2] - '0'));
    else
        view.add("status", raw);
}

constexpr glz::opts read_opts{}; // glaze's defaults: unknown keys are errors

/// glz::read into string_views (zero-copy). The measured read leaves
/// escapes undecoded; result() decodes them (untimed, with glaze) so that
/// the check compares the same text.
class glaze_view_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        if (auto why = seed_members(in); !why.empty())
            return why;
        doc_ = in.body;
        return {};
    }
    void run() override {
        p_ = {};
        auto const ec = glz::read<read_opts>(p_, doc_);
        view_.clear();
        if (!ec) {
            view_.type = p_.type.data() ? p_.type : std::string_view("about:blank");
            view_.title = p_.title;
            view_.detail = p_.detail;
            view_.instance = p_.instance;
            if (p_.status.str.data())
                classify_status(p_.status.str, view_);
            if (p_.extraDetails.str.data())
                view_.add("extraDetails", p_.extraDetails.str);
            view_.ok = true;
        }
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override {
        if (!view_.ok)
            return "error";
        typed_view<std::string_view> v = view_;
        std::string s[4];
        std::string_view* m[4] = {&v.type, &v.title, &v.detail, &v.instance};
        for (int i = 0; i < 4; ++i) {
            std::string quoted;
            quoted.reserve(m[i]->size() + 2);
            quoted += '"';
            quoted.append(m[i]->data(), m[i]->size());
            quoted += '"';
            if (glz::read_json(s[i], quoted))
                return "error (undecodable string)";
            *m[i] = s[i];
        }
        return summarize(v);
    }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    glaze_view_problem p_;
    typed_view<std::string_view> view_;
};

/// glz::read into std::strings (escapes decoded), reused.
class glaze_string_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        if (auto why = seed_members(in); !why.empty())
            return why;
        doc_ = in.body;
        run(); // the strings get their capacity once, here
        return {};
    }
    void run() override {
        p_.type.clear();
        p_.title.clear();
        p_.detail.clear();
        p_.instance.clear();
        p_.status.str.clear();
        p_.extraDetails.str.clear();
        auto const ec = glz::read<read_opts>(p_, doc_);
        view_.clear();
        if (!ec) {
            view_.type =
                p_.type.empty() ? std::string_view("about:blank") : std::string_view(p_.type);
            view_.title = p_.title;
            view_.detail = p_.detail;
            view_.instance = p_.instance;
            if (!p_.status.str.empty())
                classify_status(p_.status.str, view_);
            if (!p_.extraDetails.str.empty())
                view_.add("extraDetails", p_.extraDetails.str);
            view_.ok = true;
        }
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    glaze_string_problem p_;
    typed_view<std::string_view> view_;
};

/// glz::write_json from a struct of std::strings into a reused buffer;
/// `status` and `extraDetails` as compact raw JSON (what this library's
/// writer produces for them).
class glaze_write final : public case_base {
public:
    std::string prepare(input const& in) override {
        seed_problem c; // the members as this library writes them
        if (auto why = seed_members(in, &c); !why.empty())
            return why;
        p_.type = c.type;
        p_.title = c.title;
        p_.detail = c.detail;
        p_.instance = c.instance;
        p_.status.str = c.status;
        p_.extraDetails.str = c.extra_details;
        buf_.reserve(65536);
        run(); // the buffer is sized once, here
        return {};
    }
    void run() override {
        ec_ = bool(glz::write_json(p_, buf_));
        benchmark::DoNotOptimize(buf_.data());
    }
    std::string result() override { return ec_ ? std::string() : buf_; }
    std::size_t bytes() const override { return buf_.size(); }

private:
    glaze_write_problem p_;
    std::string buf_;
    bool ec_ = false;
};

} // namespace

std::unique_ptr<case_base> make_glaze_view_parse() {
    return std::make_unique<glaze_view_parse>();
}
std::unique_ptr<case_base> make_glaze_string_parse() {
    return std::make_unique<glaze_string_parse>();
}
std::unique_ptr<case_base> make_glaze_write() {
    return std::make_unique<glaze_write>();
}

std::string glaze_version() {
    return std::to_string(glz::version.major) + "." + std::to_string(glz::version.minor) + "." +
           std::to_string(glz::version.patch);
}

} // namespace bench
