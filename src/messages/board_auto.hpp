// Reading a message board that nobody configured: the rows of a list page and the fields of a
// detail page are found by the labels Chinese government boards print (留言时间, 回复单位,
// 办理状态 …), in
//   - tables and grids under a header row (编号 | 标题 | 留言时间 | 回复时间 | 状态 | 受理单位),
//     whether <table>, ul/li with spans or rows of divs;
//   - repeated items or cards that each carry labelled fields ("留言时间：2024-03-05 10:21");
//   - label/value pairs of a detail page (table cells, dl/dt/dd, "来信时间：…" paragraphs);
//   - failing those, the page's main dated list (a title link and a date per entry);
// and the next page by its 下一页 / 下页 link. Pure: no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "messages/board_page.hpp"

namespace govwatch::messages {

// The field a label names.
enum class BoardField { kNone, kId, kTitle, kReceived, kReplied, kStatus, kKind, kUnit };

// The field a column header names ("留言时间", "答复单位", "办理状态" …); kNone for other
// headers (序号, 留言人) and for text too long to be a header.
BoardField HeaderField(std::string_view header);

// Every field a label can name, in BoardRow order.
inline constexpr BoardField kBoardFields[] = {BoardField::kId,     BoardField::kTitle, BoardField::kReceived,
                                              BoardField::kReplied, BoardField::kStatus, BoardField::kKind,
                                              BoardField::kUnit};
// The text of `field` in `row`; nullptr for kNone.
std::string* FieldOf(BoardRow& row, BoardField field);
inline const std::string* FieldOf(const BoardRow& row, BoardField field) {
  return FieldOf(const_cast<BoardRow&>(row), field);
}

// One "label：value" pair found in a run of text.
struct LabelledValue {
  BoardField field = BoardField::kNone;
  std::string value;
};

// The labelled values of `text`, in order: a known label followed by a colon (or, at the start
// of the text or after a space, by a space, as in table cells) starts a value, which runs to the
// next known label. Labels that name no field (来信人, 回复内容 …) only end the value before them.
std::vector<LabelledValue> FindLabelledValues(std::string_view text);

// The rows and the next page of a list page, found without configuration. `url` resolves links.
BoardListPage FindBoardRows(std::string_view html, const std::string& url);
// The fields of a detail page, found without configuration. Fills the fields of `row` that are
// empty, and replaces a 留言时间 / 答复时间 given as a bare date by one with the time of day.
void FindBoardDetail(std::string_view html, const std::string& url, BoardRow& row);

}  // namespace govwatch::messages
