#include "text/usage_rules.hpp"

#include <algorithm>

#include "common/strings.hpp"
#include "text/phrase_checker.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

// In an option: a number, written in digits or in Chinese numerals, with an approximation mark
// after it (12, 20多, 十余, 几十) — what \d+ stands for in the rule file's alternatives.
constexpr char32_t kNumber = 0xE000;

bool IsNumeral(char32_t c) {
  return IsAsciiDigit(c) || std::u32string_view(U"零一二三四五六七八九十百千两几").find(c) != std::u32string_view::npos;
}

// Matches `option` at `at`; returns the length matched or npos.
std::size_t MatchOption(const std::u32string& text, std::size_t at, const std::u32string& option) {
  std::size_t i = at;
  for (char32_t c : option) {
    if (c == kNumber) {
      const std::size_t start = i;
      while (i < text.size() && IsNumeral(text[i])) ++i;
      if (i == start) return std::u32string::npos;
      if (i < text.size() && (text[i] == U'多' || text[i] == U'余')) ++i;
      continue;
    }
    if (i >= text.size() || text[i] != c) return std::u32string::npos;
    ++i;
  }
  return i - at;
}

// Parses an alternation body "a|b|c" of literals and \d+ (a number); alternatives using other
// syntax are dropped. False when none is left. Options are ordered longest first: the matcher
// takes the longest one that fits (等国家 before 等国, so that 等国家和地区 stays allowed).
bool ParseAlternatives(std::u32string_view body, std::vector<std::u32string>& out) {
  std::size_t before = out.size();
  std::u32string current;
  bool supported = true;
  auto flush = [&] {
    if (supported) out.push_back(current);
    current.clear();
    supported = true;
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char32_t c = body[i];
    if (c == U'\\' && body.substr(i, 3) == U"\\d+") {
      current.push_back(kNumber);
      i += 2;
    } else if (c == U'|') {
      flush();
    } else if (c == U'(' || c == U')' || c == U'[' || c == U']' || c == U'\\' || c == U'?' || c == U'*' ||
               c == U'+' || c == U'{' || c == U'}' || c == U'.' || c == U'^' || c == U'$') {
      supported = false;
    } else {
      current.push_back(c);
    }
  }
  flush();
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                   [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
  return out.size() > before;
}

// Parses a character set body "“\"「" (no ranges, no negation) into single-character options.
bool ParseSet(std::u32string_view body, std::vector<std::u32string>& out) {
  for (char32_t c : body) {
    if (c == U'-' || c == U'^' || c == U'\\') return false;
    out.emplace_back(1, c);
  }
  return !out.empty();
}

}  // namespace

Result<void> UsageRules::Load(std::string_view file_name, std::string_view content, const Normalizer& normalizer,
                              MatcherCache* cache) {
  auto rows = ParseRuleTable(file_name, content, 5);
  if (!rows) return rows.error();
  std::vector<std::string> literals;
  for (const RuleRow& row : *rows) {
    Rule rule;
    rule.id = std::string(row.fields[0]);
    rule.line = row.line;
    rule.suggestion = std::string(row.fields[3]);
    if (!ParseSeverity(row.fields[4], rule.severity)) {
      return RuleError(file_name, row.line, "severity must be severe, warn or info");
    }
    rule.category = row.fields.size() > 5 ? std::string(row.fields[5]) : "";
    std::string_view condition = row.fields.size() > 6 ? row.fields[6] : std::string_view();
    rule.source = row.fields.size() > 7 ? std::string(row.fields[7]) : "";
    if (Contains(condition, "verify") && rule.severity == TextSeverity::kSevere) rule.severity = TextSeverity::kWarn;
    std::u32string pattern = normalizer.Normalize(DecodeUtf8(row.fields[2])).text;
    bool ok = true;
    if (row.fields[1] == "literal") {
      rule.elements.push_back(Element{{pattern}, {}, 0, false});
    } else {
      std::size_t i = 0;
      while (i < pattern.size() && ok) {
        char32_t c = pattern[i];
        if (c == U'(') {
          std::size_t close = pattern.find(U')', i);
          if (close == std::u32string::npos) {
            ok = false;
            break;
          }
          std::u32string_view body(pattern.data() + i + 1, close - i - 1);
          Element element;
          if (StartsWith(EncodeUtf8(body), "?<!")) {
            body.remove_prefix(3);
            if (!rule.elements.empty()) ok = false;
            if (body == U"[一-龥]") {
              element.han_class = true;
            } else if (body.size() > 2 && body.front() == U'[' && body.back() == U']') {
              ok = ok && ParseSet(body.substr(1, body.size() - 2), element.options);
            } else {
              ok = ok && ParseAlternatives(body, element.options);
            }
            rule.not_before = element;
            rule.has_not_before = true;
          } else if (StartsWith(EncodeUtf8(body), "?!") || StartsWith(EncodeUtf8(body), "?=")) {
            rule.after_mode = body[1] == U'!' ? 2 : 1;
            body.remove_prefix(2);
            // Nested groups inside lookaheads: (?=(关系|两岸)) → strip one level.
            if (body.size() >= 2 && body.front() == U'(' && body.back() == U')') body = body.substr(1, body.size() - 2);
            close = pattern.find(U')', close + 1) != std::u32string::npos && pattern[close + 1] == U')' ? close + 1 : close;
            if (body.size() > 2 && body.front() == U'[' && body.back() == U']') {
              ok = ok && ParseSet(body.substr(1, body.size() - 2), element.options);
            } else {
              ok = ok && ParseAlternatives(body, element.options);
            }
            rule.after = element;
            if (close + 1 != pattern.size()) ok = false;  // lookahead only at the end
          } else {
            ok = ok && ParseAlternatives(body, element.options);
            if (close + 1 < pattern.size() && pattern[close + 1] == U'?') {
              element.options.emplace_back();
              ++close;
            }
            rule.elements.push_back(element);
          }
          i = close + 1;
        } else if (c == U'[') {
          std::size_t close = pattern.find(U']', i);
          if (close == std::u32string::npos) {
            ok = false;
            break;
          }
          std::u32string_view body(pattern.data() + i + 1, close - i - 1);
          Element element;
          if (!body.empty() && body.front() == U'^') {
            // Bounded gap [^..]{0,N}.
            element.gap_excluded = std::u32string(body.substr(1));
            std::size_t brace = close + 1;
            if (brace >= pattern.size() || pattern[brace] != U'{') {
              ok = false;
              break;
            }
            std::size_t brace_end = pattern.find(U'}', brace);
            std::string range = EncodeUtf8(pattern.substr(brace + 1, brace_end - brace - 1));
            auto comma = range.find(',');
            if (brace_end == std::u32string::npos || comma == std::string::npos || range.substr(0, comma) != "0") {
              ok = false;
              break;
            }
            element.gap_max = static_cast<std::size_t>(std::stoi(range.substr(comma + 1)));
            rule.elements.push_back(element);
            i = brace_end + 1;
            continue;
          }
          ok = ParseSet(body, element.options);
          if (close + 1 < pattern.size() && pattern[close + 1] == U'?') {
            element.options.emplace_back();
            ++close;
          }
          rule.elements.push_back(element);
          i = close + 1;
        } else if (c == U'\\' || c == U'.' || c == U'*' || c == U'+' || c == U'{' || c == U'?' || c == U'|') {
          ok = false;
        } else {
          // A run of literal characters.
          std::u32string run;
          while (i < pattern.size() && std::u32string_view(U"([\\.*+{?|").find(pattern[i]) == std::u32string_view::npos) {
            run.push_back(pattern[i]);
            ++i;
          }
          // A '?' after a literal applies to its last character only: not supported.
          if (i < pattern.size() && pattern[i] == U'?') ok = false;
          rule.elements.push_back(Element{{run}, {}, 0, false});
        }
      }
    }
    // The first element anchors the rule: it must be a non-optional set of literals.
    if (ok && (rule.elements.empty() || rule.elements[0].options.empty() ||
               std::any_of(rule.elements[0].options.begin(), rule.elements[0].options.end(),
                           [](const std::u32string& o) { return o.empty() || o.find(kNumber) != std::u32string::npos; }))) {
      ok = false;
    }
    if (!ok) {
      ++skipped_;
      continue;
    }
    for (const std::u32string& option : rule.elements[0].options) {
      literals.push_back(EncodeUtf8(option));
      anchor_rule_.push_back(rules_.size());
    }
    rules_.push_back(std::move(rule));
  }
  auto matcher = LiteralMatcher::Build(literals, cache);
  if (!matcher) return matcher.error();
  matcher_ = std::move(*matcher);
  return Ok();
}

bool UsageRules::MatchFrom(const Rule& rule, const std::u32string& text, std::size_t element, std::size_t at,
                           std::size_t& end) const {
  if (element == rule.elements.size()) {
    if (rule.after_mode != 0) {
      bool any = std::any_of(rule.after.options.begin(), rule.after.options.end(), [&](const std::u32string& o) {
        return text.compare(at, o.size(), o) == 0;
      });
      if ((rule.after_mode == 1) != any) return false;
    }
    end = at;
    return true;
  }
  const Element& e = rule.elements[element];
  if (e.options.empty()) {
    for (std::size_t gap = 0; gap <= e.gap_max && at + gap <= text.size(); ++gap) {
      if (gap > 0 && e.gap_excluded.find(text[at + gap - 1]) != std::u32string::npos) break;
      if (gap > 0 && text[at + gap - 1] == U'\n') break;
      if (MatchFrom(rule, text, element + 1, at + gap, end)) return true;
    }
    return false;
  }
  for (const std::u32string& option : e.options) {
    if (option.empty()) continue;
    const std::size_t length = MatchOption(text, at, option);
    if (length == std::u32string::npos) continue;
    // The longest fitting option decides (possessive), as the rule authors meant.
    return MatchFrom(rule, text, element + 1, at + length, end);
  }
  // An optional element ("" among the options) may match nothing.
  if (std::any_of(e.options.begin(), e.options.end(), [](const std::u32string& o) { return o.empty(); })) {
    return MatchFrom(rule, text, element + 1, at, end);
  }
  return false;
}

void UsageRules::Find(const NormalizedText& normalized, const NormalizedBytes& bytes, const std::string& version,
                      std::vector<TextFinding>& out) const {
  if (rules_.empty()) return;
  const std::u32string& text = normalized.text;
  std::size_t last_end = 0;
  std::size_t last_rule = static_cast<std::size_t>(-1);
  matcher_.Scan(bytes.bytes, [&](std::uint32_t id, std::size_t from, std::size_t /*to*/) {
    const Rule& rule = rules_[anchor_rule_[id]];
    std::size_t begin = bytes.index[from];
    if (anchor_rule_[id] == last_rule && begin < last_end) return;
    if (rule.has_not_before && begin > 0) {
      char32_t previous = text[begin - 1];
      if (rule.not_before.han_class && IsHan(previous)) return;
      for (const std::u32string& o : rule.not_before.options) {
        if (o.size() <= begin && text.compare(begin - o.size(), o.size(), o) == 0) return;
      }
    }
    std::size_t end = 0;
    if (!MatchFrom(rule, text, 0, begin, end) || end == begin) return;
    // Row conditions that need more than the pattern.
    if (rule.id == "U003") {
      std::size_t from_context = begin > 20 ? begin - 20 : 0;
      for (std::size_t k = from_context; k + 4 <= std::min(text.size(), end + 20); ++k) {
        if (IsAsciiDigit(text[k]) && IsAsciiDigit(text[k + 1]) && IsAsciiDigit(text[k + 2]) &&
            IsAsciiDigit(text[k + 3])) {
          int year = static_cast<int>((text[k] - U'0') * 1000 + (text[k + 1] - U'0') * 100 + (text[k + 2] - U'0') * 10 +
                                      (text[k + 3] - U'0'));
          if (year < 1949) return;
        }
      }
    }
    last_rule = anchor_rule_[id];
    last_end = end;
    TextFinding finding;
    finding.check = Check::kSevere;
    finding.rule = "severe.usage:" + rule.id;
    finding.severity = rule.severity;
    finding.begin = normalized.origin[begin];
    finding.end = normalized.origin[end - 1] + 1;
    finding.suggestion = rule.suggestion;
    finding.score = rule.severity == TextSeverity::kSevere ? 0.9 : 0.6;
    finding.evidence = {{"rule_file", "usage_rules.tsv"}, {"rule_line", rule.line}, {"id", rule.id},
                        {"category", rule.category},      {"source", rule.source},  {"kb_version", version}};
    out.push_back(std::move(finding));
  });
}

}  // namespace govwatch::text
