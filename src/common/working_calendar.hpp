// The official working-day calendar: Monday to Friday work, Saturday and Sunday off, except the
// holidays (off) and make-up working days (on) of the State Council's yearly notices.
#pragma once

#include <map>
#include <string_view>

#include "common/result.hpp"
#include "common/time.hpp"

namespace govwatch {

// Immutable after Parse(); safe to share between threads.
class WorkingCalendar {
 public:
  // Parses "YYYY-MM-DD<TAB>off|on[<TAB>name]" lines ('#' comments). Fails naming `file` and the line.
  static Result<WorkingCalendar> Parse(std::string_view tsv, std::string_view file);
  // A calendar with weekends only (no holidays).
  WorkingCalendar() = default;

  bool IsWorkingDay(const Date& d) const;
  // The N-th working day after `d` (the day of receipt is not counted). N >= 1.
  Date AddWorkingDays(const Date& d, int n) const;
  // Working days strictly after `from` up to and including `to` (0 when to <= from).
  int WorkingDaysBetween(const Date& from, const Date& to) const;
  // The years the calendar has official data for, e.g. [2018, 2026]; {0, 0} when none.
  std::pair<int, int> CoveredYears() const;

 private:
  std::map<Date, bool> overrides_;  // date → is working day
};

}  // namespace govwatch
