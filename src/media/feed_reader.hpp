// media: new-media connectors. The feed reader turns RSS 2.0 and Atom documents (the forms in which
// RSSHub serves 微信公众号, 微博, 抖音 and 头条 accounts) into posts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "model/model.hpp"

namespace govwatch::media {

struct FeedItem {
  std::string title;
  std::string url;
  std::string text;
  std::optional<Timestamp> published_at;  // absent when the item has no readable date
  // The item offers comments or replies: RSS <comments>, <slash:comments>, <wfw:commentRss>,
  // Atom <thr:total> or <link rel="replies">, JSON Feed "_comments"/"comments" (N-V3).
  bool offers_comments = false;
};

// Parses an RSS 2.0 or Atom document. Fails (naming `source`) when it is not XML or neither kind.
Result<std::vector<FeedItem>> ParseFeed(std::string_view xml, const std::string& source);

// Parses an RFC 822 / RFC 1123 date ("Tue, 01 Mar 2022 10:00:00 +0800"), an ISO 8601 date-time
// ("2022-03-01T10:00:00+08:00", "...Z"), a plain "YYYY-MM-DD HH:MM[:SS]" (China Standard Time),
// Unix seconds or milliseconds, or a Chinese date ("2022年3月1日 10:00", CST).
std::optional<Timestamp> ParseFeedDate(std::string_view text);

// A feed of any supported kind with its own title (the channel's name, for the registry check).
struct ParsedFeed {
  std::string kind;   // "rss", "atom" or "json"
  std::string title;  // channel / feed title, "" when absent
  std::string description;  // channel description / Atom subtitle / JSON Feed description
  std::vector<FeedItem> items;
};

// A notice that the account was closed, cancelled or moved, found in the feed's own title or
// description, the newest post's title (a 停更公告), or the body of an error page; "" when none.
// The result is the matched phrase ("已注销", "迁移至" …).
std::string FindClosureNotice(std::string_view channel_text);
std::string FindClosureAnnouncement(std::string_view post_title);
// True when a closure notice says the account moved elsewhere (rather than closed).
bool IsMigrationNotice(std::string_view marker);

// Parses RSS 2.0, RSS 1.0, Atom or JSON Feed 1.0/1.1, choosing by content type and by the body
// itself (a JSON body starts with '{'). Fails naming `source` when the body is none of them.
Result<ParsedFeed> ParseAnyFeed(std::string_view body, std::string_view content_type, const std::string& source);

// Parses a JSON Feed (https://www.jsonfeed.org/version/1.1/). Items without a readable
// date_published (or date_modified) keep published_at empty. Fails naming `source`.
Result<ParsedFeed> ParseJsonFeed(std::string_view json, const std::string& source);

}  // namespace govwatch::media
