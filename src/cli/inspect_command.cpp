// govwatch inspect --db DB [--period 2022Q1] [--window FROM..TO] [--at TIME] [--only …] [--judge-only]
//                  [--fail-on-findings] [--typo-budget SECONDS]
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <fmt/core.h>
#include <fmt/format.h>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/inspection.hpp"
#include "cli/progress_bar.hpp"
#include "fetch/fetcher.hpp"

namespace govwatch::cli {

namespace {

// "2022-01-28..2022-03-31" (either side may be left empty for the quarter's own bound): whole days,
// inside the quarter.
Result<std::pair<Timestamp, Timestamp>> ParseWindow(std::string_view text, const Period& quarter) {
  const auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidArgument, fmt::format("'{}': expected FROM..TO, e.g. 2022-01-28..2022-03-31", text));
  }
  std::pair<Timestamp, Timestamp> w{quarter.from, quarter.to};
  if (dots > 0) {
    auto from = ParseDate(text.substr(0, dots));
    if (!from) return from.error();
    w.first = StartOfDay(*from);
  }
  if (dots + 2 < text.size()) {
    auto to = ParseDate(text.substr(dots + 2));
    if (!to) return to.error();
    w.second = StartOfDay(AddDays(*to, 1)) - 1;
  }
  if (w.first < quarter.from || w.second > quarter.to || w.first >= w.second) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("'{}' is not a window inside {} ({} to {})", text, quarter.Name(),
                                 FormatDate(DateOf(quarter.from)), FormatDate(DateOf(quarter.to))));
  }
  return w;
}

}  // namespace

int RunInspect(const Args& args) {
  auto parsed =
      ParseArgs(args, {"--db", "--period", "--window", "--at", "--only", "--config", "--typo-budget"},
                {"--judge-only", "--fail-on-findings", "--quiet"});
  if (!parsed || !parsed->Has("--db") || !parsed->positional.empty()) {
    std::fprintf(stderr, "govwatch inspect: %s\n", parsed ? "needs --db DB" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  RealClock clock;
  auto scope = ParseScope(parsed->GetOr("--only", ""));
  if (!scope) {
    std::fprintf(stderr, "govwatch inspect: %s\n", scope.error().message.c_str());
    return kExitBadInput;
  }
  std::optional<Timestamp> at;
  if (auto a = parsed->Get("--at")) {
    auto t = ParseTime(*a);
    if (!t) {
      std::fprintf(stderr, "govwatch inspect: --at: %s\n", t.error().message.c_str());
      return kExitBadInput;
    }
    at = *t;
  }
  Period period = PeriodContaining(at.value_or(clock.Now()));
  if (auto p = parsed->Get("--period")) {
    auto pp = ParsePeriod(*p);
    if (!pp) {
      std::fprintf(stderr, "govwatch inspect: --period: %s\n", pp.error().message.c_str());
      return kExitBadInput;
    }
    period = *pp;
  }
  std::optional<std::pair<Timestamp, Timestamp>> window;
  if (auto w = parsed->Get("--window")) {
    auto parsed_window = ParseWindow(*w, period);
    if (!parsed_window) {
      std::fprintf(stderr, "govwatch inspect: --window: %s\n", parsed_window.error().message.c_str());
      return kExitBadInput;
    }
    window = *parsed_window;
  }
  double typo_budget = kDefaultTypoBudgetSeconds;
  if (auto budget = parsed->Get("--typo-budget")) {
    // Seconds the statistical typo tier may read page texts in this run (0: only what earlier
    // runs read is reported).
    char* end = nullptr;
    typo_budget = std::strtod(budget->c_str(), &end);
    if (budget->empty() || end == nullptr || *end != '\0' || !(typo_budget >= 0) || typo_budget > 86400 * 7) {
      std::fprintf(stderr, "govwatch inspect: --typo-budget: '%s' is no number of seconds (0 … 604800)\n",
                   budget->c_str());
      return kExitBadInput;
    }
  }
  auto ctx = OpenContext(*parsed->Get("--db"), typo_budget > 0);
  if (!ctx) {
    std::fprintf(stderr, "govwatch inspect: %s\n", ctx.error().message.c_str());
    return ctx.error().code == ErrorCode::kIoError ? kExitInternal : kExitBadInput;
  }
  if (window) {
    if (auto r = ctx->repo->SetPeriodWindow(period.Name(), window->first, window->second); !r) {
      std::fprintf(stderr, "govwatch inspect: %s\n", r.error().message.c_str());
      return kExitInternal;
    }
    period.from = window->first;
    period.to = window->second;
  }
  if (auto config_path = parsed->Get("--config")) {
    auto config = media::ConnectorConfig::Load(*config_path);
    if (!config) {
      std::fprintf(stderr, "govwatch inspect: %s\n", config.error().message.c_str());
      return kExitBadInput;
    }
    ctx->config = std::make_unique<media::ConnectorConfig>(std::move(*config));
  }
  ctx->typo_budget_seconds = typo_budget;
  const bool quiet = parsed->Has("--quiet");
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  if (!parsed->Has("--judge-only")) {
    auto fetcher = fetch::MakeCurlFetcher(fetch::FetchOptions{});
    ProgressBar bar(stderr, tty, quiet);
    auto stats = Observe(
        *ctx, *fetcher, clock, *scope, [&](const std::string& line) { bar.Line(line); },
        [&](const CrawlFigures& f) { bar.Crawl(f); });
    bar.Finish();
    if (!stats) {
      std::fprintf(stderr, "govwatch inspect: %s\n", stats.error().message.c_str());
      // A --config naming what is not registered is bad input; the rest is ours.
      return stats.error().code == ErrorCode::kInvalidArgument ? kExitBadInput : kExitInternal;
    }
    if (!quiet) {
      std::fprintf(stderr, "%s\n",
                   fmt::format("观测 observed: 探测 probes {}, 页面 pages {}, 资源 resources {}, 错误 errors {}, 订阅 feeds "
                               "{} (失败 failed {}), 新发文 new posts {}",
                               stats->probes, stats->pages, stats->resources, stats->errors, stats->feeds,
                               stats->feeds_failed, stats->new_posts)
                       .c_str());
      if (stats->boards > 0) {
        std::fprintf(stderr, "%s\n",
                     fmt::format("留言板 boards {}: 留言 messages {}, 答复情况未能识别 reply state unknown {}, 问题 "
                                 "problems {}",
                                 stats->boards, stats->board_messages, stats->board_reply_unknown, stats->board_problems)
                         .c_str());
      }
      if (stats->sites_checked > 0) {
        std::fprintf(stderr, "%s\n",
                     fmt::format("网站 sites {}: HTTPS可用 {}, 证书30天内到期 certs expiring {}, IPv6可用 {}; 未变 "
                                 "unchanged {}; 外链 external links {} (不可用 broken {})",
                                 stats->sites_checked, stats->https_ok, stats->certs_expiring, stats->ipv6_ok,
                                 stats->unchanged, stats->external_checked, stats->external_broken)
                         .c_str());
      }
      if (!stats->robots.empty()) {
        // robots.txt as read: how many origins had rules for us, what they kept us from, and every
        // Crawl-delay (obeyed capped, or overridden for the site by the supervising office).
        int with_rules = 0;
        int unanswered = 0;
        std::string delays;
        for (const crawl::RobotsReport& r : stats->robots) {
          with_rules += r.rules > 0 ? 1 : 0;
          unanswered += r.http_status == 0 ? 1 : 0;
          if (r.unreachable) {
            // RFC 9309: a robots.txt lost to a server error or the network disallows everything.
            const std::string why = r.error.empty() ? std::to_string(r.http_status) : r.error;
            delays += fmt::format("; {}/robots.txt 无法读取 unreachable ({}){}", r.origin, why,
                                  r.overridden ? " 已按监管要求忽略 overridden"
                                               : " 仅抓取首页和登记栏目 only the homepage and registered columns crawled");
          }
          if (r.crawl_delay_ms <= 0) continue;
          delays += fmt::format("; {} Crawl-delay {:.1f}s{}", r.origin, static_cast<double>(r.crawl_delay_ms) / 1000,
                                r.overridden ? " 已按监管要求忽略 overridden"
                                             : fmt::format(" 按 obeyed as {:.1f}s",
                                                           static_cast<double>(r.applied_delay_ms) / 1000));
        }
        std::fprintf(stderr, "%s\n",
                     fmt::format("robots.txt: 主机 origins {} (有规则 with rules {}, 无应答 unanswered {}); 禁止抓取 "
                                 "disallowed {} 个地址 URLs{}",
                                 stats->robots.size(), with_rules, unanswered, stats->robots_disallowed, delays)
                         .c_str());
      }
      if (stats->crawl_out_of_time) {
        std::fprintf(stderr, "%s\n",
                     "抓取时间用尽 crawl time limit reached: 未抓取的地址保留，下次检查继续 (the next inspect resumes)");
      }
      if (stats->host_down > 0) {
        std::fprintf(stderr, "%s\n",
                     fmt::format("未请求 not requested: {} 个地址，所在主机连续超时或拒绝连接 (host kept failing); "
                                 "下次检查时重试 retried next run",
                                 stats->host_down)
                         .c_str());
      }
      if (!stats->slow_hosts.empty()) {
        std::fprintf(stderr, "%s\n",
                     fmt::format("应答过慢 slow hosts: {} (连续多次超过时限的一半 answers over half the time limit "
                                 "in a row); 其余地址暂停请求 the rest not requested",
                                 fmt::join(stats->slow_hosts, ", "))
                         .c_str());
      }
    }
  }
  // Judged after observing, so that what was just fetched is seen at T (now, or the period's end).
  const Timestamp t = at.value_or(std::min(period.to, clock.Now()));
  auto result = JudgePeriod(*ctx, period, t);
  if (!result) {
    std::fprintf(stderr, "govwatch inspect: %s\n", result.error().message.c_str());
    return kExitInternal;
  }
  if (!quiet && (ctx->typo_queue.read > 0 || ctx->typo_queue.pending > 0 || ctx->typo_queue.findings > 0)) {
    std::fprintf(stderr, "%s\n",
                 fmt::format("统计错别字 statistical typos: 本次读 read {} 页 pages, 待读 pending {}{}, 疑似 suspected {}, "
                             "通行用法 established usage {}",
                             ctx->typo_queue.read, ctx->typo_queue.pending,
                             ctx->typo_queue.pending > 0 ? " (下次检查继续 next run)" : "", ctx->typo_queue.findings,
                             ctx->typo_queue.established)
                     .c_str());
  }
  int vetoes = 0;
  for (const model::Finding& f : result->findings) {
    if (f.severity != model::Severity::kInfo) ++vetoes;
  }
  std::printf("%s\n", fmt::format("{} 监测时间点 judged at {}: 网站 sites {}/{} 不合格 failed, 合格率 {}%; 专栏 columns "
                                  "{}/{}, {}%; 新媒体 accounts {}/{}, {}%; 留言 messages {}, 办结率 {}%; 问题 findings {}",
                                  period.Name(), FormatTime(t), result->sites.failed, result->sites.total,
                                  result->sites.pass_rate, result->columns.failed, result->columns.total,
                                  result->columns.pass_rate, result->accounts.failed, result->accounts.total,
                                  result->accounts.pass_rate, result->messages.received,
                                  result->messages.resolution_rate, result->findings.size())
                          .c_str());
  if (parsed->Has("--fail-on-findings") && vetoes > 0) return kExitFindings;
  return kExitOk;
}

}  // namespace govwatch::cli
