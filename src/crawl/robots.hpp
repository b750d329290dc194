// robots.txt: the rules for our user agent (or `*`), longest-match Allow/Disallow, and the
// group's Crawl-delay.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace govwatch::crawl {

// Immutable after Parse(); safe to share between threads.
class RobotsRules {
 public:
  // The bytes of a robots.txt that are read; the rest is ignored, as the big search engines do
  // (RFC 9309 asks for at least 500 KiB). A hostile file of a million rules would otherwise cost
  // a million comparisons per URL.
  static constexpr std::size_t kMaxBytes = 512 * 1024;
  // Parses robots.txt text (its first kMaxBytes); the group naming `agent` wins over `*`. Unknown
  // lines are ignored.
  static RobotsRules Parse(std::string_view text, std::string_view agent = "govwatch");
  // True when `path` (path and query of a URL) may be fetched.
  bool Allows(std::string_view path) const;
  bool Empty() const { return rules_.empty(); }
  // Allow and Disallow lines of the group that applies.
  std::size_t RuleCount() const { return rules_.size(); }
  // The group's Crawl-delay (seconds, fractions allowed) in milliseconds; -1 when it has none or
  // an unreadable one. Not capped: the crawler decides how much of it to obey.
  std::int64_t CrawlDelayMs() const { return crawl_delay_ms_; }

 private:
  struct Rule {
    std::string prefix;
    bool allow = false;
  };
  // "/admin/" of "/admin/x.html"; "" when the path has no second '/'.
  static std::string_view FirstSegment(std::string_view path);
  // True when `rule` (with '*' and a final '$') matches `path`.
  static bool Matches(std::string_view rule, std::string_view path);
  std::vector<Rule> rules_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_segment_;  // plain rules by FirstSegment
  std::vector<std::size_t> general_;  // rules with wildcards, an anchor or no second '/'
  std::int64_t crawl_delay_ms_ = -1;
};

}  // namespace govwatch::crawl
