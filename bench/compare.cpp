// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// problem_details against the C++ JSON libraries people would use instead,
// reading a problem into a typed result and writing it back, on the seed's
// example, on every shared payload (../shared/payloads, *.json and *.html,
// found at run time) and on generated problems with 1, 10, 100 and 1000
// extraDetails entries. bench/run.sh runs all of it and writes
// docs/benchmarks.md; the modes below are its steps.
//
//   bench_compare [Google Benchmark flags]   time every case: ns/op, MB/s
//                                            (bytes_per_second), heap
//                                            allocations/op (the allocs counter)
//   bench_compare --check                    every case once, checked against
//                                            problem_details' result; exit 1
//                                            when a library did other work
//   bench_compare --instructions[=BYTES] [--filter=TEXT]
//                                            under valgrind --tool=callgrind:
//                                            each case run N times between
//                                            CALLGRIND_ZERO_STATS and a dump
//                                            (N = BYTES / input size, 10..1000)
//   bench_compare --report --timings=FILE --callgrind=DIR --data=DIR
//                                            Markdown tables on stdout, chart
//                                            data for bench/benchmarks.gp in DIR
//   bench_compare --peers                    which peers this build has
//
// Peers that were not found when building are left out with a message.
// The heap counter replaces operator new (and, on glibc, malloc).

#include "compare/alloc_counter.hpp"
#include "compare/harness.hpp"
#include "compare/ours.hpp"
#include "compare/peers.hpp"
#include "support/payloads.hpp"

#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <boost/version.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define PD_BENCH_HAVE_CALLGRIND 1
#endif

#if __has_include(<problem_details/problem_type.hpp>) && __has_include("compare/typed.hpp")
#include "compare/typed.hpp"
#endif

namespace bench {

std::string seed_members(input const& in, seed_problem* out) {
    std::vector<char> scratch(pd::scratch_bound(in.body));
    auto const v = pd::parse_view(in.body, scratch);
    if (!v)
        return "not a problem";
    bool const members = v->extensions.size() + (v->status ? 1 : 0) == 2 &&
                         v->extensions.contains("extraDetails") &&
                         (v->status || v->extensions.contains("status")) && !v->title.empty() &&
                         !v->detail.empty() && !v->instance.empty() && v->type != pd::about_blank;
    if (!members)
        return "glaze reads into a struct of the seed's members; this document has others";
    if (out) {
        // Compact text for the raw members: this library's own output, re-read.
        std::string const written = pd::to_json(*v);
        std::vector<char> s2(pd::scratch_bound(written));
        auto const c = pd::parse_view(written, s2);
        if (!c)
            return "cannot re-read the output";
        out->type = c->type;
        out->title = c->title;
        out->detail = c->detail;
        out->instance = c->instance;
        if (c->status)
            out->status = std::to_string(static_cast<unsigned>(*c->status));
        else
            out->status = std::string(c->extensions.find("status")->value);
        out->extra_details = std::string(c->extensions.find("extraDetails")->value);
    }
    return {};
}

} // namespace bench

namespace {

using namespace bench;

// ------------------------------------------------------------------ inputs

/// The seed's example first (as printed, then minified), then every other
/// shared payload, then the generated scaling series.
std::vector<input> const& inputs() {
    static std::vector<input> const all = [] {
        std::vector<input> v;
        for (auto& p : test_support::all_payloads())
            v.push_back({p.name, std::move(p.body), false});
        // The escaped variant (payloads/variants): the seed's example with
        // escapes and non-ASCII text, the second payload.
        for (char const* name :
             {"faq-validation-error-escaped.json", "faq-validation-error-escaped.min.json"}) {
            auto const path = test_support::payloads_dir() / "variants" / name;
            if (std::filesystem::exists(path))
                v.push_back({name, test_support::read_file(path), false});
        }
        auto rank = [](input const& i) {
            return i.name == "faq-validation-error.json"               ? 0
                   : i.name == "faq-validation-error.min.json"         ? 1
                   : i.name == "faq-validation-error-escaped.json"     ? 2
                   : i.name == "faq-validation-error-escaped.min.json" ? 3
                                                                       : 4;
        };
        std::stable_sort(v.begin(), v.end(),
                         [&](auto const& a, auto const& b) { return rank(a) < rank(b); });
        for (std::size_t n : {1, 10, 100, 1000})
            v.push_back({"extraDetails-" + std::to_string(n), extra_details_document(n), true});
        return v;
    }();
    return all;
}

// ------------------------------------------------------------------ cases

template <class C, class... A>
std::function<std::unique_ptr<case_base>()> factory(A... a) {
    return [=] { return std::unique_ptr<case_base>(new C(a...)); };
}

std::vector<case_info> const& cases() {
    static std::vector<case_info> const all = [] {
        std::vector<case_info> v;
        auto const P = group::parse;
        auto const S = group::serialize;
        // Reading.
        v.push_back({P, "floor.memcpy", "floor: memcpy of the input", "memcpy",
                     "`memcpy` of the input into a buffer: the least any reader does.",
                     factory<memcpy_floor>(P)});
        v.push_back({P, "floor.pass", "floor: one pass over the bytes", "one pass",
                     "A plain loop over the input counting quotes (as the compiler vectorizes it).",
                     factory<one_pass_floor>()});
        v.push_back({P, "pd.parse_view", "problem_details parse_view", "parse_view",
                     "`parse_view(json, scratch)` into a `problem_view`: views into the input, "
                     "escapes decoded "
                     "into a reused scratch, extensions as raw JSON text; everything validated.",
                     factory<pd_parse_view>()});
        v.push_back(
            {P, "pd.classify_view", "problem_details classify_view", "classify_view",
             "`classify_view(response, scratch)` of the seed's example as it arrives (400, "
             "`application/problem+json`): parse_view's one pass plus the family, code and "
             "correlation id (rfc mode, so the problem is parse_view's); the seed's example only.",
             factory<pd_classify_view>()});
        v.push_back({P, "pd.parse", "problem_details parse (owning)", "parse",
                     "`parse(json)` into an owning `problem` (strings, extensions as a "
                     "`boost::json::object`).",
                     factory<pd_parse>()});
#if defined(PD_BENCH_HAVE_TYPED)
        v.push_back({P, "pd.typed_parse", PD_BENCH_TYPED_PARSE_LABEL, "typed parse",
                     PD_BENCH_TYPED_PARSE_NOTE, factory<pd_typed_parse>()});
#endif
        v.push_back({P, "boost.dom", "Boost.JSON parse + value_to<problem>", "Boost DOM",
                     "`boost::json::parse` into a DOM, then `value_to<problem>` (this library's "
                     "conversion): "
                     "the Boost.JSON way to get an owning problem.",
                     factory<boost_dom_parse>()});
        v.push_back({P, "boost.static", "Boost.JSON parser, static_resource, views", "Boost static",
                     "`boost::json::parser` with its temporary storage and result in a "
                     "`static_resource` over "
                     "a reused buffer (no heap), then the members read as views into the DOM.",
                     factory<boost_static_parse>()});
#if defined(PD_BENCH_HAVE_NLOHMANN)
        v.push_back(
            {P, "nlohmann.dom", "nlohmann::json parse, views", "nlohmann",
             "`nlohmann::json::parse` (no exceptions) into its DOM, members read as views into it.",
             factory<nlohmann_parse>()});
#endif
#if defined(PD_BENCH_HAVE_RAPIDJSON)
        v.push_back({P, "rapidjson.sax", "RapidJSON Reader (SAX), views", "RapidJSON SAX",
                     "A reused `rapidjson::Reader` (UTF-8 validated) with a handler: standard "
                     "strings copied "
                     "into a scratch, extensions kept raw by stream offsets.",
                     factory<rapidjson_sax_parse>()});
        v.push_back({P, "rapidjson.dom", "RapidJSON Document (DOM), views", "RapidJSON DOM",
                     "`rapidjson::Document::Parse` (UTF-8 validated) into a new document, members "
                     "read as views.",
                     factory<rapidjson_dom_parse>()});
#endif
#if defined(PD_BENCH_HAVE_GLAZE)
        v.push_back(
            {P, "glaze.view", "glaze read into string_views (zero-copy)", "glaze views",
             "`glz::read` (default options) into a struct of `std::string_view`s, `status` and "
             "`extraDetails` as `glz::raw_json_view`: zero-copy, so escapes are left undecoded "
             "(the check decodes them afterwards, untimed). Documents with the seed's members "
             "only.",
             make_glaze_view_parse});
        v.push_back(
            {P, "glaze.string", "glaze read into std::strings", "glaze strings",
             "`glz::read` into a reused struct of `std::string`s (escapes decoded), `status` and "
             "`extraDetails` as `glz::raw_json`. Documents with the seed's members only.",
             make_glaze_string_parse});
#endif
#if defined(PD_BENCH_HAVE_SIMDJSON)
        v.push_back({P, "simdjson.ondemand", "simdjson On-Demand, views", "simdjson",
                     "A reused `simdjson::ondemand::parser` over a padded copy made once; strings "
                     "unescaped "
                     "into the parser's buffer, extensions kept raw (`raw_json`). On-Demand checks "
                     "the values "
                     "it skips for structure and UTF-8 only.",
                     make_simdjson_parse});
#endif
        // Writing.
        v.push_back({S, "floor.memcpy", "floor: memcpy of the output", "memcpy",
                     "`memcpy` of the finished output: the least any writer does.",
                     factory<memcpy_floor>(S)});
        v.push_back(
            {S, "pd.serialize", "problem_details serialize (view, buffer)", "serialize",
             "`serialize(view, buffer)` into a reused 64 KiB buffer: compact JSON, extension text "
             "copied (compacted when the input was not compact).",
             factory<pd_serialize<>>()});
        v.push_back({S, "pd.serialize_html_safe",
                     "problem_details serialize (view, buffer, html_safe)", "serialize (html_safe)",
                     "As `serialize`, with `serialize_options{.html_safe = true}`: `<`, `>`, `&`, "
                     "U+2028 and U+2029 escaped too, for JSON embedded in HTML.",
                     factory<pd_serialize<true>>()});
        v.push_back(
            {S, "pd.serialize_built", "problem_details serialize (hand-built view, buffer)",
             "serialize (built)",
             "`serialize(view, buffer)` of a `problem_view` built by hand: its strings and its "
             "`extension_list` over caller-owned `extension`s whose values are compact JSON text, "
             "checked (valid JSON) and written on every call.",
             factory<pd_serialize_built>(false)});
        v.push_back({S, "pd.serialize_checked",
                     "problem_details serialize (hand-built view, checked list, buffer)",
                     "serialize (checked)",
                     "As the hand-built case, the `extension_list` made by "
                     "`extension_list::checked` (once, "
                     "untimed): its values known valid and compact, so `serialize` copies them as "
                     "they are.",
                     factory<pd_serialize_built>(true)});
        v.push_back({S, "pd.to_json", "problem_details to_json (view, string)", "to_json",
                     "`to_json(view)` into a new `std::string` (written on the stack and copied "
                     "when it fits in 4 KiB, as here; else measured first).",
                     factory<pd_to_json>()});
        v.push_back(
            {S, "pd.to_json_owning", "problem_details to_json (problem, string)",
             "to_json (problem)",
             "`to_json(problem)` from an owning problem (extensions are `boost::json::value`s; "
             "measured first).",
             factory<pd_to_json_owning>()});
#if defined(PD_BENCH_HAVE_TYPED)
        v.push_back({S, "pd.typed_serialize", PD_BENCH_TYPED_SERIALIZE_LABEL, "typed serialize",
                     PD_BENCH_TYPED_SERIALIZE_NOTE, factory<pd_typed_serialize>()});
        v.push_back({S, "pd.validation_serialize", PD_BENCH_VALIDATION_SERIALIZE_LABEL,
                     "validation serialize", PD_BENCH_VALIDATION_SERIALIZE_NOTE,
                     factory<pd_validation_serialize>()});
#endif
        v.push_back({S, "boost.dom", "Boost.JSON value_from + serialize", "Boost DOM",
                     "`boost::json::serialize(value_from(problem))`: the Boost.JSON way to write "
                     "an owning problem.",
                     factory<boost_dom_serialize>()});
        v.push_back({S, "boost.static", "Boost.JSON value_from + serializer, static_resource",
                     "Boost static",
                     "`value_from` into a `static_resource` (no heap), then a reused "
                     "`boost::json::serializer` "
                     "reading into a buffer.",
                     factory<boost_static_serialize>()});
#if defined(PD_BENCH_HAVE_NLOHMANN)
        v.push_back(
            {S, "nlohmann.dom", "nlohmann::json from struct + dump", "nlohmann",
             "`nlohmann::json j = problem; j.dump()` from a struct of `std::string`s and `json` "
             "extension values (a `to_json` overload).",
             factory<nlohmann_serialize>()});
#endif
#if defined(PD_BENCH_HAVE_GLAZE)
        v.push_back(
            {S, "glaze.write", "glaze write_json (buffer)", "glaze write",
             "`glz::write_json` from a struct of `std::string`s (`status` and `extraDetails` "
             "as compact `glz::raw_json`) into a reused `std::string`. Documents with the "
             "seed's members only.",
             make_glaze_write});
#endif
#if defined(PD_BENCH_HAVE_RAPIDJSON)
        v.push_back(
            {S, "rapidjson.writer", "RapidJSON Writer (buffer)", "RapidJSON Writer",
             "A reused `rapidjson::Writer` (UTF-8 validated) into a reused `StringBuffer`, from "
             "the same "
             "`problem_view`; compact extension text written with `RawValue`, other text re-read "
             "through a `Reader` into the `Writer` (which compacts it).",
             factory<rapidjson_write>()});
#endif
        return v;
    }();
    return all;
}

std::string group_name(group g) {
    return g == group::parse ? "parse" : "serialize";
}

std::string bench_name(case_info const& c, input const& in) {
    return group_name(c.kind) + "/" + c.id + "/" + in.name;
}

void say_which_peers(std::ostream& os) {
    os << "peers:";
#if defined(PD_BENCH_HAVE_NLOHMANN)
    os << " nlohmann::json " << NLOHMANN_JSON_VERSION_MAJOR << '.' << NLOHMANN_JSON_VERSION_MINOR
       << '.' << NLOHMANN_JSON_VERSION_PATCH << ';';
#endif
#if defined(PD_BENCH_HAVE_RAPIDJSON)
    os << " RapidJSON " << RAPIDJSON_VERSION_STRING << ';';
#endif
#if defined(PD_BENCH_HAVE_SIMDJSON)
    os << " simdjson " << simdjson_version() << ';';
#endif
#if defined(PD_BENCH_HAVE_GLAZE)
    os << " glaze " << glaze_version() << ';';
#endif
    os << " Boost.JSON " << BOOST_VERSION / 100000 << '.' << BOOST_VERSION / 100 % 1000 << '\n';
#if !defined(PD_BENCH_HAVE_NLOHMANN)
    os << "skipped: nlohmann::json (not found; Debian: nlohmann-json3-dev)\n";
#endif
#if !defined(PD_BENCH_HAVE_RAPIDJSON)
    os << "skipped: RapidJSON (not found; Debian: rapidjson-dev)\n";
#endif
#if !defined(PD_BENCH_HAVE_SIMDJSON)
    os << "skipped: simdjson (not found when configuring; Debian: libsimdjson-dev)\n";
#endif
#if !defined(PD_BENCH_HAVE_GLAZE)
    os << "skipped: glaze (not found, or the compiler cannot build it as C++23; see "
          "bench/CMakeLists.txt)\n";
#endif
#if !defined(PD_BENCH_HAVE_TYPED)
    os << "skipped: typed problems (no <problem_details/problem_type.hpp> yet)\n";
#endif
}

/// Prepares a case and checks it against problem_details' own result:
/// empty when it applies and agrees; "skip: ..." when it does not apply.
std::string prepare_and_check(case_base& c, case_info const& info, input const& in) {
    std::string const why = c.prepare(in);
    if (!why.empty())
        return "skip: " + why;
    if (info.id.rfind("floor.", 0) == 0)
        return {};
    c.run();
    std::string const got = c.result();
    if (info.kind == group::parse) {
        std::string const want = reference_summary(in);
        if (got != want)
            return "result differs from problem_details:\n  got  " + got + "\n  want " + want;
    } else if (!same_json(got, reference_output(in))) {
        return "output differs from problem_details:\n  got  " + got + "\n  want " +
               reference_output(in);
    }
    return {};
}

// ------------------------------------------------------------------ Google Benchmark

void run_case(benchmark::State& state, case_info const* info, input const* in) {
    auto c = info->make();
    std::string const problem = prepare_and_check(*c, *info, *in);
    if (!problem.empty()) {
        state.SkipWithError(problem.c_str());
        return;
    }
    c->run();
    std::size_t const before = heap_allocations.load();
    for (auto _ : state)
        c->run();
    std::size_t const allocs = heap_allocations.load() - before;
    state.counters["allocs"] =
        benchmark::Counter(static_cast<double>(allocs), benchmark::Counter::kAvgIterations);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(c->bytes()));
}

int benchmark_mode(int argc, char** argv) {
    say_which_peers(std::cerr);
    for (auto const& in : inputs())
        for (auto const& info : cases()) {
            // Writers apply to problems only: leave the others out.
            if (info.kind == group::serialize && reference_output(in).empty())
                continue;
            benchmark::RegisterBenchmark(bench_name(info, in).c_str(), run_case, &info, &in);
        }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

int check_mode() {
    say_which_peers(std::cout);
    int failures = 0, checked = 0;
    for (auto const& in : inputs())
        for (auto const& info : cases()) {
            auto c = info.make();
            std::string const r = prepare_and_check(*c, info, in);
            if (r.rfind("skip:", 0) == 0)
                continue;
            ++checked;
            if (!r.empty()) {
                ++failures;
                std::cout << "MISMATCH " << bench_name(info, in) << ": " << r << '\n';
            }
        }
    std::cout << checked << " cases checked, " << failures << " mismatches\n";
    return failures ? 1 : 0;
}

// ------------------------------------------------------------------ instructions (callgrind)

std::size_t iterations_for(std::size_t bytes, std::size_t budget) {
    if (bytes == 0)
        return 1000;
    return std::clamp<std::size_t>(budget / bytes, 10, 1000);
}

[[maybe_unused]] void measure(case_base& c, std::size_t n, std::string const& label) {
    c.run();
    c.run();
#if defined(PD_BENCH_HAVE_CALLGRIND)
    CALLGRIND_ZERO_STATS;
#endif
    for (std::size_t i = 0; i < n; ++i)
        c.run();
#if defined(PD_BENCH_HAVE_CALLGRIND)
    CALLGRIND_DUMP_STATS_AT(label.c_str());
#else
    (void)label;
#endif
}

int instructions_mode(std::size_t budget, std::string const& filter) {
#if !defined(PD_BENCH_HAVE_CALLGRIND)
    std::cerr << "bench_compare: built without <valgrind/callgrind.h>: no instruction counts\n";
    return 1;
#else
    if (!RUNNING_ON_VALGRIND)
        std::cerr << "bench_compare: not under valgrind --tool=callgrind: running the cases, "
                     "counting nothing\n";
    say_which_peers(std::cerr);
    // The harness alone, twice: its fixed and its per-iteration cost.
    empty_case e;
    measure(e, 100, "harness/empty/-|n=100");
    measure(e, 1000, "harness/empty/-|n=1000");
    for (auto const& in : inputs())
        for (auto const& info : cases()) {
            std::string const name = bench_name(info, in);
            if (!filter.empty() && name.find(filter) == std::string::npos)
                continue;
            auto c = info.make();
            std::string const r = prepare_and_check(*c, info, in);
            if (!r.empty()) {
                if (r.rfind("skip:", 0) != 0)
                    std::cerr << name << ": " << r << '\n';
                continue;
            }
            std::size_t const n = iterations_for(c->bytes(), budget);
            measure(*c, n, name + "|n=" + std::to_string(n));
        }
    return 0;
#endif
}

// ------------------------------------------------------------------ report

struct figures {
    double instr = NAN;  // per operation, harness subtracted
    double ns = NAN;     // minimum CPU time per operation over the repetitions
    double median = NAN; // median of the repetitions
    double mbps = NAN;   // MB/s (10^6 bytes) at the minimum time
    double allocs = NAN; // heap allocations per operation
    std::string error;
};

using figure_map = std::map<std::string, figures>; // by bench_name

void read_callgrind(std::filesystem::path const& dir, figure_map& out) {
    struct dump {
        std::string name;
        double n = 0, total = 0;
    };
    std::vector<dump> dumps;
    for (auto const& f : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(f.path());
        std::string line, label;
        double total = -1;
        while (std::getline(in, line)) {
            if (line.rfind("desc: Trigger: Client Request: ", 0) == 0)
                label = line.substr(31);
            else if (line.rfind("totals: ", 0) == 0 ||
                     (total < 0 && line.rfind("summary: ", 0) == 0))
                total = std::stod(line.substr(line.find(' ') + 1));
        }
        auto const bar = label.rfind("|n=");
        if (bar == std::string::npos || total < 0)
            continue;
        dumps.push_back({label.substr(0, bar), std::stod(label.substr(bar + 3)), total});
    }
    double x100 = -1, x1000 = -1;
    for (auto const& d : dumps)
        if (d.name == "harness/empty/-")
            (d.n == 100 ? x100 : x1000) = d.total;
    if (x100 < 0 || x1000 < 0) {
        std::cerr << "bench_compare: no harness baseline among the callgrind dumps in " << dir
                  << '\n';
        return;
    }
    double const per_iter = (x1000 - x100) / 900.0, fixed = x100 - 100 * per_iter;
    for (auto const& d : dumps)
        if (d.name != "harness/empty/-")
            out[d.name].instr = (d.total - fixed) / d.n - per_iter;
}

void read_timings(std::filesystem::path const& file, figure_map& out) {
    std::ifstream in(file);
    std::stringstream ss;
    ss << in.rdbuf();
    // Google Benchmark writes NaN (and Infinity) for some aggregates (the
    // spread of a counter that never varies): not JSON, so made null here.
    std::string text = ss.str();
    for (std::string const bad : {"-Infinity", "Infinity", "NaN"})
        for (auto at = text.find(": " + bad); at != std::string::npos;
             at = text.find(": " + bad, at))
            text.replace(at + 2, bad.size(), "null");
    boost::system::error_code ec;
    auto const doc = boost::json::parse(text, ec);
    if (ec || !doc.is_object() || !doc.at("benchmarks").is_array()) {
        std::cerr << "bench_compare: cannot read " << file << '\n';
        return;
    }
    std::map<std::string, std::vector<std::pair<double, double>>> runs; // cpu ns, bytes/s
    for (auto const& b : doc.at("benchmarks").as_array()) {
        auto const& o = b.as_object();
        if (o.contains("run_type") && o.at("run_type").as_string() != "iteration")
            continue;
        std::string const name(o.at("name").as_string());
        if (o.contains("error_occurred") && o.at("error_occurred").as_bool()) {
            out[name].error = std::string(o.at("error_message").as_string());
            continue;
        }
        double const bps =
            o.contains("bytes_per_second") ? o.at("bytes_per_second").to_number<double>() : NAN;
        runs[name].push_back({o.at("cpu_time").to_number<double>(), bps});
        if (o.contains("allocs"))
            out[name].allocs = o.at("allocs").to_number<double>();
    }
    for (auto& [name, r] : runs) {
        std::sort(r.begin(), r.end());
        auto& f = out[name];
        f.ns = r.front().first;
        f.median = r[r.size() / 2].first;
        f.mbps = r.front().second / 1e6;
    }
}

std::string fmt(double v, int decimals = 0) {
    if (std::isnan(v))
        return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string_view const s = buf;
    if (decimals != 0)
        return std::string(s);
    // Thousands separators.
    std::size_t const sign = s[0] == '-' ? 1 : 0;
    std::string out(s.substr(0, sign));
    for (std::size_t i = sign; i < s.size(); ++i) {
        if (i != sign && (s.size() - i) % 3 == 0)
            out += ',';
        out += s[i];
    }
    return out;
}

std::string fmt_ns(double v) {
    return std::isnan(v) ? "–" : v < 100 ? fmt(v, 1) : fmt(v);
}

std::string fmt_ratio(double a, double b) {
    if (std::isnan(a) || std::isnan(b) || b == 0)
        return "–";
    return fmt(a / b, 2) + "×";
}

figures const& get(figure_map const& m, std::string const& name) {
    static figures const none;
    auto const it = m.find(name);
    return it == m.end() ? none : it->second;
}

input const* find_input(std::string const& name) {
    for (auto const& in : inputs())
        if (in.name == name)
            return &in;
    return nullptr;
}

std::vector<case_info const*> cases_of(group g) {
    std::vector<case_info const*> v;
    for (auto const& c : cases())
        if (c.kind == g)
            v.push_back(&c);
    return v;
}

void seed_table(std::ostream& os, figure_map const& m, group g, std::string const& reference,
                std::string const& pretty_name = "faq-validation-error.json",
                std::string const& mini_name = "faq-validation-error.min.json") {
    input const* const pretty = find_input(pretty_name);
    input const* const mini = find_input(mini_name);
    if (!pretty || !mini)
        return;
    os << "| " << (g == group::parse ? "reading" : "writing")
       << " | instr/op pretty | instr/op minified | ns/op pretty | ns/op minified | MB/s minified "
          "| "
          "allocs/op | instr vs "
       << reference << " |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";
    auto const& ref = get(m, group_name(g) + "/" + reference + "/" + mini->name);
    for (auto const* c : cases_of(g)) {
        auto const& fp = get(m, bench_name(*c, *pretty));
        auto const& fm = get(m, bench_name(*c, *mini));
        bool const ours = c->id.rfind("pd.", 0) == 0;
        std::string const b = ours ? "**" : "";
        os << "| " << b << c->label << b << " | " << fmt(fp.instr) << " | " << fmt(fm.instr)
           << " | " << fmt_ns(fp.ns) << " | " << fmt_ns(fm.ns) << " | " << fmt(fm.mbps) << " | "
           << fmt(fm.allocs, 1) << " | " << fmt_ratio(fm.instr, ref.instr) << " |\n";
    }
    os << '\n';
}

void payload_table(std::ostream& os, figure_map const& m, group g) {
    auto const cs = cases_of(g);
    os << "| payload | bytes |";
    for (auto const* c : cs)
        os << ' ' << c->label << " |";
    os << "\n|---|---:|";
    for (std::size_t i = 0; i < cs.size(); ++i)
        os << "---:|";
    os << '\n';
    for (auto const& in : inputs()) {
        if (g == group::serialize && reference_output(in).empty())
            continue;
        os << "| " << (in.generated ? "*" + in.name + "*" : "`" + in.name + "`") << " | "
           << in.body.size() << " |";
        for (auto const* c : cs) {
            auto const& f = get(m, bench_name(*c, in));
            if (!f.error.empty() && std::isnan(f.instr))
                os << " n/a |";
            else
                os << ' ' << fmt(f.instr) << " / " << fmt_ns(f.ns) << " |";
        }
        os << '\n';
    }
    os << '\n';
}

void allocation_table(std::ostream& os, figure_map const& m) {
    os << "| payload |";
    std::vector<std::pair<case_info const*, std::string>> cols;
    for (auto const& c : cases())
        if (c.id.rfind("pd.", 0) == 0) {
            cols.push_back({&c, group_name(c.kind) + " " + c.id.substr(3)});
            os << ' ' << cols.back().second << " |";
        }
    os << "\n|---|";
    for (std::size_t i = 0; i < cols.size(); ++i)
        os << "---:|";
    os << '\n';
    for (auto const& in : inputs()) {
        os << "| " << (in.generated ? "*" + in.name + "*" : "`" + in.name + "`") << " |";
        for (auto const& [c, _] : cols)
            os << ' ' << fmt(get(m, bench_name(*c, in)).allocs, 1) << " |";
        os << '\n';
    }
    os << '\n';
}

void write_data(std::filesystem::path const& dir, figure_map const& m) {
    std::filesystem::create_directories(dir);
    input const* const pretty = find_input("faq-validation-error.json");
    input const* const mini = find_input("faq-validation-error.min.json");
    for (group g : {group::parse, group::serialize}) {
        std::ofstream f(dir / ("seed-" + group_name(g) + ".dat"));
        f << "# label instr_pretty instr_minified\n";
        for (auto const* c : cases_of(g)) {
            if (c->id.rfind("floor.", 0) == 0)
                continue;
            auto const a = get(m, bench_name(*c, *pretty)).instr,
                       b = get(m, bench_name(*c, *mini)).instr;
            f << '"' << c->chart << "\" " << (std::isnan(a) ? 0 : a) << ' '
              << (std::isnan(b) ? 0 : b) << '\n';
        }
        // Scaling: this library's main case first (column 3, drawn thicker),
        // then the others; not the memcpy floor (its instruction count is
        // that of `rep movsb`, one per byte under callgrind, which says
        // nothing about its time).
        std::ofstream s(dir / ("scaling-" + group_name(g) + ".dat"));
        std::vector<case_info const*> cs;
        std::string const main_case = g == group::parse ? "pd.parse_view" : "pd.serialize";
        for (auto const* c : cases_of(g))
            if (c->id == main_case)
                cs.push_back(c);
        for (auto const* c : cases_of(g))
            if (c->id != main_case && c->id != "floor.memcpy")
                cs.push_back(c);
        s << "entries bytes";
        for (auto const* c : cs)
            s << " \"" << c->chart << '"';
        s << '\n';
        for (auto const& in : inputs()) {
            if (!in.generated)
                continue;
            s << in.name.substr(in.name.find('-') + 1) << ' ' << in.body.size();
            for (auto const* c : cs) {
                double const v = get(m, bench_name(*c, in)).instr;
                s << ' ' << (std::isnan(v) ? std::string("NaN") : std::to_string(v));
            }
            s << '\n';
        }
    }
}

void scaling_table(std::ostream& os, figure_map const& m) {
    os << "| extraDetails entries | bytes | parse_view instr/op | instr/byte | ns/op | serialize "
          "instr/op | "
          "instr/byte | ns/op |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (auto const& in : inputs()) {
        if (!in.generated)
            continue;
        auto const& p = get(m, "parse/pd.parse_view/" + in.name);
        auto const& s = get(m, "serialize/pd.serialize/" + in.name);
        double const out = static_cast<double>(reference_output(in).size());
        os << "| " << in.name.substr(in.name.find('-') + 1) << " | " << in.body.size() << " | "
           << fmt(p.instr) << " | " << fmt(p.instr / static_cast<double>(in.body.size()), 2)
           << " | " << fmt_ns(p.ns) << " | " << fmt(s.instr) << " | " << fmt(s.instr / out, 2)
           << " | " << fmt_ns(s.ns) << " |\n";
    }
    os << '\n';
}

void targets(std::ostream& os, figure_map const& m) {
    auto instr = [&](std::string const& n) { return get(m, n).instr; };
    auto check = [&](std::string const& what, double ours, double theirs, double limit) {
        double const r = ours / theirs;
        bool const met = !std::isnan(r) && r <= limit;
        os << "| " << what << " | " << fmt(ours) << " | " << fmt(theirs) << " | " << fmt(r, 2)
           << "× | ≤ " << fmt(limit, 2) << "× | "
           << (std::isnan(r) ? "not measured"
               : met         ? "met"
                             : "**not met**")
           << " |\n";
    };
    os << "| target (instructions/op; *in ns*: time) | ours | theirs | ratio | goal | "
          "|\n|---|---:|---:|---:|---:|---|\n";
    for (std::string const doc : {"faq-validation-error.json", "faq-validation-error.min.json"}) {
        double const pv = instr("parse/pd.parse_view/" + doc);
        std::string const short_name = doc == "faq-validation-error.json" ? "pretty" : "minified";
        check("parse_view vs Boost.JSON DOM, " + short_name, pv, instr("parse/boost.dom/" + doc),
              0.2);
        check("parse_view vs RapidJSON SAX, " + short_name, pv, instr("parse/rapidjson.sax/" + doc),
              0.5);
        check("parse_view vs RapidJSON DOM, " + short_name, pv, instr("parse/rapidjson.dom/" + doc),
              0.5);
        check("parse_view vs simdjson On-Demand, " + short_name, pv,
              instr("parse/simdjson.ondemand/" + doc), 1.0);
        check("classify_view vs parse_view, " + short_name, instr("parse/pd.classify_view/" + doc),
              pv, 1.2);
        check("serialize vs RapidJSON Writer, " + short_name,
              instr("serialize/pd.serialize/" + doc), instr("serialize/rapidjson.writer/" + doc),
              0.25);
#if defined(PD_BENCH_HAVE_TYPED)
        // Typed against untyped, doing the same work: reading the document,
        // and writing the same problem from its values.
        check("parse_typed_view vs parse_view, " + short_name, instr("parse/pd.typed_parse/" + doc),
              pv, 1.0);
        check("typed serialize vs validation_problem_view serialize, " + short_name,
              instr("serialize/pd.typed_serialize/" + doc),
              instr("serialize/pd.validation_serialize/" + doc), 1.0);
#endif
    }
#if defined(PD_BENCH_HAVE_GLAZE)
    // glaze (issue 16): every way a problem arrives, read and written.
    std::string const esc = "faq-validation-error-escaped.json",
                      esc_min = "faq-validation-error-escaped.min.json";
    for (std::string const doc : {"faq-validation-error.json", "faq-validation-error.min.json"}) {
        std::string const short_name = doc == "faq-validation-error.json" ? "pretty" : "minified";
        check("parse_view vs glaze zero-copy read, " + short_name,
              instr("parse/pd.parse_view/" + doc), instr("parse/glaze.view/" + doc), 1.0);
    }
    for (std::string const& doc : {esc, esc_min}) {
        std::string const short_name = doc == esc ? "escaped, pretty" : "escaped, minified";
        check("parse_view vs simdjson On-Demand, " + short_name,
              instr("parse/pd.parse_view/" + doc), instr("parse/simdjson.ondemand/" + doc), 0.8);
        check("parse_view vs glaze zero-copy read, " + short_name,
              instr("parse/pd.parse_view/" + doc), instr("parse/glaze.view/" + doc), 1.2);
    }
    for (std::string const& doc : {std::string("faq-validation-error.min.json"),
                                   std::string("faq-validation-error.json"), esc_min, esc}) {
        std::string const what = doc == "faq-validation-error.min.json" ? "parsed minified"
                                 : doc == "faq-validation-error.json"   ? "parsed pretty"
                                 : doc == esc_min                       ? "escaped, parsed minified"
                                                                        : "escaped, parsed pretty";
        check("serialize (view " + what + ") vs glaze write_json",
              instr("serialize/pd.serialize/" + doc), instr("serialize/glaze.write/" + doc), 0.6);
    }
    check("serialize (hand-built view, extension as compact text) vs glaze write_json",
          instr("serialize/pd.serialize_built/faq-validation-error.min.json"),
          instr("serialize/glaze.write/faq-validation-error.min.json"), 0.6);
    check("serialize (hand-built view, extension_list::checked) vs glaze write_json",
          instr("serialize/pd.serialize_checked/faq-validation-error.min.json"),
          instr("serialize/glaze.write/faq-validation-error.min.json"), 0.6);
#if defined(PD_BENCH_HAVE_TYPED)
    check("typed serialize (from values) vs glaze write_json",
          instr("serialize/pd.typed_serialize/faq-validation-error.min.json"),
          instr("serialize/glaze.write/faq-validation-error.min.json"), 0.5);
#endif
    {
        // Raw extension values validated: parse_view's instructions per
        // input byte on the largest generated document.
        double const pv = instr("parse/pd.parse_view/extraDetails-1000");
        input const* const big = find_input("extraDetails-1000");
        double const per_byte = big ? pv / static_cast<double>(big->body.size()) : NAN;
        bool const met = !std::isnan(per_byte) && per_byte <= 1.5;
        os << "| parse_view instructions per byte, extraDetails-1000 (raw extension value "
              "validated) | "
           << fmt(per_byte, 2) << " | | | ≤ 1.50 | "
           << (std::isnan(per_byte) ? "not measured"
               : met                ? "met"
                                    : "**not met**")
           << " |\n";
    }
#endif
    double worst = 0;
    std::string worst_name;
    for (auto const& in : inputs())
        for (std::string const c :
             {"parse/pd.parse_view/", "parse/pd.classify_view/", "serialize/pd.serialize/",
              "serialize/pd.serialize_built/", "serialize/pd.serialize_checked/",
              "parse/pd.typed_parse/", "serialize/pd.typed_serialize/",
              "serialize/pd.validation_serialize/"}) {
            double const a = get(m, c + in.name).allocs;
            if (!std::isnan(a) && a > worst) {
                worst = a;
                worst_name = c + in.name;
            }
        }
    // The same comparisons in time: an indication only (a shared machine),
    // and where simdjson runs a kernel callgrind cannot (AVX-512), the
    // instruction counts do not tell the whole story.
    auto ns = [&](std::string const& n) { return get(m, n).ns; };
    for (std::string const doc : {"faq-validation-error.json", "faq-validation-error.min.json"}) {
        std::string const short_name = doc == "faq-validation-error.json" ? "pretty" : "minified";
        double const pv = ns("parse/pd.parse_view/" + doc);
        check("*in ns:* parse_view vs RapidJSON SAX, " + short_name, pv,
              ns("parse/rapidjson.sax/" + doc), 0.5);
        check("*in ns:* parse_view vs simdjson On-Demand, " + short_name, pv,
              ns("parse/simdjson.ondemand/" + doc), 1.0);
        check("*in ns:* serialize vs RapidJSON Writer, " + short_name,
              ns("serialize/pd.serialize/" + doc), ns("serialize/rapidjson.writer/" + doc), 0.25);
        double const w = ns("serialize/pd.serialize/" + doc);
        os << "| *in ns:* serialize, " << short_name << " (output 447 bytes) | " << fmt_ns(w)
           << " | | | < 100 ns | "
           << (std::isnan(w) ? "not measured"
               : w < 100     ? "met"
                             : "**not met**")
           << " |\n";
    }
    os << "| zero heap allocations: parse_view, serialize (typed, validation), every payload | | | "
          "| 0 | "
       << (worst == 0 ? "met" : "**not met** (" + worst_name + ")") << " |\n\n";
}

/// The typed paths against the untyped ones, on the seed's example.
void typed_vs_untyped([[maybe_unused]] std::ostream& os, [[maybe_unused]] figure_map const& m) {
#if defined(PD_BENCH_HAVE_TYPED)
    auto ratio = [&](std::string const& a, std::string const& b, std::string const& doc) {
        return fmt(get(m, a + doc).instr / get(m, b + doc).instr, 2) + "×";
    };
    std::string const pretty = "faq-validation-error.json", mini = "faq-validation-error.min.json";
    auto row = [&](std::string const& what, std::string const& a, std::string const& b) {
        os << "| " << what << " | " << ratio(a, b, pretty) << " | " << ratio(a, b, mini) << " |\n";
    };
    os << "### Typed against untyped\n\nInstructions per operation, the typed path over the "
          "untyped "
          "one.\n\n| | pretty | minified |\n|---|---:|---:|\n";
    row("`parse_typed_view` / `parse_view`: the same document read", "parse/pd.typed_parse/",
        "parse/pd.parse_view/");
    row("typed `serialize` / `serialize(validation_problem_view)`: the same problem written from "
        "its values",
        "serialize/pd.typed_serialize/", "serialize/pd.validation_serialize/");
    row("typed `serialize` / `serialize(problem_view)` of the parsed view: values against kept "
        "text",
        "serialize/pd.typed_serialize/", "serialize/pd.serialize/");
    os << "\nThe last row compares different work. A `problem_view` keeps `extraDetails` as the "
          "parser validated it, raw JSON text: re-writing a view parsed from compact text copies "
          "it in "
          "one `memcpy`, and from pretty text compacts it. A typed problem holds values (four "
          "`std::string_view`s the caller may have changed), so its writer escapes each of them, "
          "as "
          "every writer of values must; what it saves is the type URI and the title, one copy of a "
          "compile-time array.\n\n";
#endif
}

void case_notes(std::ostream& os) {
    os << "| | case | what it does |\n|---|---|---|\n";
    for (auto const& c : cases())
        os << "| " << (c.kind == group::parse ? "read" : "write") << " | " << c.label << " | "
           << c.note << " |\n";
    os << '\n';
}

int report_mode(std::string const& timings, std::string const& callgrind, std::string const& data) {
    figure_map m;
    if (!callgrind.empty())
        read_callgrind(callgrind, m);
    if (!timings.empty())
        read_timings(timings, m);
    std::ostream& os = std::cout;
    os << "## The seed's example\n\n"
          "`faq-validation-error.json` (464 bytes, as printed in the FAQ) and `.min.json` (447 "
          "bytes). "
          "Instructions per operation (callgrind, the harness subtracted) are the figure of "
          "record; "
          "ns/op is the fastest of the repetitions (CPU time); allocs/op counts every `operator "
          "new` "
          "and `malloc`.\n\n### Reading a problem\n\n";
    seed_table(os, m, group::parse, "pd.parse_view");
    os << "### Writing it back\n\n";
    seed_table(os, m, group::serialize, "pd.serialize");
    if (find_input("faq-validation-error-escaped.json")) {
        os << "## The escaped variant\n\n`payloads/variants/faq-validation-error-escaped.json` ("
           << find_input("faq-validation-error-escaped.json")->body.size()
           << " bytes) and `.min.json` ("
           << (find_input("faq-validation-error-escaped.min.json")
                   ? find_input("faq-validation-error-escaped.min.json")->body.size()
                   : 0)
           << " bytes): the seed's example with `\\\"` and `\\n` escapes and non-ASCII text "
              "(`\\u00e5`-style escapes in the pretty file, raw UTF-8 in the minified one). "
              "Readers "
              "that keep strings undecoded (glaze's zero-copy views) do less work here than the "
              "others.\n\n"
              "### Reading\n\n";
        seed_table(os, m, group::parse, "pd.parse_view", "faq-validation-error-escaped.json",
                   "faq-validation-error-escaped.min.json");
        os << "### Writing\n\n";
        seed_table(os, m, group::serialize, "pd.serialize", "faq-validation-error-escaped.json",
                   "faq-validation-error-escaped.min.json");
    }
    os << "## Targets\n\n";
    targets(os, m);
    typed_vs_untyped(os, m);
    os << "## Linear in the size: 1 to 1000 extraDetails entries\n\n";
    scaling_table(os, m);
    os << "## Every shared payload\n\nEach cell: instructions/op / ns/op. On `proxy-502.html` "
          "(not JSON) and `legacy-ecom-*.json` (an array, not an object) every reader's figure is "
          "the cost of refusing the document; the writers have nothing to write for them.\n\n"
          "### Reading\n\n";
    payload_table(os, m, group::parse);
    os << "### Writing (payloads that are problems)\n\n";
    payload_table(os, m, group::serialize);
    os << "### Heap allocations per operation, this library\n\n";
    allocation_table(os, m);
    os << "## The cases\n\nEvery reader fills the same typed result: the four standard strings, "
          "the status "
          "(an integer in 100..599) and every other member, by the same rule (`parse_mode::rfc`: a "
          "standard "
          "member of the wrong type is kept among the extensions). Every writer writes the same "
          "members as "
          "compact JSON. `bench_compare --check` verifies both for every case and payload (the "
          "readers' "
          "members against `parse_view`'s, the writers' output, as JSON, against `serialize`'s) "
          "and the "
          "benchmark refuses a case that differs.\n\n";
    case_notes(os);
    if (!data.empty())
        write_data(data, m);
    return 0;
}

std::string flag_value(std::string const& arg, std::string const& flag) {
    return arg.rfind(flag + "=", 0) == 0 ? arg.substr(flag.size() + 1) : std::string();
}

} // namespace

int main(int argc, char** argv) {
    std::string mode, timings, callgrind, data, filter;
    std::size_t budget = 200000;
    for (int i = 1; i < argc; ++i) {
        std::string const a = argv[i];
        if (a == "--check" || a == "--report" || a == "--peers" || a == "--instructions")
            mode = a;
        else if (a.rfind("--instructions=", 0) == 0) {
            mode = "--instructions";
            budget = std::stoul(flag_value(a, "--instructions"));
        } else if (a.rfind("--timings=", 0) == 0)
            timings = flag_value(a, "--timings");
        else if (a.rfind("--callgrind=", 0) == 0)
            callgrind = flag_value(a, "--callgrind");
        else if (a.rfind("--data=", 0) == 0)
            data = flag_value(a, "--data");
        else if (a.rfind("--filter=", 0) == 0)
            filter = flag_value(a, "--filter");
    }
    if (mode == "--check")
        return check_mode();
    if (mode == "--peers") {
        say_which_peers(std::cout);
        return 0;
    }
    if (mode == "--instructions")
        return instructions_mode(budget, filter);
    if (mode == "--report")
        return report_mode(timings, callgrind, data);
    return benchmark_mode(argc, argv);
}
