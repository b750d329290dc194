#include "extract/list_detector.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "common/strings.hpp"
#include "extract/date_finder.hpp"

namespace govwatch::extract::detail {
namespace {

// Entries are small; a bigger "entry" is a layout block and is not read as one.
constexpr std::size_t kMaxEntryNodes = 400;
constexpr std::size_t kMaxLinksPerEntry = 4;
// An entry holds a title, a date and perhaps a short summary; more text is an article or a
// layout column that happens to hold a link and a date.
constexpr std::size_t kMaxEntryTextBytes = 1500;
// A lone dated row (a list of one) must look like a row, not like a page column.
constexpr std::size_t kMaxSingleEntryTextBytes = 400;
// Entries dated by their URLs alone make a list only from this many on.
constexpr std::size_t kMinUrlDatedEntries = 3;

constexpr std::array<std::string_view, 11> kSidebarHeadings = {
    "相关", "热点", "热门", "推荐", "排行", "最新", "友情链接", "专题", "猜你喜欢", "延伸阅读", "精彩"};

std::string Signature(const HtmlTree& tree, std::size_t i) {
  // Once per element of every candidate list container: one string, no copied attribute.
  std::string signature(tree.Tag(i));
  signature.push_back('.');
  if (const std::string_view cls = tree.AttrView(i, "class"); !cls.empty()) {
    // Most classes hold no byte that could start white space (CollapseSpace would copy them as
    // they are): appended without the copy.
    const bool plain = std::none_of(cls.begin(), cls.end(), [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return c <= 0x20 || c == 0xC2 || c == 0xE3;
    });
    if (plain) {
      signature += cls;
    } else {
      signature += CollapseSpace(cls);
    }
  }
  return signature;
}

std::string StripBullets(std::string text) {
  static constexpr std::array<std::string_view, 9> kBullets = {"·", "•", "■", "●", "◆", "◇", "□", "○", "▪"};
  bool changed = true;
  while (changed) {
    changed = false;
    std::string_view t = Trim(text);
    for (std::string_view b : kBullets) {
      if (StartsWith(t, b)) {
        t.remove_prefix(b.size());
        changed = true;
      }
    }
    if (StartsWith(t, ">")) {
      t.remove_prefix(1);
      changed = true;
    }
    text = std::string(Trim(t));
  }
  return text;
}

// True for an href a reader can follow (cheaper than resolving it).
bool Followable(std::string_view href) {
  href = Trim(href);
  if (href.empty() || href.front() == '#') return false;
  const std::string head = ToLowerAscii(href.substr(0, 11));
  for (std::string_view scheme : {"javascript:", "mailto:", "tel:", "data:"}) {
    if (StartsWith(head, scheme)) return false;
  }
  return true;
}

struct Entry {
  bool linked = false;
  ListItem item;
};

std::size_t TextBytes(const HtmlTree& tree, std::size_t begin, std::size_t end) {
  std::size_t bytes = 0;
  for (std::size_t j = begin; j < end; j = tree.Info(j).end) bytes += tree.Info(j).text_bytes;
  return bytes;
}

// A date written at the start or the end of a link's text ("<a><span>标题</span><span>2022-03-01
// </span></a>"); removes it from `text`.
std::optional<Date> TakeEdgeDate(std::string& text) {
  auto m = FindDate(text);
  if (!m) return std::nullopt;
  const std::string_view before = Trim(std::string_view(text).substr(0, m->begin));
  std::string_view after = std::string_view(text).substr(m->end);
  // A time may follow the date ("2022-03-01 10:20").
  std::size_t k = 0;
  while (k < after.size() && (after[k] == ' ' || after[k] == ':' || (after[k] >= '0' && after[k] <= '9'))) ++k;
  const std::string_view tail = Trim(after.substr(k));
  auto bracket = [](std::string_view t) {
    return t.empty() || t == "]" || t == ")" || t == "）" || t == "】" || t == "[" || t == "(" || t == "（" || t == "【";
  };
  std::string rest;
  if (bracket(tail)) {
    std::string_view head = before;
    if (!head.empty() && (head.back() == '[' || head.back() == '(')) head.remove_suffix(1);
    for (std::string_view open : {"（", "【"}) {
      if (EndsWith(head, open)) head.remove_suffix(open.size());
    }
    rest = std::string(Trim(head));
  } else if (bracket(before)) {
    rest = std::string(tail);
  } else {
    return std::nullopt;
  }
  if (rest.size() < 4) return std::nullopt;
  text = std::move(rest);
  return m->date;
}

// The heading inside a card link (<a><h3>标题</h3><p>摘要…</p><span>2022-03-01</span></a>): an
// h1–h6, or an element classed as a title (title, tit, bt), when the link holds more text than
// it. npos for a plain title link.
std::size_t CardHeading(const HtmlTree& tree, std::size_t a) {
  const std::size_t end = std::min(tree.Info(a).end, a + kMaxEntryNodes);
  for (std::size_t j = a + 1; j < end; ++j) {
    if (!tree.IsElement(j)) continue;
    const std::string_view tag = tree.Tag(j);
    bool heading = tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
    if (!heading) {
      const std::string cls = ToLowerAscii(tree.AttrView(j, "class"));
      heading = Contains(cls, "title") || Contains(cls, "tit") || cls == "bt";
    }
    if (!heading) continue;
    const std::size_t bytes = tree.Info(j).text_bytes;
    if (bytes < 4 || bytes >= tree.Info(a).text_bytes) return std::string_view::npos;
    return j;
  }
  return std::string_view::npos;
}

// How a group's context (its table header, a year heading above it) steers the reading of
// each entry's date.
struct DateContext {
  int year = 0;             // the year of a heading above the entries ("2022年"), or 0
  bool last_date = false;  // the row's publish date is its last date (成文日期 … 发布日期 columns)
};

// The last full date in `text`.
std::optional<Date> LastDate(std::string_view text) {
  std::optional<Date> last;
  std::size_t from = 0;
  for (int guard = 0; guard < 64 && from < text.size(); ++guard) {
    auto m = FindDate(text.substr(from));
    if (!m) break;
    last = m->date;
    from += m->end;
  }
  return last;
}

// A day and a year-month written apart inside one small date box of the entry
// (<div class="time"><b>30</b><span>2022-03</span></div>), outside the subtree `skip`. Only a
// box holding little besides them counts: a row number in another cell is not a day.
std::optional<Date> SplitDateBox(const HtmlTree& tree, std::size_t begin, std::size_t end, std::size_t skip) {
  for (std::size_t j = begin; j < end; ++j) {
    if (j == skip || (tree.Info(j).flags & kSkipped) != 0) {
      j = tree.Info(j).end - 1;
      continue;
    }
    if (!tree.IsElement(j) || tree.Info(j).text_bytes < 7 || tree.Info(j).text_bytes > 40) continue;
    if (tree.Contains(j, skip)) continue;
    std::string text;
    for (std::size_t k = j + 1; k < tree.Info(j).end; ++k) {
      if (tree.IsElement(k)) {
        text.push_back(' ');
      } else {
        text += tree.RawText(k);
      }
    }
    if (auto d = FindSplitDate(text)) return d;
  }
  return std::nullopt;
}

// The date of an entry from the text around its title link: a full date; a day and a year-month
// written apart in a date box (card lists); or a month-day whose year comes from the
// item's URL (t20220331_1.html) or from a year heading above the list.
// The entry spans [begin, end); `title` is the title's subtree (not searched for the date box).
std::optional<Date> EntryDate(const HtmlTree& tree, std::size_t begin, std::size_t end, std::size_t title,
                              std::string_view rest, std::string_view url, const DateContext& context) {
  if (auto m = FindDate(rest)) {
    if (context.last_date) return LastDate(rest);
    return m->date;
  }
  if (auto split = SplitDateBox(tree, begin, end, title)) return split;
  if (auto md = FindMonthDay(rest)) {
    int year = context.year;
    if (auto from_url = DateFromUrl(url)) year = from_url->year;
    if (year != 0 && IsValidDate(year, md->month, md->day)) return Date{year, md->month, md->day};
  }
  return std::nullopt;
}

// The string literals of a script ('…' or "…", backslash escapes kept as written).
std::vector<std::string_view> StringLiterals(std::string_view script) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < script.size() && out.size() < 64; ++i) {
    const char q = script[i];
    if (q != '"' && q != '\'') continue;
    std::size_t k = i + 1;
    while (k < script.size() && script[k] != q && script[k] != '\n') k += script[k] == '\\' ? 2 : 1;
    if (k >= script.size() || script[k] != q) break;
    out.push_back(script.substr(i + 1, k - i - 1));
    i = k;
  }
  return out;
}

// The link a script writes for a list entry (TRS templates shorten titles in script:
// var t = "标题"; document.write("<a href='./202203/t20220331_1.html' title='" + t + "'>" + …)):
// the href inside a written tag, and the longest literal holding non-ASCII text and no markup
// as the title. Empty strings when the script writes no link.
std::pair<std::string, std::string> ScriptLink(std::string_view script) {
  if (script.size() > 4096 || script.find("document.write") == std::string_view::npos) return {};
  std::string href;
  std::string title;
  for (std::string_view lit : StringLiterals(script)) {
    const std::size_t at = lit.find("href=");
    if (href.empty() && at != std::string_view::npos) {
      std::size_t p = at + 5;
      if (p < lit.size() && lit[p] == '\\') ++p;
      if (p < lit.size() && (lit[p] == '\'' || lit[p] == '"')) {
        const char q = lit[p];
        const std::size_t close = lit.find(q, p + 1);
        std::string_view value = lit.substr(p + 1, close == std::string_view::npos ? std::string_view::npos : close - p - 1);
        if (!value.empty() && value.back() == '\\') value.remove_suffix(1);
        href.assign(value);
      }
      continue;
    }
    if (lit.find('<') != std::string_view::npos || lit.find('>') != std::string_view::npos) continue;
    const bool non_ascii = std::any_of(lit.begin(), lit.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
    if (non_ascii && lit.size() > title.size()) title.assign(lit);
  }
  if (href.empty() || title.size() < 4) return {};
  return {href, CollapseSpace(title)};
}

// The raw text of nodes [begin, end) with every element replaced by a space, leaving out the
// subtrees for which `skip(node)` is true: where an entry's date is looked for, outside its title.
template <typename Skip>
std::string TextOutside(const HtmlTree& tree, std::size_t begin, std::size_t end, Skip skip) {
  std::string out;
  for (std::size_t j = begin; j < end; ++j) {
    if (skip(j)) {
      j = tree.Info(j).end - 1;
      continue;
    }
    if (tree.IsElement(j)) {
      out.push_back(' ');
    } else {
      out += tree.RawText(j);
    }
  }
  return out;
}

// An entry whose only link is written by a script: its title and href from the script, its
// date from the entry's visible text.
Entry ReadScriptEntry(const HtmlTree& tree, std::size_t begin, std::size_t end, std::string_view base,
                      std::size_t max_text_bytes, const DateContext& context) {
  Entry entry;
  if (end - begin > kMaxEntryNodes || TextBytes(tree, begin, end) > max_text_bytes) return entry;
  std::size_t scripts = 0;
  std::pair<std::string, std::string> link;
  for (std::size_t j = begin; j < end; ++j) {
    if (!tree.IsElement(j) || tree.Tag(j) != "script") continue;
    ++scripts;
    if (!tree.AttrView(j, "src").empty()) continue;
    std::string code;
    for (std::size_t k = j + 1; k < tree.Info(j).end; ++k) code += tree.RawText(k);
    if (link.first.empty()) link = ScriptLink(code);
    j = tree.Info(j).end - 1;
  }
  if (scripts != 1 || link.first.empty() || !Followable(link.first)) return entry;
  const std::string rest =
      TextOutside(tree, begin, end, [&](std::size_t j) { return (tree.Info(j).flags & kSkipped) != 0; });
  entry.linked = true;
  entry.item.url = ResolveUrl(base, link.first);
  entry.item.title = link.second;
  entry.item.date = EntryDate(tree, begin, end, end, rest, entry.item.url, context);
  return entry;
}

// Reads one entry spanning node indices [begin, end).
Entry ReadEntry(const HtmlTree& tree, std::size_t begin, std::size_t end, std::string_view base,
                std::size_t max_text_bytes, const DateContext& context) {
  Entry entry;
  if (end - begin > kMaxEntryNodes) return entry;
  if (TextBytes(tree, begin, end) > max_text_bytes) return entry;
  std::vector<std::size_t> anchors;
  for (std::size_t j = begin; j < end; ++j) {
    if ((tree.Info(j).flags & (kSkipped | kHidden)) != 0) {
      j = tree.Info(j).end - 1;
      continue;
    }
    if (tree.IsElement(j) && tree.Tag(j) == "a" && Followable(tree.AttrView(j, "href"))) {
      anchors.push_back(j);
    }
  }
  if (anchors.empty()) return ReadScriptEntry(tree, begin, end, base, max_text_bytes, context);
  if (anchors.size() > kMaxLinksPerEntry) return entry;
  std::size_t best = anchors.front();
  std::string best_text;
  for (std::size_t a : anchors) {
    std::string text = StripBullets(tree.Text(a, 2048));
    const std::string title_attr = CollapseSpace(tree.AttrView(a, "title"));
    // Lists cut long titles ("关于做好…"); the title attribute has them whole.
    if (!title_attr.empty() && (title_attr.size() > text.size() || EndsWith(text, "...") || EndsWith(text, "…"))) {
      text = title_attr;
    }
    if (text.size() > best_text.size()) {
      best_text = std::move(text);
      best = a;
    }
  }
  if (best_text.size() < 4) return entry;
  entry.linked = true;
  entry.item.url = ResolveUrl(base, tree.AttrView(best, "href"));
  // A card: one link holding a heading (the title), a summary and the date. The title is the
  // heading; the date is read from the rest of the card, summaries left out.
  std::size_t title_node = best;
  const std::size_t heading = CardHeading(tree, best);
  if (heading != std::string_view::npos) {
    title_node = heading;
    best_text = StripBullets(tree.Text(heading, 2048));
    const std::string title_attr = CollapseSpace(tree.AttrView(best, "title"));
    if (title_attr.size() > best_text.size() && StartsWith(title_attr, best_text.substr(0, 6))) best_text = title_attr;
  }
  entry.item.title = best_text;
  // The date is read outside the title: titles often contain years and dates.
  const std::string rest = TextOutside(tree, begin, end, [&](std::size_t j) {
    const bool summary = heading != std::string_view::npos && tree.IsElement(j) && tree.Contains(best, j) &&
                         tree.Info(j).text_bytes > 120 && !tree.Contains(j, title_node);
    return j == title_node || summary || (tree.Info(j).flags & kSkipped) != 0;
  });
  if (auto d = EntryDate(tree, begin, end, title_node, rest, entry.item.url, context)) {
    entry.item.date = d;
  } else if (auto inside = TakeEdgeDate(entry.item.title)) {
    entry.item.date = inside;
  }
  return entry;
}

bool NamesSidebar(std::string_view heading) {
  const std::string h = CollapseSpace(heading);
  if (h.empty() || h.size() > 120) return false;
  for (std::string_view k : kSidebarHeadings) {
    if (Contains(h, k)) return true;
  }
  return false;
}

// True when a subtree holds navigation-like content (several links or a drop-down), which ends
// the search for a heading.
bool HoldsLinks(const HtmlTree& tree, std::size_t i) {
  int links = 0;
  for (std::size_t j = i; j < tree.Info(i).end; ++j) {
    if (!tree.IsElement(j)) continue;
    if (tree.Tag(j) == "select") return true;
    if (tree.Tag(j) == "a" && ++links >= 2) return true;
  }
  return false;
}

// Up to ~240 bytes of readable text in [begin, end), looking at no more than 2,000 nodes.
std::string TextOf(const HtmlTree& tree, std::size_t begin, std::size_t end) {
  std::string text;
  end = std::min(end, begin + 2000);
  for (std::size_t j = begin; j < end && text.size() < 240; ++j) {
    if ((tree.Info(j).flags & kSkipped) != 0) {
      j = tree.Info(j).end - 1;
      continue;
    }
    if (!tree.IsElement(j)) text += tree.RawText(j);
  }
  return text;
}

// True when the heading of the block holding the list names a sidebar (相关文章, 最新信息, 热点 …):
// the text inside `inner` before the first entry, or the previous siblings of `inner` inside
// its parent (stopping at a sibling full of links). Sets `root` to the block found.
bool HasSidebarHeading(const HtmlTree& tree, std::size_t container, std::size_t first_entry, std::size_t* root) {
  if (NamesSidebar(TextOf(tree, container, first_entry))) {
    *root = container;
    return true;
  }
  std::size_t inner = container;
  for (int level = 0; level < 2; ++level) {
    const int parent = tree.Info(inner).parent;
    if (parent < 0) return false;
    std::string heading;
    for (std::size_t j = static_cast<std::size_t>(parent) + 1; j < inner; j = tree.Info(j).end) {
      if (tree.IsElement(j) && HoldsLinks(tree, j)) {
        heading.clear();
        continue;
      }
      heading += TextOf(tree, j, tree.Info(j).end);
    }
    if (NamesSidebar(heading)) {
      *root = static_cast<std::size_t>(parent);
      return true;
    }
    inner = static_cast<std::size_t>(parent);
  }
  return false;
}

// The element right before `node` among its siblings (text between them skipped), or npos.
// Walks back from `node` through the previous sibling's last descendants, a bounded number of
// steps, so that long runs of siblings stay linear.
std::size_t PreviousElementSibling(const HtmlTree& tree, std::size_t node) {
  const int parent = tree.Info(node).parent;
  if (parent < 0) return std::string_view::npos;
  const std::size_t p = static_cast<std::size_t>(parent);
  std::size_t j = node;
  for (int hops = 0; hops < 4; ++hops) {
    if (j <= p + 1) return std::string_view::npos;
    std::size_t k = j - 1;
    for (int steps = 0; tree.Info(k).parent != parent; ++steps) {
      if (steps >= 64 || tree.Info(k).parent < 0) return std::string_view::npos;
      k = static_cast<std::size_t>(tree.Info(k).parent);
      if (k <= p) return std::string_view::npos;
    }
    if (tree.IsElement(k)) return k;
    j = k;
  }
  return std::string_view::npos;
}

// The text of a short heading right before `container` ("2022年", a thead naming the columns),
// or of the one before its parent; empty when there is none.
std::string PrecedingText(const HtmlTree& tree, std::size_t container) {
  std::size_t node = container;
  for (int level = 0; level < 2; ++level) {
    const std::size_t prev = PreviousElementSibling(tree, node);
    if (prev != std::string_view::npos) {
      if (tree.Info(prev).text_bytes > 240 || (tree.Info(prev).flags & (kSkipped | kHidden)) != 0) return {};
      return TextOf(tree, prev, tree.Info(prev).end);
    }
    const int parent = tree.Info(node).parent;
    if (parent < 0) return {};
    node = static_cast<std::size_t>(parent);
  }
  return {};
}

// The year a short heading names ("2022年", "2022", "2022年度"), or 0.
int HeadingYear(std::string_view text) {
  const std::string collapsed = CollapseSpace(text);
  const std::string_view t = Trim(std::string_view(collapsed));
  if (t.size() < 4 || t.size() > 10) return 0;
  int year = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    if (t[k] < '0' || t[k] > '9') return 0;
    year = year * 10 + (t[k] - '0');
  }
  const std::string_view rest = Trim(t.substr(4));
  if (!(rest.empty() || rest == "年" || rest == "年度")) return 0;
  return year >= 1990 && year <= 2099 ? year : 0;
}

// A table header naming both the document's date (成文日期) and the publish date (发布日期):
// the publish date is the row's first or last date, by the order of the columns.
void SetColumnOrder(std::string_view header, DateContext& context) {
  // Every name below ends in 日期 or 时间.
  if (header.find("日期") == std::string_view::npos && header.find("时间") == std::string_view::npos) return;
  std::size_t document = std::string_view::npos;
  for (std::string_view w : {"成文日期", "成文时间", "发文日期", "印发日期", "签发日期"}) {
    document = std::min(document, header.find(w));
  }
  std::size_t publish = std::string_view::npos;
  for (std::string_view w : {"发布日期", "发布时间", "公开日期", "公开时间"}) publish = std::min(publish, header.find(w));
  if (document == std::string_view::npos || publish == std::string_view::npos) return;
  context.last_date = publish > document;
}

// Lists that print no dates (some TRS and 集约化 templates, 图片新闻 rows) still date their
// entries: the CMS writes each publish day into the URL (t20240326_88102.html). Used only when
// no entry shows a date and every entry's URL names its day, so that a run of ordinary links is
// not taken for a list.
void DateEntriesByUrl(ListBlock& block) {
  std::vector<Date> dates;
  for (const ListItem& it : block.items) {
    auto d = DayDateFromUrl(it.url);
    if (!d) return;
    dates.push_back(*d);
  }
  for (std::size_t k = 0; k < dates.size(); ++k) block.items[k].date = dates[k];
  block.dated = dates.size();
}

// True when every linked row opens with 上一篇/下一篇 (上一条, 下一条): an article's neighbours,
// however they are dated, are navigation and not a list.
bool IsPreviousNextPair(const HtmlTree& tree, const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
  if (ranges.size() > 3) return false;
  for (const auto& [begin, end] : ranges) {
    const std::string row = CollapseSpace(TextOf(tree, begin, end));
    const std::string_view t = Trim(std::string_view(row));
    bool neighbour = false;
    for (std::string_view w : {"上一篇", "下一篇", "上一条", "下一条", "上一则", "下一则"}) {
      neighbour = neighbour || StartsWith(t, w);
    }
    if (!neighbour) return false;
  }
  return true;
}

// False when ReadEntry cannot find an entry in [begin, end): too many nodes or too much text for
// one, or neither a link nor a script (which may write one) in it.
bool MayHoldEntry(const HtmlTree& tree, std::size_t begin, std::size_t end, std::size_t max_text_bytes) {
  if (end - begin > kMaxEntryNodes || TextBytes(tree, begin, end) > max_text_bytes) return false;
  for (std::size_t j = begin; j < end; ++j) {
    if (tree.IsElement(j) && (tree.Tag(j) == "a" || tree.Tag(j) == "script")) return true;
  }
  return false;
}

void EvaluateGroup(const HtmlTree& tree, std::size_t container, const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                   bool allow_single, std::string_view base, std::optional<DateContext>& preceding,
                   std::vector<ListBlock>& out) {
  if (ranges.empty() || (ranges.size() < 2 && !allow_single)) return;
  const std::size_t max_text = ranges.size() < 2 ? kMaxSingleEntryTextBytes : kMaxEntryTextBytes;
  // A group without a single entry is no list, whatever its rows say (the paragraphs of an
  // article, layout blocks): passed over before its rows are read.
  if (std::none_of(ranges.begin(), ranges.end(),
                   [&](const auto& range) { return MayHoldEntry(tree, range.first, range.second, max_text); })) {
    return;
  }
  // How the text before the container dates the entries, read once for all its groups: the
  // year it names and the order of its date columns.
  if (!preceding) {
    const std::string before = PrecedingText(tree, container);
    preceding.emplace();
    preceding->year = HeadingYear(before);
    SetColumnOrder(before, *preceding);
  }
  ListBlock block;
  block.container = container;
  block.first_entry = ranges.front().first;
  std::size_t linked = 0;
  std::string heading;  // text of the rows before the first entry (a table's caption row)
  DateContext context = *preceding;
  for (const auto& [begin, end] : ranges) {
    Entry e = ReadEntry(tree, begin, end, base, max_text, context);
    if (!e.linked) {
      const std::string row = TextOf(tree, begin, end);
      if (linked == 0 && heading.size() < 240) {
        heading += row;
        SetColumnOrder(heading, context);
      }
      // A year row between the entries ("2021年") dates the entries below it.
      if (const int year = HeadingYear(row); year != 0) context.year = year;
      continue;
    }
    ++linked;
    if (e.item.date) ++block.dated;
    block.items.push_back(std::move(e.item));
  }
  if (block.dated == 0 && linked >= kMinUrlDatedEntries) DateEntriesByUrl(block);
  const std::size_t needed = ranges.size() < 2 ? 1 : 2;
  if (block.dated < needed || block.dated * 10 < linked * 6) return;
  // Undated link rows ("更多>>") are not entries of a dated list.
  block.items.erase(std::remove_if(block.items.begin(), block.items.end(),
                                   [](const ListItem& it) { return !it.date.has_value(); }),
                    block.items.end());
  block.heading_year = preceding->year;
  const std::uint32_t flags = tree.Info(container).flags;
  block.footer = (flags & kFooter) != 0;
  block.sidebar = (flags & kBoilerplate) != 0;
  block.block_root = container;
  std::size_t root = container;
  if (!block.sidebar && (NamesSidebar(heading) || IsPreviousNextPair(tree, ranges))) {
    block.sidebar = true;
  } else if (!block.sidebar && HasSidebarHeading(tree, container, block.first_entry, &root)) {
    block.sidebar = true;
    // The heading's block is left out of the text only when it holds little besides the list.
    if (tree.Info(root).text_bytes <= tree.Info(container).text_bytes + 200) block.block_root = root;
  }
  out.push_back(std::move(block));
}

std::string FolderOf(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  const std::size_t scheme = url.find("://");
  const std::size_t path = scheme == std::string_view::npos ? 0 : url.find('/', scheme + 3);
  if (path == std::string_view::npos) return std::string(url) + "/";
  return std::string(url.substr(0, url.rfind('/') + 1));
}

bool IsPageNumber(std::string_view text) {
  if (text.empty() || text.size() > 4) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HrefLooksPaged(std::string_view url) {
  const std::string lower = ToLowerAscii(url);
  for (std::string_view key : {"page=", "pageno=", "pageindex=", "curpage=", "pn=", "p=", "pagenum=", "currpage=",
                               "currentpage="}) {
    const std::size_t at = lower.find(key);
    if (at != std::string::npos && at > 0 && (lower[at - 1] == '?' || lower[at - 1] == '&')) return true;
  }
  const std::size_t slash = lower.rfind('/');
  const std::string_view file = std::string_view(lower).substr(slash == std::string::npos ? 0 : slash + 1);
  const std::size_t underscore = file.rfind('_');
  const std::size_t dot = file.find('.', underscore == std::string_view::npos ? 0 : underscore);
  if (underscore == std::string_view::npos || dot == std::string_view::npos || dot <= underscore + 1) return false;
  // index_2.html, list_3.shtml; not t20220301_8900.html (an article).
  for (std::size_t k = 0; k < underscore; ++k) {
    if (file[k] < 'a' || file[k] > 'z') return false;
  }
  return underscore > 0 && IsPageNumber(file.substr(underscore + 1, dot - underscore - 1));
}

bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || (c >= '0' && c <= '9');
}

// The number assigned to variable `name` in `script` ("var countPage = 7//共多少页"), the last
// assignment before the call; nothing when it is not a plain number.
std::optional<long> ScriptNumber(std::string_view script, std::string_view name) {
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) return std::nullopt;
  std::optional<long> value;
  for (std::size_t at = script.find(name); at != std::string_view::npos; at = script.find(name, at + name.size())) {
    if (at > 0 && IsIdentChar(script[at - 1])) continue;
    std::size_t p = at + name.size();
    if (p < script.size() && IsIdentChar(script[p])) continue;
    while (p < script.size() && (script[p] == ' ' || script[p] == '\t')) ++p;
    if (p >= script.size() || script[p] != '=' || (p + 1 < script.size() && script[p + 1] == '=')) continue;
    ++p;
    while (p < script.size() && (script[p] == ' ' || script[p] == '\t')) ++p;
    long v = 0;
    std::size_t digits = 0;
    while (p < script.size() && script[p] >= '0' && script[p] <= '9' && v < 100000) {
      v = v * 10 + (script[p++] - '0');
      ++digits;
    }
    // A plain number, not an expression (currentPage+1).
    while (p < script.size() && (script[p] == ' ' || script[p] == '\t')) ++p;
    if (digits > 0 && (p >= script.size() || script[p] == ';' || script[p] == '\n' || script[p] == '\r' ||
                       script[p] == '/')) {
      value = v;
    }
  }
  return value;
}

// Pages announced by TRS's createPageHTML(…count, current, "index", "html"…).
bool AddTrsPagesAt(std::string_view script, std::size_t at, std::string_view folder, std::vector<std::string>& out);

void AddTrsPages(std::string_view script, std::string_view folder, std::vector<std::string>& out) {
  // The first call that reads (a page may also hold the function's definition).
  for (std::size_t at = script.find("createPageHTML("); at != std::string_view::npos;
       at = script.find("createPageHTML(", at + 15)) {
    if (AddTrsPagesAt(script, at, folder, out)) return;
  }
}

bool AddTrsPagesAt(std::string_view script, std::size_t at, std::string_view folder, std::vector<std::string>& out) {
  const std::size_t close = script.find(')', at);
  const std::string_view args = script.substr(at + 15, close == std::string_view::npos ? 200 : close - at - 15);
  std::vector<long> numbers;
  std::vector<std::string> strings;
  // TRS 海云's version names the pager's element first (createPageHTML('page_div', 5, 1, 'index',
  // 'shtml', 48)) and counts the current page from 1; the older one counts it from 0.
  const std::string_view first_arg = Trim(args);
  const bool names_element = !first_arg.empty() && (first_arg.front() == '\'' || first_arg.front() == '"');
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == '"' || args[i] == '\'') {
      const std::size_t end = args.find(args[i], i + 1);
      if (end == std::string_view::npos) break;
      strings.emplace_back(args.substr(i + 1, end - i - 1));
      i = end;
    } else if (args[i] >= '0' && args[i] <= '9') {
      long v = 0;
      while (i < args.size() && args[i] >= '0' && args[i] <= '9' && v < 100000) v = v * 10 + (args[i++] - '0');
      numbers.push_back(v);
    } else if (IsIdentChar(args[i])) {
      // A variable (createPageHTML(countPage, currentPage, …)): its value from "var countPage = 7".
      std::size_t k = i;
      while (k < args.size() && IsIdentChar(args[k])) ++k;
      if (auto v = ScriptNumber(script.substr(0, at), args.substr(i, k - i))) numbers.push_back(*v);
      i = k - 1;
    }
  }
  if (numbers.size() < 2 || strings.size() < (names_element ? 3u : 2u)) return false;
  const long count = std::min<long>(numbers[0], 1000);
  const long current = names_element ? numbers[1] - 1 : numbers[1];
  // The extension is the string naming one ("html", "shtml" …); the prefix the string before it.
  // Later strings are styles ("black2").
  std::size_t ext_at = strings.size() - 1;
  for (std::size_t k = 1; k < strings.size(); ++k) {
    const std::string e = ToLowerAscii(strings[k]);
    if (e == "html" || e == "htm" || e == "shtml" || e == "jhtml" || e == "jsp" || e == "php" || e == "asp" ||
        e == "aspx") {
      ext_at = k;
      break;
    }
  }
  if (names_element && ext_at < 2) return false;  // the first string names the element, not the page
  const std::string& prefix = strings[ext_at - 1];
  const std::string& ext = strings[ext_at];
  for (long k = 0; k < count; ++k) {
    if (k == current) continue;
    out.push_back(std::string(folder) + prefix + (k == 0 ? "" : "_" + std::to_string(k)) + "." + ext);
  }
  return true;
}

}  // namespace

// Lists of one shape split under year headings, inside one block of the page: one more block
// holding all their entries, in page order.
void MergeYearGroups(const HtmlTree& tree, std::vector<ListBlock>& blocks) {
  std::map<std::pair<std::string, std::size_t>, std::vector<std::size_t>> groups;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const ListBlock& block = blocks[b];
    if (block.heading_year == 0 || block.sidebar || block.footer) continue;
    const int parent = tree.Info(block.container).parent;
    if (parent < 0) continue;
    // The heading is a sibling of the list, or of the list's wrapper (<div><h3/><ul/></div>).
    const int grandparent = tree.Info(static_cast<std::size_t>(parent)).parent;
    groups[{Signature(tree, block.container), static_cast<std::size_t>(parent)}].push_back(b);
    if (grandparent >= 0) {
      groups[{Signature(tree, block.container) + "^", static_cast<std::size_t>(grandparent)}].push_back(b);
    }
  }
  std::vector<ListBlock> merged;
  std::set<std::vector<std::size_t>> done;  // the same lists seen from the parent and from above
  for (auto& [key, members] : groups) {
    if (members.size() < 2 || !done.insert(members).second) continue;
    std::set<int> years;
    for (std::size_t b : members) years.insert(blocks[b].heading_year);
    if (years.size() < 2) continue;
    ListBlock all;
    all.container = key.second;
    all.block_root = key.second;
    all.first_entry = blocks[members.front()].first_entry;
    std::set<std::string> seen;
    for (std::size_t b : members) {
      for (const ListItem& it : blocks[b].items) {
        if (seen.insert(it.url).second) all.items.push_back(it);
      }
      all.dated += blocks[b].dated;
    }
    merged.push_back(std::move(all));
  }
  for (ListBlock& m : merged) blocks.push_back(std::move(m));
}

// Drops the "lists" whose rows each hold a dated list of their own: a column of boxes (热点新闻,
// 专题专栏 …) or a table of sections is a layout, and the best link of each box is no entry.
void DropBlocksOfBlocks(const HtmlTree& tree, std::vector<ListBlock>& blocks) {
  std::vector<std::size_t> inner;  // containers of the lists with two dated entries or more
  for (const ListBlock& b : blocks) {
    if (b.dated >= 2) inner.push_back(b.container);
  }
  std::sort(inner.begin(), inner.end());
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [&](const ListBlock& b) {
                                const auto it = std::lower_bound(inner.begin(), inner.end(), b.first_entry);
                                return it != inner.end() && *it < tree.Info(b.container).end;
                              }),
               blocks.end());
}

std::vector<ListBlock> FindListBlocks(const HtmlTree& tree, std::string_view base) {
  std::vector<ListBlock> out;
  for (std::size_t c = 0; c < tree.size(); ++c) {
    if (!tree.IsElement(c) || (tree.Info(c).flags & (kSkipped | kHidden)) != 0) continue;
    const std::size_t end = tree.Info(c).end;
    if (end - c < 3) continue;
    // The children by signature, in page order of their first.
    struct Group {
      std::string signature;
      std::vector<std::pair<std::size_t, std::size_t>> ranges;
    };
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> group_of;  // signature -> index in groups
    std::vector<std::size_t> anchors;
    std::optional<DateContext> preceding;  // of the text before c, once one group is evaluated
    for (std::size_t j = c + 1; j < end; j = tree.Info(j).end) {
      if (!tree.IsElement(j)) continue;
      if (tree.Tag(j) == "a") anchors.push_back(j);
      std::string sig = Signature(tree, j);
      const auto [it, added] = group_of.try_emplace(sig, groups.size());
      if (added) groups.push_back(Group{std::move(sig), {}});
      groups[it->second].ranges.emplace_back(j, tree.Info(j).end);
    }
    const std::string_view tag = tree.Tag(c);
    const bool list_like = tag == "ul" || tag == "ol" || tag == "table" || tag == "tbody";
    for (const Group& g : groups) {
      if (StartsWith(g.signature, "a.")) continue;
      EvaluateGroup(tree, c, g.ranges, list_like, base, preceding, out);
    }
    // Rows of one tag whose classes differ (odd/even stripes, a pinned "top" row) are one list too.
    std::map<std::string_view, std::vector<std::pair<std::size_t, std::size_t>>> by_tag;
    std::map<std::string_view, std::size_t> signatures;
    for (const Group& g : groups) {
      const std::string_view t = tree.Tag(g.ranges.front().first);
      // Row tags only: differently classed divs are layout columns more often than rows.
      if (t != "li" && t != "tr" && t != "dd" && t != "dl") continue;
      ++signatures[t];
      for (const auto& range : g.ranges) by_tag[t].push_back(range);
    }
    for (auto& [t, ranges] : by_tag) {
      if (signatures[t] < 2) continue;
      std::sort(ranges.begin(), ranges.end());
      EvaluateGroup(tree, c, ranges, list_like, base, preceding, out);
    }
    // Links directly in the container, separated by <br> or text: each runs to the next link.
    if (anchors.size() >= 2) {
      std::vector<std::pair<std::size_t, std::size_t>> ranges;
      for (std::size_t k = 0; k < anchors.size(); ++k) {
        ranges.emplace_back(anchors[k], k + 1 < anchors.size() ? anchors[k + 1] : end);
      }
      EvaluateGroup(tree, c, ranges, false, base, preceding, out);
    }
  }
  DropBlocksOfBlocks(tree, out);
  MergeYearGroups(tree, out);
  return out;
}

std::vector<ListItem> DatastoreItems(const HtmlTree& tree, std::string_view base) {
  std::string fragments;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "script") continue;
    std::string script;
    for (std::size_t j = i + 1; j < tree.Info(i).end; ++j) script += tree.RawText(j);
    if (script.find("<record") == std::string::npos) continue;
    // <record><![CDATA[ <li>…</li> ]]></record>, repeated.
    for (std::size_t at = script.find("<record"); at != std::string::npos; at = script.find("<record", at + 7)) {
      const std::size_t open_end = script.find('>', at);
      if (open_end == std::string::npos) break;
      const std::size_t close = script.find("</record>", open_end);
      if (close == std::string::npos) break;
      std::string_view body = Trim(std::string_view(script).substr(open_end + 1, close - open_end - 1));
      if (StartsWith(body, "<![CDATA[")) body.remove_prefix(9);
      if (EndsWith(body, "]]>")) body.remove_suffix(3);
      fragments += "<div class=\"record\">";
      fragments += body;
      fragments += "</div>\n";
      at = close;
    }
  }
  if (fragments.empty()) return {};
  const HtmlTree records("<html><body><div class=\"datastore\">" + fragments + "</div></body></html>");
  std::vector<ListItem> best;
  for (ListBlock& b : FindListBlocks(records, base)) {
    if (!b.sidebar && !b.footer && b.items.size() > best.size()) best = std::move(b.items);
  }
  return best;
}

std::vector<std::string> FindPagination(const HtmlTree& tree, std::string_view base, std::string_view page_url) {
  static constexpr std::array<std::string_view, 12> kPagerWords = {
      "下一页", "下页", "尾页", "末页", "上一页", "上页", "首页", "后页", "前页", ">>", "»", "next"};
  const std::string folder = FolderOf(page_url);
  const std::string self = std::string(page_url.substr(0, page_url.find('#')));
  std::vector<std::string> found;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i)) continue;
    const std::uint32_t flags = tree.Info(i).flags;
    if (tree.Tag(i) == "script") {
      std::string script;
      for (std::size_t j = i + 1; j < tree.Info(i).end; ++j) script += tree.RawText(j);
      AddTrsPages(script, folder, found);
      continue;
    }
    if (tree.Tag(i) != "a" || (flags & (kFooter | kHidden)) != 0) continue;
    const std::string url = ResolveUrl(base, tree.AttrView(i, "href"));
    if (url.empty() || url == self || !StartsWith(url, folder)) continue;
    const std::string text = ToLowerAscii(tree.Text(i, 64));
    // A pager link is short; a titled entry whose file happens to end in _NNNN (post_1801.html) is not.
    bool pager = IsPageNumber(text) || (HrefLooksPaged(url) && CollapseSpace(text).size() <= 24);
    for (std::string_view w : kPagerWords) pager = pager || Contains(text, w);
    if (!pager) continue;
    // "首页" in the folder is the list's first page; the site's front page is not pagination.
    if (Contains(text, "首页") && IsHomepageUrl(url)) continue;
    found.push_back(url);
  }
  std::vector<std::string> unique;
  std::set<std::string> seen;
  for (std::string& u : found) {
    if (u != self && seen.insert(u).second) unique.push_back(std::move(u));
  }
  return unique;
}

bool IsHomepageUrl(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  url = url.substr(0, url.find('#'));
  if (url.find('?') != std::string_view::npos) return false;
  const std::size_t path_at = url.find('/', scheme + 3);
  if (path_at == std::string_view::npos) return true;
  const std::string path = ToLowerAscii(url.substr(path_at));
  static constexpr std::array<std::string_view, 14> kFrontPages = {
      "/", "/index.htm", "/index.html", "/index.shtml", "/index.jsp", "/index.php", "/index.asp",
      "/index.aspx", "/default.htm", "/default.html", "/default.aspx", "/default.asp", "/main.htm", "/main.html"};
  return std::find(kFrontPages.begin(), kFrontPages.end(), path) != kFrontPages.end();
}

}  // namespace govwatch::extract::detail
