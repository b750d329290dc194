#include "crawl/robots.hpp"

#include <algorithm>
#include <charconv>

#include "common/strings.hpp"

namespace govwatch::crawl {

namespace {

// "10", "0.5", "2.5 " as milliseconds; -1 when not a non-negative number. Seconds beyond a day
// are clamped there (the caller caps far lower anyway).
std::int64_t DelayMs(std::string_view value) {
  double seconds = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || end != value.data() + value.size() || !(seconds >= 0)) return -1;
  return static_cast<std::int64_t>(std::min(seconds, 86400.0) * 1000);
}

}  // namespace

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view agent) {
  RobotsRules specific;
  RobotsRules any;
  bool in_specific = false;
  bool in_any = false;
  bool last_was_agent = false;
  bool found_specific = false;
  const std::string me = ToLowerAscii(agent);
  if (text.size() > kMaxBytes) {
    text = text.substr(0, kMaxBytes);
    if (const auto last_line = text.rfind('\n'); last_line != std::string_view::npos) text = text.substr(0, last_line);
  }
  for (std::string_view line : Split(text, '\n')) {
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = ToLowerAscii(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!last_was_agent) {
        in_specific = false;
        in_any = false;
      }
      const std::string v = ToLowerAscii(value);
      if (v == "*") in_any = true;
      if (!me.empty() && Contains(v, me)) {
        in_specific = true;
        found_specific = true;
      }
      last_was_agent = true;
      continue;
    }
    last_was_agent = false;
    if (key == "crawl-delay") {
      if (const std::int64_t ms = DelayMs(value); ms >= 0) {
        if (in_specific) specific.crawl_delay_ms_ = ms;
        if (in_any) any.crawl_delay_ms_ = ms;
      }
      continue;
    }
    if (key != "allow" && key != "disallow") continue;
    if (key == "disallow" && value.empty()) continue;  // "Disallow:" allows everything
    Rule r{std::string(value), key == "allow"};
    if (in_specific) specific.rules_.push_back(r);
    if (in_any) any.rules_.push_back(r);
  }
  RobotsRules& chosen = found_specific ? specific : any;
  // Plain rules ("/admin/x") are looked up by their first segment, so that a file of forty
  // thousand rules costs a URL only the rules of its own first folder.
  for (std::size_t i = 0; i < chosen.rules_.size(); ++i) {
    const std::string& prefix = chosen.rules_[i].prefix;
    const std::string_view segment = FirstSegment(prefix);
    if (segment.empty() || prefix.find_first_of("*$") != std::string::npos) {
      chosen.general_.push_back(i);
    } else {
      chosen.by_segment_[std::string(segment)].push_back(i);
    }
  }
  return chosen;
}

std::string_view RobotsRules::FirstSegment(std::string_view path) {
  if (path.empty() || path[0] != '/') return {};
  const auto slash = path.find('/', 1);
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1);
}

bool RobotsRules::Allows(std::string_view path) const {
  std::size_t best = 0;
  bool allowed = true;
  const auto apply = [&](const Rule& r) {
    if (!Matches(r.prefix, path)) return;
    if (r.prefix.size() > best || (r.prefix.size() == best && r.allow)) {
      best = r.prefix.size();
      allowed = r.allow;
    }
  };
  for (std::size_t i : general_) apply(rules_[i]);
  if (const std::string_view segment = FirstSegment(path); !segment.empty()) {
    if (auto it = by_segment_.find(std::string(segment)); it != by_segment_.end()) {
      for (std::size_t i : it->second) apply(rules_[i]);
    }
  }
  return allowed;
}

bool RobotsRules::Matches(std::string_view rule, std::string_view path) {
  std::string_view prefix = rule;
  const bool anchored = EndsWith(prefix, "$");
  if (anchored) prefix.remove_suffix(1);
  if (prefix.find('*') == std::string_view::npos) {
    return anchored ? path == prefix : StartsWith(path, prefix);
  }
  // '*' wildcards: match segment by segment.
  std::size_t pos = 0;
  for (std::string_view part : Split(prefix, '*')) {
    if (part.empty()) continue;
    const auto found = path.find(part, pos);
    if (found == std::string_view::npos || (pos == 0 && found != 0 && !StartsWith(prefix, "*"))) return false;
    pos = found + part.size();
  }
  return !anchored || pos == path.size();
}

}  // namespace govwatch::crawl
