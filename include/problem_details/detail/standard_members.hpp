// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_STANDARD_MEMBERS_HPP
#define PROBLEM_DETAILS_DETAIL_STANDARD_MEMBERS_HPP

// What the reader and the writers both know of a problem object: the five
// standard members (as bits, matched by name) and the reader's marks on an
// extension list (validated, compact), which let a writer copy it verbatim.

#include <problem_details/detail/config.hpp>
#include <problem_details/problem_view.hpp>

#include <cstddef>
#include <cstring>
#include <string_view>

namespace problem_details::detail {

struct extension_list_access {
    static extension_list make(extension const* data, std::size_t n, bool validated,
                               bool compact) noexcept {
        extension_list l;
        l.data_ = data;
        l.size_ = n;
        l.validated_ = validated;
        l.compact_ = compact;
        return l;
    }
    static bool validated(extension_list const& l) noexcept { return l.validated_; }
    static bool compact(extension_list const& l) noexcept { return l.compact_; }
    static extension const* data(extension_list const& l) noexcept { return l.data_; }
};

/// The five standard members, as bits.
enum standard_member : unsigned {
    sm_none = 0,
    sm_type = 1,
    sm_title = 2,
    sm_status = 4,
    sm_detail = 8,
    sm_instance = 16,
};

/// Which standard member a decoded name is, if any.
PROBLEM_DETAILS_ALWAYS_INLINE standard_member match_standard(std::string_view k) noexcept {
    switch (k.size()) {
    case 4: return std::memcmp(k.data(), "type", 4) == 0 ? sm_type : sm_none;
    case 5: return std::memcmp(k.data(), "title", 5) == 0 ? sm_title : sm_none;
    case 6:
        if (std::memcmp(k.data(), "status", 6) == 0)
            return sm_status;
        return std::memcmp(k.data(), "detail", 6) == 0 ? sm_detail : sm_none;
    case 8: return std::memcmp(k.data(), "instance", 8) == 0 ? sm_instance : sm_none;
    default: return sm_none;
    }
}

} // namespace problem_details::detail

#endif
