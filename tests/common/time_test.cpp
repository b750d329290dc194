#include "common/time.hpp"

#include <gtest/gtest.h>

namespace govwatch {
namespace {

TEST(TimeTest, ParsesBareDateAsEndOfDayInChinaStandardTime) {
  auto t = ParseTime("2022-03-31");

  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(FormatTime(*t), "2022-03-31 23:59:59");
  EXPECT_EQ(*t, 1648742399);  // 2022-03-31T15:59:59Z
}

TEST(TimeTest, ParsesSlashDatesAndTimes) {
  auto t = ParseTimeStartOfDay("2022/1/5 9:07");

  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(FormatTime(*t), "2022-01-05 09:07:00");
}

TEST(TimeTest, ParsesTheChineseFormsOfMessageBoards) {
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022年3月1日 10时20分")), "2022-03-01 10:20:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022年03月01日10:20")), "2022-03-01 10:20:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022年3月1日10点05分30秒")), "2022-03-01 10:05:30");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022年3月1日 9：05")), "2022-03-01 09:05:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022年3月1日")), "2022-03-01 00:00:00");
  EXPECT_EQ(FormatTime(*ParseTime("2022年3月1日")), "2022-03-01 23:59:59");
  EXPECT_FALSE(ParseTimeStartOfDay("2022年2月30日"));
  EXPECT_FALSE(ParseTimeStartOfDay("三月一日"));
  const auto bad = ParseTimeStartOfDay("2022年3月1日 下午");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("2022年3月1日 下午"), std::string::npos) << "the error quotes the input";
}

TEST(TimeTest, ParsesTheFormsDatabaseAndSpreadsheetExportsWrite) {
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022.03.01")), "2022-03-01 00:00:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022.3.1 9:05")), "2022-03-01 09:05:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("20220301")), "2022-03-01 00:00:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("20220301 10:20")), "2022-03-01 10:20:00");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022-03-01 10:20:30.000")), "2022-03-01 10:20:30");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022-03-01T10:20:30.123456")), "2022-03-01 10:20:30");
  EXPECT_EQ(FormatTime(*ParseTimeStartOfDay("2022-03-01T10:20:30+08:00")), "2022-03-01 10:20:30");
  // Another offset is not China's time of day; a dot inside the time is no fraction of a second.
  for (const char* bad : {"2022-03-01T10:20:30+09:00", "2022.13.01", "2022-03-01 10.20", "202203011", "2022-03-01 10:20.5"}) {
    EXPECT_FALSE(ParseTimeStartOfDay(bad)) << bad;
  }
}

TEST(TimeTest, RejectsImpossibleDatesAndQuotesThem) {
  for (const char* bad : {"2022-02-30", "2022-13-01", "2022-01-01 25:00", "yesterday", "2022-01", ""}) {
    auto t = ParseTime(bad);
    EXPECT_FALSE(t) << bad;
    if (!t) {
      EXPECT_NE(t.error().message.find(bad), std::string::npos) << bad;
    }
  }
}

TEST(TimeTest, AddMonthsClampsToTheEndOfTheMonth) {
  EXPECT_EQ(AddMonths(Date{2022, 1, 31}, 1), (Date{2022, 2, 28}));
  EXPECT_EQ(AddMonths(Date{2024, 1, 31}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddMonths(Date{2022, 3, 31}, -3), (Date{2021, 12, 31}));
  EXPECT_EQ(AddMonths(Date{2022, 5, 31}, -3), (Date{2022, 2, 28}));
}

TEST(TimeTest, PeriodCoversTheWholeQuarter) {
  auto p = ParsePeriod("2022Q1");

  ASSERT_TRUE(p);
  EXPECT_EQ(FormatTime(p->from), "2022-01-01 00:00:00");
  EXPECT_EQ(FormatTime(p->to), "2022-03-31 23:59:59");
  EXPECT_EQ(p->Name(), "2022Q1");
  EXPECT_FALSE(ParsePeriod("2022Q5"));
  EXPECT_EQ(PeriodContaining(p->to).Name(), "2022Q1");
  EXPECT_EQ(PeriodContaining(p->to + 1).Name(), "2022Q2");
}

TEST(TimeTest, WeekdayAndDayRoundTrip) {
  EXPECT_EQ(IsoWeekday(Date{2022, 1, 1}), 6);  // a Saturday
  EXPECT_EQ(DateFromDays(DaysFromDate(Date{2000, 2, 29})), (Date{2000, 2, 29}));
  EXPECT_EQ(DateOf(StartOfDay(Date{2022, 3, 1})), (Date{2022, 3, 1}));
}

}  // namespace
}  // namespace govwatch
