// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_FIELD_ERROR_READER_HPP
#define PROBLEM_DETAILS_DETAIL_FIELD_ERROR_READER_HPP

// The walker behind field_errors(): one field error at a time out of the
// extension values of a problem_view that hold them, resumable (its state
// is a few pointers, so iterators copy it), never allocating. Values are
// read with json_scanner, which validates as it goes: text that is not JSON
// (a hand-made view) ends that member's field errors, never more.
//
// Determinism is the contract field_errors() builds on: from the same
// state, next() writes the same bytes at the same scratch offsets and
// yields the same element. field_errors() runs it once to the end to
// count the elements and check the scratch; iterators then replay it, and
// every element's strings stay valid together.

#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/problem_reader.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem.hpp>

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace problem_details::detail {

/// The extension members that hold a list or map of field errors, by the
/// names the platform's APIs (and RFC 9457, ASP.NET) give them.
inline constexpr std::array<std::string_view, 4> field_error_members = {
    "extraDetails", "invalidParams", "invalid-params", "errors"};

/// What a member of a field-error object says: the field, the message or a code.
enum class field_error_role : unsigned char { none, field, message, code };

struct field_error_key {
    std::string_view name;
    field_error_role role;
    unsigned char rank; // lower wins when an object has several of one role
    bool pointer = false;
};

/// The member names read in a field-error object, each with its role; the
/// rank orders them when one object has several (`{name, reason, value}`:
/// `reason` is the message, `value` the rejected input).
inline constexpr field_error_key field_error_keys[] = {
    {"field", field_error_role::field, 0},
    {"name", field_error_role::field, 1},
    {"key", field_error_role::field, 2},
    {"propertyName", field_error_role::field, 3}, // FluentValidation
    {"param", field_error_role::field, 4},
    {"pointer", field_error_role::field, 5, true}, // RFC 9457 §3's example
    {"reason", field_error_role::message, 0},
    {"message", field_error_role::message, 1},
    {"text", field_error_role::message, 2},
    {"detail", field_error_role::message, 3},
    {"errorMessage", field_error_role::message, 4},
    {"description", field_error_role::message, 5},
    {"value", field_error_role::message, 6}, // [{key, value}]
    {"code", field_error_role::code, 0},
    {"errorCode", field_error_role::code, 1},
};

/// "#/a/b" or "/a/b" (a JSON Pointer, as a URI fragment or plain) as "a/b":
/// the leading "#/" or "/" dropped, percent-escapes (fragment only), `~1`
/// and `~0` decoded. Writes at most `s.size()` bytes to `out` when it has to
/// rewrite; returns `s` unchanged when it is not such a pointer or decodes
/// to something that is not UTF-8. `room` is the space at `out`.
inline std::string_view pointer_to_field(std::string_view s, char* out, std::size_t room,
                                         std::size_t& written) noexcept {
    written = 0;
    std::string_view t = s;
    bool const fragment = !t.empty() && t.front() == '#';
    if (fragment)
        t.remove_prefix(1);
    if (t.empty() || t.front() != '/')
        return s; // not a pointer to a member ("#" is the whole document)
    t.remove_prefix(1);
    bool rewrite = false;
    for (char c : t)
        rewrite = rewrite || c == '~' || (fragment && c == '%');
    if (!rewrite)
        return t;
    if (room < t.size())
        return s; // unreachable when the caller sized `room` by the bound
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        char const c = t[i];
        if (c == '~') {
            if (i + 1 == t.size() || (t[i + 1] != '0' && t[i + 1] != '1'))
                return s;
            out[n++] = t[++i] == '0' ? '~' : '/';
        } else if (fragment && c == '%') {
            if (i + 2 >= t.size())
                return s;
            auto const hi = static_cast<unsigned char>(t[i + 1]);
            auto const lo = static_cast<unsigned char>(t[i + 2]);
            if (!(char_class[hi] & cc_hex) || !(char_class[lo] & cc_hex))
                return s;
            out[n++] = static_cast<char>(hex_value[hi] * 16 + hex_value[lo]);
            i += 2;
        } else {
            out[n++] = c;
        }
    }
    std::string_view const r(out, n);
    if (!is_utf8(r))
        return s;
    written = n;
    return r;
}

/// One field error's strings, as the reader fills them.
struct field_error_text {
    std::string_view field;
    std::string_view message;
    std::string_view code;
};

class field_error_reader {
public:
    /// How many extension members can hold field errors: the four names
    /// above and the top-level array of a non-object body.
    static constexpr std::size_t max_members = field_error_members.size() + 1;

    field_error_reader() noexcept = default;

    /// Reads the field errors of `ext`; `body_name` names the member that
    /// keeps a body that is not an object (its array counts, requiring a
    /// field in each element). Decoded strings go to `scratch`.
    field_error_reader(extension_list const& ext, std::string_view body_name,
                       std::span<char> scratch) noexcept
        : scratch_(scratch.data()), scratch_size_(scratch.size()) {
        // The last occurrence of each name (as JSON parsers keep it), in
        // document order.
        std::array<extension const*, max_members> found{};
        std::size_t k = 0;
        auto add = [&](std::string_view name, bool body) {
            auto const it = ext.find(name);
            if (it == ext.end())
                return;
            std::string_view v = it->value;
            while (!v.empty() && json_scanner::is_ws(v.front()))
                v.remove_prefix(1);
            if (v.empty() || !(v.front() == '[' || (!body && v.front() == '{')))
                return;
            found[k] = it;
            members_[k] = {v, body};
            ++k;
        };
        for (std::string_view name : field_error_members)
            add(name, false);
        add(body_name, true);
        // Insertion sort by position in the list (at most five).
        for (std::size_t i = 1; i < k; ++i)
            for (std::size_t j = i; j > 0 && found[j] < found[j - 1]; --j) {
                std::swap(found[j], found[j - 1]);
                std::swap(members_[j], members_[j - 1]);
            }
        count_ = static_cast<unsigned char>(k);
    }

    /// The next field error into `out`; false at the end (and for good).
    /// `overflow()` then tells whether the scratch ran out.
    template <class Out>
    bool next(Out& out) noexcept {
        field_error_text t;
        if (!next_text(t))
            return false;
        out.field = t.field;
        out.message = t.message;
        out.code = t.code;
        return true;
    }

    /// Whether reading stopped because an escaped string did not fit.
    bool overflow() const noexcept { return overflow_; }

    /// Bytes of scratch written so far.
    std::size_t used() const noexcept { return used_; }

    /// Scratch that is always enough: decoding and the pointer rewrite never
    /// lengthen a string, and each raw string is decoded once and rewritten
    /// at most once.
    std::size_t scratch_bound() const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < count_; ++i)
            n += 2 * members_[i].text.size();
        return n;
    }

private:
    struct member {
        std::string_view text; // the raw JSON value, from its first byte
        bool body = false;     // a whole body's array: elements need a field
    };

    enum class state : unsigned char { start, list, map, map_array };

    /// A string or number a field-error object gives one role.
    struct raw_value {
        std::string_view text; // a string's content, or a number's text
        bool present = false;
        bool string = false; // else a number
        bool escaped = false;
        bool pointer = false;
        unsigned char rank = UCHAR_MAX;
    };

    struct object_text {
        raw_value field, message, code;
    };

    static constexpr std::size_t depth_limit = parse_options::max_depth_limit;

    json_scanner scanner() const noexcept {
        json_scanner s(members_[index_].text, depth_limit, std::size_t(-1));
        if (pos_)
            s.p = pos_;
        return s;
    }

    /// Moves to the next member (after the end of one, or an error in it).
    void next_member() noexcept {
        ++index_;
        state_ = state::start;
        pos_ = nullptr;
        comma_ = false;
    }

    void stop() noexcept { index_ = count_; }

    /// A string's content decoded: a view into the input when it has no
    /// escapes, else into the scratch. False when the scratch is short.
    bool decode(std::string_view raw, bool escaped, std::string_view& out) noexcept {
        if (!escaped) {
            out = raw;
            return true;
        }
        if (scratch_size_ - used_ < raw.size()) {
            overflow_ = true;
            return false;
        }
        std::size_t const n = decode_escapes(raw, scratch_ + used_);
        out = std::string_view(scratch_ + used_, n);
        // The whole room stays this string's: decode_escapes may write any
        // of it, and iterating again must not touch a kept neighbour.
        used_ += raw.size();
        return true;
    }

    bool decode(raw_value const& v, std::string_view& out) noexcept {
        if (!v.present) {
            out = {};
            return true;
        }
        if (!decode(v.text, v.escaped, out))
            return false;
        if (v.pointer) {
            std::size_t written = 0;
            out = pointer_to_field(out, scratch_ + used_, scratch_size_ - used_, written);
            used_ += written;
        }
        return true;
    }

    /// Before a value of a list or map: the ',' after the previous one
    /// (none before the first), or the closing bracket. 1: a value (or a
    /// key) is next, at p; 0: the container ended (p past it); -1: not JSON.
    static int before_value(json_scanner& s, char close, bool& comma) noexcept {
        s.skip_ws();
        if (s.p == s.end)
            return -1;
        if (*s.p == close) {
            ++s.p;
            return 0;
        }
        if (comma) {
            if (*s.p != ',')
                return -1;
            ++s.p;
            s.skip_ws();
            if (s.p == s.end)
                return -1;
        }
        comma = true;
        return 1;
    }

    /// A string or number at p, scanned into `v`; other values skipped
    /// (`v` untouched). False when the text is not JSON.
    static bool scalar(json_scanner& s, raw_value& v, std::size_t depth) noexcept {
        char const c = *s.p;
        if (c == '"') {
            std::string_view content;
            bool escaped = false;
            if (!s.scan_string(content, escaped))
                return false;
            v.text = content;
            v.escaped = escaped;
            v.string = true;
            v.present = true;
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            char const* const start = s.p;
            number_token n;
            if (!s.scan_number(n))
                return false;
            v.text = std::string_view(start, static_cast<std::size_t>(s.p - start));
            v.escaped = false;
            v.present = true;
            return true;
        }
        return s.skip_value(depth);
    }

    /// The role of a member named by the raw key `raw`.
    static field_error_key const* key_of(std::string_view raw, bool escaped) noexcept {
        char buf[128];
        std::string_view name = raw;
        if (escaped) {
            if (raw.size() > sizeof buf)
                return nullptr; // no role's name is that long, even escaped
            name = std::string_view(buf, decode_escapes(raw, buf));
        }
        for (auto const& k : field_error_keys)
            if (k.name == name)
                return &k;
        return nullptr;
    }

    /// An object at p (at its '{'): the strings and numbers of its members
    /// that have a role. False when the text is not JSON.
    static bool read_object(json_scanner& s, object_text& o, std::size_t depth) noexcept {
        ++s.p; // '{'
        s.skip_ws();
        if (s.p != s.end && *s.p == '}') {
            ++s.p;
            return true;
        }
        for (;;) {
            s.skip_ws();
            if (s.p == s.end || *s.p != '"')
                return false;
            std::string_view key;
            bool escaped = false;
            if (!s.scan_string(key, escaped))
                return false;
            s.skip_ws();
            if (s.p == s.end || *s.p != ':')
                return false;
            ++s.p;
            s.skip_ws();
            if (s.p == s.end)
                return false;
            field_error_key const* const k = key_of(key, escaped);
            raw_value v;
            if (!scalar(s, v, depth + 1))
                return false;
            if (k && v.present) {
                raw_value& slot = k->role == field_error_role::field     ? o.field
                                  : k->role == field_error_role::message ? o.message
                                                                         : o.code;
                if (k->rank <= slot.rank) { // a repeated name: the last one
                    v.rank = k->rank;
                    v.pointer = k->pointer;
                    slot = v;
                }
            }
            s.skip_ws();
            if (s.p == s.end)
                return false;
            if (*s.p == '}') {
                ++s.p;
                return true;
            }
            if (*s.p != ',')
                return false;
            ++s.p;
        }
    }

    /// Fills `t` from an object's roles, the field given by a map's key
    /// when `key` is set. False when the scratch is short.
    bool emit(object_text const& o, std::string_view const* key, field_error_text& t) noexcept {
        if (key)
            t.field = *key;
        else if (!decode(o.field, t.field))
            return false;
        return decode(o.message, t.message) && decode(o.code, t.code);
    }

    bool next_text(field_error_text& t) noexcept {
        while (index_ < count_) {
            json_scanner s = scanner();
            member const& m = members_[index_];
            bool failed = false;
            bool produced = false;
            bool short_scratch = false;
            switch (state_) {
            case state::start:
                s.p = s.begin;
                state_ = *s.p == '[' ? state::list : state::map;
                ++s.p;
                comma_ = false;
                break;
            case state::list: {
                int const r = before_value(s, ']', comma_);
                if (r <= 0) {
                    failed = true; // the end or not JSON: the next member
                    break;
                }
                if (*s.p == '{') {
                    object_text o;
                    if (!read_object(s, o, 2)) {
                        failed = true;
                        break;
                    }
                    bool const wanted = o.field.present || (!m.body && o.message.present);
                    if (wanted) {
                        short_scratch = !emit(o, nullptr, t);
                        produced = true;
                    }
                } else {
                    raw_value v;
                    if (!scalar(s, v, 2)) {
                        failed = true;
                        break;
                    }
                    if (v.present && v.string && !m.body) {
                        // A bare string in a list: a message for no field in particular.
                        t.field = {};
                        t.code = {};
                        short_scratch = !decode(v.text, v.escaped, t.message);
                        produced = true;
                    }
                }
                break;
            }
            case state::map: {
                int const r = before_value(s, '}', comma_);
                if (r <= 0) {
                    failed = true;
                    break;
                }
                std::string_view key_raw;
                bool key_escaped = false;
                if (*s.p != '"' || !s.scan_string(key_raw, key_escaped)) {
                    failed = true;
                    break;
                }
                s.skip_ws();
                if (s.p == s.end || *s.p != ':') {
                    failed = true;
                    break;
                }
                ++s.p;
                s.skip_ws();
                if (s.p == s.end) {
                    failed = true;
                    break;
                }
                char const c = *s.p;
                if (c == '[') {
                    // {"field": ["message", ...]}: one field error per message.
                    if (!decode(key_raw, key_escaped, key_)) {
                        short_scratch = true;
                        break;
                    }
                    ++s.p;
                    state_ = state::map_array;
                    inner_comma_ = false;
                    break;
                }
                if (c == '{') {
                    object_text o;
                    if (!read_object(s, o, 2)) {
                        failed = true;
                        break;
                    }
                    if (o.message.present) {
                        std::string_view key;
                        short_scratch = !decode(key_raw, key_escaped, key) || !emit(o, &key, t);
                        produced = true;
                    }
                    break;
                }
                raw_value v;
                if (!scalar(s, v, 2)) {
                    failed = true;
                    break;
                }
                if (v.present) {
                    t.code = {};
                    short_scratch = !decode(key_raw, key_escaped, t.field) ||
                                    !decode(v.text, v.escaped, t.message);
                    produced = true;
                }
                break;
            }
            case state::map_array: {
                int const r = before_value(s, ']', inner_comma_);
                if (r < 0) {
                    failed = true;
                    break;
                }
                if (r == 0) {
                    state_ = state::map; // comma_ is set: a ',' or the '}' comes next
                    break;
                }
                raw_value v;
                if (!scalar(s, v, 3)) {
                    failed = true;
                    break;
                }
                if (v.present) {
                    t.field = key_;
                    t.code = {};
                    short_scratch = !decode(v.text, v.escaped, t.message);
                    produced = true;
                }
                break;
            }
            }
            if (short_scratch) {
                overflow_ = true;
                stop();
                return false;
            }
            if (failed) {
                next_member();
                continue;
            }
            pos_ = s.p;
            if (produced)
                return true;
        }
        return false;
    }

    std::array<member, max_members> members_{};
    unsigned char count_ = 0;
    unsigned char index_ = 0;
    state state_ = state::start;
    bool comma_ = false;       // a ',' comes before the next value of the list or map
    bool inner_comma_ = false; // the same, in a map's array of messages
    char const* pos_ = nullptr;
    std::string_view key_; // the map's key, decoded, while in its array
    char* scratch_ = nullptr;
    std::size_t scratch_size_ = 0;
    std::size_t used_ = 0;
    bool overflow_ = false;
};

} // namespace problem_details::detail

#endif
