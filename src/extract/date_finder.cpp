#include "extract/date_finder.hpp"

#include <array>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace detail {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1–`max` digits at `i`; returns the count read.
std::size_t ReadNumber(std::string_view s, std::size_t i, std::size_t max, int* value) {
  std::size_t n = 0;
  int v = 0;
  while (i + n < s.size() && n < max && IsDigit(s[i + n])) {
    v = v * 10 + (s[i + n] - '0');
    ++n;
  }
  *value = v;
  return n;
}

bool PlausibleYear(int year) { return year >= 1990 && year <= 2099; }

// Tries to read a date whose year starts at `i`.
std::optional<DateMatch> DateAt(std::string_view s, std::size_t i) {
  int year = 0;
  if (ReadNumber(s, i, 4, &year) != 4 || !PlausibleYear(year)) return std::nullopt;
  std::size_t p = i + 4;
  if (p < s.size() && IsDigit(s[p])) return std::nullopt;
  // Separators: "-", "/", ".", "年" (then "月" and optional "日"/"号").
  std::string_view sep;
  bool chinese = false;
  if (p < s.size() && (s[p] == '-' || s[p] == '/' || s[p] == '.')) {
    sep = s.substr(p, 1);
  } else if (s.substr(p, 3) == "年") {
    sep = "年";
    chinese = true;
  } else {
    return std::nullopt;
  }
  p += sep.size();
  while (chinese && p < s.size() && s[p] == ' ') ++p;
  int month = 0;
  std::size_t n = ReadNumber(s, p, 2, &month);
  if (n == 0 || (p + n < s.size() && IsDigit(s[p + n]))) return std::nullopt;
  p += n;
  const std::string_view month_sep = chinese ? std::string_view("月") : sep;
  if (s.substr(p, month_sep.size()) != month_sep) return std::nullopt;
  p += month_sep.size();
  while (chinese && p < s.size() && s[p] == ' ') ++p;
  int day = 0;
  n = ReadNumber(s, p, 2, &day);
  if (n == 0 || (p + n < s.size() && IsDigit(s[p + n]))) return std::nullopt;
  p += n;
  if (chinese && (s.substr(p, 3) == "日" || s.substr(p, 3) == "号")) p += 3;
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return DateMatch{Date{year, month, day}, i, p};
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view text) {
  for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    if (auto m = DateAt(text, i)) return m;
  }
  return std::nullopt;
}

std::optional<Date> FindLabelledDate(std::string_view text) {
  static constexpr std::array<std::string_view, 10> kLabels = {
      "发布时间", "发布日期", "发文日期", "成文日期", "更新时间", "印发日期", "公开日期", "时间", "日期", "发布"};
  for (std::string_view label : kLabels) {
    std::size_t pos = 0;
    while ((pos = text.find(label, pos)) != std::string_view::npos) {
      std::size_t p = pos + label.size();
      // Skip colons, spaces and brackets (ASCII and full-width) between label and date.
      for (;;) {
        if (p < text.size() && (text[p] == ':' || text[p] == ' ' || text[p] == '[' || text[p] == '(')) {
          ++p;
        } else if (text.substr(p, 3) == "：" || text.substr(p, 3) == "【" || text.substr(p, 3) == "（" ||
                   text.substr(p, 3) == "\u3000") {
          p += 3;
        } else {
          break;
        }
      }
      if (auto m = DateAt(text, p)) return m->date;
      pos += label.size();
    }
  }
  return std::nullopt;
}

std::optional<Date> DateFromUrl(std::string_view url) {
  // Only the path: query strings carry ids that look like dates.
  const std::size_t scheme = url.find("://");
  std::size_t path_begin = scheme == std::string_view::npos ? 0 : url.find('/', scheme + 3);
  if (path_begin == std::string_view::npos) return std::nullopt;
  std::string_view path = url.substr(path_begin);
  path = path.substr(0, path.find_first_of("?#"));
  auto digits_at = [&](std::size_t i, std::size_t n) {
    if (i + n > path.size()) return false;
    for (std::size_t k = 0; k < n; ++k) {
      if (!IsDigit(path[i + k])) return false;
    }
    return i + n == path.size() || !IsDigit(path[i + n]);
  };
  auto number = [&](std::size_t i, std::size_t n) {
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) v = v * 10 + (path[i + k] - '0');
    return v;
  };
  auto make = [](int y, int m, int d) -> std::optional<Date> {
    if (PlausibleYear(y) && IsValidDate(y, m, d)) return Date{y, m, d};
    return std::nullopt;
  };
  // t20220301_123.html, /20220301/, _20220301.
  for (std::size_t i = 1; i < path.size(); ++i) {
    const char before = path[i - 1];
    if ((before == 't' || before == '/' || before == '_' || before == '-') && digits_at(i, 8)) {
      if (auto d = make(number(i, 4), number(i + 4, 2), number(i + 6, 2))) return d;
    }
  }
  // /2022/03/01/, /2022-03-01/, /2022/03/, /2022-03/, /202203/ (+ optional /01/).
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (path[i - 1] != '/') continue;
    if (digits_at(i, 4) && i + 4 < path.size() && (path[i + 4] == '/' || path[i + 4] == '-') && digits_at(i + 5, 2)) {
      const int y = number(i, 4);
      const int m = number(i + 5, 2);
      std::size_t after = i + 7;
      int d = 1;
      if (after < path.size() && (path[after] == '/' || path[after] == '-') && digits_at(after + 1, 2)) {
        d = number(after + 1, 2);
      }
      if (auto date = make(y, m, d)) return date;
    }
    if (digits_at(i, 6) && i + 6 < path.size() && path[i + 6] == '/') {
      int d = 1;
      if (digits_at(i + 7, 2) && i + 9 < path.size() && path[i + 9] == '/') d = number(i + 7, 2);
      if (auto date = make(number(i, 4), number(i + 4, 2), d)) return date;
    }
  }
  return std::nullopt;
}

}  // namespace detail

std::optional<Date> ParseDateText(std::string_view text) {
  auto m = detail::FindDate(text);
  if (!m) return std::nullopt;
  return m->date;
}

}  // namespace govwatch::extract
