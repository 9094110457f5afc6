// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_DETAIL_PROBLEM_READER_HPP
#define PROBLEM_DETAILS_DETAIL_PROBLEM_READER_HPP

// The one reader behind parse_view, parse and validate: a single pass over
// the input with json_scanner, standard members matched by length and
// bytes, extensions recorded as raw text, strings with escapes decoded
// into the caller's scratch. No allocation anywhere on this path.

#include <problem_details/detail/config.hpp>
#include <problem_details/detail/json_number.hpp>
#include <problem_details/detail/json_scanner.hpp>
#include <problem_details/detail/json_unescape.hpp>
#include <problem_details/detail/parse_limits.hpp>
#include <problem_details/detail/scratch_arena.hpp>
#include <problem_details/detail/standard_members.hpp>
#include <problem_details/detail/uri.hpp>
#include <problem_details/detail/utf8.hpp>
#include <problem_details/error.hpp>
#include <problem_details/http_status.hpp>
#include <problem_details/parse_options.hpp>
#include <problem_details/problem_view.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

namespace problem_details::detail {

/// Receives strict-mode violations; returning true continues the parse
/// (as rfc mode would), false stops it with that violation as the error.
struct violation_sink {
    virtual bool on_violation(error code, std::size_t offset, std::string_view member) = 0;

protected:
    ~violation_sink() = default;
};

/// How a member stating an HTTP status was written.
enum class status_spelling : unsigned char {
    absent,      ///< no such member
    integer,     ///< a JSON integer (100..599 or not: see status_token::status)
    as_string,   ///< "400": three digits as a string (lenient mode)
    not_integer, ///< 400.0, 4E2: a number with a fraction or exponent
    unusable,    ///< any other value (null, "abc", an object...)
};

/// A status value read by read_status_token.
struct status_token {
    std::optional<http_status> status; ///< empty when the value is no usable status
    status_spelling spelling = status_spelling::absent;
    error violation{};    ///< strict mode's verdict when `status` is empty
    std::string_view raw; ///< the value's text
};

/** The one set of rules for a member that states an HTTP status (a
    problem's `status`, and any other body's `statusCode`...): an integer
    100..599; lenient mode also reads such a number with a zero fraction
    (400.0, 4E2) and three digits as an unescaped string ("400"). `s.p` is
    at the value. Returns -1 on a syntax error, 0 when the value is neither
    a number nor (lenient) a string (nothing read: a value of the wrong
    type), 1 when read into `t` (`t.status` empty when unusable). */
inline int read_status_token(json_scanner& s, bool lenient, status_token& t) noexcept {
    char const c = *s.p;
    if (c == '-' || (c >= '0' && c <= '9')) {
        number_token n;
        if (!s.scan_number(n))
            return -1;
        t.raw = n.text;
        if (n.integer) {
            t.spelling = status_spelling::integer;
            if (!n.negative && !n.overflow && n.int_value >= 100 && n.int_value <= 599)
                t.status = static_cast<http_status>(n.int_value);
            else
                t.violation = error::status_out_of_range;
            return 1;
        }
        t.spelling = status_spelling::not_integer;
        if (lenient) {
            double d = 0;
            if (json_number_to_float(n.text, d) == std::errc{} && d >= 100 && d <= 599 &&
                d == std::floor(d))
                t.status = static_cast<http_status>(static_cast<std::uint16_t>(d));
        }
        if (!t.status)
            t.violation = error::status_not_integer;
        return 1;
    }
    if (c != '"' || !lenient)
        return 0;
    char const* const start = s.p;
    std::string_view raw;
    bool escaped;
    if (!s.scan_string(raw, escaped))
        return -1;
    t.raw = std::string_view(start, static_cast<std::size_t>(s.p - start));
    t.spelling = status_spelling::unusable;
    if (!escaped && raw.size() == 3) {
        unsigned v = 0;
        bool digits = true;
        for (char d : raw) {
            digits = digits && d >= '0' && d <= '9';
            v = v * 10 + static_cast<unsigned>(d - '0');
        }
        if (digits && v >= 100 && v <= 599) {
            t.status = static_cast<http_status>(v);
            t.spelling = status_spelling::as_string;
        }
    }
    return 1;
}

/// The default member hook of basic_problem_reader: none (every extension
/// is skipped and kept raw; the hook's code is compiled out).
struct no_member_hook {
    static constexpr bool active = false;
};

/** The reader. `Hook` (active = true) is offered each extension member
    before it is skipped: `hook.try_read(name, scanner)` returns -1 when the
    member is not one of its own (it is then kept raw as usual), 1 when it
    has read the value itself, fully validated, with the scanner past it
    (the value's raw text is still recorded as an extension), and 0 when it
    gave up (the scanner is then put back and the value skipped as usual).
    A hook that only watches (one that declares `observes_raw`) is told each
    extension's name and raw text, `hook.saw(name, raw)`, once the reader
    has scanned it. A hook never changes what is accepted, rejected or
    reported. */
template <class Hook = no_member_hook>
class basic_problem_reader {
public:
    /// The problem is built in `out` (reset here), in place: no copy of
    /// the view is made. After a run that failed, `out` holds a partial
    /// view and must not be used.
    basic_problem_reader(std::string_view json, std::span<char> scratch, parse_options const& opt,
                         problem_view& out, violation_sink* sink, Hook* hook = nullptr) noexcept
        : sc_(json, scan_depth(opt), opt.max_string_length), opt_(opt), arena_(scratch),
          sink_(sink), hook_(hook), view_(out) {
        view_ = problem_view{};
    }

    /// Runs the parse. On failure returns the error; `error_offset()` says where.
    error_code run() noexcept {
        error const e = read();
        return e == error{} ? error_code() : make_error_code(e);
    }

    /// run(), the error as the enum (`error{}`: none), for a caller that
    /// goes on with it rather than returning it.
    error read() noexcept {
        if (sc_.end - sc_.begin > 0 &&
            static_cast<std::size_t>(sc_.end - sc_.begin) > opt_.max_document_size)
            return stop(error::document_too_large, sc_.begin);
        if (!read_object()) {
            // A strict check skipped on a string that did not fit in the
            // scratch may have been the first violation: report the scratch
            // (and its exact need so far) rather than a verdict that depends
            // on its size.
            if (checks_skipped_)
                return stop(error::scratch_too_small, sc_.begin);
            return stop(sc_.err, sc_.err_pos);
        }
        if (overflow_)
            return stop(error::scratch_too_small, sc_.begin);
        finish();
        return {};
    }

    std::size_t error_offset() const noexcept { return err_offset_; }

    /// Scratch bytes the document needs (exact for any buffer alignment).
    std::size_t required_scratch() const noexcept {
        return scratch_arena::required(n_ext_, str_used_);
    }

    /// After a successful run: the scratch's extension entries, which the
    /// view's list points at, writable (typed parsing compacts them in
    /// place); nullptr when there are none.
    extension* extension_storage() const noexcept { return n_ext_ ? arena_.entries() : nullptr; }

    /// After a successful run: the part of the scratch the view does not
    /// use, for what comes after the reader (typed members' strings).
    std::span<char> free_space() const noexcept {
        // What was taken fits unless the scratch overflowed (then the run failed).
        return overflow_ ? std::span<char>() : arena_.free_space(n_ext_, str_used_);
    }

    /// How the `status` member was written (its last occurrence).
    status_spelling stated_status() const noexcept { return status_spelling_; }

    /// The standard members the document has (`standard_member` bits), and
    /// those of them kept raw among the extensions (a wrong type, an unusable status).
    unsigned standard_members() const noexcept { return set_mask_ | ext_std_mask_; }
    unsigned standard_members_kept_raw() const noexcept { return ext_std_mask_; }

    /// Extension entries stored at the front of the scratch (after a run
    /// that succeeded, at least as many as the view's list holds).
    std::size_t stored_extensions() const noexcept { return n_ext_; }

private:
    json_scanner sc_;
    parse_options const& opt_;
    scratch_arena arena_;
    violation_sink* sink_;
    Hook* hook_;
    // Violations are looked for (strict, or a sink to tell): one flag for
    // the tests on the hot path.
    bool const reports_violations_ = sink_ || opt_.mode == parse_mode::strict;

    // The state of a parse. Ordered so that no padding falls between
    // members: the set-up is four wide stores, not ten narrow ones.
    std::size_t n_ext_ = 0;
    std::size_t str_used_ = 0;
    bool overflow_ = false;
    bool checks_skipped_ = false; // a strict check needed text the scratch could not hold
    bool compact_ = true;
    status_spelling status_spelling_ = status_spelling::absent;
    // Strict mode or a sink: report; without a sink, the first violation
    // stops the parse (violation()). Otherwise a violation costs one test
    // (reports_violations_).
    error violation_code_{};
    unsigned set_mask_ = 0;     // standard members read
    unsigned ext_std_mask_ = 0; // standard names kept among extensions
    std::size_t err_offset_ = 0;
    char const* violation_pos_ = nullptr;
    bool violation_failed_ = false;
    bool dup_filter_on_ = false; // dup_filter_ set up (maybe_duplicate)

    problem_view& view_; // the caller's

    error stop(error e, char const* at) noexcept {
        err_offset_ = static_cast<std::size_t>(at - sc_.begin);
        return e;
    }

    bool fits(std::size_t entries, std::size_t strings) const noexcept {
        return arena_.fits(entries, strings);
    }

    extension* entries() const noexcept { return arena_.entries(); }

    /// Room for n decoded bytes at the back of the scratch, or nullptr.
    char* alloc_string(std::size_t n) noexcept {
        str_used_ += n;
        if (overflow_ || !fits(n_ext_, str_used_)) {
            overflow_ = true;
            return nullptr;
        }
        return arena_.strings_from(str_used_);
    }

    /// The decoded text of a validated string's raw content.
    std::string_view decoded(std::string_view raw, bool escaped) noexcept {
        if (!escaped)
            return raw;
        char* const out = alloc_string(raw.size());
        if (!out)
            return {};
        return std::string_view(out, decode_escapes(raw, out));
    }

    /// scan_string_at (q at the opening quote), then decoded(): `text` the
    /// string's decoded text, whose data() is null when it has escapes and
    /// the scratch has overflowed (decoded()'s empty view). A plain string
    /// inline; the others out of line (scan_decoded_rest), which leaves its
    /// result in a member, not an out-parameter (which would keep the
    /// caller's locals in memory).
    PROBLEM_DETAILS_ALWAYS_INLINE bool scan_decoded_at(char const*& q,
                                                       std::string_view& text) noexcept {
        char const* const start = q + 1;
        char const* resume;
        if (char const* const close = sc_.plain_string_end(start, resume)) {
            text = std::string_view(start, static_cast<std::size_t>(close - start));
            q = close + 1;
            return true;
        }
        sc_.p = q;
        if (!scan_decoded_rest(resume))
            return false;
        q = sc_.p;
        text = rest_text_;
        return true;
    }

    /// scan_decoded_at's strings that are not plain (sc_.p at the opening
    /// quote; the text in rest_text_). When the free space holds the rest
    /// of the input (the usual case), the string is decoded as it is
    /// scanned (json_scanner::scan_decode_rest) at the front of the free
    /// space, then moved to where decoded() puts it: the same layout, no
    /// second pass. Otherwise, and for whatever that pass does not take,
    /// scan_string_rest and decoded().
    PROBLEM_DETAILS_NOINLINE bool scan_decoded_rest(char const* resume) noexcept {
#if defined(__SSE2__)
        if (!overflow_) {
            std::span<char> const free = arena_.free_space(n_ext_, str_used_);
            if (free.size() >= static_cast<std::size_t>(sc_.end - sc_.p)) {
                if (char const* const stop = sc_.scan_decode_rest(resume, free.data())) {
                    std::string_view const raw = sc_.rest_content();
                    if (!sc_.rest_escaped()) {
                        rest_text_ = raw;
                        return true;
                    }
                    auto const n = static_cast<std::size_t>(stop - free.data());
                    char* const out = alloc_string(raw.size()); // fits: free holds it
                    std::memmove(out, free.data(), n);
                    rest_text_ = std::string_view(out, n);
                    return true;
                }
            }
        }
#endif
        if (!sc_.scan_string_rest(resume))
            return false;
        rest_text_ = decoded(sc_.rest_content(), sc_.rest_escaped());
        return true;
    }
    std::string_view rest_text_; // scan_decoded_rest's decoded text

    // Strict duplicate detection. A small object is scanned; from
    // dup_filter_from extensions on, a Bloom filter (two bits per name, no
    // false negatives) lets a name that was never seen skip the scan, so a
    // document of many distinct names costs linear time, not quadratic.
    static constexpr std::size_t dup_filter_from = 16;
    static constexpr std::size_t dup_filter_bits = 65536; // 8 KiB
    std::uint64_t dup_filter_[dup_filter_bits / 64];      // set up on first use

    static std::uint64_t name_hash(std::string_view s) noexcept {
        // 8 bytes a step (murmur3-style mixing), the tail bytewise, then
        // murmur3's finalizer.
        std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h ^= w * 0x87c37b91114253d5ull;
            h = ((h << 31) | (h >> 33)) * 0x4cf5ad432745937full;
        }
        for (; i < s.size(); ++i)
            h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 33);
    }

    /// Adds `name` to the filter; false when it certainly was not in it.
    bool dup_filter_insert(std::string_view name) noexcept {
        std::uint64_t const h = name_hash(name);
        std::size_t const a = static_cast<std::size_t>(h % dup_filter_bits);
        std::size_t const b = static_cast<std::size_t>((h >> 32) % dup_filter_bits);
        std::uint64_t const ma = std::uint64_t(1) << (a % 64), mb = std::uint64_t(1) << (b % 64);
        bool const maybe = (dup_filter_[a / 64] & ma) && (dup_filter_[b / 64] & mb);
        dup_filter_[a / 64] |= ma;
        dup_filter_[b / 64] |= mb;
        return maybe;
    }

    bool maybe_duplicate(std::string_view name) noexcept {
        if (n_ext_ < dup_filter_from)
            return true;
        if (!dup_filter_on_) {
            std::memset(dup_filter_, 0, sizeof dup_filter_);
            for (std::size_t i = 0; i < n_ext_; ++i)
                dup_filter_insert(entries()[i].name);
            dup_filter_on_ = true;
        }
        return dup_filter_insert(name);
    }

    void add_extension(std::string_view name, std::string_view value,
                       char const* key_pos) noexcept {
        if (reports_violations_) {
            checks_skipped_ = checks_skipped_ || overflow_;
            if (!overflow_ && maybe_duplicate(name)) {
                for (std::size_t i = 0; i < n_ext_; ++i)
                    if (entries()[i].name == name) {
                        violation(error::duplicate_member, key_pos, name);
                        break;
                    }
            }
        }
        ++n_ext_;
        if (overflow_ || !fits(n_ext_, str_used_)) {
            overflow_ = true;
            return;
        }
        ::new (static_cast<void*>(entries() + n_ext_ - 1)) extension{name, value};
    }

    /// Inline, the test that a lenient (or default) parse with no sink
    /// stops at: a tolerated quirk (a status written as a string) costs
    /// no call.
    PROBLEM_DETAILS_ALWAYS_INLINE void violation(error e, char const* at,
                                                 std::string_view member) noexcept {
        if (reports_violations_)
            record_violation(e, at, member);
    }

    PROBLEM_DETAILS_NOINLINE void record_violation(error e, char const* at,
                                                   std::string_view member) noexcept {
        if (sink_) {
            if (sink_->on_violation(e, static_cast<std::size_t>(at - sc_.begin), member))
                return;
        }
        if (!violation_failed_) {
            violation_failed_ = true;
            violation_code_ = e;
            violation_pos_ = at;
        }
    }

    /// Which standard member a key names. After the scratch has overflowed
    /// an escaped key has no decoded text, yet it must be classified as it
    /// would be with enough scratch (or the scratch count would be wrong):
    /// a standard name is at most 8 characters, so at most 48 bytes of
    /// escapes, decoded here on the stack.
    standard_member classify_key(std::string_view key, std::string_view raw,
                                 bool escaped) const noexcept {
        if (!escaped || !overflow_)
            return match_standard(key);
        if (raw.size() > 48)
            return sm_none;
        char buf[48];
        return match_standard(std::string_view(buf, decode_escapes(raw, buf)));
    }

    bool read_object() noexcept {
        json_scanner& s = sc_;
        s.skip_ws();
        if (s.p == s.end)
            return s.fail(error::incomplete, s.p);
        if (*s.p != '{') {
            // Valid JSON that is not an object, or not JSON at all.
            if (!s.skip_value(0))
                return false;
            s.skip_ws();
            if (s.p != s.end)
                return s.fail(error::trailing_data, s.p);
            return s.fail(error::not_an_object, s.begin);
        }
        if (s.max_depth < 1)
            return s.fail(error::too_deep, s.p);
        ++s.p;
        s.skip_ws();
        if (s.p == s.end)
            return s.fail(error::incomplete, s.p);
        std::size_t members_left = opt_.max_members; // counted down: one test a member
        // The position in a local, so in a register: s.p is written only
        // for the out-of-line readers that take it from there (keep_raw,
        // read_status, a hook), not after every token.
        char const* q = s.p;
        if (*q != '}') {
            for (;;) {
                if (*q != '"')
                    return s.fail(error::syntax, q);
                char const* const key_pos = q;
                std::string_view raw_key;
                bool escaped;
                if (!s.scan_string_at(q, raw_key, escaped))
                    return false;
                if (members_left-- == 0)
                    return s.fail(error::too_many_members, key_pos);
                std::string_view const key = decoded(raw_key, escaped);
                if (!s.colon_then_value_at(q))
                    return false;
                // A violation found before the member's value failed to scan
                // (a repeated name, at its key) is the first problem in
                // document order: it wins over the error in the value.
                bool const member_ok =
                    read_member(q, classify_key(key, raw_key, escaped), key, key_pos);
                if (violation_failed_)
                    return s.fail(violation_code_, violation_pos_);
                if (!member_ok)
                    return false;
                int const next = s.next_member_at(q); // ',' (1), '}' (0) or an error
                if (next < 0)
                    return false;
                if (next == 0)
                    break;
            }
        }
        s.p = q + 1; // '}'
        s.skip_ws();
        if (s.p != s.end)
            return s.fail(error::trailing_data, s.p);
        return true;
    }

    /// Skips a value and keeps it, raw, as an extension.
    bool keep_raw(std::string_view key, char const* key_pos, standard_member which) noexcept {
        char const* const start = sc_.p;
        sc_.saw_ws = false;
        // Strings and integers, the common values, are scanned inline.
        char const c = *start;
        bool ok;
        if (c == '"') {
            std::string_view text;
            bool escaped;
            ok = sc_.scan_string(text, escaped);
        } else if (c == '{' || c == '[') {
            ok = sc_.skip_value(1);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            ok = sc_.skip_number();
        } else {
            ok = sc_.skip_scalar();
        }
        if (!ok)
            return false;
        std::string_view const raw(start, static_cast<std::size_t>(sc_.p - start));
        if (sc_.saw_ws)
            compact_ = false;
        ext_std_mask_ |= which;
        add_extension(key, raw, key_pos);
        return true;
    }

    /// An extension offered to the hook first (see basic_problem_reader).
    /// Out of line, so that the hook's reading (a typed reader's loop over
    /// entries) keeps its own register allocation: inlined, it moved by
    /// up to 2% on the 1000-entry typed row with changes to read_object
    /// that it does not run.
    PROBLEM_DETAILS_NOINLINE bool keep_hooked(std::string_view key, char const* key_pos) noexcept {
        char const* const start = sc_.p;
        sc_.saw_ws = false;
        int const r = hook_->try_read(key, sc_);
        if (r <= 0) {
            if (r == 0)
                sc_.p = start;
            return keep_raw(key, key_pos, sm_none);
        }
        if (sc_.saw_ws)
            compact_ = false;
        add_extension(key, std::string_view(start, static_cast<std::size_t>(sc_.p - start)),
                      key_pos);
        return true;
    }

    /// One member's value, at q (read_object's position, moved past it).
    PROBLEM_DETAILS_ALWAYS_INLINE bool read_member(char const*& q, standard_member which,
                                                   std::string_view key,
                                                   char const* key_pos) noexcept {
        json_scanner& s = sc_;
        char const* const value_pos = q;
        // keep_raw, read_status and a hook read the value from s.p and
        // leave the position there: handed over before, taken back after.
        auto const taken_back = [&](bool ok) {
            q = s.p;
            return ok;
        };
        if (which == sm_none) {
            s.p = q;
            if constexpr (Hook::active) {
                if constexpr (requires { Hook::observes_raw; }) {
                    if (!keep_raw(key, key_pos, sm_none))
                        return false;
                    q = s.p;
                    if (hook_)
                        hook_->saw(key, std::string_view(value_pos,
                                                         static_cast<std::size_t>(q - value_pos)));
                    return true;
                } else if (hook_) {
                    return taken_back(keep_hooked(key, key_pos));
                }
            }
            return taken_back(keep_raw(key, key_pos, sm_none));
        }
        if ((set_mask_ | ext_std_mask_) & which)
            violation(error::duplicate_member, key_pos, key);
        if (which == sm_status) {
            s.p = q;
            return taken_back(read_status(key, key_pos));
        }
        if (*q != '"') {
            // Reported once the value is known to be JSON (a malformed value
            // is a syntax error, not a member of the wrong type).
            s.p = q;
            if (!keep_raw(key, key_pos, which))
                return false;
            q = s.p;
            violation(error::wrong_type, value_pos, key);
            return true;
        }
        std::string_view v;
        if (!scan_decoded_at(q, v))
            return false;
        // type and instance are checked as URI references (strict, or a
        // violation sink). An escaped string has no text once the scratch
        // has overflowed (a null data()): its checks are skipped (and the
        // parse then reports the scratch, see run()). Tested in that
        // order, a lenient parse pays one test for them.
        auto const check_uri = [&] {
            if (!reports_violations_)
                return false;
            if (v.data() == nullptr) {
                checks_skipped_ = true;
                return false;
            }
            return true;
        };
        switch (which) {
        case sm_type:
            if (check_uri()) {
                if (!is_uri_reference(v))
                    violation(error::invalid_uri, value_pos, key);
                else if (!has_scheme(v))
                    violation(error::relative_type_uri, value_pos, key);
            }
            view_.type = v;
            break;
        case sm_title: view_.title = v; break;
        case sm_detail: view_.detail = v; break;
        default:
            if (check_uri() && !is_uri_reference(v))
                violation(error::invalid_uri, value_pos, key);
            view_.instance = v;
            break;
        }
        set_mask_ |= which;
        return true;
    }

    bool read_status(std::string_view key, char const* key_pos) noexcept {
        char const* const value_pos = sc_.p;
        bool const lenient = opt_.mode == parse_mode::lenient;
        status_token t;
        // A string is no status but in lenient mode (read_status_token's
        // 0): the seed's "400" costs no token and no call.
        int const r = *value_pos == '"' && !lenient ? 0 : read_status_token(sc_, lenient, t);
        if (r < 0)
            return false;
        if (r == 0) {
            status_spelling_ = status_spelling::unusable;
            if (!keep_raw(key, key_pos, sm_status))
                return false;
            violation(error::wrong_type, value_pos, key);
            return true;
        }
        status_spelling_ = t.spelling;
        if (t.status) {
            view_.status = t.status;
            set_mask_ |= sm_status;
            return true;
        }
        if (t.violation != error{})
            violation(t.violation, value_pos, key);
        ext_std_mask_ |= sm_status;
        add_extension(key, t.raw, key_pos);
        return true;
    }

    void finish() noexcept {
        std::size_t n = n_ext_;
        extension* const e = n ? entries() : nullptr;
        if (ext_std_mask_ & set_mask_) {
            // A well-typed standard member also appeared with a wrong type:
            // the well-typed one wins (see parse_mode), drop the other.
            std::size_t w = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (!(match_standard(e[i].name) & set_mask_))
                    e[w++] = e[i];
            n = w;
        }
        view_.extensions = extension_list_access::make(e, n, true, compact_);
    }
};

using problem_reader = basic_problem_reader<>;

} // namespace problem_details::detail

#endif
