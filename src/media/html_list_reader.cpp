#include "media/html_list_reader.hpp"

#include <cstdlib>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "media/html_xpath.hpp"
#include "media/loose_time.hpp"

namespace govwatch::media {

bool AccountListConfig::Matches(const model::MediaAccount& account) const {
  if (platform && *platform != account.platform) return false;
  if (!account_id.empty()) return account_id == account.account_id;
  return !name.empty() && name == account.name;
}

Result<std::vector<AccountListConfig>> ParseAccountLists(const ConnectorConfig& config) {
  std::vector<AccountListConfig> out;
  std::vector<std::string> problems;
  for (const ConfigSection& s : config.Sections("account_list")) {
    const auto problem = [&](const char* field, const std::string& why) {
      problems.push_back(fmt::format("{}:{}: account_list.{}: {}", config.file(), s.line, field, why));
    };
    AccountListConfig c;
    if (s.Has("platform")) {
      c.platform = model::ParsePlatform(s.Get("platform"));
      if (!c.platform) problem("platform", fmt::format("'{}' is not a known platform", s.Get("platform")));
    }
    c.account_id = s.Get("account_id");
    c.name = s.Get("name");
    if (c.account_id.empty() && c.name.empty()) problem("account_id", "neither account_id nor name is set");
    c.list_url = s.Get("list_url");
    if (c.list_url.empty()) problem("list_url", "missing");
    c.item_xpath = s.Get("item");
    if (c.item_xpath.empty()) problem("item", "missing");
    c.title_xpath = s.Get("title", c.title_xpath);
    c.link_xpath = s.Get("link", c.link_xpath);
    c.date_xpath = s.Get("date");
    if (c.date_xpath.empty()) problem("date", "missing");
    c.text_xpath = s.Get("text");
    c.next_page_xpath = s.Get("next_page");
    c.max_pages = std::atoi(s.Get("max_pages", "5").c_str());
    if (c.max_pages <= 0) problem("max_pages", "must be a positive number");
    out.push_back(std::move(c));
  }
  if (!problems.empty()) {
    std::string msg;
    for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return MakeError(ErrorCode::kParseError, msg);
  }
  return out;
}

Result<PostListPage> ReadPostList(std::string_view html, const std::string& url, const AccountListConfig& config) {
  auto doc = HtmlXPathDocument::Parse(html, url);
  if (!doc) return doc.error();
  auto nodes = doc->Select(config.item_xpath);
  if (!nodes) return nodes.error();
  PostListPage page;
  for (HtmlXPathDocument::Node n : *nodes) {
    FeedItem item;
    auto title = doc->Text(config.title_xpath, n);
    if (!title) return title.error();
    item.title = *title;
    auto link = doc->Text(config.link_xpath, n);
    if (!link) return link.error();
    if (!link->empty()) item.url = doc->Resolve(*link);
    auto date = doc->Text(config.date_xpath, n);
    if (!date) return date.error();
    if (auto loose = FindLooseTime(*date)) {
      item.published_at = loose->at;
    } else {
      item.published_at = ParseFeedDate(*date);
    }
    if (!config.text_xpath.empty()) {
      auto text = doc->Text(config.text_xpath, n);
      if (!text) return text.error();
      item.text = *text;
    }
    if (item.title.empty() && item.url.empty()) continue;
    page.items.push_back(std::move(item));
  }
  if (!config.next_page_xpath.empty()) {
    auto next = doc->Text(config.next_page_xpath);
    if (!next) return next.error();
    if (!next->empty() && !StartsWith(*next, "javascript:") && *next != "#") page.next_url = doc->Resolve(*next);
  }
  return page;
}

}  // namespace govwatch::media
