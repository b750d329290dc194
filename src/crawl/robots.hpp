// robots.txt: the rules for our user agent (or `*`), longest-match Allow/Disallow.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govwatch::crawl {

// Immutable after Parse(); safe to share between threads.
class RobotsRules {
 public:
  // Parses robots.txt text; the group naming `agent` wins over `*`. Unknown lines are ignored.
  static RobotsRules Parse(std::string_view text, std::string_view agent = "govwatch");
  // True when `path` (path and query of a URL) may be fetched.
  bool Allows(std::string_view path) const;
  bool Empty() const { return rules_.empty(); }

 private:
  struct Rule {
    std::string prefix;
    bool allow = false;
  };
  std::vector<Rule> rules_;
};

}  // namespace govwatch::crawl
