// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_CATALOG_HPP
#define PROBLEM_DETAILS_IMPL_CATALOG_HPP

#include <optional>
#include <string>
#include <string_view>

namespace problem_details {

namespace detail {

template <class Catalog>
class catalog_category final : public catalog_category_base {
public:
    constexpr catalog_category() noexcept : catalog_category_base(Catalog::category_id) {}

    char const* name() const noexcept override { return Catalog::name().data(); }

    std::string message(int ev) const override {
        if (auto const* e = Catalog::entry_for_value(ev))
            return std::string(e->message);
        char text[unknown_capacity];
        return std::string(text, unknown(ev, text, sizeof text));
    }

    char const* message(int ev, char* buffer, std::size_t len) const noexcept override {
        if (buffer == nullptr || len == 0)
            return "unknown catalog code";
        if (auto const* e = Catalog::entry_for_value(ev))
            return catalog_impl::copy_message(e->message, buffer, len);
        char text[unknown_capacity];
        return catalog_impl::copy_message(std::string_view(text, unknown(ev, text, sizeof text)),
                                          buffer, len);
    }

    error_condition default_error_condition(int ev) const noexcept override {
        if (auto const* e = Catalog::entry_for_value(ev))
            return make_error_condition(class_of(e->status));
        return error_condition(ev, *this);
    }

    std::optional<catalog_info> info(int ev) const noexcept override {
        if (auto const* e = Catalog::entry_for_value(ev))
            return catalog_info{Catalog::name(), e->status, e->message, e->hint, e->type};
        return std::nullopt;
    }

private:
    static constexpr std::size_t unknown_capacity = 160;

    static std::size_t unknown(int ev, char* out, std::size_t capacity) noexcept {
        return catalog_impl::format_unknown(Catalog::name(), !Catalog::string_codes, ev, out,
                                            capacity);
    }
};

template <class Catalog>
struct catalog_category_holder {
    static constexpr catalog_category<Catalog> instance{};
};

} // namespace detail

template <auto const& Entries, catalog_name Name>
boost::system::error_category const& catalog<Entries, Name>::category() noexcept {
    return detail::catalog_category_holder<catalog>::instance;
}

template <auto const& Entries, catalog_name Name>
error_code catalog<Entries, Name>::make_error_code(code_type const& code) noexcept {
    return error_code(value_of(code), category());
}

inline std::optional<catalog_info> catalog_entry_of(error_code const& ec) noexcept {
#ifndef BOOST_NO_RTTI
    if (auto const* c = dynamic_cast<detail::catalog_category_base const*>(&ec.category()))
        return c->info(ec.value());
#else
    (void)ec;
#endif
    return std::nullopt;
}

} // namespace problem_details

#endif
