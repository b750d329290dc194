// ExtractPage: parses once, then runs the extractors in order — links and meta, list blocks,
// title, the page's own date, identity, text blocks.
#include "extract/page_extractor.hpp"

#include <libxml/parser.h>

#include <algorithm>
#include <array>
#include <set>

#include "common/strings.hpp"
#include "extract/date_finder.hpp"
#include "extract/html_tree.hpp"
#include "extract/link_extractor.hpp"
#include "extract/list_detector.hpp"
#include "extract/page_signals.hpp"
#include "extract/text_blocks.hpp"

namespace govwatch::extract {
namespace {

using detail::HtmlTree;

// What a column with nothing in it says instead of a list (空白栏目). 建设中 only with 栏目, since
// a short article may say a project is 正在建设中.
constexpr std::array<std::string_view, 15> kEmptyMarkers = {
    "暂无信息", "暂无数据",     "没有记录",     "暂无内容",     "暂无相关信息", "暂无记录",     "没有找到相关", "暂无文章",
    "无相关记录", "暂无相关内容", "暂无相关数据", "暂无相关文章", "栏目正在建设", "栏目建设中", "栏目正在更新"};
constexpr std::array<std::string_view, 11> kDateMetaNames = {
    "pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "dc.date.created",
    "dcterms.issued", "publish_date", "releasedate", "publishtime", "createdate"};
// An article's body outweighs this many bytes of text outside lists.
constexpr std::size_t kArticleBytes = 600;

std::string MetaValue(const std::map<std::string, std::string>& meta, std::string_view lower_name) {
  for (const auto& [name, value] : meta) {
    if (ToLowerAscii(name) == lower_name && !value.empty()) return value;
  }
  return "";
}

// "<title>" minus the site-name suffix after " - ", "_", "|" (but not a hyphen between digits).
std::string StripSiteSuffix(std::string_view title) {
  for (std::size_t i = 0; i < title.size(); ++i) {
    const char c = title[i];
    const bool sep = c == '_' || c == '|' || c == '-';
    std::size_t len = sep ? 1 : 0;
    if (title.substr(i, 3) == "—" || title.substr(i, 3) == "－" || title.substr(i, 3) == "｜") len = 3;
    if (len == 0 || i == 0) continue;
    const char before = title[i - 1];
    const char after = i + len < title.size() ? title[i + len] : ' ';
    const bool digits_around = (before >= '0' && before <= '9') && (after >= '0' && after <= '9');
    if (c == '-' && digits_around) continue;
    const std::string_view head = Trim(title.substr(0, i));
    if (!head.empty()) return std::string(head);
  }
  return std::string(Trim(title));
}

bool IsTitleClass(std::string_view value) {
  const std::string lower = ToLowerAscii(value);
  // "biaoti" is 标题 in pinyin, common in older templates (<td class="biaoti">).
  if (Contains(lower, "title") || Contains(lower, "biaoti")) return true;
  std::string word;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    const char c = i < lower.size() ? lower[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
      continue;
    }
    if (word == "bt" || word == "tit" || word == "wzbt" || word == "headline") return true;
    word.clear();
  }
  return false;
}

bool InsideAny(const HtmlTree& tree, const std::vector<detail::ListBlock>& blocks, std::size_t i) {
  for (const auto& b : blocks) {
    if (tree.Contains(b.container, i) || (b.sidebar && tree.Contains(b.block_root, i))) return true;
  }
  return false;
}

// The element holding the article title (-1 when none) and its text.
std::pair<int, std::string> FindTitle(const HtmlTree& tree, const std::vector<detail::ListBlock>& blocks,
                                      std::string_view head_title, bool list_like) {
  std::vector<std::pair<std::size_t, std::string>> candidates;
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t i = 0; i < tree.size(); ++i) {
      if (!tree.IsElement(i) || (tree.Info(i).flags & (detail::kBoilerplate | detail::kSkipped | detail::kHidden)) != 0) {
        continue;
      }
      const std::string_view tag = tree.Tag(i);
      const bool match = pass == 0   ? tag == "h1"
                         : pass == 1 ? (tag != "a" && tag != "body" && IsTitleClass(tree.Attr(i, "class")))
                                     : tag == "h2";
      if (!match || InsideAny(tree, blocks, i)) continue;
      std::string text = tree.Text(i, 600);
      if (text.size() < 4 || text.size() > 500) continue;
      candidates.emplace_back(i, std::move(text));
    }
  }
  for (const auto& [i, text] : candidates) {
    if (!head_title.empty() && (Contains(head_title, text) || Contains(text, head_title))) {
      return {static_cast<int>(i), text};
    }
  }
  // Without <title> agreement, an h1 or a title-classed element still names an article; an h2
  // alone is too often a block heading, and on a list page the <title> is the better name.
  if (list_like) return {-1, ""};
  for (const auto& [i, text] : candidates) {
    if (tree.Tag(i) != "h2") return {static_cast<int>(i), text};
  }
  return {-1, ""};
}

std::string HeadTitle(const HtmlTree& tree) {
  const int t = tree.FindFirst("title");
  return t < 0 ? std::string() : tree.Text(static_cast<std::size_t>(t), 2048);
}

// Text outside furniture and lists, with the offsets where the title element starts and ends.
struct ContentText {
  std::string text;
  std::size_t after_title = std::string::npos;
  std::size_t title_begin = std::string::npos;  // where the title's own text begins
  std::vector<std::size_t> line_starts;  // offsets where a block element starts a new line
};

// The line of `content` holding offset `at`: [begin, end).
std::pair<std::size_t, std::size_t> LineAround(const ContentText& content, std::size_t at) {
  auto next = std::upper_bound(content.line_starts.begin(), content.line_starts.end(), at);
  const std::size_t end = next == content.line_starts.end() ? content.text.size() : *next;
  const std::size_t begin = next == content.line_starts.begin() ? 0 : *(next - 1);
  return {begin, end};
}

// True for a line that reads like an info bar (日期 来源 作者 …), not like prose: short and
// without sentence punctuation.
bool IsInfoLine(std::string_view line) {
  line = Trim(line);
  return line.size() <= 200 && !Contains(line, "。") && !Contains(line, "，") && !Contains(line, "；");
}

// The first date within `window` bytes after `from` that sits on an info line.
std::optional<Date> InfoLineDate(const ContentText& content, std::size_t from, std::size_t window) {
  const std::string_view text = content.text;
  const std::size_t limit = std::min(text.size(), from + window);
  std::size_t at = from;
  while (at < limit) {
    auto m = detail::FindAnyDate(text.substr(at, limit - at));
    if (!m) return std::nullopt;
    const std::size_t begin = at + m->begin;
    const auto [line_begin, line_end] = LineAround(content, begin);
    if (IsInfoLine(text.substr(line_begin, line_end - line_begin))) return m->date;
    at = std::max(at + m->end, line_end);
  }
  return std::nullopt;
}

// The date of a document's 落款: the last line after `from` that holds nothing but a date.
std::optional<Date> SignatureDate(const ContentText& content, std::size_t from) {
  const std::string_view text = content.text;
  for (std::size_t k = content.line_starts.size(); k-- > 0;) {
    const std::size_t begin = content.line_starts[k];
    if (begin < from) break;
    const std::size_t end = k + 1 < content.line_starts.size() ? content.line_starts[k + 1] : text.size();
    const std::string_view line = Trim(text.substr(begin, end - begin));
    if (line.empty() || line.size() > 40) continue;
    auto m = detail::FindAnyDate(line);
    if (m && line.size() <= m->end - m->begin + 6) return m->date;
  }
  return std::nullopt;
}

ContentText BuildContentText(const HtmlTree& tree, const std::vector<detail::ListBlock>& blocks, int title_element) {
  const int title_end = title_element >= 0 ? static_cast<int>(tree.Info(title_element).end) : -1;
  ContentText out;
  std::vector<std::pair<std::size_t, std::size_t>> list_ranges;
  for (const auto& b : blocks) list_ranges.emplace_back(b.container, tree.Info(b.container).end);
  for (std::size_t i = 0; i < tree.size(); ++i) {
    const std::uint32_t flags = tree.Info(i).flags;
    if ((flags & (detail::kSkipped | detail::kHidden | detail::kBoilerplate)) != 0 ||
        (tree.IsElement(i) && tree.Tag(i) == "head")) {
      i = tree.Info(i).end - 1;
      continue;
    }
    bool in_list = false;
    for (const auto& [b, e] : list_ranges) {
      if (i == b) {
        i = e - 1;
        in_list = true;
        break;
      }
    }
    if (in_list) continue;
    if (title_element >= 0 && i >= static_cast<std::size_t>(title_element) && out.title_begin == std::string::npos) {
      out.title_begin = out.text.size();
    }
    if (title_end >= 0 && i >= static_cast<std::size_t>(title_end) && out.after_title == std::string::npos) {
      out.after_title = out.text.size();
    }
    if (tree.IsElement(i)) {
      if (detail::IsBlockTag(tree.Tag(i))) {
        out.text.push_back(' ');
        if (out.line_starts.empty() || out.line_starts.back() != out.text.size()) out.line_starts.push_back(out.text.size());
      }
      continue;
    }
    out.text += tree.RawText(i);
  }
  return out;
}

// A labelled date in a small block after the title whose class names furniture
// (<div class="detail-foot">发布时间：… 来源：…</div>, "art-bottom"): templates that print the info
// bar after the body often class it so. The page footer, hidden blocks and lists do not count.
std::optional<Date> FurnitureInfoDate(const HtmlTree& tree, const std::vector<detail::ListBlock>& blocks,
                                      int title_element) {
  constexpr std::size_t kMaxInfoBarBytes = 300;
  if (title_element < 0) return std::nullopt;
  for (std::size_t i = tree.Info(static_cast<std::size_t>(title_element)).end; i < tree.size(); ++i) {
    const std::uint32_t flags = tree.Info(i).flags;
    if ((flags & (detail::kFooter | detail::kSkipped | detail::kHidden)) != 0) {
      i = tree.Info(i).end - 1;
      continue;
    }
    if (!tree.IsElement(i) || (flags & detail::kBoilerplate) == 0) continue;
    // The outermost furniture element only; its inside is read once.
    const std::size_t end = tree.Info(i).end;
    if (tree.Info(i).text_bytes <= kMaxInfoBarBytes && !InsideAny(tree, blocks, i)) {
      if (auto d = detail::FindLabelledDate(tree.Text(i, kMaxInfoBarBytes))) return d;
    }
    i = end - 1;
  }
  return std::nullopt;
}

std::optional<Date> DateFromMeta(const std::map<std::string, std::string>& meta) {
  for (std::string_view name : kDateMetaNames) {
    const std::string value = MetaValue(meta, name);
    if (!value.empty()) {
      if (auto d = ParseDateText(value)) return d;
    }
  }
  return std::nullopt;
}

// A list whose entries carry no dates (办事指南, 表格下载): the ul, ol or table with the most rows
// outside navigation whose rows, four or more, link (nearly all) to pages in the folder of the
// column's own URL. No items when there is none.
struct UndatedList {
  std::size_t container = 0;
  std::vector<ListItem> items;
};

UndatedList UndatedColumnList(const HtmlTree& tree, std::string_view base, std::string_view url) {
  constexpr std::size_t kMinEntries = 4;
  constexpr std::size_t kMaxRowNodes = 100;
  const std::string_view path = url.substr(0, url.find_first_of("?#"));
  const std::size_t scheme = path.find("://");
  const std::size_t root = scheme == std::string_view::npos ? std::string_view::npos : path.find('/', scheme + 3);
  const std::size_t slash = path.rfind('/');
  // A page in the site's root folder has no column folder to compare with.
  if (root == std::string_view::npos || slash <= root) return {};
  const std::string_view folder = path.substr(0, slash + 1);
  UndatedList best;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if ((tree.Info(i).flags & (detail::kSkipped | detail::kHidden | detail::kBoilerplate)) != 0) {
      i = tree.Info(i).end - 1;
      continue;
    }
    const std::string_view tag = tree.Tag(i);
    const bool rows_are_li = tag == "ul" || tag == "ol";
    if (!rows_are_li && tag != "table" && tag != "tbody") continue;
    std::vector<ListItem> items;
    std::set<std::string> seen;
    std::size_t entries = 0;
    for (std::size_t c = i + 1; c < tree.Info(i).end; c = tree.Info(c).end) {
      if (!tree.IsElement(c) || tree.Tag(c) != (rows_are_li ? "li" : "tr")) continue;
      ++entries;
      // A row is small; a bigger one is layout (and reading it would make nested tables quadratic).
      if (tree.Info(c).end - c > kMaxRowNodes) continue;
      const int a = tree.FindFirst("a", static_cast<int>(c));
      if (a < 0) continue;
      std::string link = ResolveUrl(base, tree.AttrView(static_cast<std::size_t>(a), "href"));
      if (!StartsWith(link, folder) || link.size() == folder.size() || link.back() == '/' ||
          std::string_view(link).substr(0, link.find('#')) == path) {
        continue;
      }
      ListItem item;
      item.url = std::move(link);
      item.title = tree.Text(static_cast<std::size_t>(a), 512);
      const std::string title_attr = detail::CollapseSpace(tree.AttrView(static_cast<std::size_t>(a), "title"));
      if (title_attr.size() > item.title.size()) item.title = title_attr;
      if (!item.title.empty() && seen.insert(item.url).second) items.push_back(std::move(item));
    }
    if (entries >= kMinEntries && items.size() * 10 >= entries * 8 && items.size() > best.items.size()) {
      best.container = i;
      best.items = std::move(items);
    }
  }
  return best;
}

void SortNewestFirst(std::vector<ListItem>& items) {
  std::stable_sort(items.begin(), items.end(), [](const ListItem& a, const ListItem& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    return a.date && b.date && *a.date > *b.date;
  });
}

}  // namespace

void PrepareExtractionThreads() { xmlInitParser(); }

PageFacts ExtractPage(std::string_view html, std::string_view url) {
  PageFacts f;
  f.url = std::string(url);
  const HtmlTree tree(html);
  if (tree.size() == 0) {
    f.publish_date = detail::DateFromUrl(url);
    return f;
  }
  const std::string base = detail::BaseUrlOf(tree, url);
  f.meta = detail::ExtractMeta(tree);
  f.links = detail::ExtractLinks(tree, base);
  {
    const std::string visible = detail::VisibleText(tree);
    f.identity = detail::ExtractIdentity(visible, f.links);
    if (!f.identity.has_party_badge) f.identity.has_party_badge = detail::ScriptWritesPartyBadge(tree);
    detail::CompleteIdentity(visible, f.identity);
    detail::CompleteIdentityFromMarkup(tree, f.identity);
  }

  // Lists: the main list is the biggest dated structure outside navigation and sidebars.
  const std::vector<detail::ListBlock> blocks = detail::FindListBlocks(tree, base);
  const detail::ListBlock* main_list = nullptr;
  for (const auto& b : blocks) {
    if (b.sidebar || b.footer) continue;
    if (main_list == nullptr || b.dated > main_list->dated) main_list = &b;
  }
  // 大汉 JCMS lists arrive as a data island that a script renders.
  std::vector<ListItem> datastore = detail::DatastoreItems(tree, base);
  if (main_list != nullptr && datastore.size() <= main_list->dated) datastore.clear();

  const std::string head_title = HeadTitle(tree);
  const auto [title_element, title_text] = FindTitle(tree, blocks, head_title, main_list != nullptr);
  f.title = MetaValue(f.meta, "articletitle");
  if (f.title.empty()) f.title = title_text;
  if (f.title.empty()) f.title = StripSiteSuffix(head_title);

  const ContentText content = BuildContentText(tree, blocks, title_element);
  std::size_t main_list_bytes = main_list != nullptr ? tree.Info(main_list->container).text_bytes : 0;
  if (!datastore.empty()) main_list_bytes = 0;
  const bool article_like = content.text.size() > std::max(kArticleBytes, main_list_bytes * 3 / 2);

  bool has_empty_marker = false;
  for (std::string_view m : kEmptyMarkers) has_empty_marker = has_empty_marker || Contains(content.text, m);

  const bool homepage = detail::IsHomepageUrl(url);
  if (homepage) {
    // A front page is read for all its dated item blocks (首页更新), and is not a column.
    std::set<std::string> seen;
    for (const auto& b : blocks) {
      if (b.footer) continue;
      for (const ListItem& it : b.items) {
        if (seen.insert(it.url).second) f.items.push_back(it);
      }
    }
    for (const ListItem& it : datastore) {
      if (seen.insert(it.url).second) f.items.push_back(it);
    }
  } else if (!datastore.empty() && !article_like) {
    f.is_list_page = true;
    std::set<std::string> seen;
    for (const ListItem& it : datastore) {
      if (seen.insert(it.url).second) f.items.push_back(it);
    }
  } else if (main_list != nullptr && !article_like) {
    f.is_list_page = true;
    std::set<std::string> seen;
    for (const ListItem& it : main_list->items) {
      if (seen.insert(it.url).second) f.items.push_back(it);
    }
  } else if (has_empty_marker && !article_like) {
    f.is_list_page = true;
  } else if (!article_like && !detail::FindLabelledDate(content.text)) {
    // The undated rows must be most of what the page says, on a page that dates nothing (发布时间
    // marks an article): a short article's 相关链接 are no column.
    UndatedList undated = UndatedColumnList(tree, base, url);
    if (!undated.items.empty() && tree.Info(undated.container).text_bytes * 2 >= content.text.size()) {
      f.is_list_page = true;
      f.items = std::move(undated.items);
    }
  }
  SortNewestFirst(f.items);
  f.empty_list = f.is_list_page && f.items.empty();
  if (f.is_list_page) f.pagination = detail::FindPagination(tree, base, url);

  // The page's own date.
  // The page's own date, most specific evidence first: the CMS's meta tag; a labelled date
  // (发布时间：…) near the title; the 信息公开目录 table above the title; an unlabelled date on
  // an info line under the title; a labelled date anywhere in the content; the document's 落款;
  // the URL. Dates in sidebars, lists and prose sentences do not count.
  f.publish_date = DateFromMeta(f.meta);
  const bool article = !f.is_list_page && !homepage;
  const std::size_t title_at = content.after_title != std::string::npos ? content.after_title : 0;
  if (!f.publish_date && article) {
    const std::string_view after = std::string_view(content.text).substr(title_at);
    f.publish_date = detail::FindLabelledDate(after.substr(0, 900));
    if (!f.publish_date && title_at > 0) {
      // 信息公开目录 pages put a metadata table (发布日期, 成文日期 …) above the title.
      const std::size_t from = title_at > 900 ? title_at - 900 : 0;
      f.publish_date = detail::FindLabelledDate(std::string_view(content.text).substr(from, title_at - from));
    }
    if (!f.publish_date) f.publish_date = InfoLineDate(content, title_at, 400);
  }
  if (!f.publish_date && !homepage) f.publish_date = detail::FindLabelledDate(content.text);
  if (!f.publish_date && article) f.publish_date = FurnitureInfoDate(tree, blocks, title_element);
  if (!f.publish_date && article && content.title_begin != std::string::npos && content.title_begin > 0) {
    // A date line printed just above the title.
    const std::size_t title_begin = content.title_begin;
    const auto line = LineAround(content, title_begin - 1);
    const std::size_t begin = std::max(title_begin > 200 ? title_begin - 200 : 0, line.first);
    const std::string_view above = std::string_view(content.text).substr(begin, title_begin - begin);
    if (IsInfoLine(above)) {
      if (auto m = detail::FindAnyDate(above)) f.publish_date = m->date;
    }
  }
  // A date the info bar's inline script prints (document.write, var pubDate = …).
  if (!f.publish_date && article) f.publish_date = detail::FindScriptDate(tree);
  if (!f.publish_date && article) f.publish_date = SignatureDate(content, title_at);
  if (!f.publish_date && article) f.publish_date = detail::DateFromUrl(url);

  std::vector<std::size_t> excluded;
  if (!homepage) {
    for (const auto& b : blocks) {
      if (b.sidebar && &b != main_list) excluded.push_back(b.block_root);
    }
  }
  f.blocks = detail::ExtractBlocks(tree, f.title, excluded);
  for (const TextBlock& b : f.blocks) {
    if (!f.main_text.empty()) f.main_text.push_back('\n');
    // A table cell carries its column header as a field label ("姓名：张三"), so that the text
    // checks find names and addresses in 公示 tables by their column. Headers are often spaced
    // out for layout (姓　名, 姓&nbsp;名): the label is the text alone.
    if (b.kind == BlockKind::kTableCell && !b.header.empty()) {
      f.main_text += ReplaceAll(ReplaceAll(ReplaceAll(b.header, "\u3000", ""), "\u00A0", ""), " ", "");
      f.main_text += "：";
    }
    f.main_text += b.text;
  }

  f.column_type = detail::GuessColumnType(f.meta, url, f.is_list_page ? std::string_view(f.title) : std::string_view());
  if (!f.column_type && f.is_list_page) f.column_type = detail::ColumnTypeFromTitle(head_title);
  if (!f.column_type && !homepage) f.column_type = detail::ColumnTypeFromBreadcrumb(tree);
  f.has_search = detail::HasSearchForm(tree);
  f.validity = detail::ValidityMark(content.text);
  const bool interpretation_page = Contains(f.title, "解读") || Contains(f.title, "图解") ||
                                   Contains(f.title, "一图读懂") || Contains(f.title, "答记者问");
  if (!f.is_list_page && !homepage) {
    detail::PolicyLinks pairs = detail::FindPolicyLinks(tree, base, url, interpretation_page);
    f.interpretation_urls = std::move(pairs.interpretation_urls);
    f.policy_urls = std::move(pairs.policy_urls);
  }
  std::set<std::string> hidden_seen;
  for (const ExtractedLink& l : f.links) {
    if (l.hidden && hidden_seen.insert(l.url).second) f.hidden_links.push_back(l.url);
  }
  return f;
}

}  // namespace govwatch::extract
