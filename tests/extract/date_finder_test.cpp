#include "extract/date_finder.hpp"

#include <gtest/gtest.h>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

struct DateCase {
  std::string name;
  std::string text;
  std::string expected;  // YYYY-MM-DD or "none"
};

std::string Show(const std::optional<Date>& d) { return d ? FormatDate(*d) : "none"; }

class ParseDateTextTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateTextTest, ReadsFirstDate) {
  const DateCase& c = GetParam();

  EXPECT_EQ(Show(ParseDateText(c.text)), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ParseDateTextTest,
    ::testing::Values(DateCase{"Iso", "2022-03-01", "2022-03-01"},
                      DateCase{"IsoWithTime", "发布时间：2022-03-01 10:30:12", "2022-03-01"},
                      DateCase{"Chinese", "2022年3月1日", "2022-03-01"},
                      DateCase{"ChineseWithSpaces", "2022年 3月 1日 星期二", "2022-03-01"},
                      DateCase{"ChineseHao", "2021年12月5号", "2021-12-05"},
                      DateCase{"Slashes", "[2022/3/1]", "2022-03-01"},
                      DateCase{"Dots", "2022.03.01", "2022-03-01"},
                      DateCase{"Bracketed", "(2022-02-28)", "2022-02-28"},
                      DateCase{"MixedSeparatorsRejected", "2022-03/01", "none"},
                      DateCase{"ImpossibleDay", "2022-02-30", "none"},
                      DateCase{"ImplausibleYear", "1888-01-01", "none"},
                      DateCase{"LongerNumberIsNotADate", "120220-03-01", "none"},
                      DateCase{"MonthOnly", "2022年3月", "none"},
                      DateCase{"SkipsBrokenFirst", "2022-13-01 然后 2022-12-01", "2022-12-01"},
                      DateCase{"Empty", "", "none"},
                      DateCase{"TruncatedAtEnd", "2022-03-", "none"}),
    [](const ::testing::TestParamInfo<DateCase>& param_info) { return param_info.param.name; });

TEST(DateFinderTest, LabelledDateNeedsDateRightAfterLabel) {
  EXPECT_EQ(Show(detail::FindLabelledDate("来源：市政府办 发布日期：2022年3月5日 浏览：12")), "2022-03-05");
  EXPECT_EQ(Show(detail::FindLabelledDate("标题 发布时间 关于2022年3月5日会议的通知")), "none");
  EXPECT_EQ(Show(detail::FindLabelledDate("成文日期：【2022-01-17】")), "2022-01-17");
}

TEST(DateFinderTest, FindDateReportsByteSpan) {
  const std::string text = "日期：2022-03-05 来源";

  const auto m = detail::FindDate(text);

  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "2022-03-05");
}

TEST(DateFinderTest, ReadsDatesFromUrlPatterns) {
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/zwgk/202203/t20220301_123.html")), "2022-03-01");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/news/202203/15/abc.html")), "2022-03-15");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/news/202203/abc.html")), "2022-03-01");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/news/2022-03/abc.html")), "2022-03-01");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/art/20220301/abc.html")), "2022-03-01");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/show.asp?id=20220301")), "none");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/col/col12345/index.html")), "none");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/a/t20221399_1.html")), "none");
}

}  // namespace
}  // namespace govwatch::extract
