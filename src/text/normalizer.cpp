#include "text/normalizer.hpp"

#include "common/strings.hpp"
#include "text/code_point_skip.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

Result<Normalizer> Normalizer::Load(std::string_view file_name, std::string_view t2s_tsv) {
  Normalizer normalizer;
  auto loaded = normalizer.LoadTable(file_name, t2s_tsv);
  if (!loaded) return loaded.error();
  return normalizer;
}

Result<void> Normalizer::LoadTable(std::string_view file_name, std::string_view t2s_tsv) {
  auto rows = ParseRuleTable(file_name, t2s_tsv, 2);
  if (!rows) return rows.error();
  t2s_.clear();
  for (const RuleRow& row : *rows) {
    std::u32string from = DecodeUtf8(row.fields[0]);
    std::u32string to = DecodeUtf8(row.fields[1]);
    if (from.size() != 1 || to.size() != 1) {
      return RuleError(file_name, row.line, "expected one character in each of the first two fields");
    }
    t2s_[from[0]] = to[0];
  }
  t2s_bmp_.assign(0x10000, 0);
  t2s_cjk_bits_.assign((0xA000 - 0x4E00) / 64, 0);
  for (const auto& [from, to] : t2s_) {
    if (from < 0x10000) t2s_bmp_[from] = to;
    if (from >= 0x4E00 && from <= 0x9FFF && to != 0) t2s_cjk_bits_[(from - 0x4E00) / 64] |= std::uint64_t{1} << ((from - 0x4E00) % 64);
  }
  return Ok();
}

bool Normalizer::IsIgnorable(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2061 && c <= 0x2064) || (c >= 0xFE00 && c <= 0xFE0F);
}

char32_t Normalizer::Fold(char32_t c) const {
  if (c < 0x80) return c;
  // The common case: a CJK ideograph (no width or punctuation folding applies).
  if (c >= 0x4E00 && c <= 0x9FFF) {
    if (t2s_bmp_.empty()) return c;
    const char32_t to = t2s_bmp_[c];
    return to == 0 ? c : to;
  }
  // Full-width ASCII and the ideographic space.
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000 || c == 0x00A0) return U' ';
  switch (c) {
    // Quotes fold to the Chinese double quotes' opening/closing pair.
    case U'「': case U'『': case U'‘': case U'〝': return U'“';
    case U'」': case U'』': case U'’': case U'〞': return U'”';
    // Bracket classes used in document numbers.
    case U'［': case U'【': case U'〖': return U'〔';
    case U'］': case U'】': case U'〗': return U'〕';
    // Dashes.
    case U'–': case U'－': case U'‐': case U'‑': case U'−': return U'-';
    default: break;
  }
  // Circled and parenthesised digits ①–⑨, ⑴–⑼, ⒈–⒐.
  if (c >= 0x2460 && c <= 0x2468) return U'1' + (c - 0x2460);
  if (c >= 0x2474 && c <= 0x247C) return U'1' + (c - 0x2474);
  if (c >= 0x2488 && c <= 0x2490) return U'1' + (c - 0x2488);
  if (c < 0x10000) {
    if (t2s_bmp_.empty()) return c;
    const char32_t to = t2s_bmp_[c];
    return to == 0 ? c : to;
  }
  auto it = t2s_.find(c);
  return it == t2s_.end() ? c : it->second;
}

NormalizedText Normalizer::NormalizeUtf8(std::string_view utf8) const {
  NormalizedText out;
  // Valid UTF-8 has one code point per lead byte; invalid bytes (one U+FFFD each) grow the arrays.
  std::size_t size = 0;
  for (char b : utf8) size += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
  out.text.resize(size);
  out.origin.resize(size);
  std::size_t n = 0;
  std::uint32_t point = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    char32_t c = 0;
    std::size_t length = DecodeUtf8At(utf8, i, c);
    if (length == 0) {
      c = 0xFFFD;
      length = 1;
    }
    i += length;
    if (!IsIgnorable(c)) {
      if (n == out.text.size()) {
        out.text.resize(2 * n + 16);
        out.origin.resize(2 * n + 16);
      }
      out.text[n] = Fold(c);
      out.origin[n] = point;
      ++n;
    }
    ++point;
  }
  out.text.resize(n);
  out.origin.resize(n);
  return out;
}

namespace {

// Appends the UTF-8 of `c` at `out`; returns the number of bytes written.
inline std::size_t PutUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

}  // namespace

std::size_t Normalizer::NormalizeUtf8Into(std::string_view utf8, NormalizedText& out, NormalizedBytes& bytes,
                                          bool* valid) const {
  const std::size_t size = utf8.size();
  const auto* in = reinterpret_cast<const unsigned char*>(utf8.data());
  // Valid UTF-8 has one code point per lead byte and folding rarely lengthens a character; invalid
  // bytes (one U+FFFD each) and lengthening folds grow the buffers below.
  const std::size_t points_bound = CountUtf8LeadBytes(utf8.data(), size);
  if (out.text.size() < points_bound) out.text.resize(points_bound);
  if (out.origin.size() < points_bound) out.origin.resize(points_bound);
  if (bytes.bytes.size() < size + 8) bytes.bytes.resize(size + 8);
  if (bytes.index.size() < size + 8) bytes.index.resize(size + 8);
  bytes.origin.clear();
  char32_t* text = out.text.data();
  std::uint32_t* origin = out.origin.data();
  char* encoded = bytes.bytes.data();
  std::uint32_t* index = bytes.index.data();
  std::size_t text_capacity = out.text.size();
  std::size_t byte_capacity = bytes.bytes.size();
  const char32_t* t2s = t2s_bmp_.empty() ? nullptr : t2s_bmp_.data();
  const std::uint64_t* t2s_cjk = t2s_cjk_bits_.empty() ? nullptr : t2s_cjk_bits_.data();

  std::size_t n = 0;      // normalised code points written
  std::size_t at = 0;     // encoded bytes written
  std::uint32_t point = 0;
  bool all_valid = true;
  std::size_t i = 0;
  while (i < size) {
    if (n == text_capacity) {
      text_capacity = 2 * text_capacity + 16;
      out.text.resize(text_capacity);
      out.origin.resize(text_capacity);
      text = out.text.data();
      origin = out.origin.data();
    }
    if (at + 4 > byte_capacity) {
      byte_capacity = 2 * byte_capacity + 16;
      bytes.bytes.resize(byte_capacity);
      bytes.index.resize(byte_capacity);
      encoded = bytes.bytes.data();
      index = bytes.index.data();
    }
    const unsigned char b0 = in[i];
    if (b0 < 0x80) {
      // ASCII: never ignorable, folds to itself.
      text[n] = b0;
      origin[n] = point;
      encoded[at] = static_cast<char>(b0);
      index[at++] = static_cast<std::uint32_t>(n);
      ++n;
      ++point;
      ++i;
      continue;
    }
    if ((b0 & 0xF0) == 0xE0 && i + 2 < size && (in[i + 1] & 0xC0) == 0x80 && (in[i + 2] & 0xC0) == 0x80) {
      const auto c = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((in[i + 1] & 0x3Fu) << 6) | (in[i + 2] & 0x3Fu));
      if (c >= 0x4E00 && c <= 0x9FFF) {
        // The common case: a CJK ideograph, folded by the table only.
        char32_t folded = c;
        if (t2s_cjk != nullptr && ((t2s_cjk[(c - 0x4E00) / 64] >> ((c - 0x4E00) % 64)) & 1) != 0) folded = t2s[c];
        text[n] = folded;
        origin[n] = point;
        if (folded == c) {
          encoded[at] = static_cast<char>(b0);
          encoded[at + 1] = static_cast<char>(in[i + 1]);
          encoded[at + 2] = static_cast<char>(in[i + 2]);
          index[at] = index[at + 1] = index[at + 2] = static_cast<std::uint32_t>(n);
          at += 3;
        } else {
          const std::size_t length = PutUtf8(folded, encoded + at);
          for (std::size_t k = 0; k < length; ++k) index[at + k] = static_cast<std::uint32_t>(n);
          at += length;
        }
        ++n;
        ++point;
        i += 3;
        continue;
      }
    }
    char32_t c = 0;
    std::size_t length = DecodeUtf8At(utf8, i, c);
    if (length == 0) {
      c = 0xFFFD;
      length = 1;
      all_valid = false;
    }
    i += length;
    if (!IsIgnorable(c)) {
      const char32_t folded = Fold(c);
      text[n] = folded;
      origin[n] = point;
      const std::size_t written = PutUtf8(folded, encoded + at);
      for (std::size_t k = 0; k < written; ++k) index[at + k] = static_cast<std::uint32_t>(n);
      at += written;
      ++n;
    }
    ++point;
  }
  ShrinkFilled(out, bytes, n, at);
  if (valid != nullptr) *valid = all_valid;
  return point;
}

NormalizedText Normalizer::Normalize(std::u32string_view original) const {
  NormalizedText out;
  out.text.reserve(original.size());
  out.origin.reserve(original.size());
  for (std::size_t i = 0; i < original.size(); ++i) {
    char32_t c = original[i];
    if (IsIgnorable(c)) continue;
    out.text.push_back(Fold(c));
    out.origin.push_back(static_cast<std::uint32_t>(i));
  }
  return out;
}

NormalizedText Normalizer::Skeleton(const NormalizedText& normalized) {
  NormalizedText out;
  out.text.reserve(normalized.text.size());
  out.origin.reserve(normalized.text.size());
  for (std::size_t i = 0; i < normalized.text.size(); ++i) {
    char32_t c = normalized.text[i];
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (!(IsHan(c) || IsAsciiDigit(c) || (c >= U'a' && c <= U'z'))) continue;
    out.text.push_back(c);
    out.origin.push_back(normalized.origin[i]);
  }
  return out;
}

NormalizedBytes Normalizer::Encode(const NormalizedText& normalized) {
  NormalizedBytes out;
  const std::size_t n = normalized.text.size();
  std::size_t total = 0;
  for (char32_t c : normalized.text) total += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  out.bytes.resize(total);
  out.origin.resize(total);
  out.index.resize(total + 1);
  char* bytes = out.bytes.data();
  std::uint32_t* origin = out.origin.data();
  std::uint32_t* index = out.index.data();
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = normalized.text[i];
    const std::uint32_t from = normalized.origin[i];
    const auto point = static_cast<std::uint32_t>(i);
    if (c < 0x80) {
      bytes[at] = static_cast<char>(c);
      origin[at] = from;
      index[at++] = point;
      continue;
    }
    const std::size_t start = at;
    if (c < 0x800) {
      bytes[at++] = static_cast<char>(0xC0 | (c >> 6));
      bytes[at++] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      bytes[at++] = static_cast<char>(0xE0 | (c >> 12));
      bytes[at++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      bytes[at++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      bytes[at++] = static_cast<char>(0xF0 | (c >> 18));
      bytes[at++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      bytes[at++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      bytes[at++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    for (std::size_t b = start; b < at; ++b) {
      origin[b] = from;
      index[b] = point;
    }
  }
  index[total] = static_cast<std::uint32_t>(n);
  return out;
}

}  // namespace govwatch::text
