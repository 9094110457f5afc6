// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_TEST_RESPONSES_HPP
#define PROBLEM_DETAILS_TEST_RESPONSES_HPP

// ../shared/payloads/responses.tsv: for each payload, the HTTP status,
// Content-Type and other headers it arrives with. Tests that iterate the
// payloads use it to build the response each body belongs to.

#include "payloads.hpp"

#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace test_support {

struct response_meta {
    int status = 0;
    std::string content_type;
    std::vector<std::pair<std::string, std::string>> headers; // the other headers
    std::string shape;                                        // the TSV's description

    /// The value of one of the other headers ("" when absent).
    std::string header(std::string const& name) const {
        for (auto const& [n, v] : headers)
            if (n == name)
                return v;
        return {};
    }
};

/// responses.tsv, by payload file name. Throws when the file is missing.
inline std::map<std::string, response_meta> response_table() {
    std::istringstream in(read_file(payloads_dir() / "responses.tsv"));
    std::map<std::string, response_meta> out;
    std::string line;
    bool header_row = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        if (header_row) {
            header_row = false;
            continue;
        }
        std::vector<std::string> cols;
        std::string::size_type start = 0;
        for (;;) {
            auto const tab = line.find('\t', start);
            cols.push_back(
                line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        cols.resize(5);
        response_meta m;
        m.status = std::stoi(cols[1]);
        m.content_type = cols[2];
        // Other headers: "Name: value", several separated by ';'.
        std::string::size_type p = 0;
        while (p < cols[3].size()) {
            auto const semi = cols[3].find(';', p);
            std::string h =
                cols[3].substr(p, semi == std::string::npos ? std::string::npos : semi - p);
            p = semi == std::string::npos ? cols[3].size() : semi + 1;
            auto const colon = h.find(':');
            if (colon == std::string::npos)
                continue;
            std::string name = h.substr(0, colon), value = h.substr(colon + 1);
            while (!name.empty() && name.front() == ' ')
                name.erase(0, 1);
            while (!value.empty() && value.front() == ' ')
                value.erase(0, 1);
            while (!value.empty() && value.back() == ' ')
                value.pop_back();
            m.headers.emplace_back(name, value);
        }
        m.shape = cols[4];
        out[cols[0]] = m;
    }
    if (out.empty())
        throw std::runtime_error("responses.tsv lists no payloads");
    return out;
}

/// The payload as a raw HTTP/1.1 response, as `curl -i` would print it.
inline std::string raw_response(response_meta const& m, std::string const& body,
                                char const* eol = "\r\n") {
    std::string r = "HTTP/1.1 " + std::to_string(m.status) + " Whatever" + eol;
    if (!m.content_type.empty())
        r += "Content-Type: " + m.content_type + eol;
    for (auto const& [n, v] : m.headers)
        r += n + ": " + v + eol;
    r += "Content-Length: " + std::to_string(body.size()) + eol;
    r += eol;
    return r + body;
}

} // namespace test_support

#endif
