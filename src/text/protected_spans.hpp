// Protected spans (textchecks §2.3, §6.4): document numbers (临政办字〔2022〕49号), 索引号, ICP and
// public-security filings, site codes, unified social credit codes, URLs and e-mail addresses,
// dates, percentages, amounts, titles in 《》 and place names from the gazetteer. Fuzzy and
// statistical tiers never edit inside them, and PII recognizers treat them as negatives.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.hpp"
#include "text/pii_recognizer.hpp"

namespace govwatch::text {

// The kinds of protected span.
enum class SpanKind {
  kDocumentNumber,
  kIndexNumber,
  kFiling,
  kOrganisationCode,
  kUrl,
  kDate,
  kNumber,
  kTitle,
  kPlace,
  kPersonName,  // PersonNameRecognizer; only the statistical tier adds these
};

// A protected span with its kind (normalised offsets).
struct ProtectedSpan {
  Span span;
  SpanKind kind = SpanKind::kNumber;
};

// Finds protected spans. Immutable after construction; safe to share between threads.
class ProtectedSpanFinder {
 public:
  // `place_names` are gazetteer entries (normalised UTF-8), matched as whole strings.
  ProtectedSpanFinder() = default;
  // Adds place or unit names (one per element) that no fuzzy tier may edit.
  void AddNames(const std::vector<std::u32string>& names);
  // Returns spans sorted by begin; overlapping spans are merged per kind-agnostic union in
  // `Merged`.
  std::vector<ProtectedSpan> Find(const std::u32string& text) const;
  // The union of `spans` as sorted, non-overlapping ranges.
  static std::vector<Span> Merged(const std::vector<ProtectedSpan>& spans);

 private:
  std::vector<std::u32string> names_;
};

}  // namespace govwatch::text
