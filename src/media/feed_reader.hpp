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
};

// Parses an RSS 2.0 or Atom document. Fails (naming `source`) when it is not XML or neither kind.
Result<std::vector<FeedItem>> ParseFeed(std::string_view xml, const std::string& source);

// Parses an RFC 822 / RFC 1123 date ("Tue, 01 Mar 2022 10:00:00 +0800"), an ISO 8601 date-time
// ("2022-03-01T10:00:00+08:00", "...Z") or a plain "YYYY-MM-DD HH:MM[:SS]" (China Standard Time).
std::optional<Timestamp> ParseFeedDate(std::string_view text);

}  // namespace govwatch::media
