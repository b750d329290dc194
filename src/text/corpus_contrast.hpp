// Site-corpus contrast (textchecks §4.5 T4): counts the 2–4-character CJK substrings of every
// monitored page, then reports a rare string s (count ≤ 3) whose one-character variant s' from the
// confusion sets (same pinyin, similar shape, one component apart) is at least 50 times more
// frequent across the corpus: 进一布 (1) beside 进一步 (600). Government text is formulaic, so a
// rare near-copy of a frequent phrase is a strong typo signal. Pure: counts in memory, no I/O.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// For each character, the characters it is confused with (pinyin and shape neighbours).
// Immutable after loading; safe to share between threads.
class ConfusionTable {
 public:
  // Adds the rows of confusion_pinyin.tsv (reading in field 1, then same syllable and tone, other
  // tone, near syllable), confusion_shape.tsv (four-corner, Cangjie-1, phonetic series,
  // stroke-1) or confusion_components.tsv (one component apart); the file kind is told by
  // `file_name`. Long ranked lists keep their head. Fails on
  // a malformed row, naming the file and the line.
  Result<void> Add(std::string_view file_name, std::string_view content);
  // Adds one pair in both directions (tests, hand-made tables).
  void AddPair(char32_t a, char32_t b);
  // The characters confused with `c` (empty when none).
  const std::u32string& Of(char32_t c) const;
  // Number of characters with at least one neighbour.
  std::size_t size() const { return neighbours_.size(); }

 private:
  std::unordered_map<char32_t, std::u32string> neighbours_;
};

struct ContrastOptions {
  std::size_t min_length = 2;        // code points
  std::size_t max_length = 4;        // code points
  std::uint32_t max_rare_count = 3;  // a candidate occurs at most this often
  std::uint32_t ratio = 50;          // its variant occurs at least ratio × as often
  // Distinct substrings counted before the rarest are pruned (each costs up to 32 bytes).
  std::size_t max_entries = std::size_t{1} << 22;
};

// A rare string and its frequent one-character variant.
struct ContrastCandidate {
  std::u32string text;            // s, as counted (normalised)
  std::u32string variant;         // s'
  std::size_t position = 0;       // index of the character that differs
  std::uint32_t count = 0;        // upper bound of count(s) over the corpus
  std::uint32_t variant_count = 0;
  std::uint16_t groups = 0;       // bit (g % 16) set when s occurred in a document of group g
};

// Counts substrings over a corpus and finds the contrast candidates. Memory stays bounded by
// ContrastOptions::max_entries: when the table is full the rarest entries are pruned (lossy
// counting), and every later count carries the pruning floor as its possible undercount, so a
// candidate's count is never underestimated. Not thread-safe (one writer).
class CorpusContrast {
 public:
  // `confusions` is borrowed and must outlive this object.
  CorpusContrast(const ConfusionTable& confusions, ContrastOptions options);

  // Counts the substrings of one document (normalised code points) of group `group` (a caller's
  // tag such as the site index). Substrings hold CJK ideographs only and never cover a position
  // whose `blocked` entry is nonzero (protected spans, names, findings of other tiers); an empty
  // `blocked` blocks nothing, otherwise it has one entry per code point.
  void Add(std::u32string_view text, std::span<const std::uint8_t> blocked, std::uint32_t group);
  // The candidates, ordered by text; for a string with several frequent variants, the most
  // frequent one.
  std::vector<ContrastCandidate> Find() const;
  // Documents added so far.
  std::size_t Documents() const { return documents_; }
  // Distinct substrings currently counted.
  std::size_t Entries() const { return size_; }
  // Count of `s` (0 when unknown or pruned), for tests and evidence.
  std::uint32_t Count(std::u32string_view s) const;
  // The groups `s` occurred in, as a bit set (bit g % 16 for group g; 0 when unknown or pruned).
  std::uint16_t Groups(std::u32string_view s) const;

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t count = 0;
    std::uint16_t floor = 0;   // pruning floor when the entry was created: possible undercount
    std::uint16_t groups = 0;
  };
  const Slot* Lookup(std::uint64_t key) const;
  void Increment(std::uint64_t key, std::uint16_t group_bit, std::u32string_view s);
  void Grow();
  void Prune();
  void Rehash(std::size_t capacity, std::uint32_t keep_above);

  const ConfusionTable& confusions_;
  ContrastOptions options_;
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::uint16_t floor_ = 0;
  std::size_t documents_ = 0;
  std::vector<std::u32string> frequent_;  // substrings whose count reached options_.ratio
  std::unordered_set<std::uint64_t> frequent_keys_;
};

// The 64-bit key under which a substring is counted.
std::uint64_t ContrastKey(std::u32string_view s);

}  // namespace govwatch::text
