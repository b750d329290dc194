// The inspection workflow shared by `inspect` and `demo`: observe (probe, crawl, read feeds) through
// the lower modules, then judge a period at a check instant and store the findings.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/rules.hpp"
#include "common/clock.hpp"
#include "common/time.hpp"
#include "common/working_calendar.hpp"
#include "crawl/crawler.hpp"
#include "fetch/fetcher.hpp"
#include "media/connector_config.hpp"
#include "report/notice.hpp"
#include "store/repository.hpp"
#include "text/text_engine.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::cli {

// What an inspection works with: the database and the loaded rule files. Not thread-safe.
// Wall seconds the statistical typo tier may read page texts in one judgement, by default.
inline constexpr double kDefaultTypoBudgetSeconds = 300;

// What the statistical typo tier's queue did in the last JudgePeriod.
struct TypoQueueStats {
  int read = 0;         // page texts read by the tier in this run
  int pending = 0;      // page texts left for the next run (the budget ran out)
  int findings = 0;     // suspected typos reported
  int established = 0;  // left out as established usage across the sites
};

struct Context {
  std::unique_ptr<store::Repository> repo;
  std::string db_path;  // the database file repo opened (":memory:" for a private one)
  check::Rules rules;
  WorkingCalendar calendar;
  std::unique_ptr<text::TextEngine> text;
  report::NoticeSettings notice;
  std::unique_ptr<media::ConnectorConfig> config;  // --config: boards and HTML post lists, may be null
  // Observe() measures the HTTPS and IPv6 facts of the sites (P-13, P-14, W-D4.5); the demo turns
  // it off because its farm serves plain HTTP on 127.0.0.1 only.
  bool collect_site_facts = true;
  // Wall seconds the statistical typo tier may spend per JudgePeriod (inspect --typo-budget);
  // what it does not reach waits for the next run.
  double typo_budget_seconds = kDefaultTypoBudgetSeconds;
  TypoQueueStats typo_queue;
};

// Opens the database and loads the rule files from RulesDir() (thresholds, local overrides,
// holidays, text rules, notice wording). Errors name the file.
// `language_model`: open Debian's word trigram model for the statistical typo tier when it is
// installed (about 22 MB; only a judgement with a typo budget reads with it).
Result<Context> OpenContext(const std::string& db_path, bool language_model = true);

enum class Scope { kAll, kSites, kColumns, kAccounts, kMessages };
Result<Scope> ParseScope(const std::string& text);

struct ObserveStats {
  int probes = 0;
  int pages = 0;
  int resources = 0;
  int errors = 0;
  int feeds = 0;
  int feeds_failed = 0;
  int new_posts = 0;
  int boards = 0;
  int board_messages = 0;       // messages read from the boards and stored
  int board_reply_unknown = 0;  // messages not stored: no page showed their reply state
  int board_problems = 0;
  int unchanged = 0;          // pages answered 304 to a conditional request
  int external_checked = 0;   // links to other hosts checked
  int external_broken = 0;
  int host_down = 0;          // URLs not requested because their host kept failing (timeouts in a row)
  std::vector<std::string> slow_hosts;  // hosts held down for answering too slowly (crawl::CrawlStats)
  bool crawl_out_of_time = false;  // the crawl's time ran out; the next inspect resumes it
  int robots_disallowed = 0;  // URLs robots.txt kept the crawl from
  std::vector<crawl::RobotsReport> robots;  // robots.txt of each origin crawled, as read
  int https_ok = 0;           // sites answering over https with a verified certificate
  int certs_expiring = 0;     // certificates expiring within 30 days (or expired)
  int ipv6_ok = 0;            // sites answering over IPv6
  int sites_checked = 0;
};

using ProgressLine = std::function<void(const std::string&)>;
struct CrawlFigures;
using CrawlProgressFn = std::function<void(const CrawlFigures&)>;

// Probes every running site once.
Result<int> ProbeOnce(Context& ctx, fetch::Fetcher& fetcher, const Clock& clock);
// Crawls the sites and columns and reads the feeds that `scope` covers. The crawl reports its
// figures to `crawl_progress` when given (a progress bar), else as lines to `progress`.
Result<ObserveStats> Observe(Context& ctx, fetch::Fetcher& fetcher, const Clock& clock, Scope scope,
                             const ProgressLine& progress, const CrawlProgressFn& crawl_progress = nullptr);
// The period narrowed to the monitoring window an inspection stored for it (else unchanged).
Result<Period> WithStoredWindow(Context& ctx, const Period& period);
// Judges `period` at `t` from stored observations (made up to t) and replaces its findings.
Result<verdict::PeriodResult> JudgePeriod(Context& ctx, const Period& period, Timestamp t);
// The figures of a judged period from its stored findings; NotFound when it was never judged.
Result<verdict::PeriodResult> LoadPeriod(Context& ctx, const Period& period);

}  // namespace govwatch::cli
