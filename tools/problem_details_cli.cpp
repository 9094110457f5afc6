// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)

// problem-details: inspect and validate HTTP error responses from a shell.
//
//   problem-details inspect [options] [FILE|-]
//   problem-details validate [--json] [FILE|-]
//   problem-details schema [--list | --openapi | [--page] NAME]
//   problem-details --version | --help
//
// docs/cli.md is the manual; `problem-details --help` the summary.

#include <problem_details/classify.hpp>
#include <problem_details/field_errors.hpp>
#include <problem_details/http_message.hpp>
#include <problem_details/retry.hpp>
#include <problem_details/serialize.hpp>
#include <problem_details/validate.hpp>
#include <problem_details/version.hpp>
#include <problem_details/vipps.hpp>
#include <problem_details/vipps/documentation.hpp>

#include <boost/json/serialize.hpp>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd = problem_details;

namespace {

// Exit codes: documented in --help and docs/cli.md.
constexpr int exit_ok = 0; // inspected; or the document is valid
constexpr int exit_invalid =
    1; // validate: violations found; inspect: an unreadable raw HTTP response
constexpr int exit_usage = 2; // bad command line
constexpr int exit_io = 3;    // the input could not be read, or the output written

constexpr char const* usage_text =
    "usage: problem-details inspect [options] [FILE|-]\n"
    "       problem-details validate [--json] [FILE|-]\n"
    "       problem-details schema [--list | --openapi | [--page] NAME]\n"
    "       problem-details --version\n"
    "       problem-details --help\n"
    "\n"
    "inspect   Classify an HTTP error response and say what to do about it: the body's\n"
    "          format, the status and its class, the body normalized into an RFC 9457\n"
    "          problem, retry advice, and the Vipps MobilePay diagnosis.\n"
    "          The input is a body, or a whole response as `curl -i` prints it\n"
    "          (recognised by its leading \"HTTP/\"; CRLF or LF line ends).\n"
    "  --status N            the HTTP status (overrides the response's)\n"
    "  --content-type T      the Content-Type (overrides the response's)\n"
    "  --retry-after V       the Retry-After header (overrides the response's)\n"
    "  --json                print one JSON object (see docs/cli.md) instead of text\n"
    "  --idempotent          the request was idempotent (GET, PUT, DELETE...)\n"
    "  --no-idempotency-key  the request carried no Idempotency-Key header (the\n"
    "                        default assumes it did, as the Vipps MobilePay APIs require)\n"
    "  --attempt N           which attempt got this response (default 1)\n"
    "  --now HTTP-DATE       when the response arrived, for a Retry-After date\n"
    "                        (default: the system clock)\n"
    "\n"
    "validate  Check a problem document against RFC 9457 (strict mode) and list every\n"
    "          violation with its byte offset. A raw response's body is validated.\n"
    "  --json                print one JSON object instead of text\n"
    "\n"
    "schema    Print what the Vipps MobilePay profile's problem types are, generated from\n"
    "          the library's C++ types (the files committed under docs/schemas, docs/openapi).\n"
    "  --list                list the problem types: NAME, type URI, title (the default)\n"
    "  NAME                  print that type's JSON Schema (draft 2020-12)\n"
    "  --page NAME           print that type's HTML documentation page instead\n"
    "  --openapi             print the OpenAPI 3.1 document of the types and catalogs\n"
    "\n"
    "FILE      the input; `-` or nothing reads standard input.\n"
    "\n"
    "exit status:\n"
    "  0  inspect: the input was read and classified; validate: the document is valid;\n"
    "     schema: printed\n"
    "  1  validate: the document has violations; inspect: a raw HTTP response\n"
    "     (input starting with \"HTTP/\") whose status line or headers cannot be read\n"
    "  2  usage error (unknown option, missing or bad argument)\n"
    "  3  I/O error (the input cannot be read, the output cannot be written)\n";

struct usage_error {
    std::string message;
};

struct io_error {
    std::string message;
};

// --- output helpers ----------------------------------------------------------------

/// A sink for the library's JSON writer that appends to a string.
struct string_sink {
    std::string& s;
    void write(char const* p, std::size_t n) { s.append(p, n); }
    void write(std::string_view v) { s.append(v); }
    void put(char c) { s.push_back(c); }
    bool full() const noexcept { return false; }
};

/// Appends `text` as a JSON string (bytes that are not UTF-8 read as Latin-1).
void json_string(std::string& out, std::string_view text) {
    string_sink sink{out};
    pd::detail::write_text_string(sink, text);
}

std::string read_input(std::string const& path) {
    if (path.empty() || path == "-") {
        std::string data((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
        if (std::cin.bad())
            throw io_error{"cannot read standard input"};
        return data;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw io_error{"cannot open " + path + ": " + std::strerror(errno)};
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw io_error{"cannot read " + path};
    return data;
}

void write_output(std::string const& s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        throw io_error{"cannot write standard output"};
}

/// `text` safe to print on a terminal: control characters (C0, DEL, and C1
/// as UTF-8, which some terminals obey) are written as escapes, so a hostile
/// body cannot drive the terminal.
std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char const c = static_cast<unsigned char>(text[i]);
        char buf[8];
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c == 0xc2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(text[i + 1]));
            out += buf;
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

/// Wraps `text` at `width` columns, each line prefixed by `indent`.
std::string wrap(std::string_view text, std::size_t indent, std::size_t width = 88) {
    std::string out;
    std::size_t col = 0;
    while (!text.empty()) {
        auto const sp = text.find(' ');
        std::string_view const word = text.substr(0, sp);
        if (col > indent && col + 1 + word.size() > width) {
            out += '\n';
            col = 0;
        }
        if (col == 0) {
            out.append(indent, ' ');
            col = indent;
        } else {
            out += ' ';
            ++col;
        }
        out += word;
        col += word.size();
        if (sp == std::string_view::npos)
            break;
        text.remove_prefix(sp + 1);
    }
    return out + '\n';
}

std::string_view error_name(pd::error_code const& ec) {
    if (ec.category() != pd::error_category())
        return "unknown";
    switch (static_cast<pd::error>(ec.value())) {
    case pd::error::syntax: return "syntax";
    case pd::error::incomplete: return "incomplete";
    case pd::error::trailing_data: return "trailing_data";
    case pd::error::invalid_number: return "invalid_number";
    case pd::error::exponent_overflow: return "exponent_overflow";
    case pd::error::control_character: return "control_character";
    case pd::error::invalid_escape: return "invalid_escape";
    case pd::error::invalid_surrogate: return "invalid_surrogate";
    case pd::error::invalid_utf8: return "invalid_utf8";
    case pd::error::too_deep: return "too_deep";
    case pd::error::document_too_large: return "document_too_large";
    case pd::error::too_many_members: return "too_many_members";
    case pd::error::string_too_long: return "string_too_long";
    case pd::error::not_an_object: return "not_an_object";
    case pd::error::wrong_type: return "wrong_type";
    case pd::error::status_not_integer: return "status_not_integer";
    case pd::error::status_out_of_range: return "status_out_of_range";
    case pd::error::relative_type_uri: return "relative_type_uri";
    case pd::error::invalid_uri: return "invalid_uri";
    case pd::error::duplicate_member: return "duplicate_member";
    case pd::error::scratch_too_small: return "scratch_too_small";
    default: return "other";
    }
}

std::string_view format_description(pd::body_format f) {
    switch (f) {
    case pd::body_format::problem: return "RFC 9457 / RFC 7807 problem";
    case pd::body_format::gateway: return "API gateway body: statusCode, message";
    case pd::body_format::legacy: return "legacy errors: errorCode, errorMessage";
    case pd::body_format::text: return "not JSON: plain text or an HTML page";
    case pd::body_format::empty: return "no body";
    case pd::body_format::json_unrecognized: return "JSON of another shape";
    case pd::body_format::oauth: return "OAuth 2.0 error: error, error_description";
    }
    return "";
}

// --- command line -----------------------------------------------------------------

struct inspect_options {
    std::optional<pd::http_status> status;
    std::optional<std::string> content_type;
    std::optional<std::string> retry_after;
    bool json = false;
    pd::retry_request request{.idempotent = false,
                              .idempotency_key_sent = true,
                              .attempt = 1,
                              .random = 0.0,
                              .now = std::nullopt};
    std::string path;
};

unsigned parse_unsigned(std::string_view option, std::string_view v) {
    if (v.empty() || v.size() > 9)
        throw usage_error{std::string(option) + " expects a number, not '" + std::string(v) + "'"};
    unsigned n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            throw usage_error{std::string(option) + " expects a number, not '" + std::string(v) +
                              "'"};
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n;
}

/// Reads `--name value` or `--name=value`.
bool option_value(std::vector<std::string_view> const& args, std::size_t& i, std::string_view name,
                  std::string_view& value) {
    std::string_view const a = args[i];
    if (a == name) {
        if (i + 1 >= args.size())
            throw usage_error{std::string(name) + " needs a value"};
        value = args[++i];
        return true;
    }
    if (a.size() > name.size() && a.substr(0, name.size()) == name && a[name.size()] == '=') {
        value = a.substr(name.size() + 1);
        return true;
    }
    return false;
}

void set_path(std::string& path, bool& have_path, std::string_view a) {
    if (have_path)
        throw usage_error{"only one input file may be given"};
    path = std::string(a);
    have_path = true;
}

// --- field errors -----------------------------------------------------------------

/// `,"field_errors":[{"field":..,"message":..[,"code":..]},...]` for --json.
void append_field_errors_json(std::string& o, pd::problem const& p) {
    o += ",\"field_errors\":[";
    bool first = true;
    for (auto const& e : pd::field_errors(p)) {
        o += first ? "{\"field\":" : ",{\"field\":";
        first = false;
        json_string(o, e.field);
        o += ",\"message\":";
        json_string(o, e.message);
        if (!e.code.empty()) {
            o += ",\"code\":";
            json_string(o, e.code);
        }
        o += '}';
    }
    o += ']';
}

/// "field errors:" and one line per field error, for the text output; nothing when none.
void append_field_errors_text(std::string& o, pd::problem const& p) {
    auto const errors = pd::field_errors(p);
    if (errors.empty())
        return;
    o += "field errors:\n";
    for (auto const& e : errors) {
        o += "  ";
        o += e.field.empty() ? std::string("(no field)") : printable(e.field);
        o += ": ";
        o += printable(e.message);
        if (!e.code.empty())
            o += " [" + printable(e.code) + "]";
        o += '\n';
    }
}

// --- inspect ----------------------------------------------------------------------

std::string inspect_json(pd::classification const& c, pd::retry_advice const& advice,
                         pd::vipps::diagnosis const& diagnosis) {
    std::string o = "{\"format\":";
    json_string(o, pd::to_string(c.format));
    o += ",\"status\":";
    o += c.status ? std::to_string(pd::status_code(*c.status)) : "null";
    o += ",\"status_class\":";
    if (auto const k = c.category())
        json_string(o, pd::to_string(*k));
    else
        o += "null";
    o += ",\"problem\":";
    o += pd::to_json(c.problem);
    o += ",\"retry\":{\"action\":";
    json_string(o, pd::to_string(advice.action));
    o += ",\"delay_seconds\":";
    if (advice.delay) {
        auto const ms = advice.delay->count();
        o += std::to_string(ms / 1000);
        if (ms % 1000 != 0) {
            char frac[8];
            std::snprintf(frac, sizeof frac, ".%03d", static_cast<int>(ms % 1000));
            std::string f = frac;
            while (f.back() == '0')
                f.pop_back();
            o += f;
        }
    } else {
        o += "null";
    }
    o += ",\"reuse_idempotency_key\":";
    o += advice.reuse_idempotency_key ? "true" : "false";
    o += ",\"reason\":";
    json_string(o, advice.reason);
    o += "},\"diagnosis\":[";
    bool first = true;
    for (auto const& f : diagnosis) {
        o += first ? "{\"id\":" : ",{\"id\":";
        first = false;
        json_string(o, f.id());
        o += ",\"hint\":";
        json_string(o, f.hint());
        o += ",\"match\":";
        json_string(o, pd::vipps::to_string(f.kind));
        o += '}';
    }
    o += "],\"quirks\":[";
    first = true;
    for (pd::quirk q : pd::all_quirks)
        if (c.quirks.contains(q)) {
            if (!first)
                o += ',';
            first = false;
            json_string(o, pd::to_string(q));
        }
    o += "],\"body_status\":";
    o += c.body_status ? std::to_string(pd::status_code(*c.body_status)) : "null";
    o += ",\"code\":";
    if (c.body_code.empty())
        o += "null";
    else
        json_string(o, c.body_code);
    o += ",\"correlation_id\":";
    if (c.correlation_id.empty())
        o += "null";
    else
        json_string(o, c.correlation_id);
    // The member or header the id came from, and which kind of place that is.
    o += ",\"correlation_source\":";
    if (c.correlation_member.empty())
        o += "null";
    else
        json_string(o, c.correlation_member);
    o += ",\"correlation_origin\":";
    json_string(o, pd::to_string(c.correlation_from));
    o += ",\"family\":";
    if (c.family.empty())
        o += "null";
    else
        json_string(o, c.family);
    o += ",\"content_language\":";
    if (c.content_language.empty())
        o += "null";
    else
        json_string(o, c.content_language);
    append_field_errors_json(o, c.problem);
    o += "}\n";
    return o;
}

std::string inspect_text(pd::classification const& c, pd::retry_advice const& advice,
                         pd::vipps::diagnosis const& diagnosis) {
    std::string o;
    auto line = [&](std::string_view label, std::string_view value) {
        o += label;
        o.append(label.size() < 14 ? 14 - label.size() : 1, ' ');
        o += printable(value);
        o += '\n';
    };
    line("format:", std::string(pd::to_string(c.format)) + " (" +
                        std::string(format_description(c.format)) + ")");
    if (c.status)
        line("status:", std::to_string(pd::status_code(*c.status)) + " " +
                            std::string(pd::reason_phrase(*c.status)) + " (" +
                            std::string(pd::to_string(pd::class_of(*c.status))) + ")");
    else
        line("status:", "unknown (give --status, or inspect the whole response)");
    if (c.body_status && c.body_status != c.status)
        line("body status:", std::to_string(pd::status_code(*c.body_status)) +
                                 " (the body disagrees with the HTTP status)");
    if (!c.quirks.empty()) {
        std::string q;
        for (pd::quirk k : pd::all_quirks)
            if (c.quirks.contains(k))
                q += (q.empty() ? "" : ", ") + std::string(pd::to_string(k));
        line("quirks:", q);
    }
    if (!c.body_code.empty())
        line("code:", c.body_code);
    if (!c.correlation_id.empty())
        line("occurrence:", c.correlation_id + " (" +
                                (c.correlation_from == pd::correlation_source::instance
                                     ? std::string("instance")
                                     : std::string(pd::to_string(c.correlation_from)) + ": " +
                                           c.correlation_member) +
                                ")");
    if (!c.content_language.empty())
        line("language:", c.content_language);

    o += "problem:\n";
    auto member = [&](std::string_view name, std::string_view value) {
        o += "  ";
        o += printable(name);
        o += ':';
        o.append(name.size() < 10 ? 11 - name.size() : 1, ' ');
        o += printable(value);
        o += '\n';
    };
    member("type", c.problem.type);
    if (c.problem.status)
        member("status", std::to_string(pd::status_code(*c.problem.status)));
    if (!c.problem.title.empty())
        member("title", c.problem.title);
    if (!c.problem.detail.empty())
        member("detail", c.problem.detail);
    if (!c.problem.instance.empty())
        member("instance", c.problem.instance);
    for (auto const& m : c.problem.extensions) {
        std::string const v = boost::json::serialize(m.value());
        member(std::string_view(m.key().data(), m.key().size()), v);
    }
    append_field_errors_text(o, c.problem);

    std::string r = std::string(pd::to_string(advice.action));
    if (advice.delay) {
        auto const ms = advice.delay->count();
        r += " in " + std::to_string(ms / 1000);
        if (ms % 1000)
            r += "." + std::to_string(ms % 1000 + 1000).substr(1);
        r += " s";
    }
    if (advice.reuse_idempotency_key)
        r += ", same Idempotency-Key";
    r += ": ";
    r += advice.reason;
    o += "retry:        ";
    o += wrap(r, 14).substr(14);

    if (diagnosis.empty()) {
        o += "diagnosis:    none\n";
    } else {
        o += "diagnosis:\n";
        for (auto const& f : diagnosis) {
            o += "  " + std::string(f.id()) + " (" + std::string(pd::vipps::to_string(f.kind)) +
                 " match)\n";
            o += wrap(f.hint(), 4);
        }
    }
    return o;
}

int inspect(std::vector<std::string_view> const& args) {
    inspect_options opt;
    bool have_path = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view const a = args[i];
        std::string_view v;
        if (a == "--help" || a == "-h") {
            write_output(usage_text);
            return exit_ok;
        } else if (option_value(args, i, "--status", v)) {
            auto const s = pd::parse_status(v);
            if (!s)
                throw usage_error{"--status expects a status code in 100..599, not '" +
                                  std::string(v) + "'"};
            opt.status = *s;
        } else if (option_value(args, i, "--content-type", v)) {
            opt.content_type = std::string(v);
        } else if (option_value(args, i, "--retry-after", v)) {
            opt.retry_after = std::string(v);
        } else if (option_value(args, i, "--attempt", v)) {
            opt.request.attempt = parse_unsigned("--attempt", v);
            if (opt.request.attempt == 0)
                throw usage_error{"--attempt counts from 1"};
        } else if (option_value(args, i, "--now", v)) {
            auto const t = pd::parse_http_date(v);
            if (!t)
                throw usage_error{
                    "--now expects an HTTP-date, e.g. 'Sun, 06 Nov 1994 08:49:37 GMT'"};
            opt.request.now = *t;
        } else if (a == "--json") {
            opt.json = true;
        } else if (a == "--idempotent") {
            opt.request.idempotent = true;
        } else if (a == "--no-idempotency-key") {
            opt.request.idempotency_key_sent = false;
        } else if (a.size() > 1 && a.front() == '-') {
            throw usage_error{"unknown option '" + std::string(a) + "' for inspect"};
        } else {
            set_path(opt.path, have_path, a);
        }
    }
    std::string const input = read_input(opt.path);

    pd::response_view response;
    if (pd::looks_like_http_response(input)) {
        auto const m = pd::parse_http_response(input);
        if (!m) {
            std::cerr << "problem-details: the input starts with \"HTTP/\" but is not a readable "
                         "HTTP response: "
                      << m.error().message() << '\n';
            return exit_invalid;
        }
        response = pd::response_view::from(*m);
    } else {
        response.body = input;
    }
    if (opt.status)
        response.status = opt.status;
    if (opt.content_type)
        response.content_type = *opt.content_type;
    if (opt.retry_after)
        response.retry_after = *opt.retry_after;
    if (!opt.request.now)
        opt.request.now =
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());

    pd::classification const c = pd::classify(response);
    pd::retry_advice const advice = pd::advise_retry(c, opt.request);
    pd::vipps::diagnosis const diagnosis = pd::vipps::diagnose(c);
    write_output(opt.json ? inspect_json(c, advice, diagnosis)
                          : inspect_text(c, advice, diagnosis));
    return exit_ok;
}

// --- validate ---------------------------------------------------------------------

int validate(std::vector<std::string_view> const& args) {
    bool json = false;
    bool have_path = false;
    std::string path;
    for (std::string_view a : args) {
        if (a == "--help" || a == "-h") {
            write_output(usage_text);
            return exit_ok;
        } else if (a == "--json") {
            json = true;
        } else if (a.size() > 1 && a.front() == '-') {
            throw usage_error{"unknown option '" + std::string(a) + "' for validate"};
        } else {
            set_path(path, have_path, a);
        }
    }
    std::string const input = read_input(path);
    std::string_view document = input;
    std::size_t base = 0; // offsets are reported in the document, i.e. the body
    if (pd::looks_like_http_response(input)) {
        auto const m = pd::parse_http_response(input);
        if (!m) {
            std::cerr << "problem-details: the input starts with \"HTTP/\" but is not a readable "
                         "HTTP response: "
                      << m.error().message() << '\n';
            return exit_invalid;
        }
        document = m->body;
        base = static_cast<std::size_t>(document.data() - input.data());
    }
    auto const violations = pd::validate(document);
    std::string const name = path.empty() || path == "-" ? "<stdin>" : path;
    std::string o;
    if (json) {
        o = "{\"valid\":";
        o += violations.empty() ? "true" : "false";
        o += ",\"violations\":[";
        bool first = true;
        for (auto const& v : violations) {
            o += first ? "{\"code\":" : ",{\"code\":";
            first = false;
            json_string(o, error_name(v.code));
            o += ",\"offset\":" + std::to_string(v.offset);
            o += ",\"member\":";
            if (v.member.empty())
                o += "null";
            else
                json_string(o, v.member);
            o += ",\"message\":";
            json_string(o, v.code.message());
            o += '}';
        }
        o += "]}\n";
    } else if (violations.empty()) {
        o = name + ": valid RFC 9457 problem document\n";
    } else {
        o = name + ": " + std::to_string(violations.size()) +
            (violations.size() == 1 ? " violation\n" : " violations\n");
        for (auto const& v : violations) {
            o += "  offset " + std::to_string(v.offset);
            if (base != 0)
                o += " (byte " + std::to_string(v.offset + base) + " of the input)";
            if (!v.member.empty()) {
                o += ", member ";
                json_string(o, v.member);
            }
            o += ": " + std::string(error_name(v.code)) + ": " + v.code.message() + '\n';
        }
    }
    write_output(o);
    return violations.empty() ? exit_ok : exit_invalid;
}

// --- schema -----------------------------------------------------------------------

int schema(std::vector<std::string_view> const& args) {
    bool page = false;
    bool openapi = false;
    bool list = false;
    std::string name;
    bool have_name = false;
    for (std::string_view a : args) {
        if (a == "--help" || a == "-h") {
            write_output(usage_text);
            return exit_ok;
        } else if (a == "--page") {
            page = true;
        } else if (a == "--openapi") {
            openapi = true;
        } else if (a == "--list") {
            list = true;
        } else if (a.size() > 1 && a.front() == '-') {
            throw usage_error{"unknown option '" + std::string(a) + "' for schema"};
        } else if (have_name) {
            throw usage_error{"schema takes one problem type name"};
        } else {
            name = std::string(a);
            have_name = true;
        }
    }
    if (int(list) + int(openapi) + int(have_name) > 1 || (page && !have_name))
        throw usage_error{"schema takes one of --list, --openapi, NAME or --page NAME"};
    if (openapi) {
        write_output(pd::vipps::openapi_document());
        return exit_ok;
    }
    if (!have_name) {
        std::string o;
        for (auto const& t : pd::vipps::published_types) {
            o += std::string(t.name);
            o.append(t.name.size() < 28 ? 28 - t.name.size() : 1, ' ');
            o += std::string(t.type_uri) + "  " + std::string(t.title) + '\n';
        }
        write_output(o);
        return exit_ok;
    }
    for (auto const& t : pd::vipps::published_types)
        if (t.name == name) {
            write_output(std::string(page ? t.page : t.schema));
            return exit_ok;
        }
    throw usage_error{"no problem type '" + name + "' (problem-details schema --list lists them)"};
}

int run(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty())
        throw usage_error{"a command is needed: inspect, validate or schema"};
    std::string_view const cmd = args.front();
    std::vector<std::string_view> const rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        write_output(usage_text);
        return exit_ok;
    }
    if (cmd == "--version" || cmd == "-V") {
        write_output("problem-details " PROBLEM_DETAILS_VERSION_STRING "\n");
        return exit_ok;
    }
    if (cmd == "inspect")
        return inspect(rest);
    if (cmd == "validate")
        return validate(rest);
    if (cmd == "schema")
        return schema(rest);
    throw usage_error{"unknown command '" + std::string(cmd) + "'"};
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (usage_error const& e) {
        std::cerr << "problem-details: " << e.message << "\n(see problem-details --help)\n";
        return exit_usage;
    } catch (io_error const& e) {
        std::cerr << "problem-details: " << e.message << '\n';
        return exit_io;
    } catch (std::exception const& e) {
        std::cerr << "problem-details: " << e.what() << '\n';
        return exit_io;
    }
}
