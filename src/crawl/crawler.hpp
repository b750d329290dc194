// crawl: fetches the pages of registered sites breadth-first from the homepage and the registered
// column URLs, within each site's origin, and stores every fetch (pages, error answers, checked
// resources) as a snapshot with its extracted items and links. Concurrency of the fetches comes
// from the Fetcher; pages are parsed on a small pool of worker threads (CrawlOptions::workers),
// and the store is used by one thread at a time: the crawl's own, or the one committing a batch
// while the crawl's thread fetches the next.
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

// Options of the fetcher that checks links to other hosts: few at a time, at most two requests a
// second per host, one retry, bodies cut at 1 MB (a GET fallback only needs the answer), and a
// domain whose hosts keep failing held down as a host is (FetchOptions::breaker_by_domain).
fetch::FetchOptions DefaultExternalFetchOptions();

struct CrawlOptions {
  int max_pages_per_site = 5000;  // HTML pages fetched per site
  int max_depth = 40;             // link hops from a seed (pagination chains are long)
  // Resources (images, scripts, attachments, form targets) and links to other hosts checked per
  // site: a page of a million distinct image addresses must not become a million requests.
  int max_resources_per_site = 20000;
  // Wall time one invocation may crawl and check links; what is left stays in the stored frontier
  // and link checks, and the next invocation resumes it (as after a kill). A site that sends every page a byte a second
  // cannot hold an inspection for days. 0: no limit.
  std::int64_t max_run_ms = 4LL * 3600 * 1000;
  int max_external_per_site = 2000;
  bool check_resources = true;    // HEAD-check images, scripts, attachments
  std::int64_t timeout_ms = 15000;
  // Extra tries for a page or resource after a reset, refused connection, timeout, 5xx or 429, so
  // that a passing overload is not reported as a dead link. Availability probes never retry: the
  // fetcher they share keeps its own FetchOptions::retries.
  int retries = 1;
  // robots.txt is read for every origin the crawl fetches pages from (registered homepages and
  // columns, where a homepage redirects to) and obeyed: Disallow, and Crawl-delay up to
  // max_crawl_delay_ms between two requests to that origin. A robots.txt answered by a server
  // error or lost to a network failure disallows all but the seeds (RFC 9309 §2.3.1.4). A supervising office may override it
  // per site (read and reported, not obeyed).
  bool obey_robots = true;
  std::vector<std::int64_t> ignore_robots_sites;  // site ids whose robots.txt is read but not obeyed
  std::int64_t max_crawl_delay_ms = 10000;        // a longer Crawl-delay is obeyed as this
  std::size_t batch_size = 2000;  // URLs fetched between two commits of the frontier
  // Bytes of HTML bodies one batch may hold (they wait for the workers and the store); past it no
  // further request of the batch starts and the rest waits for the next batch. 0: no limit.
  std::size_t max_batch_bytes = 64u << 20;
  bool conditional = true;        // re-crawls send If-None-Match / If-Modified-Since; 304 = unchanged
  // Pages per site sharing a path and query keys (calendars, filters); high enough for sites whose
  // articles are "show.jsp?id=N".
  int max_query_variants = 1000;
  // Links to other hosts: checked once per run, HEAD then GET, at a lower rate than the crawl.
  // kAuto checks every host, except when all the crawled sites are on loopback (tests, demos,
  // benchmarks): then only loopback hosts are checked and the rest are left unchecked.
  enum class External { kAuto, kAll, kLoopbackOnly, kNone };
  External external = External::kAuto;
  fetch::FetchOptions external_fetch = DefaultExternalFetchOptions();
  fetch::Fetcher* external_fetcher = nullptr;  // tests inject one; null: a curl fetcher of external_fetch
  // Threads parsing and extracting pages while the crawl's thread fetches and stores: -1 one per
  // core (at most 3), 0 none (everything on the crawl's thread). The stored result is the same.
  int workers = -1;
};

// robots.txt of one origin as this invocation read it.
struct RobotsReport {
  std::string origin;            // "https://www.qc.gov.cn"
  int http_status = 0;           // of /robots.txt; 0 when no answer came
  std::string error;             // fetch::ErrorName when no answer came
  std::size_t rules = 0;         // Allow/Disallow lines of the group that applies to us
  // A server error (5xx, 429) or network failure instead of an answer: nothing but the seeds (the
  // registered homepage and columns) is fetched from the origin, unless the site overrides robots.
  bool unreachable = false;
  std::int64_t crawl_delay_ms = -1;   // Crawl-delay as written; -1 none
  std::int64_t applied_delay_ms = 0;  // as obeyed (capped; 0 when none or overridden)
  bool overridden = false;       // the site it serves ignores robots.txt (CrawlOptions::ignore_robots_sites)
  int disallowed = 0;            // URLs not fetched because of it
};

struct CrawlStats {
  int pages = 0;        // HTML pages stored
  int resources = 0;    // resources checked
  int errors = 0;       // fetches with no 2xx/3xx answer
  int skipped_traps = 0;
  int robots_disallowed = 0;
  bool resumed = false;  // an interrupted crawl was resumed
  int unchanged = 0;     // pages answered 304 Not Modified to a conditional request
  int external_checked = 0;
  int external_broken = 0;
  int external_skipped = 0;  // external links left unchecked (loopback-only scope)
  int over_limit = 0;        // resources and external links left unchecked: their site reached its limit
  int host_down = 0;         // URLs not requested: their host had failed too often in a row
  // Hosts ("host:port") held down for answering too slowly (fetch::FetchOptions::slow_host_limit):
  // their URLs not requested meanwhile are among host_down.
  std::vector<std::string> slow_hosts;
  bool out_of_time = false;  // max_run_ms ran out: the run stays open, the next crawl resumes it
  std::vector<RobotsReport> robots;  // per origin, by origin
};

// The dead-link class of a fetch outcome: the status ("404", "410", "503") for 404, 410 and 5xx,
// the transport error ("dns", "connect", "timeout", "tls", "redirect_loop", "redirect_private",
// "empty_answer", …) when no usable answer came, "protocol" for a status outside 100-599 (999), ""
// when the link works (a page that came whole, its connection then held open, "held_open", works).
// Other 4xx answers (401, 403, 429) are not dead links.
std::string DeadLinkClass(const fetch::Response& r);
// The same for a stored outcome: its status and fetch::ErrorName ("" when none).
std::string DeadLinkClass(int http_status, std::string_view error_name);

// Called after each batch (and after the external link checks): the figures so far and the URLs
// still queued.
using ProgressFn = std::function<void(const CrawlStats&, std::size_t queued)>;

// Crawls `sites` (and the columns registered on them) and stores what it fetched. The frontier is
// kept in the store and committed with the pages of each batch, so a crawl killed half-way resumes
// where it stopped (nothing stored is fetched again). Fails only on a storage error; fetch
// failures are stored as observations.
Result<CrawlStats> CrawlSites(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                              const std::vector<model::Column>& columns, const Clock& clock,
                              const CrawlOptions& options, const ProgressFn& progress);

}  // namespace govwatch::crawl
