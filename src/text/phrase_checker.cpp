#include "text/phrase_checker.hpp"

#include <unordered_map>

#include "common/strings.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

bool ParseSeverity(std::string_view text, TextSeverity& out) {
  if (text == "severe") {
    out = TextSeverity::kSevere;
  } else if (text == "warn" || text == "check" || text == "verify") {
    out = TextSeverity::kWarn;
  } else if (text == "info") {
    out = TextSeverity::kInfo;
  } else {
    return false;
  }
  return true;
}

namespace {

std::string NormalizeLiteral(std::string_view s, const Normalizer& normalizer) {
  NormalizedText normalized = normalizer.Normalize(DecodeUtf8(s));
  return EncodeUtf8(normalized.text);
}

}  // namespace

Result<void> PhraseChecker::AddSevereFile(std::string_view file_name, std::string_view content,
                                          const Normalizer& normalizer) {
  auto rows = ParseRuleTable(file_name, content, 3);
  if (!rows) return rows.error();
  for (const RuleRow& row : *rows) {
    if (row.fields[0].empty() || row.fields[1].empty()) {
      return RuleError(file_name, row.line, "empty wrong or right string");
    }
    if (row.fields[0] == row.fields[1]) return RuleError(file_name, row.line, "wrong and right strings are equal");
    PhraseRule rule;
    rule.wrong = NormalizeLiteral(row.fields[0], normalizer);
    rule.right = std::string(row.fields[1]);
    rule.check = Check::kSevere;
    rule.severity = TextSeverity::kSevere;
    rule.file = std::string(file_name);
    rule.line = row.line;
    rule.category = "severe";
    rule.source = std::string(row.fields[2]);
    Add(std::move(rule));
  }
  return Ok();
}

Result<void> PhraseChecker::AddTypoFile(std::string_view file_name, std::string_view content,
                                        const Normalizer& normalizer) {
  auto rows = ParseRuleTable(file_name, content, 4);
  if (!rows) return rows.error();
  for (const RuleRow& row : *rows) {
    if (row.fields[0].empty() || row.fields[1].empty()) {
      return RuleError(file_name, row.line, "empty wrong or right string");
    }
    if (row.fields[0] == row.fields[1]) return RuleError(file_name, row.line, "wrong and right strings are equal");
    PhraseRule rule;
    if (!ParseSeverity(row.fields[3], rule.severity)) {
      return RuleError(file_name, row.line, "severity must be severe, warn, info or check, not \"" +
                                                std::string(row.fields[3]) + "\"");
    }
    rule.check = rule.severity == TextSeverity::kSevere ? Check::kSevere : Check::kTypo;
    rule.wrong = NormalizeLiteral(row.fields[0], normalizer);
    rule.right = std::string(row.fields[1]);
    rule.file = std::string(file_name);
    rule.line = row.line;
    rule.category = std::string(row.fields[2]);
    rule.source = row.fields.size() > 4 ? std::string(row.fields[4]) : std::string();
    Add(std::move(rule));
  }
  return Ok();
}

void PhraseChecker::Add(PhraseRule rule) {
  if (rule.wrong.empty()) return;
  rules_.push_back(std::move(rule));
}

Result<void> PhraseChecker::Build(MatcherCache* cache) {
  // The first row for a wrong string wins (severe files are added first).
  std::vector<PhraseRule> unique;
  std::unordered_map<std::string, std::size_t> seen;
  for (PhraseRule& rule : rules_) {
    if (seen.emplace(rule.wrong, unique.size()).second) unique.push_back(std::move(rule));
  }
  rules_ = std::move(unique);
  std::vector<std::string> literals;
  literals.reserve(rules_.size());
  for (const PhraseRule& rule : rules_) literals.push_back(rule.wrong);
  auto matcher = LiteralMatcher::Build(literals, cache);
  if (!matcher) return matcher.error();
  matcher_ = std::move(*matcher);
  return Ok();
}

void PhraseChecker::Find(const NormalizedText& normalized, const NormalizedBytes& bytes, const std::string& version,
                         std::vector<TextFinding>& out) const {
  matcher_.Scan(bytes.bytes, [&](std::uint32_t id, std::size_t from, std::size_t to) {
    const PhraseRule& rule = rules_[id];
    TextFinding finding;
    finding.check = rule.check;
    finding.rule = std::string(CheckName(rule.check)) + ".exact:" + rule.wrong;
    finding.severity = rule.severity;
    finding.begin = normalized.origin[bytes.index[from]];
    finding.end = normalized.origin[bytes.index[to - 1]] + 1;
    finding.suggestion = rule.right;
    finding.score = 1.0;
    finding.evidence = {{"rule_file", rule.file},       {"rule_line", rule.line}, {"wrong", rule.wrong},
                        {"right", rule.right},          {"category", rule.category},
                        {"source", rule.source},        {"kb_version", version}};
    out.push_back(std::move(finding));
  });
}

}  // namespace govwatch::text
