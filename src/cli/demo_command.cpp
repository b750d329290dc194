// govwatch demo [--dir DIR] [--serve]: the farm on loopback, its registry imported, a week of
// availability probes and a full inspection on a simulated clock, and the notice written.
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>

#include <fmt/core.h>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/inspection.hpp"
#include "cli/report_writer.hpp"
#include "common/files.hpp"
#include "crawl/crawler.hpp"
#include "farm/farm.hpp"
#include "media/connector_config.hpp"
#include "registry/importer.hpp"

namespace govwatch::cli {

namespace {

// Crawls the homepage of the farm's W-V1.4 site (the manifest's plant) at `at`, homepage only.
Result<void> CrawlTamperBaseline(Context& ctx, fetch::Fetcher& fetcher, const nlohmann::json& manifest,
                                 ManualClock& clock, Timestamp at) {
  std::string url;
  for (const auto& p : manifest.at("plants")) {
    if (p.at("indicator") == "W-V1.4") url = p.at("url").get<std::string>();
  }
  if (url.empty()) return Ok();  // a farm too small for the plant
  auto sites = ctx.repo->ListSites();
  if (!sites) return sites.error();
  std::vector<model::Site> baseline;
  for (const model::Site& s : *sites) {
    if (s.url == url) baseline.push_back(s);
  }
  clock.Set(at);
  crawl::CrawlOptions options;
  options.max_depth = 0;
  options.check_resources = false;
  options.timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
  auto crawled = crawl::CrawlSites(*ctx.repo, fetcher, baseline, {}, clock, options, nullptr);
  if (!crawled) return crawled.error();
  return Ok();
}

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

class Progress {
 public:
  Progress() : tty_(::isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}
  void Line(const std::string& text) {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, tty_ ? "\r\033[K[%5.1fs] %s" : "[%5.1fs] %s\n", s, text.c_str());
  }
  void Done() {
    if (tty_) std::fputc('\n', stderr);
  }

 private:
  bool tty_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

int RunDemo(const Args& args) {
  auto parsed = ParseArgs(args, {"--dir", "--sites", "--pages", "--seed"}, {"--serve"});
  if (!parsed || !parsed->positional.empty()) {
    std::fprintf(stderr, "govwatch demo: %s\nusage: govwatch demo [--dir DIR] [--serve]\n",
                 parsed ? "unexpected argument" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  namespace fs = std::filesystem;
  const fs::path dir = parsed->GetOr("--dir", "govwatch-demo");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "govwatch demo: %s: %s\n", dir.c_str(), ec.message().c_str());
    return kExitBadInput;
  }
  // A fresh database each run, so the demo is repeatable.
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dir / (std::string("govwatch.db") + suffix), ec);

  farm::FarmOptions options;
  options.anchor = Date{2022, 3, 31};
  for (const char* name : {"--sites", "--pages", "--seed"}) {
    if (auto v = parsed->Get(name)) {
      auto n = ParseInt(name, *v);
      if (!n) {
        std::fprintf(stderr, "govwatch demo: %s\n", n.error().message.c_str());
        return kExitBadInput;
      }
      if (std::string(name) == "--sites") options.sites = static_cast<int>(*n);
      if (std::string(name) == "--pages") options.pages = static_cast<int>(*n);
      if (std::string(name) == "--seed") options.seed = static_cast<std::uint64_t>(*n);
    }
  }
  const Period period = ParsePeriod("2022Q1").value();
  const Timestamp end = EndOfDay(options.anchor);
  ManualClock clock(end - 7 * kSecondsPerDay);
  Progress progress;

  farm::Farm farm(options, clock);
  if (auto r = farm.Start(); !r) {
    std::fprintf(stderr, "govwatch demo: farm: %s\n", r.error().message.c_str());
    return kExitInternal;
  }
  progress.Line(fmt::format("演示站群已启动 farm up: {} 个网站 sites on 127.0.0.1", farm.Sites().size()));
  const fs::path registry_dir = dir / "registry";
  if (auto r = farm.WriteRegistry(registry_dir); !r) {
    std::fprintf(stderr, "govwatch demo: %s\n", r.error().message.c_str());
    return kExitInternal;
  }
  if (auto r = farm.WriteManifest(dir); !r) {
    std::fprintf(stderr, "govwatch demo: %s\n", r.error().message.c_str());
    return kExitInternal;
  }

  auto ctx = OpenContext((dir / "govwatch.db").string());
  if (!ctx) {
    std::fprintf(stderr, "govwatch demo: %s\n", ctx.error().message.c_str());
    return kExitInternal;
  }
  std::vector<fs::path> files;
  for (const char* f : {"units.csv", "sites.csv", "columns.csv", "accounts.csv", "messages.csv"}) {
    files.push_back(registry_dir / f);
  }
  const registry::ImportOutcome imported = registry::ImportFiles(*ctx->repo, files, clock);
  if (!imported.failed_file.empty()) {
    for (const std::string& p : imported.problems) std::fprintf(stderr, "%s\n", p.c_str());
    return kExitInternal;
  }
  // The HTML message boards are read by the messages connector with the farm's XPath settings.
  auto settings = media::ConnectorConfig::Load((registry_dir / "connectors.toml").string());
  if (!settings) {
    std::fprintf(stderr, "govwatch demo: %s\n", settings.error().message.c_str());
    return kExitInternal;
  }
  ctx->config = std::make_unique<media::ConnectorConfig>(std::move(*settings));
  // The farm serves plain HTTP on 127.0.0.1: HTTPS and IPv6 facts would only measure loopback.
  ctx->collect_site_facts = false;
  int rows = 0;
  for (const auto& r : imported.imported) rows += r.rows;
  progress.Line(fmt::format("登记信息已导入 registry imported: {} 行 rows", rows));

  // A week of availability probes every 15 minutes, on the simulated clock.
  fetch::FetchOptions fetch_options;
  fetch_options.max_concurrency = 16;
  auto fetcher = fetch::MakeCurlFetcher(fetch_options);
  const int per_day = ctx->rules.GetInt("probe.per_day");
  const Timestamp step = kSecondsPerDay / per_day;
  int rounds = 0;
  for (Timestamp slot = end - 7 * kSecondsPerDay + step; slot <= end - step; slot += step) {
    clock.Set(slot);
    auto n = ProbeOnce(*ctx, *fetcher, clock);
    if (!n) {
      std::fprintf(stderr, "govwatch demo: %s\n", n.error().message.c_str());
      return kExitInternal;
    }
    if (++rounds % 48 == 0) {
      progress.Line(fmt::format("可用性探测 probes: {} {} 轮 rounds", FormatTime(slot), rounds));
    }
  }

  // The W-V1.4 site: its homepage crawled once two days earlier, as the baseline the tampered
  // homepage of the full inspection is compared with (one request, homepage only).
  if (auto r = CrawlTamperBaseline(*ctx, *fetcher, farm.Manifest(), clock, end - 2 * kSecondsPerDay); !r) {
    std::fprintf(stderr, "govwatch demo: %s\n", r.error().message.c_str());
    return kExitInternal;
  }

  // The full inspection late on the last day, then judgement at the end of the quarter.
  clock.Set(end - 1800);
  auto observed = Observe(*ctx, *fetcher, clock, Scope::kAll, [&](const std::string& line) { progress.Line(line); });
  if (!observed) {
    std::fprintf(stderr, "govwatch demo: %s\n", observed.error().message.c_str());
    return kExitInternal;
  }
  auto result = JudgePeriod(*ctx, period, end);
  if (!result) {
    std::fprintf(stderr, "govwatch demo: %s\n", result.error().message.c_str());
    return kExitInternal;
  }
  progress.Line(fmt::format("研判完成 judged: {} 条问题 findings", result->findings.size()));
  std::vector<std::string> written;
  for (const char* format : {"md", "html", "json", "docx", "xlsx"}) {
    const fs::path out = dir / fmt::format("notice-{}.{}", period.Name(), format);
    if (auto r = WriteReport(*result, ctx->notice, format, out.string()); !r) {
      std::fprintf(stderr, "govwatch demo: %s\n", r.error().message.c_str());
      return kExitInternal;
    }
    written.push_back(out.string());
  }
  auto rectifications = WriteRectifications(*result, ctx->notice, (dir / "rectification").string());
  if (!rectifications) {
    std::fprintf(stderr, "govwatch demo: %s\n", rectifications.error().message.c_str());
    return kExitInternal;
  }
  progress.Done();
  std::printf("%s\n", fmt::format("{}: 网站合格率 {}% ({}/{} 不合格), 专栏合格率 {}% ({}/{}), 新媒体合格率 {}% ({}/{}), "
                                  "留言办结率 {}%",
                                  period.Name(), result->sites.pass_rate, result->sites.failed, result->sites.total,
                                  result->columns.pass_rate, result->columns.failed, result->columns.total,
                                  result->accounts.pass_rate, result->accounts.failed, result->accounts.total,
                                  result->messages.resolution_rate)
                          .c_str());
  std::printf("通报 notice:\n");
  for (const std::string& w : written) std::printf("  %s\n", w.c_str());
  std::printf("整改通知 rectification notices: %zu 份 in %s\n", rectifications->size() / 2,
              (dir / "rectification").c_str());
  std::printf("数据库 database: %s\n", (dir / "govwatch.db").c_str());
  if (parsed->Has("--serve")) {
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    for (const farm::FarmSite& s : farm.Sites()) std::printf("  %s %s\n", s.name.c_str(), s.url.c_str());
    std::printf("演示站群运行中，按 Ctrl-C 结束 / farm serving, Ctrl-C to stop\n");
    std::fflush(stdout);
    while (g_stop == 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  farm.Stop();
  return kExitOk;
}

}  // namespace govwatch::cli
