// The site-search probe (P-11): finds the search form on each site's stored homepage, submits the
// title of the homepage's newest article with a GET request (in the site's charset) and stores
// whether the result page finds it. Runs after a crawl, one request per site, loopback or not
// as the registry says.
#pragma once

#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::cli {

// Probes every site of `sites` with a stored homepage; returns how many probes were stored.
Result<int> ProbeSearch(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                        const Clock& clock, std::int64_t timeout_ms);

}  // namespace govwatch::cli
