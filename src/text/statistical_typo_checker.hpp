// The statistical typo tier (textchecks §4.5 T3, simplified): confusion sets (same pinyin,
// similar shape) scored with a unigram word model over the vocabulary. A character that the best
// segmentation leaves alone is replaced by a confusable one when that lets a frequent word cover
// it and the local segmentation score rises by more than a threshold. Never severe; never inside
// protected spans. Optional via ScanOptions::statistical_typos.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"
#include "text/normalizer.hpp"
#include "text/pii_recognizer.hpp"
#include "text/text_engine.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class StatisticalTypoChecker {
 public:
  StatisticalTypoChecker() = default;
  // Reads the confusion tables (confusion_pinyin.tsv, confusion_shape.tsv) when present.
  Result<void> Load(const RuleFiles& files);
  // Appends typo findings. `vocabulary` is the unigram model; `protected_spans` are sorted
  // normalised ranges that are never edited.
  void Find(const NormalizedText& text, const Vocabulary& vocabulary, const std::vector<Span>& protected_spans,
            const std::string& version, std::vector<TextFinding>& out) const;
  // Minimum log-likelihood gain (natural log) for a correction.
  static constexpr double kThreshold = 10.0;
  // Words rarer than this (vocabulary frequency) are suspects too.
  static constexpr std::uint32_t kRareWord = 30;

 private:
  std::unordered_map<char32_t, std::u32string> candidates_;
};

}  // namespace govwatch::text
