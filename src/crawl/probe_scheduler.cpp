#include "crawl/probe_scheduler.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <queue>
#include <thread>

namespace govwatch::crawl {

LatenessStats SummarizeLateness(std::vector<std::int64_t> lateness_ms) {
  LatenessStats s;
  s.probes = lateness_ms.size();
  if (lateness_ms.empty()) return s;
  std::sort(lateness_ms.begin(), lateness_ms.end());
  const auto rank = [&](double q) {
    const auto i = static_cast<std::size_t>(q * static_cast<double>(lateness_ms.size()) + 0.999999);
    return lateness_ms[std::min(lateness_ms.size(), std::max<std::size_t>(i, 1)) - 1];
  };
  s.p50_ms = rank(0.50);
  s.p99_ms = rank(0.99);
  s.max_ms = lateness_ms.back();
  return s;
}

model::Probe ProbeFromResponse(std::int64_t site_id, Timestamp at, const fetch::Response& r, std::int64_t timeout_ms) {
  model::Probe p;
  p.site_id = site_id;
  p.at = at;
  p.http_status = r.http_status;
  p.elapsed_ms = r.elapsed_ms;
  p.ok = r.error == fetch::FetchError::kNone && r.http_status >= 200 && r.http_status < 400 &&
         r.elapsed_ms < timeout_ms;
  p.error = r.error != fetch::FetchError::kNone ? std::string(fetch::ErrorName(r.error))
                                                : (p.ok ? std::string() : (r.http_status >= 400 ? std::to_string(r.http_status)
                                                                                                : std::string("timeout")));
  return p;
}

namespace {

struct Job {
  std::size_t site = 0;
  std::int64_t due_ms = 0;
};

}  // namespace

Result<LatenessStats> RunProbeSchedule(const std::vector<model::Site>& sites, const ProbeScheduleOptions& options,
                                       const Clock& clock, const FetcherFactory& make_fetcher,
                                       const ProbeSink& sink, const std::atomic<bool>& stop,
                                       std::int64_t run_for_ms) {
  if (sites.empty()) return LatenessStats{};
  const std::int64_t interval =
      options.interval_ms > 0 ? options.interval_ms : 86'400'000 / std::max(options.per_day, 1);
  const std::int64_t start = clock.NowMillis();
  const std::int64_t end = run_for_ms > 0 ? start + run_for_ms : INT64_MAX;

  // Due times, earliest first; site i starts at an even share of the interval.
  const auto later = [](const Job& a, const Job& b) { return a.due_ms > b.due_ms; };
  std::priority_queue<Job, std::vector<Job>, decltype(later)> schedule(later);
  for (std::size_t i = 0; i < sites.size(); ++i) {
    schedule.push({i, start + static_cast<std::int64_t>(i) * interval / static_cast<std::int64_t>(sites.size())});
  }

  std::mutex mutex;
  std::condition_variable work_ready;
  std::deque<Job> work;
  std::vector<model::Probe> finished;
  std::vector<std::int64_t> lateness;
  bool closing = false;

  const int worker_count = std::max(1, options.workers);
  std::vector<std::thread> workers;
  workers.reserve(static_cast<std::size_t>(worker_count));
  for (int w = 0; w < worker_count; ++w) {
    workers.emplace_back([&] {
      std::unique_ptr<fetch::Fetcher> fetcher = make_fetcher();
      for (;;) {
        Job job;
        {
          std::unique_lock<std::mutex> lock(mutex);
          work_ready.wait(lock, [&] { return closing || !work.empty(); });
          if (work.empty()) return;
          job = work.front();
          work.pop_front();
        }
        const std::int64_t started = clock.NowMillis();
        fetch::Request request;
        request.url = sites[job.site].url;
        request.timeout_ms = options.timeout_ms;
        const fetch::Response response = fetcher->Fetch(request);
        model::Probe probe = ProbeFromResponse(sites[job.site].id, started / 1000, response, options.timeout_ms);
        std::lock_guard<std::mutex> lock(mutex);
        lateness.push_back(std::max<std::int64_t>(0, started - job.due_ms));
        finished.push_back(std::move(probe));
      }
    });
  }

  Result<void> outcome = Ok();
  std::int64_t next_flush = start + options.flush_ms;
  const auto flush = [&]() -> Result<void> {
    std::vector<model::Probe> batch;
    {
      std::lock_guard<std::mutex> lock(mutex);
      batch.swap(finished);
    }
    if (batch.empty()) return Ok();
    return sink(std::move(batch));
  };
  while (!stop.load() && outcome) {
    const std::int64_t now = clock.NowMillis();
    if (now >= end) break;
    // Hand every due slot to the workers; the next slot of a site is fixed on the clock.
    {
      std::lock_guard<std::mutex> lock(mutex);
      while (!schedule.empty() && schedule.top().due_ms <= now) {
        Job job = schedule.top();
        schedule.pop();
        work.push_back(job);
        schedule.push({job.site, job.due_ms + interval});
      }
    }
    work_ready.notify_all();
    if (now >= next_flush) {
      outcome = flush();
      next_flush = now + options.flush_ms;
    }
    const std::int64_t wake = std::min({schedule.top().due_ms, next_flush, end});
    const std::int64_t sleep_ms = std::clamp<std::int64_t>(wake - clock.NowMillis(), 0, 50);
    if (sleep_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(sleep_ms));
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    closing = true;
    work.clear();  // slots not yet started are not probed
  }
  work_ready.notify_all();
  for (std::thread& t : workers) t.join();
  if (outcome) outcome = flush();
  if (!outcome) return outcome.error();
  return SummarizeLateness(std::move(lateness));
}

}  // namespace govwatch::crawl
