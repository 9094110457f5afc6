// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

#include <problem_details/type_page.hpp>

#define BOOST_TEST_MODULE type_page
#include "support/test_preamble.hpp"

#include "support/typed_types.hpp"

#include <problem_details/vipps/documentation.hpp>

#include <string>
#include <string_view>

using namespace test_types;

namespace {

constexpr bool has(std::string_view text, std::string_view part) noexcept {
    return text.find(part) != std::string_view::npos;
}

// Built at compile time.
constexpr std::string_view retry_page = pd::type_page_text<retry_later>();
static_assert(pd::type_page_size<retry_later>() == retry_page.size());
static_assert(retry_page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
static_assert(has(retry_page, "<title>Retry &lt;later&gt; &amp; see</title>"));
static_assert(has(retry_page, "<dt>Status</dt><dd>503 Service Unavailable (always)</dd>"));
static_assert(has(retry_page, "<tr><td><code>retry-after</code></td><td>integer (0 to "
                              "4294967295)</td><td>required</td></tr>"));
static_assert(!has(retry_page, "<script"));

} // namespace

BOOST_AUTO_TEST_CASE(title_status_description_members) {
    std::string_view const page = pd::type_page_text<retry_later>();
    BOOST_TEST(has(page, "<h1>Retry &lt;later&gt; &amp; see</h1>"));
    BOOST_TEST(has(page, "<code>urn:example:retry-later</code>"));
    BOOST_TEST(has(page, "<p>The service is overloaded; retry after `retry-after` seconds.</p>"));
    BOOST_TEST(has(page,
                   "<tr><td><code>hot_spots</code></td><td>array of object (at most 2) or null</td>"
                   "<td>optional</td></tr>"));
    BOOST_TEST(has(page, "<tr><td><code>hot_spots[].x</code></td>"));
    // A URN has no path to serve a schema at: no link.
    BOOST_TEST(!has(page, "schema.json"));
    BOOST_TEST(page.ends_with("</html>\n"));
}

BOOST_AUTO_TEST_CASE(nested_members_as_paths) {
    std::string_view const page = pd::type_page_text<kitchen_sink>();
    BOOST_TEST(has(
        page,
        "<dt>Status</dt><dd>422 Unprocessable Content (unless the document says otherwise)</dd>"));
    BOOST_TEST(has(page, "<tr><td><code>where.x</code></td><td>integer (-2147483648 to "
                         "2147483647)</td><td>required</td></tr>"));
    BOOST_TEST(has(page, "<tr><td><code>labels[].at.y</code></td>"));
    BOOST_TEST(
        has(page,
            "<tr><td><code>labels[].at</code></td><td>object or null</td><td>optional</td></tr>"));
    BOOST_TEST(has(page, "<tr><td><code>tags</code></td><td>array of string (at most "
                         "3)</td><td>required</td></tr>"));
    BOOST_TEST(has(page, "<title>Everything &quot;at once&quot;</title>"));
    BOOST_TEST(has(page, "<link rel=\"describedby\" type=\"application/schema+json\" "
                         "href=\"kitchen-sink.schema.json\">"));
    BOOST_TEST(has(page, "<a href=\"kitchen-sink.schema.json\">"));
    // No description: no paragraph for it.
    BOOST_TEST(!has(page, "<p></p>"));
}

BOOST_AUTO_TEST_CASE(no_members) {
    std::string_view const page = pd::type_page_text<plain_problem>();
    BOOST_TEST(has(page, "<p>None: the standard members only."));
    BOOST_TEST(!has(page, "<table>"));
}

BOOST_AUTO_TEST_CASE(vipps_pages) {
    for (auto const& t : pd::vipps::published_types) {
        BOOST_TEST_CONTEXT(t.name) {
            BOOST_TEST(t.page.starts_with("<!DOCTYPE html>"));
            BOOST_TEST(has(t.page, "developer.vippsmobilepay.com"));
        }
    }
    std::string_view const page = pd::type_page_text<pd::vipps::owning::validation_error>();
    BOOST_TEST(has(
        page,
        "<tr><td><code>extraDetails[].reason</code></td><td>string</td><td>required</td></tr>"));
    BOOST_TEST(has(
        page,
        "<tr><td><code>extraDetails</code></td><td>array of object</td><td>required</td></tr>"));
}
