#include "text/rule_table.hpp"

#include "common/strings.hpp"

namespace govwatch::text {

Error RuleError(std::string_view file_name, std::size_t line, std::string_view why) {
  return MakeError(ErrorCode::kParseError, "rules/text/" + std::string(file_name) + " line " +
                                               std::to_string(line) + ": " + std::string(why));
}

namespace {

// Calls `on_line(line_number, line)` for every line without its CR/LF.
template <typename F>
Result<void> ForEachLine(std::string_view file_name, std::string_view content, F on_line) {
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && StartsWith(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
    if (!IsValidUtf8(line)) return RuleError(file_name, line_number, "invalid UTF-8");
    auto result = on_line(line_number, line);
    if (!result) return result;
  }
  return Ok();
}

}  // namespace

Result<std::vector<RuleRow>> ParseRuleTable(std::string_view file_name, std::string_view content,
                                            std::size_t min_fields) {
  std::vector<RuleRow> rows;
  auto done = ForEachLine(file_name, content, [&](std::size_t line_number, std::string_view line) -> Result<void> {
    if (Trim(line).empty() || line.front() == '#') return Ok();
    RuleRow row;
    row.line = line_number;
    for (std::string_view field : Split(line, '\t')) row.fields.push_back(Trim(field));
    if (row.fields.size() < min_fields) {
      return RuleError(file_name, line_number,
                       "expected at least " + std::to_string(min_fields) + " TAB-separated fields, found " +
                           std::to_string(row.fields.size()));
    }
    rows.push_back(std::move(row));
    return Ok();
  });
  if (!done) return done.error();
  return rows;
}

Result<std::vector<RuleRow>> ParseWordList(std::string_view file_name, std::string_view content) {
  std::vector<RuleRow> rows;
  auto done = ForEachLine(file_name, content, [&](std::size_t line_number, std::string_view line) -> Result<void> {
    std::string_view word = Trim(line);
    if (word.empty() || word.front() == '#') return Ok();
    rows.push_back(RuleRow{line_number, {word}});
    return Ok();
  });
  if (!done) return done.error();
  return rows;
}

}  // namespace govwatch::text
