#include "crawl/prober.hpp"

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
    model::Probe& p = probes[i];
    p.site_id = sites[i].id;
    p.at = at;
    p.http_status = resp.http_status;
    p.elapsed_ms = resp.elapsed_ms;
    p.ok = resp.error == fetch::FetchError::kNone && resp.http_status >= 200 && resp.http_status < 400 &&
           resp.elapsed_ms < timeout_ms;
    p.error = resp.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(resp.error))
                                                     : (p.ok ? std::string() : std::to_string(resp.http_status));
  });
  return probes;
}

}  // namespace govwatch::crawl
