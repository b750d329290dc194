#include "text/pii_recognizer.hpp"

#include <algorithm>
#include <array>

#include "common/strings.hpp"
#include "text/code_point_skip.hpp"
#include "text/validators.hpp"

namespace govwatch::text {

namespace {

constexpr std::string_view kMaskingTechnique = "GB/T 37964-2019 抑制技术（屏蔽/masking）";

bool IsMaskChar(char32_t c) { return c == U'*' || c == U'×' || c == U'＊' || c == U'●' || c == U'•'; }
bool IsTokenChar(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c) || IsMaskChar(c); }

// The nearest of `words` ending within `window` code points before `begin`, or "".
std::string ContextBefore(const std::u32string& text, std::size_t begin, std::size_t window,
                          const std::vector<std::u32string>& words) {
  std::size_t from = begin > window ? begin - window : 0;
  std::u32string_view view(text.data() + from, begin - from);
  std::size_t best = std::u32string_view::npos;
  std::string found;
  for (const std::u32string& word : words) {
    std::size_t at = view.rfind(word);
    if (at != std::u32string_view::npos && (best == std::u32string_view::npos || at > best)) {
      best = at;
      found = EncodeUtf8(word);
    }
  }
  return found;
}

std::vector<std::u32string> Words(std::initializer_list<std::string_view> words) {
  std::vector<std::u32string> out;
  for (std::string_view w : words) out.push_back(DecodeUtf8(w));
  return out;
}

const std::vector<std::u32string>& IdContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"身份证", "证件号", "公民身份号码", "身份号码", "证件号码", "身份证号", "居住证", "永久居留"}));
  return *words;
}
const std::vector<std::u32string>& PersonContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"户主", "申请人", "姓名", "身份证", "家庭住址", "住址", "领取人", "救助对象", "补助对象", "收款人",
             "患者", "性别", "出生", "家庭电话", "住宅电话", "个人", "补贴对象", "低保", "贫困户",
             "困难群众", "获奖人", "学生"}));
  return *words;
}
const std::vector<std::u32string>& PhoneContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"电话", "手机", "联系方式", "联系人", "Tel", "tel", "TEL", "号码"}));
  return *words;
}
bool IsAsciiAlnum(char32_t c);

// Whether the token [begin, end) stands in a compound of numbers joined only by '/', '-' and
// spaces (0872-6123456/13987261234), not a URL or path (letters, '.', '_', ':' …).
bool SlashSeparatedNumbers(const std::u32string& text, std::size_t begin, std::size_t end) {
  auto number_char = [](char32_t c) { return IsAsciiDigit(c) || c == U'-' || c == U'/'; };
  auto glue = [](char32_t c) { return IsAsciiAlnum(c) || c == U'.' || c == U'_' || c == U'=' || c == U'%' ||
                                      c == U'#' || c == U'?' || c == U'&' || c == U'@'; };
  constexpr std::size_t kMaxCompound = 64;
  std::size_t b = begin;
  while (b > 0 && begin - b < kMaxCompound && number_char(text[b - 1])) --b;
  std::size_t e = end;
  while (e < text.size() && e - end < kMaxCompound && number_char(text[e])) ++e;
  if ((b > 0 && glue(text[b - 1])) || (e < text.size() && glue(text[e]))) return false;
  for (std::size_t k = begin; k < end; ++k) {
    if (!IsAsciiDigit(text[k])) return false;
  }
  return true;
}

// The start of a list of phone numbers that ends just before `begin` ("电话：0872-6123456/
// 13987261234、13887261235"): back over separators and phone-shaped numbers, so the label before
// the first number is the context of them all. `begin` itself when no number precedes it.
std::size_t PhoneListStart(const std::u32string& text, std::size_t begin) {
  auto separator = [](char32_t c) {
    return c == U' ' || c == U'/' || c == U',' || c == U';' || c == U'、' || c == U'，' || c == U'；' ||
           c == U'或' || c == U'和' || c == U'及';
  };
  auto phone_char = [](char32_t c) {
    return IsAsciiDigit(c) || c == U'-' || c == U'(' || c == U')' || c == U'+' || c == U' ';
  };
  std::size_t start = begin;
  for (int numbers = 0; numbers < 4; ++numbers) {
    std::size_t p = start;
    std::size_t gap = 0;
    while (p > 0 && separator(text[p - 1]) && gap < 3) {
      --p;
      ++gap;
    }
    if (gap == 0) break;
    std::size_t digits = 0;
    std::size_t q = p;
    while (q > 0 && phone_char(text[q - 1]) && p - q < 20) {
      --q;
      digits += IsAsciiDigit(text[q]) ? 1 : 0;
    }
    if (digits < 7 || (q > 0 && IsAsciiAlnum(text[q - 1]))) break;
    start = q;
  }
  return start;
}

const std::vector<std::u32string>& BankContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"银行卡", "卡号", "账号", "帐号", "开户行", "代发", "收款账户", "银行账户", "社保卡"}));
  return *words;
}
const std::vector<std::u32string>& CorporateAccountContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"对公", "开户名称", "开户单位", "单位账户", "户名：", "户名:", "账户名称", "收款单位", "单位名称", "财政局",
             "公司", "委员会", "基本账户"}));
  return *words;
}
// Words of a procurement or bidding notice (招标、中标、成交公告, 投标保证金): the accounts it prints
// are the purchaser's, the agency's or a supplier's, not a person's card.
const std::vector<std::u32string>& ProcurementContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"招标", "中标", "成交", "投标", "采购人", "采购代理", "供应商", "保证金", "竞争性磋商", "询价"}));
  return *words;
}
const std::vector<std::u32string>& OfficialRoleContext() {
  static const auto* words =
      new std::vector<std::u32string>(Words({"新闻发言人", "发言人", "经办人", "值班电话", "值班手机", "值班室"}));
  return *words;
}
// Codes that are never personal: an 18-digit number after these words is an index or filing.
const std::vector<std::u32string>& NegativeContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"索引号", "备案号", "标识码", "信用代码", "流水号", "订单号", "发票", "合同编号", "项目编号", "批准文号",
             "文号", "编号", "条码", "专利号", "ISBN", "ISSN", "登记号", "税号", "纳税人识别号", "单号", "交易号"}));
  return *words;
}
const std::vector<std::u32string>& PassportContext() {
  static const auto* words = new std::vector<std::u32string>(Words({"护照", "通行证", "回乡证", "台胞证"}));
  return *words;
}

bool InsideAny(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
  auto it = std::upper_bound(spans.begin(), spans.end(), begin,
                             [](std::size_t value, const Span& span) { return value < span.begin; });
  if (it == spans.begin()) return false;
  --it;
  return begin >= it->begin && begin < it->end && end <= it->end + 0;
}

bool OverlapsAny(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
  for (const Span& span : spans) {
    if (span.begin < end && begin < span.end) return true;
    if (span.begin >= end) break;
  }
  return false;
}

TextSeverity SeverityForScore(double score) {
  if (score >= 0.85) return TextSeverity::kSevere;
  if (score >= 0.5) return TextSeverity::kWarn;
  return TextSeverity::kInfo;
}

// A candidate: a run of digits (optionally grouped by single spaces or hyphens).
struct Candidate {
  std::size_t begin = 0;  // normalised offsets
  std::size_t end = 0;
  std::string value;     // ASCII characters of the token without separators
  std::string raw;       // ASCII characters with separators
  bool grouped = false;  // had separators
  // Read across groups of other lengths (3201 0219 8503 0712 34, 530922 20030423 4605, a final
  // X): reported only when the whole validates as an ID number or a bank card; otherwise the
  // candidates of the ordinary grouping, which follow it, are read instead.
  bool relaxed = false;
};

// The end of the relaxed chain of digit groups starting at `start` (groups of 2–13 digits joined
// by one space or hyphen, 15–19 digits in all, the last may end with X), or `start` when there is
// none of at least two groups.
std::size_t RelaxedChainEnd(const std::u32string& text, std::size_t start) {
  const std::size_t n = text.size();
  std::size_t end = start;
  std::size_t digits = 0;
  std::size_t groups = 0;
  std::size_t best = start;
  for (std::size_t i = start;;) {
    std::size_t j = i;
    while (j < n && IsAsciiDigit(text[j])) ++j;
    bool x = j < n && (text[j] == U'X' || text[j] == U'x') && digits + (j - i) == 17;
    const std::size_t group_end = j + (x ? 1 : 0);
    const std::size_t length = group_end - i;
    if (length < 2 || length > 13 || digits + length > 19) break;
    if (group_end < n && (IsAsciiLetter(text[group_end]) || IsAsciiDigit(text[group_end]) || IsMaskChar(text[group_end]))) break;
    digits += length;
    ++groups;
    end = group_end;
    if (groups >= 2 && digits >= 15) best = end;
    if (x || end + 1 >= n || (text[end] != U' ' && text[end] != U'-') || !IsAsciiDigit(text[end + 1])) break;
    i = end + 1;
  }
  return best;
}


constexpr std::string_view kGeneralizationTechnique = "GB/T 37964-2019 泛化技术（generalization）";

bool IsPlateLetter(char32_t c) { return c >= U'A' && c <= U'Z' && c != U'I' && c != U'O'; }
bool IsPlateChar(char32_t c) { return IsPlateLetter(c) || IsAsciiDigit(c); }
bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }

// Column headers and field labels (textchecks §6.3).
enum class Field { kNone, kName, kAddress, kId, kPhone, kBank };
Field FieldOfLabel(std::u32string_view label) {
  // Every label below is two to ten Han characters and ends with one of these (a quick test: the
  // colon pass asks for every 1–6 characters before every colon).
  if (label.size() < 2 || label.size() > 10 || !IsHan(label[0])) return Field::kNone;
  if (std::u32string_view(U"名字主人象者员表址地号码证话机式").find(label.back()) == std::u32string_view::npos) {
    return Field::kNone;
  }
  static constexpr std::u32string_view kNames[] = {
      U"姓名", U"名字", U"户主", U"户主姓名", U"申请人", U"申请人姓名", U"领取人", U"救助对象", U"补助对象", U"补贴对象",
      U"收款人", U"学生姓名", U"患者", U"患者姓名", U"家庭成员", U"获得者", U"当事人", U"被征收人", U"被征地人",
      U"权利人", U"被处罚人", U"受益人", U"承包人", U"承包方代表", U"领款人", U"持卡人", U"参保人", U"奖励对象",
      U"扶助对象", U"对象姓名", U"户主名", U"被救助人", U"监护人", U"法定代表人", U"低保对象", U"特困对象",
      U"保障对象", U"资助对象", U"受助人", U"受助对象", U"申报人", U"借款人", U"被保险人", U"投保人"};
  static constexpr std::u32string_view kAddresses[] = {U"住址", U"家庭住址", U"户籍地址", U"居住地址", U"现住址",
                                                       U"家庭地址", U"居住地", U"户籍所在地", U"详细地址", U"联系地址"};
  static constexpr std::u32string_view kIds[] = {U"身份证号", U"身份证号码", U"公民身份号码", U"身份证", U"证件号码",
                                                 U"证件号", U"身份号码", U"身份证件号码", U"居民身份证号码"};
  static constexpr std::u32string_view kPhones[] = {U"联系电话", U"手机", U"手机号", U"手机号码", U"电话", U"电话号码",
                                                    U"联系方式", U"家庭电话", U"本人电话", U"移动电话"};
  static constexpr std::u32string_view kBanks[] = {U"银行卡号", U"卡号", U"账号", U"帐号", U"银行账号", U"银行帐号",
                                                   U"一卡通账号", U"一卡通卡号", U"社保卡号", U"存折账号", U"收款账号",
                                                   U"开户账号", U"惠农卡号", U"社会保障卡号"};
  for (std::u32string_view w : kNames) {
    if (label == w) return Field::kName;
  }
  for (std::u32string_view w : kAddresses) {
    if (label == w) return Field::kAddress;
  }
  for (std::u32string_view w : kIds) {
    if (label == w) return Field::kId;
  }
  for (std::u32string_view w : kPhones) {
    if (label == w) return Field::kPhone;
  }
  for (std::u32string_view w : kBanks) {
    if (label == w) return Field::kBank;
  }
  // Qualified labels: 救助对象姓名, 法定代表人证件号码, 监护人身份证号.
  if (label.ends_with(U"姓名")) return Field::kName;
  if (label.ends_with(U"身份证号") || label.ends_with(U"身份证号码") || label.ends_with(U"证件号码")) return Field::kId;
  return Field::kNone;
}

// The field of a column header as laid out (姓　名, 身份证号码(18位)): spaces dropped, a bracketed
// note after the label ignored.
Field FieldOfHeader(std::u32string_view header) {
  const bool plain = std::none_of(header.begin(), header.end(), [](char32_t c) {
    return c == U'(' || c == U'（' || c == U' ' || c == U'"' || c == U'\'' || c == U'“' || c == U'”';
  });
  if (plain) return FieldOfLabel(header);
  std::u32string label;
  for (char32_t c : header) {
    if (c == U'(' || c == U'（') break;
    if (c != U' ' && c != U'"' && c != U'\'' && c != U'“' && c != U'”') label.push_back(c);
  }
  return FieldOfLabel(label);
}

// A personal name value: two to four Han characters, not a placeholder.
bool LooksLikeName(std::u32string_view v) {
  if (v.size() < 2 || v.size() > 4) return false;
  if (!std::all_of(v.begin(), v.end(), IsHan)) return false;
  // Already de-identified: 张某, 王某某, 李某华.
  if (v.substr(1).find(U'某') != std::u32string_view::npos) return false;
  static constexpr std::u32string_view kNotNames[] = {U"本人", U"不详", U"见附件", U"暂无", U"同上", U"合计", U"小计",
                                                      U"姓名", U"户主", U"申请人", U"以下", U"单位", U"详见"};
  for (std::u32string_view w : kNotNames) {
    if (v.substr(0, w.size()) == w) return false;
  }
  // Labels of a form read as values (a row label under a column header: 救助事由, 手机号码).
  if (FieldOfLabel(v) != Field::kNone) return false;
  static constexpr std::u32string_view kLabelEnds[] = {U"号码", U"金额", U"事由", U"住址", U"地址", U"日期", U"时间",
                                                       U"类别", U"类型", U"原因", U"情况", U"电话", U"名称", U"人数",
                                                       U"标准", U"备注", U"事项", U"证号", U"账号", U"卡号", U"性别",
                                                       U"年龄", U"民族", U"职务", U"籍贯", U"面积", U"数量", U"编号"};
  for (std::u32string_view w : kLabelEnds) {
    if (v.size() > w.size() && v.ends_with(w)) return false;
  }
  return true;
}

// `v` reaches house granularity (…12号, 3组 or 三组, 2单元, 501室, 8户) — the level at which an address
// identifies a household. Returns the length of the generalised prefix (up to the 村/社区/路/街
// level before the house number), or 0 when `v` is not that precise.
std::size_t GeneralizedAddressLength(std::u32string_view v) {
  static constexpr std::u32string_view kHouse = U"号组栋幢单元室户弄";
  std::size_t first_house = std::u32string_view::npos;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!IsAsciiDigit(v[i])) continue;
    std::size_t j = i;
    while (j < v.size() && (IsAsciiDigit(v[j]) || v[j] == U'-')) ++j;
    if (j < v.size() && kHouse.find(v[j]) != std::u32string_view::npos) {
      first_house = i;
      break;
    }
    i = j;
  }
  // A group written in Chinese numerals after the village (光明村三组15号, 高发村十二组): the house
  // level starts there too, as at 3组.
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  static constexpr std::u32string_view kVillageEnds = U"村社区庄寨屯队";
  for (std::size_t i = 1; i < v.size() && i < first_house; ++i) {
    if (kNumerals.find(v[i]) == std::u32string_view::npos || kVillageEnds.find(v[i - 1]) == std::u32string_view::npos) {
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && j - i < 3 && kNumerals.find(v[j]) != std::u32string_view::npos) ++j;
    if (j < v.size() && v[j] == U'组') {
      first_house = i;
      break;
    }
  }
  if (first_house == std::u32string_view::npos || first_house == 0) return 0;
  return first_house;
}

}  // namespace

namespace {

// A cell of a text table under a column header that names a personal field.
struct TableCell {
  std::size_t begin = 0;  // normalised offsets of the cell's value
  std::size_t end = 0;
  Field field = Field::kNone;
  std::size_t header_begin = 0;  // the header cell
  std::size_t header_end = 0;
  bool person_table = false;  // the header also has a name or ID number column
};

// Reads tables written as text (textchecks §2.1: table cells with their column header): a header
// line of TAB- or |-separated cells (the HTML extract and spreadsheet attachments), or of at least
// three comma-separated labels (CSV attachments, quoted or not), names the columns of the lines
// below it; comma-separated lines count only with the header's number of cells, so that prose
// (whose ，folds to a comma) is not read as a row. `ascii` holds the ASCII positions of `text`.
void ReadTableCells(const std::u32string& text, const std::vector<std::uint32_t>& ascii, std::vector<TableCell>& out,
                    std::u32string* open_header) {
  const std::size_t n = text.size();
  std::size_t header_line_begin = 0;  // of the line naming `columns`
  std::size_t header_line_end = 0;
  struct Column {
    Field field;
    std::size_t begin, end;
  };
  std::vector<Column> columns;
  std::vector<Column> header;                              // reused from line to line
  std::vector<std::pair<std::size_t, std::size_t>> cells;  // reused from line to line
  bool csv = false;                                        // the columns came from a comma header
  bool person_table = false;
  std::size_t line_begin = 0;
  std::size_t next_ascii = 0;  // into `ascii`
  while (line_begin < n) {
    // The line's end, and its cell separators (all ASCII).
    while (next_ascii < ascii.size() && ascii[next_ascii] < line_begin) ++next_ascii;
    std::size_t line_end = n;
    bool separated = false;
    std::size_t commas = 0;
    std::size_t last_comma = line_begin;  // for the widest stretch between commas
    std::size_t widest = 0;
    std::size_t double_space = n;  // the first two spaces in a row
    std::size_t previous = n;      // the previous ASCII position
    for (; next_ascii < ascii.size(); ++next_ascii) {
      const std::size_t at = ascii[next_ascii];
      const char32_t c = text[at];
      if (c == U'\n') {
        line_end = at;
        break;
      }
      separated = separated || c == U'\t' || c == U'|';
      if (c == U',') {
        ++commas;
        widest = std::max(widest, at - last_comma);
        last_comma = at;
      }
      if (c == U' ' && double_space == n && previous + 1 == at && text[previous] == U' ') double_space = previous;
      previous = at;
    }
    widest = std::max(widest, line_end - last_comma);
    // Comma lines: a header of short labels, or a row under one.
    const bool comma_line = !separated && commas >= 2 && ((csv && !columns.empty()) || widest <= 14);
    // Columns laid out with runs of spaces (a PDF attachment read with its layout), read like
    // comma lines: under a header of labels, with its number of cells. The run must stand between
    // two cells, not be the indentation before the first or trail after the last.
    bool spaced_line = false;
    if (!separated && !comma_line && double_space < line_end) {
      std::size_t a = line_begin;
      while (a < line_end && text[a] == U' ') ++a;
      for (std::size_t k = a; k + 1 < line_end; ++k) {
        if (text[k] == U' ' && text[k + 1] == U' ') {
          std::size_t z = k;
          while (z < line_end && text[z] == U' ') ++z;
          spaced_line = z < line_end;
          break;
        }
      }
    }
    if (!separated && !comma_line && !spaced_line) {
      columns.clear();
      line_begin = line_end + 1;
      continue;
    }
    cells.clear();
    std::size_t cell = line_begin;
    bool quoted = false;
    std::size_t first = line_begin;  // spaced lines: the indentation is no cell
    if (spaced_line) {
      while (first < line_end && text[first] == U' ') ++first;
      cell = first;
    }
    for (std::size_t k = first; k <= line_end; ++k) {
      if (k < line_end && comma_line && text[k] == U'"') quoted = !quoted;
      bool split = k == line_end;
      if (!split && comma_line) split = text[k] == U',' && !quoted;
      if (!split && separated) split = text[k] == U'\t' || text[k] == U'|';
      if (!split && spaced_line && text[k] == U' ' && k + 1 < line_end && text[k + 1] == U' ') {
        // The run of spaces is one separator.
        std::size_t a = cell, z = k;
        while (a < z && text[a] == U'\r') ++a;
        cells.emplace_back(a, z);
        while (k + 1 < line_end && text[k + 1] == U' ') ++k;
        cell = k + 1;
        continue;
      }
      if (split) {
        std::size_t a = cell, z = k;
        while (a < z && (text[a] == U' ' || text[a] == U'\r' || text[a] == U'"')) ++a;
        while (z > a && (text[z - 1] == U' ' || text[z - 1] == U'\r' || text[z - 1] == U'"')) --z;
        cells.emplace_back(a, z);
        cell = k + 1;
      }
    }
    if (cells.size() < 2) {
      columns.clear();
      line_begin = line_end + 1;
      continue;
    }
    header.clear();
    bool is_header = false;
    bool all_labels = true;  // for a comma header: every cell a short label (序号, 姓名 …)
    for (const auto& [a, z] : cells) {
      const std::u32string_view label(text.data() + a, z - a);
      header.push_back(Column{FieldOfHeader(label), a, z});
      is_header = is_header || header.back().field != Field::kNone;
      all_labels = all_labels && !label.empty() && label.size() <= 12 && IsHan(label[0]) &&
                   std::none_of(label.begin(), label.end(), [](char32_t c) { return IsAsciiDigit(c); });
    }
    if ((comma_line || spaced_line) && !(all_labels && cells.size() >= 3)) is_header = false;
    if (is_header) {
      columns.swap(header);
      header_line_begin = line_begin;
      header_line_end = line_end;
      csv = comma_line || spaced_line;
      person_table = std::any_of(columns.begin(), columns.end(),
                                 [](const Column& c) { return c.field == Field::kName || c.field == Field::kId; });
    } else if (!columns.empty() &&
               (csv ? (comma_line || spaced_line) && cells.size() == columns.size() : separated)) {
      for (std::size_t c = 0; c < cells.size() && c < columns.size(); ++c) {
        if (columns[c].field == Field::kNone || cells[c].first == cells[c].second) continue;
        out.push_back(TableCell{cells[c].first, cells[c].second, columns[c].field, columns[c].begin, columns[c].end,
                                person_table});
      }
    } else {
      columns.clear();
    }
    line_begin = line_end + 1;
  }
  if (open_header != nullptr) {
    open_header->clear();
    if (!columns.empty()) open_header->assign(text, header_line_begin, header_line_end - header_line_begin);
  }
}

// The table cell holding [begin, end), or nullptr. `cells` are in text order.
const TableCell* CellAt(const std::vector<TableCell>& cells, std::size_t begin, std::size_t end) {
  auto it = std::upper_bound(cells.begin(), cells.end(), begin,
                             [](std::size_t value, const TableCell& cell) { return value < cell.begin; });
  if (it == cells.begin()) return nullptr;
  --it;
  return begin >= it->begin && end <= it->end ? &*it : nullptr;
}

// Licence plates, landlines with area codes, and names/addresses by field label or table column
// header (textchecks §6.2–§6.3). Appends findings like the digit recognizers.
void FindStructured(const NormalizedText& normalized, const std::vector<Span>& protected_spans,
                    const std::vector<std::uint32_t>& ascii, const std::vector<TableCell>& table,
                    const std::string& version, std::vector<TextFinding>& out) {
  const std::u32string& text = normalized.text;
  const std::size_t n = text.size();
  auto emit = [&](std::size_t begin, std::size_t end, std::string_view rule, std::string_view entity, double score,
                  std::string suggestion, std::string_view technique, nlohmann::json validators,
                  std::string context) {
    if (begin >= end || OverlapsAny(protected_spans, begin, end)) return;
    TextFinding finding;
    finding.check = Check::kPii;
    finding.rule = std::string(rule);
    finding.severity = SeverityForScore(score);
    finding.begin = normalized.origin[begin];
    finding.end = normalized.origin[end - 1] + 1;
    finding.suggestion = std::move(suggestion);
    finding.score = score;
    finding.evidence = {{"entity", entity},
                        {"validators", std::move(validators)},
                        {"technique", technique},
                        {"level", score >= 0.85 ? "泄露" : "疑似"},
                        {"kb_version", version}};
    if (!context.empty()) finding.evidence["context"] = std::move(context);
    out.push_back(std::move(finding));
  };

  // Every pass below starts at an ASCII code point (a plate's letter, a landline's 0, a label's
  // colon): they walk the ASCII code points only.

  // Licence plates: province + letter + 5 characters, or 6 for new-energy plates (D/F first or last).
  static constexpr std::u32string_view kProvinces = U"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  static const auto* plate_context = new std::vector<std::u32string>(Words({"车牌", "号牌", "车辆", "车号", "驾驶", "违章", "违法停车"}));
  std::size_t resume = 0;  // where the search goes on after a plate
  for (const std::uint32_t letter : ascii) {
    if (letter == 0) continue;
    const std::size_t i = letter - 1;
    if (i + 7 > n) break;
    if (i < resume) continue;
    if (!IsPlateLetter(text[i + 1]) || kProvinces.find(text[i]) == std::u32string_view::npos) continue;
    std::size_t j = i + 2;
    if (j < n && (text[j] == U'·' || text[j] == U'•' || text[j] == U' ' || text[j] == U'-' || text[j] == U'.')) ++j;
    std::size_t k = j;
    while (k < n && IsPlateChar(text[k])) ++k;
    if (k < n && IsAsciiAlnum(text[k])) continue;
    std::u32string_view body(text.data() + j, k - j);
    std::size_t digits = static_cast<std::size_t>(std::count_if(body.begin(), body.end(), IsAsciiDigit));
    bool regular = body.size() == 5 && digits >= 3;
    bool energy = body.size() == 6 &&
                  (((body[0] == U'D' || body[0] == U'F') && std::all_of(body.begin() + 2, body.end(), IsAsciiDigit)) ||
                   ((body[5] == U'D' || body[5] == U'F') && std::all_of(body.begin(), body.begin() + 5, IsAsciiDigit)));
    if (!regular && !energy) continue;
    std::string context = ContextBefore(text, i, 20, *plate_context);
    std::u32string masked = text.substr(i, j - i);
    masked += std::u32string(body.size() - 2, U'*');
    masked += body.substr(body.size() - 2);
    emit(i, k, "pii.plate", energy ? "机动车号牌（新能源）" : "机动车号牌", context.empty() ? 0.5 : 0.8, EncodeUtf8(masked),
         kMaskingTechnique, {energy ? "新能源号牌格式" : "号牌格式", "省份简称"}, context);
    resume = k + 1;
  }

  // Landlines with an area code: personal only with home context (office, hotline and fax numbers
  // of a government page are public).
  static const auto* home_context = new std::vector<std::u32string>(Words({"家庭电话", "住宅电话", "家庭", "住宅", "宅电", "本人电话"}));
  static const auto* office_context = new std::vector<std::u32string>(
      Words({"办公", "咨询", "举报", "投诉", "传真", "监督", "值班", "服务", "热线", "受理", "单位", "联系部门"}));
  resume = 0;  // where the search goes on after a number
  for (const std::uint32_t i : ascii) {
    if (i + 10 > n) break;
    if (i < resume) continue;
    if (text[i] != U'0' || (i > 0 && IsAsciiAlnum(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < n && IsAsciiDigit(text[j])) ++j;
    std::size_t area = j - i;
    std::size_t local_begin = j;
    if (j < n && text[j] == U'-') {
      local_begin = j + 1;
      j = local_begin;
      while (j < n && IsAsciiDigit(text[j])) ++j;
    } else {
      area = text[i + 1] == U'1' || text[i + 1] == U'2' ? 3 : 4;  // 010, 02x: three digits
      local_begin = i + area;
    }
    if (j < n && IsAsciiAlnum(text[j])) {
      resume = j + 1;
      continue;
    }
    std::size_t local = j - local_begin;
    bool area_ok = (area == 3 && (text[i + 1] == U'1' || text[i + 1] == U'2')) || (area == 4 && text[i + 1] >= U'3');
    if (!area_ok || local < 7 || local > 8) {
      resume = j + 1;
      continue;
    }
    std::string home = ContextBefore(text, i, 12, *home_context);
    std::string office = ContextBefore(text, i, 12, *office_context);
    if (!home.empty() && office.empty()) {
      std::string raw = EncodeUtf8(text.substr(i, j - i));
      emit(i, j, "pii.landline", "固定电话（住宅）", 0.7, MaskKeeping(raw, raw.size() - 4 - (raw.find('-') != std::string::npos ? 1 : 0), 0),
           kMaskingTechnique, {"区号格式"}, home);
    }
    resume = j + 1;
  }

  // Field labels: "姓名：张三", "家庭住址：某县某村3组12号".
  auto value_end = [&](std::size_t from) {
    std::size_t e = from;
    while (e < n && text[e] != U'\n' && text[e] != U'\t' && text[e] != U'|' && text[e] != U',' && text[e] != U';' &&
           text[e] != U'。' && text[e] != U'，' && text[e] != U'；' && text[e] != U'、' && text[e] != U' ' &&
           text[e] != U'(' && text[e] != U'（') {
      ++e;
    }
    return e;
  };
  auto report_value = [&](Field field, std::size_t begin, std::size_t end, std::string_view how, double score) {
    std::u32string_view v(text.data() + begin, end - begin);
    if (field == Field::kName && LooksLikeName(v)) {
      std::u32string masked(1, v[0]);
      masked += std::u32string(v.size() - 1, U'*');
      emit(begin, end, "pii.name", "姓名", score, EncodeUtf8(masked), kMaskingTechnique, {how}, std::string(how));
    } else if (field == Field::kAddress) {
      std::size_t keep = GeneralizedAddressLength(v);
      if (keep != 0) {
        emit(begin, end, "pii.address", "住址（精确到门牌/组/户）", score, EncodeUtf8(v.substr(0, keep)),
             kGeneralizationTechnique, {how}, std::string(how));
      }
    }
  };
  for (const std::uint32_t i : ascii) {
    if (text[i] != U':') continue;
    std::size_t b = i;
    while (b > 0 && IsHan(text[b - 1]) && i - b < 6) --b;
    Field field = Field::kNone;
    std::size_t label_begin = b;
    for (; label_begin < i; ++label_begin) {
      field = FieldOfLabel(std::u32string_view(text.data() + label_begin, i - label_begin));
      if (field != Field::kNone) break;
    }
    if (field == Field::kNone) continue;
    std::size_t v = i + 1;
    while (v < n && text[v] == U' ') ++v;
    report_value(field, v, value_end(v), "字段标签", 0.8);
  }

  // Addresses written inline after a word of residence (家住苍山西镇光明村三组15号, 现住…, 住址在…):
  // a person's, like one under an address label, when they reach the house. Such an address holds
  // a house number (15号, 3组): each digit run before a house word looks back over its clause for
  // the residence word (walking the ASCII code points, as the passes above).
  static constexpr std::u32string_view kResidence[] = {U"家住", U"现住", U"现居住于", U"现居住在", U"居住在",
                                                       U"居住于", U"住址在", U"住址为", U"住址是", U"住址系"};
  static constexpr std::u32string_view kHouseWords = U"号组栋幢单室户弄";
  static constexpr std::size_t kLongestAddress = 40;
  std::size_t address_until = 0;  // the end of the last inline address read
  for (const std::uint32_t i : ascii) {
    if (i < address_until || !IsAsciiDigit(text[i]) || (i > 0 && IsAsciiDigit(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < n && (IsAsciiDigit(text[j]) || text[j] == U'-')) ++j;
    if (j >= n || kHouseWords.find(text[j]) == std::u32string_view::npos) continue;
    // Back over the place names of the clause to the residence word.
    std::size_t b = i;
    while (b > 0 && i - b < kLongestAddress && value_end(b - 1) != b - 1) --b;
    std::size_t value = std::u32string_view::npos;
    for (std::size_t k = b; k < i && value == std::u32string_view::npos; ++k) {
      for (std::u32string_view cue : kResidence) {
        if (text.compare(k, cue.size(), cue) != 0) continue;
        std::size_t v = k + cue.size();
        if (v < n && (text[v] == U'在' || text[v] == U'于')) ++v;  // 家住在…, 现住于…
        // 现住址：… is a label, read by the pass above.
        if (v < i && IsHan(text[v]) && text[v] != U'址') value = v;
        break;
      }
    }
    if (value == std::u32string_view::npos) continue;
    const std::size_t e = value_end(value);
    report_value(Field::kAddress, value, e, "居住用语", 0.8);
    address_until = e;
  }

  // Tables as text: the cells under a name or address column header.
  for (const TableCell& cell : table) {
    if (cell.field == Field::kName || cell.field == Field::kAddress) {
      report_value(cell.field, cell.begin, cell.end, "表格列标题", 0.8);
    }
  }
}

// The label of a line written "label:value" (a table cell as the page text gives it, 户主姓名：张三;
// a form field): up to 16 Han characters or brackets before the colon; empty for other lines.
std::u32string_view LineLabel(const std::u32string& text, std::size_t line_begin, std::size_t line_end) {
  std::size_t k = line_begin;
  while (k < line_end && text[k] == U' ') ++k;
  const std::size_t label_begin = k;
  while (k < line_end && k - label_begin < 16 &&
         (IsHan(text[k]) || text[k] == U'(' || text[k] == U')' || text[k] == U'/')) {
    ++k;
  }
  if (k == label_begin || k >= line_end || text[k] != U':') return {};
  return std::u32string_view(text.data() + label_begin, k - label_begin);
}

// The records of a run of labelled lines (one per table cell, row after row, as crawled pages
// give a 公示 table): each starts at a line carrying the run's first label (序号, or whichever
// column comes first), so a name's record also holds the cells written before it (an ID column
// left of the name column).
struct LabelledRun {
  std::size_t begin = 0;              // normalised offsets of the run
  std::size_t end = 0;
  std::vector<std::size_t> starts;    // of its records; fewer than two: one record, not a table
};

LabelledRun ReadLabelledRun(const std::u32string& text, std::size_t at) {
  const std::size_t n = text.size();
  auto line_begin_of = [&](std::size_t p) {
    while (p > 0 && text[p - 1] != U'\n') --p;
    return p;
  };
  auto line_end_of = [&](std::size_t p) {
    while (p < n && text[p] != U'\n') ++p;
    return p;
  };
  LabelledRun run;
  // A labelled line is short before the name: "户主姓名：" (a name deep in a long line is prose).
  std::size_t begin = at;
  while (begin > 0 && text[begin - 1] != U'\n' && at - begin < 24) --begin;
  if (begin > 0 && text[begin - 1] != U'\n') return run;
  if (LineLabel(text, begin, std::min(n, begin + 40)).empty()) return run;
  // Back over the labelled lines before this one (empty lines between rows do not end the run).
  while (begin > 0) {
    const std::size_t previous = line_begin_of(begin - 1);
    const std::size_t previous_end = begin - 1;
    if (previous_end > previous && LineLabel(text, previous, previous_end).empty()) break;
    begin = previous;
  }
  while (begin < n && text[begin] == U'\n') ++begin;
  run.begin = begin;
  std::u32string_view first;
  std::size_t line = begin;
  while (line < n) {
    const std::size_t end = line_end_of(line);
    const std::u32string_view label = LineLabel(text, line, end);
    if (label.empty() && end > line) break;
    if (!label.empty()) {
      if (first.empty()) first = label;
      if (label == first) run.starts.push_back(line);
    }
    run.end = end;
    line = end + 1;
  }
  if (run.starts.size() < 2) run.starts.clear();
  return run;
}

// textchecks §6.3: a name is a leak when its row also shows a direct identifier (an ID number, a
// mobile, a bank card, a home phone, a house-level address); a name alone (户主姓名 in a 低保
// 公示 whose IDs are masked) is reported as info, with its mask. The row is the name's line in a
// table written as text (TAB, comma or spaced columns), its record in a run of labelled cells, and
// otherwise runs from the name to the next name.
void GradeNames(const NormalizedText& normalized, const std::vector<TableCell>& table, std::vector<TextFinding>& out,
                std::size_t first) {
  constexpr std::size_t kMaxRow = 300;   // code points from a name to the identifiers of its row
  constexpr std::size_t kMaxLine = 4000;  // code points of a table line read as one row
  const std::u32string& text = normalized.text;
  const std::vector<std::uint32_t>& origin = normalized.origin;
  std::vector<std::size_t> names;
  std::vector<std::size_t> identifiers;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (out[k].rule == "pii.name") {
      names.push_back(k);
    } else if (out[k].severity != TextSeverity::kInfo && StartsWith(out[k].rule, "pii.")) {
      identifiers.push_back(out[k].begin);
    }
  }
  std::sort(names.begin(), names.end(), [&](std::size_t a, std::size_t b) { return out[a].begin < out[b].begin; });
  std::sort(identifiers.begin(), identifiers.end());
  // Original offsets of a normalised range's ends (findings point into the original text).
  auto original = [&](std::size_t p) -> std::size_t { return p < origin.size() ? origin[p] : std::size_t(-1); };
  LabelledRun run;  // the last run read, reused by the names inside it
  bool have_run = false;
  for (std::size_t j = 0; j < names.size(); ++j) {
    TextFinding& name = out[names[j]];
    std::size_t row_begin = name.end;
    std::size_t row_end =
        std::min(name.begin + kMaxRow, j + 1 < names.size() ? out[names[j + 1]].begin : std::size_t(-1));
    const std::size_t at = static_cast<std::size_t>(std::lower_bound(origin.begin(), origin.end(), name.begin) -
                                                    origin.begin());
    if (at < text.size()) {
      if (CellAt(table, at, at + 1) != nullptr) {
        // The line, when it is a row's length (a 200 MB single line keeps the rule below).
        std::size_t b = at;
        while (b > 0 && text[b - 1] != U'\n' && at - b < kMaxLine) --b;
        std::size_t e = at;
        while (e < text.size() && text[e] != U'\n' && e - at < kMaxLine) ++e;
        if ((b == 0 || text[b - 1] == U'\n') && (e == text.size() || text[e] == U'\n')) {
          row_begin = original(b);
          row_end = original(e);
        }
      } else {
        if (!have_run || at < run.begin || at >= run.end) {
          run = ReadLabelledRun(text, at);
          have_run = true;
        }
        if (!run.starts.empty() && at >= run.begin && at < run.end) {
          auto next = std::upper_bound(run.starts.begin(), run.starts.end(), at);
          row_begin = original(next == run.starts.begin() ? run.begin : *std::prev(next));
          row_end = original(next == run.starts.end() ? run.end : *next);
        }
      }
    }
    auto it = std::lower_bound(identifiers.begin(), identifiers.end(), row_begin);
    const bool identified = it != identifiers.end() && *it < row_end;
    if (identified) continue;
    name.score = 0.3;
    name.severity = TextSeverity::kInfo;
    name.evidence["level"] = "仅姓名";
  }
}

// textchecks §6.3 (b): a name written inline after a private person's role (申请人王建国（身份证号：
// 5329…）符合条件; 借款人张志强联系电话139…) is that person's when a direct identifier (an ID number, a
// mobile, a bank card, a home phone, a house-level address) follows it in the same sentence, before
// the next such name; it is then reported like a name in a name column, and GradeNames grades it
// by its row. A name with no identifier after it is left alone (no NER: a bare name is no finding).
void ReportInlineNames(const NormalizedText& normalized, const std::vector<Span>& names,
                       const std::vector<Span>& protected_spans, const std::string& version,
                       std::vector<TextFinding>& out, std::size_t first) {
  constexpr std::size_t kMaxSentence = 120;  // code points from a name to its identifier
  const std::u32string& text = normalized.text;
  const std::vector<std::uint32_t>& origin = normalized.origin;
  std::vector<std::size_t> identifiers;  // original offsets
  std::vector<std::pair<std::size_t, std::size_t>> reported_names;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (out[k].rule == "pii.name") {
      reported_names.emplace_back(out[k].begin, out[k].end);
    } else if (out[k].severity != TextSeverity::kInfo && StartsWith(out[k].rule, "pii.")) {
      identifiers.push_back(out[k].begin);
    }
  }
  if (identifiers.empty()) return;
  std::sort(identifiers.begin(), identifiers.end());
  auto original = [&](std::size_t p) -> std::size_t { return p < origin.size() ? origin[p] : std::size_t(-1); };
  for (std::size_t j = 0; j < names.size(); ++j) {
    const Span& name = names[j];
    if (name.end > text.size() || OverlapsAny(protected_spans, name.begin, name.end)) continue;
    const std::u32string_view v(text.data() + name.begin, name.end - name.begin);
    if (!LooksLikeName(v)) continue;
    const std::size_t begin = original(name.begin);
    const std::size_t end = original(name.end - 1) + 1;
    if (std::any_of(reported_names.begin(), reported_names.end(),
                    [&](const auto& r) { return r.first < end && begin < r.second; })) {
      continue;
    }
    std::size_t e = name.end;
    const std::size_t limit = std::min({text.size(), name.end + kMaxSentence,
                                        j + 1 < names.size() ? names[j + 1].begin : text.size()});
    while (e < limit && text[e] != U'。' && text[e] != U';' && text[e] != U'；' && text[e] != U'!' &&
           text[e] != U'！' && text[e] != U'?' && text[e] != U'？' && text[e] != U'\n') {
      ++e;
    }
    auto it = std::lower_bound(identifiers.begin(), identifiers.end(), end);
    if (it == identifiers.end() || *it >= original(e)) continue;
    TextFinding finding;
    finding.check = Check::kPii;
    finding.rule = "pii.name";
    finding.severity = SeverityForScore(0.8);
    finding.begin = begin;
    finding.end = end;
    std::u32string masked(1, v[0]);
    masked += std::u32string(v.size() - 1, U'*');
    finding.suggestion = EncodeUtf8(masked);
    finding.score = 0.8;
    finding.evidence = {{"entity", "姓名"},
                        {"validators", {"角色词后姓名"}},
                        {"technique", kMaskingTechnique},
                        {"level", "疑似"},
                        {"kb_version", version},
                        {"context", "角色词后姓名，同句有直接标识符"}};
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::string MaskIdNumber(std::string_view id, MaskProfile profile) {
  // Legacy 15-digit numbers: all but the last 3 (textchecks §6.2), whatever the profile asks
  // beyond that.
  if (id.size() == 15 && profile != MaskProfile::kHideBirthDate) return MaskKeeping(id, 0, 3);
  if (profile == MaskProfile::kKeepFirst3Last4) return MaskKeeping(id, 3, 4);
  if (profile == MaskProfile::kKeepLast4) return MaskKeeping(id, 0, 4);
  if (id.size() == 18) return std::string(id.substr(0, 6)) + "********" + std::string(id.substr(14));
  if (id.size() == 15) return std::string(id.substr(0, 6)) + "******" + std::string(id.substr(12));
  return MaskKeeping(id, 3, 4);
}

std::string MaskKeeping(std::string_view value, std::size_t keep_first, std::size_t keep_last) {
  std::size_t total = 0;
  for (char c : value) {
    if (c != ' ' && c != '-') ++total;
  }
  std::string out;
  std::size_t index = 0;
  for (char c : value) {
    if (c == ' ' || c == '-') {
      out.push_back(c);
      continue;
    }
    bool keep = index < keep_first || index + keep_last >= total;
    out.push_back(keep ? c : '*');
    ++index;
  }
  return out;
}

void PiiRecognizer::Find(const NormalizedText& normalized, std::optional<Date> at,
                         const std::vector<Span>& protected_spans, const std::string& version,
                         std::vector<TextFinding>& out, MaskProfile profile, std::u32string* open_header,
                         const std::vector<Span>* role_names) const {
  const std::u32string& text = normalized.text;
  const std::size_t first_finding = out.size();
  std::vector<Candidate> candidates;
  std::size_t i = 0;
  const std::size_t n = text.size();
  std::vector<std::uint32_t> ascii;
  AsciiPositions(text, ascii);
  std::vector<TableCell> table;
  ReadTableCells(text, ascii, table, open_header);
  // The column header of a candidate written in a text table cell (身份证号码 over the column):
  // context like a label written before it.
  auto column = [&](const Candidate& c, Field field) -> std::string {
    const TableCell* cell = CellAt(table, c.begin, c.end);
    if (cell == nullptr || cell->field != field) return "";
    return EncodeUtf8(text.substr(cell->header_begin, cell->header_end - cell->header_begin));
  };
  while (i < n) {
    if (!IsTokenChar(text[i])) {
      // Token characters are ASCII or mask characters (IsMaskChar).
      i = SkipToAsciiOr<U'×', U'＊', U'●', U'•'>(text, i + 1);
      continue;
    }
    std::size_t start = i;
    while (i < n && IsTokenChar(text[i])) ++i;
    // A token glued to a neighbouring ASCII token by '.', '/', '_' or '=' is part of a URL, a
    // decimal or a code: skip the whole compound.
    // A '/' between numbers alone (电话：0872-6123456/13987261234) separates a list; in a URL the
    // compound also holds letters or other glue.
    const bool slash_list = SlashSeparatedNumbers(text, start, i);
    bool compound = (start > 0 && ((text[start - 1] == U'/' && !slash_list) || text[start - 1] == U'.' ||
                                   text[start - 1] == U'_' || text[start - 1] == U'=' || text[start - 1] == U'%' ||
                                   text[start - 1] == U'#')) ||
                    (i < n && ((text[i] == U'/' && !slash_list) || text[i] == U'_' || text[i] == U'=' ||
                               text[i] == U'%' || text[i] == U'@' ||
                               (text[i] == U'.' && i + 1 < n && IsAsciiDigit(text[i + 1]))));
    std::size_t end = i;
    const std::size_t token_end = i;
    // Grouped digits: 6222 0212 3456 7890 / 138-1234-5678.
    bool grouped = false;
    auto all_digits = [&](std::size_t b, std::size_t e) {
      for (std::size_t k = b; k < e; ++k) {
        if (!IsAsciiDigit(text[k])) return false;
      }
      return true;
    };
    if (all_digits(start, end) && end - start >= 3 && end - start <= 6) {
      while (end + 1 < n && (text[end] == U' ' || text[end] == U'-') && IsAsciiDigit(text[end + 1])) {
        std::size_t next = end + 1;
        while (next < n && IsAsciiDigit(text[next])) ++next;
        if (next < n && IsTokenChar(text[next])) break;
        if (next - (end + 1) < 3 || next - (end + 1) > 7) break;
        end = next;
        grouped = true;
      }
      if (grouped && end < n && (text[end] == U'.' || text[end] == U'/')) compound = true;
      i = end;
    }
    if (compound) continue;
    if (all_digits(start, token_end)) {
      const std::size_t relaxed_end = RelaxedChainEnd(text, start);
      const bool glued = relaxed_end < n && (text[relaxed_end] == U'/' || text[relaxed_end] == U'_' ||
                                             text[relaxed_end] == U'=' || text[relaxed_end] == U'%' ||
                                             (text[relaxed_end] == U'.' && relaxed_end + 1 < n && IsAsciiDigit(text[relaxed_end + 1])));
      if (relaxed_end > end && !glued) {
        Candidate relaxed;
        relaxed.begin = start;
        relaxed.end = relaxed_end;
        relaxed.grouped = true;
        relaxed.relaxed = true;
        for (std::size_t k = start; k < relaxed_end; ++k) {
          const char c = static_cast<char>(text[k]);
          relaxed.raw.push_back(c);
          if (c != ' ' && c != '-') relaxed.value.push_back(c);
        }
        candidates.push_back(std::move(relaxed));
      }
    }
    // Nothing shorter than a passport number (9 characters without separators) is reported.
    std::size_t value_length = 0;
    for (std::size_t k = start; k < end; ++k) {
      const char c = static_cast<char>(text[k]);  // as Candidate::value is built below
      value_length += c != ' ' && c != '-';
    }
    if (value_length < 9) continue;
    Candidate candidate;
    candidate.begin = start;
    candidate.end = end;
    candidate.grouped = grouped;
    for (std::size_t k = start; k < end; ++k) {
      char c = static_cast<char>(text[k]);
      candidate.raw.push_back(c);
      if (c != ' ' && c != '-') candidate.value.push_back(c);
    }
    candidates.push_back(std::move(candidate));
  }

  auto emit = [&](const Candidate& c, std::string_view rule, std::string_view entity, double score,
                  std::string suggestion, nlohmann::json validators, std::string context) {
    TextFinding finding;
    finding.check = Check::kPii;
    finding.rule = std::string(rule);
    finding.severity = SeverityForScore(score);
    finding.begin = normalized.origin[c.begin];
    finding.end = normalized.origin[c.end - 1] + 1;
    finding.suggestion = std::move(suggestion);
    finding.score = score;
    finding.evidence = {{"entity", entity},
                        {"validators", std::move(validators)},
                        {"technique", kMaskingTechnique},
                        {"level", score >= 0.85 ? "泄露" : "疑似"},
                        {"kb_version", version}};
    if (!context.empty()) finding.evidence["context"] = std::move(context);
    out.push_back(std::move(finding));
  };

  std::vector<std::size_t> id_positions;
  std::size_t relaxed_until = 0;  // the end of the last relaxed chain reported
  for (const Candidate& c : candidates) {
    const std::string& v = c.value;
    if (c.begin < relaxed_until) continue;
    bool masked = std::any_of(c.raw.begin(), c.raw.end(), [](char ch) { return ch == '*'; }) ||
                  std::any_of(text.begin() + static_cast<std::ptrdiff_t>(c.begin),
                              text.begin() + static_cast<std::ptrdiff_t>(c.end), IsMaskChar);
    if (masked) continue;  // already de-identified
    if (InsideAny(protected_spans, c.begin, c.end) || OverlapsAny(protected_spans, c.begin, c.end)) continue;
    // Nothing shorter than a passport number (9) can be personal data.
    if (v.size() < 9) continue;
    bool digits_only = std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    std::string negative = ContextBefore(text, c.begin, 12, NegativeContext());

    if (c.relaxed) {
      // Only a whole that validates: an ID number, or a card with Luhn and BIN.
      if (!negative.empty()) continue;
      const bool id_shape = v.size() == 18 && std::all_of(v.begin(), v.begin() + 17, [](char ch) {
        return ch >= '0' && ch <= '9';
      });
      if (id_shape && IsValidProvinceCode(v) && IdBirthDate(v, at) && IsValidIdChecksum(v)) {
        id_positions.push_back(c.begin);
        relaxed_until = c.end;
        // The masked value, written with the groups of the original.
        const std::string masked_value = MaskIdNumber(v, profile);
        std::string suggestion;
        std::size_t next = 0;
        for (char ch : c.raw) suggestion.push_back(ch == ' ' || ch == '-' ? ch : masked_value[next++]);
        emit(c, "pii.id_card", "居民身份证号码", 1.0, std::move(suggestion),
             {"GB 11643-1999 ISO 7064 MOD 11-2 校验位", "出生日期有效", "省级行政区划代码有效"},
             ContextBefore(text, c.begin, 20, IdContext()));
      } else if (digits_only && v.size() >= 16 && IsValidLuhn(v) && IsBankCardPrefix(v) &&
                 ContextBefore(text, c.begin, 40, CorporateAccountContext()).empty()) {
        relaxed_until = c.end;
        emit(c, "pii.bank_card", "银行卡号", 1.0, MaskKeeping(c.raw, 0, 4), {"Luhn", "BIN"},
             ContextBefore(text, c.begin, 20, BankContext()));
      }
      continue;
    }
    // 全国学籍号 (student number): G followed by the student's ID number, which it exposes whole.
    if (!c.grouped && v.size() == 19 && (v[0] == 'G' || v[0] == 'g')) {
      const std::string id = v.substr(1);
      const bool id_shape = std::all_of(id.begin(), id.begin() + 17, [](char ch) { return ch >= '0' && ch <= '9'; });
      if (negative.empty() && id_shape && IsValidProvinceCode(id) && IdBirthDate(id, at) && IsValidIdChecksum(id)) {
        id_positions.push_back(c.begin);
        emit(c, "pii.id_card", "居民身份证号码（全国学籍号内含）", 1.0, v.substr(0, 1) + MaskIdNumber(id, profile),
             {"GB 11643-1999 ISO 7064 MOD 11-2 校验位", "出生日期有效", "省级行政区划代码有效"},
             ContextBefore(text, c.begin, 20, IdContext()));
      }
      continue;
    }
    // 18-character ID number.
    if (!c.grouped && v.size() == 18 && std::all_of(v.begin(), v.begin() + 17, [](char ch) {
          return ch >= '0' && ch <= '9';
        }) && ((v[17] >= '0' && v[17] <= '9') || v[17] == 'X' || v[17] == 'x')) {
      if (!negative.empty()) continue;
      bool province = IsValidProvinceCode(v);
      bool birth = IdBirthDate(v, at).has_value();
      bool checksum = IsValidIdChecksum(v);
      std::string context = ContextBefore(text, c.begin, 20, IdContext());
      if (context.empty()) context = column(c, Field::kId);
      if (province && birth && checksum) {
        id_positions.push_back(c.begin);
        emit(c, "pii.id_card", "居民身份证号码", 1.0, MaskIdNumber(v, profile),
             {"GB 11643-1999 ISO 7064 MOD 11-2 校验位", "出生日期有效", "省级行政区划代码有效"}, context);
      } else if (!context.empty() && province && birth) {
        emit(c, "pii.id_card", "居民身份证号码（校验失败，疑似录入错误）", 0.5, MaskIdNumber(v, profile),
             {"校验位不符", "出生日期有效", "省级行政区划代码有效"}, context);
      }
      continue;
    }
    if (!digits_only) continue;
    // 15-digit legacy ID number: only with context.
    if (!c.grouped && v.size() == 15) {
      std::string context = ContextBefore(text, c.begin, 20, IdContext());
      if (context.empty()) context = column(c, Field::kId);
      if (!context.empty() && negative.empty() && IsValidProvinceCode(v) && IdBirthDate(v, at)) {
        emit(c, "pii.id_card_15", "居民身份证号码（15位）", 0.85, MaskIdNumber(v, profile), {"出生日期有效", "省级行政区划代码有效"},
             context);
      }
      continue;
    }
    // Mobile numbers, with or without +86.
    std::string mobile = v;
    if (mobile.size() == 13 && StartsWith(mobile, "86")) mobile = mobile.substr(2);
    if (mobile.size() == 11 && IsMobileSegment(mobile)) {
      if (!negative.empty()) continue;
      std::string person = ContextBefore(text, c.begin, 30, PersonContext());
      std::string phone = ContextBefore(text, c.begin, 12, PhoneContext());
      if (phone.empty()) phone = ContextBefore(text, PhoneListStart(text, c.begin), 12, PhoneContext());
      // Officials acting in office publish their numbers (新闻发言人, 值班电话, 经办人): not a leak
      // unless the number sits among a person's own data.
      if (person.empty() && !ContextBefore(text, c.begin, 20, OfficialRoleContext()).empty()) continue;
      bool near_id = std::any_of(id_positions.begin(), id_positions.end(),
                                 [&](std::size_t p) { return c.begin >= p && c.begin - p <= 80; });
      double score = 0.4;
      if (phone.empty()) phone = column(c, Field::kPhone);
      if (!phone.empty()) score = 0.7;
      // A phone column of a table of persons (姓名 … 联系电话).
      const TableCell* cell = CellAt(table, c.begin, c.end);
      if (!person.empty() || near_id || (cell != nullptr && cell->field == Field::kPhone && cell->person_table)) {
        score = 0.9;
      }
      if (score >= 0.5) {
        emit(c, "pii.mobile", "手机号码", score, MaskKeeping(c.raw, v.size() - 8, 4), {"工信部号段"},
             !person.empty() ? person : phone);
      }
      continue;
    }
    // Bank cards: 16–19 digits.
    if (v.size() >= 16 && v.size() <= 19) {
      if (!negative.empty()) continue;
      std::string context = ContextBefore(text, c.begin, 20, BankContext());
      if (context.empty()) context = column(c, Field::kBank);
      if (!ContextBefore(text, c.begin, 40, CorporateAccountContext()).empty()) continue;
      bool luhn = IsValidLuhn(v);
      bool bin = IsBankCardPrefix(v);
      // A number failing Luhn in a procurement notice is an organisation's account (a card number
      // passes Luhn; most corporate account numbers do not).
      if (!luhn && !ContextBefore(text, c.begin, 2000, ProcurementContext()).empty()) continue;
      double score = 0.0;
      nlohmann::json validators = nlohmann::json::array();
      if (luhn) validators.push_back("Luhn");
      if (bin) validators.push_back("BIN");
      if (luhn && bin) {
        score = context.empty() ? 0.85 : 1.0;
      } else if (luhn && !context.empty()) {
        score = 0.6;
      } else if (!context.empty() && bin) {
        score = 0.5;
      }
      if (score >= 0.5) emit(c, "pii.bank_card", "银行卡号", score, MaskKeeping(c.raw, 0, 4), validators, context);
      continue;
    }
  }

  // Passports: E/G + 8 digits, E + letter + 7 digits, only with context.
  for (const Candidate& c : candidates) {
    const std::string& v = c.value;
    if (c.grouped || v.size() != 9 || (v[0] != 'E' && v[0] != 'G')) continue;
    bool format = ((v[0] == 'E' || v[0] == 'G') &&
                   std::all_of(v.begin() + 1, v.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) ||
                  (v[0] == 'E' && v[1] >= 'A' && v[1] <= 'Z' && v[1] != 'I' && v[1] != 'O' &&
                   std::all_of(v.begin() + 2, v.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
    if (!format) continue;
    std::string context = ContextBefore(text, c.begin, 20, PassportContext());
    if (context.empty()) continue;
    emit(c, "pii.passport", "护照号码", 0.8, MaskKeeping(v, 1, 3), {"护照号码格式"}, context);
  }
  FindStructured(normalized, protected_spans, ascii, table, version, out);
  if (role_names != nullptr) ReportInlineNames(normalized, *role_names, protected_spans, version, out, first_finding);
  GradeNames(normalized, table, out, first_finding);
}

}  // namespace govwatch::text
