// HTML list pages of an account (a 头条 or 客户端 column, a 微信 history page mirrored on the
// unit's site …) read with XPath selectors configured per account in the connector settings:
//
//   [[account_list]]
//   platform = "今日头条"          # with account_id, or name, identifies the registered account
//   account_id = "yl_fabu"
//   list_url = "http://…/list.html"
//   item = "//ul[@class='news']/li"   # one node per post
//   title = "a"                        # relative to the item
//   link = "a/@href"
//   date = "span[@class='date']"       # any form FindLooseTime or ParseFeedDate reads
//   text = ""                          # optional
//   next_page = "//a[.='下一页']/@href"  # optional pagination
//   max_pages = 5
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "media/connector_config.hpp"
#include "media/feed_reader.hpp"
#include "model/model.hpp"

namespace govwatch::media {

struct AccountListConfig {
  std::optional<model::Platform> platform;
  std::string account_id;
  std::string name;
  std::string list_url;
  std::string item_xpath;
  std::string title_xpath = ".//a";
  std::string link_xpath = ".//a/@href";
  std::string date_xpath;
  std::string text_xpath;
  std::string next_page_xpath;
  int max_pages = 5;

  // True when this section configures `account`.
  bool Matches(const model::MediaAccount& account) const;
};

// The [[account_list]] sections. Fails listing "file:line: field: why" for missing list_url,
// item or date, an unknown platform, or a section that names no account.
Result<std::vector<AccountListConfig>> ParseAccountLists(const ConnectorConfig& config);

// One list page read.
struct PostListPage {
  std::vector<FeedItem> items;  // links resolved against the page URL
  std::string next_url;         // "" when there is no further page
};

// Reads one list page. Fails on an invalid XPath or a page that is not HTML; a page whose
// selectors match nothing gives no items (the caller records it).
Result<PostListPage> ReadPostList(std::string_view html, const std::string& url, const AccountListConfig& config);

}  // namespace govwatch::media
