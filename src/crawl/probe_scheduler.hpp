// The availability probe schedule (W-V2): every site's homepage is probed `per_day` times a day
// (default 96, every 15 minutes) with the rule's 15 s timeout; 200 and 3xx within the timeout
// count as up. Slots are fixed on the clock (site i's k-th probe is due at
// start + offset_i + k·interval, offsets spread the sites evenly over one interval), so a slow or
// late probe never pushes the later ones: the schedule cannot drift. A pool of workers, each with
// its own fetcher, runs the probes; lateness (start − due) is recorded for every probe.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"

namespace govwatch::crawl {

struct ProbeScheduleOptions {
  int per_day = 96;
  std::int64_t interval_ms = 0;     // overrides per_day when > 0 (benchmarks, tests)
  std::int64_t timeout_ms = 15000;  // the 2019 rule's 15 s
  int workers = 64;                 // probes in flight at most
  std::int64_t flush_ms = 1000;     // how often finished probes are handed to the sink
};

// Lateness of the probes started so far, in milliseconds.
struct LatenessStats {
  std::size_t probes = 0;
  std::int64_t p50_ms = 0;
  std::int64_t p99_ms = 0;
  std::int64_t max_ms = 0;
};

// Percentiles of lateness samples (nearest rank); all zero for none.
LatenessStats SummarizeLateness(std::vector<std::int64_t> lateness_ms);

// Makes the fetcher of one worker.
using FetcherFactory = std::function<std::unique_ptr<fetch::Fetcher>()>;
// Receives finished probes on the thread that called Run (so it may write to a Repository).
using ProbeSink = std::function<Result<void>(std::vector<model::Probe>&&)>;

// Probes `sites` on the schedule until `stop` is set or `run_for_ms` has passed (0: until stop).
// Each probe is stamped with the second it started. Fails only when the sink fails.
Result<LatenessStats> RunProbeSchedule(const std::vector<model::Site>& sites, const ProbeScheduleOptions& options,
                                       const Clock& clock, const FetcherFactory& make_fetcher,
                                       const ProbeSink& sink, const std::atomic<bool>& stop,
                                       std::int64_t run_for_ms);

// One probe's verdict from its response: up when 200-399 arrived without error within the timeout.
model::Probe ProbeFromResponse(std::int64_t site_id, Timestamp at, const fetch::Response& response,
                               std::int64_t timeout_ms);

}  // namespace govwatch::crawl
