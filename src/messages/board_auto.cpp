#include "messages/board_auto.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "extract/html_tree.hpp"
#include "extract/link_extractor.hpp"
#include "extract/page_extractor.hpp"
#include "media/loose_time.hpp"

namespace govwatch::messages {

namespace {

using extract::detail::HtmlTree;

struct Label {
  std::string_view text;
  BoardField field;
};

// The labels boards print before a value, longest first where one contains another. kNone
// labels name no field of a message; they only end the value before them.
constexpr std::array kLabels = {
    Label{"信件编号", BoardField::kId},       Label{"留言编号", BoardField::kId},
    Label{"工单编号", BoardField::kId},       Label{"受理编号", BoardField::kId},
    Label{"诉求编号", BoardField::kId},       Label{"编号", BoardField::kId},
    Label{"信件标题", BoardField::kTitle},    Label{"留言标题", BoardField::kTitle},
    Label{"信件主题", BoardField::kTitle},    Label{"留言主题", BoardField::kTitle},
    Label{"诉求标题", BoardField::kTitle},    Label{"来信标题", BoardField::kTitle},
    Label{"标题", BoardField::kTitle},        Label{"主题", BoardField::kTitle},
    Label{"留言时间", BoardField::kReceived}, Label{"来信时间", BoardField::kReceived},
    Label{"提问时间", BoardField::kReceived}, Label{"受理时间", BoardField::kReceived},
    Label{"写信时间", BoardField::kReceived}, Label{"提交时间", BoardField::kReceived},
    Label{"诉求时间", BoardField::kReceived}, Label{"咨询时间", BoardField::kReceived},
    Label{"投诉时间", BoardField::kReceived}, Label{"反映时间", BoardField::kReceived},
    Label{"来信日期", BoardField::kReceived}, Label{"留言日期", BoardField::kReceived},
    Label{"提问日期", BoardField::kReceived}, Label{"回复时间", BoardField::kReplied},
    Label{"答复时间", BoardField::kReplied},  Label{"办结时间", BoardField::kReplied},
    Label{"回复日期", BoardField::kReplied},  Label{"答复日期", BoardField::kReplied},
    Label{"办结日期", BoardField::kReplied},  Label{"反馈时间", BoardField::kReplied},
    Label{"办理状态", BoardField::kStatus},   Label{"处理状态", BoardField::kStatus},
    Label{"回复状态", BoardField::kStatus},   Label{"答复状态", BoardField::kStatus},
    Label{"状态", BoardField::kStatus},       Label{"留言类型", BoardField::kKind},
    Label{"诉求类型", BoardField::kKind},     Label{"信件类型", BoardField::kKind},
    Label{"来信类型", BoardField::kKind},     Label{"类型", BoardField::kKind},
    Label{"受理单位", BoardField::kUnit},     Label{"办理单位", BoardField::kUnit},
    Label{"答复单位", BoardField::kUnit},     Label{"回复单位", BoardField::kUnit},
    Label{"承办单位", BoardField::kUnit},     Label{"处理单位", BoardField::kUnit},
    Label{"受理部门", BoardField::kUnit},     Label{"办理部门", BoardField::kUnit},
    Label{"答复部门", BoardField::kUnit},     Label{"回复部门", BoardField::kUnit},
    Label{"承办部门", BoardField::kUnit},     Label{"处理部门", BoardField::kUnit},
    Label{"回复机构", BoardField::kUnit},     Label{"答复机构", BoardField::kUnit},
    Label{"来信人", BoardField::kNone},       Label{"留言人", BoardField::kNone},
    Label{"写信人", BoardField::kNone},       Label{"提问人", BoardField::kNone},
    Label{"来信内容", BoardField::kNone},     Label{"留言内容", BoardField::kNone},
    Label{"信件内容", BoardField::kNone},     Label{"诉求内容", BoardField::kNone},
    Label{"回复内容", BoardField::kNone},     Label{"答复内容", BoardField::kNone},
    Label{"办理结果", BoardField::kNone},     Label{"处理结果", BoardField::kNone},
    Label{"办理情况", BoardField::kNone},     Label{"满意度", BoardField::kNone},
    Label{"留言对象", BoardField::kNone},     Label{"联系电话", BoardField::kNone},
};

bool IsSpace(char c) { return c == ' '; }

// Where `label` ends when `text` spells it at `pos`, spaces between its characters allowed
// ("留 言 人", "标  题" are padded to the width of their neighbours); npos when it does not.
std::size_t SpelledAt(std::string_view text, std::size_t pos, std::string_view label) {
  std::size_t t = pos;
  for (std::size_t l = 0; l < label.size();) {
    if (l > 0) {
      while (t < text.size() && IsSpace(text[t])) ++t;
    }
    char32_t c = 0;
    const std::size_t n = std::max<std::size_t>(1, DecodeUtf8At(label, l, c));
    if (text.compare(t, n, label.substr(l, n)) != 0) return std::string_view::npos;
    t += n;
    l += n;
  }
  return t;
}

// The label starting at `pos` of `text` and where its value starts, when the text there reads as
// a label: followed by a colon, or standing alone between spaces (a table cell).
std::optional<std::pair<const Label*, std::size_t>> LabelAt(std::string_view text, std::size_t pos) {
  // Most characters start no label: one look at the first characters of all of them.
  static const std::u32string kFirst = [] {
    std::u32string first;
    for (const Label& label : kLabels) {
      char32_t c = 0;
      DecodeUtf8At(label.text, 0, c);
      if (first.find(c) == std::u32string::npos) first.push_back(c);
    }
    return first;
  }();
  char32_t c = 0;
  if (DecodeUtf8At(text, pos, c) == 0 || kFirst.find(c) == std::u32string::npos) return std::nullopt;
  for (const Label& label : kLabels) {
    const std::size_t end = SpelledAt(text, pos, label.text);
    if (end == std::string_view::npos) continue;
    std::size_t after = end;
    while (after < text.size() && IsSpace(text[after])) ++after;
    if (StartsWith(text.substr(after), "：")) return std::pair{&label, after + 3};
    if (after < text.size() && text[after] == ':') return std::pair{&label, after + 1};
    const bool alone_before = pos == 0 || IsSpace(text[pos - 1]);
    const bool alone_after = end == text.size() || IsSpace(text[end]);
    if (alone_before && alone_after) return std::pair{&label, after};
  }
  return std::nullopt;
}

// The first word of a value (a unit, a status, an id: no spaces inside).
std::string FirstWord(std::string_view value) {
  value = Trim(value);
  return std::string(value.substr(0, value.find(' ')));
}

// The date of a time value and its time of day when one follows ("2024-03-07 09:30 已回复" →
// "2024-03-07 09:30"); "" when the value does not start with a date ("回复时间： 正在办理").
std::string TimeWords(std::string_view value) {
  value = Trim(value);
  if (value.empty() || value[0] < '0' || value[0] > '9') return "";
  const std::size_t first = value.find(' ');
  if (first == std::string_view::npos) return std::string(value);
  const std::size_t second = value.find(' ', first + 1);
  const bool clock = first + 1 < value.size() && value[first + 1] >= '0' && value[first + 1] <= '9';
  return std::string(value.substr(0, clock ? second : first));
}

// Text of a subtree with a space at each element boundary (inline formatting aside), so that
// "<span>回复单位：</span><span>回复时间：…</span>" keeps its labels apart. Stops after about
// `max_bytes`.
std::string SeparatedText(const HtmlTree& tree, std::size_t i, std::size_t max_bytes = 64 * 1024) {
  static constexpr std::array<std::string_view, 7> kInline = {"font", "b", "strong", "em", "u", "sup", "sub"};
  std::string raw;
  for (std::size_t j = i; j < tree.Info(i).end && raw.size() < max_bytes; ++j) {
    if ((tree.Info(j).flags & (extract::detail::kSkipped | extract::detail::kHidden)) != 0) {
      j = tree.Info(j).end - 1;
      continue;
    }
    if (tree.IsElement(j)) {
      if (j != i && std::find(kInline.begin(), kInline.end(), tree.Tag(j)) == kInline.end()) raw.push_back(' ');
      continue;
    }
    raw += tree.RawText(j);
  }
  return extract::detail::CollapseSpace(raw);
}

// Element children of `i` that show something (for a row: its cells).
std::vector<std::size_t> Cells(const HtmlTree& tree, std::size_t i) {
  std::vector<std::size_t> out;
  const bool row = tree.Tag(i) == "tr";
  for (std::size_t j = i + 1; j < tree.Info(i).end; j = tree.Info(j).end) {
    if (!tree.IsElement(j) || (tree.Info(j).flags & (extract::detail::kSkipped | extract::detail::kHidden)) != 0) {
      continue;
    }
    if (row && tree.Tag(j) != "td" && tree.Tag(j) != "th") continue;
    out.push_back(j);
  }
  return out;
}

// The first link of a subtree with readable text: its index, or -1.
int FirstLink(const HtmlTree& tree, std::size_t i) {
  for (std::size_t j = i; j < tree.Info(i).end; ++j) {
    if (tree.IsElement(j) && tree.Tag(j) == "a" && !tree.AttrView(j, "href").empty() &&
        CodePointCount(tree.Text(j, 256)) >= 2) {
      return static_cast<int>(j);
    }
  }
  return -1;
}

// Title and link of a row from its first link (the title attribute when the text is cut short).
void ReadLink(const HtmlTree& tree, std::size_t scope, const std::string& base, BoardRow& row) {
  const int a = FirstLink(tree, scope);
  if (a < 0) return;
  row.link = extract::ResolveUrl(base, tree.AttrView(a, "href"));
  if (!row.title.empty()) return;
  row.title = tree.Text(a);
  const std::string full = extract::detail::CollapseSpace(tree.AttrView(a, "title"));
  if (!full.empty() && (EndsWith(row.title, "...") || EndsWith(row.title, "…"))) row.title = full;
}


// Sets each field the labelled values name and `row` leaves empty (the first value of a field).
void FillFromLabels(const std::vector<LabelledValue>& values, BoardRow& row) {
  std::array<bool, 8> seen{};
  for (const LabelledValue& v : values) {
    if (v.field == BoardField::kReplied || v.field == BoardField::kStatus) row.reply_shown = true;
    auto& done = seen[static_cast<std::size_t>(v.field)];
    std::string* out = FieldOf(row, v.field);
    if (done || out == nullptr) continue;
    done = true;
    if (!out->empty()) continue;
    const bool one_word = v.field == BoardField::kId || v.field == BoardField::kStatus ||
                          v.field == BoardField::kKind || v.field == BoardField::kUnit;
    const bool time = v.field == BoardField::kReceived || v.field == BoardField::kReplied;
    *out = one_word ? FirstWord(v.value) : time ? TimeWords(v.value) : v.value;
  }
}

// A short element of `scope` whose whole text is a 办理状态 ("已回复", "正在办理"), for items
// that show their state as a badge without a label.
std::string StatusBadge(const HtmlTree& tree, std::size_t scope) {
  for (std::size_t j = scope + 1; j < tree.Info(scope).end; ++j) {
    if (!tree.IsElement(j) || tree.Info(j).text_bytes == 0 || tree.Info(j).text_bytes > 18) continue;
    std::string text = tree.Text(j);
    if (model::ParseMessageStatus(text) != model::MessageStatus::kUnknown) return text;
  }
  return "";
}

// A title that starts with its status in brackets ("【已回复】…", "[办理中]…") loses it to the
// status, unless the row has one.
void SplitStatusPrefix(BoardRow& row) {
  for (auto [open, close] : {std::pair{std::string_view("【"), std::string_view("】")}, std::pair{std::string_view("["), std::string_view("]")}}) {
    if (!StartsWith(row.title, open)) continue;
    const std::size_t end = row.title.find(close, open.size());
    if (end == std::string::npos) continue;
    const std::string status = row.title.substr(open.size(), end - open.size());
    if (model::ParseMessageStatus(status) == model::MessageStatus::kUnknown) continue;
    if (row.status_text.empty()) row.status_text = status;
    row.reply_shown = true;
    row.title = std::string(Trim(std::string_view(row.title).substr(end + close.size())));
    return;
  }
}

// The rows under the header row `header`.
std::vector<std::size_t> RowsUnder(const HtmlTree& tree, std::size_t header) {
  std::vector<std::size_t> rows;
  const std::size_t width = Cells(tree, header).size();
  // A row has the header's cells and a time under the header's first time column (pagers and
  // "暂无信件" lines do not).
  const std::vector<std::size_t> header_cells = Cells(tree, header);
  std::size_t time_column = 0;
  while (time_column < header_cells.size() && HeaderField(tree.Text(header_cells[time_column], 64)) != BoardField::kReceived &&
         HeaderField(tree.Text(header_cells[time_column], 64)) != BoardField::kReplied) {
    ++time_column;
  }
  auto take = [&](std::size_t r) {
    const std::vector<std::size_t> cells = Cells(tree, r);
    if (cells.size() == width && time_column < width && FindBoardTime(tree.Text(cells[time_column], 200))) {
      rows.push_back(r);
    }
  };
  if (tree.Tag(header) == "tr") {
    // Every later row of the same table (thead and tbody alike), not those of nested tables.
    int table = tree.Info(header).parent;
    while (table >= 0 && tree.Tag(table) != "table") table = tree.Info(table).parent;
    if (table < 0) return rows;
    for (std::size_t j = tree.Info(header).end; j < tree.Info(table).end; ++j) {
      if (!tree.IsElement(j) || tree.Tag(j) != "tr") continue;
      int owner = tree.Info(j).parent;
      while (owner >= 0 && tree.Tag(owner) != "table") owner = tree.Info(owner).parent;
      if (owner == table) take(j);
    }
    return rows;
  }
  // Later siblings of the same tag (a grid of divs) …
  const int parent = tree.Info(header).parent;
  if (parent < 0) return rows;
  std::optional<std::size_t> next_sibling;
  for (std::size_t j = tree.Info(header).end; j < tree.Info(parent).end; j = tree.Info(j).end) {
    if (!tree.IsElement(j)) continue;
    if (!next_sibling) next_sibling = j;
    if (tree.Tag(j) == tree.Tag(header)) take(j);
  }
  // … or the items of the list right after the header (a head line of spans over a ul).
  if (rows.empty() && next_sibling) {
    for (std::size_t item : Cells(tree, *next_sibling)) take(item);
  }
  return rows;
}

// Header rows: two or more short cells naming fields, one of them a time.
struct Header {
  std::size_t element = 0;
  std::vector<BoardField> fields;  // by cell
};

std::optional<Header> HeaderAt(const HtmlTree& tree, std::size_t i) {
  if (tree.Info(i).text_bytes > 160) return std::nullopt;
  const std::vector<std::size_t> cells = Cells(tree, i);
  if (cells.size() < 2) return std::nullopt;
  Header h{i, {}};
  bool time = false;
  int named = 0;
  for (std::size_t c : cells) {
    // "回复单位：" ends in a colon: a label whose value is empty, not a column header.
    const std::string text = tree.Text(c, 64);
    if (EndsWith(text, "：") || EndsWith(text, ":")) return std::nullopt;
    const BoardField f = HeaderField(text);
    time = time || f == BoardField::kReceived || f == BoardField::kReplied;
    named += f != BoardField::kNone ? 1 : 0;
    h.fields.push_back(f);
  }
  if (!time || named < 2) return std::nullopt;
  return h;
}

BoardRow RowFromCells(const HtmlTree& tree, const Header& h, std::size_t r, const std::string& base) {
  BoardRow row;
  const std::vector<std::size_t> cells = Cells(tree, r);
  int title_cell = -1;
  for (std::size_t k = 0; k < cells.size() && k < h.fields.size(); ++k) {
    // A reply-time or status column shows the state, an empty cell under it too.
    if (h.fields[k] == BoardField::kReplied || h.fields[k] == BoardField::kStatus) row.reply_shown = true;
    if (h.fields[k] == BoardField::kTitle) {
      title_cell = static_cast<int>(cells[k]);
      continue;
    }
    if (std::string* out = FieldOf(row, h.fields[k]); out != nullptr && out->empty()) *out = tree.Text(cells[k]);
  }
  if (title_cell >= 0) {
    ReadLink(tree, static_cast<std::size_t>(title_cell), base, row);
    if (row.title.empty()) row.title = tree.Text(static_cast<std::size_t>(title_cell));
  }
  if (row.link.empty()) ReadLink(tree, r, base, row);
  return row;
}

// Items that each hold one labelled 留言时间: the largest ancestor of the label holding no other.
std::vector<std::size_t> LabelledItems(const HtmlTree& tree) {
  std::vector<std::size_t> anchors;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree.IsElement(i) || (tree.Info(i).flags & (extract::detail::kSkipped | extract::detail::kHidden)) != 0) {
      continue;
    }
    // Every 留言时间 label names a 时间 or a 日期.
    const std::string_view raw = tree.RawText(i);
    if (!Contains(raw, "时间") && !Contains(raw, "日期")) continue;
    for (const LabelledValue& v : FindLabelledValues(extract::detail::CollapseSpace(raw))) {
      if (v.field == BoardField::kReceived) {
        anchors.push_back(i);
        break;
      }
    }
  }
  std::vector<std::size_t> items;
  for (std::size_t a : anchors) {
    int item = tree.Info(a).parent;
    while (item >= 0) {
      const int up = tree.Info(item).parent;
      if (up < 0) break;
      // Anchors are in document order: those inside `up` are one run.
      const auto first = std::lower_bound(anchors.begin(), anchors.end(), static_cast<std::size_t>(up));
      const auto last = std::lower_bound(first, anchors.end(), tree.Info(static_cast<std::size_t>(up)).end);
      if (last - first > 1) break;
      item = up;
    }
    if (item >= 0 && (items.empty() || items.back() != static_cast<std::size_t>(item))) {
      items.push_back(static_cast<std::size_t>(item));
    }
  }
  // A lone labelled block is a detail page, not a list.
  if (items.size() < 2) items.clear();
  return items;
}

// The 下一页 link of a list page, resolved; "" when there is none or it cannot be followed.
std::string NextPage(const HtmlTree& tree, const std::string& base) {
  static constexpr std::array<std::string_view, 6> kNext = {"下一页", "下页", "下一頁", "后页", "后一页", "下一页>>"};
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "a" || tree.Info(i).text_bytes > 24) continue;
    std::string text = ReplaceAll(tree.Text(i), " ", "");
    for (std::string_view deco : {">", "<", "»", "›", "〉", "&gt;", "[", "]", "【", "】"}) text = ReplaceAll(text, deco, "");
    if (std::find(kNext.begin(), kNext.end(), text) == kNext.end()) continue;
    const std::string href = extract::ResolveUrl(base, tree.AttrView(i, "href"));
    if (!href.empty()) return href;
  }
  return "";
}

// The heading of a detail page: the first h1–h4 outside navigation that reads as a title, else
// the first part of <title>.
std::string DetailTitle(const HtmlTree& tree) {
  for (std::size_t i = 0; i < tree.size(); ++i) {
    const std::string_view tag = tree.Tag(i);
    if (tag.size() != 2 || tag[0] != 'h' || tag[1] < '1' || tag[1] > '4') continue;
    if ((tree.Info(i).flags & (extract::detail::kBoilerplate | extract::detail::kHidden)) != 0) continue;
    const std::string text = tree.Text(i, 400);
    if (CodePointCount(text) < 4 || Contains(text, "详情") || Contains(text, "信息")) continue;
    return text;
  }
  const int title = tree.FindFirst("title");
  if (title < 0) return "";
  std::string text = tree.Text(static_cast<std::size_t>(title), 400);
  for (std::string_view sep : {"——", "_", " - ", "－", "|", "-"}) {
    if (auto pos = text.find(sep); pos != std::string::npos && pos > 0) text = std::string(Trim(text.substr(0, pos)));
  }
  return text;
}

// True when `text` reads as a date and time of day (not a bare date).
bool HasTimeOfDay(std::string_view text) {
  const auto t = FindBoardTime(text);
  return t && t->has_time;
}

}  // namespace

std::string* FieldOf(BoardRow& row, BoardField field) {
  switch (field) {
    case BoardField::kId: return &row.id;
    case BoardField::kTitle: return &row.title;
    case BoardField::kReceived: return &row.received_text;
    case BoardField::kReplied: return &row.replied_text;
    case BoardField::kStatus: return &row.status_text;
    case BoardField::kKind: return &row.kind_text;
    case BoardField::kUnit: return &row.unit_text;
    case BoardField::kNone: break;
  }
  return nullptr;
}

BoardField HeaderField(std::string_view header) {
  std::string h = ReplaceAll(ReplaceAll(header, " ", ""), "：", "");
  h = ReplaceAll(h, ":", "");
  if (h.empty() || CodePointCount(h) > 8) return BoardField::kNone;
  // Over a column, 办理情况 / 回复情况 hold a status word (in a detail page, the reply's text).
  if (EndsWith(h, "情况") && (StartsWith(h, "办理") || StartsWith(h, "处理") || StartsWith(h, "回复") || StartsWith(h, "答复"))) {
    return BoardField::kStatus;
  }
  for (const Label& label : kLabels) {
    if (h == label.text) return label.field;
  }
  if (Contains(h, "单位") || Contains(h, "部门") || Contains(h, "机构")) return BoardField::kUnit;
  if (Contains(h, "状态")) return BoardField::kStatus;
  const bool time = Contains(h, "时间") || Contains(h, "日期");
  if (time && (Contains(h, "回复") || Contains(h, "答复") || Contains(h, "办结") || Contains(h, "反馈"))) {
    return BoardField::kReplied;
  }
  if (time) return BoardField::kReceived;
  if (Contains(h, "编号")) return BoardField::kId;
  if (Contains(h, "标题") || Contains(h, "主题")) return BoardField::kTitle;
  if (Contains(h, "类型") || Contains(h, "类别")) return BoardField::kKind;
  return BoardField::kNone;
}

std::vector<LabelledValue> FindLabelledValues(std::string_view text) {
  struct Hit {
    const Label* label;
    std::size_t begin;
    std::size_t value;
  };
  std::vector<Hit> hits;
  for (std::size_t pos = 0; pos < text.size();) {
    if (auto at = LabelAt(text, pos)) {
      hits.push_back(Hit{at->first, pos, at->second});
      pos = at->second;
      continue;
    }
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  std::vector<LabelledValue> out;
  for (std::size_t k = 0; k < hits.size(); ++k) {
    if (hits[k].label->field == BoardField::kNone) continue;
    const std::size_t end = k + 1 < hits.size() ? hits[k + 1].begin : text.size();
    out.push_back(LabelledValue{hits[k].label->field, std::string(Trim(text.substr(hits[k].value, end - hits[k].value)))});
  }
  return out;
}

BoardListPage FindBoardRows(std::string_view html, const std::string& url) {
  const HtmlTree tree(html);
  const std::string base = extract::detail::BaseUrlOf(tree, url);
  BoardListPage page;
  page.next_url = NextPage(tree, base);
  // 1. Tables and grids under a header row. A header with no rows under it is an empty board.
  bool header_found = false;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || (tree.Info(i).flags & extract::detail::kSkipped) != 0) continue;
    const std::optional<Header> h = HeaderAt(tree, i);
    if (!h) continue;
    header_found = true;
    std::size_t last = i;
    for (std::size_t r : RowsUnder(tree, i)) {
      BoardRow row = RowFromCells(tree, *h, r, base);
      SplitStatusPrefix(row);
      if (!row.title.empty() || !row.received_text.empty()) page.rows.push_back(std::move(row));
      last = r;
    }
    i = tree.Info(last).end - 1;  // the rows read are no headers
  }
  if (header_found) return page;
  // 2. Repeated items or cards with labelled fields.
  for (std::size_t item : LabelledItems(tree)) {
    BoardRow row;
    FillFromLabels(FindLabelledValues(SeparatedText(tree, item)), row);
    ReadLink(tree, item, base, row);
    SplitStatusPrefix(row);
    if (row.status_text.empty()) row.status_text = StatusBadge(tree, item);
    row.reply_shown = row.reply_shown || !row.status_text.empty();
    page.rows.push_back(std::move(row));
  }
  if (!page.rows.empty()) return page;
  // 3. The page's main dated list: a title and a date per entry.
  for (const extract::ListItem& item : extract::ExtractPage(html, url).items) {
    if (!item.date) continue;
    BoardRow row;
    row.title = item.title;
    row.link = item.url;
    row.received_text = FormatDate(*item.date);
    SplitStatusPrefix(row);
    page.rows.push_back(std::move(row));
  }
  return page;
}

void FindBoardDetail(std::string_view html, const std::string& url, BoardRow& row) {
  (void)url;
  const HtmlTree tree(html);
  if (tree.size() == 0) return;  // nothing parsed: an empty or markup-free body
  const int body = tree.FindFirst("body");
  BoardRow found;
  FillFromLabels(FindLabelledValues(SeparatedText(tree, body < 0 ? 0 : static_cast<std::size_t>(body), 256 * 1024)),
                 found);
  if (found.title.empty()) found.title = DetailTitle(tree);
  row.reply_shown = row.reply_shown || found.reply_shown;
  for (BoardField field : kBoardFields) {
    std::string& have = *FieldOf(row, field);
    const std::string& detail = *FieldOf(found, field);
    if (detail.empty()) continue;
    const bool more_precise = (field == BoardField::kReceived || field == BoardField::kReplied) &&
                              HasTimeOfDay(detail) && !HasTimeOfDay(have);
    if (have.empty() || more_precise) have = detail;
  }
}

}  // namespace govwatch::messages
