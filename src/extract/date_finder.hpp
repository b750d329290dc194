// Dates as Chinese government pages write them: in text (2022-03-01, 2022年3月1日, 2022/3/1,
// 2022.03.01, full-width ２０２２－０３－０１, with or without a time), in Chinese numerals in a
// document's 落款 (二〇二二年三月一日, 二○二二年三月二十三日), after labels (发布时间：…), and in
// URLs (t20220301_1.html, /art/2022/3/1/art_1_2.html).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "common/time.hpp"

namespace govwatch::extract::detail {

class HtmlTree;

// A date found in text, with its byte span.
struct DateMatch {
  Date date;
  std::size_t begin = 0;  // byte offset of the first digit
  std::size_t end = 0;    // byte offset after the date
};

// The first full date (year, month and day) written with digits (ASCII or full-width) in
// `text`, or nothing. Years 1990–2099 only.
std::optional<DateMatch> FindDate(std::string_view text);
// The first date written in Chinese numerals (二〇二二年三月一日; 〇, ○, 零 and Ｏ for zero).
std::optional<DateMatch> FindChineseNumeralDate(std::string_view text);
// The first date of either kind.
std::optional<DateMatch> FindAnyDate(std::string_view text);
// A year and month written without a day ("2022-03", "2022.03", "2022/3", "2022年3月") with the
// day as a number of its own right before or after it: the split dates of card lists
// (<span class="day">30</span><span class="ym">2022-03</span> reads "30 2022-03"). Call it
// only when FindDate found nothing.
std::optional<Date> FindSplitDate(std::string_view text);
// A month and day without a year ("03-28", "3/28", "03.28", "3月28日"), standing alone (not part
// of a longer date, a number range or a decimal such as 3.5). Months 1–12, days 1–31.
struct MonthDay {
  int month = 0;
  int day = 0;
};
std::optional<MonthDay> FindMonthDay(std::string_view text);
// A date right after a publication label in `text`: only colons, spaces and brackets may sit
// between label and date, and blanks may align a label's characters (发 布 日 期, 日　　期).
// Labels rank: publication labels (发布时间, 发布日期, 公开日期, 公布日期, 发布于, 信息时间, 录入时间 …)
// first, then the bare 日期 / 时间 / 更新时间 (not when they end a longer word such as 会议时间),
// 生成日期 and 编辑日期, then the document's own dates (成文日期, 发文日期, 印发日期). Within a rank
// the earliest in the text wins.
std::optional<Date> FindLabelledDate(std::string_view text);
// A date written in a URL path: t20220301_123.html, /20220301/, /202203/ (day 1),
// /2022-03/ (day 1), /2022/03/01/, /art/2022/3/1/. Nothing when the URL has no plausible date.
std::optional<Date> DateFromUrl(std::string_view url);
// Like DateFromUrl, but only a date the URL names to the day (t20220301_123.html, /20220301/,
// /2022/03/01/, /art/2022/3/1/): never a month folder read as its first day.
std::optional<Date> DayDateFromUrl(std::string_view url);

// A publish date that an inline script prints or holds, for pages whose info bar is filled by
// JavaScript: the text a script writes (document.write, innerHTML) when it carries a labelled
// date ("发布时间：2022-03-01"), or a bare date it writes into a short element that shows a
// publication label (<span>发布时间：<script>document.write("2022-03-01")</script></span>); else a
// variable or property named for the publication date (var pubDate = "2022-03-01", "fbsj":
// "2022年3月1日"). Scripts with a src, in the footer or longer than 64 KB are not read. The caller
// ranks this below every visible date of the page.
std::optional<Date> FindScriptDate(const HtmlTree& tree);
// The same from the text of one script and the visible text of the element around it (for tests).
std::optional<Date> ScriptDate(std::string_view script, std::string_view around);

}  // namespace govwatch::extract::detail
