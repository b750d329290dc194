// Dates as Chinese government pages write them: in text (2022-03-01, 2022年3月1日, 2022/3/1,
// 2022.03.01, with or without a time), after labels (发布时间：…), and in URLs (t20220301_1.html).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "common/time.hpp"

namespace govwatch::extract::detail {

// A date found in text, with its byte span.
struct DateMatch {
  Date date;
  std::size_t begin = 0;  // byte offset of the first digit
  std::size_t end = 0;    // byte offset after the date
};

// The first full date (year, month and day) in `text`, or nothing. Years 1990–2099 only.
std::optional<DateMatch> FindDate(std::string_view text);
// A date right after a publication label (发布时间, 发布日期, 发文日期, 成文日期, 日期, 时间,
// 更新时间) in `text`: only colons, spaces and brackets may sit between label and date.
std::optional<Date> FindLabelledDate(std::string_view text);
// A date written in a URL path: t20220301_123.html, /20220301/, /202203/ (day 1),
// /2022-03/ (day 1), /2022/03/01/. Nothing when the URL has no plausible date.
std::optional<Date> DateFromUrl(std::string_view url);

}  // namespace govwatch::extract::detail
