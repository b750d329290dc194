// Reading one message-board page (list or detail) with the XPaths of its BoardConfig or by its
// labels, and turning what was read into a CitizenMessage. Pure: no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "media/loose_time.hpp"
#include "messages/board_config.hpp"
#include "model/model.hpp"

namespace govwatch::messages {

// The raw texts of one message as read from the board.
struct BoardRow {
  std::string id;
  std::string title;
  std::string link;  // absolute
  std::string received_text;
  std::string replied_text;
  std::string status_text;
  std::string kind_text;
  std::string unit_text;
  // True when a page showed the message's reply state: a 办理状态, a 答复时间 (even an empty one)
  // or a column or configured field for either. A message whose state no page showed is not
  // stored: read as unanswered, a 回复选登 list of answered letters would be a false W-V5 veto.
  bool reply_shown = false;
};

// One list page.
struct BoardListPage {
  std::vector<BoardRow> rows;
  std::string next_url;  // "" when there is no further page
};

// Reads a list page: by its labels (FindBoardRows) when the board has no item XPath, else with
// the configured XPaths, the fields and next page they leave out found by their labels. Fails on
// a page that is not HTML or an invalid XPath.
Result<BoardListPage> ReadBoardList(std::string_view html, const std::string& url, const BoardConfig& config);
// Reads a detail page into `row`: each configured field that yields text replaces the list's;
// then the fields still empty are found by their labels (FindBoardDetail).
Result<void> ReadBoardDetail(std::string_view html, const std::string& url, const BoardConfig& config, BoardRow& row);


// The first date (and time of day) of a board's time field, as media::FindLooseTime reads it, or
// of a field that holds only a date with a two-digit year ("24-03-05", read as 2024-03-05).
std::optional<media::LooseTime> FindBoardTime(std::string_view text);

// The message a row describes, with seen_at = `seen_at`. Fails (with the reason) when the row has
// no readable 留言时间. A reply time is dropped when the status says the message is still being
// handled, and when it lies before the receipt. The id is the board's own, else the link's
// id= parameter or last path segment, else a hash of title and 留言时间.
Result<model::CitizenMessage> ToMessage(const BoardRow& row, std::int64_t site_id, Timestamp seen_at);

}  // namespace govwatch::messages
