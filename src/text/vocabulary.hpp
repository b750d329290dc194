// A word list with frequencies (rules/text/vocabulary.tsv, from jieba's dictionary): words of one
// to four BMP characters, used for word-boundary checks and as the typo tier's unigram model.
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
  // Replaces the contents with "word<TAB>frequency" rows. Fails on a malformed row, naming the
  // file and line. Words longer than four characters or outside the BMP are skipped.
  Result<void> Load(std::string_view file_name, std::string_view content);
  // The frequency of `word` (code points), 0 when unknown.
  std::uint32_t Frequency(std::u32string_view word) const;
  // True when `word` is listed.
  bool Contains(std::u32string_view word) const { return Frequency(word) != 0; }
  // Number of words.
  std::size_t size() const { return words_.size(); }
  // Calls `f(key)` for every word's packed key (PackWord), in no particular order.
  template <class F>
  void ForEachKey(F&& f) const {
    for (const auto& entry : words_) f(entry.first);
  }
  // Sum of all frequencies.
  std::uint64_t Total() const { return total_; }

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> words_;  // packed code points → frequency
  std::uint64_t total_ = 0;
};

// Packs up to four BMP code points into a key (0 when the word cannot be packed).
std::uint64_t PackWord(std::u32string_view word);

}  // namespace govwatch::text
