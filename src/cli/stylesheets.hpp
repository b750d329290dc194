// The same-site style sheets that the site's pages link (<link rel="stylesheet">), fetched once per
// URL per run and stored like page bodies, so that the 暗链 check (W-V1.3) can apply their rules
// (the crawl itself only asks resources with HEAD). Runs after a crawl.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::cli {

// Sheets larger than this are not stored (an injected rule hides in ordinary-sized sheets).
constexpr std::size_t kMaxStylesheetBytes = 512 * 1024;
// Sheets fetched per site and run: a page linking 100,000 distinct sheets would otherwise cost
// 100,000 requests past the crawl's own resource limit (a site uses a few dozen).
constexpr int kMaxStylesheetsPerSite = 200;

// Fetches each same-origin .css URL linked from the newest snapshots of `sites` once (the first
// kMaxStylesheetsPerSite of a site) and stores
// each that answers with a text body up to kMaxStylesheetBytes; returns how many were stored.
Result<int> FetchStylesheets(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                             const Clock& clock, std::int64_t timeout_ms);

// The sheets a site's snapshots link, in snapshot and link order: of each snapshot with a body,
// its URL and its same-origin .css links (snapshots without any are left out). Collected while
// another pass reads the site's links (crawl::ReadAttachments), so that they are read once.
struct SiteStylesheetLinks {
  std::int64_t site_id = 0;
  std::vector<std::pair<std::string, std::vector<std::string>>> pages;
};
SiteStylesheetLinks CollectStylesheetLinks(const model::Site& site, const std::vector<store::PageRecord>& pages);

// FetchStylesheets from links collected before: the same choice and the same stored sheets as
// reading the sites' links now, when `replaced` names the URLs that got a newer snapshot without
// body since they were collected (crawl::AttachmentStats::stored): those pages are passed over.
Result<int> FetchStylesheets(store::Repository& repo, fetch::Fetcher& fetcher,
                             const std::vector<SiteStylesheetLinks>& sites, const std::set<std::string>& replaced,
                             const Clock& clock, std::int64_t timeout_ms);

// True for a URL whose path ends in .css (query and fragment ignored).
bool IsStylesheetUrl(std::string_view url);

}  // namespace govwatch::cli
