#include "cli/stylesheets.hpp"

#include <set>
#include <string>

#include "common/strings.hpp"
#include "crawl/url.hpp"

namespace govwatch::cli {

bool IsStylesheetUrl(std::string_view url) {
  return EndsWithIgnoringAsciiCase(url.substr(0, url.find_first_of("?#")), ".css");
}

SiteStylesheetLinks CollectStylesheetLinks(const model::Site& site, const std::vector<store::PageRecord>& pages) {
  SiteStylesheetLinks out;
  out.site_id = site.id;
  for (const store::PageRecord& r : pages) {
    if (r.page.content_hash.empty()) continue;  // a resource or an error: no links of its own
    std::vector<std::string> sheets;
    std::string origin;
    for (const model::Link& l : r.links) {
      if (!IsStylesheetUrl(l.to_url)) continue;
      if (origin.empty()) origin = crawl::OriginOf(r.page.url);
      if (crawl::OriginOf(l.to_url) == origin) sheets.push_back(l.to_url);
    }
    if (!sheets.empty()) out.pages.emplace_back(r.page.url, std::move(sheets));
  }
  return out;
}

Result<int> FetchStylesheets(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                             const Clock& clock, std::int64_t timeout_ms) {
  std::vector<SiteStylesheetLinks> links;
  for (const model::Site& site : sites) {
    auto pages = repo.LatestLinksOfSite(site.id, clock.Now());
    if (!pages) return pages.error();
    links.push_back(CollectStylesheetLinks(site, *pages));
  }
  return FetchStylesheets(repo, fetcher, links, {}, clock, timeout_ms);
}

Result<int> FetchStylesheets(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<SiteStylesheetLinks>& sites, const std::set<std::string>& replaced,
                             const Clock& clock, std::int64_t timeout_ms) {
  const Timestamp now = clock.Now();
  std::set<std::string> asked;  // one fetch per URL per run, even when sites share a sheet
  std::vector<fetch::Request> requests;
  std::vector<std::int64_t> owners;
  for (const SiteStylesheetLinks& site : sites) {
    int wanted = 0;
    for (const auto& [page_url, sheets] : site.pages) {
      if (wanted >= kMaxStylesheetsPerSite) break;
      if (replaced.count(page_url) != 0) continue;
      for (const std::string& url : sheets) {
        if (wanted >= kMaxStylesheetsPerSite) break;
        if (!asked.insert(url).second) continue;
        ++wanted;
        fetch::Request req;
        req.url = url;
        req.timeout_ms = timeout_ms;
        requests.push_back(std::move(req));
        owners.push_back(site.site_id);
      }
    }
  }
  std::vector<store::PageRecord> records;
  fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
    if (!resp.Ok() || resp.body.empty() || resp.body.size() > kMaxStylesheetBytes) return;
    // Selectors are ASCII; a sheet in GBK only has its comments and content strings spoiled.
    if (!IsValidUtf8(resp.body)) resp.body = SanitizeUtf8(resp.body);
    store::PageRecord rec;
    rec.page.site_id = owners[i];
    rec.page.url = requests[i].url;
    rec.page.fetched_at = now;
    rec.page.http_status = resp.http_status;
    rec.page.charset = resp.charset;
    rec.page.body = std::move(resp.body);
    rec.page.content_hash = HashHex(rec.page.body);
    records.push_back(std::move(rec));
  });
  for (const store::PageRecord& rec : records) {
    if (auto saved = repo.SavePage(rec); !saved) return saved.error();
  }
  return static_cast<int>(records.size());
}

}  // namespace govwatch::cli
