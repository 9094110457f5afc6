// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_VIPPS_DIAGNOSIS_HPP
#define PROBLEM_DETAILS_VIPPS_DIAGNOSIS_HPP

/// The Vipps MobilePay error FAQ as data: every cause it names, how to
/// recognise it in a response (status, message, legacy errorCode) and what
/// the integrator most likely did wrong. `diagnose` matches a response
/// against it without allocating.

#include <problem_details/classify.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/vipps/diagnosis_catalog.hpp>
#include <problem_details/vipps/legacy_codes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace problem_details::detail {

constexpr bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

/** Whether `pattern` (see diagnosis_entry) matches anywhere in `text`:
    the pattern is matched whole as if written "*pattern*". */
constexpr bool pattern_matches(std::string_view pattern, std::string_view text) noexcept {
    // Classic wildcard matching with one backtrack point, over the virtual
    // pattern '*' + pattern + '*'; '#' takes a maximal run of digits (the
    // catalog never puts a digit right after '#').
    std::size_t const m = pattern.size() + 2;
    auto pat = [&](std::size_t i) { return i == 0 || i == m - 1 ? '*' : pattern[i - 1]; };
    std::size_t t = 0, p = 0, star = std::size_t(-1), mark = 0;
    while (t < text.size()) {
        if (p < m) {
            char const c = pat(p);
            if (c == '*') {
                star = p++;
                mark = t;
                continue;
            }
            if (c == '#' && is_ascii_digit(text[t])) {
                while (t < text.size() && is_ascii_digit(text[t]))
                    ++t;
                ++p;
                continue;
            }
            if (c != '#' && ascii_lower(c) == ascii_lower(text[t])) {
                ++t;
                ++p;
                continue;
            }
        }
        if (star == std::size_t(-1))
            return false;
        p = star + 1;
        t = ++mark;
    }
    while (p < m && pat(p) == '*')
        ++p;
    return p == m;
}

} // namespace problem_details::detail

namespace problem_details::vipps {

/** One match: the entry and how it matched. */
struct finding {
    diagnosis_entry const* entry = nullptr;
    match_kind kind = match_kind::status;

    std::string_view id() const noexcept { return entry->id; }
    std::string_view hint() const noexcept { return entry->hint; }
};

/** What `diagnose` found: a fixed-capacity list, most specific first. */
class diagnosis {
public:
    /// Room for every entry that can match one response.
    static constexpr std::size_t capacity = 16;

    using const_iterator = finding const*;
    using iterator = const_iterator;
    using value_type = finding;

    constexpr const_iterator begin() const noexcept { return items_; }
    constexpr const_iterator end() const noexcept { return items_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr finding const& operator[](std::size_t i) const noexcept { return items_[i]; }
    constexpr finding const& front() const noexcept { return items_[0]; }

    /// Whether an entry with this id was found.
    constexpr bool contains(std::string_view id) const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (items_[i].entry->id == id)
                return true;
        return false;
    }

    /// Adds a finding (ignored when full or already present).
    constexpr void push_back(finding f) noexcept {
        if (size_ == capacity)
            return;
        for (std::size_t i = 0; i < size_; ++i)
            if (items_[i].entry == f.entry)
                return;
        items_[size_++] = f;
    }

private:
    finding items_[capacity] = {};
    std::size_t size_ = 0;
};

namespace detail_diagnose {

constexpr bool message_matches(diagnosis_entry const& e, std::string_view title,
                               std::string_view detail) noexcept {
    for (std::size_t i = 0; i < e.messages.size(); ++i)
        if (!e.messages[i].empty() &&
            (problem_details::detail::pattern_matches(e.messages[i], detail) ||
             problem_details::detail::pattern_matches(e.messages[i], title)))
            return true;
    return false;
}

constexpr bool code_matches(diagnosis_entry const& e, std::string_view code) noexcept {
    for (std::size_t i = 0; i < e.codes.size(); ++i)
        if (!e.codes[i].empty() && e.codes[i] == code)
            return true;
    return false;
}

} // namespace detail_diagnose

/** Diagnoses a response from its status, message texts and error code.

    Returns the matching catalog entries, most specific first: message
    matches, then code matches (an entry matched both ways counts as a
    message match), then, only when neither found anything, the fallbacks
    for the exact status, or, when there are none, for its class. Nothing
    for 1xx, 2xx and 3xx. Each text is looked at up to its first 2048 bytes.

    @par Complexity
    Linear in the catalog size times the texts' length (bounded).
    @par Allocation
    None.
*/
constexpr diagnosis diagnose(std::optional<http_status> status, std::string_view title,
                             std::string_view detail, std::string_view code = {}) noexcept {
    diagnosis out;
    if (status && !is_error(*status))
        return out;
    title = title.substr(0, 2048);
    detail = detail.substr(0, 2048);
    for (auto const& e : diagnosis_catalog)
        if (e.has_messages() &&
            (e.status == 0 || !status || static_cast<std::uint16_t>(*status) == e.status) &&
            detail_diagnose::message_matches(e, title, detail))
            out.push_back({&e, match_kind::message});
    if (!code.empty())
        for (auto const& e : diagnosis_catalog)
            if (e.has_codes() && detail_diagnose::code_matches(e, code))
                out.push_back({&e, match_kind::code});
    if (!out.empty() || !status)
        return out;
    std::uint16_t const n = static_cast<std::uint16_t>(*status);
    for (auto const& e : diagnosis_catalog)
        if (!e.has_messages() && !e.has_codes() && e.status == n)
            out.push_back({&e, match_kind::status});
    if (!out.empty())
        return out;
    for (auto const& e : diagnosis_catalog)
        if (!e.has_messages() && !e.has_codes() && e.status == 0 && e.category == class_of(*status))
            out.push_back({&e, match_kind::status_class});
    return out;
}

namespace detail_diagnose {

inline diagnosis with_catalogs(body_format format, std::optional<http_status> status,
                               std::string_view title, std::string_view detail,
                               std::string_view code) noexcept {
    diagnosis d = diagnose(status, title, detail, code);
    if (format != body_format::legacy || code.empty())
        return d;
    for (finding const& f : d)
        if (f.kind == match_kind::code || code_matches(*f.entry, code))
            return d; // the FAQ knows the code: its entry says more
    diagnosis_entry const* const e = legacy_code_diagnosis(code);
    if (!e)
        return d;
    // The legacy catalog's entry, whatever the HTTP status: it replaces the fallbacks.
    diagnosis out;
    for (finding const& f : d)
        if (f.kind == match_kind::message)
            out.push_back(f);
    out.push_back({e, match_kind::code});
    return out;
}

} // namespace detail_diagnose

/// Diagnoses a classified response: its status, its normalized problem's
/// title and detail, and its error code. A legacy body's `errorCode` that
/// the FAQ does not explain but the legacy catalog (vipps/legacy_codes.hpp)
/// lists gives that entry (`match_kind::code`), whatever the HTTP status.
inline diagnosis diagnose(classification_view const& c) noexcept {
    return detail_diagnose::with_catalogs(c.format, c.status, c.problem.title, c.problem.detail,
                                          c.body_code);
}

/// As above, for an owning classification.
inline diagnosis diagnose(classification const& c) noexcept {
    return detail_diagnose::with_catalogs(c.format, c.status, c.problem.title, c.problem.detail,
                                          c.body_code);
}

} // namespace problem_details::vipps

#endif
