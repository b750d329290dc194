#include "crawl/prober.hpp"

#include "crawl/probe_scheduler.hpp"

namespace govwatch::crawl {

std::vector<model::Probe> ProbeSites(fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                                     const Clock& clock, std::int64_t timeout_ms) {
  std::vector<fetch::Request> requests;
  for (const model::Site& s : sites) {
    fetch::Request r;
    r.url = s.url;
    r.timeout_ms = timeout_ms;
    requests.push_back(std::move(r));
  }
  const Timestamp at = clock.Now();
  std::vector<model::Probe> probes(sites.size());
  fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& resp) {
    probes[i] = ProbeFromResponse(sites[i].id, at, resp, timeout_ms);
  });
  return probes;
}

}  // namespace govwatch::crawl
