// The probe schedule: fixed slots on the clock, concurrent workers, slow sites not delaying the
// others, lateness measured, verdicts per the 2019 rule.
#include "crawl/probe_scheduler.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <mutex>
#include <thread>

namespace govwatch::crawl {
namespace {

// Answers 200 at once, or after `slow_ms` for URLs containing "slow", 503 for "down".
class SleepyFetcher : public fetch::Fetcher {
 public:
  explicit SleepyFetcher(std::int64_t slow_ms) : slow_ms_(slow_ms) {}
  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      fetch::Response r;
      r.url = requests[i].url;
      if (r.url.find("slow") != std::string::npos) {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(slow_ms_, requests[i].timeout_ms)));
        if (slow_ms_ >= requests[i].timeout_ms) {
          r.error = fetch::FetchError::kTimeout;
          r.elapsed_ms = requests[i].timeout_ms;
          on_done(i, std::move(r));
          continue;
        }
        r.elapsed_ms = slow_ms_;
      }
      r.http_status = r.url.find("down") != std::string::npos ? 503 : 200;
      on_done(i, std::move(r));
    }
  }

 private:
  std::int64_t slow_ms_;
};

std::vector<model::Site> Sites(int n) {
  std::vector<model::Site> sites;
  for (int i = 0; i < n; ++i) {
    model::Site s;
    s.id = i + 1;
    const char* kind = i % 10 == 0 ? "slow" : (i % 10 == 1 ? "down" : "ok");
    s.url = "http://127.0.0.1:1/" + std::string(kind) + "/" + std::to_string(i);
    sites.push_back(s);
  }
  return sites;
}

TEST(ProbeScheduleTest, KeepsFixedSlotsWhileSlowSitesTimeOut) {
  const std::vector<model::Site> sites = Sites(40);
  ProbeScheduleOptions options;
  options.interval_ms = 200;
  options.timeout_ms = 300;  // "slow" sites take longer: they time out, every time
  options.workers = 16;
  options.flush_ms = 100;
  RealClock clock;
  std::atomic<bool> stop{false};
  std::map<std::int64_t, std::vector<model::Probe>> by_site;
  int flushes = 0;

  auto stats = RunProbeSchedule(
      sites, options, clock, [] { return std::make_unique<SleepyFetcher>(1000); },
      [&](std::vector<model::Probe>&& probes) -> Result<void> {
        ++flushes;
        for (model::Probe& p : probes) by_site[p.site_id].push_back(std::move(p));
        return Ok();
      },
      stop, 2100);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_GT(flushes, 3) << "probes are handed over while the schedule runs";
  // 2.1 s at one slot per 200 ms: 10 or 11 slots per site (offsets spread over one interval);
  // a slot still queued when the run ends may be dropped.
  for (const model::Site& s : sites) {
    const auto& probes = by_site[s.id];
    EXPECT_GE(probes.size(), 9u) << s.url;
    EXPECT_LE(probes.size(), 11u) << s.url;
    for (const model::Probe& p : probes) {
      if (s.url.find("/ok/") != std::string::npos) {
        EXPECT_TRUE(p.ok) << s.url;
      } else {
        EXPECT_FALSE(p.ok) << s.url;
        EXPECT_EQ(p.error, s.url.find("slow") != std::string::npos ? "timeout" : "503");
      }
    }
  }
  EXPECT_GE(stats->probes, 9u * sites.size());
  // 4 slow sites block a worker for 300 ms every 200 ms: with 16 workers nobody waits long.
  EXPECT_LT(stats->p99_ms, 150) << "p50 " << stats->p50_ms << " max " << stats->max_ms;
}

TEST(ProbeScheduleTest, StopsPromptlyWhenAsked) {
  const std::vector<model::Site> sites = Sites(5);
  ProbeScheduleOptions options;
  options.interval_ms = 50;
  options.timeout_ms = 100;
  options.workers = 2;
  RealClock clock;
  std::atomic<bool> stop{false};
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop = true;
  });
  const auto began = std::chrono::steady_clock::now();
  std::size_t stored = 0;
  auto stats = RunProbeSchedule(
      sites, options, clock, [] { return std::make_unique<SleepyFetcher>(80); },
      [&](std::vector<model::Probe>&& probes) -> Result<void> {
        stored += probes.size();
        return Ok();
      },
      stop, 0);
  stopper.join();
  ASSERT_TRUE(stats);
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(2));
  EXPECT_EQ(stored, stats->probes) << "every probe started is stored";
}

TEST(ProbeScheduleTest, LatenessPercentilesUseNearestRank) {
  std::vector<std::int64_t> samples;
  for (int i = 1; i <= 100; ++i) samples.push_back(i);
  const LatenessStats s = SummarizeLateness(samples);
  EXPECT_EQ(s.probes, 100u);
  EXPECT_EQ(s.p50_ms, 50);
  EXPECT_EQ(s.p99_ms, 99);
  EXPECT_EQ(s.max_ms, 100);
  EXPECT_EQ(SummarizeLateness({}).max_ms, 0);
}

TEST(ProbeScheduleTest, VerdictFollowsTheRule) {
  fetch::Response r;
  r.http_status = 302;
  r.elapsed_ms = 100;
  EXPECT_TRUE(ProbeFromResponse(1, 0, r, 15000).ok) << "3xx is up";
  r.http_status = 200;
  r.elapsed_ms = 15000;
  EXPECT_FALSE(ProbeFromResponse(1, 0, r, 15000).ok) << "15 s or more is down";
  r.elapsed_ms = 10;
  r.http_status = 404;
  EXPECT_EQ(ProbeFromResponse(1, 0, r, 15000).error, "404");
  r.http_status = 0;
  r.error = fetch::FetchError::kDns;
  EXPECT_EQ(ProbeFromResponse(1, 0, r, 15000).error, "dns");
}

}  // namespace
}  // namespace govwatch::crawl
