// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// simdjson On-Demand, in its own translation unit: On-Demand's iteration
// and string unescaping are inline code chosen when compiling (the
// "builtin implementation"), so this file is compiled for a SIMD level
// (bench/CMakeLists.txt: -msse4.2 -mpclmul, simdjson's "westmere") while
// the rest of the benchmark, like the library, assumes plain x86-64 (SSE2).
// Finding the structure (stage 1) is dispatched at run time to the best
// kernel for the CPU whatever the flags.

#include "compare/harness.hpp"

#include <simdjson.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace bench {

namespace {

/// simdjson On-Demand with a reused parser, over a padded copy of the
/// input made once (simdjson reads up to SIMDJSON_PADDING bytes past the
/// end). Strings are unescaped into the parser's buffer; extensions kept
/// raw (raw_json for objects and arrays, the token for scalars). Note that
/// On-Demand validates what it reads; values it skips are checked for
/// structure and UTF-8 only (the others here validate everything).
class simdjson_parse final : public case_base {
public:
    std::string prepare(input const& in) override {
        // PD_BENCH_SIMDJSON_KERNEL=haswell (say) pins the run-time kernel,
        // e.g. to time the one callgrind measures (valgrind has no AVX-512).
        if (char const* const k = std::getenv("PD_BENCH_SIMDJSON_KERNEL"); k && *k) {
            auto const* impl = simdjson::get_available_implementations()[k];
            if (!impl || !impl->supported_by_runtime_system())
                return std::string("simdjson kernel ") + k + " is not available here";
            simdjson::get_active_implementation() = impl;
        }
        padded_ = simdjson::padded_string(in.body);
        run(); // the parser allocates its buffers once, here
        return {};
    }
    void run() override {
        view_.clear();
        view_.ok = read();
        benchmark::DoNotOptimize(view_);
    }
    std::string result() override { return summarize(view_); }
    std::size_t bytes() const override { return padded_.size(); }

private:
    static std::string_view trim(std::string_view s) {
        while (!s.empty() &&
               (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    }

    bool read() {
        namespace od = simdjson::ondemand;
        od::document doc;
        if (parser_.iterate(padded_).get(doc))
            return false;
        od::object obj;
        if (doc.get_object().get(obj))
            return false;
        for (auto field : obj) {
            std::string_view k;
            if (field.unescaped_key().get(k))
                return false;
            od::value v;
            if (field.value().get(v))
                return false;
            od::json_type t;
            if (v.type().get(t))
                return false;
            member const which = classify(k);
            if (which == member::status && t == od::json_type::number) {
                std::string_view const raw = trim(v.raw_json_token());
                std::uint64_t u;
                if (v.get_uint64().get(u) == simdjson::SUCCESS && status_in_range(u))
                    view_.status = static_cast<std::uint16_t>(u);
                else
                    view_.add(k, raw);
                continue;
            }
            if (which != member::none && which != member::status && t == od::json_type::string) {
                std::string_view s;
                if (v.get_string().get(s))
                    return false;
                view_.set(which, s);
                continue;
            }
            std::string_view raw;
            if (t == od::json_type::object) {
                od::object o;
                if (v.get_object().get(o) || o.raw_json().get(raw))
                    return false;
            } else if (t == od::json_type::array) {
                od::array a;
                if (v.get_array().get(a) || a.raw_json().get(raw))
                    return false;
            } else {
                raw = trim(v.raw_json_token());
            }
            view_.add(k, raw);
        }
        // simdjson 3.0 has no document::at_end(): past the end, the
        // current location is OUT_OF_BOUNDS; anything else is trailing content.
        return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
    }

    simdjson::padded_string padded_;
    simdjson::ondemand::parser parser_;
    typed_view<std::string_view> view_;
};

} // namespace

std::unique_ptr<case_base> make_simdjson_parse() {
    return std::make_unique<simdjson_parse>();
}

std::string simdjson_version() {
    return std::string(SIMDJSON_STRINGIFY(SIMDJSON_VERSION)) + " (On-Demand compiled for " +
           SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION) +
           ", stage 1 at run time: " + simdjson::get_active_implementation()->name() + ")";
}

} // namespace bench
