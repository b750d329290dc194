#include "extract/date_finder.hpp"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "common/strings.hpp"
#include "extract/hidden_links.hpp"
#include "extract/html_tree.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace detail {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The value of the digit at `i` (ASCII, or full-width ０–９ as EF BC 90–99), or -1; `len` gets
// its byte length.
int DigitAt(std::string_view s, std::size_t i, std::size_t* len) {
  if (i < s.size() && IsDigit(s[i])) {
    *len = 1;
    return s[i] - '0';
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
    const unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c >= 0x90 && c <= 0x99) {
      *len = 3;
      return c - 0x90;
    }
  }
  *len = 0;
  return -1;
}

bool DigitBefore(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  if (IsDigit(s[i - 1])) return true;
  std::size_t len = 0;
  return i >= 3 && DigitAt(s, i - 3, &len) >= 0 && len == 3;
}

// Reads 1–`max` digits at `i`; returns the bytes read (0 when none) and sets `count`.
std::size_t ReadNumber(std::string_view s, std::size_t i, std::size_t max, int* value, std::size_t* count) {
  std::size_t bytes = 0;
  std::size_t n = 0;
  int v = 0;
  std::size_t len = 0;
  int d = 0;
  while (n < max && (d = DigitAt(s, i + bytes, &len)) >= 0) {
    v = v * 10 + d;
    bytes += len;
    ++n;
  }
  *value = v;
  *count = n;
  return bytes;
}

bool PlausibleYear(int year) { return year >= 1990 && year <= 2099; }

// The separator at `p`: "-", "/", ".", their full-width forms, or "年"; returns its class
// ('-', '/', '.', 'y') and byte length, or 0.
char SeparatorAt(std::string_view s, std::size_t p, std::size_t* len) {
  if (p >= s.size()) return 0;
  if (s[p] == '-' || s[p] == '/' || s[p] == '.') {
    *len = 1;
    return s[p];
  }
  const std::string_view three = s.substr(p, 3);
  *len = 3;
  if (three == "－") return '-';
  if (three == "／") return '/';
  if (three == "．") return '.';
  if (three == "年") return 'y';
  *len = 0;
  return 0;
}

std::size_t SkipBlanks(std::string_view s, std::size_t p) {
  for (;;) {
    if (p < s.size() && s[p] == ' ') {
      ++p;
    } else if (s.substr(p, 3) == "\u3000") {
      p += 3;
    } else {
      return p;
    }
  }
}

// Tries to read a date whose year starts at `i`.
std::optional<DateMatch> DateAt(std::string_view s, std::size_t i) {
  int year = 0;
  std::size_t count = 0;
  std::size_t p = i + ReadNumber(s, i, 4, &year, &count);
  if (count != 4 || !PlausibleYear(year)) return std::nullopt;
  std::size_t len = 0;
  if (DigitAt(s, p, &len) >= 0) return std::nullopt;
  char sep = SeparatorAt(s, p, &len);
  if (sep == 0) {
    // "2022 年 4 月 5 日": blanks may sit before 年.
    const std::size_t q = SkipBlanks(s, p);
    if (q == p || s.substr(q, 3) != "年") return std::nullopt;
    p = q;
    sep = SeparatorAt(s, p, &len);
  }
  const bool chinese = sep == 'y';
  p += len;
  if (chinese) p = SkipBlanks(s, p);
  int month = 0;
  std::size_t n = ReadNumber(s, p, 2, &month, &count);
  if (count == 0 || DigitAt(s, p + n, &len) >= 0) return std::nullopt;
  p += n;
  if (chinese) {
    p = SkipBlanks(s, p);
    if (s.substr(p, 3) != "月") return std::nullopt;
    p += 3;
    p = SkipBlanks(s, p);
  } else {
    if (SeparatorAt(s, p, &len) != sep) return std::nullopt;
    p += len;
  }
  int day = 0;
  n = ReadNumber(s, p, 2, &day, &count);
  if (count == 0 || DigitAt(s, p + n, &len) >= 0) return std::nullopt;
  p += n;
  if (chinese) {
    const std::size_t q = SkipBlanks(s, p);
    if (s.substr(q, 3) == "日" || s.substr(q, 3) == "号") p = q + 3;
  }
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return DateMatch{Date{year, month, day}, i, p};
}

// The value of the Chinese numeral character at `i` (〇○零Ｏ = 0, 一 … 九, 十 = 10), or -1.
int ChineseDigitAt(std::string_view s, std::size_t i, std::size_t* len) {
  static constexpr std::array<std::pair<std::string_view, int>, 14> kDigits = {{
      {"〇", 0}, {"○", 0}, {"零", 0}, {"Ｏ", 0}, {"一", 1}, {"二", 2}, {"三", 3}, {"四", 4},
      {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}}};
  for (const auto& [text, value] : kDigits) {
    if (s.substr(i, text.size()) == text) {
      *len = text.size();
      return value;
    }
  }
  *len = 0;
  return -1;
}

// Reads a small Chinese number (一 … 三十一: 十, 十二, 二十, 二十三) at `p`; 0 when none.
std::size_t ReadChineseSmall(std::string_view s, std::size_t p, int* value) {
  std::size_t len = 0;
  std::size_t at = p;
  int first = ChineseDigitAt(s, at, &len);
  if (first <= 0) return 0;
  at += len;
  if (first == 10) {  // 十, 十X
    int unit = ChineseDigitAt(s, at, &len);
    if (unit >= 1 && unit <= 9) {
      *value = 10 + unit;
      return at + len - p;
    }
    *value = 10;
    return at - p;
  }
  int next = ChineseDigitAt(s, at, &len);
  if (next != 10) {
    *value = first;
    return at - p;
  }
  at += len;  // X十, X十Y
  int unit = ChineseDigitAt(s, at, &len);
  if (unit >= 1 && unit <= 9) {
    *value = first * 10 + unit;
    return at + len - p;
  }
  *value = first * 10;
  return at - p;
}

std::optional<DateMatch> ChineseDateAt(std::string_view s, std::size_t i) {
  std::size_t p = i;
  int year = 0;
  std::size_t len = 0;
  for (int k = 0; k < 4; ++k) {
    const int d = ChineseDigitAt(s, p, &len);
    if (d < 0 || d > 9) return std::nullopt;
    year = year * 10 + d;
    p += len;
  }
  if (!PlausibleYear(year) || s.substr(p, 3) != "年") return std::nullopt;
  p += 3;
  int month = 0;
  std::size_t n = ReadChineseSmall(s, p, &month);
  if (n == 0 || s.substr(p + n, 3) != "月") return std::nullopt;
  p += n + 3;
  int day = 0;
  n = ReadChineseSmall(s, p, &day);
  if (n == 0) return std::nullopt;
  p += n;
  if (s.substr(p, 3) != "日" && s.substr(p, 3) != "号") return std::nullopt;
  p += 3;
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return DateMatch{Date{year, month, day}, i, p};
}

bool IsCjkBefore(std::string_view s, std::size_t i) {
  if (i < 3) return false;
  const unsigned char a = static_cast<unsigned char>(s[i - 3]);
  const unsigned char b = static_cast<unsigned char>(s[i - 2]);
  // U+4E00–U+9FFF encode as E4 B8 80 … E9 BF BF.
  if (a < 0xE4 || a > 0xE9) return false;
  return !(a == 0xE4 && b < 0xB8);
}

// The end of `label` (CJK characters) written at `pos`, with blanks allowed between its
// characters as table labels are aligned ("日　　期", "发 布 时 间"), or npos.
std::size_t SpacedLabelEnd(std::string_view text, std::size_t pos, std::string_view label) {
  std::size_t p = pos;
  for (std::size_t k = 0; k < label.size(); k += 3) {
    if (k > 0) {
      for (int blanks = 0; blanks < 8; ++blanks) {
        if (p < text.size() && (text[p] == ' ' || text[p] == '\t')) {
          ++p;
        } else if (text.substr(p, 3) == "\u3000") {
          p += 3;
        } else if (text.substr(p, 2) == "\u00a0") {
          p += 2;
        } else {
          break;
        }
      }
    }
    if (text.substr(p, 3) != label.substr(k, 3)) return std::string_view::npos;
    p += 3;
  }
  return p;
}

// Skips colons, spaces and brackets (ASCII and full-width) between a label and its date.
std::size_t SkipLabelPunctuation(std::string_view text, std::size_t p) {
  for (;;) {
    if (p < text.size() && (text[p] == ':' || text[p] == ' ' || text[p] == '[' || text[p] == '(' ||
                            text[p] == ']' || text[p] == ')' || text[p] == '\t' || text[p] == '\n' ||
                            text[p] == '\r')) {
      ++p;
      continue;
    }
    if (text.substr(p, 2) == "\u00a0") {
      p += 2;
      continue;
    }
    const std::string_view three = text.substr(p, 3);
    if (three == "：" || three == "【" || three == "】" || three == "（" || three == "）" || three == "\u3000" ||
        three == "〔" || three == "〕" || three == "［" || three == "］") {
      p += 3;
      continue;
    }
    return p;
  }
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view text) {
  std::size_t len = 0;
  for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
    if (DigitAt(text, i, &len) < 0 || DigitBefore(text, i)) continue;
    if (auto m = DateAt(text, i)) return m;
  }
  return std::nullopt;
}

std::optional<DateMatch> FindChineseNumeralDate(std::string_view text) {
  for (std::size_t at = text.find("年"); at != std::string_view::npos; at = text.find("年", at + 3)) {
    // Four numeral characters (3 bytes each in UTF-8) end right before 年.
    if (at < 12) continue;
    if (auto m = ChineseDateAt(text, at - 12)) return m;
  }
  return std::nullopt;
}

std::optional<DateMatch> FindAnyDate(std::string_view text) {
  auto digits = FindDate(text);
  auto numerals = FindChineseNumeralDate(text);
  if (digits && numerals) return digits->begin <= numerals->begin ? digits : numerals;
  return digits ? digits : numerals;
}

namespace {

// A run of digits (ASCII or full-width) in a text, with the separators around it.
struct NumberToken {
  int value = 0;
  std::size_t digits = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<NumberToken> NumberTokens(std::string_view s) {
  std::vector<NumberToken> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < 4096) {
    std::size_t len = 0;
    if (DigitAt(s, i, &len) < 0) {
      ++i;
      continue;
    }
    NumberToken t;
    t.begin = i;
    int v = 0;
    std::size_t n = 0;
    while (DigitAt(s, i, &len) >= 0) {
      if (n < 9) v = v * 10 + DigitAt(s, i, &len);
      ++n;
      i += len;
    }
    t.value = v;
    t.digits = n;
    t.end = i;
    out.push_back(t);
  }
  return out;
}

// The date separator between two tokens when only it sits between them ('-', '/', '.', 'y' for 年,
// 'm' for 月), ' ' when only blanks do, or 0.
char Between(std::string_view s, const NumberToken& a, const NumberToken& b) {
  const std::string_view gap = s.substr(a.end, b.begin - a.end);
  std::size_t len = 0;
  if (!gap.empty()) {
    const char sep = SeparatorAt(gap, 0, &len);
    if (sep != 0 && len == gap.size()) return sep;
    if (gap == "月") return 'm';
  }
  std::string_view t = gap;
  while (!t.empty()) {
    if (t.front() == ' ' || t.front() == '\n' || t.front() == '\t' || t.front() == '\r') {
      t.remove_prefix(1);
    } else if (StartsWith(t, "\u3000")) {
      t.remove_prefix(3);
    } else {
      return 0;
    }
  }
  return ' ';
}

// True when the text between two tokens joins them into one thing (a date, a time, a range).
bool Joined(std::string_view s, const NumberToken& a, const NumberToken& b) {
  const char sep = Between(s, a, b);
  if (sep != 0 && sep != ' ') return true;
  const std::string_view gap = s.substr(a.end, b.begin - a.end);
  return gap == ":" || gap == "：" || gap == "~" || gap == "～" || gap == "至";
}

}  // namespace

std::optional<Date> FindSplitDate(std::string_view text) {
  const std::vector<NumberToken> t = NumberTokens(text);
  for (std::size_t k = 0; k + 1 < t.size(); ++k) {
    if (t[k].digits != 4 || !PlausibleYear(t[k].value)) continue;
    const char sep = Between(text, t[k], t[k + 1]);
    if (sep == 0 || sep == ' ' || sep == 'm' || t[k + 1].digits > 2 || t[k + 1].value < 1 || t[k + 1].value > 12) {
      continue;
    }
    // Not a full date: nothing joins the month to a following number.
    if (k + 2 < t.size()) {
      const char after = Between(text, t[k + 1], t[k + 2]);
      if (after != 0 && after != ' ') continue;
    }
    if (k > 0) {
      const char before = Between(text, t[k - 1], t[k]);
      if (before != 0 && before != ' ') continue;
    }
    const int year = t[k].value;
    const int month = t[k + 1].value;
    // The day: a lone 1–2 digit number right before the year or right after the month.
    auto day_at = [&](std::size_t d) -> std::optional<Date> {
      if (t[d].digits > 2 || t[d].value < 1 || t[d].value > 31) return std::nullopt;
      if (!IsValidDate(year, month, t[d].value)) return std::nullopt;
      return Date{year, month, t[d].value};
    };
    if (k > 0 && Between(text, t[k - 1], t[k]) == ' ' && (k < 2 || !Joined(text, t[k - 2], t[k - 1]))) {
      if (auto d = day_at(k - 1)) return d;
    }
    // After the month: blanks, or 月 and blanks when the year-month is written 2022年03月.
    bool blank_after = k + 2 < t.size() && Between(text, t[k + 1], t[k + 2]) == ' ';
    if (!blank_after && k + 2 < t.size() && sep == 'y' && StartsWith(text.substr(t[k + 1].end), "月")) {
      NumberToken month_word = t[k + 1];
      month_word.end += 3;
      blank_after = month_word.end < t[k + 2].begin && Between(text, month_word, t[k + 2]) == ' ';
    }
    if (blank_after &&
        (k + 3 >= t.size() || !Joined(text, t[k + 2], t[k + 3]))) {
      // "2022-03 30" but not "2022-03 10:30" (a time), nor "2022年3月 30日"-less noise.
      const std::string_view after = text.substr(t[k + 2].end, 3);
      if (!StartsWith(after, ":") && !StartsWith(after, "：")) {
        if (auto d = day_at(k + 2)) return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<MonthDay> FindMonthDay(std::string_view text) {
  const std::vector<NumberToken> t = NumberTokens(text);
  for (std::size_t k = 0; k + 1 < t.size(); ++k) {
    const NumberToken& m = t[k];
    const NumberToken& d = t[k + 1];
    if (m.digits > 2 || d.digits > 2 || m.value < 1 || m.value > 12 || d.value < 1 || d.value > 31) continue;
    const char sep = Between(text, m, d);
    if (sep == 0 || sep == ' ' || sep == 'y') continue;
    // 3.5 is a decimal more often than a date: dotted month-days need two digits each.
    if (sep == '.' && (m.digits != 2 || d.digits != 2)) continue;
    if (sep == 'm' && !StartsWith(text.substr(d.end), "日")) continue;
    // Part of a longer date, time or range.
    if (k > 0) {
      const char before = Between(text, t[k - 1], m);
      const std::string_view gap = text.substr(t[k - 1].end, m.begin - t[k - 1].end);
      if ((before != 0 && before != ' ') || gap.empty() || gap == ":" || gap == "：") continue;
    }
    if (k + 2 < t.size()) {
      const char after = Between(text, d, t[k + 2]);
      const std::string_view gap = text.substr(d.end, t[k + 2].begin - d.end);
      if ((after != 0 && after != ' ' && after != 'm') || gap.empty() || gap == "-" || gap == ":") continue;
    }
    // Standing alone: not glued to words (第3-5期, 3/5号楼).
    if (IsCjkBefore(text, m.begin) || (m.begin > 0 && std::isalpha(static_cast<unsigned char>(text[m.begin - 1])))) {
      continue;
    }
    if (sep != 'm' && d.end < text.size() &&
        ((d.end + 3 <= text.size() && IsCjkBefore(text, d.end + 3)) ||
         std::isalpha(static_cast<unsigned char>(text[d.end])))) {
      continue;
    }
    if (!IsValidDate(2000, m.value, d.value)) continue;  // a leap year admits 02-29
    return MonthDay{m.value, d.value};
  }
  return std::nullopt;
}

std::optional<Date> FindLabelledDate(std::string_view text) {
  struct Label {
    std::string_view text;
    int rank;
    bool generic;  // must not end a longer word (会议时间, 截止日期)
  };
  static constexpr std::array<Label, 27> kLabels = {{
      {"发布时间", 0, false}, {"发布日期", 0, false}, {"公开日期", 0, false}, {"发布于", 0, false},
      {"发表时间", 0, false}, {"信息时间", 0, false}, {"录入时间", 0, false}, {"发稿时间", 0, false},
      {"上传时间", 0, false}, {"添加时间", 0, false}, {"刊发时间", 0, false}, {"生成日期", 1, false},
      {"日期", 1, true},      {"时间", 1, true},      {"发布", 1, true},      {"更新时间", 1, true},
      {"更新日期", 1, true},  {"成文日期", 2, false}, {"发文日期", 2, false}, {"印发日期", 2, false},
      {"成文时间", 2, false}, {"签发日期", 2, false}, {"公开时间", 0, false}, {"公布日期", 0, false},
      {"编辑日期", 1, false}, {"编辑时间", 1, false}, {"发文时间", 2, false}}};
  for (int rank = 0; rank <= 2; ++rank) {
    std::optional<DateMatch> best;
    for (const Label& label : kLabels) {
      if (label.rank != rank) continue;
      const std::string_view first = label.text.substr(0, 3);
      for (std::size_t pos = text.find(first); pos != std::string_view::npos; pos = text.find(first, pos + 3)) {
        if (best && pos > best->begin) break;
        const std::size_t label_end = SpacedLabelEnd(text, pos, label.text);
        if (label_end == std::string_view::npos) continue;
        if (label.generic && IsCjkBefore(text, pos)) continue;
        const std::size_t p = SkipLabelPunctuation(text, label_end);
        auto m = DateAt(text, p);
        if (!m) m = ChineseDateAt(text, p);
        if (m) {
          m->begin = pos;
          if (!best || pos < best->begin) best = m;
          break;
        }
      }
    }
    if (best) return best->date;
  }
  return std::nullopt;
}

namespace {

// DateFromUrl; with `day_only`, a month folder (/202203/, /2022-03/) is no date.
std::optional<Date> UrlDate(std::string_view url, bool day_only) {
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
  // Length (1 or 2) of the digit run at `i` that ends the number, or 0.
  auto short_number = [&](std::size_t i) -> std::size_t {
    if (digits_at(i, 1)) return 1;
    if (digits_at(i, 2)) return 2;
    return 0;
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
  // /2022/03/01/, /2022-03-01/, /art/2022/3/1/, /2022/03/, /2022-03/, /202203/ (+ optional /01/).
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (path[i - 1] != '/') continue;
    if (digits_at(i, 4) && i + 4 < path.size() && (path[i + 4] == '/' || path[i + 4] == '-')) {
      const std::size_t month_len = short_number(i + 5);
      if (month_len > 0) {
        const int y = number(i, 4);
        const int m = number(i + 5, month_len);
        std::size_t after = i + 5 + month_len;
        int d = 1;
        bool has_day = false;
        if (after < path.size() && (path[after] == '/' || path[after] == '-')) {
          const std::size_t day_len = short_number(after + 1);
          // A one-digit month or day only in a folder (/2022/3/1/), never as a file name.
          if (day_len > 0 && after + 1 + day_len < path.size() && path[after + 1 + day_len] == '/') {
            d = number(after + 1, day_len);
            has_day = true;
          } else if (day_len == 2) {
            d = number(after + 1, 2);
            has_day = true;
          }
        }
        if (day_only && !has_day) continue;
        if (month_len == 2 || (after < path.size() && path[after] == '/')) {
          if (auto date = make(y, m, d)) return date;
        }
      }
    }
    if (digits_at(i, 6) && i + 6 < path.size() && path[i + 6] == '/') {
      const bool has_day = digits_at(i + 7, 2) && i + 9 < path.size() && path[i + 9] == '/';
      if (day_only && !has_day) continue;
      if (auto date = make(number(i, 4), number(i + 4, 2), has_day ? number(i + 7, 2) : 1)) return date;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> DateFromUrl(std::string_view url) { return UrlDate(url, false); }

std::optional<Date> DayDateFromUrl(std::string_view url) { return UrlDate(url, true); }

namespace {

constexpr std::size_t kMaxScriptDateBytes = 64 * 1024;

// The visible text of written HTML: tags dropped, entities for spaces read as spaces.
std::string TextOfWrittenHtml(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
      out.push_back(' ');
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      out.push_back(c);
    }
  }
  return ReplaceAll(ReplaceAll(out, "&nbsp;", " "), "&#160;", " ");
}

bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c == '.';
}

// True for names of a publication date: pubDate, publish_time, releaseDate, fbsj, fbrq, fabuTime …
bool IsPublicationName(std::string_view name_in) {
  const std::string name = ToLowerAscii(name_in.substr(name_in.rfind('.') == std::string_view::npos
                                                           ? 0
                                                           : name_in.rfind('.') + 1));
  const bool publication = Contains(name, "pub") || Contains(name, "release") || Contains(name, "fabu") ||
                           StartsWith(name, "fb") || Contains(name, "issue");
  const bool date = Contains(name, "date") || Contains(name, "time") || Contains(name, "sj") || Contains(name, "rq") ||
                    Contains(name, "day");
  return publication && date;
}

// The date literal assigned to a publication-named variable or property in `script` (name = "…",
// name: '…', "name": "…"), when the script holds one such date: several different ones are the
// data of a list (related articles), not the page's own.
std::optional<Date> NamedDate(std::string_view script) {
  std::optional<Date> found;
  for (std::size_t q = script.find_first_of("\"'"); q != std::string_view::npos;
       q = script.find_first_of("\"'", q + 1)) {
    std::size_t p = q + 1;
    while (p < script.size() && script[p] == ' ') ++p;
    const std::optional<DateMatch> m = DateAt(script, p);
    if (!m) continue;
    // Back from the quote: blanks, '=' or ':', blanks, maybe a closing quote of a JSON key, the name.
    std::size_t b = q;
    while (b > 0 && (script[b - 1] == ' ' || script[b - 1] == '\t')) --b;
    if (b == 0 || (script[b - 1] != '=' && script[b - 1] != ':')) continue;
    if (script[b - 1] == '=' && b >= 2 && (script[b - 2] == '=' || script[b - 2] == '!')) continue;  // a comparison
    --b;
    while (b > 0 && (script[b - 1] == ' ' || script[b - 1] == '\t')) --b;
    if (b > 0 && (script[b - 1] == '"' || script[b - 1] == '\'')) --b;
    const std::size_t name_end = b;
    while (b > 0 && IsIdentifierChar(script[b - 1])) --b;
    if (b == name_end) continue;
    if (!IsPublicationName(script.substr(b, name_end - b))) continue;
    if (found && *found != m->date) return std::nullopt;
    found = m->date;
  }
  return found;
}

// How many dates `text` writes (up to `limit`).
int CountDates(std::string_view text, int limit) {
  int n = 0;
  for (auto m = FindAnyDate(text); m && n < limit; m = FindAnyDate(text)) {
    ++n;
    text.remove_prefix(m->end);
  }
  return n;
}

// True when the short visible text around a script names a publication date (发布时间：, 日期：).
bool ShowsPublicationLabel(std::string_view around) {
  if (around.size() > 240) return false;
  for (std::string_view label : {"发布时间", "发布日期", "发布于", "发布", "日期", "时间", "更新"}) {
    if (Contains(around, label)) return true;
  }
  return false;
}

}  // namespace

std::optional<Date> ScriptDate(std::string_view script, std::string_view around) {
  if (script.size() > kMaxScriptDateBytes) return std::nullopt;
  const std::string written = TextOfWrittenHtml(ScriptWrittenHtml(script));
  // A script that writes a list of dated items is not the info bar.
  if (!written.empty() && CountDates(written, 3) < 3) {
    if (auto d = FindLabelledDate(written)) return d;
    if (ShowsPublicationLabel(around)) {
      if (auto m = FindAnyDate(written)) return m->date;
    }
  }
  return NamedDate(script);
}

std::optional<Date> FindScriptDate(const HtmlTree& tree) {
  // Ranked: a labelled or label-framed written date first, then a publication-named variable.
  std::optional<Date> named;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "script") continue;
    if (tree.HasAttr(i, "src") || (tree.Info(i).flags & kFooter) != 0) continue;
    std::string script;
    for (std::size_t j = i + 1; j < tree.Info(i).end && script.size() <= kMaxScriptDateBytes; ++j) {
      script += tree.RawText(j);
    }
    if (script.size() > kMaxScriptDateBytes || script.find_first_of("0123456789") == std::string::npos) continue;
    const std::string written = TextOfWrittenHtml(ScriptWrittenHtml(script));
    if (!written.empty() && CountDates(written, 3) < 3) {
      if (auto d = FindLabelledDate(written)) return d;
      const int parent = tree.Info(i).parent;
      if (parent >= 0 && ShowsPublicationLabel(tree.Text(static_cast<std::size_t>(parent), 300))) {
        if (auto m = FindAnyDate(written)) return m->date;
      }
    }
    if (!named) named = NamedDate(script);
  }
  return named;
}

}  // namespace detail

std::optional<Date> ParseDateText(std::string_view text) {
  auto m = detail::FindAnyDate(text);
  if (!m) return std::nullopt;
  return m->date;
}

}  // namespace govwatch::extract
