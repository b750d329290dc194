// Parsing of the tab-separated rule files under rules/text/: comment lines start with '#',
// blank lines are skipped, and every error names the file and the line. The reader itself is
// common/tsv; this adds the rules/text/ prefix to the names in messages.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "common/tsv.hpp"

namespace govwatch::text {

// One data row of a rule file. Fields point into the file content handed to ParseRuleTable.
using RuleRow = TsvRow;

// Splits `content` into rows of TAB-separated fields. Fails when the content is not UTF-8 or a
// row has fewer than `min_fields` fields, naming `file_name` and the line.
Result<std::vector<RuleRow>> ParseRuleTable(std::string_view file_name, std::string_view content,
                                            std::size_t min_fields);
// Splits a one-entry-per-line list (the sensitive word lists): trims, skips blanks and '#'.
// Fails on invalid UTF-8, naming the file and the line.
Result<std::vector<RuleRow>> ParseWordList(std::string_view file_name, std::string_view content);
// Builds the error "rules/text/<file_name> line <line>: <why>".
Error RuleError(std::string_view file_name, std::size_t line, std::string_view why);

}  // namespace govwatch::text
