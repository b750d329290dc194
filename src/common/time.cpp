#include "common/time.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

#include <fmt/core.h>

namespace govwatch {

std::int64_t DaysFromDate(const Date& d) {
  // Days-from-civil over 400-year eras.
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date DateFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int IsoWeekday(const Date& d) {
  const std::int64_t days = DaysFromDate(d);  // 1970-01-01 was a Thursday (4)
  std::int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Timestamp ToTimestamp(const CivilTime& t) {
  return DaysFromDate(t.date) * kSecondsPerDay + t.hour * 3600 + t.minute * 60 + t.second -
         kCstOffsetSeconds;
}

CivilTime ToCivil(Timestamp t) {
  std::int64_t local = t + kCstOffsetSeconds;
  std::int64_t days = local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
  std::int64_t rem = local - days * kSecondsPerDay;
  CivilTime c;
  c.date = DateFromDays(days);
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem % 3600 / 60);
  c.second = static_cast<int>(rem % 60);
  return c;
}

Date DateOf(Timestamp t) { return ToCivil(t).date; }
Timestamp StartOfDay(const Date& d) { return ToTimestamp(CivilTime{d, 0, 0, 0}); }
Timestamp EndOfDay(const Date& d) { return ToTimestamp(CivilTime{d, 23, 59, 59}); }

Date AddMonths(const Date& d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  Date r;
  r.year = total / 12;
  r.month = total % 12 + 1;
  r.day = std::min(d.day, DaysInMonth(r.year, r.month));
  return r;
}

Date AddDays(const Date& d, std::int64_t days) { return DateFromDays(DaysFromDate(d) + days); }

std::string FormatDate(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

std::string FormatTime(Timestamp t) {
  const CivilTime c = ToCivil(t);
  return fmt::format("{} {:02}:{:02}:{:02}", FormatDate(c.date), c.hour, c.minute, c.second);
}

std::string FormatIso(Timestamp t) {
  const CivilTime c = ToCivil(t);
  return fmt::format("{}T{:02}:{:02}:{:02}+08:00", FormatDate(c.date), c.hour, c.minute, c.second);
}

namespace {

// Splits `text` into runs of digits; returns false if anything but the allowed separators
// appears between them.
bool SplitNumbers(std::string_view text, std::vector<int>& out, std::vector<char>& seps) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] >= '0' && text[i] <= '9') {
      int value = 0;
      std::size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9' && j - i < 5) {
        value = value * 10 + (text[j] - '0');
        ++j;
      }
      if (j < text.size() && text[j] >= '0' && text[j] <= '9') return false;
      out.push_back(value);
      i = j;
    } else {
      const char c = text[i];
      if (c != '-' && c != '/' && c != ':' && c != ' ' && c != 'T') return false;
      if (!out.empty() && seps.size() < out.size()) seps.push_back(c);
      else if (c != ' ') return false;  // two separators in a row
      ++i;
    }
  }
  return true;
}

// Message boards and their exports print "2022年3月1日 10时20分" or "2022年03月01日10:20："
// rewritten as "2022/3/1 10:20" for the numeric parser; ASCII text is returned unchanged.
std::string FoldChineseDateTime(std::string_view raw) {
  std::string out;
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::string_view rest = raw.substr(i);
    const auto take = [&](std::string_view unit, const char* replacement) {
      if (rest.substr(0, unit.size()) != unit) return false;
      out += replacement;
      i += unit.size();
      return true;
    };
    if (take("年", "/") || take("月", "/") || take("日", " ") || take("号", " ") || take("时", ":") || take("点", ":") ||
        take("分", ":") || take("秒", "") || take("：", ":") || take("\xE3\x80\x80", " ")) {
      continue;
    }
    out.push_back(raw[i]);
    ++i;
  }
  while (!out.empty() && (out.back() == ':' || out.back() == ' ')) out.pop_back();
  return out;
}

// Database and spreadsheet exports write "2022.03.01", "20220301 10:00", "2022-03-01 10:00:00.000"
// or "2022-03-01T10:00:00+08:00" (China's offset, the only one the records use): rewritten as
// "2022-03-01 10:00:00" for the numeric parser. Anything else is returned unchanged.
std::string FoldExportDateTime(std::string_view text) {
  std::string out(text);
  auto digits = [&](std::size_t from, std::size_t count) {
    if (from + count > out.size()) return false;
    return std::all_of(out.begin() + static_cast<std::ptrdiff_t>(from),
                       out.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits(0, 8) && (out.size() == 8 || out[8] == ' ' || out[8] == 'T')) {
    out = out.substr(0, 4) + "-" + out.substr(4, 2) + "-" + out.substr(6);
  } else if (digits(0, 4) && out.size() > 4 && out[4] == '.') {
    const std::size_t date_end = std::min(out.find_first_of(" T"), out.size());
    std::replace(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(date_end), '.', '-');
  }
  for (std::string_view zone : {"+08:00", "+0800", "+08"}) {
    if (out.size() > zone.size() && std::string_view(out).substr(out.size() - zone.size()) == zone) {
      out.resize(out.size() - zone.size());
      break;
    }
  }
  // Fractional seconds after HH:MM:SS.
  if (const std::size_t dot = out.rfind('.');
      dot != std::string::npos && dot >= 6 && out[dot - 6] == ':' && out[dot - 3] == ':' && digits(dot - 2, 2) && digits(dot + 1, out.size() - dot - 1)) {
    out.resize(dot);
  }
  return out;
}

Result<Timestamp> ParseTimeImpl(std::string_view raw, bool bare_date_is_end) {
  std::string folded;
  std::string_view text = raw;
  if (std::any_of(raw.begin(), raw.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; })) {
    folded = FoldChineseDateTime(raw);
    text = folded;
  }
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  std::string exported = FoldExportDateTime(text);
  text = exported;
  std::vector<int> nums;
  std::vector<char> seps;
  const auto bad = [&] {
    return MakeError(ErrorCode::kParseError,
                     fmt::format("'{}' is not a date or time (YYYY-MM-DD[ HH:MM[:SS]])", raw));
  };
  if (text.empty() || !SplitNumbers(text, nums, seps)) return bad();
  if (nums.size() < 3 || nums.size() > 6 || nums.size() == 4) return bad();
  if (seps[0] != seps[1] || (seps[0] != '-' && seps[0] != '/')) return bad();
  if (!IsValidDate(nums[0], nums[1], nums[2])) return bad();
  CivilTime c{Date{nums[0], nums[1], nums[2]}, 0, 0, 0};
  if (nums.size() == 3) {
    if (bare_date_is_end) {
      c.hour = 23;
      c.minute = 59;
      c.second = 59;
    }
    return ToTimestamp(c);
  }
  if (seps[2] != ' ' && seps[2] != 'T') return bad();
  if (seps[3] != ':' || (nums.size() == 6 && seps[4] != ':')) return bad();
  c.hour = nums[3];
  c.minute = nums[4];
  c.second = nums.size() == 6 ? nums[5] : 0;
  if (c.hour > 23 || c.minute > 59 || c.second > 59) return bad();
  return ToTimestamp(c);
}

}  // namespace

Result<Timestamp> ParseTime(std::string_view text) { return ParseTimeImpl(text, true); }
Result<Timestamp> ParseTimeStartOfDay(std::string_view text) { return ParseTimeImpl(text, false); }

Result<Date> ParseDate(std::string_view text) {
  auto t = ParseTimeImpl(text, false);
  if (!t) return t.error();
  const CivilTime c = ToCivil(*t);
  if (c.hour != 0 || c.minute != 0 || c.second != 0) {
    return MakeError(ErrorCode::kParseError, fmt::format("'{}' is not a date (YYYY-MM-DD)", text));
  }
  return c.date;
}

std::string Period::Name() const { return fmt::format("{}Q{}", year, quarter); }

Result<Period> ParsePeriod(std::string_view text) {
  int year = 0;
  int quarter = 0;
  if (text.size() == 6 && (text[4] == 'Q' || text[4] == 'q')) {
    auto r = std::from_chars(text.data(), text.data() + 4, year);
    if (r.ec == std::errc() && r.ptr == text.data() + 4 && text[5] >= '1' && text[5] <= '4') {
      quarter = text[5] - '0';
    }
  }
  if (quarter == 0 || year < 1990 || year > 2200) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("'{}' is not a period (YYYYQn, e.g. 2022Q1)", text));
  }
  Period p;
  p.year = year;
  p.quarter = quarter;
  const int first_month = (quarter - 1) * 3 + 1;
  p.from = StartOfDay(Date{year, first_month, 1});
  p.to = EndOfDay(Date{year, first_month + 2, DaysInMonth(year, first_month + 2)});
  return p;
}

Period PeriodContaining(Timestamp t) {
  const Date d = DateOf(t);
  auto p = ParsePeriod(fmt::format("{:04}Q{}", d.year, (d.month - 1) / 3 + 1));
  return p.value();
}

}  // namespace govwatch
