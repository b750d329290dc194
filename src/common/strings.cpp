#include "common/strings.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/core.h>

namespace govwatch {

std::string_view Trim(std::string_view s) {
  static constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
      s.remove_prefix(1);
    } else if (StartsWith(s, kFullWidthSpace)) {
      s.remove_prefix(kFullWidthSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
      s.remove_suffix(1);
    } else if (EndsWith(s, kFullWidthSpace)) {
      s.remove_suffix(kFullWidthSpace.size());
    } else {
      break;
    }
  }
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  // Eight bytes at a time (whole page heads and bodies are lowered): in each byte without its top
  // bit, adding 0x80 - 'A' sets the top bit from 'A' up and adding 0x80 - 'Z' - 1 from past 'Z';
  // no sum carries into the next byte. Bytes with the top bit set (UTF-8) are left alone.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  std::size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, out.data() + i, sizeof(word));
    const std::uint64_t low7 = word & (0x7F * kOnes);
    const std::uint64_t from_a = low7 + (0x80 - 'A') * kOnes;
    const std::uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;
    const std::uint64_t upper = from_a & ~past_z & ~word & (0x80 * kOnes);
    word ^= upper >> 2;  // 0x80 >> 2 is the case bit 0x20
    std::memcpy(out.data() + i, &word, sizeof(word));
  }
  for (; i < out.size(); ++i) {
    char& c = out[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool Contains(std::string_view s, std::string_view needle) { return FindBytes(s, needle) != std::string_view::npos; }

std::size_t FindBytes(std::string_view s, std::string_view needle, std::size_t from) {
  if (from > s.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  if (needle.size() > s.size() - from) return std::string_view::npos;
  // memchr for one byte of the needle, then a comparison. std::string_view::find uses the first
  // byte, which for a CJK needle is a lead byte found every third byte of Chinese text; the last
  // byte is a continuation byte, one of 64 values. glibc's memmem was measured too: slower than
  // either for needles of two to five bytes ("\\/", "&#47", "ICP备"), which start with rare bytes.
  const std::size_t anchor = static_cast<unsigned char>(needle[0]) >= 0x80 ? needle.size() - 1 : 0;
  const char* const begin = s.data();
  const char* const last_start = begin + (s.size() - needle.size());  // where a match may start, at most
  for (const char* start = begin + from; start <= last_start;) {
    const void* hit = std::memchr(start + anchor, needle[anchor], static_cast<std::size_t>(last_start - start) + 1);
    if (hit == nullptr) break;
    const char* candidate = static_cast<const char*>(hit) - anchor;
    if (std::memcmp(candidate, needle.data(), needle.size()) == 0) return static_cast<std::size_t>(candidate - begin);
    start = candidate + 1;
  }
  return std::string_view::npos;
}

std::string ReplaceAll(std::string_view s, std::string_view from, std::string_view to) {
  std::string out;
  if (from.empty()) return std::string(s);
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = s.find(from, start);
    if (pos == std::string_view::npos) break;
    out.append(s.substr(start, pos - start));
    out.append(to);
    start = pos + from.size();
  }
  out.append(s.substr(start));
  return out;
}


bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  char32_t cp = 0;
  while (i < s.size()) {
    // Markup is mostly ASCII: skip it eight bytes at a time.
    while (i + 8 <= s.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + i, sizeof(word));
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = DecodeUtf8At(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t i = 0;
  std::size_t count = 0;
  char32_t cp = 0;
  while (i < s.size()) {
    const std::size_t n = DecodeUtf8At(s, i, cp);
    i += n == 0 ? 1 : n;
    ++count;
  }
  return count;
}

std::u32string DecodeUtf8(std::string_view s, std::vector<std::size_t>* byte_offsets) {
  std::u32string out;
  out.reserve(s.size());
  if (byte_offsets != nullptr) {
    byte_offsets->clear();
    byte_offsets->reserve(s.size() + 1);
  }
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t n = DecodeUtf8At(s, i, cp);
    if (n == 0) {
      cp = 0xFFFD;
      n = 1;
    }
    if (byte_offsets != nullptr) byte_offsets->push_back(i);
    out.push_back(cp);
    i += n;
  }
  if (byte_offsets != nullptr) byte_offsets->push_back(s.size());
  return out;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) AppendUtf8(out, c);
  return out;
}

std::string TruncateUtf8(std::string_view s, std::size_t max_code_points) {
  std::size_t i = 0;
  std::size_t count = 0;
  char32_t cp = 0;
  while (i < s.size() && count < max_code_points) {
    const std::size_t n = DecodeUtf8At(s, i, cp);
    i += n == 0 ? 1 : n;
    ++count;
  }
  if (i >= s.size()) return SanitizeUtf8(s);
  return SanitizeUtf8(s.substr(0, i)) + "…";
}

std::string SanitizeUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  return EncodeUtf8(DecodeUtf8(s));
}

std::string HashHex(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

}  // namespace govwatch
