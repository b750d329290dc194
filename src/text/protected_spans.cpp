#include "text/protected_spans.hpp"

#include <algorithm>

#include "common/strings.hpp"
#include "text/code_point_skip.hpp"
#include "text/validators.hpp"

namespace govwatch::text {

using namespace std::string_view_literals;

namespace {

bool IsOpenBracket(char32_t c) { return c == U'〔' || c == U'[' || c == U'(' || c == U'（' || c == U'〈'; }
bool IsCloseBracket(char32_t c) { return c == U'〕' || c == U']' || c == U')' || c == U'）' || c == U'〉'; }
bool IsUrlChar(char32_t c) {
  return c > 0x20 && c < 0x7F && c != U'"' && c != U'<' && c != U'>' && c != U'\'' && c != U'`';
}
bool IsAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }
// A digit of a year written in Chinese numerals (二〇二四; ○ and 零 stand in for 〇 in many documents).
bool IsChineseYearDigit(char32_t c) {
  return std::u32string_view(U"〇○零一二三四五六七八九").find(c) != std::u32string_view::npos;
}
// A digit of a month or day written in Chinese numerals (十二, 三十一).
bool IsChineseCountDigit(char32_t c) { return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos; }

bool MatchAt(const std::u32string& text, std::size_t at, std::u32string_view word) {
  return at + word.size() <= text.size() && std::u32string_view(text).substr(at, word.size()) == word;
}

}  // namespace

void ProtectedSpanFinder::AddNames(const std::vector<std::u32string>& names) {
  for (const auto& name : names) {
    if (name.size() >= 2) names_.push_back(name);
  }
}

std::vector<ProtectedSpan> ProtectedSpanFinder::Find(const std::u32string& text) const {
  std::vector<ProtectedSpan> spans;
  const std::size_t n = text.size();
  auto add = [&](std::size_t b, std::size_t e, SpanKind kind) {
    if (e > b) spans.push_back(ProtectedSpan{Span{b, e}, kind});
  };
  for (std::size_t i = 0; i < n; ++i) {
    // Only a few characters can start a span (the test below); jump to the next of them.
    i = SkipToAsciiOr<U'〔', U'（', U'〈', U'《', U'“', U'索', U'备', U'标', U'信', U'公', U'网', U'一', U'二'>(text, i);
    if (i == n) break;
    char32_t c = text[i];
    // 文号: up to 12 Han characters, a bracketed year, digits, 号.
    if (IsOpenBracket(c) && i + 6 < n && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) &&
        IsAsciiDigit(text[i + 3]) && IsAsciiDigit(text[i + 4]) && IsCloseBracket(text[i + 5])) {
      std::size_t e = i + 6;
      while (e < n && IsAsciiDigit(text[e])) ++e;
      if (e > i + 6 && e < n && text[e] == U'号') {
        std::size_t b = i;
        while (b > 0 && i - b < 12 && IsHan(text[b - 1])) --b;
        add(b, e + 1, SpanKind::kDocumentNumber);
        i = e;
        continue;
      }
    }
    // Only a few characters can start a span; skip the rest quickly.
    if (!(IsAsciiDigit(c) || IsOpenBracket(c) || c == U'h' || c == U'w' || c == U'@' || c == U'《' || c == U'“' ||
          c == U'索' || c == U'备' || c == U'标' || c == U'信' || c == U'I' || c == U'公' || c == U'网' ||
          c == U'一' || c == U'二')) {
      continue;
    }
    // URLs and e-mail addresses.
    if ((MatchAt(text, i, U"http://"sv) || MatchAt(text, i, U"https://"sv) || MatchAt(text, i, U"www."sv)) &&
        (i == 0 || !IsAlnum(text[i - 1]))) {
      std::size_t e = i;
      while (e < n && IsUrlChar(text[e])) ++e;
      add(i, e, SpanKind::kUrl);
      i = e;
      continue;
    }
    if (c == U'@' && i > 0 && IsAlnum(text[i - 1])) {
      std::size_t b = i;
      while (b > 0 && (IsAlnum(text[b - 1]) || text[b - 1] == U'.' || text[b - 1] == U'_' || text[b - 1] == U'-')) --b;
      std::size_t e = i + 1;
      while (e < n && (IsAlnum(text[e]) || text[e] == U'.' || text[e] == U'-')) ++e;
      add(b, e, SpanKind::kUrl);
      continue;
    }
    // Titles in 《》 and quoted names in “”.
    if (c == U'《' || c == U'“') {
      char32_t close = c == U'《' ? U'》' : U'”';
      std::size_t e = i + 1;
      while (e < n && e - i < 80 && text[e] != close && text[e] != U'\n') ++e;
      if (e < n && text[e] == close) add(i, e + 1, SpanKind::kTitle);
      continue;
    }
    // Filings and codes by their label: 索引号 / 备案号 / 标识码 / 信用代码 … then the code.
    static constexpr std::u32string_view kLabels[] = {U"索引号", U"备案号", U"标识码", U"信用代码", U"ICP备", U"公网安备",
                                                      U"网安备", U"ICP证"};
    bool labelled = false;
    const bool may_be_label = c == U'索' || c == U'备' || c == U'标' || c == U'信' || c == U'I' || c == U'公' || c == U'网';
    for (std::u32string_view label : kLabels) {
      if (!may_be_label) break;
      if (label[0] != c || !MatchAt(text, i, label)) continue;
      std::size_t e = i + label.size();
      while (e < n && e - i < label.size() + 4 && !IsAlnum(text[e]) && text[e] != U'\n') ++e;
      std::size_t code_begin = e;
      while (e < n && (IsAlnum(text[e]) || text[e] == U'/' || text[e] == U'-' || text[e] == U'_')) ++e;
      if (e < n && text[e] == U'号') ++e;
      if (e > code_begin) {
        add(i, e, label == U"索引号"sv ? SpanKind::kIndexNumber : SpanKind::kFiling);
        i = e - 1;
        labelled = true;
      }
      break;
    }
    if (labelled) continue;
    // Dates in Chinese numerals, as a document's 落款 writes them: 二〇二四年三月五日, 二○二三年十二月
    // (a year of the 1900s or 2000s).
    if ((c == U'一' || c == U'二') && (i == 0 || !IsChineseYearDigit(text[i - 1]))) {
      std::size_t e = i;
      while (e < n && IsChineseYearDigit(text[e])) ++e;
      if (e - i == 4 && e < n && text[e] == U'年') {
        std::size_t end = e + 1;
        auto numeral_then = [&](std::size_t from, char32_t unit) -> std::size_t {
          std::size_t k = from;
          while (k < n && k - from < 3 && IsChineseCountDigit(text[k])) ++k;
          return k > from && k < n && text[k] == unit ? k + 1 : 0;
        };
        if (std::size_t month_end = numeral_then(end, U'月'); month_end != 0) {
          end = month_end;
          if (std::size_t day_end = numeral_then(end, U'日'); day_end != 0) end = day_end;
        }
        add(i, end, SpanKind::kDate);
        i = end - 1;
        continue;
      }
    }
    // Runs of digits: dates, percentages, amounts, codes.
    if (IsAsciiDigit(c) && (i == 0 || !IsAlnum(text[i - 1]))) {
      std::size_t e = i;
      while (e < n && (IsAlnum(text[e]))) ++e;
      if (e - i == 18) {
        std::string ascii;
        for (std::size_t k = i; k < e; ++k) ascii.push_back(static_cast<char>(text[k]));
        if (!std::all_of(ascii.begin(), ascii.begin() + 17, [](char ch) { return ch >= '0' && ch <= '9'; }) &&
            IsValidUscc(ascii)) {
          add(i, e, SpanKind::kOrganisationCode);
          i = e - 1;
          continue;
        }
      }
      // Dates: 2022年4月11日, 2022-04-11, 2022/4/11, 2022.04.11.
      std::size_t d = i;
      while (d < n && IsAsciiDigit(text[d])) ++d;
      std::size_t digits = d - i;
      if (digits == 4 && d < n && (text[d] == U'年' || text[d] == U'-' || text[d] == U'/' || text[d] == U'.')) {
        std::size_t k = d + 1;
        std::size_t m = k;
        while (m < n && IsAsciiDigit(text[m])) ++m;
        if (m > k && m - k <= 2) {
          std::size_t end = m;
          if (m < n && (text[m] == U'月' || text[m] == text[d])) {
            std::size_t dd = m + 1;
            std::size_t de = dd;
            while (de < n && IsAsciiDigit(text[de])) ++de;
            end = m + 1;
            if (de > dd && de - dd <= 2) end = (de < n && (text[de] == U'日' || text[de] == U'号')) ? de + 1 : de;
          }
          add(i, end, SpanKind::kDate);
          i = end - 1;
          continue;
        }
      }
      // Percentages and decimals.
      std::size_t e2 = d;
      if (e2 + 1 < n && text[e2] == U'.' && IsAsciiDigit(text[e2 + 1])) {
        e2 += 1;
        while (e2 < n && IsAsciiDigit(text[e2])) ++e2;
      }
      if (e2 < n && (text[e2] == U'%' || text[e2] == U'‰' || text[e2] == U'元' || text[e2] == U'万' ||
                     text[e2] == U'亿')) {
        add(i, e2 + 1, SpanKind::kNumber);
        i = e2;
        continue;
      }
      if (e2 > d) {
        add(i, e2, SpanKind::kNumber);
        i = e2 - 1;
        continue;
      }
    }
  }
  // Gazetteer names.
  if (!names_.empty()) {
    for (const std::u32string& name : names_) {
      std::size_t at = 0;
      while ((at = text.find(name, at)) != std::u32string::npos) {
        add(at, at + name.size(), SpanKind::kPlace);
        at += name.size();
      }
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const ProtectedSpan& a, const ProtectedSpan& b) { return a.span.begin < b.span.begin; });
  return spans;
}

std::vector<Span> ProtectedSpanFinder::Merged(const std::vector<ProtectedSpan>& spans) {
  std::vector<Span> out;
  for (const ProtectedSpan& s : spans) {
    if (!out.empty() && s.span.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, s.span.end);
    } else {
      out.push_back(s.span);
    }
  }
  return out;
}

}  // namespace govwatch::text
