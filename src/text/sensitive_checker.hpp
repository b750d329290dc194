// Sensitive terms (textchecks §5): a Vectorscan literal database over the skeleton of the
// normalised text (so that spaces, symbols, full width and traditional characters between the
// characters of a term do not hide it), with word-boundary checks (西藏独特 does not contain the
// term 藏独), allow lists and exclusions (leader names, ordinary vocabulary). Severity by tag.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"
#include "text/literal_matcher.hpp"
#include "text/normalizer.hpp"
#include "text/text_engine.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class SensitiveChecker {
 public:
  SensitiveChecker() = default;
  // Builds the matcher from the word list, its tags ("word tag[,tag]", 0 政治, 1 毒品, 2 色情,
  // 3 赌博, 4 违法犯罪), the allow list and the exclusion list. Any list may be empty.
  Result<void> Load(std::string_view words, std::string_view tags, std::string_view allow,
                    std::string_view exclude, const Normalizer& normalizer, MatcherCache* cache = nullptr);
  // Working storage of Find: the skeleton and its encoding. Reused from call to call, so that
  // scanning many pieces allocates once.
  struct Buffers {
    NormalizedText skeleton;
    NormalizedBytes bytes;
  };
  // Appends findings (original code-point offsets). `buffers` (optional) is working storage.
  void Find(const NormalizedText& normalized, const Vocabulary& vocabulary, const std::string& version,
            std::vector<TextFinding>& out, Buffers* buffers = nullptr) const;
  // Number of terms in the database.
  std::size_t size() const { return terms_.size(); }

 private:
  struct Term {
    std::u32string word;  // skeleton form, Chinese numerals folded to digits (六四 → 64)
    std::string original;
    std::string tags;
    bool allow = false;          // an allow-list entry, not a term
    bool han_numerals = false;   // the listed form writes numbers in Chinese numerals
    bool ascii_digits = false;   // the listed form writes numbers in ASCII digits
  };
  std::vector<Term> terms_;
  LiteralMatcher matcher_;
};

}  // namespace govwatch::text
