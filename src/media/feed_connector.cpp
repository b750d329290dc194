#include "media/feed_connector.hpp"

#include <set>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "media/feed_reader.hpp"

namespace govwatch::media {

namespace {

std::string FailureText(const fetch::Response& resp) {
  return resp.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(resp.error))
                                                : fmt::format("HTTP {}", resp.http_status);
}

// The newest dated item (the one a 停更公告 would be).
const FeedItem* Newest(const std::vector<FeedItem>& items) {
  const FeedItem* newest = nullptr;
  for (const FeedItem& it : items) {
    if (it.published_at && (newest == nullptr || *it.published_at > *newest->published_at)) newest = &it;
  }
  return newest;
}

store::FeedFetchRecord RecordOf(const SourceFact& fact) {
  store::FeedFetchRecord r;
  r.account_id = fact.account_id;
  r.at = fact.fetched_at;
  r.ok = fact.ok;
  r.error = fact.error;
  r.posts = fact.posts;
  r.url = fact.url;
  r.http_status = fact.http_status;
  r.final_url = fact.final_url;
  r.feed_title = fact.feed_title;
  r.closed_marker = fact.closed_marker;
  r.interactive_posts = fact.interactive_posts;
  return r;
}

// Stores the dated items as posts of `account_id` and records the fetch with its facts.
Result<void> StoreItems(store::Repository& repo, std::int64_t account_id, const std::vector<FeedItem>& items,
                        Timestamp now, FeedStats& stats, SourceFact& fact) {
  std::vector<model::Post> posts;
  int interactive = 0;
  for (const FeedItem& it : items) {
    if (it.offers_comments) ++interactive;
    if (!it.published_at) continue;
    model::Post p;
    p.account_id = account_id;
    p.published_at = *it.published_at;
    p.title = it.title;
    p.url = it.url;
    p.text = it.text;
    p.seen_at = now;
    posts.push_back(std::move(p));
  }
  // Feeds that never mention comments say nothing about them: not evidence of their absence.
  fact.interactive_posts = interactive > 0 ? interactive : -1;
  if (fact.closed_marker.empty()) {
    if (const FeedItem* newest = Newest(items)) fact.closed_marker = FindClosureAnnouncement(newest->title);
  }
  auto added = repo.AddPosts(posts);
  if (!added) return added.error();
  stats.new_posts += *added;
  fact.posts = static_cast<int>(posts.size());
  return repo.AddFeedFetchRecord(RecordOf(fact));
}

Result<void> RecordFailure(store::Repository& repo, Timestamp now, const std::string& why, FeedStats& stats,
                           SourceFact& fact) {
  ++stats.failed;
  fact.ok = false;
  fact.error = why;
  fact.fetched_at = now;
  return repo.AddFeedFetchRecord(RecordOf(fact));
}

// Reads an account's HTML list pages, following next_page.
Result<void> ReadList(store::Repository& repo, fetch::Fetcher& fetcher, const model::MediaAccount& a,
                      const AccountListConfig& config, const Clock& clock, FeedStats& stats) {
  SourceFact fact;
  fact.account_id = a.id;
  fact.url = config.list_url;
  fact.kind = "html";
  std::vector<FeedItem> items;
  std::set<std::string> visited;
  std::string url = config.list_url;
  std::string failure;
  for (int page = 0; page < config.max_pages && !url.empty() && visited.insert(url).second; ++page) {
    fetch::Request req;
    req.url = url;
    const fetch::Response resp = fetcher.Fetch(req);
    if (page == 0) {
      fact.http_status = resp.http_status;
      if (!resp.redirects.empty() && resp.final_url != url) fact.final_url = resp.final_url;
    }
    if (!resp.Ok()) {
      if (page == 0 && resp.body_is_text) fact.closed_marker = FindClosureNotice(TruncateUtf8(resp.body, 4096));
      failure = fmt::format("{}: {}", url, FailureText(resp));
      break;
    }
    auto read = ReadPostList(resp.body, resp.final_url.empty() ? url : resp.final_url, config);
    if (!read) {
      failure = read.error().message;
      break;
    }
    if (page == 0 && read->items.empty()) {
      failure = fmt::format("{}: the item XPath matched nothing", url);
      break;
    }
    for (FeedItem& it : read->items) items.push_back(std::move(it));
    url = read->next_url;
  }
  ++stats.feeds;
  fact.fetched_at = clock.Now();
  // A later page that fails still leaves the posts of the earlier ones.
  if (items.empty()) {
    if (failure.empty()) failure = fmt::format("{}: no posts", config.list_url);
    if (auto r = RecordFailure(repo, fact.fetched_at, failure, stats, fact); !r) return r.error();
  } else {
    fact.ok = true;
    if (!failure.empty()) fact.error = failure;
    if (auto r = StoreItems(repo, a.id, items, fact.fetched_at, stats, fact); !r) return r.error();
  }
  stats.facts.push_back(std::move(fact));
  return Ok();
}

}  // namespace

Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock) {
  return FetchFeeds(repo, fetcher, accounts, clock, FeedOptions{});
}

Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock,
                             const FeedOptions& options) {
  FeedStats stats;
  std::vector<const model::MediaAccount*> due;
  std::vector<fetch::Request> requests;
  for (const model::MediaAccount& a : accounts) {
    if (a.status != model::ObjectStatus::kRunning) continue;
    const AccountListConfig* list = nullptr;
    for (const AccountListConfig& c : options.lists) {
      if (c.Matches(a)) {
        list = &c;
        break;
      }
    }
    if (list != nullptr) {
      if (auto r = ReadList(repo, fetcher, a, *list, clock, stats); !r) return r.error();
      continue;
    }
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
    SourceFact fact;
    fact.account_id = a.id;
    fact.url = a.source;
    fact.http_status = resp.http_status;
    if (!resp.redirects.empty() && resp.final_url != a.source) fact.final_url = resp.final_url;
    fact.fetched_at = clock.Now();
    if (!resp.Ok()) {
      // A platform's "this account was closed" page is a fact about the account, not only a failure.
      if (resp.body_is_text) fact.closed_marker = FindClosureNotice(TruncateUtf8(resp.body, 4096));
      if (auto r = RecordFailure(repo, fact.fetched_at, FailureText(resp), stats, fact); !r) return r.error();
      stats.facts.push_back(std::move(fact));
      continue;
    }
    auto feed = ParseAnyFeed(resp.body, resp.content_type, a.source);
    if (!feed) {
      if (auto r = RecordFailure(repo, fact.fetched_at, feed.error().message, stats, fact); !r) return r.error();
      stats.facts.push_back(std::move(fact));
      continue;
    }
    fact.ok = true;
    fact.kind = feed->kind;
    fact.feed_title = feed->title;
    fact.closed_marker = FindClosureNotice(feed->title + "\n" + feed->description);
    if (auto r = StoreItems(repo, a.id, feed->items, fact.fetched_at, stats, fact); !r) return r.error();
    stats.facts.push_back(std::move(fact));
  }
  return stats;
}

}  // namespace govwatch::media
