#include "registry/csv_reader.hpp"

#include <fmt/core.h>

#include "common/charset.hpp"
#include "common/strings.hpp"

namespace govwatch::registry {

Result<Table> ParseCsv(std::string_view bytes, const std::string& file) {
  const Utf8Text text = AnyToUtf8(bytes);
  const std::string& s = text.text;
  Table table;
  std::vector<std::string> row;
  std::string field;
  bool in_quotes = false;
  bool field_started = false;
  int line = 1;
  int row_line = 1;
  int quote_line = 0;
  const auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    bool blank = true;
    for (const std::string& f : row) {
      if (!Trim(f).empty()) blank = false;
    }
    if (!blank) {
      if (table.header.empty()) {
        for (std::string& f : row) table.header.emplace_back(Trim(f));
      } else {
        table.rows.push_back(std::move(row));
        table.lines.push_back(row_line);
      }
    }
    row.clear();
    field_started = false;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && Trim(field).empty()) {
      field.clear();
      in_quotes = true;
      field_started = true;
      quote_line = line;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      end_row();
      ++line;
      row_line = line;
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (in_quotes) {
    return MakeError(ErrorCode::kParseError,
                     fmt::format("{}:{}: unterminated quoted field", file, quote_line));
  }
  if (field_started || !row.empty()) end_row();
  if (table.header.empty()) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}:1: empty file (no header row)", file));
  }
  return table;
}

}  // namespace govwatch::registry
