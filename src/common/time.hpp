// Calendar arithmetic in China Standard Time (UTC+8, no DST), which is the only zone the
// notices use. Dates are proleptic Gregorian.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/result.hpp"

namespace govwatch {

inline constexpr std::int64_t kCstOffsetSeconds = 8 * 3600;
inline constexpr std::int64_t kSecondsPerDay = 86400;

// A calendar day.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const Date&) const = default;
};

// A calendar day and a time of day, in CST.
struct CivilTime {
  Date date;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

// Days since 1970-01-01 for a calendar day.
std::int64_t DaysFromDate(const Date& d);
// The calendar day `days` days after 1970-01-01.
Date DateFromDays(std::int64_t days);
// True when y-m-d names a real day.
bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);
// 1 = Monday … 7 = Sunday.
int IsoWeekday(const Date& d);

// The instant of a CST civil time.
Timestamp ToTimestamp(const CivilTime& t);
// The CST civil time of an instant.
CivilTime ToCivil(Timestamp t);
// The CST calendar day of an instant.
Date DateOf(Timestamp t);
// The first and last second of a CST day.
Timestamp StartOfDay(const Date& d);
Timestamp EndOfDay(const Date& d);
// Adds calendar months, clamping the day to the end of the target month (Jan 31 + 1 = Feb 28/29).
Date AddMonths(const Date& d, int months);
Date AddDays(const Date& d, std::int64_t days);

// "YYYY-MM-DD HH:MM:SS" and "YYYY-MM-DD" in CST.
std::string FormatTime(Timestamp t);
std::string FormatDate(const Date& d);
// "YYYY-MM-DDTHH:MM:SS+08:00".
std::string FormatIso(Timestamp t);

// Parses a user-given instant: `YYYY-MM-DD` (the end of that day), `YYYY-MM-DDTHH:MM[:SS]`,
// `YYYY-MM-DD HH:MM[:SS]`, `YYYY/M/D[ H:MM[:SS]]`. Fails with a message quoting the text.
Result<Timestamp> ParseTime(std::string_view text);
// Like ParseTime, but a bare date means the start of the day (import tables).
Result<Timestamp> ParseTimeStartOfDay(std::string_view text);
// Parses only a calendar date (`YYYY-MM-DD` or `YYYY/M/D`).
Result<Date> ParseDate(std::string_view text);

// A reporting period: a quarter and its monitoring window.
struct Period {
  int year = 0;
  int quarter = 0;   // 1..4
  Timestamp from = 0;  // first second of the window
  Timestamp to = 0;    // last second of the window
  // "2022Q1".
  std::string Name() const;
};

// Parses "2022Q1" into the whole quarter.
Result<Period> ParsePeriod(std::string_view text);
// The quarter that contains `t`.
Period PeriodContaining(Timestamp t);

}  // namespace govwatch
