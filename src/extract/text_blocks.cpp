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
    auto cached = headers_.find(static_cast<std::size_t>(table));
    if (cached == headers_.end()) {
      std::vector<std::string> names;
      const std::vector<std::size_t> cells = CellsOf(tree_, static_cast<std::size_t>(header_row));
      // A header row has two cells or more.
      if (cells.size() >= 2) {
        for (std::size_t c : cells) {
          std::string name = tree_.Text(c, kMaxHeaderBytes * 2);
          names.push_back(name.size() <= kMaxHeaderBytes ? name : "");
        }
      }
      cached = headers_.emplace(static_cast<std::size_t>(table), std::move(names)).first;
    }
    const std::vector<std::size_t> cells = CellsOf(tree_, static_cast<std::size_t>(row));
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (cells[k] == cell) return k < cached->second.size() ? cached->second[k] : "";
    }
    return "";
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
  std::map<std::size_t, std::vector<std::string>> headers_;
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
