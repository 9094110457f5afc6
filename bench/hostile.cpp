// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Timing evidence for docs/security.md: on adversarial inputs the cost is
// linear in the input (Google Benchmark fits each family's complexity: see
// the "_BigO" and "_RMS" lines; RMS near 0 means the fit is good), and the
// limits cut the work off early (constant time however large the input).
//
//   bench_hostile                                   everything
//   bench_hostile --benchmark_filter=strict         one family
//
// tests/hostile.cpp runs the same shapes at ten times the limits, untimed.
#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

namespace pd = problem_details;

namespace {

pd::parse_options unlimited(pd::parse_mode mode = pd::parse_mode::rfc) {
    pd::parse_options o;
    o.mode = mode;
    o.max_document_size = std::size_t(-1);
    o.max_string_length = std::size_t(-1);
    o.max_members = std::size_t(-1);
    o.max_depth = pd::parse_options::max_depth_limit;
    return o;
}

/// Parses `doc` in a loop; the document must parse (or fail) as `expect_ok` says.
void parse_loop(benchmark::State& state, std::string const& doc, pd::parse_options opt,
                bool expect_ok = true) {
    std::vector<char> scratch(pd::scratch_bound(doc));
    {
        auto const r = pd::parse_view(doc, scratch, opt);
        if (r.has_value() != expect_ok) {
            state.SkipWithError(r ? "parsed, expected an error" : r.error().message().c_str());
            return;
        }
    }
    for (auto _ : state) {
        auto r = pd::parse_view(doc, scratch, opt);
        benchmark::DoNotOptimize(r);
    }
    state.SetComplexityN(static_cast<benchmark::IterationCount>(state.range(0)));
    if (expect_ok) // a refused document is not processed: no throughput to claim
        state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size()));
}

std::string repeat(std::string const& piece, std::size_t n) {
    std::string s;
    s.reserve(piece.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        s += piece;
    return s;
}

// A string of N two-byte escapes ("\n"): decoded into the scratch.
void escapes(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    parse_loop(state, R"({"detail":")" + repeat("\\n", n) + "\"}", unlimited());
}

// A string of N six-byte escapes ("\u00e9"), each decoded to two bytes of UTF-8.
void unicode_escapes(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    parse_loop(state, R"({"detail":")" + repeat("\\u00e9", n) + "\"}", unlimited());
}

// A string of N surrogate pairs ("\uD83D\uDE00").
void surrogate_pairs(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    parse_loop(state, R"({"detail":")" + repeat("\\uD83D\\uDE00", n) + "\"}", unlimited());
}

// A string of N three-byte UTF-8 characters (each validated, none decoded).
void multibyte_utf8(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    parse_loop(state, R"({"title":")" + repeat("\xe2\x82\xac", n) + "\"}", unlimited());
}

// An extension nested N arrays deep (the scanner keeps one bit per level).
void nested_arrays(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    parse_loop(state, "{\"a\":" + std::string(n, '[') + std::string(n, ']') + "}", unlimited());
}

// N members whose names share a 200-byte prefix: the worst shape for the
// strict mode's duplicate detection (same lengths, long common prefixes).
std::string many_members(std::size_t n) {
    std::string doc = "{";
    std::string const prefix(200, 'k');
    for (std::size_t i = 0; i < n; ++i) {
        char num[24];
        std::snprintf(num, sizeof num, "%08zu", i);
        doc += (i ? ",\"" : "\"") + prefix + num + "\":0";
    }
    return doc + "}";
}

void members_rfc(benchmark::State& state) {
    parse_loop(state, many_members(static_cast<std::size_t>(state.range(0))), unlimited());
}

void members_strict(benchmark::State& state) {
    parse_loop(state, many_members(static_cast<std::size_t>(state.range(0))),
               unlimited(pd::parse_mode::strict));
}

// Past the default max_members (1024): the Bloom filter in front of the
// duplicate scan fills up and the scan comes back, so the cost grows
// faster than linear. Shown, not hidden: raise max_members with care.
void members_strict_past_the_default_limit(benchmark::State& state) {
    parse_loop(state, many_members(static_cast<std::size_t>(state.range(0))),
               unlimited(pd::parse_mode::strict));
}

// A document over max_document_size (default 1 MiB): refused before a byte
// is read, whatever its size.
void document_too_large(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    std::string doc = R"({"detail":")" + std::string(n, 'a') + "\"}";
    parse_loop(state, doc, pd::parse_options{}, false);
}

// A string over max_string_length (default 1 MiB) with the document limit
// lifted: refused once the limit is passed, whatever the string's size.
void string_too_long(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    pd::parse_options opt;
    opt.max_document_size = std::size_t(-1);
    parse_loop(state, R"({"detail":")" + std::string(n, 'a') + "\"}", opt, false);
}

// Writing N characters that all need escaping, in HTML-safe mode.
void write_escapes(benchmark::State& state) {
    auto const n = static_cast<std::size_t>(state.range(0));
    pd::problem p;
    p.detail = repeat("<\"&\n\xe2\x80\xa8", n);
    pd::serialize_options opt;
    opt.html_safe = true;
    std::vector<char> out(pd::serialized_size(p, opt));
    for (auto _ : state) {
        auto r = pd::serialize(p, out, opt);
        benchmark::DoNotOptimize(r);
    }
    state.SetComplexityN(static_cast<benchmark::IterationCount>(n));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out.size()));
}

} // namespace

BENCHMARK(escapes)->RangeMultiplier(4)->Range(1 << 10, 1 << 20)->Complexity(benchmark::oN);
BENCHMARK(unicode_escapes)->RangeMultiplier(4)->Range(1 << 10, 1 << 18)->Complexity(benchmark::oN);
BENCHMARK(surrogate_pairs)->RangeMultiplier(4)->Range(1 << 10, 1 << 18)->Complexity(benchmark::oN);
BENCHMARK(multibyte_utf8)->RangeMultiplier(4)->Range(1 << 10, 1 << 20)->Complexity(benchmark::oN);
BENCHMARK(nested_arrays)->RangeMultiplier(4)->Range(1 << 8, 1 << 16)->Complexity(benchmark::oN);
BENCHMARK(members_rfc)->RangeMultiplier(2)->Range(64, 1024)->Complexity(benchmark::oN);
BENCHMARK(members_strict)->RangeMultiplier(2)->Range(64, 1024)->Complexity(benchmark::oN);
BENCHMARK(members_strict_past_the_default_limit)
    ->RangeMultiplier(2)
    ->Range(1024, 16384)
    ->Complexity();
BENCHMARK(document_too_large)
    ->RangeMultiplier(8)
    ->Range(2 << 20, 128 << 20)
    ->Complexity(benchmark::o1);
BENCHMARK(string_too_long)
    ->RangeMultiplier(8)
    ->Range(2 << 20, 128 << 20)
    ->Complexity(benchmark::o1);
BENCHMARK(write_escapes)->RangeMultiplier(4)->Range(1 << 8, 1 << 18)->Complexity(benchmark::oN);

BENCHMARK_MAIN();
