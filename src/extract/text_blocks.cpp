#include "extract/text_blocks.hpp"

#include <map>
#include <set>

#include "common/strings.hpp"

namespace govwatch::extract::detail {
namespace {

constexpr std::size_t kMaxHeaderBytes = 60;

BlockKind KindOf(std::string_view tag) {
  if (tag == "h1" || tag == "h2" || tag == "h3") return BlockKind::kTitle;
  if (tag == "li" || tag == "dt" || tag == "dd") return BlockKind::kListItem;
  if (tag == "td" || tag == "th") return BlockKind::kTableCell;
  return BlockKind::kParagraph;
}

// The nearest ancestor with `tag` within a few levels (a cell's table is close; a bounded climb
// keeps pathological nesting linear).
int NearestAncestor(const HtmlTree& tree, std::size_t i, std::string_view tag) {
  int levels = 0;
  for (int p = tree.Info(i).parent; p >= 0 && levels < 64; p = tree.Info(p).parent, ++levels) {
    if (tree.Tag(static_cast<std::size_t>(p)) == tag) return p;
  }
  return -1;
}

// Cells of a row: the td/th children of `row`, in order.
std::vector<std::size_t> CellsOf(const HtmlTree& tree, std::size_t row) {
  std::vector<std::size_t> cells;
  for (std::size_t j = row + 1; j < tree.Info(row).end; j = tree.Info(j).end) {
    if (tree.Tag(j) == "td" || tree.Tag(j) == "th") cells.push_back(j);
  }
  return cells;
}

class BlockBuilder {
 public:
  BlockBuilder(const HtmlTree& tree, const std::vector<std::size_t>& excluded) : tree_(tree) {
    for (std::size_t e : excluded) excluded_.insert(e);
  }

  void Run() {
    std::vector<std::size_t> open;  // open block elements, innermost last
    for (std::size_t i = 0; i < tree_.size(); ++i) {
      while (!open.empty() && tree_.Info(open.back()).end <= i) {
        Flush();
        open.pop_back();
        if (!open.empty()) Begin(open.back());
      }
      if ((tree_.Info(i).flags & (kSkipped | kHidden | kBoilerplate)) != 0 || excluded_.count(i) != 0) {
        i = tree_.Info(i).end - 1;
        continue;
      }
      if (tree_.IsElement(i)) {
        const std::string_view tag = tree_.Tag(i);
        if (tag == "br" || tag == "hr") {
          Flush();
          continue;
        }
        if (IsBlockTag(tag) && tag != "title") {
          Flush();
          open.push_back(i);
          Begin(i);
        }
        if (tag == "title" || tag == "head") i = tree_.Info(i).end - 1;
        continue;
      }
      buffer_ += tree_.RawText(i);
    }
    Flush();
  }

  std::vector<TextBlock> Take() { return std::move(blocks_); }

 private:
  void Begin(std::size_t element) {
    const std::string_view tag = tree_.Tag(element);
    kind_ = KindOf(tag);
    header_.clear();
    if (kind_ == BlockKind::kTableCell) header_ = HeaderFor(element);
  }

  std::string HeaderFor(std::size_t cell) {
    const int row = tree_.Info(cell).parent;
    const int table = NearestAncestor(tree_, cell, "table");
    if (row < 0 || table < 0) return "";
    // Key-value tables (信息公开目录 metadata: 索引号 | … | 发布日期 | …) label a cell with the
    // th just before it in the same row.
    const std::vector<std::size_t> row_cells = CellsOf(tree_, static_cast<std::size_t>(row));
    for (std::size_t k = 1; k < row_cells.size(); ++k) {
      if (row_cells[k] == cell && tree_.Tag(row_cells[k - 1]) == "th" && tree_.Tag(cell) == "td") {
        std::string name = tree_.Text(row_cells[k - 1], kMaxHeaderBytes * 2);
        return name.size() <= kMaxHeaderBytes ? name : "";
      }
    }
    const int first_row = tree_.FindFirst("tr", table);
    if (first_row < 0 || first_row == row) return "";
    // A one-cell first row is a caption (the list's title spanning the table, 2024年医疗救助对象名单)
    // or a layout table: the header is then the row below it.
    int header_row = first_row;
    if (CellsOf(tree_, static_cast<std::size_t>(first_row)).size() < 2) {
      header_row = -1;
      for (std::size_t j = tree_.Info(static_cast<std::size_t>(first_row)).end;
           j < tree_.Info(static_cast<std::size_t>(table)).end; ++j) {
        if (tree_.Tag(j) == "tr" && NearestAncestor(tree_, j, "table") == table) {
          header_row = static_cast<int>(j);
          break;
        }
      }
      if (header_row < 0 || header_row == row) return "";
    }
    auto cached = grids_.find(static_cast<std::size_t>(table));
    if (cached == grids_.end()) {
      cached = grids_.emplace(static_cast<std::size_t>(table), BuildGrid(static_cast<std::size_t>(table),
                                                                         static_cast<std::size_t>(header_row)))
                   .first;
    }
    const TableGrid& grid = cached->second;
    const auto at = grid.column_of.find(cell);
    if (at == grid.column_of.end() || at->second >= grid.names.size()) return "";
    return grid.names[at->second];
  }

  // The grid column of every cell of a table (colspan and rowspan counted, as browsers lay them
  // out), and the header name of every column: the header row's cell over it, or, under a header
  // cell spanning columns (家庭成员情况 over 姓名 | 关系 | 身份证号), the sub-header of the next row.
  struct TableGrid {
    std::map<std::size_t, std::size_t> column_of;
    std::vector<std::string> names;
  };

  std::size_t SpanOf(std::size_t cell, const char* attribute, std::size_t limit) const {
    const std::string value = tree_.Attr(cell, attribute);
    std::size_t n = 0;
    for (char c : Trim(std::string_view(value))) {
      if (c < '0' || c > '9') break;
      n = std::min(limit, n * 10 + static_cast<std::size_t>(c - '0'));
    }
    return n == 0 ? 1 : n;
  }

  TableGrid BuildGrid(std::size_t table, std::size_t header_row) const {
    constexpr std::size_t kMaxColumns = 256;
    constexpr std::size_t kMaxRowSpan = 1000;
    TableGrid grid;
    // The rows of this table, not of the tables nested in its cells: children, or children of
    // thead / tbody / tfoot (each subtree is stepped over, so nesting costs nothing).
    std::vector<std::size_t> rows;
    for (std::size_t j = table + 1; j < tree_.Info(table).end; j = tree_.Info(j).end) {
      const std::string_view tag = tree_.Tag(j);
      if (tag == "tr") rows.push_back(j);
      if (tag != "thead" && tag != "tbody" && tag != "tfoot") continue;
      for (std::size_t k = j + 1; k < tree_.Info(j).end; k = tree_.Info(k).end) {
        if (tree_.Tag(k) == "tr") rows.push_back(k);
      }
    }
    std::vector<std::size_t> covered;  // rows still covered by a rowspan above, per column
    std::vector<bool> spanned;         // columns under a header cell spanning several
    std::size_t header_at = rows.size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (rows[r] == header_row) header_at = r;
      std::size_t column = 0;
      for (std::size_t cell : CellsOf(tree_, rows[r])) {
        while (column < covered.size() && covered[column] > 0) ++column;
        if (column >= kMaxColumns) break;
        grid.column_of[cell] = column;
        const std::size_t width = std::min(SpanOf(cell, "colspan", kMaxColumns), kMaxColumns - column);
        const std::size_t height = SpanOf(cell, "rowspan", kMaxRowSpan);
        if (covered.size() < column + width) covered.resize(column + width, 0);
        const bool names_row = r == header_at || (header_at < rows.size() && r == header_at + 1);
        if (names_row) {
          if (grid.names.size() < column + width) grid.names.resize(column + width);
          if (spanned.size() < column + width) spanned.resize(column + width, false);
          std::string name = tree_.Text(cell, kMaxHeaderBytes * 2);
          if (name.size() > kMaxHeaderBytes) name.clear();
          for (std::size_t k = column; k < column + width; ++k) {
            if (r == header_at) {
              grid.names[k] = name;
              spanned[k] = width > 1;
            } else if (spanned[k] && width == 1 && name.size() <= 24 &&
                       name.find_first_of("0123456789") == std::string::npos) {
              grid.names[k] = name;  // the sub-header under a spanning header, not a data row
            }
          }
        }
        for (std::size_t k = column; k < column + width; ++k) covered[k] = height;
        column += width;
      }
      for (std::size_t& c : covered) c = c > 0 ? c - 1 : 0;
    }
    // A header row has two cells or more.
    if (header_at == rows.size() || CellsOf(tree_, header_row).size() < 2) grid.names.clear();
    return grid;
  }

  void Flush() {
    std::string text = CollapseSpace(buffer_);
    buffer_.clear();
    if (text.empty()) return;
    blocks_.push_back(TextBlock{kind_, std::move(text), header_});
  }

  const HtmlTree& tree_;
  std::vector<TextBlock> blocks_;
  std::string buffer_;
  BlockKind kind_ = BlockKind::kParagraph;
  std::string header_;
  std::map<std::size_t, TableGrid> grids_;
  std::set<std::size_t> excluded_;
};

}  // namespace

std::vector<TextBlock> ExtractBlocks(const HtmlTree& tree, std::string_view title,
                                     const std::vector<std::size_t>& excluded) {
  BlockBuilder builder(tree, excluded);
  builder.Run();
  std::vector<TextBlock> blocks = builder.Take();
  if (!title.empty()) {
    bool present = false;
    for (TextBlock& b : blocks) {
      if (b.text != title) continue;
      b.kind = BlockKind::kTitle;
      present = true;
    }
    if (!present) blocks.insert(blocks.begin(), TextBlock{BlockKind::kTitle, std::string(title), ""});
  }
  return blocks;
}

}  // namespace govwatch::extract::detail
