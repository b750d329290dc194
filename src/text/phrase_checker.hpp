// Exact wrong → right phrases: severe wrong strings (severe_exact.tsv), typo pairs
// (typo_pairs.tsv, typo_pairs_csc.tsv) and the always-wrong variants of formulations. One
// Vectorscan literal database over the normalised text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "text/literal_matcher.hpp"
#include "text/normalizer.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text {

// One wrong → right row.
struct PhraseRule {
  std::string wrong;  // normalised
  std::string right;
  Check check = Check::kTypo;
  TextSeverity severity = TextSeverity::kWarn;
  std::string file;  // rule file it came from
  std::size_t line = 0;
  std::string category;
  std::string source;
};

// Finds exact wrong phrases. Immutable after Build(); safe to share between threads.
class PhraseChecker {
 public:
  PhraseChecker() = default;
  // Adds rows of a "wrong<TAB>right<TAB>source" file (severe_exact.tsv): check severe, severity
  // severe. Fails naming the file and line of a malformed row.
  Result<void> AddSevereFile(std::string_view file_name, std::string_view content, const Normalizer& normalizer);
  // Adds rows of a "wrong<TAB>right<TAB>category<TAB>severity<TAB>source" file (typo_pairs.tsv):
  // severity severe makes a severe finding (check severe), warn/info/check a typo.
  Result<void> AddTypoFile(std::string_view file_name, std::string_view content, const Normalizer& normalizer);
  // Adds one rule (used for formulation variants).
  void Add(PhraseRule rule);
  // Compiles the literal database (through `cache`, borrowed and optional, see LiteralMatcher).
  // Later additions need another Build().
  Result<void> Build(MatcherCache* cache = nullptr);
  // Reports findings in `bytes`, the encoding of `normalized` (original offsets through
  // `normalized.origin`; byte fields left for the caller).
  void Find(const NormalizedText& normalized, const NormalizedBytes& bytes, const std::string& version,
            std::vector<TextFinding>& out) const;
  // Number of rules.
  std::size_t size() const { return rules_.size(); }

 private:
  std::vector<PhraseRule> rules_;
  LiteralMatcher matcher_;
};

// Parses "severe", "warn", "info" (and "check" as warn). Returns false for anything else.
bool ParseSeverity(std::string_view text, TextSeverity& out);

}  // namespace govwatch::text
