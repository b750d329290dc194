// Reads the sheets of an XLSX workbook (the national registry systems export these) as tables:
// shared and inline strings, numbers, and Excel date serials in cells formatted as dates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "registry/csv_reader.hpp"

namespace govwatch::registry {

struct Sheet {
  std::string name;
  Table table;  // `lines` are the sheet's row numbers
};

// Parses an .xlsx file's bytes. Empty sheets are skipped. Fails naming `file` when it is not a
// readable workbook.
Result<std::vector<Sheet>> ParseXlsx(std::string_view bytes, const std::string& file);

}  // namespace govwatch::registry
