#include "media/feed_connector.hpp"

#include <fmt/core.h>

#include "common/strings.hpp"
#include "media/feed_reader.hpp"

namespace govwatch::media {

Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock) {
  FeedStats stats;
  std::vector<const model::MediaAccount*> due;
  std::vector<fetch::Request> requests;
  for (const model::MediaAccount& a : accounts) {
    if (a.status != model::ObjectStatus::kRunning) continue;
    if (!StartsWith(a.source, "http://") && !StartsWith(a.source, "https://")) continue;
    due.push_back(&a);
    fetch::Request r;
    r.url = a.source;
    requests.push_back(std::move(r));
  }
  std::vector<fetch::Response> responses = fetcher.FetchAllOrdered(requests);
  for (std::size_t i = 0; i < due.size(); ++i) {
    const model::MediaAccount& a = *due[i];
    const fetch::Response& resp = responses[i];
    ++stats.feeds;
    const Timestamp now = clock.Now();
    if (!resp.Ok()) {
      ++stats.failed;
      const std::string why = resp.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(resp.error))
                                                                     : fmt::format("HTTP {}", resp.http_status);
      if (auto r = repo.AddFeedFetch(a.id, now, false, why, 0); !r) return r.error();
      continue;
    }
    auto items = ParseFeed(resp.body, a.source);
    if (!items) {
      ++stats.failed;
      if (auto r = repo.AddFeedFetch(a.id, now, false, items.error().message, 0); !r) return r.error();
      continue;
    }
    std::vector<model::Post> posts;
    for (const FeedItem& it : *items) {
      if (!it.published_at) continue;
      model::Post p;
      p.account_id = a.id;
      p.published_at = *it.published_at;
      p.title = it.title;
      p.url = it.url;
      p.text = it.text;
      p.seen_at = now;
      posts.push_back(std::move(p));
    }
    auto added = repo.AddPosts(posts);
    if (!added) return added.error();
    stats.new_posts += *added;
    if (auto r = repo.AddFeedFetch(a.id, now, true, "", static_cast<int>(posts.size())); !r) return r.error();
  }
  return stats;
}

}  // namespace govwatch::media
