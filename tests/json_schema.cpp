// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/json_schema.hpp>

#define BOOST_TEST_MODULE json_schema
#include "support/test_preamble.hpp"

#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/error.hpp>
#include <problem_details/vipps/documentation.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include <boost/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace json = boost::json;
using namespace test_types;

namespace {

std::string text(json::value const& v) {
    return std::string(v.as_string().data(), v.as_string().size());
}

// Generated at compile time: the whole text of a small schema, checked by
// the compiler.
constexpr std::string_view plain_schema = pd::json_schema_text<plain_problem>();
static_assert(pd::json_schema_size<plain_problem>() == plain_schema.size());
static_assert(plain_schema == R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Conflict",
  "type": "object",
  "properties": {
    "type": {
      "type": "string",
      "format": "uri-reference",
      "const": "https://example.com/probs/plain",
      "description": "A URI reference identifying the problem type."
    },
    "title": {
      "type": "string",
      "default": "Conflict",
      "description": "A short, human-readable summary of the problem type."
    },
    "status": {
      "type": "integer",
      "minimum": 100,
      "maximum": 599,
      "default": 409,
      "description": "The HTTP status code of this occurrence of the problem."
    },
    "detail": {
      "type": "string",
      "description": "A human-readable explanation specific to this occurrence of the problem."
    },
    "instance": {
      "type": "string",
      "format": "uri-reference",
      "description": "A URI reference identifying this occurrence of the problem."
    }
  },
  "required": ["type"],
  "additionalProperties": true
}
)");
// The members of a bigger one, in declaration order, escaped.
constexpr std::string_view sink_schema = pd::json_schema_text<kitchen_sink>();
static_assert(sink_schema.find(R"("title": "Everything \"at once\"")") != std::string_view::npos);
static_assert(
    sink_schema.find(
        R"("required": ["type", "name", "count", "small", "ratio", "f", "flag", "where", "points", "tags"])") !=
    std::string_view::npos);
static_assert(pd::json_schema_text<retry_later>().find(R"("const": 503)") !=
              std::string_view::npos);
static_assert(pd::json_schema_text<retry_later>().find(R"("retry-after": {)") !=
              std::string_view::npos);

static_assert(pd::schema_name<kitchen_sink>() == "KitchenSink");
static_assert(pd::schema_name<retry_later>() == "RetryLater");
static_assert(pd::schema_name<pd::vipps::epayment_error>() == "VippsEpaymentError");

json::object parse_object(std::string_view text) {
    return json::parse(json::string_view(text.data(), text.size())).as_object();
}

std::vector<std::string> strings(json::value const& v) {
    std::vector<std::string> out;
    for (auto const& e : v.as_array())
        out.emplace_back(e.as_string());
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(standard_members_have_their_rfc_9457_types) {
    json::object const s = parse_object(pd::json_schema_text<kitchen_sink>());
    BOOST_TEST(s.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    BOOST_TEST(s.at("type") == "object");
    BOOST_TEST(s.at("additionalProperties") == true);
    auto const& p = s.at("properties").as_object();
    BOOST_TEST(p.at("type").at("const") == "https://example.com/probs/kitchen-sink");
    BOOST_TEST(p.at("type").at("format") == "uri-reference");
    BOOST_TEST(p.at("instance").at("format") == "uri-reference");
    BOOST_TEST(p.at("title").at("type") == "string");
    BOOST_TEST(p.at("detail").at("type") == "string");
    BOOST_TEST(p.at("status").at("type") == "integer");
    BOOST_TEST(p.at("status").at("minimum") == 100);
    BOOST_TEST(p.at("status").at("maximum") == 599);
    BOOST_TEST(p.at("status").at("default") == 422);
    BOOST_TEST(!p.at("status").as_object().contains("const"));
    // The standard members first, then the typed ones in declaration order.
    std::vector<std::string> keys;
    for (auto const& m : p)
        keys.emplace_back(m.key());
    std::vector<std::string> const expected = {
        "type", "title", "status", "detail", "instance", "name",   "count", "small", "ratio",
        "f",    "flag",  "note",   "maybe",  "where",    "points", "tags",  "labels"};
    BOOST_TEST(keys == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(member_types) {
    auto const p = parse_object(pd::json_schema_text<kitchen_sink>()).at("properties").as_object();
    BOOST_TEST(p.at("name").at("type") == "string");
    BOOST_TEST(p.at("count").at("type") == "integer");
    BOOST_TEST(p.at("count").at("minimum") == INT64_MIN);
    BOOST_TEST(p.at("count").at("maximum") == INT64_MAX);
    BOOST_TEST(p.at("small").at("minimum") == 0);
    BOOST_TEST(p.at("small").at("maximum") == 255);
    BOOST_TEST(p.at("ratio").at("type") == "number");
    BOOST_TEST(p.at("f").at("type") == "number");
    BOOST_TEST(p.at("flag").at("type") == "boolean");
    // Optionals admit null.
    BOOST_TEST(strings(p.at("note").at("type")) == (std::vector<std::string>{"string", "null"}),
               boost::test_tools::per_element());
    BOOST_TEST(strings(p.at("maybe").at("type")) == (std::vector<std::string>{"integer", "null"}),
               boost::test_tools::per_element());
    // Nested described structs, unknown members allowed there too.
    auto const& where = p.at("where").as_object();
    BOOST_TEST(where.at("type") == "object");
    BOOST_TEST(strings(where.at("required")) == (std::vector<std::string>{"x", "y"}),
               boost::test_tools::per_element());
    BOOST_TEST(where.at("additionalProperties") == true);
    // fixed_vector: maxItems.
    BOOST_TEST(p.at("points").at("type") == "array");
    BOOST_TEST(p.at("points").at("maxItems") == 4);
    BOOST_TEST(p.at("points").at("items").at("type") == "object");
    BOOST_TEST(p.at("tags").at("items").at("type") == "string");
    BOOST_TEST(strings(p.at("labels").at("type")) == (std::vector<std::string>{"array", "null"}),
               boost::test_tools::per_element());
    auto const& label = p.at("labels").at("items").as_object();
    BOOST_TEST(strings(label.at("required")) == (std::vector<std::string>{"label"}),
               boost::test_tools::per_element());
    BOOST_TEST(strings(label.at("properties").at("at").at("type")) ==
                   (std::vector<std::string>{"object", "null"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(std_vector_has_no_capacity) {
    auto const p =
        parse_object(pd::json_schema_text<owned_kitchen_sink>()).at("properties").as_object();
    BOOST_TEST(p.at("points").at("type") == "array");
    BOOST_TEST(!p.at("points").as_object().contains("maxItems"));
    BOOST_TEST(p.at("name").at("type") == "string");
}

BOOST_AUTO_TEST_CASE(json_names_fixed_status_and_description) {
    json::object const s = parse_object(pd::json_schema_text<retry_later>());
    BOOST_TEST(text(s.at("description")) == retry_later::description);
    BOOST_TEST(s.at("title") == "Retry <later> & see");
    auto const& p = s.at("properties").as_object();
    BOOST_TEST(p.at("status").at("const") == 503);
    BOOST_TEST(p.contains("retry-after"));
    BOOST_TEST(!p.contains("retry_after"));
    BOOST_TEST(p.at("retry-after").at("maximum") == 4294967295u);
    BOOST_TEST(strings(s.at("required")) == (std::vector<std::string>{"type", "retry-after"}),
               boost::test_tools::per_element());
    // No description member: no "description" at the top.
    BOOST_TEST(!parse_object(pd::json_schema_text<kitchen_sink>()).contains("description"));
}

BOOST_AUTO_TEST_CASE(into_a_buffer) {
    std::string_view const text = pd::json_schema_text<kitchen_sink>();
    std::vector<char> buffer(text.size() + 10, '#');
    auto const n = pd::write_json_schema<kitchen_sink>(buffer);
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST(*n == text.size());
    BOOST_TEST(std::string_view(buffer.data(), *n) == text);
    BOOST_TEST(buffer[*n] == '#');

    std::vector<char> small(text.size() - 1, '#');
    auto const e = pd::write_json_schema<kitchen_sink>(small);
    BOOST_TEST(e.error() == pd::error::buffer_too_small);
    BOOST_TEST(std::string_view(small.data(), small.size()).find_first_not_of('#') ==
               std::string_view::npos);
}

BOOST_AUTO_TEST_CASE(vipps_profile) {
    namespace vipps = pd::vipps;
    auto const v = parse_object(pd::json_schema_text<vipps::validation_error>());
    BOOST_TEST(text(v.at("properties").at("type").at("const")) == vipps::validation_error_uri);
    BOOST_TEST(v.at("properties").at("extraDetails").at("maxItems") ==
               vipps::max_validation_details);
    BOOST_TEST(strings(v.at("required")) == (std::vector<std::string>{"type", "extraDetails"}),
               boost::test_tools::per_element());
    auto const e = parse_object(pd::json_schema_text<vipps::owning::epayment_error>());
    BOOST_TEST(strings(e.at("required")) == (std::vector<std::string>{"type"}),
               boost::test_tools::per_element());
    BOOST_TEST(e.at("properties").at("traceId").at("type").as_array().size() == 2u);
}

// The committed schemas are what the code generates: they cannot drift.
BOOST_AUTO_TEST_CASE(committed_schemas_are_generated) {
    std::filesystem::path const dir =
        std::filesystem::path(PROBLEM_DETAILS_SOURCE_DIR) / "docs" / "schemas";
    std::size_t files = 0;
    for (auto const& e : std::filesystem::directory_iterator(dir))
        files += e.path().extension() == ".json";
    BOOST_TEST(files == std::size(pd::vipps::published_types));
    for (auto const& t : pd::vipps::published_types) {
        auto const path = dir / (std::string(t.name) + ".schema.json");
        BOOST_TEST_CONTEXT(path.string()) {
            BOOST_TEST(test_support::read_file(path) == t.schema,
                       "differs from the generated schema: regenerate it with "
                       "`problem-details schema NAME > docs/schemas/NAME.schema.json`");
        }
    }
}
