// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_ERROR_HPP
#define PROBLEM_DETAILS_IMPL_ERROR_HPP

#include <boost/json/error.hpp>
#include <boost/system/system_error.hpp>
#include <boost/throw_exception.hpp>

#include <string>

namespace problem_details {
namespace detail {

/** Throws `boost::system::system_error(ec, what)`. Every throw in the library
    goes through boost::throw_exception, so that the library compiles with
    exceptions disabled (BOOST_NO_EXCEPTIONS): there a call reaches the
    program's own `boost::throw_exception`, as in every Boost library, and a
    program that never calls a throwing function needs none. */
[[noreturn]] inline void throw_system_error(boost::system::error_code ec, char const* what) {
    boost::throw_exception(boost::system::system_error(ec, what));
}

inline char const* error_message(int ev) noexcept {
    switch (static_cast<error>(ev)) {
    case error::syntax: return "malformed JSON: unexpected character";
    case error::incomplete: return "malformed JSON: the document ends before the value is complete";
    case error::trailing_data: return "malformed JSON: data after the end of the document";
    case error::invalid_number: return "malformed JSON: invalid number";
    case error::exponent_overflow: return "malformed JSON: a number's exponent is too large";
    case error::control_character:
        return "malformed JSON: a string holds an unescaped control character";
    case error::invalid_escape: return "malformed JSON: invalid escape sequence in a string";
    case error::invalid_surrogate:
        return "malformed JSON: unpaired UTF-16 surrogate in a \\u escape";
    case error::invalid_utf8: return "malformed JSON: the bytes are not valid UTF-8";
    case error::too_deep:
        return "the document nests objects and arrays deeper than the limit "
               "(parse_options::max_depth)";
    case error::document_too_large:
        return "the document is larger than the limit (parse_options::max_document_size)";
    case error::too_many_members:
        return "the problem object has more members than the limit (parse_options::max_members)";
    case error::string_too_long:
        return "a string is longer than the limit (parse_options::max_string_length)";
    case error::not_an_object:
        return "the JSON is valid but its top-level value is not an object, so it is not a problem";
    case error::wrong_type:
        return "a standard problem member has the wrong JSON type (type, title, detail, instance: "
               "string; status: number)";
    case error::status_not_integer: return "\"status\" is a number but not an integer";
    case error::status_out_of_range: return "\"status\" is not an HTTP status code in 100..599";
    case error::relative_type_uri:
        return "\"type\" is a relative URI; RFC 9457 recommends an absolute URI";
    case error::invalid_uri: return "\"type\" or \"instance\" is not a valid URI reference";
    case error::duplicate_member: return "the same member name appears more than once";
    case error::scratch_too_small:
        return "the scratch buffer is too small for the decoded strings (see "
               "parse_diagnostics::required_scratch)";
    case error::buffer_too_small:
        return "the output buffer is too small for the serialized problem (see serialized_size)";
    case error::invalid_utf8_in_value: return "a string given to the writer is not valid UTF-8";
    case error::invalid_extension_value:
        return "an extension member's raw value is not a valid JSON text";
    case error::conflicting_member:
        return "an extension member has the name of a standard member that is also set";
    case error::type_mismatch:
        return "the problem's \"type\" is not the URI of the typed problem asked for";
    case error::missing_member:
        return "an extension member asked for is absent (a required typed member, or one read by "
               "name)";
    case error::member_wrong_type:
        return "an extension member's JSON type does not fit the C++ type asked for";
    case error::value_out_of_range: return "a number does not fit in the C++ type asked for";
    case error::capacity_exceeded:
        return "more elements than a fixed capacity holds (a typed member's array, or a validation "
               "builder's field errors)";
    case error::invalid_status_text:
        return "not an HTTP status code: expected exactly three digits in 100..599";
    case error::unknown_status_name: return "no registered HTTP status has that name";
    case error::invalid_http_message:
        return "not a readable HTTP response (status line or headers)";
    case error::invalid_retry_after: return "Retry-After is neither delta-seconds nor an HTTP-date";
    }
    return "unknown problem_details error";
}

inline condition condition_of(error e) noexcept {
    switch (e) {
    case error::syntax:
    case error::incomplete:
    case error::trailing_data:
    case error::invalid_number:
    case error::exponent_overflow:
    case error::control_character:
    case error::invalid_escape:
    case error::invalid_surrogate:
    case error::invalid_utf8: return condition::malformed_json;
    case error::too_deep:
    case error::document_too_large:
    case error::too_many_members:
    case error::string_too_long: return condition::limit_exceeded;
    case error::not_an_object: return condition::not_a_problem;
    case error::wrong_type:
    case error::status_not_integer:
    case error::status_out_of_range:
    case error::relative_type_uri:
    case error::invalid_uri:
    case error::duplicate_member: return condition::rfc_violation;
    case error::scratch_too_small:
    case error::buffer_too_small: return condition::buffer_too_small;
    case error::invalid_utf8_in_value:
    case error::invalid_extension_value:
    case error::conflicting_member: return condition::invalid_problem;
    case error::type_mismatch:
    case error::missing_member:
    case error::member_wrong_type:
    case error::value_out_of_range:
    case error::capacity_exceeded: return condition::typed_mismatch;
    case error::invalid_status_text:
    case error::unknown_status_name:
    case error::invalid_http_message:
    case error::invalid_retry_after: return condition::invalid_input;
    }
    return condition::invalid_input;
}

class error_category_impl final : public boost::system::error_category {
public:
    // A fixed id makes two copies of this category (one per shared
    // library) compare equal, as Boost.System's own categories do.
    constexpr error_category_impl() noexcept : error_category(0x8d1c4a7e52f30b61ULL) {}

    char const* name() const noexcept override { return "problem_details"; }

    std::string message(int ev) const override { return error_message(ev); }

    char const* message(int ev, char*, std::size_t) const noexcept override {
        return error_message(ev);
    }

    error_condition default_error_condition(int ev) const noexcept override {
        return make_error_condition(condition_of(static_cast<error>(ev)));
    }

    // Malformed JSON also matches Boost.JSON's own parse_error condition,
    // so code written against Boost.JSON keeps working.
    bool equivalent(int ev, error_condition const& cond) const noexcept override {
        if (cond == default_error_condition(ev))
            return true;
        auto const c = condition_of(static_cast<error>(ev));
        if (cond == boost::json::condition::parse_error)
            return c == condition::malformed_json || c == condition::limit_exceeded ||
                   c == condition::not_a_problem;
        return false;
    }
};

class condition_category_impl final : public boost::system::error_category {
public:
    constexpr condition_category_impl() noexcept : error_category(0x8d1c4a7e52f30b62ULL) {}

    char const* name() const noexcept override { return "problem_details.condition"; }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }

    char const* message(int ev, char*, std::size_t) const noexcept override {
        switch (static_cast<condition>(ev)) {
        case condition::malformed_json: return "the input is not well-formed JSON";
        case condition::limit_exceeded: return "a parse limit was exceeded";
        case condition::not_a_problem: return "the JSON is not a problem object";
        case condition::rfc_violation: return "the problem breaks a rule of RFC 9457";
        case condition::buffer_too_small: return "a caller-provided buffer is too small";
        case condition::invalid_problem: return "the problem cannot be written as given";
        case condition::typed_mismatch: return "the document does not match the typed problem";
        case condition::invalid_input: return "a text input could not be read";
        }
        return "unknown problem_details condition";
    }
};

template <class = void>
struct category_holder {
    static constexpr error_category_impl error_instance{};
    static constexpr condition_category_impl condition_instance{};
};

} // namespace detail

inline boost::system::error_category const& error_category() noexcept {
    return detail::category_holder<>::error_instance;
}

inline boost::system::error_category const& condition_category() noexcept {
    return detail::category_holder<>::condition_instance;
}

} // namespace problem_details

#endif
