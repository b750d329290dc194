// The official working-day calendar: Monday to Friday work, Saturday and Sunday off, except the
// holidays (off) and make-up working days (on) of the State Council's yearly notices.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include "common/result.hpp"
#include "common/time.hpp"

namespace govwatch {

// A reply limit of a locality: N working days (the day of receipt is not counted; the limit closes
// at 24:00 of the N-th working day after it) or N clock hours from the instant of receipt.
struct ReplyLimit {
  enum class Kind { kWorkingDays, kHours };
  Kind kind = Kind::kWorkingDays;
  int amount = 5;

  // N working days.
  static ReplyLimit WorkingDays(int n) { return ReplyLimit{Kind::kWorkingDays, n}; }
  // N clock hours.
  static ReplyLimit Hours(int n) { return ReplyLimit{Kind::kHours, n}; }
  // Parses "5wd", "5 working days", "5个工作日", "72h", "72 hours", "72小时". Fails quoting the text.
  static Result<ReplyLimit> Parse(std::string_view text);
  // "5个工作日" or "72小时".
  std::string ToChinese() const;
};

// Where a message stands against its limit at the check instant T.
enum class ReplyState {
  kAnsweredInTime,  // replied at or before the deadline (and at or before T)
  kAnsweredLate,    // replied after the deadline (and at or before T)
  kOverdue,         // no reply by T, and T is past the deadline
  kPending,         // no reply by T, and the deadline has not passed
};

// The assessment of one message.
struct ReplyTiming {
  ReplyState state = ReplyState::kPending;
  Timestamp deadline = 0;  // last second within the limit
  // Working days the message took (to its reply, or to T when unanswered): the smallest k such
  // that the reply falls within a k-working-day limit; 0 = the day of receipt itself.
  int working_days = 0;
  // Clock time from receipt to the reply (or to T when unanswered), in whole seconds.
  std::int64_t seconds = 0;
};

// "按时答复", "超期答复", "逾期未答复", "未到期".
std::string_view ToChinese(ReplyState state);

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
  // The smallest k >= 0 such that `to` lies within k working days after `from` (0 when `to` is
  // on or before `from`). A non-working day counts as the next working day.
  int WorkingDaysTaken(const Date& from, const Date& to) const;
  // The last second within `limit` of a message received at `received_at`.
  Timestamp DeadlineOf(Timestamp received_at, const ReplyLimit& limit) const;
  // Answered in time / answered late / overdue / pending at T. A reply after T is not seen at T.
  ReplyTiming Assess(Timestamp received_at, std::optional<Timestamp> replied_at, Timestamp t,
                     const ReplyLimit& limit) const;
  // True when `d` lies in a year the calendar has official data for (outside, only weekends are
  // known: callers should report the result as provisional).
  bool Covers(const Date& d) const;
  // The years the calendar has official data for, e.g. [2018, 2026]; {0, 0} when none.
  std::pair<int, int> CoveredYears() const;

 private:
  std::map<Date, bool> overrides_;  // date → is working day
};

}  // namespace govwatch
