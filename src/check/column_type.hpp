// Column typing for the W-V4 windows: the registry's type when given, else a guess from the
// column's name.
#pragma once

#include "model/model.hpp"

namespace govwatch::check {

// The type that decides a column's update window.
model::ColumnType EffectiveColumnType(const model::Column& column);
// Guesses a type from a column name such as 工作动态 or 通知公告.
model::ColumnType GuessColumnType(std::string_view name);

}  // namespace govwatch::check
