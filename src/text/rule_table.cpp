#include "text/rule_table.hpp"

#include <string>

namespace govwatch::text {
namespace {

std::string Label(std::string_view file_name) { return "rules/text/" + std::string(file_name); }

}  // namespace

Error RuleError(std::string_view file_name, std::size_t line, std::string_view why) {
  return TsvError(Label(file_name), line, why);
}

Result<std::vector<RuleRow>> ParseRuleTable(std::string_view file_name, std::string_view content,
                                            std::size_t min_fields) {
  return ParseTsv(Label(file_name), content, min_fields);
}

Result<std::vector<RuleRow>> ParseWordList(std::string_view file_name, std::string_view content) {
  return ParseLineList(Label(file_name), content);
}

}  // namespace govwatch::text
