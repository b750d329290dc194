// W-V4 栏目不更新 (and 空白栏目): ① news columns with no item in the 14 days before T plus
// notice/policy columns with none in 6 months, ≥ 5 in all; ② other content columns not updated
// for a long time (12 months by default), ≥ 10; ③ empty columns, ≥ 5. Each is a veto.
#pragma once

#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

enum class ColumnState {
  kUnknown,     // no usable snapshot at T
  kFresh,
  kEmpty,       // a list page with no items ("暂无信息")
  kStale,       // beyond the W-V4① window of its type
  kLongStale,   // beyond the W-V4② window (types outside ①)
};

struct ColumnJudgement {
  ColumnState state = ColumnState::kUnknown;
  std::optional<Date> newest;  // newest item date at T
  int window_days = 0;         // for news types
  int window_months = 0;       // for the others
};

// Judges one column at T.
ColumnJudgement JudgeColumn(const ColumnObservation& column, Timestamp t, const Rules& rules);
// The W-V4 findings of a site (zero to three).
std::vector<model::Finding> CheckStaleColumns(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
