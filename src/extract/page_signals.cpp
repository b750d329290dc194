#include "extract/page_signals.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <utility>

#include "common/strings.hpp"
#include "extract/link_extractor.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract::detail {
namespace {

using model::ColumnType;

// Folder names (pinyin initials) that Chinese government CMS templates give their columns.
const std::map<std::string_view, ColumnType>& FolderTypes() {
  static const std::map<std::string_view, ColumnType> kTypes = {
      {"gzdt", ColumnType::kNews},          {"zwdt", ColumnType::kNews},          {"zwyw", ColumnType::kNews},
      {"bmdt", ColumnType::kNews},          {"xzdt", ColumnType::kNews},          {"ywdt", ColumnType::kNews},
      {"xwzx", ColumnType::kNews},          {"xwdt", ColumnType::kNews},          {"jrtt", ColumnType::kNews},
      {"tpxw", ColumnType::kNews},          {"qxdt", ColumnType::kNews},          {"tzgg", ColumnType::kNotice},
      {"gsgg", ColumnType::kNotice},        {"gggs", ColumnType::kNotice},        {"zcwj", ColumnType::kPolicy},
      {"zfwj", ColumnType::kPolicy},        {"gfxwj", ColumnType::kPolicy},       {"zcfg", ColumnType::kPolicy},
      {"xzgfxwj", ColumnType::kPolicy},     {"zfgb", ColumnType::kPolicy},        {"zcjd", ColumnType::kInterpretation},
      {"tjjd", ColumnType::kInterpretation}, {"rsxx", ColumnType::kPersonnel},    {"rsrm", ColumnType::kPersonnel},
      {"rmmm", ColumnType::kPersonnel},     {"zkzp", ColumnType::kPersonnel},     {"ghjh", ColumnType::kPlanning},
      {"fzgh", ColumnType::kPlanning},      {"ghxx", ColumnType::kPlanning},      {"hdjl", ColumnType::kInteraction},
      {"zxft", ColumnType::kInteraction},   {"myzj", ColumnType::kInteraction},   {"yjzj", ColumnType::kInteraction},
      {"zxts", ColumnType::kInteraction},   {"ldxx", ColumnType::kInteraction},   {"zwfw", ColumnType::kService},
      {"bsfw", ColumnType::kService},       {"bmfw", ColumnType::kService},       {"xzfwj", ColumnType::kPolicy},
      {"szfwj", ColumnType::kPolicy},       {"qzfwj", ColumnType::kPolicy},       {"bmwj", ColumnType::kPolicy},
      {"zfbwj", ColumnType::kPolicy},       {"xwfb", ColumnType::kNews},          {"zcwd", ColumnType::kInterpretation}};
  return kTypes;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(text, w)) return true;
  }
  return false;
}

}  // namespace

std::optional<ColumnType> ColumnTypeFromName(std::string_view name) {
  // Order matters: 政策解读 before 政策文件, 通知公告 before the generic 动态.
  if (ContainsAny(name, {"解读", "图解", "答记者问"})) return ColumnType::kInterpretation;
  if (ContainsAny(name, {"政策文件", "规范性文件", "政府文件", "文件", "政策法规", "政府公报"})) return ColumnType::kPolicy;
  if (ContainsAny(name, {"通知公告", "公告", "公示", "通知"})) return ColumnType::kNotice;
  if (ContainsAny(name, {"人事", "任免", "招录", "招聘", "招考"})) return ColumnType::kPersonnel;
  if (ContainsAny(name, {"规划", "计划"})) return ColumnType::kPlanning;
  if (ContainsAny(name, {"互动", "留言", "信箱", "征集", "访谈", "咨询"})) return ColumnType::kInteraction;
  if (ContainsAny(name, {"办事", "服务"})) return ColumnType::kService;
  if (ContainsAny(name, {"动态", "要闻", "新闻", "工作"})) return ColumnType::kNews;
  return std::nullopt;
}

std::optional<ColumnType> GuessColumnType(const std::map<std::string, std::string>& meta, std::string_view url,
                                          std::string_view column_name) {
  for (const char* key : {"ColumnType", "ColumnName"}) {
    auto it = meta.find(key);
    if (it != meta.end()) {
      if (auto t = ColumnTypeFromName(it->second)) return t;
    }
  }
  std::string_view path = url.substr(0, url.find_first_of("?#"));
  const std::size_t scheme = path.find("://");
  if (scheme != std::string_view::npos) {
    const std::size_t slash = path.find('/', scheme + 3);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  std::vector<std::string_view> folders = Split(path, '/');
  if (!folders.empty()) folders.pop_back();  // the file name
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
    auto found = FolderTypes().find(ToLowerAscii(*it));
    if (found != FolderTypes().end()) return found->second;
  }
  // Folders often put the unit's initials before the column's (xzfgzdt: 县政府工作动态, bmtzgg):
  // a letters-only folder ending in a known name of four letters or more.
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
    const std::string folder = ToLowerAscii(*it);
    if (!std::all_of(folder.begin(), folder.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    for (const auto& [name, type] : FolderTypes()) {
      if (name.size() >= 4 && folder.size() > name.size() && EndsWith(folder, name)) return type;
    }
  }
  if (!column_name.empty()) return ColumnTypeFromName(column_name);
  return std::nullopt;
}

std::optional<ColumnType> ColumnTypeFromTitle(std::string_view head_title) {
  // Every separator becomes a line break (built anew rather than replaced in place: GCC 12 at -O2
  // misreports in-place std::string::replace as an overlapping memcpy).
  std::string normalized;
  normalized.reserve(head_title.size());
  static constexpr std::string_view kSeparators[] = {"——", "—", "－", "｜", "|", "_", "--", "-", "::"};
  for (std::size_t i = 0; i < head_title.size();) {
    bool matched = false;
    for (std::string_view sep : kSeparators) {
      if (head_title.substr(i, sep.size()) == sep) {
        normalized.push_back('\n');
        i += sep.size();
        matched = true;
        break;
      }
    }
    if (!matched) normalized.push_back(head_title[i++]);
  }
  for (std::string_view part : Split(normalized, '\n')) {
    part = Trim(part);
    // Site names: 某县人民政府, 某市政府门户网站, 云南政务服务网.
    if (part.empty() || EndsWith(part, "人民政府") || EndsWith(part, "网站") || EndsWith(part, "网")) {
      continue;
    }
    if (auto t = ColumnTypeFromName(part)) return t;
  }
  return std::nullopt;
}

namespace {

// Words that open a breadcrumb line (当前位置：首页 > 新闻中心 > 部门动态).
constexpr std::array<std::string_view, 6> kCrumbLabels = {"当前位置", "您的位置", "您当前的位置", "您现在的位置",
                                                          "所在位置", "当前的位置"};
// Class or id words of a breadcrumb element.
constexpr std::array<std::string_view, 7> kCrumbClasses = {"crumb", "bread", "position", "location", "dqwz", "weizhi",
                                                           "curpos"};
// The last breadcrumb part names the page itself on some templates (… > 通知公告 > 正文).
constexpr std::array<std::string_view, 7> kCrumbPageWords = {"正文", "详情", "内容", "详细内容", "正文内容", "文章详情",
                                                             "浏览文章"};

// The breadcrumb's parts after its label, split at its separators (>, ＞, », ›, →, /, -).
std::vector<std::string> CrumbParts(std::string_view text) {
  for (std::string_view label : kCrumbLabels) {
    const std::size_t at = FindBytes(text, label);
    if (at == std::string_view::npos || at > 12) continue;
    std::size_t p = at + label.size();
    if (text.substr(p, 3) == "：") {
      p += 3;
    } else if (p < text.size() && text[p] == ':') {
      ++p;
    }
    text = text.substr(p);
    break;
  }
  static constexpr std::string_view kSeparators[] = {"＞", "»", "›", "→", ">", "/", "\\", "-"};
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < text.size();) {
    bool matched = false;
    for (std::string_view sep : kSeparators) {
      if (text.substr(i, sep.size()) == sep) {
        if (!parts.back().empty()) parts.emplace_back();
        i += sep.size();
        matched = true;
        break;
      }
    }
    if (!matched) parts.back().push_back(text[i++]);
  }
  std::vector<std::string> out;
  for (const std::string& part : parts) {
    const std::string trimmed = CollapseSpace(part);
    if (!trimmed.empty()) out.push_back(trimmed);
  }
  return out;
}

// A breadcrumb by its class or id, or by the label its first text starts with.
bool IsCrumbElement(const HtmlTree& tree, std::size_t i) {
  for (const char* attr : {"class", "id"}) {
    const std::string_view value = tree.AttrView(i, attr);
    if (value.empty()) continue;
    const std::string lower = ToLowerAscii(value);
    for (std::string_view word : kCrumbClasses) {
      if (Contains(lower, word)) return true;
    }
  }
  for (std::size_t j = i + 1; j < tree.Info(i).end; ++j) {
    if (tree.IsElement(j)) continue;
    std::string_view text = Trim(tree.RawText(j));
    while (StartsWith(text, "\u00A0")) text = Trim(text.substr(2));  // &nbsp;当前位置
    if (text.empty()) continue;
    for (std::string_view label : kCrumbLabels) {
      if (StartsWith(text, label)) return true;
    }
    return false;
  }
  return false;
}

}  // namespace

std::optional<ColumnType> ColumnTypeFromBreadcrumb(const HtmlTree& tree) {
  constexpr std::size_t kMaxCrumbBytes = 300;
  constexpr std::size_t kMaxCrumbNodes = 80;  // keeps the walk linear on deeply nested pages
  auto is_crumb = [&](std::size_t i) {
    if (!tree.IsElement(i) || (tree.Info(i).flags & (kSkipped | kHidden)) != 0) return false;
    const std::size_t bytes = tree.Info(i).text_bytes;
    if (bytes == 0 || bytes > kMaxCrumbBytes || tree.Info(i).end - i > kMaxCrumbNodes) return false;
    return IsCrumbElement(tree, i) && tree.FindFirst("a", static_cast<int>(i)) >= 0;
  };
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!is_crumb(i)) continue;
    // The innermost breadcrumb element: a small page's <body> may start with 当前位置 too.
    for (std::size_t j = i + 1; j < tree.Info(i).end; ++j) {
      if (is_crumb(j)) i = j;
    }
    const std::string text = tree.Text(i, kMaxCrumbBytes);
    std::vector<std::string> parts = CrumbParts(text);
    if (parts.size() < 2) continue;
    // The column is the last part, unless that part names the page (正文) or is the page's own
    // title (longer than any column name).
    for (int k = 0; k < 2 && parts.size() > 1; ++k) {
      const std::string& last = parts.back();
      const bool page_word =
          std::find(kCrumbPageWords.begin(), kCrumbPageWords.end(), std::string_view(last)) != kCrumbPageWords.end();
      if (!page_word && CodePointCount(last) <= 12) break;
      parts.pop_back();
    }
    return ColumnTypeFromName(parts.back());
  }
  return std::nullopt;
}

namespace {

bool AsciiDigit(char c) { return c >= '0' && c <= '9'; }

// `value` when it is a site code (ten digits, or bm and eight digits), else "".
std::string TenDigitCode(std::string_view value) {
  value = Trim(value);
  if (value.size() != 10) return "";
  const std::string code = ToLowerAscii(value);
  const bool digits = std::all_of(code.begin(), code.end(), AsciiDigit);
  const bool bm = StartsWith(code, "bm") && std::all_of(code.begin() + 2, code.end(), AsciiDigit);
  return digits || bm ? code : "";
}

std::size_t SkipLabelGap(std::string_view s, std::size_t p) {
  for (;;) {
    if (p < s.size() && (s[p] == ' ' || s[p] == ':')) {
      ++p;
    } else if (s.substr(p, 3) == "：") {
      p += 3;
    } else {
      return p;
    }
  }
}

// "网站识别码：5307000001" / "bm01000001".
std::string SiteCodeAfter(std::string_view text, std::string_view label) {
  for (std::size_t at = FindBytes(text, label); at != std::string_view::npos; at = FindBytes(text, label, at + 1)) {
    const std::size_t p = SkipLabelGap(text, at + label.size());
    std::size_t n = 0;
    while (p + n < text.size() && n < 11 && (AsciiDigit(text[p + n]) || text[p + n] == 'b' || text[p + n] == 'm' ||
                                             text[p + n] == 'B' || text[p + n] == 'M')) {
      ++n;
    }
    if (n != 10) continue;
    std::string code = TenDigitCode(text.substr(p, 10));
    if (!code.empty()) return code;
  }
  return "";
}

// "京公网安备 11010502030143 号": province, digits, optional blanks, 号; returned without blanks.
std::string PoliceFilingSpaced(std::string_view text) {
  static constexpr std::string_view kProvinces = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼";
  for (std::size_t at = FindBytes(text, "公网安备"); at != std::string_view::npos; at = FindBytes(text, "公网安备", at + 1)) {
    if (at < 3) continue;
    const std::string_view province = text.substr(at - 3, 3);
    if (kProvinces.find(province) == std::string_view::npos || kProvinces.find(province) % 3 != 0) continue;
    std::size_t p = SkipLabelGap(text, at + std::string_view("公网安备").size());
    std::size_t n = 0;
    while (p + n < text.size() && AsciiDigit(text[p + n])) ++n;
    if (n < 10) continue;
    const std::string digits(text.substr(p, n));
    p = SkipLabelGap(text, p + n);
    if (text.substr(p, 3) != "号") continue;
    return std::string(province) + "公网安备" + digits + "号";
  }
  return "";
}

// Full-width ASCII (ＩＣＰ, ０５, －) as ASCII, and the ideographic space as a space.
std::string FoldFullWidth(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    const std::size_t n = DecodeUtf8At(s, i, c);
    if (n == 3 && c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFEE0));
    } else if (n == 3 && c == 0x3000) {
      out.push_back(' ');
    } else {
      out.append(s.substr(i, n == 0 ? 1 : n));
    }
    i += n == 0 ? 1 : n;
  }
  return out;
}

// The site code a script assigns: var siteCode = "…", sitecode: '…', site_code="…".
std::string ScriptSiteCode(std::string_view script) {
  const std::string lower = ToLowerAscii(script);
  for (std::string_view name : {std::string_view("sitecode"), std::string_view("site_code")}) {
    for (std::size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
      std::size_t p = at + name.size();
      while (p < lower.size() && lower[p] == ' ') ++p;
      if (p >= lower.size() || (lower[p] != '=' && lower[p] != ':')) continue;
      ++p;
      while (p < lower.size() && lower[p] == ' ') ++p;
      if (p >= lower.size() || (lower[p] != '"' && lower[p] != '\'')) continue;
      const std::size_t end = lower.find(lower[p], p + 1);
      if (end == std::string::npos) continue;
      const std::string code = TenDigitCode(std::string_view(lower).substr(p + 1, end - p - 1));
      if (!code.empty()) return code;
    }
  }
  return "";
}

}  // namespace

void CompleteIdentity(std::string_view visible_text, Identity& id) {
  if (id.site_code.empty()) id.site_code = SiteCodeAfter(visible_text, "网站识别码");
  if (id.psb.empty()) id.psb = PoliceFilingSpaced(visible_text);
  // Filing numbers typed in full-width characters (赣ＩＣＰ备０５００４４０６号－１) are the
  // same filings: read them again from the folded text.
  if (!id.icp.empty() && !id.site_code.empty() && !id.psb.empty()) return;
  // Only the stretch after each label is folded: the whole text would cost a copy per page.
  constexpr std::size_t kWindowBytes = 120;
  std::string windows;
  for (std::string_view label : {"ＩＣＰ", "ICP备", "公网安备", "网站标识码"}) {
    for (std::size_t at = FindBytes(visible_text, label); at != std::string_view::npos;
         at = FindBytes(visible_text, label, at + label.size())) {
      const std::size_t from = at >= 3 ? at - 3 : 0;  // the province before ICP备
      windows += visible_text.substr(from, at - from + kWindowBytes);
      windows += '\n';
    }
  }
  const std::string folded = FoldFullWidth(windows);
  if (folded == windows) return;
  const Identity again = IdentityFromText(folded);
  if (id.icp.empty()) id.icp = again.icp;
  if (id.site_code.empty()) id.site_code = again.site_code;
  if (id.psb.empty()) id.psb = again.psb;
}

void CompleteIdentityFromMarkup(const HtmlTree& tree, Identity& id) {
  constexpr std::size_t kMaxScriptBytes = 4096;
  for (std::size_t i = 0; i < tree.size() && (id.site_code.empty() || !id.has_error_report_entry); ++i) {
    if (!tree.IsElement(i) || (tree.Info(i).flags & kHidden) != 0) continue;
    const std::string_view tag = tree.Tag(i);
    if (tag == "img" && id.site_code.empty()) {
      // A footer that draws 网站标识码 as an image says it in the alt text.
      for (const char* attr : {"alt", "title"}) {
        const std::string_view text = tree.AttrView(i, attr);
        if (Contains(text, "网站标识码")) id.site_code = SiteCodeAfter(text, "网站标识码");
      }
    }
    if (tag != "script") continue;
    if (tree.HasAttr(i, "src")) {
      // The 找错 script carries the site code: <script id="_jiucuo_" sitecode='…' src=…>.
      if (id.site_code.empty()) id.site_code = TenDigitCode(tree.AttrView(i, "sitecode"));
      continue;
    }
    std::string script;
    for (std::size_t c = i + 1; c < tree.Info(i).end && script.size() <= kMaxScriptBytes; ++c) {
      if (!tree.IsElement(c)) script += tree.RawText(c);
    }
    if (script.size() > kMaxScriptBytes) continue;
    // document.write('<script id="_jiucuo_" sitecode="' + siteCode + '" src="…/exposure/jiucuo.js">').
    if (Contains(script, "zfwzgl.www.gov.cn/exposure/jiucuo")) id.has_error_report_entry = true;
    if (id.site_code.empty()) id.site_code = ScriptSiteCode(script);
  }
}

void CompleteIdentity(const HtmlTree& tree, Identity& id) {
  if (!id.site_code.empty() && !id.psb.empty()) return;
  CompleteIdentity(VisibleText(tree), id);
}

bool HasSearchForm(const HtmlTree& tree) {
  static constexpr std::array<std::string_view, 8> kFieldNames = {"q", "searchword", "keyword", "keywords", "wd",
                                                                 "query", "searchtext", "word"};
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i)) continue;
    const std::string_view tag = tree.Tag(i);
    if (tag == "form") {
      const std::string action = ToLowerAscii(tree.Attr(i, "action"));
      if (ContainsAny(action, {"search", "jrobot", "sousuo", "query", "/so/", "trssearch", "jsearch"})) return true;
    }
    if (tag == "input") {
      const std::string type = ToLowerAscii(tree.Attr(i, "type"));
      if (type == "hidden" || type == "submit" || type == "button") continue;
      const std::string name = ToLowerAscii(tree.Attr(i, "name"));
      if (std::find(kFieldNames.begin(), kFieldNames.end(), std::string_view(name)) != kFieldNames.end()) return true;
      if (ContainsAny(tree.Attr(i, "placeholder"), {"搜索", "检索", "关键字", "关键词"})) return true;
    }
  }
  return false;
}

std::string ValidityMark(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kLabels = {"有效性", "效力状态", "时效性"};
  static constexpr std::array<std::string_view, 8> kValues = {"部分失效", "已失效", "已废止", "已修改",
                                                               "现行有效", "有效", "失效", "废止"};
  for (std::string_view label : kLabels) {
    for (std::size_t at = FindBytes(text, label); at != std::string_view::npos; at = FindBytes(text, label, at + 1)) {
      std::size_t p = at + label.size();
      while (p < text.size() && (text[p] == ' ' || text[p] == ':')) ++p;
      if (text.substr(p, 3) == "：") p += 3;
      while (p < text.size() && text[p] == ' ') ++p;
      for (std::string_view v : kValues) {
        if (text.substr(p, v.size()) == v) return std::string(v);
      }
    }
  }
  return "";
}

PolicyLinks FindPolicyLinks(const HtmlTree& tree, std::string_view base, std::string_view self,
                            bool page_is_interpretation) {
  PolicyLinks out;
  std::set<std::string> seen;
  const std::string self_url(self.substr(0, self.find('#')));
  // The last text node seen so far, in document order (skipped subtrees included): the text just
  // before a link is this node when it lies inside the link's parent. Kept as the walk goes, since
  // rescanning the parent for each link is quadratic on a page of 100,000 links.
  std::optional<std::size_t> last_text;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if ((tree.Info(i).flags & (kBoilerplate | kSkipped | kHidden)) != 0) {
      const std::size_t end = tree.Info(i).end;
      for (std::size_t j = end; j-- > i;) {
        if (!tree.IsElement(j)) {
          last_text = j;
          break;
        }
      }
      i = end - 1;
      continue;
    }
    if (!tree.IsElement(i)) {
      last_text = i;
      continue;
    }
    if (tree.Tag(i) != "a") continue;
    const std::string url = ResolveUrl(base, tree.Attr(i, "href"));
    if (url.empty() || url == self_url) continue;
    std::string text = tree.Text(i, 512);
    const std::string title_attr = CollapseSpace(tree.Attr(i, "title"));
    if (title_attr.size() > text.size()) text = title_attr;
    // The text just before the link says what it is ("原文链接：", "相关解读：").
    std::string_view before;
    const int parent = tree.Info(i).parent;
    if (parent >= 0 && last_text && *last_text > static_cast<std::size_t>(parent)) before = tree.RawText(*last_text);
    // Column links ("政策解读" in a menu) are short; entries carry a real title.
    const bool titled = CodePointCount(text) >= 6;
    const bool interpretation = titled && ContainsAny(text, {"解读", "图解", "一图读懂", "答记者问"});
    const bool labelled_policy = ContainsAny(before, {"原文", "相关文件", "政策文件", "文件链接"});
    const bool labelled_interpretation = ContainsAny(before, {"相关解读", "政策解读", "解读链接", "解读材料"});
    bool policy = labelled_policy || ContainsAny(text, {"原文"});
    if (page_is_interpretation && titled && !interpretation &&
        ContainsAny(text, {"通知", "意见", "办法", "规定", "决定", "方案", "措施", "细则", "条例", "规划"})) {
      policy = true;
    }
    if (!seen.insert(url).second) continue;
    if (interpretation || labelled_interpretation) {
      out.interpretation_urls.push_back(url);
    } else if (policy) {
      out.policy_urls.push_back(url);
    }
  }
  return out;
}

}  // namespace govwatch::extract::detail
