// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_XML_HPP
#define PROBLEM_DETAILS_XML_HPP

/// Writing problems as `application/problem+xml` (RFC 9457 Appendix B),
/// without allocating, into the caller's buffer.

#include <problem_details/problem.hpp>
#include <problem_details/result.hpp>
#include <problem_details/validation_problem.hpp>

#include <cstddef>
#include <span>
#include <string>

namespace problem_details {

/// The XML namespace of problem documents (RFC 9457 Appendix B).
inline constexpr std::string_view problem_xml_namespace = "urn:ietf:rfc:7807";

/// Options for `serialize_xml`, `xml_serialized_size` and `to_xml`.
struct xml_options {
    /// Starts the document with `<?xml version="1.0" encoding="UTF-8"?>`.
    bool declaration = true;
};

/** The exact number of bytes `serialize_xml` writes for `p`; 0 when it
    cannot be written (`serialize_xml` then says why). Linear in the
    output, no allocation. */
std::size_t xml_serialized_size(problem_view const& p, xml_options options = {}) noexcept;
/// As above, for an owning problem.
std::size_t xml_serialized_size(problem const& p, xml_options options = {}) noexcept;
/// As above, for a validation problem.
std::size_t xml_serialized_size(validation_problem_view const& p,
                                xml_options options = {}) noexcept;

/** Writes `p` as `application/problem+xml` into `out`, compact (no
    whitespace between elements), UTF-8.

    The document is `<problem xmlns="urn:ietf:rfc:7807">` holding one
    element per member: the standard members as `serialize` chooses them
    (`type` always, `status` when set, `title`, `detail`, `instance` when
    present: a view's when not null, an owning problem's when not empty), then the extensions in their order. Extension values follow
    RFC 9457 Appendix B: an array's elements are `<i>` elements, an
    object's members nested elements, a string its text, a number or
    boolean its JSON text, `null` an empty element. A validation problem's
    field errors are one more extension (`<extraDetails><i><name>..</name>
    <reason>..</reason></i>..</extraDetails>` and so on, as the JSON shape).

    Safety, by construction: no value can change the document's structure.
    - Text: `&`, `<`, `>`, `"`, `'` are written as entity references, CR as
      `&#xD;` (else a parser reads it as LF). The characters XML 1.0 cannot
      represent at all, even as references (the C0 controls other than tab,
      LF and CR, whether raw or `\u`-escaped in JSON; U+FFFE, U+FFFF; lone
      surrogates from `\u` escapes), are replaced by U+FFFD.
    - Names: a member name that is not a valid XML element name is encoded:
      each code point not allowed where it stands (':' included, for
      namespaces) is written `_xHHHH_` (uppercase hex; `_xHHHHHHHH_` above
      U+FFFF), a '_' before an 'x' as `_x005F_` (the SQL/XML and .NET
      XmlConvert.EncodeName convention, reversible), and the empty name as
      `_x_`. So `"trace id"` is `<trace_x0020_id>`, `"1st"` is `<_x0031_st>`.

    @return The number of bytes written.
    @par Allocation
    None.
    @par Errors
    `error::buffer_too_small` (nothing written past `out`),
    `error::invalid_utf8_in_value`, `error::invalid_extension_value`,
    `error::conflicting_member` (as `serialize`), `error::too_deep` (an
    extension value nested deeper than 1024).
*/
result<std::size_t> serialize_xml(problem_view const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;
/// As above, for an owning problem.
result<std::size_t> serialize_xml(problem const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;
/// As above, for a validation problem.
result<std::size_t> serialize_xml(validation_problem_view const& p, std::span<char> out,
                                  xml_options options = {}) noexcept;

/** `p` as an XML string. Allocates the string only.
    @throws boost::system::system_error with the error `serialize_xml` reports. */
std::string to_xml(problem_view const& p, xml_options options = {});
/// As above, for an owning problem.
std::string to_xml(problem const& p, xml_options options = {});
/// As above, for a validation problem.
std::string to_xml(validation_problem_view const& p, xml_options options = {});

} // namespace problem_details

#include <problem_details/impl/xml.hpp>

#endif
