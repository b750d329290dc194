// Fetches the feeds of the registered accounts that have a feed URL as their source — RSS 2.0,
// Atom or JSON Feed, chosen by content type and body — and, for accounts configured in the
// connector settings, their HTML list pages read by XPath; stores their posts idempotently. A
// source that fails is stored as an observation (a failed feed fetch), never an error.
#pragma once

#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "media/html_list_reader.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::media {

// What one read of an account's source showed (for the registry self-check N-M8).
struct SourceFact {
  std::int64_t account_id = 0;
  std::string url;
  std::string final_url;   // after redirects, "" when not redirected
  Timestamp fetched_at = 0;
  int http_status = 0;     // 0 when no HTTP response arrived
  bool ok = false;         // fetched and parsed
  std::string kind;        // rss | atom | json | html
  std::string feed_title;  // the source's own name of the account, "" when unknown
  std::string error;       // why it failed, "" when ok
  int posts = 0;           // dated posts read
  std::string closed_marker;   // a closure or migration notice the source showed, "" when none
  int interactive_posts = -1;  // posts offering comments or replies; -1 when no post said either way
};

struct FeedStats {
  int feeds = 0;
  int failed = 0;
  int new_posts = 0;
  std::vector<SourceFact> facts;  // one per source read, in account order
};

// Options of a run.
struct FeedOptions {
  std::vector<AccountListConfig> lists;  // HTML list pages, matched to accounts by platform + id or name
};

// Reads the feeds of `accounts` (those whose source is an http(s) URL). Fails only on storage errors.
Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock);

// As above; accounts matched by `options.lists` are read from their HTML list pages (following
// next_page up to max_pages) instead of their feed.
Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock,
                             const FeedOptions& options);

}  // namespace govwatch::media
