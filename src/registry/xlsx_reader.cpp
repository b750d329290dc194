#include "registry/xlsx_reader.hpp"

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/xlsx_reader.hpp"

namespace govwatch::registry {

Result<std::vector<Sheet>> ParseXlsx(std::string_view bytes, const std::string& file) {
  auto book = ReadXlsx(bytes, file);
  if (!book) return book.error();
  std::vector<Sheet> out;
  for (XlsxSheet& s : *book) {
    if (s.rows.empty()) continue;
    Sheet sheet;
    sheet.name = s.name;
    for (const std::string& cell : s.rows.front().cells) sheet.table.header.emplace_back(Trim(cell));
    for (std::size_t i = 1; i < s.rows.size(); ++i) {
      sheet.table.rows.push_back(std::move(s.rows[i].cells));
      sheet.table.lines.push_back(s.rows[i].line);
    }
    out.push_back(std::move(sheet));
  }
  if (out.empty()) return MakeError(ErrorCode::kParseError, fmt::format("{}: workbook has no non-empty sheet", file));
  return out;
}

}  // namespace govwatch::registry
