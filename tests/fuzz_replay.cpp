// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Every fuzz target (fuzzing/targets/*.hpp) replayed over the kept corpus:
// the hand-written seeds (fuzzing/seeds), every input that ever made a
// target fail (fuzzing/old_crashes) and the shared payloads. This is how
// the fuzzers run as plain tests under any compiler, with or without
// sanitizers; a failing check aborts with the input printed. Also: over the
// same inputs, parse_view never allocates, whatever it finds.
#include "../fuzzing/targets/classify.hpp"
#include "../fuzzing/targets/differential.hpp"
#include "../fuzzing/targets/field_errors.hpp"
#include "../fuzzing/targets/http_message.hpp"
#include "../fuzzing/targets/output_safety.hpp"
#include "../fuzzing/targets/parse.hpp"
#include "../fuzzing/targets/parse_view.hpp"
#include "../fuzzing/targets/round_trip.hpp"
#include "../fuzzing/targets/typed.hpp"
#include "../fuzzing/targets/validate.hpp"

#define BOOST_TEST_MODULE fuzz_replay
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct input {
    std::string name;
    std::string bytes;
};

std::vector<input> corpus() {
    std::vector<input> out;
    fs::path const root = PROBLEM_DETAILS_SOURCE_DIR;
    for (fs::path const& dir : {root / "fuzzing" / "seeds", root / "fuzzing" / "old_crashes",
                                test_support::payloads_dir()}) {
        BOOST_TEST_REQUIRE(fs::is_directory(dir), dir);
        for (auto const& e : fs::recursive_directory_iterator(dir))
            if (e.is_regular_file())
                out.push_back({e.path().string(), test_support::read_file(e.path())});
    }
    return out;
}

template <class Target>
void replay(Target target) {
    static std::vector<input> const inputs = corpus();
    BOOST_TEST_REQUIRE(inputs.size() > 20u);
    for (auto const& in : inputs) {
        BOOST_TEST_CONTEXT(in.name) {
            target(std::string_view(in.bytes));
            // Every prefix too: truncation is the commonest hostile input.
            for (std::size_t n = 0; n < in.bytes.size() && n < 600; n += 7)
                target(std::string_view(in.bytes).substr(0, n));
        }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(parse_view) {
    replay(fuzz_targets::parse_view);
}
BOOST_AUTO_TEST_CASE(parse) {
    replay(fuzz_targets::parse);
}
BOOST_AUTO_TEST_CASE(differential) {
    replay(fuzz_targets::differential);
}
BOOST_AUTO_TEST_CASE(round_trip) {
    replay(fuzz_targets::round_trip);
}
BOOST_AUTO_TEST_CASE(output_safety) {
    replay(fuzz_targets::output_safety);
}
BOOST_AUTO_TEST_CASE(classify) {
    replay(fuzz_targets::classify);
}
BOOST_AUTO_TEST_CASE(http_message) {
    replay(fuzz_targets::http_message);
}
BOOST_AUTO_TEST_CASE(validate) {
    replay(fuzz_targets::validate);
}
BOOST_AUTO_TEST_CASE(typed) {
    replay(fuzz_targets::typed);
}
BOOST_AUTO_TEST_CASE(field_errors) {
    replay(fuzz_targets::field_errors);
}

BOOST_AUTO_TEST_CASE(parse_view_never_allocates) {
    static std::vector<input> const inputs = corpus();
    std::vector<char> scratch(1 << 20);
    std::vector<char> small(16);
    std::size_t parses = 0;
    for (auto const& in : inputs) {
        for (std::size_t n = 0; n <= in.bytes.size(); n += n < 64 ? 1 : 13) {
            std::string_view const doc = std::string_view(in.bytes).substr(0, n);
            for (auto mode : fuzz_targets::all_modes) {
                pd::parse_options opt;
                opt.mode = mode;
                test_support::allocation_scope scope;
                pd::parse_diagnostics diag;
                auto const a = pd::parse_view(doc, scratch, opt, diag);
                auto const b = pd::parse_view(doc, small, opt, diag); // scratch_too_small or not
                auto const c =
                    pd::parse_view(doc, std::span<char>(), fuzz_targets::unlimited(mode), diag);
                std::size_t const count = scope.count();
                BOOST_TEST_REQUIRE(count == 0u, in.name << " cut at " << n);
                parses += 3 + (a.has_value() && b.has_value() && c.has_value());
            }
        }
    }
    BOOST_TEST(parses > 1000u);
}
