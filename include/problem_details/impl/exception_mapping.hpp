// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_IMPL_EXCEPTION_MAPPING_HPP
#define PROBLEM_DETAILS_IMPL_EXCEPTION_MAPPING_HPP

namespace problem_details {

inline http_status default_status_of(error e) noexcept {
    if (e == error::document_too_large)
        return http_status::content_too_large;
    error_code const ec = e;
    if (ec == condition::buffer_too_small || ec == condition::invalid_problem)
        return http_status::internal_server_error;
    return http_status::bad_request;
}

inline exception_mapper::exception_mapper(exception_mapping_options options) : options_(options) {
    map_category(http_status_category(), [](error_code const& ec) {
        auto const s = to_status(ec.value());
        return s ? *s : http_status::internal_server_error;
    });
    map_category(error_category(), [](error_code const& ec) {
        return default_status_of(static_cast<error>(ec.value()));
    });
}

template <class E>
exception_mapper::type_entry exception_mapper::make_entry(std::function<problem(E const&)> f) {
    type_entry e{typeid(E), nullptr, nullptr, nullptr, nullptr};
    e.throw_pointer = [] { throw static_cast<E*>(nullptr); };
    e.catches_pointer = [](void (*thrower)()) {
        try {
            thrower();
        } catch (E*) {
            return true;
        } catch (...) {
        }
        return false;
    };
    e.from_ptr = [f](std::exception_ptr const& ep) -> std::optional<problem> {
        try {
            std::rethrow_exception(ep);
        } catch (E const& x) {
            return f(x);
        } catch (...) {
        }
        return std::nullopt;
    };
    if constexpr (std::is_base_of_v<std::exception, E>) {
        e.from_ref = [f](std::exception const& x) -> std::optional<problem> {
            if (auto const* p = dynamic_cast<E const*>(&x))
                return f(*p);
            return std::nullopt;
        };
    }
    return e;
}

inline void exception_mapper::add_type(type_entry e) {
    for (auto& t : types_) {
        if (t.type == e.type) {
            t = std::move(e);
            return;
        }
    }
    // Keep every derived type before its bases: insert after the last
    // registered type derived from the new one. (Those are before every
    // base of the new type already, so the order stays consistent.)
    std::size_t pos = 0;
    for (std::size_t i = 0; i < types_.size(); ++i)
        if (e.catches_pointer(types_[i].throw_pointer))
            pos = i + 1;
    types_.insert(types_.begin() + static_cast<std::ptrdiff_t>(pos), std::move(e));
}

template <class E>
exception_mapper& exception_mapper::map(http_status s, bool what_as_detail) {
    if constexpr (std::is_base_of_v<std::exception, E>) {
        add_type(make_entry<E>(std::function<problem(E const&)>([s, what_as_detail](E const& e) {
            problem p = make_problem(s);
            if (what_as_detail)
                p.detail = e.what();
            return p;
        })));
    } else {
        add_type(make_entry<E>(
            std::function<problem(E const&)>([s](E const&) { return problem(make_problem(s)); })));
    }
    return *this;
}

template <class E, class T>
requires problem_type_constants<T> exception_mapper& exception_mapper::map() {
    add_type(make_entry<E>(
        std::function<problem(E const&)>([](E const&) { return problem(make_problem<T>()); })));
    return *this;
}

template <class E, class F>
requires std::is_invocable_v<F const&, E const&> &&
    std::is_convertible_v<std::invoke_result_t<F const&, E const&>, problem>
        exception_mapper& exception_mapper::map(F f) {
    add_type(make_entry<E>(std::function<problem(E const&)>(
        [f = std::move(f)](E const& e) -> problem { return f(e); })));
    return *this;
}

template <class Entry, class Cat, class F>
void exception_mapper::add_code(std::vector<Entry>& v, Cat const& cat, F f) {
    using code_type =
        std::conditional_t<std::is_same_v<Cat, std::error_category>, std::error_code, error_code>;
    Entry e{&cat, nullptr, nullptr};
    using R = std::invoke_result_t<F const&, code_type const&>;
    if constexpr (std::is_convertible_v<R, http_status> && !std::is_convertible_v<R, problem>)
        e.status_of = [f = std::move(f)](code_type const& ec) -> http_status { return f(ec); };
    else
        e.make = [f = std::move(f)](code_type const& ec) -> problem { return f(ec); };
    for (auto& x : v) {
        if (*x.category == cat) {
            x = std::move(e);
            return;
        }
    }
    v.push_back(std::move(e));
}

inline exception_mapper& exception_mapper::map_category(boost::system::error_category const& cat,
                                                        http_status s) {
    add_code(boost_codes_, cat, [s](error_code const&) { return s; });
    return *this;
}

inline exception_mapper& exception_mapper::map_category(std::error_category const& cat,
                                                        http_status s) {
    add_code(std_codes_, cat, [s](std::error_code const&) { return s; });
    return *this;
}

template <class F>
exception_mapper& exception_mapper::map_category(boost::system::error_category const& cat, F f) {
    add_code(boost_codes_, cat, std::move(f));
    return *this;
}

template <class F>
exception_mapper& exception_mapper::map_category(std::error_category const& cat, F f) {
    add_code(std_codes_, cat, std::move(f));
    return *this;
}

inline problem exception_mapper::from_status(http_status s, std::string_view message) const {
    problem p = make_problem(s);
    // (http_status_category's message is the reason phrase: the title already.)
    if ((is_client_error(s) || options_.include_exception_details) && message != p.title)
        p.detail.assign(message);
    return p;
}

/// The problem of the entry of `v` for ec's category, if there is one.
template <class Entry, class Code>
std::optional<problem> exception_mapper::by_code_in(std::vector<Entry> const& v,
                                                    Code const& ec) const {
    for (auto const& e : v) {
        if (*e.category != ec.category())
            continue;
        if (e.make)
            return e.make(ec);
        return from_status(e.status_of(ec), ec.message());
    }
    return std::nullopt;
}

inline std::optional<problem> exception_mapper::by_code(error_code const& ec) const {
    return by_code_in(boost_codes_, ec);
}

inline std::optional<problem> exception_mapper::by_code(std::error_code const& ec) const {
    return by_code_in(std_codes_, ec);
}

inline problem exception_mapper::unknown(char const* what) const {
    problem p = make_problem(http_status::internal_server_error);
    if (options_.include_exception_details && what)
        p.detail = what;
    return p;
}

inline problem exception_mapper::to_problem(std::exception_ptr const& ep) const {
    if (!ep)
        return unknown("no exception");
    // 1. A system error of a registered category.
    std::optional<problem> found;
    try {
        std::rethrow_exception(ep);
    } catch (boost::system::system_error const& e) {
        found = by_code(e.code());
    } catch (std::system_error const& e) {
        found = by_code(e.code());
    } catch (...) {
    }
    if (found)
        return std::move(*found);
    // 2. The registered types, most derived first.
    for (auto const& t : types_)
        if (auto p = t.from_ptr(ep))
            return std::move(*p);
    // 3. Anything else.
    try {
        std::rethrow_exception(ep);
    } catch (std::exception const& e) {
        return unknown(e.what());
    } catch (...) {
    }
    return unknown("an exception not derived from std::exception");
}

inline problem exception_mapper::to_problem(std::exception const& e) const {
    if (auto const* se = dynamic_cast<boost::system::system_error const*>(&e))
        if (auto p = by_code(se->code()))
            return std::move(*p);
    if (auto const* se = dynamic_cast<std::system_error const*>(&e))
        if (auto p = by_code(se->code()))
            return std::move(*p);
    for (auto const& t : types_)
        if (t.from_ref)
            if (auto p = t.from_ref(e))
                return std::move(*p);
    return unknown(e.what());
}

inline problem exception_mapper::to_problem(error_code const& ec) const {
    if (auto p = by_code(ec))
        return std::move(*p);
    return unknown(ec.message().c_str());
}

inline problem exception_mapper::to_problem(std::error_code const& ec) const {
    if (auto p = by_code(ec))
        return std::move(*p);
    return unknown(ec.message().c_str());
}

} // namespace problem_details

#endif
