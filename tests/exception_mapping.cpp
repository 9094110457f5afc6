// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#include <problem_details/exception_mapping.hpp>

#define BOOST_TEST_MODULE exception_mapping
#include "support/test_preamble.hpp"

#include <problem_details/serialize.hpp>

#include <boost/system/system_error.hpp>

#include <stdexcept>
#include <string>
#include <system_error>

using pd::http_status;

namespace {
struct base_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct derived_error : base_error {
    using base_error::base_error;
};
struct most_derived_error : derived_error {
    using derived_error::derived_error;
};
struct not_std {}; // not derived from std::exception
struct out_of_credit {
    static constexpr std::string_view type_uri = "https://example.com/probs/out-of-credit";
    static constexpr http_status default_status = http_status::forbidden;
    static constexpr std::string_view title = "You do not have enough credit.";
};

template <class F>
pd::problem caught(pd::exception_mapper const& m, F throw_it) {
    try {
        throw_it();
    } catch (...) {
        return m.to_problem(std::current_exception());
    }
    return {};
}

constexpr char secret[] = "SELECT * FROM users WHERE password='hunter2' -- db01.internal:5432";
} // namespace

BOOST_AUTO_TEST_CASE(unknown_exceptions_are_500s_that_do_not_leak_what) {
    pd::exception_mapper const m;
    for (auto const& p :
         {caught(m, [] { throw std::runtime_error(secret); }),
          caught(m, [] { throw std::logic_error(secret); }),
          caught(m, [] { throw base_error(secret); }), caught(m, [] { throw not_std{}; }),
          caught(m, [] { throw 42; }), m.to_problem(std::runtime_error(secret)),
          m.to_problem(std::exception_ptr{})}) {
        BOOST_TEST((p.status == http_status::internal_server_error));
        BOOST_TEST(p.type == "about:blank");
        BOOST_TEST(p.title == "Internal Server Error");
        BOOST_TEST(p.detail.empty());
        BOOST_TEST(p.extensions.empty());
        std::string const json = pd::to_json(p);
        BOOST_TEST(json.find("hunter2") == std::string::npos);
        BOOST_TEST(json.find("SELECT") == std::string::npos);
        BOOST_TEST(json ==
                   R"({"type":"about:blank","status":500,"title":"Internal Server Error"})");
    }
    // Mapped to a 5xx status: no what() either.
    pd::exception_mapper m2;
    m2.map<base_error>(http_status::service_unavailable);
    auto const p = caught(m2, [] { throw base_error(secret); });
    BOOST_TEST((p.status == http_status::service_unavailable));
    BOOST_TEST(p.detail.empty());
}

BOOST_AUTO_TEST_CASE(the_development_flag_opts_in_to_what) {
    pd::exception_mapper m({.include_exception_details = true});
    BOOST_TEST(m.options().include_exception_details);
    BOOST_TEST(caught(m, [] { throw std::runtime_error(secret); }).detail == secret);
    BOOST_TEST(m.to_problem(std::logic_error("x")).detail == "x");
    BOOST_TEST(!caught(m, [] { throw 42; }).detail.empty());
    m.set_options({});
    BOOST_TEST(caught(m, [] { throw std::runtime_error(secret); }).detail.empty());
}

BOOST_AUTO_TEST_CASE(types_map_to_statuses_problem_types_and_functions) {
    pd::exception_mapper m;
    m.map<std::invalid_argument>(http_status::bad_request, true)
        .map<not_std, out_of_credit>()
        .map<std::out_of_range>([](std::out_of_range const& e) {
            return pd::make_problem(http_status::not_found)
                .detail(e.what())
                .extension("hint", "check the id");
        });
    auto const a = caught(m, [] { throw std::invalid_argument("amount must be positive"); });
    BOOST_TEST((a.status == http_status::bad_request));
    BOOST_TEST(a.title == "Bad Request");
    BOOST_TEST(a.detail == "amount must be positive");
    auto const b = caught(m, [] { throw not_std{}; });
    BOOST_TEST(b.type == "https://example.com/probs/out-of-credit");
    BOOST_TEST((b.status == http_status::forbidden));
    auto const c = caught(m, [] { throw std::out_of_range("no order 42"); });
    BOOST_TEST((c.status == http_status::not_found));
    BOOST_TEST(c.extensions.at("hint").as_string() == "check the id");
    // The reference overload sees the dynamic type.
    std::out_of_range const oor("no order 7");
    std::exception const& ref = oor;
    BOOST_TEST(m.to_problem(ref).detail == "no order 7");
}

BOOST_AUTO_TEST_CASE(the_most_derived_mapping_wins_whatever_the_order) {
    auto check = [](pd::exception_mapper const& m) {
        BOOST_TEST((caught(m, [] { throw most_derived_error("x"); }).status == http_status::gone));
        BOOST_TEST((caught(m, [] { throw derived_error("x"); }).status == http_status::not_found));
        BOOST_TEST((caught(m, [] { throw base_error("x"); }).status == http_status::conflict));
        BOOST_TEST(
            (caught(m, [] { throw std::runtime_error("x"); }).status == http_status::bad_gateway));
        BOOST_TEST((m.to_problem(most_derived_error("x")).status == http_status::gone));
        BOOST_TEST((m.to_problem(derived_error("x")).status == http_status::not_found));
    };
    pd::exception_mapper a; // bases first
    a.map<std::runtime_error>(http_status::bad_gateway)
        .map<base_error>(http_status::conflict)
        .map<derived_error>(http_status::not_found)
        .map<most_derived_error>(http_status::gone);
    check(a);
    pd::exception_mapper b; // derived first
    b.map<most_derived_error>(http_status::gone)
        .map<derived_error>(http_status::not_found)
        .map<base_error>(http_status::conflict)
        .map<std::runtime_error>(http_status::bad_gateway);
    check(b);
    pd::exception_mapper c; // mixed
    c.map<base_error>(http_status::conflict)
        .map<most_derived_error>(http_status::gone)
        .map<std::runtime_error>(http_status::bad_gateway)
        .map<derived_error>(http_status::not_found);
    check(c);
    // Registering a type again replaces its mapping.
    c.map<derived_error>(http_status::locked);
    BOOST_TEST((caught(c, [] { throw derived_error("x"); }).status == http_status::locked));
}

BOOST_AUTO_TEST_CASE(error_codes_of_the_library_and_of_http_status) {
    pd::exception_mapper const m;
    auto const a = m.to_problem(pd::make_error_code(http_status::not_found));
    BOOST_TEST((a.status == http_status::not_found));
    BOOST_TEST(a.title == "Not Found");
    BOOST_TEST(a.detail.empty()); // the message is the title: not repeated
    auto const b = caught(m, [] {
        throw boost::system::system_error(pd::make_error_code(http_status::too_many_requests));
    });
    BOOST_TEST((b.status == http_status::too_many_requests));
    // The library's own category: the client's bad document is a 400 whose
    // detail says what was wrong; the server's own mistake a bare 500.
    auto const c = caught(
        m, [] { throw boost::system::system_error(pd::make_error_code(pd::error::syntax)); });
    BOOST_TEST((c.status == http_status::bad_request));
    BOOST_TEST(c.detail == pd::make_error_code(pd::error::syntax).message());
    BOOST_TEST((m.to_problem(pd::make_error_code(pd::error::document_too_large)).status ==
                http_status::content_too_large));
    auto const d = m.to_problem(pd::make_error_code(pd::error::buffer_too_small));
    BOOST_TEST((d.status == http_status::internal_server_error));
    BOOST_TEST(d.detail.empty());
    BOOST_TEST((pd::default_status_of(pd::error::invalid_utf8_in_value) ==
                http_status::internal_server_error));
}

BOOST_AUTO_TEST_CASE(other_categories) {
    pd::exception_mapper m;
    // Unregistered: a 500, no message.
    auto const a = caught(m, [] {
        throw std::system_error(std::make_error_code(std::errc::permission_denied), secret);
    });
    BOOST_TEST((a.status == http_status::internal_server_error));
    BOOST_TEST(a.detail.empty());
    BOOST_TEST(
        (m.to_problem(boost::system::error_code(5, boost::system::generic_category())).status ==
         http_status::internal_server_error));
    // Registered: std and Boost categories, by status or by function.
    m.map_category(std::generic_category(), http_status::forbidden)
        .map_category(boost::system::system_category(), [](pd::error_code const& ec) {
            return pd::make_problem(http_status::service_unavailable)
                .extension("errno", ec.value());
        });
    auto const b = caught(m, [] {
        throw std::system_error(std::make_error_code(std::errc::permission_denied), secret);
    });
    BOOST_TEST((b.status == http_status::forbidden));
    BOOST_TEST(
        b.detail ==
        std::make_error_code(std::errc::permission_denied).message()); // 4xx: the code's message
    BOOST_TEST(b.detail.find("hunter2") == std::string::npos);
    auto const c = m.to_problem(boost::system::error_code(11, boost::system::system_category()));
    BOOST_TEST((c.status == http_status::service_unavailable));
    BOOST_TEST(c.extensions.at("errno").as_int64() == 11);
    // A category mapping beats a type mapping of a base of system_error.
    m.map<std::runtime_error>(http_status::bad_gateway);
    BOOST_TEST((caught(m, [] {
                    throw boost::system::system_error(pd::make_error_code(http_status::gone));
                }).status == http_status::gone));
    BOOST_TEST(
        (caught(m, [] { throw std::runtime_error("x"); }).status == http_status::bad_gateway));
    // Overriding the library's default for http_status codes.
    m.map_category(pd::http_status_category(), http_status::bad_request);
    BOOST_TEST(
        (m.to_problem(pd::make_error_code(http_status::gone)).status == http_status::bad_request));
}
