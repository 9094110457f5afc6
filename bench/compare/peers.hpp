// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BENCH_PEERS_HPP
#define PROBLEM_DETAILS_BENCH_PEERS_HPP

// The libraries people would use instead, each the idiomatic way for that
// library, doing the same work as problem_details: read all five members
// (the same rule: parse_mode::rfc) and keep every other member, raw or as
// the library's own value; write the same members back as compact JSON.
//
// Boost.JSON is always there (the library needs it). The others are
// compiled in when found: nlohmann::json and RapidJSON by their headers,
// simdjson when the build links it (PD_BENCH_HAVE_SIMDJSON, compare/simdjson_case.cpp).

#include "compare/harness.hpp"
#include "compare/ours.hpp"

#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/serializer.hpp>
#include <boost/json/static_resource.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <cstring>
#include <optional>
#include <string>
#include <vector>

#if __has_include(<nlohmann/json.hpp>) && !defined(PD_BENCH_NO_NLOHMANN)
#include <nlohmann/json.hpp>
#define PD_BENCH_HAVE_NLOHMANN 1
#endif

#if __has_include(<rapidjson/reader.h>) && !defined(PD_BENCH_NO_RAPIDJSON)
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42)
#define RAPIDJSON_SSE2 // SIMD whitespace skipping, as a user who cares about speed builds it
#endif
#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#define PD_BENCH_HAVE_RAPIDJSON 1
#endif

namespace bench {

// ================================================================ Boost.JSON

/// Reads a typed view out of a Boost.JSON object (string views into it).
inline void read_boost(boost::json::value const& jv, typed_view<boost::json::value const*>& out) {
    out.clear();
    auto const* o = jv.if_object();
    if (!o)
        return;
    for (auto const& m : *o) {
        std::string_view const k(m.key().data(), m.key().size());
        boost::json::value const& v = m.value();
        member const which = classify(k);
        if (which == member::status) {
            if (v.is_uint64() && status_in_range(v.get_uint64()))
                out.status = static_cast<std::uint16_t>(v.get_uint64());
            else if (v.is_int64() && v.get_int64() >= 0 &&
                     status_in_range(static_cast<std::uint64_t>(v.get_int64())))
                out.status = static_cast<std::uint16_t>(v.get_int64());
            else
                out.add(k, &v);
        } else if (which != member::none && v.is_string()) {
            out.set(which, std::string_view(v.get_string().data(), v.get_string().size()));
        } else {
            out.add(k, &v);
        }
    }
    out.ok = true;
}

/// boost::json::parse into a DOM, then value_to<problem>: the idiomatic
/// Boost.JSON way to get an owning problem (the counterpart of pd::parse).
class boost_dom_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        return {};
    }
    void run() override {
        boost::system::error_code ec;
        boost::json::value jv =
            boost::json::parse(boost::json::string_view(doc_.data(), doc_.size()), ec);
        ok_ = !ec && jv.is_object();
        if (ok_)
            problem_ = boost::json::value_to<pd::problem>(jv);
        benchmark::DoNotOptimize(problem_);
    }
    std::string result() override { return ok_ ? summarize(problem_) : "error"; }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    pd::problem problem_;
    bool ok_ = false;
};

/// Boost.JSON without the heap: a parser whose temporary storage and
/// result live in a static_resource over a buffer, read into views (the
/// counterpart of pd::parse_view).
class boost_static_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        buf_.resize(32 * doc_.size() + 16384);
        return {};
    }
    void run() override {
        jv_.reset();
        res_.emplace(buf_.data(), buf_.size());
        boost::json::storage_ptr const sp(&*res_);
        boost::json::parser p(sp, boost::json::parse_options(), temp_, sizeof temp_);
        p.reset(sp);
        boost::system::error_code ec;
        p.write(doc_.data(), doc_.size(), ec);
        if (!ec) {
            // Constructed in place: a move assignment would copy the value
            // into the target's (heap) storage.
            jv_.emplace(p.release());
            read_boost(*jv_, view_);
        } else {
            view_.clear();
        }
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::vector<unsigned char> buf_;
    unsigned char temp_[4096];
    std::optional<boost::json::static_resource> res_;
    std::optional<boost::json::value> jv_;
    typed_view<boost::json::value const*> view_;
};

/// value_from(problem) + serialize: the idiomatic Boost.JSON way to write
/// an owning problem (the counterpart of pd::to_json(problem)).
class boost_dom_serialize final : public pd_writer_base {
public:
    void run() override {
        s_ = boost::json::serialize(boost::json::value_from(problem_));
        benchmark::DoNotOptimize(s_.data());
    }
    std::string result() override { return s_; }

private:
    std::string s_;
};

/// Boost.JSON without the heap: value_from into a static_resource, and a
/// reused serializer reading into a buffer.
class boost_static_serialize final : public pd_writer_base {
public:
    std::string prepare(input const& in) override {
        std::string r = pd_writer_base::prepare(in);
        buf_.resize(32 * doc_.size() + 16384);
        dst_.resize(out_.size() + 64);
        return r;
    }
    void run() override {
        jv_.reset();
        res_.emplace(buf_.data(), buf_.size());
        jv_.emplace(boost::json::value_from(problem_, boost::json::storage_ptr(&*res_)));
        sr_.reset(&*jv_);
        n_ = sr_.read(dst_.data(), dst_.size()).size();
        benchmark::DoNotOptimize(n_);
    }
    std::string result() override {
        return sr_.done() ? std::string(dst_.data(), n_) : std::string();
    }

private:
    std::vector<unsigned char> buf_;
    std::vector<char> dst_;
    std::optional<boost::json::static_resource> res_;
    std::optional<boost::json::value> jv_;
    boost::json::serializer sr_;
    std::size_t n_ = 0;
};

// ================================================================ nlohmann::json

#if defined(PD_BENCH_HAVE_NLOHMANN)

/// nlohmann::json::parse into its DOM (no exceptions), read into views.
class nlohmann_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        return {};
    }
    void run() override {
        j_ = nlohmann::json::parse(doc_.begin(), doc_.end(), nullptr, false);
        view_.clear();
        if (j_.is_object()) {
            for (auto it = j_.begin(); it != j_.end(); ++it) {
                std::string_view const k = it.key();
                nlohmann::json const& v = it.value();
                member const which = classify(k);
                if (which == member::status) {
                    if (v.is_number_unsigned() && status_in_range(v.get<std::uint64_t>()))
                        view_.status = static_cast<std::uint16_t>(v.get<std::uint64_t>());
                    else
                        view_.add(k, &v);
                } else if (which != member::none && v.is_string()) {
                    view_.set(which, v.get_ref<std::string const&>());
                } else {
                    view_.add(k, &v);
                }
            }
            view_.ok = true;
        }
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    nlohmann::json j_;
    typed_view<nlohmann::json const*> view_;
};

/// The owning struct a nlohmann::json user writes from, and its to_json.
struct nlohmann_problem {
    std::string type, title, detail, instance;
    std::optional<std::uint16_t> status;
    std::vector<std::pair<std::string, nlohmann::json>> extensions;
};

inline void to_json(nlohmann::json& j, nlohmann_problem const& p) {
    j = nlohmann::json::object();
    j["type"] = p.type;
    if (p.status)
        j["status"] = *p.status;
    if (!p.title.empty())
        j["title"] = p.title;
    if (!p.detail.empty())
        j["detail"] = p.detail;
    if (!p.instance.empty())
        j["instance"] = p.instance;
    for (auto const& [k, v] : p.extensions)
        j[k] = v;
}

/// `nlohmann::json j = problem; j.dump()` from the owning struct.
class nlohmann_serialize final : public pd_writer_base {
public:
    std::string prepare(input const& in) override {
        std::string r = pd_writer_base::prepare(in);
        if (!r.empty())
            return r;
        p_.type = problem_.type;
        p_.title = problem_.title;
        p_.detail = problem_.detail;
        p_.instance = problem_.instance;
        if (problem_.status)
            p_.status = static_cast<std::uint16_t>(*problem_.status);
        for (auto const& e : view_.extensions)
            p_.extensions.emplace_back(std::string(e.name), nlohmann::json::parse(e.value));
        return {};
    }
    void run() override {
        nlohmann::json const j = p_;
        s_ = j.dump();
        benchmark::DoNotOptimize(s_.data());
    }
    std::string result() override { return s_; }

private:
    nlohmann_problem p_;
    std::string s_;
};

#endif

// ================================================================ RapidJSON

#if defined(PD_BENCH_HAVE_RAPIDJSON)

/// RapidJSON's Reader with a SAX handler, as fast as RapidJSON reads: the
/// standard strings copied out of the Reader's stack into a scratch (the
/// Reader hands out decoded strings it reuses), extensions kept raw by
/// their stream offsets. The Reader is reused, so its stack is too.
class rapidjson_sax_parse final : public case_base {
    struct handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, handler> {
        rapidjson::StringStream* is = nullptr;
        char const* doc = nullptr;
        typed_view<std::string_view>* out = nullptr;
        char* scratch = nullptr;
        std::size_t depth = 0;
        bool top_is_object = false;
        member which = member::none;
        std::string_view key;
        std::size_t value_at = 0; // stream offset after the key

        std::string_view keep(char const* s, std::size_t n) {
            std::memcpy(scratch, s, n);
            std::string_view const v(scratch, n);
            scratch += n;
            return v;
        }
        /// The raw text of the value that just ended, at depth 1.
        std::string_view raw() const {
            char const* b = doc + value_at;
            char const* const e = doc + is->Tell();
            while (*b == ' ' || *b == '\n' || *b == '\r' || *b == '\t' || *b == ':')
                ++b;
            return std::string_view(b, static_cast<std::size_t>(e - b));
        }
        bool scalar() {
            if (depth == 1)
                out->add(key, raw());
            return true;
        }
        bool Default() { return scalar(); }
        bool Uint(unsigned u) {
            if (depth == 1 && which == member::status && status_in_range(u)) {
                out->status = static_cast<std::uint16_t>(u);
                return true;
            }
            return scalar();
        }
        bool Int(int i) {
            if (depth == 1 && which == member::status && i >= 0 &&
                status_in_range(static_cast<std::uint64_t>(i))) {
                out->status = static_cast<std::uint16_t>(i);
                return true;
            }
            return scalar();
        }
        bool String(char const* s, rapidjson::SizeType n, bool) {
            if (depth == 1 && which != member::none && which != member::status) {
                out->set(which, keep(s, n));
                return true;
            }
            return scalar();
        }
        bool StartObject() {
            if (depth == 0)
                top_is_object = true;
            ++depth;
            return true;
        }
        bool Key(char const* s, rapidjson::SizeType n, bool) {
            if (depth == 1) {
                key = keep(s, n);
                which = classify(key);
                value_at = is->Tell();
            }
            return true;
        }
        bool EndObject(rapidjson::SizeType) {
            if (--depth == 1)
                out->add(key, raw());
            return true;
        }
        bool StartArray() {
            ++depth;
            return true;
        }
        bool EndArray(rapidjson::SizeType) {
            if (--depth == 1)
                out->add(key, raw());
            return true;
        }
    };

public:
    std::string prepare(input const& in) override {
        doc_ = in.body; // std::string: NUL-terminated, as StringStream wants
        scratch_.resize(doc_.size() + 1);
        return {};
    }
    void run() override {
        view_.clear();
        rapidjson::StringStream is(doc_.c_str());
        handler h;
        h.is = &is;
        h.doc = doc_.c_str();
        h.out = &view_;
        h.scratch = scratch_.data();
        bool const ok = !reader_.Parse<rapidjson::kParseValidateEncodingFlag>(is, h).IsError();
        view_.ok = ok && h.top_is_object;
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::vector<char> scratch_;
    rapidjson::Reader reader_;
    typed_view<std::string_view> view_;
};

/// RapidJSON's Document: Parse into the DOM, read into views.
class rapidjson_dom_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        doc_ = in.body;
        return {};
    }
    void run() override {
        d_.emplace();
        rapidjson::Document& d = *d_;
        d.Parse<rapidjson::kParseValidateEncodingFlag>(doc_.data(), doc_.size());
        view_.clear();
        if (!d.HasParseError() && d.IsObject()) {
            // (Indexed: RapidJSON 1.1's iterator comparisons are ambiguous in C++20.)
            for (rapidjson::SizeType i = 0; i < d.MemberCount(); ++i) {
                auto const& m = *(d.MemberBegin() + i);
                std::string_view const k(m.name.GetString(), m.name.GetStringLength());
                rapidjson::Value const& v = m.value;
                member const which = classify(k);
                if (which == member::status) {
                    if (v.IsUint64() && status_in_range(v.GetUint64()))
                        view_.status = static_cast<std::uint16_t>(v.GetUint64());
                    else
                        view_.add(k, &v);
                } else if (which != member::none && v.IsString()) {
                    view_.set(which, std::string_view(v.GetString(), v.GetStringLength()));
                } else {
                    view_.add(k, &v);
                }
            }
            view_.ok = true;
        }
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return doc_.size(); }

private:
    std::string doc_;
    std::optional<rapidjson::Document> d_;
    typed_view<rapidjson::Value const*> view_;
};

/// RapidJSON's Writer (validating UTF-8, as serialize does) into a reused
/// StringBuffer, from the same problem_view serialize writes. An extension
/// value that is already compact is written verbatim (RawValue), as
/// serialize does; one that is not is re-read through a Reader into the
/// Writer, which compacts it, as serialize does (numbers are converted and
/// written back: the Writer would quote a RawNumber).
class rapidjson_write final : public pd_writer_base {
    using writer_t =
        rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                          rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

public:
    std::string prepare(input const& in) override {
        std::string r = pd_writer_base::prepare(in);
        if (!r.empty())
            return r;
        compact_.clear();
        for (auto const& e : view_.extensions) {
            rapidjson::StringBuffer sb;
            rapidjson::Writer<rapidjson::StringBuffer> w(sb);
            rapidjson::MemoryStream ms(e.value.data(), e.value.size());
            rapidjson::Reader rd;
            rd.Parse(ms, w);
            compact_.push_back(std::string_view(sb.GetString(), sb.GetSize()) == e.value);
        }
        run(); // the buffer grows once, here
        return {};
    }
    void run() override {
        sb_.Clear();
        w_.Reset(sb_);
        auto str = [&](std::string_view s) {
            w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        };
        w_.StartObject();
        w_.Key("type", 4);
        str(view_.type);
        if (view_.status) {
            w_.Key("status", 6);
            w_.Uint(static_cast<unsigned>(*view_.status));
        }
        if (!view_.title.empty()) {
            w_.Key("title", 5);
            str(view_.title);
        }
        if (!view_.detail.empty()) {
            w_.Key("detail", 6);
            str(view_.detail);
        }
        if (!view_.instance.empty()) {
            w_.Key("instance", 8);
            str(view_.instance);
        }
        std::size_t i = 0;
        for (auto const& e : view_.extensions) {
            w_.Key(e.name.data(), static_cast<rapidjson::SizeType>(e.name.size()));
            if (compact_[i++]) {
                w_.RawValue(e.value.data(), e.value.size(), rapidjson::kObjectType);
            } else {
                rapidjson::MemoryStream ms(e.value.data(), e.value.size());
                reader_.Parse(ms, w_);
            }
        }
        w_.EndObject();
        benchmark::DoNotOptimize(sb_.GetString());
    }
    std::string result() override { return std::string(sb_.GetString(), sb_.GetSize()); }

private:
    std::vector<bool> compact_;
    rapidjson::StringBuffer sb_;
    writer_t w_{sb_};
    rapidjson::Reader reader_;
};

#endif

// ================================================================ simdjson

#if defined(PD_BENCH_HAVE_SIMDJSON)
// In its own translation unit (compare/simdjson_case.cpp), compiled for the
// SIMD level simdjson's inline On-Demand code needs (see bench/CMakeLists.txt).
std::unique_ptr<case_base> make_simdjson_parse();
std::string simdjson_version();
#endif

// ================================================================ glaze

#if defined(PD_BENCH_HAVE_GLAZE)
// In its own translation unit (compare/glaze_case.cpp), compiled as C++23.
std::unique_ptr<case_base> make_glaze_view_parse();
std::unique_ptr<case_base> make_glaze_string_parse();
std::unique_ptr<case_base> make_glaze_write();
std::string glaze_version();
#endif

} // namespace bench

#endif
