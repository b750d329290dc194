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
// Inline: hot loops test short literal prefixes and suffixes of URLs and texts.
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// EndsWith, ASCII letters of `s` compared in lower case with `lower_suffix` (itself lower case),
// without the copy ToLowerAscii makes.
inline bool EndsWithIgnoringAsciiCase(std::string_view s, std::string_view lower_suffix) {
  if (s.size() < lower_suffix.size()) return false;
  const std::size_t start = s.size() - lower_suffix.size();
  for (std::size_t i = 0; i < lower_suffix.size(); ++i) {
    char c = s[start + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_suffix[i]) return false;
  }
  return true;
}
// True when `needle` occurs in `s` (an empty needle always does). Searched with FindBytes.
bool Contains(std::string_view s, std::string_view needle);
// Where `needle` first occurs in `s` at or after `from`, or npos, as std::string_view::find
// says; faster for CJK needles, whose first byte is one of a few lead bytes found every third
// byte of Chinese text, where find stopped to compare at nearly every character.
std::size_t FindBytes(std::string_view s, std::string_view needle, std::size_t from = 0);
// Replaces every occurrence of `from` with `to`.
std::string ReplaceAll(std::string_view s, std::string_view from, std::string_view to);

// Decodes one UTF-8 sequence at s[i] into `out`; returns its length, or 0 when it is not valid
// UTF-8 (overlong forms, surrogates, beyond U+10FFFF, truncated). Inline, with a fast path for
// the three-byte sequences of CJK text: the text engine calls it once per character.
inline std::size_t DecodeUtf8At(std::string_view s, std::size_t i, char32_t& out) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    out = b0;
    return 1;
  }
  // Fast path: a well-formed three-byte sequence (CJK).
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const auto cp = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        out = cp;
        return 3;
      }
      return 0;
    }
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  out = cp;
  return len;
}

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
