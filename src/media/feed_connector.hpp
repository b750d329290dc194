// Fetches the feeds of the registered accounts that have a feed URL as their source and stores
// their posts idempotently. A feed that fails is stored as an observation, never an error.
#pragma once

#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::media {

struct FeedStats {
  int feeds = 0;
  int failed = 0;
  int new_posts = 0;
};

// Reads the feeds of `accounts` (those whose source is an http(s) URL). Fails only on storage errors.
Result<FeedStats> FetchFeeds(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<model::MediaAccount>& accounts, const Clock& clock);

}  // namespace govwatch::media
