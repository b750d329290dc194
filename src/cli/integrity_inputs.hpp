// Gathers what the page-integrity checks need (check/integrity_observations.hpp) from the store:
// hidden links read from stored page bodies, the stored versions of stable pages, the list
// snapshots of news and notice columns, and the newest site-search probe.
#pragma once

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"
#include "common/result.hpp"
#include "store/repository.hpp"

namespace govwatch::cli {

// `obs` is the site's ordinary observation (its pages and columns at t), already gathered.
Result<check::SiteIntegrityObservations> GatherIntegrity(store::Repository& repo, const check::Rules& rules,
                                                          const check::SiteObservations& obs, Timestamp t);

// The list view of a stored snapshot (homepage or column) that the checks read.
check::ListSnapshot ToSnapshot(const store::PageRecord& r);

// True when the snapshot is an answer a visitor could read: no transport error, status 2xx or 3xx.
bool IsUp(const model::Page& p);

// True for pages that should stay stable: 领导信息 pages by URL folder or title.
bool IsLeaderPage(const std::string& url, const std::string& title);

}  // namespace govwatch::cli
