// Fetches the message boards through fetch/, reads their list pages (following next_page) and,
// when configured, each message's detail page (on a board read by its labels: the detail page of
// each message whose list row lacks its 留言时间, or its 答复时间 while not in progress), and upserts the messages through
// the Repository with seen_at = the fetch time (a message already stored keeps its first seen_at).
// A board page that fails is an observation — a stored page snapshot with its HTTP status or
// error, and a problem in the stats — never an error.
#pragma once

#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "messages/board_config.hpp"
#include "store/repository.hpp"

namespace govwatch::messages {

// Something that went wrong on a board (not an error of the run).
struct BoardProblem {
  std::string site;
  std::string url;
  std::string why;
};

struct BoardStats {
  int boards = 0;         // boards read (their site is registered)
  int pages = 0;          // list pages read
  int failed_pages = 0;   // list or detail pages that could not be fetched or read
  int messages = 0;       // messages read and stored
  int created = 0;
  int updated = 0;        // existing messages whose fields changed (e.g. a reply appeared)
  int reply_unknown = 0;  // messages not stored: no page showed a 办理状态 or 答复时间
  std::vector<BoardProblem> problems;
};

// The boards the registry knows beyond `configured`: for each running site registered with
// 留言平台=是 and no [[board]] section, its registered columns of type 互动 (or of no type) whose
// name names a board (IsBoardColumnName), read by their labels. Fails only on storage errors.
Result<std::vector<BoardConfig>> RegisteredBoards(store::Repository& repo, const std::vector<BoardConfig>& configured);

// Reads every board. Fails only on storage errors.
Result<BoardStats> FetchBoards(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<BoardConfig>& boards,
                               const Clock& clock);

}  // namespace govwatch::messages
