#include "text/vocabulary.hpp"

#include <charconv>

#include "common/strings.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

std::uint64_t PackWord(std::u32string_view word) {
  if (word.empty() || word.size() > 4) return 0;
  std::uint64_t key = 0;
  for (char32_t c : word) {
    if (c == 0 || c > 0xFFFF) return 0;
    key = (key << 16) | c;
  }
  return key;
}

Result<void> Vocabulary::Load(std::string_view file_name, std::string_view content) {
  auto rows = ParseRuleTable(file_name, content, 2);
  if (!rows) return rows.error();
  words_.clear();
  total_ = 0;
  words_.reserve(rows->size());
  for (const RuleRow& row : *rows) {
    std::uint32_t frequency = 0;
    std::string_view number = row.fields[1];
    auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), frequency);
    if (ec != std::errc() || ptr != number.data() + number.size() || frequency == 0) {
      return RuleError(file_name, row.line, "frequency must be a positive whole number");
    }
    std::uint64_t key = PackWord(DecodeUtf8(row.fields[0]));
    if (key == 0) continue;
    words_[key] = frequency;
    total_ += frequency;
  }
  return Ok();
}

std::uint32_t Vocabulary::Frequency(std::u32string_view word) const {
  std::uint64_t key = PackWord(word);
  if (key == 0) return 0;
  auto it = words_.find(key);
  return it == words_.end() ? 0 : it->second;
}

}  // namespace govwatch::text
