// Usage rules (usage_rules.tsv: 新华社 禁用词/慎用词, Taiwan/HK/Macao and sovereignty wording): a
// small pattern language — literals, (a|b) alternations, [..] character sets, '?' after a group,
// bounded gaps [^。；]{0,N}, a leading (?<!..) and a trailing (?!..)/(?=..) — anchored by a
// Vectorscan literal database on the first element. Rows using other syntax are skipped and
// counted. Rows whose condition says "verify" stay warn at most.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "text/literal_matcher.hpp"
#include "text/normalizer.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class UsageRules {
 public:
  UsageRules() = default;
  // Parses usage_rules.tsv (id, kind, pattern, suggestion, severity, category, condition, source).
  // Fails on a malformed row (missing fields, unknown severity), naming the file and line.
  Result<void> Load(std::string_view file_name, std::string_view content, const Normalizer& normalizer,
                    MatcherCache* cache = nullptr);
  // Appends findings (check severe).
  void Find(const NormalizedText& text, const NormalizedBytes& bytes, const std::string& version,
            std::vector<TextFinding>& out) const;
  // Rows compiled and rows skipped for unsupported syntax.
  std::size_t size() const { return rules_.size(); }
  std::size_t skipped() const { return skipped_; }

 private:
  struct Element {
    std::vector<std::u32string> options;  // alternatives ("" = optional); empty → gap
    std::u32string gap_excluded;          // for gaps: characters a gap may not cross
    std::size_t gap_max = 0;
    bool han_class = false;               // lookbehind [一-龥]
  };
  struct Rule {
    std::string id;
    std::vector<Element> elements;
    Element not_before;  // options empty → none
    bool has_not_before = false;
    Element after;       // lookahead
    int after_mode = 0;  // 0 none, 1 (?=..), 2 (?!..)
    std::string suggestion;
    TextSeverity severity = TextSeverity::kWarn;
    std::string category;
    std::string source;
    std::size_t line = 0;
  };
  bool MatchFrom(const Rule& rule, const std::u32string& text, std::size_t element, std::size_t at,
                 std::size_t& end) const;

  std::vector<Rule> rules_;
  std::vector<std::size_t> anchor_rule_;  // literal id → rule index
  LiteralMatcher matcher_;
  std::size_t skipped_ = 0;
};

}  // namespace govwatch::text
