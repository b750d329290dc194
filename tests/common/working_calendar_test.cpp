// Working-day arithmetic against the State Council's yearly holiday notices, 2007–2026, through
// the transcription in rules/holidays.tsv.
#include "common/working_calendar.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/files.hpp"
#include "common/time.hpp"

namespace govwatch {
namespace {

const WorkingCalendar& Official() {
  static const WorkingCalendar cal = [] {
    auto tsv = ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/holidays.tsv");
    EXPECT_TRUE(tsv) << tsv.error().message;
    auto parsed = WorkingCalendar::Parse(tsv ? *tsv : std::string(), "rules/holidays.tsv");
    EXPECT_TRUE(parsed) << parsed.error().message;
    return parsed ? *parsed : WorkingCalendar();
  }();
  return cal;
}

Date D(std::string_view s) {
  auto d = ParseDate(s);
  EXPECT_TRUE(d) << s;
  return d ? *d : Date{};
}

Timestamp T(std::string_view s) {
  auto t = ParseTime(s);
  EXPECT_TRUE(t) << s;
  return t ? *t : 0;
}

// One break of a year's notice: the last working day before it, the first working day after it,
// a weekday inside it and its make-up weekend days.
struct Break {
  const char* last_before;
  const char* first_after;
  const char* weekday_off;
  const char* makeup_on;
};

// Spring Festival and National Day of every year 2018–2026, read off the notices.
const Break kBreaks[] = {
    {"2018-02-14", "2018-02-22", "2018-02-20", "2018-02-24"},  // 春节 2/15–2/21; 2/11 Sun, 2/24 Sat on
    {"2018-09-30", "2018-10-08", "2018-10-05", "2018-09-29"},  // 国庆 10/1–10/7; 9/29 Sat, 9/30 Sun on
    {"2019-02-03", "2019-02-11", "2019-02-08", "2019-02-02"},  // 春节 2/4–2/10; 2/2 Sat, 2/3 Sun on
    {"2019-09-30", "2019-10-08", "2019-10-04", "2019-10-12"},  // 国庆 10/1–10/7; 9/29 Sun, 10/12 Sat on
    {"2020-01-23", "2020-02-03", "2020-01-31", "2020-01-19"},  // 春节 1/24–2/2 (extended); 1/19 Sun on
    {"2020-09-30", "2020-10-09", "2020-10-08", "2020-10-10"},  // 国庆中秋 10/1–10/8; 9/27 Sun, 10/10 Sat on
    {"2021-02-10", "2021-02-18", "2021-02-17", "2021-02-20"},  // 春节 2/11–2/17; 2/7 Sun, 2/20 Sat on
    {"2021-09-30", "2021-10-08", "2021-10-07", "2021-10-09"},  // 国庆 10/1–10/7; 9/26 Sun, 10/9 Sat on
    {"2022-01-30", "2022-02-07", "2022-02-04", "2022-01-29"},  // 春节 1/31–2/6; 1/29 Sat, 1/30 Sun on
    {"2022-09-30", "2022-10-08", "2022-10-07", "2022-10-09"},  // 国庆 10/1–10/7; 10/8 Sat, 10/9 Sun on
    {"2023-01-20", "2023-01-28", "2023-01-27", "2023-01-29"},  // 春节 1/21–1/27; 1/28 Sat, 1/29 Sun on
    {"2023-09-28", "2023-10-07", "2023-10-06", "2023-10-08"},  // 中秋国庆 9/29–10/6; 10/7 Sat, 10/8 Sun on
    {"2024-02-09", "2024-02-18", "2024-02-16", "2024-02-04"},  // 春节 2/10–2/17; 2/4 Sun, 2/18 Sun on
    {"2024-09-30", "2024-10-08", "2024-10-07", "2024-10-12"},  // 国庆 10/1–10/7; 9/29 Sun, 10/12 Sat on
    {"2025-01-27", "2025-02-05", "2025-02-04", "2025-01-26"},  // 春节 1/28–2/4; 1/26 Sun, 2/8 Sat on
    {"2025-09-30", "2025-10-09", "2025-10-08", "2025-10-11"},  // 国庆中秋 10/1–10/8; 9/28 Sun, 10/11 Sat on
    {"2026-02-14", "2026-02-24", "2026-02-23", "2026-02-28"},  // 春节 2/15–2/23; 2/14 Sat, 2/28 Sat on
    {"2026-09-30", "2026-10-08", "2026-10-07", "2026-09-20"},  // 国庆 10/1–10/7; 9/20 Sun, 10/10 Sat on
};

TEST(WorkingCalendarTest, CoversEveryYearFrom2007To2026) {
  EXPECT_EQ(Official().CoveredYears(), (std::pair<int, int>{2007, 2026}));
  EXPECT_TRUE(Official().Covers(D("2007-01-01")));
  EXPECT_TRUE(Official().Covers(D("2026-12-31")));
  EXPECT_FALSE(Official().Covers(D("2027-01-01")));
  EXPECT_FALSE(Official().Covers(D("2006-12-31")));
  EXPECT_FALSE(WorkingCalendar().Covers(D("2022-01-01")));
}

TEST(WorkingCalendarTest, EveryBreakOf2018To2026ClosesOnItsFirstWorkingDay) {
  for (const Break& b : kBreaks) {
    SCOPED_TRACE(b.last_before);
    EXPECT_TRUE(Official().IsWorkingDay(D(b.last_before)));
    EXPECT_TRUE(Official().IsWorkingDay(D(b.first_after)));
    EXPECT_FALSE(Official().IsWorkingDay(D(b.weekday_off)));
    const Date makeup = D(b.makeup_on);
    EXPECT_GE(IsoWeekday(makeup), 6) << "a make-up day is a Saturday or Sunday";
    EXPECT_TRUE(Official().IsWorkingDay(makeup));
    // A message received on the last working day before the break, late in the evening, has one
    // working day: the first working day after the break, to 24:00.
    const Timestamp received = T(std::string(b.last_before) + " 23:59");
    EXPECT_EQ(FormatTime(Official().DeadlineOf(received, ReplyLimit::WorkingDays(1))),
              std::string(b.first_after) + " 23:59:59");
  }
}

// The official data set the transcription was made from (holiday-cn, one JSON per notice year),
// where the checkout has it beside the project: $GOVWATCH_HOLIDAYS_DIR, ../shared/data/holidays or
// ../../shared/data/holidays. Empty when absent.
std::filesystem::path OfficialHolidayDir() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("GOVWATCH_HOLIDAYS_DIR")) candidates.emplace_back(env);
  const fs::path source(GOVWATCH_SOURCE_DIR);
  candidates.push_back(source / ".." / "shared" / "data" / "holidays");
  candidates.push_back(source / ".." / ".." / "shared" / "data" / "holidays");
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::exists(c / "2022.json", ec)) return c;
  }
  return {};
}

// Every day of 2007–2026 against the notices: a day a notice lists is off or on as it says (a
// late-December make-up day is listed in the next year's file), every other day works Monday to
// Friday only.
TEST(WorkingCalendarTest, EveryDayOf2007To2026MatchesTheOfficialNotices) {
  const std::filesystem::path dir = OfficialHolidayDir();
  if (dir.empty()) GTEST_SKIP() << "shared/data/holidays not beside this checkout";
  std::map<Date, bool> listed;  // date -> off
  std::map<Date, std::string> file_of;
  for (int year = 2007; year <= 2027; ++year) {
    const auto path = dir / (std::to_string(year) + ".json");
    auto text = ReadFile(path);
    if (!text || text->empty()) continue;
    const auto doc = nlohmann::json::parse(*text, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << path;
    for (const auto& day : doc.at("days")) {
      const Date d = D(day.at("date").get<std::string>());
      listed[d] = day.at("isOffDay").get<bool>();
      file_of[d] = path.filename().string();
    }
  }
  int checked = 0, off = 0, makeup = 0, cross_year = 0;
  for (Date d = D("2007-01-01"); d < D("2027-01-01"); d = AddDays(d, 1)) {
    const auto it = listed.find(d);
    const bool weekday = IsoWeekday(d) <= 5;
    const bool expected = it == listed.end() ? weekday : !it->second;
    EXPECT_EQ(Official().IsWorkingDay(d), expected)
        << FormatDate(d) << (it == listed.end() ? " (not listed)" : " listed in " + file_of[d]);
    ++checked;
    if (it != listed.end() && it->second) ++off;
    if (it != listed.end() && !it->second) {
      ++makeup;
      if (file_of[d] != std::to_string(d.year) + ".json") ++cross_year;
    }
  }
  EXPECT_EQ(checked, 7305);
  EXPECT_GE(off, 20 * 20);
  EXPECT_GE(makeup, 20 * 4);
  EXPECT_GE(cross_year, 1) << "2018-12-29 is a make-up day of the 2019 notice";
}

TEST(WorkingCalendarTest, LateDecemberMakeUpDaySitsInTheNextYearsNotice) {
  // The 2019 notice: 2018-12-29 (Sat) on, 2018-12-30/31 off; 2019-01-01 off.
  EXPECT_TRUE(Official().IsWorkingDay(D("2018-12-29")));
  EXPECT_FALSE(Official().IsWorkingDay(D("2018-12-31")));
  EXPECT_FALSE(Official().IsWorkingDay(D("2019-01-01")));
  EXPECT_EQ(Official().AddWorkingDays(D("2018-12-28"), 1), D("2018-12-29"));
  EXPECT_EQ(Official().AddWorkingDays(D("2018-12-28"), 2), D("2019-01-02"));
  // The 2023 notice: 2023-01-02 (Mon) off.
  EXPECT_EQ(Official().AddWorkingDays(D("2022-12-30"), 1), D("2023-01-03"));
  // The 2026 notice: 2026-01-02 (Fri) off, 2026-01-04 (Sun) on.
  EXPECT_EQ(Official().AddWorkingDays(D("2025-12-31"), 1), D("2026-01-04"));
}

TEST(WorkingCalendarTest, QingmingLabourDayDragonBoatAndMidAutumnOfEachYear) {
  const char* off[] = {"2018-04-06", "2018-04-30", "2018-06-18", "2018-09-24", "2019-04-05", "2019-05-02",
                       "2019-06-07", "2019-09-13", "2020-04-06", "2020-05-05", "2020-06-26", "2021-04-05",
                       "2021-05-04", "2021-06-14", "2021-09-20", "2022-04-04", "2022-05-04", "2022-06-03",
                       "2022-09-12", "2023-04-05", "2023-05-03", "2023-06-23", "2024-04-05", "2024-05-03",
                       "2024-06-10", "2024-09-16", "2025-04-04", "2025-05-05", "2025-06-02", "2026-04-06",
                       "2026-05-05", "2026-06-19", "2026-09-25"};
  for (const char* d : off) EXPECT_FALSE(Official().IsWorkingDay(D(d))) << d;
  const char* on[] = {"2018-04-08", "2018-04-28", "2019-05-05", "2020-04-26", "2020-05-09", "2020-06-28",
                      "2021-04-25", "2021-05-08", "2021-09-18", "2022-04-02", "2022-04-24", "2022-05-07",
                      "2023-04-23", "2023-05-06", "2023-06-25", "2024-04-07", "2024-04-28", "2024-05-11",
                      "2024-09-14", "2025-04-27", "2026-05-09"};
  for (const char* d : on) EXPECT_TRUE(Official().IsWorkingDay(D(d))) << d;
}

TEST(WorkingCalendarTest, LimitsOfThreeFiveAndTenWorkingDaysAcrossNationalDay2022) {
  const Timestamp fri = T("2022-09-30 23:59");  // Friday before 国庆; 10/8 Sat and 10/9 Sun are on
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(1))), "2022-10-08 23:59:59");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(3))), "2022-10-10 23:59:59");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(5))), "2022-10-12 23:59:59");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(10))), "2022-10-19 23:59:59");
}

TEST(WorkingCalendarTest, SpringFestival2022FromTheFridayBeforeTheMakeUpWeekend) {
  const Timestamp fri = T("2022-01-28 09:00");  // 1/29 Sat and 1/30 Sun are on, 1/31–2/6 off
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(1))), "2022-01-29 23:59:59");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(3))), "2022-02-07 23:59:59");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(fri, ReplyLimit::WorkingDays(5))), "2022-02-09 23:59:59");
}

TEST(WorkingCalendarTest, ReceivedOnAMakeUpSaturdayOrAHolidayOrAPlainFriday) {
  // 2023-01-28 is a make-up Saturday: the next working day is Sunday 1/29.
  EXPECT_EQ(FormatTime(Official().DeadlineOf(T("2023-01-28 15:00"), ReplyLimit::WorkingDays(1))),
            "2023-01-29 23:59:59");
  // Received on the first day of 国庆 2023 (a holiday): the day of receipt is not counted either way.
  EXPECT_EQ(FormatTime(Official().DeadlineOf(T("2023-10-01 08:00"), ReplyLimit::WorkingDays(1))),
            "2023-10-07 23:59:59");
  // An ordinary Friday: Monday.
  EXPECT_EQ(FormatTime(Official().DeadlineOf(T("2024-03-01 10:00"), ReplyLimit::WorkingDays(1))),
            "2024-03-04 23:59:59");
  // A Saturday received at 00:00:00 and at 23:59:59 have the same deadline.
  EXPECT_EQ(Official().DeadlineOf(T("2024-03-02 00:00:00"), ReplyLimit::WorkingDays(3)),
            Official().DeadlineOf(T("2024-03-02 23:59:59"), ReplyLimit::WorkingDays(3)));
}

TEST(WorkingCalendarTest, SeventyTwoHoursCountClockHoursThroughHolidays) {
  const ReplyLimit h72 = ReplyLimit::Hours(72);
  const Timestamp received = T("2022-09-30 10:00");
  EXPECT_EQ(FormatTime(Official().DeadlineOf(received, h72)), "2022-10-03 10:00:00");
  auto in_time = Official().Assess(received, T("2022-10-03 10:00:00"), T("2022-12-31"), h72);
  EXPECT_EQ(in_time.state, ReplyState::kAnsweredInTime);
  EXPECT_EQ(in_time.seconds, 72 * 3600);
  auto late = Official().Assess(received, T("2022-10-03 10:00:01"), T("2022-12-31"), h72);
  EXPECT_EQ(late.state, ReplyState::kAnsweredLate);
}

TEST(WorkingCalendarTest, AssessesTheFourStatesAtTheBoundaries) {
  const ReplyLimit wd5 = ReplyLimit::WorkingDays(5);
  const Timestamp received = T("2024-02-08 16:30");  // Thursday before 春节 2024 (2/10–2/17 off, 2/18 Sun on)
  // Working days after receipt: 2/9, 2/18, 2/19, 2/20, 2/21 → the deadline is 2/21 24:00.
  EXPECT_EQ(FormatTime(Official().DeadlineOf(received, wd5)), "2024-02-21 23:59:59");

  auto on_time = Official().Assess(received, T("2024-02-21 23:59:59"), T("2024-03-31"), wd5);
  EXPECT_EQ(on_time.state, ReplyState::kAnsweredInTime);
  EXPECT_EQ(on_time.working_days, 5);

  auto late = Official().Assess(received, T("2024-02-22 00:00:00"), T("2024-03-31"), wd5);
  EXPECT_EQ(late.state, ReplyState::kAnsweredLate);
  EXPECT_EQ(late.working_days, 6);

  // Answered during the holiday: one working day (2/9) plus the holiday counted as the next (2/18).
  auto holiday = Official().Assess(received, T("2024-02-12 11:00"), T("2024-03-31"), wd5);
  EXPECT_EQ(holiday.state, ReplyState::kAnsweredInTime);
  EXPECT_EQ(holiday.working_days, 2);

  auto same_day = Official().Assess(received, T("2024-02-08 17:00"), T("2024-03-31"), wd5);
  EXPECT_EQ(same_day.working_days, 0);

  auto pending = Official().Assess(received, std::nullopt, T("2024-02-21 23:59:59"), wd5);
  EXPECT_EQ(pending.state, ReplyState::kPending);
  auto overdue = Official().Assess(received, std::nullopt, T("2024-02-22 00:00:00"), wd5);
  EXPECT_EQ(overdue.state, ReplyState::kOverdue);
  EXPECT_EQ(overdue.working_days, 6);

  // A reply made after T is not seen at T.
  auto unseen = Official().Assess(received, T("2024-02-23 10:00"), T("2024-02-22 12:00"), wd5);
  EXPECT_EQ(unseen.state, ReplyState::kOverdue);
}

TEST(WorkingCalendarTest, WithoutOfficialDataOnlyWeekendsAreOff) {
  const WorkingCalendar plain;
  EXPECT_TRUE(plain.IsWorkingDay(D("2022-10-03")));
  EXPECT_EQ(plain.AddWorkingDays(D("2022-09-30"), 1), D("2022-10-03"));
}

TEST(WorkingCalendarTest, ParsesLocalLimitsInEnglishAndChinese) {
  auto wd3 = ReplyLimit::Parse("3个工作日");
  ASSERT_TRUE(wd3);
  EXPECT_EQ(wd3->kind, ReplyLimit::Kind::kWorkingDays);
  EXPECT_EQ(wd3->amount, 3);
  auto wd10 = ReplyLimit::Parse(" 10wd ");
  ASSERT_TRUE(wd10);
  EXPECT_EQ(wd10->amount, 10);
  auto h72 = ReplyLimit::Parse("72小时");
  ASSERT_TRUE(h72);
  EXPECT_EQ(h72->kind, ReplyLimit::Kind::kHours);
  EXPECT_EQ(h72->ToChinese(), "72小时");
  EXPECT_FALSE(ReplyLimit::Parse("三个工作日"));
  EXPECT_FALSE(ReplyLimit::Parse("0wd"));
  EXPECT_FALSE(ReplyLimit::Parse("5 days"));
}

TEST(WorkingCalendarTest, RejectsAMalformedCalendarNamingTheLine) {
  auto bad = WorkingCalendar::Parse("# ok\n2024-02-10\toff\n2024-02-31\toff\n", "h.tsv");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("h.tsv line 3"), std::string::npos) << bad.error().message;
}

}  // namespace
}  // namespace govwatch
