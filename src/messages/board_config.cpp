#include "messages/board_config.hpp"

#include <cstdlib>

#include <fmt/core.h>

namespace govwatch::messages {

namespace {

MessageFieldPaths ReadPaths(const media::ConfigSection& s, const std::string& prefix) {
  MessageFieldPaths p;
  p.id = s.Get(prefix + "id");
  p.title = s.Get(prefix + "title");
  p.received_at = s.Get(prefix + "received_at");
  p.replied_at = s.Get(prefix + "replied_at");
  p.status = s.Get(prefix + "status");
  p.kind = s.Get(prefix + "kind");
  p.unit = s.Get(prefix + "unit");
  return p;
}

bool Any(const MessageFieldPaths& p) {
  return !p.id.empty() || !p.title.empty() || !p.received_at.empty() || !p.replied_at.empty() ||
         !p.status.empty() || !p.kind.empty() || !p.unit.empty();
}

}  // namespace

bool BoardConfig::HasDetail() const { return Any(detail); }

Result<std::vector<BoardConfig>> ParseBoards(const media::ConnectorConfig& config) {
  std::vector<BoardConfig> out;
  std::vector<std::string> problems;
  for (const media::ConfigSection& s : config.Sections("board")) {
    const auto problem = [&](const char* field, const std::string& why) {
      problems.push_back(fmt::format("{}:{}: board.{}: {}", config.file(), s.line, field, why));
    };
    BoardConfig b;
    b.line = s.line;
    b.site = s.Get("site");
    if (b.site.empty()) problem("site", "missing");
    b.list_url = s.Get("list_url");
    if (b.list_url.empty()) problem("list_url", "missing");
    // Without an item XPath the board is read by its labels; XPaths given override what is found.
    b.item_xpath = s.Get("item");
    b.link_xpath = s.Get("link");
    b.list = ReadPaths(s, "");
    b.detail = ReadPaths(s, "detail.");
    if (b.item_xpath.empty() && (Any(b.list) || !b.link_xpath.empty())) {
      problem("item", "list fields are set but no item to read them from");
    }
    if (b.HasDetail() && b.link_xpath.empty() && !b.item_xpath.empty()) {
      problem("link", "detail fields are set but no link to the detail page");
    }
    b.next_page_xpath = s.Get("next_page");
    b.max_pages = std::atoi(s.Get("max_pages", "20").c_str());
    if (b.max_pages <= 0) problem("max_pages", fmt::format("'{}' is not a positive number", s.Get("max_pages")));
    out.push_back(std::move(b));
  }
  if (!problems.empty()) {
    std::string msg;
    for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return MakeError(ErrorCode::kParseError, msg);
  }
  return out;
}

bool IsBoardColumnName(std::string_view name) {
  for (std::string_view not_board : {"访谈", "征集", "调查", "直播"}) {
    if (name.find(not_board) != std::string_view::npos) return false;
  }
  for (std::string_view board : {"信箱", "留言", "问政", "咨询", "投诉", "来信", "热线", "诉求", "找错", "12345",
                                 "民声", "问答", "建言"}) {
    if (name.find(board) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace govwatch::messages
