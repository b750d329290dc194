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

TEST(DateFinderTest, DayDateFromUrlNeedsTheDay) {
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/bcyw/202403/t20240326_88102.html")), "2024-03-26");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/art/2024/3/5/art_7701_987654.html")), "2024-03-05");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/news/202403/15/abc.html")), "2024-03-15");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/zwdt/20240327/8f9e0d1c.html")), "2024-03-27");
  // A month folder names no day.
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/news/202403/abc.html")), "none");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/news/2024-03/abc.html")), "none");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/c/2024/03/abc.html")), "none");
  EXPECT_EQ(Show(detail::DayDateFromUrl("http://x.gov.cn/show.asp?id=20240301")), "none");
}

TEST(DateFinderTest, ReadsFullWidthDigitsAndChineseNumerals) {
  EXPECT_EQ(Show(ParseDateText("发布时间：２０２２－０３－１８")), "2022-03-18");
  EXPECT_EQ(Show(ParseDateText("２０２２年３月１８日")), "2022-03-18");
  EXPECT_EQ(Show(ParseDateText("县人民政府 二〇二二年三月一日")), "2022-03-01");
  EXPECT_EQ(Show(ParseDateText("二○二二年三月二十三日")), "2022-03-23");
  EXPECT_EQ(Show(ParseDateText("二〇二一年十二月三十一日")), "2021-12-31");
  EXPECT_EQ(Show(ParseDateText("二〇二二年十月十日")), "2022-10-10");
  EXPECT_EQ(Show(ParseDateText("二〇二二年二月三十日")), "none");
  EXPECT_EQ(Show(ParseDateText("二〇二二年三月")), "none");
  EXPECT_EQ(Show(ParseDateText("一二三年三月一日")), "none");
  // A date glued to a month-day stamp ("03-08 2022-03-08") is still read.
  EXPECT_EQ(Show(ParseDateText("03-08 2022-03-08")), "2022-03-08");
}

TEST(DateFinderTest, PublicationLabelsOutrankDocumentDates) {
  EXPECT_EQ(Show(detail::FindLabelledDate("成文日期：2022年2月20日 公开日期：2022年2月22日")), "2022-02-22");
  EXPECT_EQ(Show(detail::FindLabelledDate("成文日期：2022-03-20 发布日期：2022-03-29")), "2022-03-29");
  EXPECT_EQ(Show(detail::FindLabelledDate("成文日期：2022-03-20")), "2022-03-20");
  EXPECT_EQ(Show(detail::FindLabelledDate("【发布日期】2021-12-30 【来源】县财政局")), "2021-12-30");
  EXPECT_EQ(Show(detail::FindLabelledDate("发布于：2022-03-11 15:00")), "2022-03-11");
  // A bare 时间 that ends a longer word (会议时间) is not the page's date.
  EXPECT_EQ(Show(detail::FindLabelledDate("会议时间：2022年3月10日 时间：2022-03-12")), "2022-03-12");
  EXPECT_EQ(Show(detail::FindLabelledDate("报名截止日期：2022-04-01")), "none");
}

TEST(DateFinderTest, RecordDateRanksBelowPublicationDate) {
  // 信息公开 tables: 生成日期 (the record's creation) loses to 公开日期 wherever it sits.
  EXPECT_EQ(Show(detail::FindLabelledDate("发布机构：市教育局 生成日期：2022-02-27 文号： 公开日期：2022-03-04")),
            "2022-03-04");
  EXPECT_EQ(Show(detail::FindLabelledDate("索引号：0151/2022-00231 生成日期：2022-02-27")), "2022-02-27");
}

TEST(DateFinderTest, LabelsAlignedWithBlanks) {
  EXPECT_EQ(Show(detail::FindLabelledDate("发 文 日 期：2022年03月10日 发 布 日 期：2022年03月14日")), "2022-03-14");
  EXPECT_EQ(Show(detail::FindLabelledDate("日　　期：2022-03-16　　来　　源：县应急管理局")),
            "2022-03-16");
  EXPECT_EQ(Show(detail::FindLabelledDate("发 布 时 间：2022-03-16")), "2022-03-16");
  // Cells of ugly templates: line breaks, tabs and no-break spaces between label and date.
  EXPECT_EQ(Show(detail::FindLabelledDate("发布日期：\n\t\t\t2022-03-14\n")), "2022-03-14");
  EXPECT_EQ(Show(detail::FindLabelledDate("发布时间:\u00a0\u00a02022-03-14")), "2022-03-14");
  // Blanks inside a label do not let 时间 end a longer word.
  EXPECT_EQ(Show(detail::FindLabelledDate("会议时　间：2022-03-10")), "none");
}

std::string ShowMd(const std::optional<detail::MonthDay>& md) {
  return md ? std::to_string(md->month) + "/" + std::to_string(md->day) : "none";
}

TEST(DateFinderTest, SplitDayAndYearMonth) {
  EXPECT_EQ(Show(detail::FindSplitDate("30 2022-03")), "2022-03-30");
  EXPECT_EQ(Show(detail::FindSplitDate(" 2022.03 \n 05 ")), "2022-03-05");
  EXPECT_EQ(Show(detail::FindSplitDate("2022年03月　28")), "2022-03-28");
  EXPECT_EQ(Show(detail::FindSplitDate("０９ ２０２２／０３")), "2022-03-09");
  // No lone day, a day that does not exist, or a time next to the year-month.
  EXPECT_EQ(Show(detail::FindSplitDate("2022-03")), "none");
  EXPECT_EQ(Show(detail::FindSplitDate("31 2022-02")), "none");
  EXPECT_EQ(Show(detail::FindSplitDate("2022-03 10:30")), "none");
  EXPECT_EQ(Show(detail::FindSplitDate("10:30 2022-03")), "none");
  EXPECT_EQ(Show(detail::FindSplitDate("共 12 项 2022-2023")), "none");
}

TEST(DateFinderTest, MonthDayStandingAlone) {
  EXPECT_EQ(ShowMd(detail::FindMonthDay("[03-28]")), "3/28");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("（3/5）")), "3/5");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("03.28")), "3/28");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("3月28日 星期一")), "3/28");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("02-29")), "2/29");
  // Decimals, parts of longer dates or times, ranges, impossible days.
  EXPECT_EQ(ShowMd(detail::FindMonthDay("增长3.5%")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("2022-03")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("10:03-28")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("03-28-2022")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("02-30")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("13-01")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("3月份")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("第3-5期")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("3/5号楼")), "none");
  EXPECT_EQ(ShowMd(detail::FindMonthDay("3月28日星期一")), "3/28");
}

TEST(DateFinderTest, ReadsUnpaddedHanwebFolders) {
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/art/2022/3/9/art_1229_5.html")), "2022-03-09");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/art/2022/12/31/art_1229_5.html")), "2022-12-31");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/art/2022/3/art_1229_5.html")), "2022-03-01");
  EXPECT_EQ(Show(detail::DateFromUrl("http://x.gov.cn/list/2022/3.html")), "none");
}

}  // namespace
}  // namespace govwatch::extract

namespace govwatch::extract::detail {
namespace {

TEST(ScriptDateTest, WrittenDatesNeedALabelInTheTextOrAroundTheScript) {
  EXPECT_EQ(ScriptDate("document.write('发布时间：2022-03-01 10:00');", ""), (Date{2022, 3, 1}));
  EXPECT_EQ(ScriptDate("document.write(\"2022-03-01\");", "发布时间："), (Date{2022, 3, 1}));
  EXPECT_EQ(ScriptDate("el.innerHTML = '<b>发布日期</b>：2022年3月8日';", ""), (Date{2022, 3, 8}));
  EXPECT_EQ(ScriptDate("document.write(\"\\x32\\x30\\x32\\x32-03-09\");", "发布于"), (Date{2022, 3, 9}));
  // A bare written date with no label anywhere near is not the publish date.
  EXPECT_FALSE(ScriptDate("document.write(\"2022-03-01\");", "浏览次数："));
  // The label must sit in a short element (an info bar), not in a whole page around the script.
  EXPECT_FALSE(ScriptDate("document.write(\"2022-03-01\");", std::string(300, 'x') + "发布时间"));
}

TEST(ScriptDateTest, PublicationNamedVariablesOnly) {
  EXPECT_EQ(ScriptDate("var pubDate = \"2022-02-15 09:30\";", ""), (Date{2022, 2, 15}));
  EXPECT_EQ(ScriptDate("var info = {\"fbsj\": \"2022/2/16\", \"title\": \"x\"};", ""), (Date{2022, 2, 16}));
  EXPECT_EQ(ScriptDate("window.article.releaseDate='2022.02.17';", ""), (Date{2022, 2, 17}));
  EXPECT_EQ(ScriptDate("var publish_time = '2022年2月18日';", ""), (Date{2022, 2, 18}));
  EXPECT_FALSE(ScriptDate("var startDate = \"2021-01-01\"; var endDate = \"2021-12-31\";", ""));
  EXPECT_FALSE(ScriptDate("var today = '2022-03-01';", ""));
  EXPECT_FALSE(ScriptDate("if (pubDate == \"2022-03-01\") {}", ""));  // a comparison, not a value
  EXPECT_FALSE(ScriptDate("var pubDate = \"2022-13-45\";", ""));
  // The same date twice is fine; different dates are a related-articles list.
  EXPECT_EQ(ScriptDate("var pubDate = '2022-02-15'; meta.pubDate = '2022-02-15 10:00';", ""), (Date{2022, 2, 15}));
  EXPECT_FALSE(ScriptDate("var rel = [{\"pubDate\": \"2021-12-01\"}, {\"pubDate\": \"2021-11-20\"}];", ""));
  // A script that writes a dated list is not an info bar, labelled or not.
  EXPECT_FALSE(ScriptDate("document.write('<li>发布时间：2022-03-01</li><li>发布时间：2022-02-01</li>"
                          "<li>发布时间：2022-01-01</li>');",
                          ""));
  EXPECT_FALSE(ScriptDate(std::string(70 * 1024, ' ') + "var pubDate = \"2022-02-15\";", ""));  // too long
}

}  // namespace
}  // namespace govwatch::extract::detail
