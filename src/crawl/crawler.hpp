// crawl: fetches the pages of registered sites breadth-first from the homepage and the registered
// column URLs, within each site's origin, and stores every fetch (pages, error answers, checked
// resources) as a snapshot with its extracted items and links. Single-threaded; concurrency comes
// from the Fetcher.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::crawl {

struct CrawlOptions {
  int max_pages_per_site = 5000;  // HTML pages fetched per site
  int max_depth = 40;             // link hops from a seed (pagination chains are long)
  bool check_resources = true;    // HEAD-check images, scripts, attachments
  std::int64_t timeout_ms = 15000;
  bool obey_robots = true;        // a supervising office may override per site
  std::vector<std::int64_t> ignore_robots_sites;  // site ids whose robots.txt is read but not obeyed
  std::size_t batch_size = 2000;  // URLs fetched between two commits of the frontier
};

struct CrawlStats {
  int pages = 0;        // HTML pages stored
  int resources = 0;    // resources checked
  int errors = 0;       // fetches with no 2xx/3xx answer
  int skipped_traps = 0;
  int robots_disallowed = 0;
  bool resumed = false;  // an interrupted crawl was resumed
};

// Called after each batch: pages done, URLs queued, errors so far.
using ProgressFn = std::function<void(const CrawlStats&, std::size_t queued)>;

// Crawls `sites` (and the columns registered on them) and stores what it fetched. The frontier is
// kept in the store and committed with the pages of each batch, so a crawl killed half-way resumes
// where it stopped (nothing stored is fetched again). Fails only on a storage error; fetch
// failures are stored as observations.
Result<CrawlStats> CrawlSites(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                              const std::vector<model::Column>& columns, const Clock& clock,
                              const CrawlOptions& options, const ProgressFn& progress);

}  // namespace govwatch::crawl
