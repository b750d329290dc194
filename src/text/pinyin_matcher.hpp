// Pinyin evasion of high-risk terms (textchecks §5.2 item 4): xi近平, xijinping, fa轮gong. Each
// term of a small list is compiled into its toneless syllables (every reading of every character,
// from pinyin_readings.tsv); the text becomes a stream where CJK characters stand for their
// readings and Latin runs are split into syllables (greedy longest parse). A match must use at
// least one Latin syllable: plain characters are the literal matchers' job. Initial-letter
// acronyms (XJP) are too ambiguous for government pages and are matched only on request.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// One pinyin match, in code points of the text handed to Find.
struct PinyinMatch {
  std::size_t begin = 0;
  std::size_t end = 0;     // exclusive
  std::size_t term = 0;    // index into Terms()
  bool initials = false;   // matched (partly) through initial letters
};

// The readings table and the compiled terms. Immutable after loading; safe to share between threads.
class PinyinMatcher {
 public:
  // Reads "character<TAB>reading reading …" rows (toneless, ü as v). Fails on a malformed row,
  // naming the file and the line.
  Result<void> LoadReadings(std::string_view file_name, std::string_view content);
  // Adds a term (normalised). Terms of fewer than 3 characters, or with a character that is not
  // Han or has no reading, are too ambiguous or unmatchable and are refused (returns false).
  bool AddTerm(std::u32string_view term);
  // Matches in `text` (normalised code points). Positions whose `blocked` entry is nonzero (URLs,
  // codes, filings) break the stream; an empty `blocked` blocks nothing. Overlapping matches of
  // the same term are reported once (the first, longest).
  std::vector<PinyinMatch> Find(std::u32string_view text, std::span<const std::uint8_t> blocked,
                                bool initials = false) const;
  // The terms in the order added.
  const std::vector<std::u32string>& Terms() const { return terms_; }
  // Number of characters with readings.
  std::size_t ReadingCount() const { return readings_.size(); }

 private:
  struct Token;
  std::vector<Token> Tokenize(std::u32string_view text, std::span<const std::uint8_t> blocked, bool initials) const;
  std::uint16_t SyllableId(std::string_view syllable);
  int LookupSyllable(std::u32string_view latin) const;  // -1 when not a syllable
  // Lengths of the syllables `run` (ASCII letters) splits into, fewest syllables first and then
  // the longest first syllable; empty when it does not split whole.
  std::vector<std::size_t> SplitSyllables(std::u32string_view run) const;

  std::unordered_map<std::string, std::uint16_t> syllable_ids_;
  std::vector<std::string> syllables_;                        // by id
  std::unordered_map<char32_t, std::vector<std::uint16_t>> readings_;
  std::vector<std::u32string> terms_;
  std::vector<std::vector<std::uint32_t>> terms_by_first_;    // syllable id -> terms
  std::vector<std::vector<std::uint32_t>> terms_by_initial_;  // 'a'..'z' -> terms
};

}  // namespace govwatch::text
