#include "text/vocabulary.hpp"

#include <charconv>

#include "common/strings.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

Result<void> Vocabulary::Load(std::string_view file_name, std::string_view content) {
  auto rows = ParseRuleTable(file_name, content, 2);
  if (!rows) return rows.error();
  words_.clear();
  words_.reserve(rows->size());
  for (const RuleRow& row : *rows) {
    std::uint32_t frequency = 0;
    std::string_view number = row.fields[1];
    auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), frequency);
    if (ec != std::errc() || ptr != number.data() + number.size() || frequency == 0) {
      return RuleError(file_name, row.line, "frequency must be a positive whole number");
    }
    words_[DecodeUtf8(row.fields[0])] = frequency;
  }
  return Ok();
}

std::uint32_t Vocabulary::Frequency(std::u32string_view word) const {
  auto it = words_.find(std::u32string(word));
  return it == words_.end() ? 0 : it->second;
}

}  // namespace govwatch::text
