// Probe-schedule lateness benchmark (issue 7): N loopback sites probed on the real schedule
// machinery (RunProbeSchedule, curl fetchers) with a compressed interval, printing how late the
// probes started (p50 / p99 / max), the probe rate and the failure ratio. A share of the sites is
// slow (answers after a delay longer than the timeout) and a share answers 503, so the workers are
// kept busy the way dead provincial sites keep them busy.
//
//   govwatch_probe_lateness [--sites 2000] [--interval-ms 10000] [--seconds 60] [--workers 64]
//                           [--timeout-ms 2000] [--slow-percent 2] [--down-percent 1]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "crawl/probe_scheduler.hpp"
#include "fetch/fetcher.hpp"

namespace {

long Arg(int argc, char** argv, const char* name, long fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == name) return std::strtol(argv[i + 1], nullptr, 10);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace govwatch;
  const int sites_n = static_cast<int>(Arg(argc, argv, "--sites", 2000));
  const long interval_ms = Arg(argc, argv, "--interval-ms", 10000);
  const long seconds = Arg(argc, argv, "--seconds", 60);
  const int workers = static_cast<int>(Arg(argc, argv, "--workers", 64));
  const long timeout_ms = Arg(argc, argv, "--timeout-ms", 2000);
  const long slow_percent = Arg(argc, argv, "--slow-percent", 2);
  const long down_percent = Arg(argc, argv, "--down-percent", 1);
  constexpr int kServers = 8;

  // Loopback servers, each with a thread pool big enough for the slow answers it holds open.
  std::vector<std::unique_ptr<httplib::Server>> servers;
  std::vector<std::thread> threads;
  std::vector<int> ports;
  std::atomic<bool> stopping{false};
  for (int s = 0; s < kServers; ++s) {
    auto server = std::make_unique<httplib::Server>();
    server->new_task_queue = [workers] { return new httplib::ThreadPool(static_cast<std::size_t>(workers) + 8); };
    server->Get(R"(/ok/(\d+))", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<html><body>首页</body></html>", "text/html; charset=utf-8");
    });
    server->Get(R"(/down/(\d+))", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
    server->Get(R"(/slow/(\d+))", [timeout_ms, &stopping](const httplib::Request&, httplib::Response& res) {
      const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms + 500);
      while (!stopping && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      res.set_content("late", "text/plain");
    });
    ports.push_back(server->bind_to_any_port("127.0.0.1"));
    httplib::Server* raw = server.get();
    threads.emplace_back([raw] { raw->listen_after_bind(); });
    servers.push_back(std::move(server));
  }
  for (auto& s : servers) {
    while (!s->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  std::vector<model::Site> sites;
  for (int i = 0; i < sites_n; ++i) {
    model::Site site;
    site.id = i + 1;
    const long bucket = i % 100;
    const char* kind = bucket < slow_percent ? "slow" : (bucket < slow_percent + down_percent ? "down" : "ok");
    site.url = "http://127.0.0.1:" + std::to_string(ports[static_cast<std::size_t>(i % kServers)]) + "/" + kind + "/" +
               std::to_string(i);
    sites.push_back(std::move(site));
  }

  crawl::ProbeScheduleOptions options;
  options.interval_ms = interval_ms;
  options.timeout_ms = timeout_ms;
  options.workers = workers;
  RealClock clock;
  std::atomic<bool> stop{false};
  std::size_t probes = 0;
  std::size_t failures = 0;
  const auto began = std::chrono::steady_clock::now();
  auto stats = crawl::RunProbeSchedule(
      sites, options, clock,
      [] {
        fetch::FetchOptions o;
        o.max_concurrency = 1;
        return fetch::MakeCurlFetcher(o);
      },
      [&](std::vector<model::Probe>&& batch) -> Result<void> {
        probes += batch.size();
        for (const model::Probe& p : batch) failures += p.ok ? 0 : 1;
        return Ok();
      },
      stop, seconds * 1000);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  stopping = true;
  for (auto& s : servers) s->stop();
  for (auto& t : threads) t.join();
  if (!stats) {
    std::fprintf(stderr, "probe schedule failed: %s\n", stats.error().message.c_str());
    return 1;
  }
  const double expected = static_cast<double>(sites_n) * static_cast<double>(seconds * 1000) / static_cast<double>(interval_ms);
  std::printf("sites %d, interval %ld ms (= %.0f probes/day per site), %ld s, %d workers, timeout %ld ms\n", sites_n,
              interval_ms, 86'400'000.0 / static_cast<double>(interval_ms), seconds, workers, timeout_ms);
  std::printf("probes %zu (%.0f expected by the schedule), %.1f probes/s, failures %.2f%% (%ld%% slow + %ld%% down planted)\n",
              probes, expected, static_cast<double>(probes) / wall,
              probes > 0 ? 100.0 * static_cast<double>(failures) / static_cast<double>(probes) : 0.0, slow_percent,
              down_percent);
  std::printf("lateness ms: p50 %lld  p99 %lld  max %lld\n", static_cast<long long>(stats->p50_ms),
              static_cast<long long>(stats->p99_ms), static_cast<long long>(stats->max_ms));
  return 0;
}
