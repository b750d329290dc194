// Small string and UTF-8 helpers shared by every module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govwatch {

// Removes ASCII white space (and a UTF-8 full-width space) at both ends.
std::string_view Trim(std::string_view s);
// Splits on a single character; keeps empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep);
// ASCII lower case.
std::string ToLowerAscii(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool Contains(std::string_view s, std::string_view needle);
// Replaces every occurrence of `from` with `to`.
std::string ReplaceAll(std::string_view s, std::string_view from, std::string_view to);

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);
// Number of code points in well-formed UTF-8 (each invalid byte counts as one).
std::size_t CodePointCount(std::string_view s);
// Decodes `s` into code points; each invalid byte becomes U+FFFD. `byte_offsets`, when given,
// receives the byte offset of every code point plus a final entry for the end.
std::u32string DecodeUtf8(std::string_view s, std::vector<std::size_t>* byte_offsets = nullptr);
// Encodes code points as UTF-8.
std::string EncodeUtf8(std::u32string_view s);
void AppendUtf8(std::string& out, char32_t c);
// Cuts `s` to at most `max_code_points` code points, appending "…" when it cut.
std::string TruncateUtf8(std::string_view s, std::size_t max_code_points);
// Replaces invalid UTF-8 sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// 64-bit FNV-1a of the bytes, as 16 hex digits (content addressing, not security).
std::string HashHex(std::string_view s);

}  // namespace govwatch
