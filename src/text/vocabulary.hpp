// A word list with frequencies (rules/text/vocabulary.tsv, from jieba's dictionary), used for
// word-boundary checks and as the typo tier's lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/result.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class Vocabulary {
 public:
  Vocabulary() = default;
  // Reads "word<TAB>frequency" rows. Fails on a malformed row, naming the file and line.
  // Replaces the contents of this vocabulary.
  Result<void> Load(std::string_view file_name, std::string_view content);
  // The frequency of `word` (code points), 0 when unknown.
  std::uint32_t Frequency(std::u32string_view word) const;
  // True when `word` is listed.
  bool Contains(std::u32string_view word) const { return Frequency(word) != 0; }
  // Number of words.
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::u32string, std::uint32_t> words_;
};

}  // namespace govwatch::text
