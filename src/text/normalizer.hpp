// Normalisation for matching, with an offset map back to the original text: full-width ASCII to
// half-width, zero-width and format characters removed, traditional to simplified by character,
// quotes and brackets folded to one class each. Findings are always reported on original offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// A normalised view of a text.
struct NormalizedText {
  std::u32string text;                 // normalised code points
  std::vector<std::uint32_t> origin;   // per normalised code point: its index in the original
};

// A normalised view encoded as UTF-8 for byte-oriented matchers.
struct NormalizedBytes {
  std::string bytes;                   // UTF-8 of the normalised code points
  std::vector<std::uint32_t> origin;   // per byte: the original code point index it came from
  std::vector<std::uint32_t> index;    // per byte (and one past the end): the normalised index
};

// Folds characters for matching. Immutable after Load(); safe to share between threads.
class Normalizer {
 public:
  // An identity normaliser with width folding and zero-width removal but no character table.
  Normalizer() = default;
  // Reads "traditional<TAB>simplified" rows (one character each). Fails on a malformed row,
  // naming `file_name` and the line.
  static Result<Normalizer> Load(std::string_view file_name, std::string_view t2s_tsv);
  // Like Load, into this normaliser (replacing its table).
  Result<void> LoadTable(std::string_view file_name, std::string_view t2s_tsv);

  // The folded form of one code point (width, traditional → simplified, quote and bracket
  // classes). Zero-width characters are not removed here.
  char32_t Fold(char32_t c) const;
  // True for characters that matching ignores entirely (zero-width, format, soft hyphen).
  static bool IsIgnorable(char32_t c);
  // Normalises `original` (code points).
  NormalizedText Normalize(std::u32string_view original) const;
  // Decodes UTF-8 and normalises in one pass (invalid bytes become U+FFFD, one code point each,
  // as DecodeUtf8 does); the origin map counts code points of `utf8`.
  NormalizedText NormalizeUtf8(std::string_view utf8) const;
  // The skeleton of a normalised text for evasion-tolerant matching: only CJK ideographs,
  // letters (lower-cased) and digits remain; the origin map is carried through.
  static NormalizedText Skeleton(const NormalizedText& normalized);
  // Encodes a normalised text as UTF-8 with a per-byte origin map.
  static NormalizedBytes Encode(const NormalizedText& normalized);
  // Number of entries of the traditional → simplified table.
  std::size_t TableSize() const { return t2s_.size(); }

 private:
  std::unordered_map<char32_t, char32_t> t2s_;
  // The table for the BMP as a flat array (0: no entry), filled by LoadTable.
  std::vector<char32_t> t2s_bmp_;
};

// Decodes one UTF-8 sequence at s[i] into `out`; returns its length, or 0 when it is not valid
// UTF-8 (the same rules as common/strings' DecodeUtf8).
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


// True for CJK unified ideographs (basic block and extension A).
bool IsHan(char32_t c);
// True for ASCII digits.
inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
// True for ASCII letters.
inline bool IsAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

}  // namespace govwatch::text
