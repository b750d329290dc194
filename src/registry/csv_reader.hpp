// Reads CSV tables (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) in UTF-8 or
// GB18030, with or without a BOM.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::registry {

// A parsed table: the header row and the data rows with their 1-based line numbers in the file.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;  // line of each row's first character
};

// Parses CSV bytes. `file` names the input in errors ("units.csv:7: unterminated quote").
// Empty lines are skipped. Fails on an unterminated quoted field or an empty file.
Result<Table> ParseCsv(std::string_view bytes, const std::string& file);

}  // namespace govwatch::registry
