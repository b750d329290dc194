#include "crawl/crawler.hpp"

#include <map>
#include <set>
#include <unordered_set>

#include "common/strings.hpp"
#include "crawl/robots.hpp"
#include "crawl/url.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::crawl {

namespace {

struct SiteState {
  std::string origin;
  std::int64_t site_id = 0;
  int pages = 0;
  bool ignore_robots = false;
  RobotsRules robots;
};

bool IsHtml(const fetch::Response& r) {
  return r.body_is_text && (r.content_type.empty() || Contains(r.content_type, "html"));
}

std::string PathAndQuery(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  const auto slash = url.find_first_of("/?", scheme_end + 3);
  return slash == std::string_view::npos ? std::string("/") : std::string(url.substr(slash));
}

}  // namespace

Result<CrawlStats> CrawlSites(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                              const std::vector<model::Column>& columns, const Clock& clock,
                              const CrawlOptions& options, const ProgressFn& progress) {
  CrawlStats stats;
  std::map<std::int64_t, SiteState> states;
  for (const model::Site& s : sites) {
    SiteState st;
    st.origin = OriginOf(s.url);
    st.site_id = s.id;
    for (std::int64_t id : options.ignore_robots_sites) st.ignore_robots |= id == s.id;
    states[s.id] = std::move(st);
  }

  // robots.txt of every site, read fresh each crawl.
  {
    std::vector<fetch::Request> requests;
    std::vector<std::int64_t> ids;
    for (const auto& [id, st] : states) {
      fetch::Request r;
      r.url = st.origin + "/robots.txt";
      r.timeout_ms = options.timeout_ms;
      requests.push_back(std::move(r));
      ids.push_back(id);
    }
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
      if (resp.http_status == 200 && resp.body_is_text) states[ids[i]].robots = RobotsRules::Parse(resp.body);
    });
  }

  std::unordered_set<std::string> seen;
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
      if (!e.resource && states.count(e.site_id) != 0) ++states[e.site_id].pages;
    }
  } else {
    auto started = repo.StartCrawlRun(clock.Now());
    if (!started) return started.error();
    run = *started;
    std::vector<store::FrontierEntry> seeds;
    const auto add_seed = [&](const std::string& raw, std::int64_t site_id) {
      const std::string url = NormalizeUrl(raw);
      if (OriginOf(url) != states[site_id].origin || !seen.insert(url).second) return;
      seeds.push_back({url, site_id, 0, false});
      ++states[site_id].pages;
    };
    for (const model::Site& s : sites) add_seed(s.url, s.id);
    for (const model::Column& c : columns) {
      if (states.count(c.site_id) != 0) add_seed(c.url, c.site_id);
    }
    if (auto r = repo.AddFrontier(run, seeds); !r) return r.error();
  }

  for (;;) {
    auto pending = repo.Frontier(run, true);
    if (!pending) return pending.error();
    if (pending->empty()) break;
    if (pending->size() > options.batch_size) pending->resize(options.batch_size);
    std::vector<store::FrontierEntry>& batch = *pending;
    std::vector<fetch::Request> requests;
    requests.reserve(batch.size());
    for (const store::FrontierEntry& e : batch) {
      fetch::Request r;
      r.url = e.url;
      r.head_only = e.resource;
      r.timeout_ms = options.timeout_ms;
      requests.push_back(std::move(r));
    }
    std::vector<store::PageRecord> records;
    std::vector<store::FrontierEntry> discovered;
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
      const store::FrontierEntry& e = batch[i];
      SiteState& st = states[e.site_id];
      store::PageRecord rec;
      model::Page& p = rec.page;
      p.site_id = e.site_id;
      p.url = e.url;
      p.fetched_at = clock.Now();
      p.http_status = resp.http_status;
      p.error = std::string(fetch::ErrorName(resp.error));
      // Servers that refuse HEAD are asked nothing more; the resource exists.
      if (e.resource && (resp.http_status == 405 || resp.http_status == 501)) p.http_status = 200;
      p.charset = resp.charset;
      if (!resp.Ok()) ++stats.errors;
      if (e.resource) {
        ++stats.resources;
        records.push_back(std::move(rec));
        return;
      }
      if (resp.Ok() && IsHtml(resp)) {
        const std::string base = resp.final_url.empty() ? e.url : resp.final_url;
        const extract::PageFacts facts = extract::ExtractPage(resp.body, base);
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
        for (const extract::ListItem& it : facts.items) {
          model::Item item;
          item.title = it.title;
          item.url = it.url;
          if (it.date) item.date = FormatDate(*it.date);
          rec.items.push_back(std::move(item));
        }
        std::set<std::string> linked;
        for (const extract::ExtractedLink& l : facts.links) {
          const std::string target = NormalizeUrl(l.url);
          if (target.empty() || !linked.insert(target).second) continue;
          model::Link link;
          link.from_url = e.url;
          link.to_url = target;
          link.text = l.text;
          rec.links.push_back(std::move(link));
          if (OriginOf(target) != st.origin || seen.count(target) != 0 || l.tag == "form") continue;
          const bool resource = IsResourceUrl(target) || l.tag == "img" || l.tag == "script" || l.tag == "link";
          if (resource && !options.check_resources) continue;
          if (LooksLikeTrap(target)) {
            ++stats.skipped_traps;
            continue;
          }
          if (options.obey_robots && !st.ignore_robots && !st.robots.Allows(PathAndQuery(target))) {
            ++stats.robots_disallowed;
            continue;
          }
          if (!resource && (e.depth + 1 > options.max_depth || st.pages >= options.max_pages_per_site)) continue;
          seen.insert(target);
          if (!resource) ++st.pages;
          discovered.push_back({target, e.site_id, e.depth + 1, resource});
        }
        ++stats.pages;
      }
      records.push_back(std::move(rec));
    });
    // Pages, newly found URLs and the batch's completion commit together: a crash loses at most
    // the batch in flight, which is fetched again on resume.
    std::vector<std::string> done;
    done.reserve(batch.size());
    for (const store::FrontierEntry& e : batch) done.push_back(e.url);
    auto saved = repo.InTransaction([&]() -> Result<void> {
      for (const store::PageRecord& rec : records) {
        auto id = repo.SavePage(rec);
        if (!id) return id.error();
      }
      if (auto r = repo.AddFrontier(run, discovered); !r) return r;
      return repo.MarkFrontierDone(run, done);
    });
    if (!saved) return saved.error();
    if (progress) progress(stats, discovered.size());
  }
  if (auto r = repo.FinishCrawlRun(run, clock.Now()); !r) return r.error();
  return stats;
}

}  // namespace govwatch::crawl
