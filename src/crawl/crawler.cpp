#include "crawl/crawler.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.hpp"
#include "crawl/robots.hpp"
#include "crawl/url.hpp"
#include "crawl/work_pool.hpp"
#include "extract/page_extractor.hpp"
#include "store/body_codec.hpp"
#include "store/link_codec.hpp"

namespace govwatch::crawl {

namespace {

struct SiteState {
  std::string origin;     // of the registered homepage
  std::string home;       // the registered homepage, normalised
  // Where the site lives: its host under either scheme, with or without "www." (SiteHostKey),
  // the host its homepage redirects to, and the folders of its registered columns on other hosts.
  struct Area {
    std::string host;  // SiteHostKey
    std::string path_prefix;
  };
  std::vector<Area> scope;
  // The origin the site answers on (the homepage's after its redirects), and its SiteHostKey:
  // links to the site's own host under another scheme or "www." spelling are rewritten to it, so
  // that http and https copies of one page are one URL. Set together by SetCanonical.
  std::string canonical;
  std::string canonical_host;
  std::int64_t site_id = 0;
  int pages = 0;
  int resources = 0;  // resources queued
  int externals = 0;  // links to other hosts queued for a check
  bool ignore_robots = false;
  std::unordered_map<std::string, int> query_shapes;  // pages queued per QueryShapeOf
  // URLs queued as the target of a meta refresh (or location script) from a page of the same
  // path, with the number of such refreshes in a row that led there: a page refreshing to itself
  // with a counter (?n=2, ?n=3 …) is a trap after kMaxSelfRefreshes.
  std::unordered_map<std::string, int> refresh_hops;
  // The address the site's pages last answered from in this run, kept with the run's areas so
  // that a resumed invocation knows it before it fetches a page ("" before one answered): links
  // on them to other hosts are checked as links from it (fetch::Request::linked_from_ip).
  std::string answered_from;
};

// robots.txt of one origin a crawl fetches from.
struct HostRobots {
  std::int64_t site_id = 0;  // the site whose URL first needed it (for the supervising-office override)
  bool read = false;         // asked this invocation
  int http_status = 0;
  std::string error;         // fetch::ErrorName of the answer
  RobotsRules rules;         // empty unless it answered 200 with text
  // No usable answer: a server error (5xx, 429) or a network failure (timeout, reset, refused
  // connection, broken framing). RFC 9309 §2.3.1.4 then asks for a complete disallow; the crawl
  // still fetches the seeds on it (the registered homepage and columns, which the supervising
  // office must see) but follows no link there.
  bool unreachable = false;
  std::int64_t delay_ms = 0;  // Crawl-delay as obeyed (capped at CrawlOptions::max_crawl_delay_ms)
  int disallowed = 0;         // URLs not fetched because of it
};

int YearOf(Timestamp t) { return DateOf(t).year; }

// True when a robots.txt answer leaves its rules undefined (RFC 9309 §2.3.1.4: server or network
// errors). A 4xx, a redirect loop or too many redirects mean "unavailable", which allows all
// (§2.3.1.2, §2.3.1.3), and so does a redirect into private address space, which is not followed;
// a body cut at the size limit is read as far as it came (§2.5), and an
// empty answer (204, a redirect status without Location) is an empty file, which allows all.
bool RobotsUnreachable(const fetch::Response& r) {
  switch (r.error) {
    case fetch::FetchError::kNone:
      return r.http_status == 429 || r.http_status >= 500 || r.http_status == 0;
    case fetch::FetchError::kRedirectLoop:
    case fetch::FetchError::kTooManyRedirects:
    case fetch::FetchError::kTooLarge:
    case fetch::FetchError::kEmptyAnswer:
    case fetch::FetchError::kRedirectPrivate:
    case fetch::FetchError::kHeldOpen:  // the file came whole (an HTML error page, as often)
      return false;
    default:
      return true;
  }
}


// True when `url`, whose SiteHostKey is `host`, lies in one of the site's areas.
bool InScope(const SiteState& st, const std::string& host, const std::string& url) {
  if (host.empty()) return false;
  const std::string path = PathOf(url);
  for (const SiteState::Area& a : st.scope) {
    if (a.host == host && StartsWith(path, a.path_prefix)) return true;
  }
  return false;
}

bool InScope(const SiteState& st, const std::string& url) { return InScope(st, SiteHostKey(url), url); }

// Brings the folder of `url` into the site's scope unless it is already there.
void AddArea(SiteState& st, const std::string& url) {
  if (!InScope(st, url)) st.scope.push_back({SiteHostKey(url), PathOf(FolderOf(url))});
}

void SetCanonical(SiteState& st, const std::string& origin) {
  st.canonical = origin;
  st.canonical_host = SiteHostKey(origin);
}

// `url` (of SiteHostKey `host`) on the site's canonical origin when it names that host by another
// scheme or spelling.
std::string OnCanonicalOrigin(const SiteState& st, const std::string& host, const std::string& url) {
  if (host != st.canonical_host) return url;
  const std::string origin = OriginOf(url);
  if (origin == st.canonical) return url;
  return st.canonical + url.substr(origin.size());
}

// Whether an answer has a page to read: a working one, a whole page whose server held the
// connection open after it (kHeldOpen), or a 2xx page whose body had not ended at the timeout
// (Request::keep_timed_out_body), read as far as it came. The last is stored with its timeout, so
// checks of working pages (stale lists) pass it by, while its text is checked and its links are
// followed.
bool HasPage(const fetch::Response& r) {
  return r.Ok() || ((r.error == fetch::FetchError::kTimeout || r.error == fetch::FetchError::kHeldOpen) &&
                    r.http_status >= 200 && r.http_status < 300 && !r.body.empty());
}

bool IsHtml(const fetch::Response& r) {
  return r.body_is_text && (r.content_type.empty() || Contains(r.content_type, "html"));
}

std::string PathAndQuery(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  const auto slash = url.find_first_of("/?", scheme_end + 3);
  return slash == std::string_view::npos ? std::string("/") : std::string(url.substr(slash));
}

// Whether robots.txt (as `h` read it) lets the crawl fetch `url`, found `depth` link hops from a
// seed: an unreachable robots.txt lets only the seeds through.
bool RobotsPermit(const HostRobots& h, const std::string& url, int depth) {
  if (h.unreachable) return depth == 0;
  return h.rules.Allows(PathAndQuery(url));
}

// Reads a fetched HTML page into `out`: the extracted facts, the items and the distinct links
// (normalised targets, with the tag each came from in `tags`), the body and its hash. Pure, so
// that pages can be read on worker threads.
// Pages above this size are read one at a time: extraction holds about twenty bytes per byte of
// HTML at its peak, so a batch of 8 MB pages read on every worker at once went past 1 GB.
constexpr std::size_t kBigPageBytes = 2 * 1024 * 1024;

std::mutex& BigPageMutex() {
  static std::mutex m;
  return m;
}

void ReadPage(const std::string& url, fetch::Response& resp, store::PageRecord& out, std::vector<std::string>& tags) {
  const std::string base = resp.final_url.empty() ? url : resp.final_url;
  std::unique_lock<std::mutex> big_page;
  if (resp.body.size() > kBigPageBytes) big_page = std::unique_lock<std::mutex>(BigPageMutex());
  const extract::PageFacts facts = extract::ExtractPage(resp.body, base);
  model::Page& p = out.page;
  p.title = facts.title;
  if (facts.publish_date) p.publish_date = FormatDate(*facts.publish_date);
  p.is_list = facts.is_list_page;
  p.empty_list = facts.empty_list;
  p.text = facts.main_text;
  p.meta = facts.meta;
  p.site_code = facts.identity.site_code;
  p.icp = facts.identity.icp;
  p.psb = facts.identity.psb;
  p.party_badge = facts.identity.has_party_badge;
  p.error_entry = facts.identity.has_error_report_entry;
  p.body = std::move(resp.body);
  p.content_hash = HashHex(p.body);
  out.compressed_body = store::CompressBody(p.body);
  // Only the compressed body waits for the store: a batch of large pages holds far less.
  out.body_size = p.body.size();
  std::string().swap(p.body);
  if (big_page.owns_lock()) big_page.unlock();
  for (const extract::ListItem& it : facts.items) {
    model::Item item;
    item.title = it.title;
    item.url = it.url;
    if (it.date) item.date = FormatDate(*it.date);
    out.items.push_back(std::move(item));
  }
  std::set<std::string> linked;
  for (const extract::ExtractedLink& l : facts.links) {
    std::string target = NormalizeUrl(l.url);
    if (target.empty() || !linked.insert(target).second) continue;
    model::Link link;
    link.from_url = url;
    link.to_url = std::move(target);
    link.text = l.text;
    out.links.push_back(std::move(link));
    tags.push_back(l.tag);
  }
  out.compressed_links = store::EncodeLinks(out.links, url);
}

// Whether a HEAD's answer settles a link check. Many servers answer HEAD wrongly (405, 403, 404,
// 5xx, 204, a reset or a timeout) while GET works: those are asked again with GET, unless the
// name does not resolve, the certificate is bad, or the redirects loop or lead into private
// address space, which GET would meet too. Requests never sent (host held down, round stopped)
// settle nothing either but are not asked again here.
bool HeadAnswerIsFinal(const fetch::Response& r) {
  switch (r.error) {
    case fetch::FetchError::kNone: return r.http_status >= 200 && r.http_status < 400;
    case fetch::FetchError::kDns:
    case fetch::FetchError::kTls:
    case fetch::FetchError::kRedirectLoop:
    case fetch::FetchError::kRedirectPrivate:
    case fetch::FetchError::kTooManyRedirects:
    case fetch::FetchError::kHostDown:
    case fetch::FetchError::kNotStarted: return true;
    default: return false;
  }
}

// Body bytes read when a resource is asked with GET after its HEAD (the answer's status is what
// is wanted, not the file).
constexpr std::size_t kResourceGetBytes = 64 * 1024;

// Meta refreshes (or location scripts) in a row from a page to its own path under another query
// that are followed: a login or language step takes one or two; a page refreshing to itself with
// a counter (?n=2, ?n=3 …) would otherwise be followed to the depth limit.
constexpr int kMaxSelfRefreshes = 3;

// Checks the pending external links of `run` (HEAD, then GET when HEAD gives no usable answer)
// and stores each outcome; a killed crawl, or one out of time (checked between chunks), resumes
// with the checks it had not stored.
// Links to the other registered sites of the crawl go through the crawl's own fetcher (those
// servers are being crawled at that rate anyway); the rest through the slower external one.
// A site on a public address does not make the crawler ask the machines around it: its links to
// private addresses are not requested (recorded as redirect_private, like a redirect there).
Result<void> CheckExternalLinks(store::Repository& repo, fetch::Fetcher& crawl_fetcher, fetch::Fetcher& external_fetcher,
                                const std::set<std::string>& registered_origins,
                                const std::map<std::int64_t, SiteState>& states, std::int64_t run, const Clock& clock,
                                const CrawlOptions& options, const std::function<bool()>& out_of_time,
                                CrawlStats& stats) {
  auto all = repo.PendingLinkChecks(run);
  if (!all) return all.error();
  std::vector<store::LinkCheck> registered;
  std::vector<store::LinkCheck> others;
  for (store::LinkCheck& c : *all) {
    (registered_origins.count(OriginOf(c.url)) != 0 ? registered : others).push_back(std::move(c));
  }
  for (auto [pending, fetcher_ptr] : {std::pair{&registered, &crawl_fetcher}, std::pair{&others, &external_fetcher}}) {
    fetch::Fetcher& fetcher = *fetcher_ptr;
    const std::size_t chunk = std::max<std::size_t>(options.batch_size / 4, 50);
    for (std::size_t from = 0; from < pending->size(); from += chunk) {
      if (out_of_time()) {
        // The rest stay pending in the store for the next invocation.
        stats.out_of_time = true;
        return Ok();
      }
      const std::size_t to = std::min(pending->size(), from + chunk);
      std::vector<store::LinkCheck> checks(pending->begin() + static_cast<std::ptrdiff_t>(from),
                                           pending->begin() + static_cast<std::ptrdiff_t>(to));
      std::vector<fetch::Request> heads(checks.size());
      for (std::size_t i = 0; i < checks.size(); ++i) {
        heads[i].url = checks[i].url;
        heads[i].head_only = true;
        heads[i].timeout_ms = options.timeout_ms;
        // A host (or, for the external fetcher, a domain of endless subdomains) that never answers
        // is held down after a few timeouts: its other links are recorded host_down, unasked,
        // instead of costing each four timeouts one after another.
        heads[i].skip_when_host_down = true;
        // Registered sites are the office's own list, wherever they are.
        const auto st = states.find(checks[i].site_id);
        if (pending == &others && st != states.end()) heads[i].linked_from_ip = st->second.answered_from;
      }
      std::vector<std::size_t> retry_with_get;
      const auto record = [&](store::LinkCheck& c, const fetch::Response& r, const char* method) {
        c.checked_at = clock.Now();
        c.http_status = r.http_status;
        c.method = method;
        c.error = DeadLinkClass(r);
        c.broken = !c.error.empty();
        if (!c.broken && r.error != fetch::FetchError::kNone) c.error = std::string(fetch::ErrorName(r.error));
      };
      fetcher.FetchAll(heads, [&](std::size_t i, fetch::Response&& r) {
        record(checks[i], r, "HEAD");
        if (!HeadAnswerIsFinal(r)) retry_with_get.push_back(i);
      });
      if (!retry_with_get.empty()) {
        std::vector<fetch::Request> gets;
        for (std::size_t i : retry_with_get) {
          fetch::Request g = heads[i];
          g.head_only = false;
          gets.push_back(std::move(g));
        }
        fetcher.FetchAll(gets, [&](std::size_t k, fetch::Response&& r) {
          // A GET not sent (its host was held down meanwhile) leaves the HEAD's outcome.
          if (r.error != fetch::FetchError::kHostDown) record(checks[retry_with_get[k]], r, "GET");
        });
      }
      for (const store::LinkCheck& c : checks) {
        ++stats.external_checked;
        if (c.broken) ++stats.external_broken;
      }
      if (auto r = repo.SaveLinkChecks(run, checks); !r) return r.error();
    }
  }
  return Ok();
}

}  // namespace

fetch::FetchOptions DefaultExternalFetchOptions() {
  fetch::FetchOptions o;
  o.breaker_by_domain = true;
  o.max_concurrency = 4;
  o.max_per_host = 1;
  o.per_host_delay_ms = 500;
  o.max_body_bytes = 1 << 20;
  o.retries = 1;
  o.retry_backoff_ms = 1000;
  return o;
}

std::string DeadLinkClass(const fetch::Response& r) { return DeadLinkClass(r.http_status, fetch::ErrorName(r.error)); }

std::string DeadLinkClass(int http_status, std::string_view error_name) {
  if (error_name == fetch::ErrorName(fetch::FetchError::kTooLarge)) {
    // The server answered; only the body was cut.
    return http_status >= 400 ? std::to_string(http_status) : std::string();
  }
  if (error_name == fetch::ErrorName(fetch::FetchError::kHostDown)) return {};  // never asked
  // The page came whole; only the connection was not closed after it.
  if (error_name == fetch::ErrorName(fetch::FetchError::kHeldOpen)) return {};
  if (!error_name.empty()) return std::string(error_name);
  if (http_status == 404 || http_status == 410 || (http_status >= 500 && http_status <= 599)) {
    return std::to_string(http_status);
  }
  // No status, or one outside HTTP's three digits 100-599 (999, 000): an answer no browser can use.
  if (http_status < 100 || http_status > 599) return "protocol";
  return {};
}

Result<CrawlStats> CrawlSites(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                              const std::vector<model::Column>& columns, const Clock& clock,
                              const CrawlOptions& options, const ProgressFn& progress) {
  CrawlStats stats;
  std::map<std::int64_t, SiteState> states;
  // Sites sharing a host (a 集约化 platform hosting county sites under folders) each keep to the
  // folder of their homepage; a site alone on its host has all of it.
  std::map<std::string, int> sites_per_host;
  for (const model::Site& s : sites) ++sites_per_host[SiteHostKey(s.url)];
  for (const model::Site& s : sites) {
    SiteState st;
    st.origin = OriginOf(s.url);
    st.home = NormalizeUrl(s.url);
    SetCanonical(st, OriginOf(st.home));
    st.scope.push_back({SiteHostKey(s.url), sites_per_host[SiteHostKey(s.url)] > 1 ? PathOf(FolderOf(st.home)) : "/"});
    st.site_id = s.id;
    for (std::int64_t id : options.ignore_robots_sites) st.ignore_robots |= id == s.id;
    states[s.id] = std::move(st);
  }

  // Registered columns on another host are in scope down from their folder.
  for (const model::Column& c : columns) {
    auto it = states.find(c.site_id);
    if (it != states.end()) AddArea(it->second, NormalizeUrl(c.url));
  }

  // robots.txt of every origin the crawl fetches pages from (the registered homepages and
  // columns, the origin a homepage redirects to, any other origin in a site's scope), read fresh
  // by each invocation before the first URL of that origin is fetched, and reported.
  std::unordered_map<std::string, HostRobots> robots;  // by OriginOf
  std::vector<std::string> robots_wanted;              // origins to read before the next batch
  const auto want_robots = [&](const std::string& url, std::int64_t site_id) {
    const std::string origin = OriginOf(url);
    if (origin.empty() || robots.count(origin) != 0) return;
    HostRobots& h = robots[origin];
    h.site_id = site_id;
    robots_wanted.push_back(origin);
  };
  const auto read_robots = [&] {
    if (robots_wanted.empty()) return;
    std::vector<fetch::Request> requests;
    for (const std::string& origin : robots_wanted) {
      fetch::Request r;
      r.url = origin + "/robots.txt";
      r.timeout_ms = options.timeout_ms;
      // Only the start is read (RobotsRules::kMaxBytes; one byte more tells Parse the file goes
      // on), however long the file: a robots.txt streaming a gigabyte costs half a megabyte.
      r.max_body_bytes = RobotsRules::kMaxBytes + 1;
      r.keep_truncated_body = true;
      requests.push_back(std::move(r));
    }
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
      HostRobots& h = robots[robots_wanted[i]];
      h.read = true;
      h.http_status = resp.http_status;
      h.error = std::string(fetch::ErrorName(resp.error));
      h.unreachable = RobotsUnreachable(resp);
      if (resp.http_status == 200 && resp.body_is_text && !h.unreachable) h.rules = RobotsRules::Parse(resp.body);
      const std::int64_t asked = h.rules.CrawlDelayMs();
      if (asked > 0) h.delay_ms = std::min(asked, std::max<std::int64_t>(options.max_crawl_delay_ms, 0));
    });
    robots_wanted.clear();
  };
  // Whether `st`'s pages obey robots.txt (a supervising office may override it per site).
  const auto obeys = [&](const SiteState& st) { return options.obey_robots && !st.ignore_robots; };
  // The robots.txt read for the origin of `url`, null while it is not read yet.
  const auto robots_of = [&](const std::string& url) -> HostRobots* {
    auto it = robots.find(OriginOf(url));
    return it == robots.end() || !it->second.read ? nullptr : &it->second;
  };

  std::unordered_set<std::string> seen;
  // URLs first found as a form's action: a handler asked without its fields may fail (400, 5xx)
  // and still exist; only "not found" and transport failures make it a dead link.
  std::unordered_set<std::string> form_targets;
  std::int64_t run = 0;
  auto open = repo.OpenCrawlRun();
  if (!open) return open.error();
  if (*open) {
    run = **open;
    stats.resumed = true;
    auto all = repo.Frontier(run, false);
    if (!all) return all.error();
    for (const store::FrontierEntry& e : *all) {
      seen.insert(e.url);
      if (e.form) form_targets.insert(e.url);
      auto st = states.find(e.site_id);
      if (st == states.end()) continue;
      ++(e.resource ? st->second.resources : st->second.pages);
      if (!e.resource) {
        // The query-shape guard counts what was queued before the interruption too.
        if (const std::string shape = QueryShapeOf(e.url); !shape.empty()) ++st->second.query_shapes[shape];
      }
    }
    // The scope the interrupted run had learnt, in the order it learnt it.
    auto areas = repo.CrawlAreas(run);
    if (!areas) return areas.error();
    for (const store::CrawlArea& a : *areas) {
      auto st = states.find(a.site_id);
      if (st == states.end()) continue;
      if (!a.address.empty()) {
        // Its links are checked as links from there, whether or not this invocation fetches a page.
        st->second.answered_from = a.address;
        continue;
      }
      if (!a.landing) {
        AddArea(st->second, a.url);
        continue;
      }
      seen.insert(a.url);
      if (OriginOf(a.url) != st->second.canonical) {
        AddArea(st->second, a.url);
        SetCanonical(st->second, OriginOf(a.url));
      }
    }
  } else {
    auto started = repo.StartCrawlRun(clock.Now());
    if (!started) return started.error();
    run = *started;
    std::vector<store::FrontierEntry> seeds;
    const auto add_seed = [&](const std::string& raw, std::int64_t site_id) {
      SiteState& st = states[site_id];
      const std::string normal = NormalizeUrl(raw);
      const std::string host = SiteHostKey(normal);
      // A column registered as http:// on a site registered as https:// (or the other way round)
      // is one page with the link to it: fetched once, on the site's origin.
      const std::string url = OnCanonicalOrigin(st, host, normal);
      if (!InScope(st, host, url) || !seen.insert(url).second) return;
      seeds.push_back({url, site_id, 0, false, false});
      ++st.pages;
    };
    for (const model::Site& s : sites) add_seed(s.url, s.id);
    for (const model::Column& c : columns) {
      if (states.count(c.site_id) != 0) add_seed(c.url, c.site_id);
    }
    if (auto r = repo.AddFrontier(run, seeds); !r) return r.error();
  }

  // Which external links are checked (see CrawlOptions::External).
  CrawlOptions::External external = options.external;
  if (external == CrawlOptions::External::kAuto) {
    bool all_loopback = !sites.empty();
    for (const model::Site& s : sites) all_loopback = all_loopback && IsLoopbackUrl(s.url);
    external = all_loopback ? CrawlOptions::External::kLoopbackOnly : CrawlOptions::External::kAll;
  }
  std::unordered_set<std::string> external_seen;
  const int this_year = YearOf(clock.Now());
  // Pages are parsed on worker threads while this thread fetches and stores.
  std::size_t workers = 0;
  if (options.workers < 0) {
    workers = DefaultWorkerThreads();
  } else {
    workers = static_cast<std::size_t>(options.workers);
  }
  if (workers > 0) extract::PrepareExtractionThreads();
  WorkPool pool(workers);

  // The frontier's pending URLs in store order, kept here between batches (the store has the same
  // list, committed with each batch, for a resume).
  std::deque<store::FrontierEntry> queue;
  {
    auto pending = repo.Frontier(run, true);
    if (!pending) return pending.error();
    queue.assign(std::make_move_iterator(pending->begin()), std::make_move_iterator(pending->end()));
  }
  // A batch's pages, newly found URLs and completion commit together while the next batch is
  // fetched: this thread touches the store only when no commit is in flight. A crash loses at most
  // the two batches not yet committed, which are fetched again on resume.
  struct Commit {
    std::vector<store::PageRecord> records;
    std::vector<store::FrontierEntry> discovered;
    std::vector<store::LinkCheck> externals;
    std::vector<store::PageValidators> validators;
    std::vector<store::CrawlArea> areas;
    std::vector<std::string> done;
  };
  std::optional<Commit> unsaved;
  std::future<Result<void>> in_flight;
  const auto save = [&repo, run](const Commit& c) -> Result<void> {
    return repo.InTransaction([&]() -> Result<void> {
      for (const store::PageRecord& rec : c.records) {
        auto id = repo.SavePage(rec);
        if (!id) return id.error();
      }
      if (auto r = repo.SaveValidators(c.validators); !r) return r;
      if (auto r = repo.AddLinkChecks(run, c.externals); !r) return r;
      if (auto r = repo.AddFrontier(run, c.discovered); !r) return r;
      if (auto r = repo.AddCrawlAreas(run, c.areas); !r) return r;
      return repo.MarkFrontierDone(run, c.done);
    });
  };
  // Starts storing the last processed batch in the background.
  const auto start_commit = [&] {
    if (!unsaved) return;
    in_flight = std::async(std::launch::async, [&save, c = std::move(*unsaved)] { return save(c); });
    unsaved.reset();
  };
  // Waits for the batch being stored.
  const auto finish_commit = [&]() -> Result<void> {
    if (!in_flight.valid()) return Ok();
    return in_flight.get();
  };

  for (const store::FrontierEntry& e : queue) want_robots(e.url, e.site_id);
  // The figures of robots.txt for CrawlStats, on every way out.
  const auto report_robots = [&] {
    stats.robots.clear();
    for (const auto& [origin, h] : robots) {
      if (!h.read) continue;
      RobotsReport r;
      r.origin = origin;
      r.http_status = h.http_status;
      r.error = h.error;
      r.rules = h.rules.RuleCount();
      r.unreachable = h.unreachable;
      r.crawl_delay_ms = h.rules.CrawlDelayMs();
      auto st = states.find(h.site_id);
      r.overridden = st != states.end() && !obeys(st->second);
      r.applied_delay_ms = r.overridden ? 0 : h.delay_ms;
      r.disallowed = h.disallowed;
      stats.robots.push_back(std::move(r));
    }
    std::sort(stats.robots.begin(), stats.robots.end(),
              [](const RobotsReport& a, const RobotsReport& b) { return a.origin < b.origin; });
  };

  const auto crawl_started = std::chrono::steady_clock::now();
  const auto out_of_time = [&] {
    return options.max_run_ms > 0 &&
           std::chrono::steady_clock::now() - crawl_started >= std::chrono::milliseconds(options.max_run_ms);
  };
  // When the next request to an origin with a Crawl-delay may start (the fetcher keeps the delay
  // too; this keeps such a host from holding a whole batch while it waits).
  std::unordered_map<std::string, std::chrono::steady_clock::time_point> ready_at;
  for (;;) {
    if (queue.empty()) break;
    if (out_of_time()) {
      // The queue is in the stored frontier (committed with the batches that found it).
      start_commit();
      if (auto r = finish_commit(); !r) return r.error();
      stats.out_of_time = true;
      report_robots();
      stats.slow_hosts = fetcher.SlowHosts();
      return stats;
    }
    read_robots();
    const std::size_t pending_total = queue.size();
    Commit current;
    std::vector<store::FrontierEntry> rewritten;  // entries moved to their site's origin
    std::vector<store::FrontierEntry> batch;
    batch.reserve(std::min(queue.size(), options.batch_size));
    {
      // Takes the batch from the front of the queue. URLs robots.txt disallows are done without a
      // request; a URL of the site's own host under another scheme or spelling is fetched on the
      // site's origin (the http:// column of a site that moved to https://); URLs of a host whose
      // Crawl-delay has not passed wait in the queue, in order.
      const auto now = std::chrono::steady_clock::now();
      std::vector<store::FrontierEntry> waiting;
      auto first_ready = std::chrono::steady_clock::time_point::max();
      while (!queue.empty() && batch.size() < options.batch_size) {
        store::FrontierEntry e = std::move(queue.front());
        queue.pop_front();
        auto found = states.find(e.site_id);
        if (found == states.end()) {
          batch.push_back(std::move(e));
          continue;
        }
        SiteState& st = found->second;
        const std::string host = SiteHostKey(e.url);
        if (const std::string on_origin = OnCanonicalOrigin(st, host, e.url); on_origin != e.url) {
          current.done.push_back(e.url);
          if (!seen.insert(on_origin).second) continue;
          e.url = on_origin;
          rewritten.push_back(e);  // a frontier entry of its own, committed with the batch
        }
        HostRobots* h = robots_of(e.url);
        if (h != nullptr && obeys(st) && !RobotsPermit(*h, e.url, e.depth)) {
          ++stats.robots_disallowed;
          ++h->disallowed;
          current.done.push_back(e.url);
          continue;
        }
        if (h != nullptr && obeys(st) && h->delay_ms > 0) {
          auto& ready = ready_at[OriginOf(e.url)];
          if (ready > now) {
            first_ready = std::min(first_ready, ready);
            waiting.push_back(std::move(e));
            continue;
          }
          ready = now + std::chrono::milliseconds(h->delay_ms);
        }
        batch.push_back(std::move(e));
      }
      queue.insert(queue.begin(), std::make_move_iterator(waiting.begin()), std::make_move_iterator(waiting.end()));
      if (batch.empty() && current.done.empty() && !waiting.empty()) {
        // Only hosts inside their Crawl-delay are left: wait for the first (within the time budget).
        auto until = first_ready;
        if (options.max_run_ms > 0) until = std::min(until, crawl_started + std::chrono::milliseconds(options.max_run_ms));
        std::this_thread::sleep_until(until);
        continue;
      }
    }
    std::vector<fetch::Request> requests;
    requests.reserve(batch.size());
    for (const store::FrontierEntry& e : batch) {
      fetch::Request r;
      r.url = e.url;
      r.head_only = e.resource;
      r.timeout_ms = options.timeout_ms;
      r.retries = options.retries;
      r.skip_when_host_down = true;
      r.keep_timed_out_body = !e.resource;
      auto st = states.find(e.site_id);
      if (st != states.end()) {
        // The site's obeyed Crawl-delay; an overriding site asks at the fetcher's own pace.
        HostRobots* h = robots_of(e.url);
        if (h != nullptr && h->delay_ms > 0 && obeys(st->second)) r.host_delay_ms = h->delay_ms;
        // A URL found on the site's pages is asked as a link from where they answered, like a link
        // to another host: a public site whose name later resolves to 127.0.0.1 or 10.x (DNS
        // rebinding) does not make the crawler ask the machines around it. The seeds, registered
        // by the office, are asked wherever they are.
        if (e.depth > 0) r.linked_from_ip = st->second.answered_from;
      }
      requests.push_back(std::move(r));
    }
    if (options.conditional) {
      std::vector<std::string> page_urls;
      std::unordered_map<std::string, std::size_t> index;
      for (std::size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].resource) continue;
        page_urls.push_back(batch[i].url);
        index[batch[i].url] = i;
      }
      auto validators = repo.ValidatorsOf(page_urls);
      if (!validators) return validators.error();
      for (const store::PageValidators& v : *validators) {
        fetch::Request& r = requests[index[v.url]];
        r.if_none_match = v.etag;
        r.if_modified_since = v.last_modified;
      }
    }
    // The previous batch is stored while this one is fetched.
    start_commit();
    std::vector<store::PageRecord>& records = current.records;
    std::vector<store::FrontierEntry>& discovered = current.discovered;
    std::vector<store::LinkCheck>& externals = current.externals;
    std::vector<store::PageValidators>& validators = current.validators;
    Result<void> failure = Ok();

    // Queues the target of a link found on `e`'s page, if it is in scope and not a trap.
    const auto consider = [&](const store::FrontierEntry& e, SiteState& st, const std::string& linked,
                              std::string_view tag) {
      const std::string host = SiteHostKey(linked);
      const std::string target = OnCanonicalOrigin(st, host, linked);
      if (!InScope(st, host, target)) {
        if (!IsHttpUrl(target) || external == CrawlOptions::External::kNone) return;
        if (external == CrawlOptions::External::kLoopbackOnly && !IsLoopbackUrl(target)) {
          if (external_seen.insert(target).second) ++stats.external_skipped;
          return;
        }
        if (external_seen.count(target) != 0) return;
        if (st.externals >= options.max_external_per_site) {
          ++stats.over_limit;
          return;
        }
        external_seen.insert(target);
        ++st.externals;
        externals.push_back({target, e.site_id, 0, 0, {}, false, {}});
        return;
      }
      if (seen.count(target) != 0) return;
      const bool resource = IsResourceUrl(target) || tag == "img" || tag == "script" || tag == "link" || tag == "form";
      if (resource && !options.check_resources) return;
      if (LooksLikeTrap(target) || HasImplausibleYear(target, this_year)) {
        ++stats.skipped_traps;
        return;
      }
      if (!resource && (e.depth + 1 > options.max_depth || st.pages >= options.max_pages_per_site)) return;
      // A refresh to the page's own path under another query, after as many in a row.
      int refresh_hops = 0;
      if (tag == "meta" && !resource && PathOf(target) == PathOf(e.url)) {
        const auto before = st.refresh_hops.find(e.url);
        refresh_hops = (before == st.refresh_hops.end() ? 0 : before->second) + 1;
        if (refresh_hops > kMaxSelfRefreshes) {
          ++stats.skipped_traps;
          return;
        }
      }
      if (resource && st.resources >= options.max_resources_per_site) {
        ++stats.over_limit;
        return;
      }
      if (!resource) {
        const std::string shape = QueryShapeOf(target);
        if (!shape.empty() && ++st.query_shapes[shape] > options.max_query_variants) {
          ++stats.skipped_traps;
          return;
        }
      }
      if (obeys(st)) {
        // After the limits, so that a page of 100,000 links costs few robots.txt look-ups. An origin
        // whose robots.txt is not read yet is read before the next batch, which checks the URL then.
        if (HostRobots* h = robots_of(target); h != nullptr && !RobotsPermit(*h, target, e.depth + 1)) {
          ++stats.robots_disallowed;
          ++h->disallowed;
          return;
        }
      }
      seen.insert(target);
      if (refresh_hops > 0) st.refresh_hops[target] = refresh_hops;
      const bool form = tag == "form";
      if (form) form_targets.insert(target);
      ++(resource ? st.resources : st.pages);
      want_robots(target, e.site_id);
      discovered.push_back({target, e.site_id, e.depth + 1, resource, form});
    };

    // The answers of the batch. HTML pages are parsed on the pool while the fetch loop runs;
    // everything else (scope decisions, the frontier, the records) happens after the batch, in
    // batch order, so what is stored does not depend on which answer arrived first.
    struct Answer {
      fetch::Response resp;
      Timestamp fetched_at = 0;
      bool parsed = false;       // `page` holds the extraction
      store::PageRecord page;    // extracted fields, items, links, body and hash
      std::vector<std::string> link_tags;  // per page.links entry, the tag it came from
    };
    std::vector<Answer> answers(batch.size());
    std::size_t answered = 0;
    // Bytes of page bodies this batch holds (parsed or waiting for a worker; the previous batch's
    // are being stored meanwhile). Past options.max_batch_bytes the fetcher starts nothing more
    // and the rest of the batch goes back to the queue: a site of a thousand 10 MB pages must not
    // have them all in memory at once.
    std::size_t held_bytes = 0;
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
      // The figures move while a batch runs, not only between batches.
      if (progress && ++answered % 64 == 0) progress(stats, pending_total - answered + discovered.size());
      Answer& a = answers[i];
      a.fetched_at = clock.Now();
      a.resp = std::move(resp);
      const store::FrontierEntry& e = batch[i];
      if (e.resource || !HasPage(a.resp) || !IsHtml(a.resp)) {
        std::string().swap(a.resp.body);  // only HTML pages keep their body
        return;
      }
      held_bytes += a.resp.body.size();
      if (options.max_batch_bytes > 0 && held_bytes > options.max_batch_bytes) fetcher.StopStarting();
      pool.Submit([&a, &e] { ReadPage(e.url, a.resp, a.page, a.link_tags); a.parsed = true; });
    });
    // Resources whose HEAD settled nothing (a 204, 404 or 500 to HEAD, a reset) are asked with
    // GET, as external links are, so that a server mishandling HEAD does not make its images and
    // attachments dead links. Only the start of the body is read: the answer is what counts.
    // Servers refusing HEAD outright (405, 501), and form handlers failing a request without their
    // fields (400, 5xx), are taken at their word below.
    std::vector<std::size_t> head_unsettled;
    std::vector<fetch::Request> gets;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const fetch::Response& r = answers[i].resp;
      if (!batch[i].resource || HeadAnswerIsFinal(r) || r.http_status == 405 || r.http_status == 501) continue;
      if (form_targets.count(batch[i].url) != 0 && (r.http_status == 400 || r.http_status >= 500)) continue;
      fetch::Request g = requests[i];
      g.head_only = false;
      g.retries = 0;  // the HEAD had its retries
      g.max_body_bytes = kResourceGetBytes;
      g.keep_truncated_body = true;
      head_unsettled.push_back(i);
      gets.push_back(std::move(g));
    }
    fetcher.FetchAll(gets, [&](std::size_t k, fetch::Response&& resp) {
      if (resp.error == fetch::FetchError::kHostDown) return;  // not sent: the HEAD's answer stands
      Answer& a = answers[head_unsettled[k]];
      a.fetched_at = clock.Now();
      a.resp = std::move(resp);
      // A body longer than the start asked for is no failure of the resource.
      if (a.resp.error == fetch::FetchError::kTooLarge) a.resp.error = fetch::FetchError::kNone;
      std::string().swap(a.resp.body);
    });
    pool.Wait();
    if (auto r = finish_commit(); !r) return r.error();
    // Where redirects landed: a page fetched under one address and answering from another one of
    // its site (an http:// column answering from https://) is not fetched again under the latter,
    // whichever page of the batch links it first.
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const fetch::Response& resp = answers[i].resp;
      if (batch[i].resource || !resp.Ok() || resp.redirects.empty() || resp.final_url.empty()) continue;
      auto st = states.find(batch[i].site_id);
      const std::string landed = NormalizeUrl(resp.final_url);
      if (st != states.end() && landed != batch[i].url && InScope(st->second, landed)) seen.insert(landed);
    }
    std::vector<store::FrontierEntry> not_started;  // back to the front of the queue
    for (std::size_t i = 0; i < batch.size() && failure; ++i) {
      Answer& a = answers[i];
      fetch::Response& resp = a.resp;
      const store::FrontierEntry& e = batch[i];
      if (resp.error == fetch::FetchError::kNotStarted) {
        not_started.push_back(e);
        continue;
      }
      SiteState& st = states[e.site_id];
      if (!e.resource && HasPage(resp) && !resp.primary_ip.empty() && resp.primary_ip != st.answered_from) {
        st.answered_from = resp.primary_ip;
        current.areas.push_back({e.site_id, {}, false, resp.primary_ip});  // for a resumed crawl
      }
      if (e.url == st.home && resp.Ok() && !resp.final_url.empty()) {
        // http://qc.gov.cn/ answering from https://www.qc.gov.cn/: the site lives there now.
        const std::string landed = NormalizeUrl(resp.final_url);
        if (OriginOf(landed) != st.canonical) {
          // The folder it lands in: a homepage moved onto a provincial platform brings that
          // folder into scope, not the platform.
          AddArea(st, landed);
          SetCanonical(st, OriginOf(landed));
          want_robots(landed, e.site_id);
        }
        seen.insert(landed);  // the homepage under the address it answers from: fetched already
        if (landed != e.url) current.areas.push_back({e.site_id, landed, true, {}});
      }
      if (resp.error == fetch::FetchError::kHostDown) {
        // Never asked: no outcome to store, and no dead link for the pages that link here.
        ++stats.host_down;
        continue;
      }
      store::PageRecord rec;
      model::Page& p = rec.page;
      p.site_id = e.site_id;
      p.url = e.url;
      p.fetched_at = a.fetched_at;
      p.http_status = resp.http_status;
      p.error = std::string(fetch::ErrorName(resp.error));
      // Servers that refuse HEAD are asked nothing more; the resource exists.
      if (e.resource && (resp.http_status == 405 || resp.http_status == 501)) p.http_status = 200;
      // A form handler that answers an empty request with 400 or 5xx exists (see form_targets).
      if (e.resource && resp.error == fetch::FetchError::kNone && form_targets.count(e.url) != 0 &&
          (resp.http_status == 400 || resp.http_status >= 500)) {
        p.http_status = 200;
      }
      p.charset = resp.charset;
      if (!resp.Ok()) ++stats.errors;
      if (e.resource) {
        ++stats.resources;
        records.push_back(std::move(rec));
        continue;
      }
      if (resp.http_status == 304 && resp.error == fetch::FetchError::kNone &&
          (!requests[i].if_none_match.empty() || !requests[i].if_modified_since.empty())) {
        // Unchanged since the stored snapshot: observed again now, body and extraction reused
        // (the body is not stored again), and its links followed as stored.
        auto previous = repo.LatestPage(e.url, p.fetched_at);
        if (!previous) {
          failure = previous.error();
          break;
        }
        if (*previous) {
          store::PageRecord again = std::move(**previous);
          again.page.id = 0;
          again.page.fetched_at = p.fetched_at;
          for (model::Item& it : again.items) it.page_id = 0;
          for (model::Link& l : again.links) l.page_id = 0;
          for (const model::Link& l : again.links) consider(e, st, l.to_url, IsResourceUrl(l.to_url) ? "img" : "a");
          ++stats.unchanged;
          ++stats.pages;
          records.push_back(std::move(again));
          continue;
        }
      }
      if (a.parsed) {
        store::PageRecord& read = a.page;
        read.page.site_id = p.site_id;
        read.page.url = p.url;
        read.page.fetched_at = p.fetched_at;
        read.page.http_status = p.http_status;
        read.page.error = std::move(p.error);
        read.page.charset = std::move(p.charset);
        if (e.url == st.home && read.links.size() <= 5) {
          // A homepage that only sends the browser on (meta refresh, location script) to another
          // host: the site lives in the folder it lands in.
          for (std::size_t k = 0; k < read.links.size(); ++k) {
            const std::string& to = read.links[k].to_url;
            if (a.link_tags[k] == "meta" && IsHttpUrl(to) && !InScope(st, to)) {
              AddArea(st, to);
              current.areas.push_back({e.site_id, to, false, {}});
            }
          }
        }
        for (std::size_t k = 0; k < read.links.size(); ++k) consider(e, st, read.links[k].to_url, a.link_tags[k]);
        ++stats.pages;
        if (options.conditional && resp.Ok() && resp.http_status == 200 &&
            (!resp.etag.empty() || !resp.last_modified.empty())) {
          validators.push_back({e.url, resp.etag, resp.last_modified, p.fetched_at});
        }
        records.push_back(std::move(read));
        continue;
      }
      records.push_back(std::move(rec));
    }
    answers.clear();
    if (!failure) return failure.error();
    current.done.reserve(current.done.size() + batch.size());
    std::unordered_set<std::string> again;
    for (const store::FrontierEntry& e : not_started) again.insert(e.url);
    for (const store::FrontierEntry& e : batch) {
      if (again.count(e.url) == 0) current.done.push_back(e.url);
    }
    queue.insert(queue.begin(), std::make_move_iterator(not_started.begin()), std::make_move_iterator(not_started.end()));
    queue.insert(queue.end(), discovered.begin(), discovered.end());
    discovered.insert(discovered.end(), std::make_move_iterator(rewritten.begin()),
                      std::make_move_iterator(rewritten.end()));
    unsaved = std::move(current);
    if (progress) progress(stats, queue.size());
  }
  start_commit();
  if (auto r = finish_commit(); !r) return r.error();
  report_robots();
  stats.slow_hosts = fetcher.SlowHosts();

  // Links to other hosts, at the external fetcher's lower rate, once each per run.
  if (external != CrawlOptions::External::kNone) {
    std::unique_ptr<fetch::Fetcher> own;
    fetch::Fetcher* checker = options.external_fetcher;
    if (checker == nullptr) {
      own = fetch::MakeCurlFetcher(options.external_fetch);
      checker = own.get();
    }
    std::set<std::string> registered_origins;
    for (const auto& [id, st] : states) {
      registered_origins.insert(st.origin);
      registered_origins.insert(st.canonical);
    }
    if (auto r = CheckExternalLinks(repo, fetcher, *checker, registered_origins, states, run, clock, options,
                                    out_of_time, stats);
        !r) {
      return r.error();
    }
    if (progress) progress(stats, 0);
    if (stats.out_of_time) return stats;  // the run stays open; the next invocation checks the rest
  }
  if (auto r = repo.FinishCrawlRun(run, clock.Now()); !r) return r.error();
  return stats;
}

}  // namespace govwatch::crawl
