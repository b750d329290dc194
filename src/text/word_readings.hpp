// The readings of words in a pinyin dictionary: Debian's libime dictionary (libime-data,
// /usr/share/libime/sc.dict, about 200,000 words with their pinyin) read through libimepinyin.
// A polyphone reads one way inside a word — 参 is can in 参训 and shen in 人参 — and the statistical
// typo tier matches a written word to the words that sound like it under that reading only.
// Optional at build time (GOVWATCH_HAVE_LIBIME_PINYIN); without it Read() fails.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// The Debian dictionary's path.
inline constexpr const char* kDefaultWordReadingsPath = "/usr/share/libime/sc.dict";
// kDefaultWordReadingsPath when the dictionary is installed there, else "".
std::string InstalledWordReadingsPath();

// Reads the binary pinyin dictionary at `path` and calls `visit` with each word (code points) and
// its syllables, toneless ("can", "xun"), one per character. Fails with a message naming `path`
// when it is missing or not a dictionary, or when the build has no libimepinyin.
Result<void> ReadWordReadings(const std::string& path,
                              const std::function<void(std::u32string_view word,
                                                       const std::vector<std::string_view>& syllables)>& visit);

}  // namespace govwatch::text
