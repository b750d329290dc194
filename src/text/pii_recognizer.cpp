#include "text/pii_recognizer.hpp"

#include <algorithm>
#include <array>

#include "common/strings.hpp"
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
const std::vector<std::u32string>& BankContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"银行卡", "卡号", "账号", "帐号", "开户行", "代发", "收款账户", "银行账户", "社保卡"}));
  return *words;
}
const std::vector<std::u32string>& CorporateAccountContext() {
  static const auto* words = new std::vector<std::u32string>(
      Words({"对公", "开户名称", "开户单位", "单位账户", "户名：", "财政局", "公司", "委员会", "基本账户"}));
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
};

}  // namespace

std::string MaskIdNumber(std::string_view id, MaskProfile profile) {
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
                         std::vector<TextFinding>& out, MaskProfile profile) const {
  const std::u32string& text = normalized.text;
  std::vector<Candidate> candidates;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (!IsTokenChar(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < n && IsTokenChar(text[i])) ++i;
    // A token glued to a neighbouring ASCII token by '.', '/', '_' or '=' is part of a URL, a
    // decimal or a code: skip the whole compound.
    bool compound = (start > 0 && (text[start - 1] == U'.' || text[start - 1] == U'/' || text[start - 1] == U'_' ||
                                   text[start - 1] == U'=' || text[start - 1] == U'%' || text[start - 1] == U'#')) ||
                    (i < n && (text[i] == U'/' || text[i] == U'_' || text[i] == U'=' || text[i] == U'%' ||
                               text[i] == U'@' || (text[i] == U'.' && i + 1 < n && IsAsciiDigit(text[i + 1]))));
    std::size_t end = i;
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
  for (const Candidate& c : candidates) {
    const std::string& v = c.value;
    bool masked = std::any_of(c.raw.begin(), c.raw.end(), [](char ch) { return ch == '*'; }) ||
                  std::any_of(text.begin() + static_cast<std::ptrdiff_t>(c.begin),
                              text.begin() + static_cast<std::ptrdiff_t>(c.end), IsMaskChar);
    if (masked) continue;  // already de-identified
    if (InsideAny(protected_spans, c.begin, c.end) || OverlapsAny(protected_spans, c.begin, c.end)) continue;
    // Nothing shorter than a passport number (9) can be personal data.
    if (v.size() < 9) continue;
    bool digits_only = std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    std::string negative = ContextBefore(text, c.begin, 12, NegativeContext());

    // 18-character ID number.
    if (!c.grouped && v.size() == 18 && std::all_of(v.begin(), v.begin() + 17, [](char ch) {
          return ch >= '0' && ch <= '9';
        }) && ((v[17] >= '0' && v[17] <= '9') || v[17] == 'X' || v[17] == 'x')) {
      if (!negative.empty()) continue;
      bool province = IsValidProvinceCode(v);
      bool birth = IdBirthDate(v, at).has_value();
      bool checksum = IsValidIdChecksum(v);
      std::string context = ContextBefore(text, c.begin, 20, IdContext());
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
      bool near_id = std::any_of(id_positions.begin(), id_positions.end(),
                                 [&](std::size_t p) { return c.begin >= p && c.begin - p <= 80; });
      double score = 0.4;
      if (!phone.empty()) score = 0.7;
      if (!person.empty() || near_id) score = 0.9;
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
      if (!ContextBefore(text, c.begin, 40, CorporateAccountContext()).empty()) continue;
      bool luhn = IsValidLuhn(v);
      bool bin = IsBankCardPrefix(v);
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
}

}  // namespace govwatch::text
