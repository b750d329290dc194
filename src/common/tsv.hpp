// The tab-separated files of rules/ (thresholds, holidays, notice settings, text rules, keyword
// lists): one reader for all of them, so that every malformed row is reported the same way,
// "<file> line <n>: <why>", and nothing half-read is ever used.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch {

// One data row. Fields and `rest` point into the content handed to the parser.
struct TsvRow {
  std::size_t line = 0;                  // 1-based line number in the file
  std::vector<std::string_view> fields;  // trimmed, in order
  std::string_view rest;                 // everything after the first TAB, trimmed (values that may hold TABs)
};

// Splits `content` into rows: a UTF-8 BOM and CR line ends are dropped, blank lines and lines whose
// first non-blank character is '#' are skipped. Fails on invalid UTF-8 or a row with fewer than
// `min_fields` fields; `expected` (e.g. "key<TAB>value") then says what a row should look like.
Result<std::vector<TsvRow>> ParseTsv(std::string_view file, std::string_view content, std::size_t min_fields,
                                     std::string_view expected = {});

// One entry per line (word lists): trimmed, blanks and '#' lines skipped; each row has one field.
Result<std::vector<TsvRow>> ParseLineList(std::string_view file, std::string_view content);

// "<file> line <line>: <why>" as a parse error.
Error TsvError(std::string_view file, std::size_t line, std::string_view why);

}  // namespace govwatch
