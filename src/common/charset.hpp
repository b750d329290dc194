// Character sets: everything inside govwatch is UTF-8; bytes from the web and from import
// files are converted at the edge.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch {

// Result of a conversion to UTF-8.
struct Utf8Text {
  std::string text;              // always well-formed UTF-8
  std::string charset;           // the charset used, upper case ("UTF-8", "GB18030", "BIG5" …)
  std::size_t invalid_bytes = 0;  // bytes that could not be decoded (replaced by U+FFFD)
};

// Canonical name for a label seen in HTTP headers or <meta>: gbk/gb2312/x-gbk → GB18030 (a
// superset), utf8 → UTF-8, big5 → BIG5. Unknown labels are upper-cased as given.
std::string NormalizeCharsetLabel(std::string_view label);
// True when `label` names a character set that can be converted (iconv knows it). Pages carry
// misspelt and invented labels ("x-unknown", "utf8mb4", "gbk2312"); those are ignored.
bool IsKnownCharset(std::string_view label);
// The charset a byte order mark at the start of `bytes` names ("UTF-8", "UTF-16LE", "UTF-16BE"),
// and the mark's length; {"", 0} without one.
struct ByteOrderMark {
  std::string_view charset;
  std::size_t length = 0;
};
ByteOrderMark ByteOrderMarkOf(std::string_view bytes);
// True for the labels of UTF-16 and UTF-32, whose markup has zero bytes.
bool IsWideCharset(std::string_view label);
// Guesses the charset of `bytes` (BOM, strict UTF-8 validity, then uchardet).
std::string DetectCharset(std::string_view bytes);
// Converts `bytes` in `charset` (any label) to UTF-8. Undecodable bytes are counted and replaced,
// never fatal; an unknown charset falls back to detection.
Utf8Text ToUtf8(std::string_view bytes, std::string_view charset);
// Detects and converts in one step, stripping a BOM.
Utf8Text AnyToUtf8(std::string_view bytes);

}  // namespace govwatch
