// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_BENCH_HARNESS_HPP
#define PROBLEM_DETAILS_BENCH_HARNESS_HPP

// What every case of bench/compare.cpp shares: the inputs, the interface a
// case implements, the typed result the readers fill, and the checks that
// every library did the same work (same members read, same JSON written).

#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bench {

/// One document to read (and, when it is a problem, to write back).
struct input {
    std::string name; // file name, or "extraDetails-N" for the generated ones
    std::string body;
    bool generated = false;
};

/** One library doing one operation on one input.

    `prepare` runs once, untimed: it reads the input (a writer parses it
    with its own library, into the representation it writes from) and
    returns an empty string, or why the case does not apply. `run` is the
    measured operation. `result` describes what the last `run` produced, in
    a form compared across libraries: a parse summary for readers, the JSON
    text for writers.
*/
class case_base {
public:
    virtual ~case_base() = default;
    virtual std::string prepare(input const& in) = 0;
    virtual void run() = 0;
    virtual std::string result() = 0;
    /// Bytes processed per operation: the input for a reader, the output for a writer.
    virtual std::size_t bytes() const = 0;
};

enum class group { parse, serialize };

struct case_info {
    group kind;
    std::string id;    // e.g. "pd.parse_view"; stable, part of the benchmark names
    std::string label; // e.g. "problem_details parse_view", for the tables
    std::string chart; // a short label for the chart
    std::string note;  // what the case does, for docs/benchmarks.md
    std::function<std::unique_ptr<case_base>()> make;
};

/// The standard member a name is, as the readers classify it (the same
/// rule for every library: length, then bytes).
enum class member { none, type, title, status, detail, instance };

inline member classify(std::string_view k) noexcept {
    switch (k.size()) {
    case 4: return k == "type" ? member::type : member::none;
    case 5: return k == "title" ? member::title : member::none;
    case 6: return k == "status" ? member::status : (k == "detail" ? member::detail : member::none);
    case 8: return k == "instance" ? member::instance : member::none;
    default: return member::none;
    }
}

/** The typed result every reader fills: the four standard strings as
    views, the status, and the extensions (name and either the raw JSON
    text or the library's own value). The same rule everywhere, RFC 9457's
    (parse_mode::rfc): a standard member of the wrong type is ignored and
    kept among the extensions; a status is an integer in 100..599.
    Fixed capacity, so filling it never allocates. */
template <class Ext>
struct typed_view {
    std::string_view type = "about:blank";
    std::string_view title, detail, instance;
    std::optional<std::uint16_t> status;
    std::array<std::pair<std::string_view, Ext>, 64> ext;
    std::size_t n_ext = 0;
    bool ok = false;

    void clear() noexcept {
        type = "about:blank";
        title = detail = instance = {};
        status.reset();
        n_ext = 0;
        ok = false;
    }
    void add(std::string_view name, Ext value) noexcept {
        if (n_ext < ext.size())
            ext[n_ext] = {name, value};
        ++n_ext; // an overflow shows in the summary
    }
    /// Sets the standard string member `m`.
    void set(member m, std::string_view v) noexcept {
        switch (m) {
        case member::type: type = v; break;
        case member::title: title = v; break;
        case member::detail: detail = v; break;
        case member::instance: instance = v; break;
        default: break;
        }
    }
};

/// True for a status the readers accept (an integer in 100..599).
inline bool status_in_range(std::uint64_t v) noexcept {
    return v >= 100 && v <= 599;
}

/// What a parse produced, comparable across libraries (extension names
/// sorted: some DOMs do not keep document order).
struct parse_summary {
    bool ok = false;
    std::string type, title, detail, instance;
    std::optional<std::uint16_t> status;
    std::vector<std::string> ext;

    std::string str() const {
        if (!ok)
            return "error";
        std::string s = "type=" + type + "|title=" + title + "|detail=" + detail +
                        "|instance=" + instance +
                        "|status=" + (status ? std::to_string(*status) : "-") + "|ext=";
        std::vector<std::string> names = ext;
        std::sort(names.begin(), names.end());
        for (auto const& n : names)
            s += n + ",";
        return s;
    }
};

template <class Ext>
std::string summarize(typed_view<Ext> const& v) {
    parse_summary s;
    s.ok = v.ok;
    if (v.ok) {
        s.type = v.type;
        s.title = v.title;
        s.detail = v.detail;
        s.instance = v.instance;
        s.status = v.status;
        for (std::size_t i = 0; i < std::min(v.n_ext, v.ext.size()); ++i)
            s.ext.emplace_back(v.ext[i].first);
        if (v.n_ext > v.ext.size())
            s.ext.emplace_back("(overflow)");
    }
    return s.str();
}

/// Writers are checked by value: the output must be JSON equal (objects
/// compared without regard to member order) to problem_details' own.
inline bool same_json(std::string_view a, std::string_view b) {
    boost::system::error_code ea, eb;
    auto const va = boost::json::parse(boost::json::string_view(a.data(), a.size()), ea);
    auto const vb = boost::json::parse(boost::json::string_view(b.data(), b.size()), eb);
    return !ea && !eb && va == vb;
}

/// The generated inputs for the scaling series: the seed's example,
/// minified, with n entries in extraDetails.
inline std::string extra_details_document(std::size_t n) {
    std::string s =
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
        R"("title":"Your request parameters didn't validate.",)"
        R"("detail":"The request body contains one or more validation errors.",)"
        R"("instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000","status":"400",)"
        R"("extraDetails":[)";
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            s += ',';
        s += R"({"name":"field)" + std::to_string(i) +
             R"(","reason":"Must be a positive integer larger than 100"})";
    }
    s += "]}";
    return s;
}

/// A problem whose members are exactly the seed's (type, title, status,
/// detail, instance, extraDetails), as this library reads it: what glaze's
/// cases, whose struct has just those members, are prepared from.
struct seed_problem {
    std::string type, title, detail, instance; ///< decoded
    std::string status;                        ///< JSON text, as this library writes it
    std::string extra_details;                 ///< JSON text, as this library writes it
};

/// "" when `in` is such a problem (`out`, when given, gets its members);
/// else why it is not. Defined in compare.cpp: glaze's translation unit
/// (compare/glaze_case.cpp) does not include this library's headers, so
/// that a change to them cannot change how the compiler builds glaze's
/// read (it did: 1,588 and 1,558 instructions for the same read of the
/// seed, built beside two versions of the headers).
std::string seed_members(input const& in, seed_problem* out = nullptr);

} // namespace bench

#endif
