// messages: connectors that turn a site's 领导信箱 / 网民留言 board into CitizenMessage records.
// The settings of each board come from the connector settings file ([[board]] sections):
//
//   [[board]]
//   site = "云岭市人民政府"                  # site code, name or homepage URL of a registered site
//   list_url = "http://…/hdjl/list.html"
//   item = "//table[@class='msg']//tr[td]"  # one node per message
//   id = "td[1]"                            # each field is an XPath relative to the item
//   title = "td[2]/a"
//   link = "td[2]/a/@href"                  # the detail page
//   received_at = "td[3]"                   # 留言时间: "2022-03-01 10:00:00", "2022年3月1日" …
//   replied_at = "td[4]"                    # 答复时间
//   status = "td[5]"                        # 办理状态: 已办结 / 办理中 …
//   kind = "td[6]"                          # 留言类型 (简单咨询 …), optional
//   unit = "td[7]"                          # 受理单位, optional
//   next_page = "//a[.='下一页']/@href"      # pagination, optional
//   max_pages = 20
//   [board.detail]                          # optional: the same fields read on the detail page
//   received_at = "//*[contains(text(),'留言时间')]"
//   replied_at = "//*[contains(text(),'答复时间')]"
//
// Every XPath is optional: a board with only `site` and `list_url` is read by its labels
// (board_auto.hpp), and the fields, pagination and detail fields a section leaves out are found
// the same way. A site registered with 留言平台=是 whose registered 互动 column is a board
// (领导信箱, 网民留言, 网上问政 …) needs no section at all (RegisteredBoards); a section for the
// site overrides it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "media/connector_config.hpp"

namespace govwatch::messages {

// The XPaths of the message fields; "" = not read.
struct MessageFieldPaths {
  std::string id;
  std::string title;
  std::string received_at;
  std::string replied_at;
  std::string status;
  std::string kind;
  std::string unit;
};

// One board's settings.
struct BoardConfig {
  std::string site;
  std::string list_url;
  std::string item_xpath;
  std::string link_xpath;
  MessageFieldPaths list;    // relative to the item on the list page
  MessageFieldPaths detail;  // from the root of the detail page; empty: no detail pages
  std::string next_page_xpath;
  int max_pages = 20;
  int line = 0;  // where the section starts in the settings file

  // True when any detail field is configured.
  bool HasDetail() const;
  // True when the board is read by its labels (no item XPath).
  bool Unconfigured() const { return item_xpath.empty(); }
};

// The [[board]] sections. Fails listing "file:line: board.field: why" for each problem: missing
// site or list_url; list fields without an item; detail fields with an item but without a link;
// a bad max_pages.
Result<std::vector<BoardConfig>> ParseBoards(const media::ConnectorConfig& config);

// True when `name` names a message board column (信箱, 留言, 问政, 咨询投诉, 12345 …) rather than
// interviews or surveys (在线访谈, 征集调查).
bool IsBoardColumnName(std::string_view name);

}  // namespace govwatch::messages
