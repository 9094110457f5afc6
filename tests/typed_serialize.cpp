// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/typed_serialize.hpp>

#define BOOST_TEST_MODULE typed_serialize
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"
#include "support/typed_types.hpp"

#include <problem_details/builder.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/typed_parse.hpp>
#include <problem_details/validation_problem.hpp>
#include <problem_details/vipps/problem_types.hpp>
#include <problem_details/xml.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/system_error.hpp>

#include <array>
#include <string>
#include <vector>

namespace vipps = problem_details::vipps;
using pd::error;
using pd::http_status;
using pd::parse_mode;
using test_types::kitchen_sink;
using test_types::owned_kitchen_sink;

namespace {

boost::json::value json_of(std::string_view s) {
    return boost::json::parse(boost::json::string_view(s.data(), s.size()));
}

/// Writes with serialize, checks the size is exact, the buffer limits and zero allocations.
template <class P>
std::string write_checked(P const& p, pd::serialize_options opt = {}) {
    std::size_t const n = pd::serialized_size(p, opt);
    BOOST_TEST_REQUIRE(n > 0u);
    std::vector<char> buf(n + 8, '#');
    std::size_t allocations;
    pd::result<std::size_t> r;
    {
        test_support::allocation_scope scope;
        r = pd::serialize(p, std::span<char>(buf.data(), n), opt);
        allocations = scope.count();
    }
    if constexpr (!pd::problem_type_traits<typename P::problem_type>::allocates)
        BOOST_TEST(allocations == 0u);
    BOOST_TEST_REQUIRE(r.has_value(), r.error().message());
    BOOST_TEST(*r == n);
    BOOST_TEST(std::string(buf.data() + n, 8) == "########");
    // One byte short: an error, nothing written past the end.
    std::vector<char> small(n + 8, '#');
    auto const s = pd::serialize(p, std::span<char>(small.data(), n - 1), opt);
    BOOST_TEST((s.error() == error::buffer_too_small));
    BOOST_TEST(std::string(small.data() + n - 1, 9) == "#########");
    std::string const out(buf.data(), n);
    BOOST_TEST(pd::to_json(p, opt) == out);
    // A buffer certainly large enough (for a view: written without a check
    // per write): the same bytes, nothing past them.
    std::vector<char> big(n * 8 + 256, '#');
    auto const b = pd::serialize(p, big, opt);
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(*b == n);
    BOOST_TEST(std::string(big.data(), n) == out);
    BOOST_TEST(big[n] == '#');
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_matching_payload_serializes_typed_with_zero_allocations) {
    std::size_t written = 0;
    for (auto const& pl : test_support::all_payloads()) {
        BOOST_TEST_CONTEXT(pl.name) {
            std::array<char, 4096> scratch;
            std::array<char, 4096> out;
            auto const a = pd::parse_typed_view<vipps::validation_error>(
                pl.body, scratch, {.mode = parse_mode::lenient});
            auto const b = pd::parse_typed_view<vipps::invalid_params_error>(
                pl.body, scratch, {.mode = parse_mode::lenient});
            auto const c = pd::parse_typed_view<vipps::epayment_error>(
                pl.body, scratch, {.mode = parse_mode::lenient});
            std::size_t allocations;
            pd::result<std::size_t> r = pd::make_error_code(error::type_mismatch);
            {
                test_support::allocation_scope scope;
                if (a)
                    r = pd::serialize(*a, out);
                else if (b)
                    r = pd::serialize(*b, out);
                else if (c)
                    r = pd::serialize(*c, out);
                allocations = scope.count();
            }
            BOOST_TEST(allocations == 0u);
            if (!a && !b && !c)
                continue;
            BOOST_TEST_REQUIRE(r.has_value());
            ++written;
            // The output is the document, normalized: equal as JSON to the
            // input read leniently and written back by the untyped writer.
            std::array<char, 4096> s2;
            auto const v = pd::parse_view(pl.body, s2, {.mode = parse_mode::lenient});
            BOOST_TEST(json_of(std::string_view(out.data(), *r)) == json_of(pd::to_json(*v)));
        }
    }
    BOOST_TEST(written == 4u);
}

BOOST_AUTO_TEST_CASE(constant_prefix_is_one_copy_and_exact) {
    pd::typed_problem_view<vipps::validation_error> p;
    p.detail = "The request body contains one or more validation errors.";
    p.ext.extraDetails.try_push_back({"amount", "Must be a positive integer larger than 100"});
    std::string const s = write_checked(p);
    BOOST_TEST(
        s ==
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
        R"("status":400,"title":"Your request parameters didn't validate.",)"
        R"("detail":"The request body contains one or more validation errors.",)"
        R"("extraDetails":[{"name":"amount","reason":"Must be a positive integer larger than 100"}]})");
    // The compile-time prefix is the start of that output.
    using prefix = pd::detail::typed_prefix<vipps::validation_error>;
    BOOST_TEST(s.compare(0, prefix::size, prefix::text.data(), prefix::size) == 0);

    // Another status, another title, none: still exact.
    p.status = http_status::unprocessable_content;
    p.title = "Ugyldig foresp\xC3\xB8rsel";
    BOOST_TEST(json_of(write_checked(p)).at("status") == 422);
    BOOST_TEST(json_of(write_checked(p)).at("title") == "Ugyldig foresp\xC3\xB8rsel");
    p.status.reset();
    p.title = {};
    auto const j = json_of(write_checked(p));
    BOOST_TEST(!j.as_object().contains("status"));
    BOOST_TEST(j.at("title") == "Your request parameters didn't validate.");
    // Escaping options go through the escaping writer.
    p.title = "\xC3\xB8<";
    std::string const esc = write_checked(p, {.escape_non_ascii = true, .html_safe = true});
    BOOST_TEST(esc.find("\\u00f8\\u003c") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(escaped_title_constant) {
    pd::typed_problem_view<kitchen_sink> p;
    std::string const s = write_checked(p);
    auto const j = json_of(s);
    BOOST_TEST(j.at("title") == "Everything \"at once\"");
    BOOST_TEST(j.at("status") == 422);
    BOOST_TEST(!j.as_object().contains("note")); // empty optionals are left out
    BOOST_TEST(j.at("points").as_array().empty());
}

BOOST_AUTO_TEST_CASE(round_trip_typed_json_typed) {
    std::array<char, 4096> scratch, scratch2;
    auto const a = pd::parse_typed_view<kitchen_sink>(test_types::kitchen_sink_json, scratch);
    BOOST_TEST_REQUIRE(a.has_value());
    std::string const once = write_checked(*a);
    auto const b = pd::parse_typed_view<kitchen_sink>(once, scratch2);
    BOOST_TEST_REQUIRE(b.has_value(), b.error().message());
    BOOST_TEST((*a == *b));
    BOOST_TEST(write_checked(*b) == once); // idempotent
    // Unknown members survive.
    BOOST_TEST(json_of(once).at("unknown").at("kept").as_array().size() == 2u);

    // Owning: the same round trip, and the same bytes as the view flavour.
    auto const o = pd::parse_typed<owned_kitchen_sink>(test_types::kitchen_sink_json);
    BOOST_TEST_REQUIRE(o.has_value());
    std::string const owned = write_checked(*o);
    BOOST_TEST(json_of(owned) == json_of(once));
    auto const o2 = pd::parse_typed<owned_kitchen_sink>(owned);
    BOOST_TEST_REQUIRE(o2.has_value());
    BOOST_TEST((*o == *o2));

    // The seed's example in rfc mode: the string status stays raw, both ways.
    {
        std::string const seed = test_support::payload_body("faq-validation-error.json");
        auto const r1 = pd::parse_typed_view<vipps::validation_error>(seed, scratch);
        BOOST_TEST_REQUIRE(r1.has_value());
        std::string const text = write_checked(*r1);
        BOOST_TEST(json_of(text).at("status") == "400");
        auto const r2 = pd::parse_typed_view<vipps::validation_error>(text, scratch2);
        BOOST_TEST_REQUIRE(r2.has_value());
        BOOST_TEST((*r1 == *r2));
    }
    // The seed's example, lenient.
    std::string const body = test_support::payload_body("faq-validation-error.json");
    auto const s1 =
        pd::parse_typed_view<vipps::validation_error>(body, scratch, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(s1.has_value());
    std::string const w = write_checked(*s1);
    auto const s2 =
        pd::parse_typed_view<vipps::validation_error>(w, scratch2, {.mode = parse_mode::strict});
    BOOST_TEST_REQUIRE(s2.has_value());
    BOOST_TEST((*s1 == *s2));
}

BOOST_AUTO_TEST_CASE(conflicts_and_invalid_values) {
    pd::typed_problem_view<vipps::validation_error> p;
    std::array<pd::extension, 1> clash{{{"extraDetails", "[]"}}};
    p.extensions = pd::extension_list(clash);
    BOOST_TEST(pd::serialized_size(p) == 0u);
    std::array<char, 1024> out;
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    std::array<pd::extension, 1> standard{{{"status", "\"400\""}}};
    p.extensions = pd::extension_list(standard);
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    // Unset, the raw one is written (as parse_mode::rfc keeps it).
    p.status.reset();
    auto const kept = pd::to_json(p);
    BOOST_TEST(json_of(kept).at("status") == "400");
    std::array<pd::extension, 1> title{{{"title", "7"}}};
    p.extensions = pd::extension_list(title);
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    p.title = {};
    BOOST_TEST(json_of(pd::to_json(p)).at("title") == 7);
    std::array<pd::extension, 1> type{{{"type", "7"}}};
    p.extensions = pd::extension_list(type);
    BOOST_TEST((pd::serialize(p, out).error() == error::conflicting_member));
    std::array<pd::extension, 1> bad{{{"x", "[1,"}}};
    p.extensions = pd::extension_list(bad);
    BOOST_TEST((pd::serialize(p, out).error() == error::invalid_extension_value));
    p.extensions = {};
    p.detail = "\xFF";
    BOOST_TEST((pd::serialize(p, out).error() == error::invalid_utf8_in_value));
    BOOST_CHECK_THROW(pd::to_json(p), boost::system::system_error);
    p.detail = {};
    p.ext.extraDetails.try_push_back({"\xC0", "x"});
    BOOST_TEST((pd::serialize(p, out).error() == error::invalid_utf8_in_value));
}

// A view is written without a check per write when the buffer holds an
// upper bound of the output: the bound against the worst cases, every
// member kind, every option.
BOOST_AUTO_TEST_CASE(unchecked_writes_stay_inside_the_bound) {
    std::string const controls(200, '\x01');
    std::string astral_text;
    for (int i = 0; i < 50; ++i)
        astral_text += "\xf0\x9f\x98\x80";
    std::string const astral = astral_text;
    std::string const angles(200, '<');
    pd::extension const ext[] = {{"other", R"(["\u00e9","<<<<"])"}};
    for (std::string const* s : {&controls, &astral, &angles}) {
        pd::typed_problem_view<kitchen_sink> p;
        p.title = *s;
        p.detail = *s;
        p.instance = *s;
        p.ext.name = *s;
        p.ext.count = -9223372036854775807 - 1;
        p.ext.ratio = -2.2250738585072014e-308;
        p.ext.f = 3.4028235e38f;
        p.ext.note = *s;
        p.ext.maybe = -2147483647 - 1;
        p.ext.where = {-2147483647 - 1, -2147483647 - 1};
        p.ext.points.try_push_back({-1, -1});
        p.ext.tags.try_push_back(*s);
        p.ext.tags.try_push_back({});
        p.ext.labels.emplace();
        p.ext.labels->try_push_back({*s, test_types::point{1, 2}});
        p.ext.labels->try_push_back({{}, std::nullopt});
        p.extensions = pd::extension_list(ext);
        for (pd::serialize_options opt :
             {pd::serialize_options{}, pd::serialize_options{.escape_non_ascii = true},
              pd::serialize_options{.html_safe = true}}) {
            std::string const out = write_checked(p, opt);
            BOOST_TEST(pd::detail::typed_size_bound(p).value() >= out.size());
        }
    }
}

// Typed problems plug into Boost.JSON's conversions (value_from, and
// value_to for the owning flavour), so they can sit inside larger values.
BOOST_AUTO_TEST_CASE(boost_json_value_from_and_value_to) {
    std::string const body = test_support::payload_body("faq-validation-error.json");
    std::array<char, 4096> scratch;
    auto const view =
        pd::parse_typed_view<vipps::validation_error>(body, scratch, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(view.has_value());
    boost::json::value const jv = boost::json::value_from(*view);
    BOOST_TEST(jv == json_of(pd::to_json(*view)));
    BOOST_TEST(jv.at("extraDetails").as_array().size() == 2u);
    BOOST_TEST(jv.at("status") == 400);

    // Owning: there and back, and inside a larger value.
    auto const owned =
        pd::parse_typed<vipps::owning::validation_error>(body, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(owned.has_value());
    std::vector<pd::typed_problem<vipps::owning::validation_error>> const list{*owned, *owned};
    boost::json::value const arr = boost::json::value_from(list);
    BOOST_TEST(arr.as_array().size() == 2u);
    BOOST_TEST(arr.as_array()[1] == jv);
    auto const back = boost::json::value_to<pd::typed_problem<vipps::owning::validation_error>>(
        arr.as_array()[0]);
    BOOST_TEST((back == *owned));
    // Not an object, another type, a wrong shape: system_error with our codes.
    auto code_of = [](boost::json::value const& v) {
        try {
            (void)boost::json::value_to<pd::typed_problem<vipps::owning::validation_error>>(v);
        } catch (boost::system::system_error const& e) {
            return e.code();
        }
        return boost::system::error_code{};
    };
    BOOST_TEST((code_of(boost::json::value(42)) == error::not_an_object));
    BOOST_TEST(
        (code_of(json_of(R"({"type":"https://example.com/other"})")) == error::type_mismatch));
    BOOST_TEST(
        (code_of(json_of(
             R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
             R"("extraDetails":7})")) == error::member_wrong_type));
    // Invalid UTF-8 cannot be written: value_from throws what serialize reports.
    pd::typed_problem_view<vipps::validation_error> bad;
    bad.detail = "\xff";
    BOOST_CHECK_EXCEPTION((void)boost::json::value_from(bad), boost::system::system_error,
                          [](auto const& e) { return e.code() == error::invalid_utf8_in_value; });
}

namespace {

/// Writes with serialize_xml: the size is exact, the buffer limits hold and
/// nothing is allocated (for types whose members allocate nothing).
template <class P>
std::string write_xml_checked(P const& p, pd::xml_options opt = {}) {
    std::size_t const n = pd::xml_serialized_size(p, opt);
    BOOST_TEST_REQUIRE(n > 0u);
    std::vector<char> buf(n + 8, '#');
    std::size_t allocations;
    pd::result<std::size_t> r;
    {
        test_support::allocation_scope scope;
        r = pd::serialize_xml(p, std::span<char>(buf.data(), n), opt);
        allocations = scope.count();
    }
    BOOST_TEST(allocations == 0u);
    BOOST_TEST_REQUIRE(r.has_value(), r.error().message());
    BOOST_TEST(*r == n);
    BOOST_TEST(std::string(buf.data() + n, 8) == "########");
    auto const s = pd::serialize_xml(p, std::span<char>(buf.data(), n - 1), opt);
    BOOST_TEST((s.error() == error::buffer_too_small));
    std::string text(buf.data(), n);
    BOOST_TEST(pd::to_xml(p, opt) == text);
    return text;
}

} // namespace

BOOST_AUTO_TEST_CASE(xml_is_the_xml_of_the_json) {
    // A typed problem's XML is the XML of the untyped problem its JSON
    // reads back as: the same writer, the typed members where the JSON has them.
    std::array<char, 4096> scratch, scratch2;
    auto const typed = pd::parse_typed_view<kitchen_sink>(test_types::kitchen_sink_json, scratch);
    BOOST_TEST_REQUIRE(typed.has_value());
    std::string const xml = write_xml_checked(*typed);
    std::string const json = pd::to_json(*typed);
    auto const untyped = pd::parse_view(json, scratch2);
    BOOST_TEST_REQUIRE(untyped.has_value());
    BOOST_TEST(xml == pd::to_xml(*untyped));
    // An absent optional member is left out (L1's "at"; "note", null in the
    // input); raw unknown members are converted as RFC 9457 Appendix B says.
    BOOST_TEST(xml.find("<labels><i><label>L1</label></i><i><label>L2</label><at><x>5</x><y>6</y></"
                        "at></i></labels>") != std::string::npos);
    BOOST_TEST(xml.find("<note>") == std::string::npos);
    BOOST_TEST(xml.find("<unknown><kept><i>true</i><i></i></kept></unknown>") != std::string::npos);

    // Owning: the same document.
    auto const owned = pd::parse_typed<owned_kitchen_sink>(test_types::kitchen_sink_json);
    BOOST_TEST_REQUIRE(owned.has_value());
    std::size_t const n = pd::xml_serialized_size(*owned);
    std::string const owned_xml = pd::to_xml(*owned);
    BOOST_TEST(owned_xml.size() == n);
    auto const reread = pd::parse(pd::to_json(*owned));
    BOOST_TEST_REQUIRE(reread.has_value());
    BOOST_TEST(owned_xml == pd::to_xml(*reread));

    // The FAQ's example as a Vipps typed problem, without the declaration.
    std::string const faq =
        test_support::payload_body("faq-validation-error.json"); // the view's input
    auto const vipps_problem =
        pd::parse_typed_view<vipps::validation_error>(faq, scratch, {.mode = parse_mode::lenient});
    BOOST_TEST_REQUIRE(vipps_problem.has_value());
    std::string const v = write_xml_checked(*vipps_problem, {.declaration = false});
    BOOST_TEST(v.starts_with(R"(<problem xmlns="urn:ietf:rfc:7807"><type>)"));
    BOOST_TEST(v.find("<extraDetails><i><name>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(xml_errors) {
    pd::typed_problem_view<kitchen_sink> p;
    p.ext.name = "\xff";
    BOOST_TEST(pd::xml_serialized_size(p) == 0u);
    std::array<char, 1024> buf;
    BOOST_TEST((pd::serialize_xml(p, buf).error() == error::invalid_utf8_in_value));
    BOOST_CHECK_THROW(pd::to_xml(p), boost::system::system_error);
    // An unknown member named like a typed one, or like a written standard member.
    pd::typed_problem_view<kitchen_sink> q;
    pd::extension const typed_name[] = {{"count", "1"}};
    q.extensions = pd::extension_list(typed_name);
    BOOST_TEST((pd::serialize_xml(q, buf).error() == error::conflicting_member));
    pd::extension const detail_name[] = {{"detail", R"("x")"}};
    q.extensions = pd::extension_list(detail_name);
    q.detail = "set";
    BOOST_TEST((pd::serialize_xml(q, buf).error() == error::conflicting_member));
    // ... but an unknown "title" stands in for an empty title, as in JSON.
    pd::extension const title_name[] = {{"title", "42"}};
    q.extensions = pd::extension_list(title_name);
    q.detail = {};
    q.title = {};
    auto const written = pd::serialize_xml(q, buf);
    BOOST_TEST_REQUIRE(written.has_value());
    std::string_view const text(buf.data(), *written);
    BOOST_TEST(text.find("<title>42</title>") != std::string_view::npos);
    BOOST_TEST(text.find("Everything") == std::string_view::npos);
}

// Issue 17: a built problem wrote type,status,title and a typed one
// type,title,status. Every writer (JSON and XML; built, owning, parsed view,
// typed view and owning, validation) uses RFC 9457's order: type, status,
// title, detail, instance, then extensions.
namespace {
void check_rfc_order(std::string const& out, bool xml) {
    std::size_t last = 0;
    for (char const* name : {"type", "status", "title", "detail", "instance"}) {
        std::string const key =
            xml ? "<" + std::string(name) + ">" : "\"" + std::string(name) + "\":";
        std::size_t const at = out.find(key);
        BOOST_TEST_REQUIRE(at != std::string::npos, name << " missing from " << out);
        BOOST_TEST(at >= last, name << " out of order in " << out);
        last = at;
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(every_writer_writes_rfc_member_order) {
    pd::problem const built =
        pd::make_problem(http_status::not_found).detail("d").instance("/i").extension("x", 1);
    pd::problem const typed_built =
        pd::make_problem<vipps::validation_error>().detail("d").instance("/i");
    std::vector<char> scratch(4096);
    auto const view = pd::parse_view(
        R"({"x":1,"instance":"/i","detail":"d","title":"t","status":404,"type":"https://e/p"})",
        scratch);
    BOOST_TEST_REQUIRE(view.has_value());

    pd::typed_problem_view<vipps::validation_error> tv;
    tv.detail = "d";
    tv.instance = "/i";
    pd::typed_problem_view<vipps::validation_error> tv_other =
        tv; // not the prefix's status and title
    tv_other.status = http_status::unprocessable_content;
    tv_other.title = "Other";
    pd::typed_problem_view<vipps::validation_error> tv_status =
        tv; // the prefix's title, another status
    tv_status.status = http_status::conflict;
    pd::typed_problem<vipps::validation_error> towned;
    towned.detail = "d";
    towned.instance = "/i";

    pd::validation_problem_view vp;
    vp.base.detail = "d";
    vp.base.instance = "/i";

    for (std::string const& out :
         {pd::to_json(built), pd::to_json(typed_built), pd::to_json(*view),
          pd::to_json(pd::problem(*view)), pd::to_json(tv), pd::to_json(tv_other),
          pd::to_json(tv_status), pd::to_json(towned), pd::to_json(vp),
          pd::to_json(tv, {.escape_non_ascii = true})})
        check_rfc_order(out, false);
    for (std::string const& out : {pd::to_xml(built), pd::to_xml(*view), pd::to_xml(vp)})
        check_rfc_order(out, true);
    // The typed writer's one-copy prefix is in that order too.
    BOOST_TEST(pd::to_json(tv).starts_with(
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","status":400,)"
        R"("title":"Your request parameters didn't validate.","detail":"d","instance":"/i")"));
    BOOST_TEST(pd::to_json(tv_status).starts_with(
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","status":409,)"
        R"("title":"Your request parameters didn't validate.","detail")"));
}

// Issue 17: {"title":""} was written back without title. A typed view keeps
// an empty member its document had, too; an absent title is the type's.
BOOST_AUTO_TEST_CASE(typed_view_keeps_empty_members) {
    std::vector<char> scratch(4096);
    std::string const doc =
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
        R"("status":400,"title":"","detail":"","instance":"","extraDetails":[]})";
    for (auto mode : {parse_mode::rfc, parse_mode::lenient}) {
        auto const v = pd::parse_typed_view<vipps::validation_error>(doc, scratch, {.mode = mode});
        BOOST_TEST_REQUIRE(v.has_value(), v.error().message());
        BOOST_TEST(pd::to_json(*v) ==
                   R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
                   R"("status":400,"title":"","detail":"","instance":"","extraDetails":[]})");
        // The XML writer keeps them too, as the JSON one does.
        BOOST_TEST(
            pd::to_xml(*v).find(
                "<status>400</status><title></title><detail></detail><instance></instance>") !=
            std::string::npos);
    }
    // An owning typed problem's empty strings are absent, in JSON and XML.
    pd::typed_problem<vipps::validation_error> owned;
    BOOST_TEST(pd::to_xml(owned).find("<detail>") == std::string::npos);
    BOOST_TEST(pd::to_xml(owned).find("<title>Your request parameters didn") != std::string::npos);
    BOOST_TEST(pd::to_json(owned).find("\"detail\"") == std::string::npos);
    auto const absent = pd::parse_typed_view<vipps::validation_error>(
        R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","extraDetails":[]})",
        scratch);
    BOOST_TEST_REQUIRE(absent.has_value());
    BOOST_TEST(pd::to_json(*absent) ==
               R"({"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error",)"
               R"("title":"Your request parameters didn't validate.","extraDetails":[]})");
}

// The typed fuzzer's finding (fuzzing/old_crashes/typed-empty-title-owning.json):
// a document's "title":"" is kept by the view and read as absent by the
// owning typed problem, which then writes the type's own title. Documented
// (typed_problem.hpp); the fuzzer compares the two with that in mind.
BOOST_AUTO_TEST_CASE(owning_typed_problem_writes_the_types_title_for_an_empty_one) {
    std::string const doc =
        R"({"type":"https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors",)"
        R"("title":"","traceId":"77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c"})";
    std::vector<char> scratch(pd::scratch_bound(doc));
    auto const view = pd::parse_typed_view<vipps::epayment_error>(doc, scratch);
    BOOST_TEST_REQUIRE(view.has_value(), view.error().message());
    BOOST_TEST(pd::to_json(*view) == doc);
    auto const owned = pd::parse_typed<vipps::owning::epayment_error>(doc);
    BOOST_TEST_REQUIRE(owned.has_value(), owned.error().message());
    BOOST_TEST(owned->title.empty());
    BOOST_TEST(pd::to_json(*owned) ==
               R"({"type":"https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors",)"
               R"("title":"ePayment API error","traceId":"77b9a8e6-4a5b-4e7e-9a3c-1f2d3e4a5b6c"})");
}

// to_json writes a typed problem whose output certainly fits its stack
// buffer once, there, and tries or counts any other (the paths the view
// test tells apart): the same text and the same errors either way, on
// both sides of the bound.
BOOST_AUTO_TEST_CASE(to_json_stack_and_counted_paths_agree) {
    bool saw_stack = false, saw_counted = false;
    std::string const piece = "a\"\n\xc3\xa9<\x01"; // 7 bytes, 15 written
    for (std::size_t len = 0; len < 900; len += 7) {
        std::string text;
        while (text.size() < len)
            text += piece;
        for (std::string const& detail : {text, text + "\xff"}) {
            pd::typed_problem_view<vipps::validation_error> p;
            p.detail = detail;
            p.ext.extraDetails.try_push_back({"amount", "Must be positive"});
            bool const stack = pd::detail::typed_size_bound(p).fits(pd::detail::to_json_stack_size);
            (stack ? saw_stack : saw_counted) = true;
            std::size_t const n = pd::serialized_size(p);
            std::vector<char> buf(n + 1);
            auto const r = pd::serialize(p, buf);
            if (r) {
                BOOST_TEST(pd::to_json(p) == std::string_view(buf.data(), *r),
                           "stack path: " << stack);
                continue;
            }
            try {
                (void)pd::to_json(p);
                BOOST_TEST(false, "to_json did not throw for " << r.error().message());
            } catch (boost::system::system_error const& e) {
                BOOST_TEST(e.code() == r.error(), "stack path: " << stack);
            }
        }
    }
    BOOST_TEST(saw_stack);
    BOOST_TEST(saw_counted);
}
