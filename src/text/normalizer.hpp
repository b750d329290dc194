// Normalisation for matching, with an offset map back to the original text: full-width ASCII to
// half-width, zero-width and format characters removed, traditional to simplified by character,
// quotes and brackets folded to one class each. Findings are always reported on original offsets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"
#include "common/strings.hpp"

namespace govwatch::text {

// A normalised view of a text.
struct NormalizedText {
  std::u32string text;                 // normalised code points
  std::vector<std::uint32_t> origin;   // per normalised code point: its index in the original
};

// A normalised view encoded as UTF-8 for byte-oriented matchers.
struct NormalizedBytes {
  std::string bytes;                   // UTF-8 of the normalised code points
  // Per byte: the original code point index it came from. Filled by Encode only; elsewhere it is
  // normalized.origin[index[b]].
  std::vector<std::uint32_t> origin;
  std::vector<std::uint32_t> index;    // per byte (and one past the end): the normalised index
};

// Cuts buffers filled in place (sized for the worst case) to the `points` code points and `size`
// bytes written, and closes `bytes.index` with its one-past-the-end entry.
inline void ShrinkFilled(NormalizedText& text, NormalizedBytes& bytes, std::size_t points, std::size_t size) {
  text.text.resize(points);
  text.origin.resize(points);
  bytes.bytes.resize(size);
  bytes.index.resize(size + 1);
  bytes.index[size] = static_cast<std::uint32_t>(points);
}

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
  // Like NormalizeUtf8, into `out`, and encodes the result as UTF-8 into `bytes` in the same pass
  // (bytes and index; `bytes.origin` is left empty). The storage of `out` and `bytes` is reused,
  // so that a caller scanning many pieces allocates once. Returns the number of code points of
  // `utf8` as DecodeUtf8 counts them (an invalid byte is one); `valid` (optional) is set to
  // whether `utf8` was valid UTF-8 throughout.
  std::size_t NormalizeUtf8Into(std::string_view utf8, NormalizedText& out, NormalizedBytes& bytes,
                                bool* valid = nullptr) const;
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
  // One bit per CJK ideograph U+4E00–U+9FFF: set when t2s_bmp_ has an entry. Most characters of
  // simplified text have none, and this bitmap (2.6 KB) stays in cache where the table does not.
  std::vector<std::uint64_t> t2s_cjk_bits_;
};

// True for CJK unified ideographs (basic block and extension A) and 〇.
inline bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007; }
// True for ASCII digits.
inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
// True for ASCII letters.
inline bool IsAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

}  // namespace govwatch::text
