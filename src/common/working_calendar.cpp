#include "common/working_calendar.hpp"

#include <fmt/core.h>

#include "common/strings.hpp"

namespace govwatch {

Result<WorkingCalendar> WorkingCalendar::Parse(std::string_view tsv, std::string_view file) {
  WorkingCalendar cal;
  int line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = Split(line, '\t');
    if (fields.size() < 2) {
      return MakeError(ErrorCode::kParseError, fmt::format("{} line {}: expected date<TAB>off|on", file, line_no));
    }
    auto date = ParseDate(Trim(fields[0]));
    if (!date) return MakeError(ErrorCode::kParseError, fmt::format("{} line {}: {}", file, line_no, date.error().message));
    const std::string_view kind = Trim(fields[1]);
    if (kind != "off" && kind != "on") {
      return MakeError(ErrorCode::kParseError,
                       fmt::format("{} line {}: '{}' is neither off nor on", file, line_no, kind));
    }
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

std::pair<int, int> WorkingCalendar::CoveredYears() const {
  if (overrides_.empty()) return {0, 0};
  return {overrides_.begin()->first.year, overrides_.rbegin()->first.year};
}

}  // namespace govwatch
