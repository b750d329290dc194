#include "common/working_calendar.hpp"

#include <algorithm>
#include <string>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/tsv.hpp"

namespace govwatch {

Result<ReplyLimit> ReplyLimit::Parse(std::string_view text) {
  const std::string_view t = Trim(text);
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) {
    return MakeError(ErrorCode::kParseError, fmt::format("reply limit '{}': expected a number of working days or hours", text));
  }
  const int n = std::stoi(std::string(t.substr(0, digits)));
  const std::string unit = ToLowerAscii(Trim(t.substr(digits)));
  if (n <= 0) return MakeError(ErrorCode::kParseError, fmt::format("reply limit '{}': must be positive", text));
  if (unit == "wd" || unit == "working days" || unit == "working day" || unit == "个工作日" || unit == "工作日") {
    return WorkingDays(n);
  }
  if (unit == "h" || unit == "hours" || unit == "hour" || unit == "小时" || unit == "个小时") return Hours(n);
  return MakeError(ErrorCode::kParseError, fmt::format("reply limit '{}': unit must be wd (工作日) or h (小时)", text));
}

std::string ReplyLimit::ToChinese() const {
  return kind == Kind::kHours ? fmt::format("{}小时", amount) : fmt::format("{}个工作日", amount);
}

std::string_view ToChinese(ReplyState state) {
  switch (state) {
    case ReplyState::kAnsweredInTime: return "按时答复";
    case ReplyState::kAnsweredLate: return "超期答复";
    case ReplyState::kOverdue: return "逾期未答复";
    case ReplyState::kPending: return "未到期";
  }
  return "";
}

Result<WorkingCalendar> WorkingCalendar::Parse(std::string_view tsv, std::string_view file) {
  auto rows = ParseTsv(file, tsv, 2, "date<TAB>off|on");
  if (!rows) return rows.error();
  WorkingCalendar cal;
  for (const TsvRow& row : *rows) {
    auto date = ParseDate(row.fields[0]);
    if (!date) return TsvError(file, row.line, date.error().message);
    const std::string_view kind = row.fields[1];
    if (kind != "off" && kind != "on") return TsvError(file, row.line, fmt::format("'{}' is neither off nor on", kind));
    cal.overrides_[*date] = kind == "on";
  }
  return cal;
}

bool WorkingCalendar::IsWorkingDay(const Date& d) const {
  if (auto it = overrides_.find(d); it != overrides_.end()) return it->second;
  return IsoWeekday(d) <= 5;
}

Date WorkingCalendar::AddWorkingDays(const Date& d, int n) const {
  Date cur = d;
  int left = n;
  while (left > 0) {
    cur = AddDays(cur, 1);
    if (IsWorkingDay(cur)) --left;
  }
  return cur;
}

int WorkingCalendar::WorkingDaysBetween(const Date& from, const Date& to) const {
  int count = 0;
  for (Date cur = AddDays(from, 1); cur <= to; cur = AddDays(cur, 1)) {
    if (IsWorkingDay(cur)) ++count;
  }
  return count;
}

int WorkingCalendar::WorkingDaysTaken(const Date& from, const Date& to) const {
  if (to <= from) return 0;
  return WorkingDaysBetween(from, to) + (IsWorkingDay(to) ? 0 : 1);
}

Timestamp WorkingCalendar::DeadlineOf(Timestamp received_at, const ReplyLimit& limit) const {
  if (limit.kind == ReplyLimit::Kind::kHours) return received_at + static_cast<Timestamp>(limit.amount) * 3600;
  return EndOfDay(AddWorkingDays(DateOf(received_at), limit.amount));
}

ReplyTiming WorkingCalendar::Assess(Timestamp received_at, std::optional<Timestamp> replied_at, Timestamp t,
                                    const ReplyLimit& limit) const {
  ReplyTiming out;
  out.deadline = DeadlineOf(received_at, limit);
  const bool answered = replied_at && *replied_at <= t;
  const Timestamp end = answered ? std::max(*replied_at, received_at) : std::max(t, received_at);
  out.working_days = WorkingDaysTaken(DateOf(received_at), DateOf(end));
  out.seconds = end - received_at;
  if (answered) {
    out.state = *replied_at <= out.deadline ? ReplyState::kAnsweredInTime : ReplyState::kAnsweredLate;
  } else {
    out.state = t > out.deadline ? ReplyState::kOverdue : ReplyState::kPending;
  }
  return out;
}

bool WorkingCalendar::Covers(const Date& d) const {
  const auto [first, last] = CoveredYears();
  return first != 0 && d.year >= first && d.year <= last;
}

std::pair<int, int> WorkingCalendar::CoveredYears() const {
  if (overrides_.empty()) return {0, 0};
  return {overrides_.begin()->first.year, overrides_.rbegin()->first.year};
}

}  // namespace govwatch
