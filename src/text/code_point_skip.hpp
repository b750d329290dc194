// Skipping runs of code points that a recognizer cannot start at. Most government text is Han;
// the recognizers of numbers, codes, labels and tables look at ASCII (and a few punctuation
// marks) only, so they jump from one such code point to the next instead of testing every one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace govwatch::text {

// The index of the first code point at or after `from` that is ASCII (below U+0080) or one of
// `Extra`; text.size() when there is none. SSE2 checks four code points at a time where the
// compiler targets it.
template <char32_t... Extra>
std::size_t SkipToAsciiOr(std::u32string_view text, std::size_t from) {
  const std::size_t n = text.size();
  std::size_t i = from;
#if defined(__SSE2__)
  // Code points are at most U+10FFFF, so signed 32-bit comparison is exact.
  const __m128i ascii_end = _mm_set1_epi32(0x80);
  for (; i + 4 <= n; i += 4) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_cmplt_epi32(v, ascii_end);
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, _mm_set1_epi32(static_cast<int>(Extra))))), ...);
    const int mask = _mm_movemask_ps(_mm_castsi128_ps(hit));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < n; ++i) {
    const char32_t c = text[i];
    if (c < 0x80 || ((c == Extra) || ...)) return i;
  }
  return n;
}

// The number of bytes of `bytes[0, size)` that are not UTF-8 continuation bytes (10xxxxxx): the
// number of code points of valid UTF-8. SSE2 counts 16 bytes at a time where the compiler targets it.
inline std::size_t CountUtf8LeadBytes(const char* bytes, std::size_t size) {
  std::size_t count = 0;
  std::size_t k = 0;
#if defined(__SSE2__)
  // As signed bytes, continuation bytes are -128..-65: a lead or ASCII byte is greater than -65.
  const __m128i last_continuation = _mm_set1_epi8(-65);
  const __m128i one = _mm_set1_epi8(1);
  const __m128i zero = _mm_setzero_si128();
  for (; k + 16 <= size; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k));
    const __m128i leads = _mm_and_si128(_mm_cmpgt_epi8(v, last_continuation), one);
    const __m128i sums = _mm_sad_epu8(leads, zero);  // two sums of eight bytes each
    count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
#endif
  for (; k < size; ++k) count += (static_cast<unsigned char>(bytes[k]) & 0xC0) != 0x80;
  return count;
}

// Replaces `out` with the indexes of the ASCII code points of `text`, in order.
inline void AsciiPositions(std::u32string_view text, std::vector<std::uint32_t>& out) {
  out.clear();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i ascii_end = _mm_set1_epi32(0x80);
  for (; i + 4 <= n; i += 4) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    auto mask = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmplt_epi32(v, ascii_end))));
    while (mask != 0) {
      out.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(mask))));
      mask &= mask - 1;
    }
  }
#endif
  for (; i < n; ++i) {
    if (text[i] < 0x80) out.push_back(static_cast<std::uint32_t>(i));
  }
}

}  // namespace govwatch::text
