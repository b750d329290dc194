// Availability probes (W-V2): one GET of each site's homepage with the rule's timeout; 200 and
// 3xx within the timeout count as up.
#pragma once

#include <vector>

#include "common/clock.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"

namespace govwatch::crawl {

// Probes every site once, concurrently; each probe is stamped with the clock's time at the start
// of the round.
std::vector<model::Probe> ProbeSites(fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                                     const Clock& clock, std::int64_t timeout_ms);

}  // namespace govwatch::crawl
