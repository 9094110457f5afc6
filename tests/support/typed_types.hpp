// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_TYPED_TYPES_HPP
#define PROBLEM_DETAILS_TEST_TYPED_TYPES_HPP

// Problem types the typed tests share: one with every kind of member, in
// both flavours (views with fixed capacity, owning).

#include <problem_details/problem_type.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace test_types {

namespace pd = problem_details;

struct point {
    std::int32_t x = 0;
    std::int32_t y = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct labelled {
    std::string_view label;
    std::optional<point> at;
};
BOOST_DESCRIBE_STRUCT(labelled, (), (label, at))

/// Every supported kind of member, zero-allocation flavour.
struct kitchen_sink {
    static constexpr std::string_view type_uri = "https://example.com/probs/kitchen-sink";
    static constexpr pd::http_status default_status = pd::http_status::unprocessable_content;
    static constexpr std::string_view title = "Everything \"at once\"";

    std::string_view name;
    std::int64_t count = 0;
    std::uint8_t small = 0;
    double ratio = 0;
    float f = 0;
    bool flag = false;
    std::optional<std::string_view> note;
    std::optional<std::int32_t> maybe;
    point where;
    pd::fixed_vector<point, 4> points;
    pd::fixed_vector<std::string_view, 3> tags;
    std::optional<pd::fixed_vector<labelled, 2>> labels;
};
BOOST_DESCRIBE_STRUCT(kitchen_sink, (),
                      (name, count, small, ratio, f, flag, note, maybe, where, points, tags,
                       labels))

struct owned_labelled {
    std::string label;
    std::optional<point> at;
};
BOOST_DESCRIBE_STRUCT(owned_labelled, (), (label, at))

/// The same, owning.
struct owned_kitchen_sink {
    static constexpr std::string_view type_uri = "https://example.com/probs/kitchen-sink";
    static constexpr pd::http_status default_status = pd::http_status::unprocessable_content;
    static constexpr std::string_view title = "Everything \"at once\"";

    std::string name;
    std::int64_t count = 0;
    std::uint8_t small = 0;
    double ratio = 0;
    float f = 0;
    bool flag = false;
    std::optional<std::string> note;
    std::optional<std::int32_t> maybe;
    point where;
    std::vector<point> points;
    std::vector<std::string> tags;
    std::optional<std::vector<owned_labelled>> labels;
};
BOOST_DESCRIBE_STRUCT(owned_kitchen_sink, (),
                      (name, count, small, ratio, f, flag, note, maybe, where, points, tags,
                       labels))

/// A problem type with no typed members.
struct plain_problem {
    static constexpr std::string_view type_uri = "https://example.com/probs/plain";
    static constexpr pd::http_status default_status = pd::http_status::conflict;
    static constexpr std::string_view title = "Conflict";
};
BOOST_DESCRIBE_STRUCT(plain_problem, (), ())

/// A problem type whose status never varies (`fixed_status`), with a
/// member renamed in JSON (`json_names`) and a struct without optional
/// members in an optional array.
struct retry_later {
    static constexpr std::string_view type_uri = "urn:example:retry-later";
    static constexpr pd::http_status default_status = pd::http_status::service_unavailable;
    static constexpr std::string_view title = "Retry <later> & see";
    static constexpr bool fixed_status = true;
    static constexpr std::string_view description =
        "The service is overloaded; retry after `retry-after` seconds.";
    static constexpr std::string_view schema_name = "RetryLater";

    std::uint32_t retry_after = 0;
    std::optional<pd::fixed_vector<point, 2>> hot_spots;
    static constexpr pd::json_name json_names[] = {{"retry_after", "retry-after"}};
};
BOOST_DESCRIBE_STRUCT(retry_later, (), (retry_after, hot_spots))

/// A JSON document for kitchen_sink with every member set.
inline constexpr std::string_view kitchen_sink_json = R"({
  "type": "https://example.com/probs/kitchen-sink",
  "title": "Everything \"at once\"",
  "status": 422,
  "detail": "caf\u00e9",
  "instance": "/x/1",
  "name": "n\u00e4me",
  "count": -9007199254740993,
  "small": 255,
  "ratio": 0.5,
  "f": 1e3,
  "flag": true,
  "note": null,
  "maybe": 7,
  "where": {"y": 2, "x": 1, "z": [1, {"w": "}"}]},
  "points": [{"x": 1, "y": 2}, {"x": -3, "y": 4}],
  "tags": ["a", "b\"c", "d\\"],
  "labels": [{"label": "L1"}, {"label": "L2", "at": {"x": 5, "y": 6}}],
  "unknown": {"kept": [true, null]},
  "another": "raw"
})";

} // namespace test_types

#endif
