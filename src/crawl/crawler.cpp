#include "crawl/crawler.hpp"

#include <map>
#include <set>
#include <unordered_set>

#include "common/strings.hpp"
#include "crawl/url.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::crawl {

namespace {

struct Entry {
  std::string url;
  std::size_t site = 0;
  int depth = 0;
  bool resource = false;
};

struct SiteState {
  std::string origin;
  std::int64_t site_id = 0;
  int pages = 0;
  std::unordered_set<std::string> seen;
};

bool IsHtml(const fetch::Response& r) {
  return r.body_is_text && (r.content_type.empty() || Contains(r.content_type, "html"));
}

}  // namespace

Result<CrawlStats> CrawlSites(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                              const std::vector<model::Column>& columns, const Clock& clock,
                              const CrawlOptions& options, const ProgressFn& progress) {
  CrawlStats stats;
  std::vector<SiteState> states;
  std::vector<Entry> frontier;
  std::map<std::int64_t, std::size_t> index_of_site;
  for (const model::Site& s : sites) {
    SiteState st;
    st.origin = OriginOf(s.url);
    st.site_id = s.id;
    index_of_site[s.id] = states.size();
    states.push_back(std::move(st));
    const std::string url = NormalizeUrl(s.url);
    states.back().seen.insert(url);
    frontier.push_back({url, states.size() - 1, 0, false});
  }
  for (const model::Column& c : columns) {
    auto it = index_of_site.find(c.site_id);
    if (it == index_of_site.end()) continue;
    const std::string url = NormalizeUrl(c.url);
    if (OriginOf(url) != states[it->second].origin) continue;
    if (!states[it->second].seen.insert(url).second) continue;
    frontier.push_back({url, it->second, 0, false});
  }

  while (!frontier.empty()) {
    std::vector<Entry> batch;
    batch.swap(frontier);
    std::vector<fetch::Request> requests;
    requests.reserve(batch.size());
    for (const Entry& e : batch) {
      fetch::Request r;
      r.url = e.url;
      r.head_only = e.resource;
      r.timeout_ms = options.timeout_ms;
      requests.push_back(std::move(r));
    }
    std::vector<store::PageRecord> records;
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
      const Entry& e = batch[i];
      SiteState& st = states[e.site];
      store::PageRecord rec;
      model::Page& p = rec.page;
      p.site_id = st.site_id;
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
        const extract::PageFacts facts = extract::ExtractPage(resp.body, resp.final_url.empty() ? e.url : resp.final_url);
        p.title = facts.title;
        if (facts.publish_date) p.publish_date = FormatDate(*facts.publish_date);
        p.is_list = facts.is_list_page;
        p.empty_list = facts.empty_list;
        p.text = facts.main_text;
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
          if (OriginOf(target) != st.origin || st.seen.count(target) != 0) continue;
          if (l.tag == "form") continue;
          const bool resource = IsResourceUrl(target) || l.tag == "img" || l.tag == "script" || l.tag == "link";
          if (resource && !options.check_resources) continue;
          if (LooksLikeTrap(target)) {
            ++stats.skipped_traps;
            continue;
          }
          if (!resource && (e.depth + 1 > options.max_depth || st.pages >= options.max_pages_per_site)) continue;
          st.seen.insert(target);
          if (!resource) ++st.pages;
          frontier.push_back({target, e.site, e.depth + 1, resource});
        }
        ++stats.pages;
      }
      records.push_back(std::move(rec));
    });
    auto saved = repo.InTransaction([&]() -> Result<void> {
      for (const store::PageRecord& rec : records) {
        auto id = repo.SavePage(rec);
        if (!id) return id.error();
      }
      return Ok();
    });
    if (!saved) return saved.error();
    if (progress) progress(stats, frontier.size());
  }
  return stats;
}

}  // namespace govwatch::crawl
