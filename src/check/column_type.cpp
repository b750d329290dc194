#include "check/column_type.hpp"

#include <utility>

#include "common/strings.hpp"

namespace govwatch::check {

model::ColumnType GuessColumnType(std::string_view name) {
  using model::ColumnType;
  // Order matters: 政策解读 before 政策, 通知公告 before 公告.
  static const std::pair<std::string_view, ColumnType> kKeywords[] = {
      {"解读", ColumnType::kInterpretation}, {"政策文件", ColumnType::kPolicy}, {"文件", ColumnType::kPolicy},
      {"规章", ColumnType::kPolicy},         {"规范性", ColumnType::kPolicy},   {"通知", ColumnType::kNotice},
      {"公告", ColumnType::kNotice},         {"公示", ColumnType::kNotice},     {"动态", ColumnType::kNews},
      {"要闻", ColumnType::kNews},           {"新闻", ColumnType::kNews},       {"资讯", ColumnType::kNews},
      {"人事", ColumnType::kPersonnel},      {"任免", ColumnType::kPersonnel},  {"规划", ColumnType::kPlanning},
      {"计划", ColumnType::kPlanning},       {"留言", ColumnType::kInteraction}, {"信箱", ColumnType::kInteraction},
      {"互动", ColumnType::kInteraction},    {"办事", ColumnType::kService},    {"服务", ColumnType::kService}};
  for (const auto& [word, type] : kKeywords) {
    if (Contains(name, word)) return type;
  }
  return ColumnType::kOther;
}

model::ColumnType EffectiveColumnType(const model::Column& column) {
  return column.type ? *column.type : GuessColumnType(column.name);
}

}  // namespace govwatch::check
