// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// Issue 14, item 6: field errors in one form. Every shape an error body
// uses for "this field was wrong" reads as {field, message, code}, the real
// bodies that carry them give the pairs they say, what
// validation_problem_builder writes reads back to what it was given, and
// nothing allocates or crashes, whatever the input.
#include <problem_details/field_errors.hpp>

#define BOOST_TEST_MODULE field_errors
#include "support/test_preamble.hpp"

#include "support/alloc_counter.hpp"
#include "support/payloads.hpp"

#include <problem_details/classify.hpp>
#include <problem_details/parse.hpp>
#include <problem_details/validation_problem.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <ostream>
#include <random>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

using pd::error;
using test_support::allocation_scope;

static_assert(std::ranges::forward_range<pd::field_error_range>);
static_assert(std::ranges::sized_range<pd::field_error_range>);
static_assert(std::forward_iterator<pd::field_error_range::iterator>);

namespace {

/// An owning copy of a field error, for comparisons that outlive the scratch.
struct fe {
    std::string field, message, code;
    friend bool operator==(fe const&, fe const&) = default;
    [[maybe_unused]] friend std::ostream& operator<<(std::ostream& os, fe const& e) {
        return os << '{' << e.field << " | " << e.message << " | " << e.code << '}';
    }
};
using fes = std::vector<fe>;

fes copy(pd::field_error_range const& r) {
    fes out;
    for (auto const& e : r)
        out.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
    return out;
}

fes copy(std::vector<pd::owned_field_error> const& v) {
    fes out;
    for (auto const& e : v)
        out.push_back({e.field, e.message, e.code});
    return out;
}

/// The field errors of the owning copy of `p` are those of the view.
void check_owning(pd::problem_view const& p, fes const& of_view) {
    BOOST_TEST(copy(pd::field_errors(pd::problem(p))) == of_view);
}

/// The field errors of a problem document (lenient, as an SDK reads); the
/// owning problem's are checked to be the same.
fes of_problem(std::string_view body) {
    std::array<char, 8192> scratch{};
    std::array<char, 4096> strings{};
    auto const p = pd::parse_view(body, scratch, {.mode = pd::parse_mode::lenient});
    BOOST_TEST_REQUIRE(p.has_value(), body);
    auto const r = pd::field_errors(*p, strings);
    BOOST_TEST_REQUIRE(r.has_value(), body);
    check_owning(*p, copy(*r));
    return copy(*r);
}

/// The field errors of any body, through classification; the owning
/// classification's (a copy, and `classify`'s own) are checked to be the same.
fes of_body(std::string_view body) {
    std::vector<char> scratch(pd::classify_scratch_bound(body));
    std::array<char, 4096> strings{};
    pd::response_view response;
    response.body = body;
    auto const c = pd::classify_view(response, scratch);
    BOOST_TEST_REQUIRE(c.has_value(), body);
    auto const r = pd::field_errors(*c, strings);
    BOOST_TEST_REQUIRE(r.has_value(), body);
    BOOST_TEST(copy(pd::field_errors(pd::classification(*c))) == copy(*r));
    BOOST_TEST(copy(pd::field_errors(pd::classify(response))) == copy(*r));
    return copy(*r);
}

/// A hand-made view with one extension, its raw text anything at all.
pd::problem_view with_extension(pd::extension const* e, std::size_t n) {
    pd::problem_view p;
    p.extensions = pd::extension_list(std::span<pd::extension const>(e, n));
    return p;
}

fes of_raw(std::string_view name, std::string_view raw) {
    pd::extension const e{name, raw};
    auto const p = with_extension(&e, 1);
    std::vector<char> strings(pd::field_errors_scratch_bound(p));
    auto const r = pd::field_errors(p, strings);
    BOOST_TEST_REQUIRE(r.has_value());
    return copy(*r);
}

} // namespace

// --- every shape -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(extra_details_name_reason) {
    BOOST_TEST(of_problem(R"({"title":"t","extraDetails":[{"name":"amount","reason":"too small"},)"
                          R"({"name":"URL","reason":"must be https"}]})") ==
               (fes{{"amount", "too small", ""}, {"URL", "must be https", ""}}));
}

BOOST_AUTO_TEST_CASE(extra_details_field_text) {
    BOOST_TEST(
        of_problem(R"({"extraDetails":[{"field":"productName","text":"must not be empty"}]})") ==
        (fes{{"productName", "must not be empty", ""}}));
}

BOOST_AUTO_TEST_CASE(extra_details_key_value) {
    BOOST_TEST(
        of_problem(
            R"({"extraDetails":[{"key":"CustomErrorCode","value":"9000"},{"key":"n","value":12}]})") ==
        (fes{{"CustomErrorCode", "9000", ""}, {"n", "12", ""}}));
}

BOOST_AUTO_TEST_CASE(invalid_params_both_spellings) {
    BOOST_TEST(of_problem(R"({"invalidParams":[{"name":"amount","reason":"r1"}]})") ==
               (fes{{"amount", "r1", ""}}));
    // RFC 7807's own example (section 3).
    BOOST_TEST(
        of_problem(
            R"({"type":"https://example.net/validation-error","title":"Your request parameters didn't validate.",)"
            R"("invalid-params":[{"name":"age","reason":"must be a positive integer"},)"
            R"({"name":"color","reason":"must be 'green', 'red' or 'blue'"}]})") ==
        (fes{{"age", "must be a positive integer", ""},
             {"color", "must be 'green', 'red' or 'blue'", ""}}));
}

BOOST_AUTO_TEST_CASE(errors_map_one_entry_per_message) {
    BOOST_TEST(
        of_problem(
            R"({"title":"One or more validation errors occurred.","status":400,)"
            R"("errors":{"Transaction.Reference":["The Reference field is required.","Too short."],)"
            R"("Amount":["Must be positive."]}})") ==
        (fes{{"Transaction.Reference", "The Reference field is required.", ""},
             {"Transaction.Reference", "Too short.", ""},
             {"Amount", "Must be positive.", ""}}));
}

BOOST_AUTO_TEST_CASE(errors_map_string_and_object_values) {
    // Maps that give one message as a string, or an object with a message and a code.
    BOOST_TEST(
        of_problem(
            R"({"errors":{"a":"m1","b":{"message":"m2","code":"C2"},"c":{"other":1},"d":[]}})") ==
        (fes{{"a", "m1", ""}, {"b", "m2", "C2"}}));
}

BOOST_AUTO_TEST_CASE(errors_with_json_pointers) {
    // RFC 9457 section 3's example.
    BOOST_TEST(
        of_problem(
            R"({"type":"https://example.net/validation-error","title":"Your request is not valid.",)"
            R"("errors":[{"detail":"must be a positive integer","pointer":"#/age"},)"
            R"({"detail":"must be 'green', 'red' or 'blue'","pointer":"#/profile/color"}]})") ==
        (fes{{"age", "must be a positive integer", ""},
             {"profile/color", "must be 'green', 'red' or 'blue'", ""}}));
}

BOOST_AUTO_TEST_CASE(pointers_are_decoded) {
    auto field = [](std::string_view pointer) {
        std::string const doc =
            R"({"errors":[{"detail":"d","pointer":")" + std::string(pointer) + R"("}]})";
        auto const v = of_problem(doc);
        BOOST_TEST_REQUIRE(v.size() == 1u);
        return v[0].field;
    };
    BOOST_TEST(field("#/age") == "age");
    BOOST_TEST(field("/age") == "age");                   // a plain JSON Pointer
    BOOST_TEST(field("#/first%20name") == "first name");  // percent-encoded in a fragment
    BOOST_TEST(field("/first%20name") == "first%20name"); // not in a plain pointer
    BOOST_TEST(field("#/a~1b/c~0d") == "a/b/c~d");
    BOOST_TEST(field("#/bl%C3%A5") == "bl\xC3\xA5");
    BOOST_TEST(field("#/%FF") == "#/%FF"); // not UTF-8: as written
    BOOST_TEST(field("#/%4") == "#/%4");   // a cut escape: as written
    BOOST_TEST(field("#/a~2") == "#/a~2"); // not a JSON Pointer escape: as written
    BOOST_TEST(field("#") == "#");         // the whole document: as written
    BOOST_TEST(field("age") == "age");     // not a pointer
    BOOST_TEST(field("#/") == "");
    BOOST_TEST(field("#/a\\u007e1b") == "a/b"); // a JSON escape, then the pointer's
}

BOOST_AUTO_TEST_CASE(a_field_beats_a_pointer) {
    BOOST_TEST(of_problem(R"({"errors":[{"pointer":"#/x","field":"y","detail":"d"}]})") ==
               (fes{{"y", "d", ""}}));
}

BOOST_AUTO_TEST_CASE(recurring_v2_array_under_body) {
    BOOST_TEST(
        of_body(R"([{"field":"agreement.status","message":"Cannot charge.",)"
                R"("code":"recurring.core.charges.create.invalid_agreement","contextId":"c-1"},)"
                R"({"field":"amount","message":"Too low.","code":1001}])") ==
        (fes{{"agreement.status", "Cannot charge.",
              "recurring.core.charges.create.invalid_agreement"},
             {"amount", "Too low.", "1001"}}));
}

BOOST_AUTO_TEST_CASE(legacy_arrays_are_not_field_errors) {
    // [{errorGroup, errorCode, errorMessage, contextId}] names no field.
    BOOST_TEST(
        of_body(
            R"([{"errorGroup":"Payment","errorCode":"35","errorMessage":"Requested Order not found"}])")
            .empty());
    // A body array of bare strings or of messages without a field: none either.
    BOOST_TEST(of_body(R"(["a","b"])").empty());
    BOOST_TEST(of_body(R"([{"message":"m","code":"c"}])").empty());
}

BOOST_AUTO_TEST_CASE(bare_messages_and_message_only_objects) {
    // Outside `body`, a list entry with a message and no field is kept, field empty.
    BOOST_TEST(
        of_problem(R"({"errors":["The request is invalid.",{"detail":"no pointer"},42,null]})") ==
        (fes{{"", "The request is invalid.", ""}, {"", "no pointer", ""}}));
}

BOOST_AUTO_TEST_CASE(other_spellings_of_roles) {
    // FluentValidation's {propertyName, errorMessage, errorCode}, a `param`,
    // a `description`; the first listed role wins where an object has several.
    BOOST_TEST(
        of_problem(
            R"({"errors":[{"propertyName":"Email","errorMessage":"Invalid.","errorCode":"EmailValidator"},)"
            R"({"param":"q","description":"missing"},)"
            R"({"name":"amount","reason":"too small","value":"-5","code":"A1","errorCode":"B2"}]})") ==
        (fes{{"Email", "Invalid.", "EmailValidator"},
             {"q", "missing", ""},
             {"amount", "too small", "A1"}}));
}

BOOST_AUTO_TEST_CASE(document_order_and_repeated_members) {
    BOOST_TEST(of_problem(R"({"errors":{"e":["1"]},"extraDetails":[{"name":"x","reason":"2"}],)"
                          R"("invalidParams":[{"name":"y","reason":"3"}]})") ==
               (fes{{"e", "1", ""}, {"x", "2", ""}, {"y", "3", ""}}));
    // A repeated member counts once, where its last occurrence is (as parsers keep it);
    // a repeated key in an object: the last one.
    BOOST_TEST(of_problem(R"({"extraDetails":[{"name":"old","reason":"r"}],"title":"t",)"
                          R"("extraDetails":[{"name":"a","name":"b","reason":"r"}]})") ==
               (fes{{"b", "r", ""}}));
}

BOOST_AUTO_TEST_CASE(escaped_keys_and_values) {
    BOOST_TEST(
        of_problem(
            R"({"extraDetails":[{"n\u0061me":"bel\u00f8p","re\u0061son":"m\u00e5 v\u00e6re \"positiv\""}],)"
            R"("errors":{"Bel\u00f8p":["\u2013 for lavt\n"]}})") ==
        (fes{{"bel\xC3\xB8p", "m\xC3\xA5 v\xC3\xA6re \"positiv\"", ""},
             {"Bel\xC3\xB8p", "\xE2\x80\x93 for lavt\n", ""}}));
}

BOOST_AUTO_TEST_CASE(no_field_errors) {
    BOOST_TEST(of_problem(R"({"title":"t"})").empty());
    BOOST_TEST(of_problem(R"({"extraDetails":[],"errors":{},"invalidParams":null})").empty());
    pd::problem_view const empty;
    auto const r = pd::field_errors(empty, {});
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->empty());
    BOOST_TEST(r->size() == 0u);
    BOOST_TEST((r->begin() == r->end()));
    BOOST_TEST(pd::field_error_range().empty());
}

// --- scratch and iteration ------------------------------------------------------------

BOOST_AUTO_TEST_CASE(scratch_is_needed_only_for_escapes) {
    std::string_view const plain = R"({"extraDetails":[{"name":"amount","reason":"too small"}]})";
    std::string_view const escaped =
        R"({"extraDetails":[{"name":"amount","reason":"for lavt bel\u00f8p"}]})";
    std::array<char, 512> scratch{};
    auto const p = pd::parse_view(plain, scratch);
    BOOST_TEST_REQUIRE(p.has_value());
    auto const r = pd::field_errors(*p, {}); // no scratch at all
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->size() == 1u);
    char const* const at = r->begin()->message.data();
    bool const into_input =
        std::less_equal<>()(plain.data(), at) && std::less<>()(at, plain.data() + plain.size());
    BOOST_TEST(into_input);

    std::array<char, 512> scratch2{};
    auto const q = pd::parse_view(escaped, scratch2);
    BOOST_TEST_REQUIRE(q.has_value());
    auto const none = pd::field_errors(*q, {});
    BOOST_TEST_REQUIRE(none.has_error());
    BOOST_TEST((none.error() == error::scratch_too_small));
    // Decoding needs room for the raw text ("for lavt bel\u00f8p": 19 bytes), and writes
    // fewer (15).
    std::array<char, 19> exact{};
    auto const short_one = pd::field_errors(*q, std::span<char>(exact.data(), 18));
    BOOST_TEST(short_one.has_error());
    auto const fits = pd::field_errors(*q, exact);
    BOOST_TEST_REQUIRE(fits.has_value());
    BOOST_TEST(fits->begin()->message == "for lavt bel\xC3\xB8p");
    BOOST_TEST(pd::field_errors_scratch_bound(*q) >= 19u);
}

// Decoding may write anywhere in a string's room (its raw length), past the
// decoded text: each string keeps its whole room, so decoding an element
// again, long strings and short, leaves the others' kept views as they were.
BOOST_AUTO_TEST_CASE(decoding_an_element_again_leaves_the_others_kept_views) {
    std::string_view const body =
        R"({"errors":{"a":["Ugyldig bel\u00f8p: m\u00e5 v\u00e6re st\u00f8rre\n",)"
        R"("kort\u00e6"],"b":["x\ty\"z\"\u2013\u00e6\u00f8\u00e5 og s\u00e5 videre\n"]}})";
    std::array<char, 1024> scratch{};
    std::array<char, 512> strings{};
    strings.fill('#');
    auto const p = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(p.has_value());
    auto const r = pd::field_errors(*p, strings);
    BOOST_TEST_REQUIRE(r.has_value());
    std::vector<pd::reported_field_error> const kept(r->begin(), r->end());
    fes const want{
        {"a", "Ugyldig bel\xC3\xB8p: m\xC3\xA5 v\xC3\xA6re st\xC3\xB8rre\n", ""},
        {"a", "kort\xC3\xA6", ""},
        {"b", "x\ty\"z\"\xE2\x80\x93\xC3\xA6\xC3\xB8\xC3\xA5 og s\xC3\xA5 videre\n", ""}};
    auto const as_fes = [&] {
        fes got;
        for (auto const& e : kept)
            got.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
        return got;
    };
    BOOST_TEST(as_fes() == want);
    // A fresh iterator decodes the elements again up to the k-th, for k in
    // an order that goes back as well as on: the kept views hold.
    for (std::size_t k : {2u, 0u, 1u, 0u}) {
        auto it = r->begin();
        std::advance(it, static_cast<std::ptrdiff_t>(k));
        BOOST_TEST((*it == kept[k]));
        BOOST_TEST(as_fes() == want);
    }
}

BOOST_AUTO_TEST_CASE(every_element_stays_valid_and_iterators_outlive_the_range) {
    std::string_view const body =
        R"({"errors":{"F\u00f8rst":["\u00e6n","to"],"Andre":["tr\u00e6"]},)"
        R"("extraDetails":[{"name":"x\ty","reason":"\"q\""}]})";
    std::array<char, 1024> scratch{};
    std::array<char, 256> strings{};
    auto const p = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(p.has_value());
    pd::field_error_range::iterator it;
    pd::field_error_range::iterator end;
    std::vector<pd::reported_field_error> kept; // views, not copies
    {
        auto const r = pd::field_errors(*p, strings);
        BOOST_TEST_REQUIRE(r.has_value());
        BOOST_TEST(r->size() == 4u);
        BOOST_TEST(std::ranges::distance(*r) == 4);
        kept.assign(r->begin(), r->end());
        // Iterating again (twice at once) rewrites the same bytes: the kept views hold.
        auto a = r->begin();
        auto b = r->begin();
        ++a;
        BOOST_TEST((*b == kept[0]));
        BOOST_TEST((*a == kept[1]));
        BOOST_TEST((*b++ == kept[0]));
        BOOST_TEST((a == b));
        it = r->begin();
        end = r->end();
    }
    fes const want{{"F\xC3\xB8rst", "\xC3\xA6n", ""},
                   {"F\xC3\xB8rst", "to", ""},
                   {"Andre", "tr\xC3\xA6", ""},
                   {"x\ty", "\"q\"", ""}};
    fes got;
    for (auto const& e : kept)
        got.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
    BOOST_TEST(got == want);
    std::size_t n = 0;
    for (; it != end; ++it, ++n)
        BOOST_TEST((*it == kept[n]));
    BOOST_TEST(n == 4u);
    ++it; // past the end: stays at the end
    BOOST_TEST((it == end));
}

BOOST_AUTO_TEST_CASE(classification_overloads) {
    std::string_view const body = R"({"title":"t","extraDetails":[{"name":"a","reason":"b"}]})";
    std::array<char, 2048> scratch{};
    pd::response_view response;
    response.body = body;
    auto const c = pd::classify_view(response, scratch);
    BOOST_TEST_REQUIRE(c.has_value());
    auto const r = pd::field_errors(*c, {});
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(copy(*r) == (fes{{"a", "b", ""}}));
    BOOST_TEST(pd::field_errors_scratch_bound(*c) == pd::field_errors_scratch_bound(c->problem));

    // The owning classification: classify's, and a copy of the view.
    std::vector<pd::owned_field_error> const owned = pd::field_errors(pd::classify(response));
    BOOST_TEST(owned.size() == 1u);
    BOOST_TEST((owned[0] == pd::owned_field_error{"a", "b", ""}));
    BOOST_TEST((owned[0] == *r->begin()));
    BOOST_TEST((pd::field_errors(pd::classification(*c)) == owned));
    // A Recurring v2 array, kept under `body`.
    response.body = R"([{"field":"agreement.status","message":"not active","code":"x.y"}])";
    BOOST_TEST(copy(pd::field_errors(pd::classify(response))) ==
               (fes{{"agreement.status", "not active", "x.y"}}));
}

// --- the owning problem ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(owning_problem_made_by_hand) {
    pd::problem p;
    p.title = "Bad request";
    BOOST_TEST(pd::field_errors(p).empty());
    p.extensions["traceId"] = "abc";
    p.extensions["errors"] = boost::json::object{{"Amount", boost::json::array{"too low", "odd"}}};
    p.extensions["extraDetails"] = boost::json::array{
        boost::json::object{{"name", "url"}, {"reason", "m\xC3\xA5 \"https\""}, {"code", 1001}}};
    // In the order of p.extensions; a numeric code is its JSON text.
    BOOST_TEST(copy(pd::field_errors(p)) == (fes{{"Amount", "too low", ""},
                                                 {"Amount", "odd", ""},
                                                 {"url", "m\xC3\xA5 \"https\"", "1001"}}));
    // A code that is a double: the shortest text of the number, as to_json writes it.
    p.extensions["extraDetails"] =
        boost::json::array{boost::json::object{{"name", "n"}, {"code", 1.5}}};
    BOOST_TEST(copy(pd::field_errors(p)).back() == (fe{"n", "", "1.5"}));
    // A string that is not UTF-8 (only by hand): that member gives nothing, the others do.
    p.extensions["invalidParams"] =
        boost::json::array{boost::json::object{{"name", "\xff"}, {"reason", "r"}}};
    BOOST_TEST(copy(pd::field_errors(p)) ==
               (fes{{"Amount", "too low", ""}, {"Amount", "odd", ""}, {"n", "", "1.5"}}));
    // A body under `body` that is not an array, and members of other types: nothing.
    pd::problem q;
    q.extensions["body"] = boost::json::object{{"field", "x"}, {"message", "y"}};
    q.extensions["errors"] = 5;
    BOOST_TEST(pd::field_errors(q).empty());
}

BOOST_AUTO_TEST_CASE(owning_problem_keeps_the_order_of_its_object) {
    // A name the document repeats: the view puts it where its last occurrence
    // is; the owning problem's object keeps it where the first was.
    std::string_view const body = R"({"errors":[{"name":"a","reason":"1"}],)"
                                  R"("extraDetails":[{"name":"b","reason":"2"}],)"
                                  R"("errors":[{"name":"c","reason":"3"}]})";
    std::array<char, 2048> scratch{};
    auto const v = pd::parse_view(body, scratch);
    BOOST_TEST_REQUIRE(v.has_value());
    auto const r = pd::field_errors(*v, {});
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(copy(*r) == (fes{{"b", "2", ""}, {"c", "3", ""}}));
    BOOST_TEST(copy(pd::field_errors(pd::problem(*v))) == (fes{{"c", "3", ""}, {"b", "2", ""}}));
}

BOOST_AUTO_TEST_CASE(owning_problem_larger_than_the_stack_scratch) {
    // Enough text for the heap scratch, with escapes to decode.
    std::string body = R"({"title":"t","invalidParams":[)";
    fes want;
    for (int i = 0; i < 200; ++i) {
        body += (i ? "," : "");
        body += R"({"name":"f)" + std::to_string(i) + R"(","reason":"bel\u00f8p \")" +
                std::to_string(i) + R"(\""})";
        want.push_back({"f" + std::to_string(i), "bel\xC3\xB8p \"" + std::to_string(i) + "\"", ""});
    }
    body += "]}";
    BOOST_TEST(of_problem(body) == want); // (of_problem checks the owning problem's too)
    BOOST_TEST(copy(pd::field_errors(pd::parse(body).value())) == want);
}

// --- the real bodies ----------------------------------------------------------------

namespace {

/// What each shared body that carries field errors says; every other body says none.
std::map<std::string, fes> const expected_field_errors = {
    {"real/checkout-400-validation-reference-required.json",
     {{"Transaction.Reference", "The Reference field is required.", ""}}},
    {"real/management-401-unauthorized-problem.json", {{"CustomErrorCode", "9000", ""}}},
    {"real/qr-400-exchange-qrcode-required.json",
     {{"qrCode", "The complete data contained in the QR code is required.", ""}}},
    {"real/recurring-400-v3-validation-error.json", {{"productName", "must not be empty", ""}}},
    {"real/recurring-default-v2-error-array.json",
     {{"agreement.status", "Cannot create a charge for an agreement which is not active.",
       "recurring.core.charges.create.invalid_agreement"}}},
    {"real/webhooks-400-validation-problem.json",
     {{"url", "The property is required and cannot be null or empty.", ""}}},
    {"faq-validation-error.json",
     {{"amount", "Must be a positive integer larger than 100", ""},
      {"URL", "Must use HTTPS and validate according to the API specification", ""}}},
    {"faq-validation-error.min.json",
     {{"amount", "Must be a positive integer larger than 100", ""},
      {"URL", "Must use HTTPS and validate according to the API specification", ""}}},
    {"invalid-params.json", {{"amount", "Must be a positive integer larger than 100", ""}}},
    {"variants/faq-validation-error-escaped.json",
     {{"amount", "Must be a positive integer larger than 100", ""},
      {"URL", "Must use HTTPS and validate according to the API specification", ""}}},
    {"variants/faq-validation-error-escaped.min.json",
     {{"amount", "Must be a positive integer larger than 100", ""},
      {"URL", "Must use HTTPS and validate according to the API specification", ""}}},
};

/// Every body in the shared folder, real/ and variants/ (relative names).
std::vector<std::pair<std::string, std::string>> shared_bodies() {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::string sub : {"", "real", "variants"}) {
        auto const dir =
            sub.empty() ? test_support::payloads_dir() : test_support::payloads_dir() / sub;
        for (auto const& e : std::filesystem::directory_iterator(dir)) {
            auto const ext = e.path().extension().string();
            if (ext != ".json" && ext != ".html" && ext != ".txt")
                continue;
            std::string const name = (sub.empty() ? "" : sub + "/") + e.path().filename().string();
            out.emplace_back(name, test_support::read_file(e.path()));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_shared_body_gives_its_field_errors) {
    auto const bodies = shared_bodies();
    BOOST_TEST(bodies.size() >= 34u); // 11 + 21 real + 2 variants, today
    std::size_t with = 0;
    for (auto const& [name, body] : bodies) {
        BOOST_TEST_CONTEXT(name) {
            auto const it = expected_field_errors.find(name);
            fes const want = it == expected_field_errors.end() ? fes{} : it->second;
            with += it != expected_field_errors.end();
            BOOST_TEST(of_body(body) == want);
            // A problem-shaped body reads the same parsed as a problem, leniently.
            std::array<char, 8192> scratch{};
            if (auto const p = pd::parse_view(body, scratch, {.mode = pd::parse_mode::lenient})) {
                std::array<char, 4096> strings{};
                auto const r = pd::field_errors(*p, strings);
                BOOST_TEST_REQUIRE(r.has_value());
                BOOST_TEST(copy(*r) == want);
                check_owning(*p, want);
            }
        }
    }
    BOOST_TEST(with == expected_field_errors.size()); // 11: none of them is missing
}

BOOST_AUTO_TEST_CASE(reading_them_allocates_nothing) {
    auto const bodies = shared_bodies();
    std::vector<char> scratch(1 << 20);
    std::array<char, 4096> strings{};
    for (auto const& [name, body] : bodies) {
        pd::response_view response;
        response.body = body;
        auto const c = pd::classify_view(response, scratch);
        BOOST_TEST_REQUIRE(c.has_value(), name);
        std::size_t n = 0, bytes = 0;
        allocation_scope scope;
        auto const r = pd::field_errors(*c, strings);
        BOOST_TEST_REQUIRE(r.has_value());
        for (auto const& e : *r) {
            ++n;
            bytes += e.field.size() + e.message.size() + e.code.size();
        }
        std::size_t const bound = pd::field_errors_scratch_bound(*c);
        BOOST_TEST(scope.count() == 0u, name);
        BOOST_TEST(n == r->size());
        BOOST_TEST(bytes <= bound + 4096u); // (keeps the loop's reads)
    }
}

// --- what validation_problem_builder writes reads back ----------------------------------

namespace {

/// Random text: ASCII, the characters JSON and JSON Pointer escape, controls,
/// two-, three- and four-byte UTF-8.
std::string random_text(std::mt19937& rng, std::size_t max_len) {
    static constexpr std::string_view pieces[] = {"a",
                                                  "b",
                                                  "Z",
                                                  "0",
                                                  " ",
                                                  ".",
                                                  "_",
                                                  "-",
                                                  "\"",
                                                  "\\",
                                                  "/",
                                                  "~",
                                                  "%",
                                                  "#",
                                                  "?",
                                                  "\n",
                                                  "\t",
                                                  "\x01",
                                                  "\x1f",
                                                  "\x7f",
                                                  "\xC3\xA6",
                                                  "\xC3\xB8",
                                                  "\xC3\xA5",
                                                  "\xE2\x80\x93",
                                                  "\xE2\x80\xA8",
                                                  "\xEF\xBF\xBD",
                                                  "\xF0\x9F\x98\x80",
                                                  "<",
                                                  ">",
                                                  "&",
                                                  "'",
                                                  "~0",
                                                  "~1",
                                                  "%20"};
    std::uniform_int_distribution<std::size_t> len(0, max_len);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    std::string s;
    for (std::size_t n = len(rng); n > 0; --n)
        s += pieces[pick(rng)];
    return s;
}

} // namespace

BOOST_AUTO_TEST_CASE(property_every_written_shape_reads_back) {
    std::mt19937 rng(14); // fixed: a failure is reproducible
    constexpr pd::field_errors_shape shapes[] = {
        pd::field_errors_shape::extra_details, pd::field_errors_shape::invalid_params,
        pd::field_errors_shape::errors_map, pd::field_errors_shape::errors_pointer};
    std::size_t checked = 0;
    for (int round = 0; round < 2000; ++round) {
        auto const shape = shapes[static_cast<std::size_t>(round) % std::size(shapes)];
        std::uniform_int_distribution<int> count(0, 12);
        std::vector<std::string> names, reasons;
        int const n = count(rng);
        for (int i = 0; i < n; ++i) {
            // Repeated names now and then (the map groups them).
            if (!names.empty() && rng() % 4 == 0)
                names.push_back(names[rng() % names.size()]);
            else
                names.push_back(random_text(rng, 6));
            reasons.push_back(random_text(rng, 10));
        }
        std::string const detail = random_text(rng, 8);
        pd::validation_problem_builder<16> b;
        b.shape(shape).detail(detail);
        for (int i = 0; i < n; ++i)
            b.add(names[static_cast<std::size_t>(i)], reasons[static_cast<std::size_t>(i)]);
        pd::serialize_options opt;
        opt.escape_non_ascii = rng() % 2 == 0;
        opt.html_safe = rng() % 2 == 0;
        std::string const json = pd::to_json(b.view(), opt);

        // What it was given, in the order the shape writes it: the map groups by name.
        fes want;
        if (shape == pd::field_errors_shape::errors_map) {
            std::vector<std::string> order;
            for (auto const& name : names)
                if (std::find(order.begin(), order.end(), name) == order.end())
                    order.push_back(name);
            for (auto const& name : order)
                for (std::size_t i = 0; i < names.size(); ++i)
                    if (names[i] == name)
                        want.push_back({name, reasons[i], ""});
        } else {
            for (std::size_t i = 0; i < names.size(); ++i)
                want.push_back({names[i], reasons[i], ""});
        }

        std::vector<char> scratch(pd::scratch_bound(json));
        auto const p = pd::parse_view(json, scratch);
        BOOST_TEST_REQUIRE(p.has_value(), json);
        std::vector<char> strings(pd::field_errors_scratch_bound(*p));
        std::vector<pd::reported_field_error> views;
        views.reserve(16);
        bool ok = false;
        {
            allocation_scope scope;
            auto const r = pd::field_errors(*p, strings);
            if (r) {
                ok = true;
                views.assign(r->begin(), r->end());
            }
            BOOST_TEST(scope.count() == 0u);
        }
        BOOST_TEST_REQUIRE(ok, json);
        fes got;
        for (auto const& e : views)
            got.push_back({std::string(e.field), std::string(e.message), std::string(e.code)});
        BOOST_TEST(got == want, json);
        BOOST_TEST(copy(pd::field_errors(pd::problem(*p))) == want, json);
        ++checked;
    }
    BOOST_TEST(checked == 2000u);
}

BOOST_AUTO_TEST_CASE(explicit_pointers_read_back_as_their_path) {
    pd::validation_problem_builder<3> b;
    b.shape(pd::field_errors_shape::errors_pointer)
        .field("color", "must be 'green', 'red' or 'blue'", "#/profile/color")
        .field("age", "must be a positive integer")
        .field("first name", "required");
    BOOST_TEST(of_problem(pd::to_json(b.view())) ==
               (fes{{"profile/color", "must be 'green', 'red' or 'blue'", ""},
                    {"age", "must be a positive integer", ""},
                    {"first name", "required", ""}}));
}

// --- hostile input ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(wrong_types_are_skipped) {
    BOOST_TEST(
        of_problem(R"({"extraDetails":5,"invalidParams":"x","invalid-params":true,"errors":null})")
            .empty());
    BOOST_TEST(
        of_problem(R"({"extraDetails":[1,null,true,[],[{"name":"nested"}],{"name":{},"reason":[]},)"
                   R"({"name":null},{"code":"only a code"},{"reason":{"x":1},"name":["a"]}]})")
            .empty());
    BOOST_TEST(
        of_problem(
            R"({"errors":{"a":null,"b":true,"c":[null,{},[],"ok",7],"d":{"x":{"message":"deep"}}}})") ==
        (fes{{"c", "ok", ""}, {"c", "7", ""}}));
    // A field with no message: kept, message empty.
    BOOST_TEST(of_problem(R"({"extraDetails":[{"name":"amount"}]})") == (fes{{"amount", "", ""}}));
}

BOOST_AUTO_TEST_CASE(deep_nesting_and_huge_arrays) {
    std::string deep = R"({"extraDetails":[{"name":"a","reason":"b","junk":)";
    deep += std::string(5000, '[') + std::string(5000, ']');
    deep += R"(},{"name":"c","reason":"d"}]})";
    {
        std::vector<char> scratch(pd::scratch_bound(deep));
        auto const p = pd::parse_view(deep, scratch, {.max_depth = 6000});
        BOOST_TEST_REQUIRE(p.has_value(), p.error().message());
        auto const r = pd::field_errors(*p, {});
        BOOST_TEST_REQUIRE(r.has_value());
        BOOST_TEST(copy(*r) == (fes{{"a", "b", ""}, {"c", "d", ""}}));
    }
    std::string huge = R"({"extraDetails":[)";
    for (int i = 0; i < 100000; ++i)
        huge += i ? R"(,{"name":"f","reason":"r"})" : R"({"name":"f","reason":"r"})";
    huge += "]}";
    std::vector<char> scratch(pd::scratch_bound(huge));
    auto const p =
        pd::parse_view(huge, scratch, {.max_document_size = std::size_t(8) << 20}); // 2.6 MB
    BOOST_TEST_REQUIRE(p.has_value());
    allocation_scope scope;
    auto const r = pd::field_errors(*p, {});
    BOOST_TEST_REQUIRE(r.has_value());
    std::size_t n = 0;
    for (auto const& e : *r)
        n += e.field == "f" && e.message == "r";
    BOOST_TEST(scope.count() == 0u);
    BOOST_TEST(n == 100000u);
    BOOST_TEST(r->size() == 100000u);
}

BOOST_AUTO_TEST_CASE(hand_made_views_that_are_not_json) {
    // What a member gave before its text stopped being JSON is kept; the rest is not read.
    BOOST_TEST(of_raw("extraDetails", R"([{"name":"a","reason":"b"}, garbage])") ==
               (fes{{"a", "b", ""}}));
    BOOST_TEST(of_raw("extraDetails", R"([{"name":"a","reason":"b"})") == (fes{{"a", "b", ""}}));
    BOOST_TEST(of_raw("extraDetails", R"([{"name":"a","reason":"b)").empty());
    BOOST_TEST(of_raw("extraDetails", R"([{"name":"a\x","reason":"b"}])").empty());
    BOOST_TEST(of_raw("errors", R"({"a":["m",)").size() == 1u);
    BOOST_TEST(of_raw("errors", "{").empty());
    BOOST_TEST(of_raw("errors", "[").empty());
    BOOST_TEST(of_raw("errors", "").empty());
    BOOST_TEST(of_raw("errors", "   ").empty());
    BOOST_TEST(of_raw("errors", "[\"\xFF\"]").empty());
    BOOST_TEST(
        of_raw("body", R"({"field":"a","message":"m"})").empty()); // body counts as an array only

    // Every prefix of a document with every shape, and byte flips: never a crash;
    // field_errors counts exactly what iterating yields.
    std::string const full =
        R"([{"name":"a\u00e6","reason":"r\"1","code":7},{"field":"b","text":"t"},"bare",)"
        R"({"pointer":"#/x~1y/%C3%A6","detail":"d"},{"key":"k","value":[1,{"a":[]}]}])";
    std::string const map =
        R"({"F":["m1","m\n2"],"G":"s","H":{"message":"m","code":"c"},"I":[[],{}]})";
    std::mt19937 rng(6);
    std::size_t runs = 0;
    for (std::string const* doc : {&full, &map}) {
        for (std::string_view name : {"errors", "body"}) {
            for (std::size_t cut = 0; cut <= doc->size(); ++cut) {
                std::string const text = doc->substr(0, cut);
                pd::extension const e{name, text};
                auto const p = with_extension(&e, 1);
                std::array<char, 512> strings{};
                auto const r = pd::field_errors(p, strings);
                BOOST_TEST_REQUIRE(r.has_value());
                BOOST_TEST(static_cast<std::size_t>(std::ranges::distance(*r)) == r->size());
                ++runs;
            }
            for (int i = 0; i < 3000; ++i) {
                std::string text = *doc;
                for (int k = 0; k < 3; ++k)
                    text[rng() % text.size()] = static_cast<char>(rng() % 256);
                pd::extension const e{name, text};
                auto const p = with_extension(&e, 1);
                std::vector<char> strings(pd::field_errors_scratch_bound(p));
                auto const r = pd::field_errors(p, strings);
                BOOST_TEST_REQUIRE(r.has_value());
                BOOST_TEST(static_cast<std::size_t>(std::ranges::distance(*r)) == r->size());
                for (auto const& fe : *r)
                    BOOST_TEST(fe.field.size() + fe.message.size() <= text.size());
                ++runs;
            }
        }
    }
    BOOST_TEST(runs > 12000u);
}
