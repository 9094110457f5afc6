// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Writes what tests/schema_check.cmake gives a real JSON Schema validator
// (ajv) and an OpenAPI linter (redocly):
//
//   schema_documents OUT_DIR
//
// For each problem type of the tests (tests/support/typed_types.hpp) and of
// the Vipps MobilePay profile, in both flavours:
//   OUT_DIR/NAME.schema.json      json_schema<T>
//   OUT_DIR/NAME/valid-K.json     documents the library writes for T (from a
//                                 default-constructed problem, a filled one,
//                                 and sample documents read and written back)
//   OUT_DIR/NAME/invalid-K.json   documents the schema must reject: documents
//                                 of other types, and T's own with a member of
//                                 the wrong JSON type (or missing)
// and OUT_DIR/types.txt (the names), OUT_DIR/openapi-tests.json (the OpenAPI
// document of the test types), OUT_DIR/openapi-vipps.json (the Vipps one).
// Each "invalid" document is first checked to be rejected by the library's own
// typed reader (or to be of another type), so the two agree.

#include <problem_details/dispatch.hpp>
#include <problem_details/json_schema.hpp>
#include <problem_details/openapi.hpp>
#include <problem_details/typed_parse.hpp>
#include <problem_details/typed_serialize.hpp>
#include <problem_details/vipps/documentation.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pd = problem_details;
namespace json = boost::json;
namespace fs = std::filesystem;
namespace vipps = problem_details::vipps;

namespace {

fs::path out_dir;
std::vector<std::string> names;

void write_text(fs::path const& p, std::string_view text) {
    std::ofstream out(p, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out)
        throw std::runtime_error("cannot write " + p.string());
}

/// `json` read as a T and written back by the library.
template <class T>
std::string rewrite(std::string_view json, pd::parse_mode mode = pd::parse_mode::rfc) {
    if constexpr (pd::problem_type_traits<T>::borrows) {
        static std::array<char, 1 << 16> scratch;
        auto const p = pd::parse_typed_view<T>(json, scratch, {.mode = mode});
        if (!p)
            throw std::runtime_error("cannot read a sample: " + p.error().message());
        return pd::to_json(*p);
    } else {
        auto const p = pd::parse_typed<T>(json, {.mode = mode});
        if (!p)
            throw std::runtime_error("cannot read a sample: " + p.error().message());
        return pd::to_json(*p);
    }
}

/// Whether the library's typed reader accepts `json` as a T.
template <class T>
bool library_accepts(std::string_view json) {
    if constexpr (pd::problem_type_traits<T>::borrows) {
        static std::array<char, 1 << 16> scratch;
        return pd::parse_typed_view<T>(json, scratch).has_value();
    } else {
        return pd::parse_typed<T>(json).has_value();
    }
}

/// A default-constructed problem of type T, and one with every standard
/// member set (another status, escapes and non-ASCII text), as written.
template <class T>
std::vector<std::string> constructed() {
    using P = std::conditional_t<pd::problem_type_traits<T>::borrows, pd::typed_problem_view<T>,
                                 pd::typed_problem<T>>;
    P a;
    P b;
    b.status = pd::http_status::service_unavailable;
    if constexpr (pd::detail::schema::status_is_fixed<T>())
        b.status = T::default_status;
    b.title = "Une \"autre\" fa\xC3\xA7on\n";
    b.detail = "d\xC3\xA9tail \\ \t";
    b.instance = "urn:uuid:123e4567-e89b-12d3-a456-426655440000";
    P c;
    c.status.reset(); // no status at all
    return {pd::to_json(a), pd::to_json(b), pd::to_json(c)};
}

/// `doc` (a JSON object) with `member` set to `value` (JSON text), or
/// removed when `value` is empty.
std::string mutate(std::string const& doc, std::string_view member, std::string_view value) {
    json::value v = json::parse(doc);
    json::object& o = v.as_object();
    if (value.empty())
        o.erase(json::string_view(member.data(), member.size()));
    else
        o[json::string_view(member.data(), member.size())] =
            json::parse(json::string_view(value.data(), value.size()));
    return json::serialize(v);
}

struct mutation {
    std::string_view member;
    std::string_view value; // JSON text; empty: remove the member
};

/// The standard members' wrong types, for every type.
constexpr mutation standard_mutations[] = {
    {"type", "\"https://example.com/probs/another\""},
    {"type", ""},
    {"type", "42"},
    {"title", "5"},
    {"status", "\"400\""},
    {"status", "99"},
    {"status", "4.5"},
    {"detail", "false"},
    {"instance", "[]"},
};

template <class T>
void emit(std::string const& name, std::vector<std::string> valid,
          std::vector<mutation> const& own_mutations, std::vector<std::string> const& other_types) {
    fs::path const dir = out_dir / name;
    fs::create_directories(dir);
    write_text(out_dir / (name + ".schema.json"), pd::json_schema_text<T>());
    std::size_t k = 0;
    for (auto const& v : valid) {
        if (!library_accepts<T>(v))
            throw std::runtime_error(name + ": the library does not read back what it wrote: " + v);
        write_text(dir / ("valid-" + std::to_string(++k) + ".json"), v);
    }
    // The library agrees where it decides: another type's document, and a
    // typed member of the wrong JSON type (or missing, or out of range), are
    // rejected by the typed reader too. (A wrong-typed standard member is
    // ignored by the reader, as RFC 9457 §3.1 says; the schema, which
    // describes the documents of the type, rejects it.)
    std::vector<std::string> invalid;
    for (auto const& v : other_types) {
        if (library_accepts<T>(v))
            throw std::runtime_error(name + ": the library reads another type's document: " + v);
        invalid.push_back(v);
    }
    for (auto const& m : standard_mutations)
        invalid.push_back(mutate(valid.front(), m.member, m.value));
    for (auto const& m : own_mutations) {
        std::string const v = mutate(valid.back(), m.member, m.value);
        if (!pd::detail::is_standard_name(m.member) && library_accepts<T>(v))
            throw std::runtime_error(
                name + ": the library accepts a document the schema must reject: " + v);
        invalid.push_back(v);
    }
    k = 0;
    for (auto const& v : invalid)
        write_text(dir / ("invalid-" + std::to_string(++k) + ".json"), v);
    names.push_back(name);
}

} // namespace

int main(int argc, char** argv) try {
    if (argc != 2) {
        std::cerr << "usage: schema_documents OUT_DIR\n";
        return 2;
    }
    out_dir = argv[1];
    fs::remove_all(out_dir);
    fs::create_directories(out_dir);

    using namespace test_types;
    std::string const sink_doc = rewrite<kitchen_sink>(kitchen_sink_json);
    std::string const plain_doc = pd::to_json(pd::typed_problem_view<plain_problem>{});
    std::string const retry_doc = pd::to_json(pd::typed_problem_view<retry_later>{});
    std::string const vipps_validation_doc = rewrite<vipps::validation_error>(
        test_support::read_file(test_support::payloads_dir() / "faq-validation-error.json"),
        pd::parse_mode::lenient);
    std::string const vipps_params_doc = rewrite<vipps::invalid_params_error>(
        test_support::read_file(test_support::payloads_dir() / "invalid-params.json"));
    std::string const vipps_epayment_doc = rewrite<vipps::epayment_error>(
        test_support::read_file(test_support::payloads_dir() / "epayment-traceid.json"));

    // --- the test types ---
    std::vector<mutation> const sink_mutations = {
        {"name", "1"},
        {"name", ""},
        {"count", "\"1\""},
        {"count", "1.5"},
        {"small", "256"},
        {"small", "-1"},
        {"ratio", "\"0.5\""},
        {"flag", "1"},
        {"note", "7"},
        {"maybe", "\"7\""},
        {"maybe", "2147483648"},
        {"where", "[]"},
        {"where", "{\"x\":1}"},
        {"points", "{}"},
        {"points", "[{\"x\":1,\"y\":\"2\"}]"},
        {"points", "[1,2,3,4,5]"},
        {"tags", "[1]"},
        {"tags", "[\"a\",\"b\",\"c\",\"d\"]"},
        {"labels", "[{\"at\":null}]"},
        {"labels", "[{\"label\":\"x\",\"at\":{\"x\":\"1\",\"y\":2}}]"},
    };
    {
        auto valid = constructed<kitchen_sink>();
        valid.push_back(sink_doc);
        emit<kitchen_sink>("test-kitchen-sink", valid, sink_mutations,
                           {plain_doc, retry_doc, vipps_epayment_doc});
    }
    {
        auto valid = constructed<owned_kitchen_sink>();
        valid.push_back(rewrite<owned_kitchen_sink>(kitchen_sink_json));
        // Owning arrays have no capacity: 5 points and 4 tags are valid here.
        valid.push_back(mutate(valid.back(), "points",
                               "[{\"x\":1,\"y\":1},{\"x\":1,\"y\":1},{\"x\":1,\"y\":1},"
                               "{\"x\":1,\"y\":1},{\"x\":1,\"y\":1}]"));
        valid.back() = rewrite<owned_kitchen_sink>(valid.back());
        std::vector<mutation> m;
        for (auto const& x : sink_mutations)
            if (x.value != "[1,2,3,4,5]" && x.value != "[\"a\",\"b\",\"c\",\"d\"]")
                m.push_back(x);
        m.push_back({"points", "[1,2,3,4,5]"});
        emit<owned_kitchen_sink>("test-owned-kitchen-sink", valid, m, {plain_doc, retry_doc});
    }
    {
        auto valid = constructed<plain_problem>();
        valid.push_back(rewrite<plain_problem>(
            R"({"type":"https://example.com/probs/plain","title":"Conflict","status":409,"anything":{"goes":[1]}})"));
        emit<plain_problem>("test-plain-problem", valid, {},
                            {sink_doc, retry_doc, vipps_validation_doc});
    }
    {
        auto valid = constructed<retry_later>();
        valid.push_back(rewrite<retry_later>(
            R"({"type":"urn:example:retry-later","status":503,"retry-after":120,"hot_spots":[{"x":1,"y":2}]})"));
        valid.push_back(rewrite<retry_later>(
            R"({"type":"urn:example:retry-later","retry-after":0,"hot_spots":null})"));
        emit<retry_later>(
            "test-retry-later", valid,
            {{"retry-after", ""},
             {"retry-after", "-1"},
             {"retry-after", "4294967296"},
             {"retry-after", "\"120\""},
             {"status", "500"},
             {"hot_spots", "[{\"x\":1}]"},
             {"hot_spots", "[{\"x\":1,\"y\":1},{\"x\":1,\"y\":1},{\"x\":1,\"y\":1}]"}},
            {plain_doc, sink_doc});
    }

    // --- the Vipps MobilePay profile, both flavours ---
    std::vector<mutation> const validation_mutations = {
        {"extraDetails", ""},
        {"extraDetails", "{}"},
        {"extraDetails", "[{\"name\":\"amount\"}]"},
        {"extraDetails", "[{\"name\":5,\"reason\":\"r\"}]"},
        {"extraDetails", "[\"amount\"]"}};
    std::vector<mutation> const params_mutations = {
        {"invalidParams", ""},
        {"invalidParams", "{}"},
        {"invalidParams", "[{\"reason\":\"r\"}]"},
        {"invalidParams", "[{\"name\":\"n\",\"reason\":null}]"}};
    std::vector<mutation> const epayment_mutations = {{"traceId", "5"}, {"traceId", "{}"}};
    auto with_detail = [](std::string doc) {
        return mutate(
            doc, "extraDetails",
            R"([{"name":"amount","reason":"Must be a positive integer larger than 100"}])");
    };
    {
        auto valid = constructed<vipps::validation_error>();
        valid.push_back(rewrite<vipps::validation_error>(with_detail(valid.front())));
        valid.push_back(vipps_validation_doc);
        emit<vipps::validation_error>("vipps-validation-error", valid, validation_mutations,
                                      {vipps_params_doc, vipps_epayment_doc, plain_doc});
        auto owned = constructed<vipps::owning::validation_error>();
        owned.push_back(rewrite<vipps::owning::validation_error>(vipps_validation_doc));
        emit<vipps::owning::validation_error>("vipps-owning-validation-error", owned,
                                              validation_mutations,
                                              {vipps_params_doc, vipps_epayment_doc, sink_doc});
    }
    {
        auto valid = constructed<vipps::invalid_params_error>();
        valid.push_back(vipps_params_doc);
        emit<vipps::invalid_params_error>("vipps-invalid-params-error", valid, params_mutations,
                                          {vipps_validation_doc, vipps_epayment_doc});
        auto owned = constructed<vipps::owning::invalid_params_error>();
        owned.push_back(rewrite<vipps::owning::invalid_params_error>(vipps_params_doc));
        emit<vipps::owning::invalid_params_error>("vipps-owning-invalid-params-error", owned,
                                                  params_mutations,
                                                  {vipps_validation_doc, vipps_epayment_doc});
    }
    {
        auto valid = constructed<vipps::epayment_error>();
        valid.push_back(vipps_epayment_doc);
        emit<vipps::epayment_error>("vipps-epayment-error", valid, epayment_mutations,
                                    {vipps_validation_doc, vipps_params_doc, plain_doc});
        auto owned = constructed<vipps::owning::epayment_error>();
        owned.push_back(rewrite<vipps::owning::epayment_error>(vipps_epayment_doc));
        emit<vipps::owning::epayment_error>("vipps-owning-epayment-error", owned,
                                            epayment_mutations, {vipps_validation_doc, retry_doc});
    }

    std::string list;
    for (auto const& n : names)
        list += n + '\n';
    write_text(out_dir / "types.txt", list);

    write_text(
        out_dir / "openapi-tests.json",
        pd::openapi_document(pd::problem_type_set<kitchen_sink, plain_problem, retry_later>{},
                             {.title = "problem_details test types",
                              .version = "0.0.0",
                              .description = "The problem types of the problem_details tests.",
                              .license_name = "Boost Software License 1.0",
                              .license_identifier = "BSL-1.0",
                              .server_url = "https://example.com"}));
    write_text(out_dir / "openapi-vipps.json", vipps::openapi_document());
    std::cout << "schema_documents: " << names.size() << " problem types written to "
              << out_dir.string() << '\n';
    return 0;
} catch (std::exception const& e) {
    std::cerr << "schema_documents: " << e.what() << '\n';
    return 1;
}
