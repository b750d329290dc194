#include "common/tsv.hpp"

#include <string>

#include "common/strings.hpp"

namespace govwatch {

Error TsvError(std::string_view file, std::size_t line, std::string_view why) {
  return MakeError(ErrorCode::kParseError,
                   std::string(file) + " line " + std::to_string(line) + ": " + std::string(why));
}

namespace {

// Calls `on_line(line_number, line)` for every line that is neither blank nor a comment.
template <typename F>
Result<void> ForEachDataLine(std::string_view file, std::string_view content, F on_line) {
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
    if (!IsValidUtf8(line)) return TsvError(file, line_number, "invalid UTF-8");
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    if (auto r = on_line(line_number, line); !r) return r;
  }
  return Ok();
}

}  // namespace

Result<std::vector<TsvRow>> ParseTsv(std::string_view file, std::string_view content, std::size_t min_fields,
                                     std::string_view expected) {
  std::vector<TsvRow> rows;
  auto done = ForEachDataLine(file, content, [&](std::size_t line_number, std::string_view line) -> Result<void> {
    TsvRow row;
    row.line = line_number;
    for (std::string_view field : Split(line, '\t')) row.fields.push_back(Trim(field));
    if (const std::size_t tab = line.find('\t'); tab != std::string_view::npos) row.rest = Trim(line.substr(tab + 1));
    if (row.fields.size() < min_fields) {
      std::string why = "expected at least " + std::to_string(min_fields) + " TAB-separated fields, found " +
                        std::to_string(row.fields.size());
      if (!expected.empty()) why += " (" + std::string(expected) + ")";
      return TsvError(file, line_number, why);
    }
    rows.push_back(std::move(row));
    return Ok();
  });
  if (!done) return done.error();
  return rows;
}

Result<std::vector<TsvRow>> ParseLineList(std::string_view file, std::string_view content) {
  std::vector<TsvRow> rows;
  auto done = ForEachDataLine(file, content, [&](std::size_t line_number, std::string_view line) -> Result<void> {
    rows.push_back(TsvRow{line_number, {Trim(line)}, {}});
    return Ok();
  });
  if (!done) return done.error();
  return rows;
}

}  // namespace govwatch
