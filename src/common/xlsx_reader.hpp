// XlsxReader: the cells of an XLSX workbook (libzip + libxml2), for both readers of spreadsheets —
// the registry import (national registry exports) and the attachment text of 公示 lists. Shared and
// inline strings (phonetic runs skipped), numbers, and Excel date serials in cells formatted as
// dates (written YYYY-MM-DD[ HH:MM:SS]); sheets in workbook order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch {

struct XlsxRow {
  int line = 0;                     // the sheet's row number (1-based), as Excel shows it
  std::vector<std::string> cells;   // by column: A is cells[0]; gaps are empty strings
};

struct XlsxSheet {
  std::string name;
  std::vector<XlsxRow> rows;  // rows with at least one non-blank cell
};

// Parses the workbook in `bytes`; no part may unpack to more than `max_part_bytes`. Fails naming
// `file` when it is not a zip archive or has no workbook part. Unreadable sheets are skipped.
Result<std::vector<XlsxSheet>> ReadXlsx(std::string_view bytes, std::string_view file,
                                        std::size_t max_part_bytes = 200u * 1024 * 1024);

}  // namespace govwatch
