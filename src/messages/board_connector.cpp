#include "messages/board_connector.hpp"

#include <map>
#include <set>

#include <fmt/core.h>

#include "common/log.hpp"
#include "common/strings.hpp"
#include "common/time.hpp"
#include "messages/board_page.hpp"

namespace govwatch::messages {

namespace {

std::string FailureText(const fetch::Response& resp) {
  return resp.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(resp.error))
                                                : fmt::format("HTTP {}", resp.http_status);
}

// Stores a fetched board page (or its failure) as a page snapshot of the site.
Result<void> SaveSnapshot(store::Repository& repo, std::int64_t site_id, const std::string& url,
                          const fetch::Response& resp, Timestamp at) {
  store::PageRecord rec;
  rec.page.site_id = site_id;
  rec.page.url = url;
  rec.page.fetched_at = at;
  rec.page.http_status = resp.http_status;
  rec.page.error = resp.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(resp.error)) : "";
  rec.page.charset = resp.charset;
  if (resp.Ok() && resp.body_is_text) {
    rec.page.body = resp.body;
    rec.page.content_hash = HashHex(resp.body);
  }
  auto saved = repo.SavePage(rec);
  if (!saved) return saved.error();
  return Ok();
}

class BoardReader {
 public:
  BoardReader(store::Repository& repo, fetch::Fetcher& fetcher, const Clock& clock, BoardStats& stats)
      : repo_(repo), fetcher_(fetcher), clock_(clock), stats_(stats) {}

  Result<void> LoadExisting() {
    auto existing = repo_.ListMessages();
    if (!existing) return existing.error();
    for (const model::CitizenMessage& m : *existing) known_[{m.site_id, m.message_id}] = m;
    return Ok();
  }

  Result<void> Read(const BoardConfig& board) {
    auto site = repo_.FindSite(board.site);
    if (!site) return site.error();
    if (!*site) {
      Problem(board.site, board.list_url, fmt::format("站点“{}”未登记", board.site));
      return Ok();
    }
    ++stats_.boards;
    std::set<std::string> visited;
    std::string url = board.list_url;
    for (int page = 0; page < board.max_pages && !url.empty() && visited.insert(url).second; ++page) {
      fetch::Request req;
      req.url = url;
      const fetch::Response resp = fetcher_.Fetch(req);
      const Timestamp now = clock_.Now();
      if (auto r = SaveSnapshot(repo_, (*site)->id, url, resp, now); !r) return r;
      if (!resp.Ok()) {
        ++stats_.failed_pages;
        Problem(board.site, url, FailureText(resp));
        break;
      }
      auto list = ReadBoardList(resp.body, resp.final_url.empty() ? url : resp.final_url, board);
      if (!list) {
        ++stats_.failed_pages;
        Problem(board.site, url, list.error().message);
        break;
      }
      ++stats_.pages;
      if (page == 0 && list->rows.empty()) {
        Problem(board.site, url, board.Unconfigured() ? "留言列表为空或未能识别留言行" : "留言列表为空或选择器未匹配");
      }
      if (board.HasDetail()) {
        std::vector<BoardRow*> all;
        for (BoardRow& row : list->rows) all.push_back(&row);
        ReadDetails(board, all);
      } else if (board.Unconfigured()) {
        ReadMissingDetails(board, (*site)->id, list->rows);
      }
      if (auto r = Store(board, **site, list->rows, now); !r) return r;
      url = list->next_url;
    }
    return Ok();
  }

 private:
  void Problem(const std::string& site, const std::string& url, std::string why) {
    LogWarn(fmt::format("message board {} ({}): {}", site, url, why));
    stats_.problems.push_back(BoardProblem{site, url, std::move(why)});
  }

  // Detail pages of the rows that miss a time the list does not give: a 留言时间, or a 答复时间
  // of a message not in progress that is not stored with one already.
  void ReadMissingDetails(const BoardConfig& board, std::int64_t site_id, std::vector<BoardRow>& rows) {
    std::vector<BoardRow*> wanted;
    for (BoardRow& row : rows) {
      auto message = ToMessage(row, site_id, 0);
      if (message && (message->replied_at || model::ParseMessageStatus(row.status_text) == model::MessageStatus::kInProgress)) {
        continue;
      }
      if (message) {
        // Stored with its reply by an earlier reading: the stored times stand, no fetch.
        auto it = known_.find({site_id, message->message_id});
        if (it != known_.end() && it->second.replied_at) {
          const model::CitizenMessage& stored = it->second;
          row.replied_text = FormatTime(*stored.replied_at);
          row.reply_shown = true;
          if (DateOf(stored.received_at) == DateOf(message->received_at)) row.received_text = FormatTime(stored.received_at);
          continue;
        }
      }
      wanted.push_back(&row);
    }
    ReadDetails(board, wanted);
  }

  // Reads the detail page of each of `rows` that links to one into the row.
  void ReadDetails(const BoardConfig& board, const std::vector<BoardRow*>& rows) {
    std::vector<fetch::Request> requests;
    std::vector<BoardRow*> targets;
    for (BoardRow* row_ptr : rows) {
      BoardRow& row = *row_ptr;
      if (row.link.empty()) continue;
      fetch::Request r;
      r.url = row.link;
      requests.push_back(std::move(r));
      targets.push_back(&row);
    }
    const std::vector<fetch::Response> responses = fetcher_.FetchAllOrdered(requests);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const fetch::Response& resp = responses[i];
      if (!resp.Ok()) {
        ++stats_.failed_pages;
        Problem(board.site, requests[i].url, FailureText(resp));
        continue;
      }
      if (auto r = ReadBoardDetail(resp.body, resp.final_url.empty() ? requests[i].url : resp.final_url, board,
                                   *targets[i]);
          !r) {
        ++stats_.failed_pages;
        Problem(board.site, requests[i].url, r.error().message);
      }
    }
  }

  Result<void> Store(const BoardConfig& board, const model::Site& site, const std::vector<BoardRow>& rows,
                     Timestamp now) {
    return repo_.InTransaction([&]() -> Result<void> {
      for (const BoardRow& row : rows) {
        auto message = ToMessage(row, site.id, now);
        if (!message) {
          Problem(board.site, row.link.empty() ? board.list_url : row.link, message.error().message);
          continue;
        }
        if (!row.reply_shown && !message->replied_at) {
          // Neither the list nor the detail page shows whether it was answered: stored as
          // unanswered it could make a false W-V5 veto, so it is reported instead.
          ++stats_.reply_unknown;
          Problem(board.site, row.link.empty() ? board.list_url : row.link,
                  fmt::format("《{}》: 未能识别答复情况（无办理状态、无答复时间），未计入", row.title));
          continue;
        }
        auto it = known_.find({site.id, message->message_id});
        if (it != known_.end()) {
          message->seen_at = std::min(message->seen_at, it->second.seen_at);
          if (message->unit.empty()) message->unit = it->second.unit;
          if (message->kind == model::MessageKind::kOther) message->kind = it->second.kind;
        }
        auto outcome = repo_.UpsertMessage(*message);
        if (!outcome) return outcome.error();
        ++stats_.messages;
        if (outcome->created) ++stats_.created;
        if (!outcome->created && !outcome->changed.empty()) ++stats_.updated;
        message->id = outcome->id;
        known_[{site.id, message->message_id}] = *message;
      }
      return Ok();
    });
  }

  store::Repository& repo_;
  fetch::Fetcher& fetcher_;
  const Clock& clock_;
  BoardStats& stats_;
  std::map<std::pair<std::int64_t, std::string>, model::CitizenMessage> known_;
};

}  // namespace

Result<std::vector<BoardConfig>> RegisteredBoards(store::Repository& repo, const std::vector<BoardConfig>& configured) {
  std::set<std::int64_t> covered;
  for (const BoardConfig& b : configured) {
    auto site = repo.FindSite(b.site);
    if (!site) return site.error();
    if (*site) covered.insert((*site)->id);
  }
  auto sites = repo.ListSites();
  if (!sites) return sites.error();
  auto columns = repo.ListColumns();
  if (!columns) return columns.error();
  std::vector<BoardConfig> out;
  for (const model::Site& site : *sites) {
    if (!site.has_message_board || site.status != model::ObjectStatus::kRunning || covered.count(site.id) != 0) {
      continue;
    }
    for (const model::Column& c : *columns) {
      if (c.site_id != site.id || (c.type && *c.type != model::ColumnType::kInteraction) || !IsBoardColumnName(c.name)) {
        continue;
      }
      BoardConfig b;
      b.site = site.site_code.empty() ? site.name : site.site_code;
      b.list_url = c.url;
      out.push_back(std::move(b));
    }
  }
  return out;
}

Result<BoardStats> FetchBoards(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<BoardConfig>& boards,
                               const Clock& clock) {
  BoardStats stats;
  BoardReader reader(repo, fetcher, clock, stats);
  if (auto r = reader.LoadExisting(); !r) return r.error();
  for (const BoardConfig& b : boards) {
    if (auto r = reader.Read(b); !r) return r.error();
  }
  return stats;
}

}  // namespace govwatch::messages
