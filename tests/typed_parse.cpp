// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/typed_parse.hpp>

#define BOOST_TEST_MODULE typed_parse
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/typed_serialize.hpp>
#include <problem_details/vipps/problem_types.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vipps = problem_details::vipps;
using pd::error;
using pd::http_status;
using pd::parse_mode;
using test_types::kitchen_sink;
using test_types::owned_kitchen_sink;

namespace {

template <class T>
struct typed_parsed {
    std::array<char, 4096> scratch{};
    pd::parse_diagnostics diag;
    pd::result<pd::typed_problem_view<T>> r;

    explicit typed_parsed(std::string_view json, parse_mode mode = parse_mode::rfc)
        : r(pd::parse_typed_view<T>(json, scratch, {.mode = mode}, diag)) {}
};

std::string ext_raw(pd::extension_list const& l, std::string_view name) {
    auto const it = l.find(name);
    return it == l.end() ? std::string("(absent)") : std::string(it->value);
}

} // namespace

BOOST_AUTO_TEST_CASE(seed_example_typed_in_rfc_and_lenient) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    {
        typed_parsed<vipps::validation_error> p(body, parse_mode::lenient);
        BOOST_TEST_REQUIRE(p.r.has_value(), p.r.error().message());
        auto const& v = *p.r;
        BOOST_TEST((v.status == http_status::bad_request));
        BOOST_TEST(v.title == "Your request parameters didn't validate.");
        BOOST_TEST(v.detail == "The request body contains one or more validation errors.");
        BOOST_TEST(v.instance == "urn:uuid:123e4567-e89b-12d3-a456-426655440000");
        BOOST_TEST_REQUIRE(v.ext.extraDetails.size() == 2u);
        BOOST_TEST(v.ext.extraDetails[0].name == "amount");
        BOOST_TEST(v.ext.extraDetails[0].reason == "Must be a positive integer larger than 100");
        BOOST_TEST(v.ext.extraDetails[1].name == "URL");
        BOOST_TEST(v.ext.extraDetails[1].reason ==
                   "Must use HTTPS and validate according to the API specification");
        BOOST_TEST(v.extensions.empty());
        BOOST_TEST(v.type() == vipps::validation_error_uri);
    }
    {
        // rfc: the string status is ignored and kept raw among the unknown members.
        typed_parsed<vipps::validation_error> p(body, parse_mode::rfc);
        BOOST_TEST_REQUIRE(p.r.has_value());
        BOOST_TEST(!p.r->status.has_value());
        BOOST_TEST((p.r->effective_status() == http_status::bad_request));
        BOOST_TEST(ext_raw(p.r->extensions, "status") == "\"400\"");
        BOOST_TEST(p.r->extensions.size() == 1u);
    }
    {
        typed_parsed<vipps::validation_error> p(body, parse_mode::strict);
        BOOST_TEST((p.r.error() == error::wrong_type));
        BOOST_TEST(p.diag.offset == body.find("\"400\""));
    }
}

BOOST_AUTO_TEST_CASE(every_matching_payload_typed_with_zero_allocations) {
    std::size_t matched = 0;
    for (auto const& pl : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(pl.name) {
            std::array<char, 4096> scratch;
            std::size_t allocations = 0;
            int ok = 0;
            {
                test_support::allocation_scope scope;
                auto const a = pd::parse_typed_view<vipps::validation_error>(
                    pl.body, scratch, {.mode = parse_mode::lenient});
                ok += a.has_value();
                auto const b = pd::parse_typed_view<vipps::invalid_params_error>(
                    pl.body, scratch, {.mode = parse_mode::lenient});
                ok += b.has_value();
                auto const c = pd::parse_typed_view<vipps::epayment_error>(
                    pl.body, scratch, {.mode = parse_mode::lenient});
                ok += c.has_value();
                allocations = scope.count();
            }
            BOOST_TEST(allocations == 0u);
            if (pl.name.starts_with("faq-validation-error") || pl.name == "invalid-params.json" ||
                pl.name == "epayment-traceid.json") {
                BOOST_TEST(ok == 1);
                ++matched;
            } else {
                BOOST_TEST(ok == 0);
            }
        }
    }
    BOOST_TEST(matched == 4u);
}

BOOST_AUTO_TEST_CASE(payload_shapes) {
    std::string const params = test_support::payload_body("invalid-params.json");
    typed_parsed<vipps::invalid_params_error> ip(params, parse_mode::strict);
    BOOST_TEST_REQUIRE(ip.r.has_value());
    BOOST_TEST((ip.r->status == http_status::bad_request));
    BOOST_TEST_REQUIRE(ip.r->ext.invalidParams.size() == 1u);
    BOOST_TEST(ip.r->ext.invalidParams[0].name == "amount");

    // The same URI read as the extraDetails shape: the array is missing.
    typed_parsed<vipps::validation_error> ve(params);
    BOOST_TEST((ve.r.error() == error::missing_member));
    BOOST_TEST((ve.r.error() == pd::condition::typed_mismatch));

    std::string const trace = test_support::payload_body("epayment-traceid.json");
    typed_parsed<vipps::epayment_error> ep(trace, parse_mode::strict);
    BOOST_TEST_REQUIRE(ep.r.has_value());
    BOOST_TEST(ep.r->title == "Payment not found");
    BOOST_TEST(!ep.r->status.has_value());
    BOOST_TEST(ep.r->instance.empty());
    BOOST_TEST_REQUIRE(ep.r->ext.traceId.has_value());
    BOOST_TEST(*ep.r->ext.traceId == "77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c");
}

BOOST_AUTO_TEST_CASE(wrong_type_uri_is_type_mismatch_at_the_type) {
    std::string const trace = test_support::payload_body("epayment-traceid.json");
    typed_parsed<vipps::validation_error> p(trace);
    BOOST_TEST((p.r.error() == error::type_mismatch));
    BOOST_TEST(p.diag.offset == trace.find("\"https://"));
    BOOST_TEST(p.r.error().message().find("\"type\"") != std::string::npos);

    // No type at all is about:blank, which is not the type either.
    typed_parsed<vipps::epayment_error> none(R"({"title":"x","traceId":"t"})");
    BOOST_TEST((none.r.error() == error::type_mismatch));
    BOOST_TEST(none.diag.offset == 0u);

    // The owning flavour says the same.
    auto const o = pd::parse_typed<vipps::owning::validation_error>(trace);
    BOOST_TEST((o.error() == error::type_mismatch));
}

BOOST_AUTO_TEST_CASE(every_member_kind) {
    typed_parsed<kitchen_sink> p(test_types::kitchen_sink_json);
    BOOST_TEST_REQUIRE(p.r.has_value(), p.r.error().message());
    auto const& v = *p.r;
    BOOST_TEST(v.detail == "caf\xC3\xA9");
    BOOST_TEST(v.instance == "/x/1");
    BOOST_TEST(v.title == "Everything \"at once\"");
    BOOST_TEST((v.status == http_status::unprocessable_content));
    auto const& e = v.ext;
    BOOST_TEST(e.name == "n\xC3\xA4me");
    BOOST_TEST(e.count == -9007199254740993LL);
    BOOST_TEST(e.small == 255u);
    BOOST_TEST(e.ratio == 0.5);
    BOOST_TEST(e.f == 1000.0f);
    BOOST_TEST(e.flag);
    BOOST_TEST(!e.note.has_value());
    BOOST_TEST((e.maybe == 7));
    BOOST_TEST(e.where.x == 1);
    BOOST_TEST(e.where.y == 2);
    BOOST_TEST_REQUIRE(e.points.size() == 2u);
    BOOST_TEST(e.points[1].x == -3);
    BOOST_TEST(e.points[1].y == 4);
    BOOST_TEST_REQUIRE(e.tags.size() == 3u);
    BOOST_TEST(e.tags[1] == "b\"c");
    BOOST_TEST(e.tags[2] == "d\\");
    BOOST_TEST_REQUIRE(e.labels.has_value());
    BOOST_TEST_REQUIRE(e.labels->size() == 2u);
    BOOST_TEST((*e.labels)[0].label == "L1");
    BOOST_TEST(!(*e.labels)[0].at.has_value());
    BOOST_TEST((*e.labels)[1].at->y == 6);
    // Unknown members stay, raw, in document order.
    BOOST_TEST_REQUIRE(v.extensions.size() == 2u);
    BOOST_TEST(v.extensions[0].name == "unknown");
    BOOST_TEST(v.extensions[0].value == R"({"kept": [true, null]})");
    BOOST_TEST(v.extensions[1].name == "another");
    BOOST_TEST(v.extensions[1].value == "\"raw\"");
}

BOOST_AUTO_TEST_CASE(every_member_kind_owning) {
    auto const r = pd::parse_typed<owned_kitchen_sink>(test_types::kitchen_sink_json);
    BOOST_TEST_REQUIRE(r.has_value(), r.error().message());
    auto const& e = r->ext;
    BOOST_TEST(r->detail == "caf\xC3\xA9");
    BOOST_TEST(e.name == "n\xC3\xA4me");
    BOOST_TEST(e.count == -9007199254740993LL);
    BOOST_TEST(e.tags.size() == 3u);
    BOOST_TEST(e.tags[1] == "b\"c");
    BOOST_TEST_REQUIRE(e.labels.has_value());
    BOOST_TEST((*e.labels)[1].label == "L2");
    BOOST_TEST(e.points.size() == 2u);
    BOOST_TEST(r->extensions.size() == 2u);
    BOOST_TEST(r->extensions.at("another").as_string() == "raw");
    BOOST_TEST(r->extensions.at("unknown").at("kept").as_array().size() == 2u);
}

BOOST_AUTO_TEST_CASE(owning_flavour_of_the_seed) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    auto const r =
        pd::parse_typed<vipps::owning::validation_error>(body, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->ext.extraDetails.size() == 2u);
    BOOST_TEST(r->ext.extraDetails[1].name == "URL");
    BOOST_TEST((r->status == http_status::bad_request));
    BOOST_TEST(r->extensions.empty());
    // Any number of entries: no capacity in the owning flavour.
    std::string big =
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","extraDetails":[)";
    for (int i = 0; i < 100; ++i)
        big += (i ? ",{" : "{") + std::string(R"("name":"f","reason":"r"})");
    big += "]}";
    auto const many = pd::parse_typed<vipps::owning::validation_error>(big);
    BOOST_TEST_REQUIRE(many.has_value());
    BOOST_TEST(many->ext.extraDetails.size() == 100u);
    // ... which the fixed-capacity flavour refuses rather than truncating.
    std::vector<char> scratch(pd::scratch_bound(big));
    pd::parse_diagnostics diag;
    auto const fixed = pd::parse_typed_view<vipps::validation_error>(big, scratch, {}, diag);
    BOOST_TEST((fixed.error() == error::capacity_exceeded));
    // At the first element that does not fit (the 33rd).
    std::size_t at = big.find('[');
    for (std::size_t i = 0; i <= vipps::max_validation_details; ++i)
        at = big.find('{', at + 1);
    BOOST_TEST(diag.offset == at);
}

BOOST_AUTO_TEST_CASE(capacity_exceeded_in_nested_arrays) {
    std::string const json =
        R"({"type":"https://example.com/probs/kitchen-sink","name":"n","count":1,"small":1,)"
        R"("ratio":1,"f":1,"flag":false,"where":{"x":1,"y":1},"points":[],"tags":["a","b","c","d"]})";
    typed_parsed<kitchen_sink> p(json);
    BOOST_TEST((p.r.error() == error::capacity_exceeded));
    BOOST_TEST(p.diag.offset == json.find("\"d\""));
}

BOOST_AUTO_TEST_CASE(typed_errors_and_their_offsets) {
    std::string const head =
        R"({"type":"https://example.com/probs/kitchen-sink","name":"n","count":1,"small":1,)"
        R"("ratio":1,"f":1,"flag":false,"where":{"x":1,"y":1},"points":[],"tags":[])";
    auto check = [&](std::string const& tail, error want, std::string_view at) {
        std::string const json = head + tail + "}";
        typed_parsed<kitchen_sink> p(json);
        BOOST_TEST_CONTEXT(tail) {
            BOOST_TEST_REQUIRE(!p.r.has_value());
            BOOST_TEST((p.r.error() == want), p.r.error().message());
            if (!at.empty())
                BOOST_TEST(p.diag.offset == json.rfind(at));
        }
    };
    // The baseline is valid.
    typed_parsed<kitchen_sink> ok(head + "}");
    BOOST_TEST_REQUIRE(ok.r.has_value(), ok.r.error().message());

    check(R"(,"count":"1")", error::member_wrong_type, "\"1\"");
    check(R"(,"count":1.5)", error::member_wrong_type, "1.5");
    check(R"(,"count":null)", error::member_wrong_type, "null");
    check(R"(,"count":99999999999999999999)", error::value_out_of_range, "99999999999999999999");
    check(R"(,"small":256)", error::value_out_of_range, "256");
    check(R"(,"small":-1)", error::value_out_of_range, "-1");
    check(R"(,"f":1e300)", error::value_out_of_range, "1e300");
    check(R"(,"flag":1)", error::member_wrong_type, "1}");
    check(R"(,"name":["n"])", error::member_wrong_type, "[\"n\"]");
    check(R"(,"where":{"x":1})", error::missing_member, "{\"x\":1}");
    check(R"(,"where":[])", error::member_wrong_type, "[]}");
    check(R"(,"points":[{"x":1,"y":"2"}])", error::member_wrong_type, "\"2\"");
    check(R"(,"tags":"a")", error::member_wrong_type, "\"a\"");
    check(R"(,"labels":[{"at":{"x":1,"y":2}}])", error::missing_member, "{\"at\"");

    // A required member absent from the document.
    typed_parsed<kitchen_sink> missing(R"({"type":"https://example.com/probs/kitchen-sink"})");
    BOOST_TEST((missing.r.error() == error::missing_member));
    BOOST_TEST(missing.diag.offset == 0u);
    // ... reported at the top-level object, after leading whitespace, by
    // the one-pass reader, the two-pass one (an escaped key) and the owning parse.
    for (std::string_view const doc :
         {R"(  {"type":"https://example.com/probs/kitchen-sink"})",
          "\n {\"type\":\"https://example.com/probs/kitchen-sink\",\"n\\u0061me\":\"x\"}"}) {
        typed_parsed<kitchen_sink> m(doc);
        BOOST_TEST((m.r.error() == error::missing_member));
        BOOST_TEST(m.diag.offset == 2u);
        pd::parse_diagnostics d;
        BOOST_TEST(
            (pd::parse_typed<owned_kitchen_sink>(doc, {}, d).error() == error::missing_member));
        BOOST_TEST(d.offset == 2u);
    }
    // Wrong types in the standard members are the parse modes' business.
    std::string const strict = head + R"(,"title":7})";
    typed_parsed<kitchen_sink> s(strict, parse_mode::strict);
    BOOST_TEST((s.r.error() == error::wrong_type));
    typed_parsed<kitchen_sink> r(strict, parse_mode::rfc);
    BOOST_TEST_REQUIRE(r.r.has_value());
    BOOST_TEST(ext_raw(r.r->extensions, "title") == "7");
    // Malformed JSON is malformed, whatever the type.
    typed_parsed<kitchen_sink> bad(head + ",\"count\":01}");
    BOOST_TEST((bad.r.error() == pd::condition::malformed_json));
}

BOOST_AUTO_TEST_CASE(duplicates_last_wins_and_escaped_names) {
    std::string const json =
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
        R"("extraDetails":[{"name":"a","reason":"1"},{"name":"b","reason":"2"}],)"
        R"("extra\u0044etails":[{"n\u0061me":"c","reason":"3","more":{"x":[]}}]})";
    typed_parsed<vipps::validation_error> p(json);
    BOOST_TEST_REQUIRE(p.r.has_value(), p.r.error().message());
    BOOST_TEST_REQUIRE(p.r->ext.extraDetails.size() == 1u);
    BOOST_TEST(p.r->ext.extraDetails[0].name == "c");
    BOOST_TEST(p.r->extensions.empty());
}

BOOST_AUTO_TEST_CASE(scratch_too_small_and_what_is_enough) {
    std::string const json(test_types::kitchen_sink_json);
    std::vector<char> big(pd::scratch_bound(json));
    pd::parse_diagnostics diag;
    auto const full = pd::parse_typed_view<kitchen_sink>(json, big, {}, diag);
    BOOST_TEST_REQUIRE(full.has_value());
    std::size_t const need = diag.required_scratch;
    BOOST_TEST(need <= pd::scratch_bound(json));
    BOOST_TEST(need > 0u);
    for (std::size_t n = 0; n < need + 16; ++n) {
        std::vector<char> buf(n);
        pd::parse_diagnostics d;
        auto const r = pd::parse_typed_view<kitchen_sink>(json, buf, {}, d);
        if (r) {
            BOOST_TEST((*r == *full));
        } else {
            BOOST_TEST((r.error() == error::scratch_too_small));
            BOOST_TEST(d.required_scratch > n); // a retry with that much gets further
        }
        if (n >= need + alignof(pd::extension))
            BOOST_TEST(r.has_value());
    }
}

BOOST_AUTO_TEST_CASE(to_typed_from_a_view) {
    std::string const body = test_support::payload_body("faq-validation-error.min.json");
    std::array<char, 1024> s1, s2;
    auto const v = pd::parse_view(body, s1);
    BOOST_TEST_REQUIRE(v.has_value());
    std::size_t allocations;
    {
        test_support::allocation_scope scope;
        auto const t = pd::to_typed<vipps::validation_error>(*v, s2);
        BOOST_TEST_REQUIRE(t.has_value());
        BOOST_TEST(t->ext.extraDetails.size() == 2u);
        BOOST_TEST(ext_raw(t->extensions, "status") == "\"400\"");
        allocations = scope.count();
    }
    BOOST_TEST(allocations == 0u);
    // The view's own list is untouched.
    BOOST_TEST(v->extensions.size() == 2u);
    BOOST_TEST((pd::to_typed<vipps::epayment_error>(*v, s2).error() == error::type_mismatch));
    std::array<char, 8> tiny;
    BOOST_TEST(
        (pd::to_typed<vipps::validation_error>(*v, tiny).error() == error::scratch_too_small));
}

BOOST_AUTO_TEST_CASE(repeated_unknown_members_view_keeps_all_owning_keeps_last) {
    // (fuzzing/old_crashes/typed-repeated-unknown-member-owning.json)
    std::string const json =
        R"({"type":"https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors",)"
        R"("x":"first","detail":"d","x":"last"})";
    typed_parsed<vipps::epayment_error> v(json);
    BOOST_TEST_REQUIRE(v.r.has_value());
    BOOST_TEST_REQUIRE(v.r->extensions.size() == 2u);        // a view of the document: both
    BOOST_TEST(ext_raw(v.r->extensions, "x") == "\"last\""); // find: the last
    auto const o = pd::parse_typed<vipps::owning::epayment_error>(json);
    BOOST_TEST_REQUIRE(o.has_value());
    BOOST_TEST(o->extensions.size() == 1u); // like Boost.JSON: the last
    BOOST_TEST(o->extensions.at("x").as_string() == "last");
}

namespace {

// RFC 7807's own example, whose member name is no C++ identifier.
struct invalid_param {
    std::string_view name;
    std::string_view reason;
    std::optional<std::string_view> json_pointer;
    static constexpr pd::json_name json_names[] = {{"json_pointer", "json-pointer"}};
};
BOOST_DESCRIBE_STRUCT(invalid_param, (), (name, reason, json_pointer))

struct rfc7807_validation_error {
    static constexpr std::string_view type_uri = "https://example.net/validation-error";
    static constexpr pd::http_status default_status = pd::http_status::bad_request;
    static constexpr std::string_view title = "Your request parameters didn't validate.";
    pd::fixed_vector<invalid_param, 8> invalid_params;
    std::optional<std::int64_t> retry_after;
    static constexpr pd::json_name json_names[] = {{"invalid_params", "invalid-params"},
                                                   {"retry_after", "retry\"after"}};
};
BOOST_DESCRIBE_STRUCT(rfc7807_validation_error, (), (invalid_params, retry_after))

constexpr std::string_view rfc7807_example = R"({
   "type": "https://example.net/validation-error",
   "title": "Your request parameters didn't validate.",
   "invalid-params": [ {
                         "name": "age",
                         "reason": "must be a positive integer"
                       },
                       {
                         "name": "color",
                         "reason": "must be 'green', 'red' or 'blue'",
                         "json-pointer": "#/color"
                       }
                     ],
   "retry\"after": 30,
   "invalid_params": "the C++ name is no JSON name"
})";

} // namespace

BOOST_AUTO_TEST_CASE(json_names_that_are_not_cpp_names) {
    using T = rfc7807_validation_error;
    static_assert(pd::problem_type_checks<T>::value);
    auto check = [](pd::typed_problem_view<T> const& v) {
        BOOST_TEST_REQUIRE(v.ext.invalid_params.size() == 2u);
        BOOST_TEST(v.ext.invalid_params[0].name == "age");
        BOOST_TEST(!v.ext.invalid_params[0].json_pointer.has_value());
        BOOST_TEST(v.ext.invalid_params[1].reason == "must be 'green', 'red' or 'blue'");
        BOOST_TEST(v.ext.invalid_params[1].json_pointer.value_or("") == "#/color");
        BOOST_TEST(v.ext.retry_after.value_or(0) == 30);
        // The C++ name in the document is just another member, kept raw.
        BOOST_TEST(ext_raw(v.extensions, "invalid_params") == "\"the C++ name is no JSON name\"");
    };
    // One pass, zero allocations.
    {
        std::array<char, 4096> scratch;
        test_support::allocation_scope scope;
        auto const r = pd::parse_typed_view<T>(rfc7807_example, scratch);
        BOOST_TEST(scope.count() == 0u);
        BOOST_TEST_REQUIRE(r.has_value(), r.error().message());
        check(*r);
        // Written back under the JSON names, escaped where they must be.
        std::string const out = pd::to_json(*r);
        BOOST_TEST(
            out.find(
                R"("invalid-params":[{"name":"age","reason":"must be a positive integer"},)") !=
            std::string::npos);
        BOOST_TEST(out.find(R"("json-pointer":"#/color")") != std::string::npos);
        BOOST_TEST(out.find(R"("retry\"after":30)") != std::string::npos);
        // Round trip.
        std::array<char, 4096> s2;
        auto const again = pd::parse_typed_view<T>(out, s2);
        BOOST_TEST_REQUIRE(again.has_value());
        BOOST_TEST((*again == *r));
    }
    // The two-pass path: from a parsed view, and escaped keys in the document.
    {
        std::array<char, 4096> s1, s2;
        auto const v = pd::parse_view(rfc7807_example, s1);
        BOOST_TEST_REQUIRE(v.has_value());
        auto const t = pd::to_typed<T>(*v, s2);
        BOOST_TEST_REQUIRE(t.has_value());
        check(*t);
        std::string const escaped =
            R"({"type":"https://example.net/validation-error",)"
            R"("invalid\u002dparams":[{"name":"a","reason":"b","json\u002Dpointer":"#/a"}]})";
        auto const e = pd::parse_typed_view<T>(escaped, s1);
        BOOST_TEST_REQUIRE(e.has_value());
        BOOST_TEST_REQUIRE(e->ext.invalid_params.size() == 1u);
        BOOST_TEST(e->ext.invalid_params[0].json_pointer.value_or("") == "#/a");
    }
}
