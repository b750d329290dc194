// govwatch probe --db DB [--for DURATION] [--per-day N] [--workers N] [--quiet]
// Resident availability prober (W-V2): probes every running site's homepage on the fixed schedule
// (default probe.per_day from the rules, 96) with the rule's timeout, stores each probe as it
// finishes, and on exit (after DURATION, or SIGINT/SIGTERM) prints the probe lateness and every
// site whose rolling 7-day failure ratio reaches the veto threshold.
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>

#include <fmt/core.h>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/inspection.hpp"
#include "crawl/probe_scheduler.hpp"

namespace govwatch::cli {

namespace {

std::atomic<bool> g_probe_stop{false};
void OnProbeSignal(int) { g_probe_stop = true; }

// "90s", "15m", "2h", "7d" (or plain seconds) in milliseconds.
Result<std::int64_t> ParseDuration(const std::string& text) {
  if (text.empty()) return MakeError(ErrorCode::kInvalidArgument, "empty duration");
  std::size_t used = 0;
  long long n = 0;
  try {
    n = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  const std::string unit = text.substr(used);
  std::int64_t scale = 0;
  if (unit.empty() || unit == "s") scale = 1000;
  if (unit == "m") scale = 60'000;
  if (unit == "h") scale = 3'600'000;
  if (unit == "d") scale = 86'400'000;
  if (used == 0 || scale == 0 || n <= 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("'{}' is not a duration like 90s, 15m, 2h or 7d", text));
  }
  return static_cast<std::int64_t>(n) * scale;
}

}  // namespace

int RunProbe(const Args& args) {
  auto parsed = ParseArgs(args, {"--db", "--for", "--per-day", "--workers"}, {"--quiet"});
  if (!parsed || !parsed->Has("--db") || !parsed->positional.empty()) {
    std::fprintf(stderr, "govwatch probe: %s\nusage: govwatch probe --db DB [--for 7d] [--per-day 96] [--workers 64]\n",
                 parsed ? "needs --db DB" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  std::int64_t run_for_ms = 0;
  if (auto d = parsed->Get("--for")) {
    auto ms = ParseDuration(*d);
    if (!ms) {
      std::fprintf(stderr, "govwatch probe: --for: %s\n", ms.error().message.c_str());
      return kExitBadInput;
    }
    run_for_ms = *ms;
  }
  auto ctx = OpenContext(*parsed->Get("--db"), /*language_model=*/false);
  if (!ctx) {
    std::fprintf(stderr, "govwatch probe: %s\n", ctx.error().message.c_str());
    return ctx.error().code == ErrorCode::kIoError ? kExitInternal : kExitBadInput;
  }
  crawl::ProbeScheduleOptions options;
  options.per_day = ctx->rules.GetInt("probe.per_day");
  options.timeout_ms = static_cast<std::int64_t>(ctx->rules.Get("probe.timeout_seconds") * 1000);
  for (const auto& [flag, target] : {std::pair{"--per-day", &options.per_day}, {"--workers", &options.workers}}) {
    if (auto v = parsed->Get(flag)) {
      int n = 0;
      try {
        n = std::stoi(*v);
      } catch (const std::exception&) {
      }
      if (n < 1 || n > 100000) {
        std::fprintf(stderr, "govwatch probe: %s: '%s' is not a number from 1 to 100000\n", flag, v->c_str());
        return kExitBadInput;
      }
      *target = n;
    }
  }
  auto sites = ctx->repo->ListSites();
  if (!sites) {
    std::fprintf(stderr, "govwatch probe: %s\n", sites.error().message.c_str());
    return kExitInternal;
  }
  std::vector<model::Site> running;
  for (const model::Site& s : *sites) {
    if (s.status == model::ObjectStatus::kRunning) running.push_back(s);
  }
  if (running.empty()) {
    std::fprintf(stderr, "govwatch probe: no running sites in the database; import a registry first\n");
    return kExitBadInput;
  }
  const bool quiet = parsed->Has("--quiet");
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  std::signal(SIGINT, OnProbeSignal);
  std::signal(SIGTERM, OnProbeSignal);
  RealClock clock;
  std::size_t stored = 0;
  std::size_t failed = 0;
  auto stats = crawl::RunProbeSchedule(
      running, options, clock,
      [] {
        fetch::FetchOptions o;
        o.max_concurrency = 1;
        return fetch::MakeCurlFetcher(o);
      },
      [&](std::vector<model::Probe>&& probes) -> Result<void> {
        for (const model::Probe& p : probes) failed += p.ok ? 0 : 1;
        stored += probes.size();
        if (auto r = ctx->repo->AddProbes(probes); !r) return r;
        if (!quiet) {
          std::fprintf(stderr, tty ? "\r\033[K%s" : "%s\n",
                       fmt::format("探测 probes {} · 失败 failed {} · 网站 sites {} · 每天 per day {}", stored, failed,
                                   running.size(), options.per_day)
                           .c_str());
        }
        return Ok();
      },
      g_probe_stop, run_for_ms);
  if (tty && !quiet) std::fputc('\n', stderr);
  if (!stats) {
    std::fprintf(stderr, "govwatch probe: %s\n", stats.error().message.c_str());
    return kExitInternal;
  }
  std::printf("%s\n", fmt::format("探测 probes {}, 失败 failed {}; 迟到 lateness p50 {} ms, p99 {} ms, max {} ms", stored,
                                  failed, stats->p50_ms, stats->p99_ms, stats->max_ms)
                          .c_str());
  // The rolling window the veto is judged on (W-V2).
  const Timestamp now = clock.Now();
  const int window_days = ctx->rules.GetInt("unreachable.window_days");
  const double threshold = ctx->rules.Get("unreachable.fail_ratio");
  for (const model::Site& s : running) {
    auto probes = ctx->repo->ProbesBetween(s.id, now - static_cast<Timestamp>(window_days) * kSecondsPerDay, now);
    if (!probes) {
      std::fprintf(stderr, "govwatch probe: %s\n", probes.error().message.c_str());
      return kExitInternal;
    }
    std::size_t fails = 0;
    for (const model::Probe& p : *probes) fails += (!p.ok || p.elapsed_ms >= options.timeout_ms) ? 1 : 0;
    if (probes->empty() || static_cast<double>(fails) < threshold * static_cast<double>(probes->size()) - 1e-9) continue;
    std::printf("%s\n", fmt::format("{}: 近{}天探测{}次，失败{}次，占比{:.2f}%，达到单项否决阈值{:.0f}%", s.name, window_days,
                                    probes->size(), fails, 100.0 * static_cast<double>(fails) / static_cast<double>(probes->size()),
                                    threshold * 100)
                            .c_str());
  }
  return kExitOk;
}

}  // namespace govwatch::cli
