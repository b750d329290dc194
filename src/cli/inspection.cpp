#include "cli/inspection.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <filesystem>
#include <future>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/core.h>

#include "check/checker.hpp"
#include "check/text_hit_check.hpp"
#include "cli/progress_bar.hpp"
#include "check/column_type.hpp"
#include "check/integrity_check.hpp"
#include "cli/integrity_inputs.hpp"
#include "cli/search_probe.hpp"
#include "cli/stylesheets.hpp"
#include "common/directory_cache.hpp"
#include "common/files.hpp"
#include "common/strings.hpp"
#include "extract/ocr.hpp"
#include "crawl/attachment_reader.hpp"
#include "crawl/crawler.hpp"
#include "crawl/prober.hpp"
#include "crawl/site_facts.hpp"
#include "crawl/url.hpp"
#include "crawl/work_pool.hpp"
#include "text/language_model.hpp"
#include "text/word_readings.hpp"
#include "check/media_account_check.hpp"
#include "check/reply_time_check.hpp"
#include "media/connector_config.hpp"
#include "media/feed_connector.hpp"
#include "media/feed_reader.hpp"
#include "media/html_list_reader.hpp"
#include "messages/board_config.hpp"
#include "messages/board_connector.hpp"

namespace govwatch::cli {

namespace fs = std::filesystem;

Result<Context> OpenContext(const std::string& db_path, bool language_model) {
  Context ctx;
  const fs::path rules_dir = RulesDir();
  auto thresholds = ReadFile(rules_dir / "thresholds.tsv");
  if (!thresholds) return thresholds.error();
  if (auto r = ctx.rules.Merge(*thresholds, (rules_dir / "thresholds.tsv").string()); !r) return r.error();
  // Topic rule files, then the locality's overrides (later files win key by key).
  for (const fs::path& extra : {rules_dir / "messages.tsv", rules_dir / "media.tsv", rules_dir / "local" / "thresholds.tsv"}) {
    if (!fs::exists(extra)) continue;
    auto text = ReadFile(extra);
    if (!text) return text.error();
    if (auto r = ctx.rules.Merge(*text, extra.string()); !r) return r.error();
  }
  // Word lists of the 暗链 and 咨询建言渠道 checks: the files replace the built-in copies, then the
  // locality's additions and removals.
  for (const auto& [name, replace] : {std::pair{rules_dir / "hidden_links.tsv", true},
                                      std::pair{rules_dir / "channels.tsv", true},
                                      std::pair{rules_dir / "local" / "words.tsv", false}}) {
    if (!fs::exists(name)) continue;
    auto text = ReadFile(name);
    if (!text) return text.error();
    if (auto r = ctx.rules.MergeWords(*text, name.string(), replace); !r) return r.error();
  }
  auto holidays = ReadFile(rules_dir / "holidays.tsv");
  if (!holidays) return holidays.error();
  auto calendar = WorkingCalendar::Parse(*holidays, (rules_dir / "holidays.tsv").string());
  if (!calendar) return calendar.error();
  ctx.calendar = std::move(*calendar);
  auto notice_text = ReadFile(rules_dir / "notice.tsv");
  if (!notice_text) return notice_text.error();
  auto notice = report::NoticeSettings::Parse(*notice_text, (rules_dir / "notice.tsv").string());
  if (!notice) return notice.error();
  ctx.notice = std::move(*notice);

  text::RuleFiles files;
  const fs::path text_dir = rules_dir / "text";
  std::error_code ec;
  if (fs::is_directory(text_dir, ec)) {
    for (const auto& entry : fs::recursive_directory_iterator(text_dir, ec)) {
      if (!entry.is_regular_file()) continue;
      auto content = ReadFile(entry.path());
      if (!content) return content.error();
      files[fs::relative(entry.path(), text_dir).string()] = std::move(*content);
    }
  }
  // Compiled literal databases are kept in ~/.cache/govwatch (GOVWATCH_NO_CACHE=1: never).
  std::optional<DirectoryCache> cache;
  text::EngineResources resources;
  if (auto directory = DirectoryCache::DefaultDirectory()) cache.emplace(*directory);
  if (cache) resources.cache = &*cache;
  // The statistical typo tier (run from its queue behind the crawl) scores with Debian's word
  // trigram model when it is installed; without it the queue stays idle.
  if (std::error_code lm_error;
      language_model && fs::is_regular_file(text::WordLanguageModel::kDefaultPath, lm_error)) {
    resources.language_model = text::WordLanguageModel::kDefaultPath;
    resources.word_readings = text::InstalledWordReadingsPath();
  }
  auto engine = text::TextEngine::Load(files, resources);
  if (!engine) return engine.error();
  ctx.text = std::make_unique<text::TextEngine>(std::move(*engine));

  auto repo = store::OpenSqlite(db_path);
  if (!repo) return repo.error();
  ctx.repo = std::move(*repo);
  ctx.db_path = db_path;
  return ctx;
}

Result<Scope> ParseScope(const std::string& text) {
  if (text.empty() || text == "all") return Scope::kAll;
  if (text == "sites") return Scope::kSites;
  if (text == "columns") return Scope::kColumns;
  if (text == "accounts") return Scope::kAccounts;
  if (text == "messages") return Scope::kMessages;
  return MakeError(ErrorCode::kInvalidArgument,
                   fmt::format("--only: '{}' is not one of sites, columns, accounts, messages", text));
}

namespace {

std::vector<model::Site> RunningSites(const std::vector<model::Site>& sites) {
  std::vector<model::Site> out;
  for (const model::Site& s : sites) {
    if (s.status == model::ObjectStatus::kRunning) out.push_back(s);
  }
  return out;
}

}  // namespace

Result<int> ProbeOnce(Context& ctx, fetch::Fetcher& fetcher, const Clock& clock) {
  auto sites = ctx.repo->ListSites();
  if (!sites) return sites.error();
  const std::vector<model::Site> running = RunningSites(*sites);
  const auto timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
  std::vector<model::Probe> probes = crawl::ProbeSites(fetcher, running, clock, timeout_ms);
  if (auto r = ctx.repo->AddProbes(probes); !r) return r.error();
  return static_cast<int>(probes.size());
}

Result<ObserveStats> Observe(Context& ctx, fetch::Fetcher& fetcher, const Clock& clock, Scope scope,
                             const ProgressLine& progress, const CrawlProgressFn& crawl_progress) {
  ObserveStats stats;
  if (scope == Scope::kAll || scope == Scope::kSites) {
    auto n = ProbeOnce(ctx, fetcher, clock);
    if (!n) return n.error();
    stats.probes = *n;
  }
  if (scope == Scope::kAll || scope == Scope::kSites || scope == Scope::kColumns) {
    auto sites = ctx.repo->ListSites();
    if (!sites) return sites.error();
    auto columns = ctx.repo->ListColumns();
    if (!columns) return columns.error();
    std::vector<model::Site> running = RunningSites(*sites);
    std::vector<model::Column> cols = *columns;
    if (scope == Scope::kColumns) {
      // Only the disclosure columns and the sites hosting them.
      cols.erase(std::remove_if(cols.begin(), cols.end(), [](const model::Column& c) { return !c.disclosure; }),
                 cols.end());
    }
    crawl::CrawlOptions options;
    options.timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
    if (ctx.config) {
      // [[site]] site = "网站标识码, name or homepage URL", ignore_robots = true: a supervising
      // office crawls that site whatever its robots.txt says (still read and reported).
      for (const media::ConfigSection& section : ctx.config->Sections("site")) {
        if (section.Get("ignore_robots") != "true") continue;
        auto site = ctx.repo->FindSite(section.Get("site"));
        if (!site) return site.error();
        if (!*site) {
          return MakeError(ErrorCode::kInvalidArgument,
                           fmt::format("{}:{}: site: '{}' is no registered site", ctx.config->file(), section.line,
                                       section.Get("site")));
        }
        options.ignore_robots_sites.push_back((*site)->id);
      }
    }
    auto crawled = crawl::CrawlSites(*ctx.repo, fetcher, running, cols, clock, options,
                                     [&](const crawl::CrawlStats& s, std::size_t queued) {
                                       if (crawl_progress) {
                                         CrawlFigures f;
                                         f.pages = static_cast<std::size_t>(s.pages);
                                         f.resources = static_cast<std::size_t>(s.resources);
                                         f.queued = queued;
                                         f.errors = static_cast<std::size_t>(s.errors);
                                         f.unchanged = static_cast<std::size_t>(s.unchanged);
                                         f.external = static_cast<std::size_t>(s.external_checked);
                                         crawl_progress(f);
                                       } else if (progress) {
                                         progress(fmt::format("抓取 crawl: {} 页 pages, {} 资源 resources, 队列 queued "
                                                              "{}, 错误 errors {}",
                                                              s.pages, s.resources, queued, s.errors));
                                       }
                                     });
    if (!crawled) return crawled.error();
    // HTTPS and IPv6 facts of every running site (P-13, P-14, W-D4.5).
    crawl::SiteFactsOptions facts_options;
    facts_options.timeout_ms = options.timeout_ms;
    for (const store::SiteFacts& f : ctx.collect_site_facts ? crawl::CheckSiteFacts(fetcher, running, clock, facts_options)
                                                            : std::vector<store::SiteFacts>()) {
      if (auto r = ctx.repo->AddSiteFacts(f); !r) return r.error();
      ++stats.sites_checked;
      stats.https_ok += f.https_ok ? 1 : 0;
      stats.ipv6_ok += f.ipv6_ok ? 1 : 0;
      stats.certs_expiring += f.cert_not_after && *f.cert_not_after < f.checked_at + 30 * kSecondsPerDay ? 1 : 0;
    }
    stats.unchanged = crawled->unchanged;
    stats.external_checked = crawled->external_checked;
    stats.external_broken = crawled->external_broken;
    stats.host_down = crawled->host_down;
    stats.slow_hosts = crawled->slow_hosts;
    stats.crawl_out_of_time = crawled->out_of_time;
    stats.robots_disallowed = crawled->robots_disallowed;
    stats.robots = crawled->robots;
    stats.pages = crawled->pages;
    stats.resources = crawled->resources;
    stats.errors = crawled->errors;
  }
  // W-V1.3: the same-site style sheets the crawled pages link, for the 暗链 check. They are
  // chosen from the links the attachment pass reads (each site's links are read once).
  const bool stylesheets = scope == Scope::kAll || scope == Scope::kSites;
  std::vector<SiteStylesheetLinks> sheet_links;
  std::set<std::string> replaced;  // URLs the attachment pass stored after reading the links
  if (scope == Scope::kAll || scope == Scope::kSites || scope == Scope::kColumns) {
    // Attachments (.pdf, .doc, .xls …): their text joins the text checks; scans are read by OCR
    // within the queue's budget, after the downloads.
    auto sites = ctx.repo->ListSites();
    if (!sites) return sites.error();
    extract::OcrQueue ocr(extract::OcrBudget{});
    crawl::AttachmentOptions options;
    options.timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
    crawl::SiteLinksFn collect;
    if (stylesheets) {
      collect = [&sheet_links](const model::Site& site, const std::vector<store::PageRecord>& pages) {
        sheet_links.push_back(CollectStylesheetLinks(site, pages));
      };
    }
    auto read = crawl::ReadAttachments(*ctx.repo, fetcher, RunningSites(*sites), clock, ocr, options, collect);
    if (!read) return read.error();
    replaced.insert(read->stored.begin(), read->stored.end());
    if (progress && read->fetched > 0) {
      progress(fmt::format("附件 attachments: {} 已读 read, {} 失败 failed, {} 待识别 OCR pending", read->read,
                           read->failed, read->ocr_pending));
      // Which failed and why (a failed read stores nothing), the first few.
      constexpr std::size_t kShown = 5;
      for (std::size_t i = 0; i < std::min(kShown, read->failures.size()); ++i) {
        progress(fmt::format("  附件未读 attachment not read: {}", read->failures[i]));
      }
      if (read->failed > static_cast<int>(kShown)) progress(fmt::format("  …… 另 {} 个 more", read->failed - static_cast<int>(kShown)));
    }
  }
  if (stylesheets) {
    // Once per URL; the pages the attachment pass replaced since are passed over, as a new read
    // of the links would.
    const auto timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
    if (auto sheets = FetchStylesheets(*ctx.repo, fetcher, sheet_links, replaced, clock, timeout_ms); !sheets) {
      return sheets.error();
    }
  }
  if (scope == Scope::kAll || scope == Scope::kSites) {
    // P-11: one site-search query per site, against the homepage just crawled.
    auto sites = ctx.repo->ListSites();
    if (!sites) return sites.error();
    const auto timeout_ms = static_cast<std::int64_t>(ctx.rules.Get("probe.timeout_seconds") * 1000);
    if (auto searched = ProbeSearch(*ctx.repo, fetcher, RunningSites(*sites), clock, timeout_ms); !searched) {
      return searched.error();
    }
  }
  if (scope == Scope::kAll || scope == Scope::kAccounts) {
    auto accounts = ctx.repo->ListAccounts();
    if (!accounts) return accounts.error();
    media::FeedOptions feed_options;
    if (ctx.config) {
      auto lists = media::ParseAccountLists(*ctx.config);
      if (!lists) return lists.error();
      feed_options.lists = std::move(*lists);
    }
    auto feeds = media::FetchFeeds(*ctx.repo, fetcher, *accounts, clock, feed_options);
    if (!feeds) return feeds.error();
    stats.feeds = feeds->feeds;
    stats.feeds_failed = feeds->failed;
    stats.new_posts = feeds->new_posts;
  }
  if (scope == Scope::kAll || scope == Scope::kMessages) {
    // The [[board]] sections of --config, then the boards the registry knows (sites with
    // 留言平台=是 and a registered board column), read by their labels.
    Result<std::vector<messages::BoardConfig>> boards = std::vector<messages::BoardConfig>{};
    if (ctx.config) boards = messages::ParseBoards(*ctx.config);
    if (!boards) return boards.error();
    auto registered = messages::RegisteredBoards(*ctx.repo, *boards);
    if (!registered) return registered.error();
    boards->insert(boards->end(), registered->begin(), registered->end());
    auto fetched = messages::FetchBoards(*ctx.repo, fetcher, *boards, clock);
    if (!fetched) return fetched.error();
    stats.boards = static_cast<int>(boards->size());
    stats.board_messages = fetched->messages;
    stats.board_reply_unknown = fetched->reply_unknown;
    stats.board_problems = static_cast<int>(fetched->problems.size());
    for (const messages::BoardProblem& problem : fetched->problems) {
      if (progress) progress(fmt::format("留言板 board {}: {}: {}", problem.site, problem.url, problem.why));
    }
  }
  return stats;
}

namespace {

std::string Excerpt(const std::string& text, std::size_t byte_begin, std::size_t byte_end) {
  // About 20 characters on either side of the span, cut on UTF-8 boundaries.
  std::size_t from = byte_begin;
  for (int n = 0; n < 20 && from > 0;) {
    --from;
    if ((static_cast<unsigned char>(text[from]) & 0xC0) != 0x80) ++n;
  }
  std::size_t to = std::min(byte_end, text.size());
  for (int n = 0; n < 20 && to < text.size();) {
    ++to;
    if (to >= text.size() || (static_cast<unsigned char>(text[to]) & 0xC0) != 0x80) ++n;
  }
  std::string out = text.substr(from, byte_begin - from) + "【" + text.substr(byte_begin, byte_end - byte_begin) + "】" +
                    text.substr(std::min(byte_end, text.size()), to - std::min(byte_end, text.size()));
  return SanitizeUtf8(ReplaceAll(out, "\n", " "));
}

// The T4 contrast's evidence in words: both counts over the monitored pages.
std::string ContrastNote(const text::TextFinding& f) {
  if (!StartsWith(f.rule, "typo.contrast:")) return "";
  return fmt::format("全部监测页面中“{}”仅出现{}次，一字之差的“{}”出现{}次", f.text,
                     f.evidence.value("count", 0), f.evidence.value("variant", std::string()),
                     f.evidence.value("variant_count", 0));
}

std::vector<check::TextHit> ScanText(const text::TextEngine& engine, const std::string& text,
                                     const std::optional<std::string>& date, const std::string& url,
                                     std::int64_t snapshot, Timestamp seen, text::ScanOptions options = {}) {
  std::vector<check::TextHit> hits;
  if (text.empty()) return hits;
  if (date) {
    auto d = ParseDate(*date);
    if (d) options.at = *d;
  }
  for (const text::TextFinding& f : engine.Scan(text, options)) {
    check::TextHit h;
    h.check = std::string(text::CheckName(f.check));
    h.rule = f.rule;
    h.severity = std::string(text::SeverityName(f.severity));
    h.text = f.text;
    h.suggestion = f.suggestion;
    h.score = f.score;
    h.excerpt = Excerpt(text, f.byte_begin, f.byte_end);
    h.note = ContrastNote(f);
    if (f.check == text::Check::kPii && !f.suggestion.empty()) {
      // The notice is published: its evidence shows the masked form, never the leaked value.
      h.excerpt = ReplaceAll(h.excerpt, f.text, f.suggestion);
      h.text = f.suggestion;
    }
    h.url = url;
    h.snapshot_id = snapshot;
    h.seen_at = seen;
    hits.push_back(std::move(h));
  }
  return hits;
}

// The text hits of `pages`, by page index (none for a page that is down or has no text), scanned
// on `pool` a chunk at a time. With `corpus`, the T4 first pass counts each page into it as group
// `group`, in page order whichever thread scanned it, so the counts are those of a serial scan.
std::vector<std::vector<check::TextHit>> ScanPages(const text::TextEngine& engine,
                                                   const std::vector<store::PageRecord>& pages, crawl::WorkPool& pool,
                                                   const text::ScanOptions& options, text::CorpusContrast* corpus,
                                                   std::uint32_t group) {
  std::vector<std::vector<check::TextHit>> hits(pages.size());
  // A chunk bounds the normalised texts held for the corpus (about four bytes per character):
  // 256 pages, or fewer whose texts reach 16 MB (a site of 8 MB articles).
  constexpr std::size_t kChunk = 256;
  constexpr std::size_t kChunkTextBytes = 16 * 1024 * 1024;
  std::vector<std::vector<text::CorpusPiece>> pieces;
  for (std::size_t from = 0, to = 0; from < pages.size(); from = to) {
    std::size_t bytes = 0;
    to = from;
    while (to < pages.size() && to - from < kChunk && (to == from || bytes < kChunkTextBytes)) {
      bytes += pages[to].page.text.size();
      ++to;
    }
    pieces.assign(to - from, {});
    for (std::size_t i = from; i < to; ++i) {
      const store::PageRecord& r = pages[i];
      if (!IsUp(r.page) || r.page.text.empty()) continue;
      pool.Submit([&engine, &options, &r, &hits, &pieces, corpus, i, from] {
        text::ScanOptions own = options;
        if (corpus != nullptr) own.corpus_pieces = &pieces[i - from];
        hits[i] = ScanText(engine, r.page.text, r.page.publish_date, r.page.url, r.page.id, r.page.fetched_at, own);
      });
    }
    pool.Wait();
    if (corpus == nullptr) continue;
    for (const std::vector<text::CorpusPiece>& document : pieces) {
      for (const text::CorpusPiece& piece : document) corpus->Add(piece.text, piece.blocked, group);
    }
  }
  return hits;
}

// Columns keyed by their normalised folder, longest first, so the first prefix match is the most
// specific column a URL sits under.
using ColumnFolders = std::vector<std::pair<std::string, const model::Column*>>;

// A URL as the site knows it, whatever the scheme and "www." spelling: a column registered as
// http://qc.gov.cn/gzdt/ owns https://www.qc.gov.cn/gzdt/1.html, where the crawl found it.
std::string SiteKeyOf(const std::string& url) {
  const std::string normalized = crawl::NormalizeUrl(url);
  return crawl::SiteHostKey(normalized) + normalized.substr(crawl::OriginOf(normalized).size());
}

ColumnFolders FoldersOf(const std::vector<const model::Column*>& columns) {
  ColumnFolders out;
  for (const model::Column* c : columns) out.emplace_back(SiteKeyOf(crawl::FolderOf(c->url)), c);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return out;
}

const model::Column* ColumnUnder(const ColumnFolders& folders, const std::string& url) {
  const std::string key = SiteKeyOf(url);
  for (const auto& [folder, c] : folders) {
    if (StartsWith(key, folder)) return c;
  }
  return nullptr;
}

// What the newest read of an account's source said, as the N-M8 and N-V3 checks see it.
std::optional<check::AccountSourceFact> SourceFactOf(const std::optional<store::FeedFetchRecord>& r) {
  if (!r) return std::nullopt;
  check::AccountSourceFact f;
  f.account_id = r->account_id;
  f.fetched_at = r->at;
  f.http_status = r->http_status;
  f.ok = r->ok;
  f.feed_title = r->feed_title;
  f.final_url = r->final_url;
  f.error = r->error;
  f.url = r->url;
  f.closed_marker = r->closed_marker;
  f.migration = media::IsMigrationNotice(r->closed_marker);
  f.interactive_posts = r->interactive_posts;
  return f;
}

// The disclosure columns of a site by folder: a page under one belongs to that column.
ColumnFolders DisclosureFoldersOf(const std::vector<model::Column>& columns, std::int64_t site_id) {
  std::vector<const model::Column*> disclosure;
  for (const model::Column& c : columns) {
    if (c.site_id == site_id && c.disclosure) disclosure.push_back(&c);
  }
  return FoldersOf(disclosure);
}

// The findings of text hits gathered for a site and for its disclosure columns.
void AppendHitFindings(const model::Site& site, const std::vector<check::TextHit>& site_hits,
                       const std::map<const model::Column*, std::vector<check::TextHit>>& column_hits, Timestamp t,
                       const check::Rules& rules, std::vector<model::Finding>& out) {
  for (model::Finding& f : check::CheckTextHits(site_hits, model::ObjectKind::kSite, site.name, site.unit, t, rules)) {
    out.push_back(std::move(f));
  }
  for (const auto& [col, hits] : column_hits) {
    for (model::Finding& f : check::CheckTextHits(hits, model::ObjectKind::kColumn, col->name,
                                                  col->unit.empty() ? site.unit : col->unit, t, rules)) {
      out.push_back(std::move(f));
    }
  }
}

// T4, second pass: the pages of the sites where a candidate occurred (by the corpus's group bits)
// are read again and the candidates' occurrences become 错别字 findings of the site or of the
// disclosure column the page belongs to. `candidates` are the corpus's (CorpusContrast::Find).
// Pages are scanned on the judgement's `pool`.
Result<std::vector<model::Finding>> ContrastFindings(Context& ctx, const std::vector<model::Site>& sites,
                                                     const std::vector<model::Column>& columns,
                                                     const std::vector<text::ContrastCandidate>& candidates,
                                                     crawl::WorkPool& pool, Timestamp t) {
  std::vector<model::Finding> out;
  if (candidates.empty()) return out;
  std::uint32_t groups = 0;
  for (const text::ContrastCandidate& c : candidates) groups |= c.groups;
  text::ScanOptions options;
  options.contrast = &candidates;
  options.contrast_only = true;
  for (const model::Site& site : sites) {
    const auto index = static_cast<std::uint32_t>(&site - sites.data());
    if (site.status != model::ObjectStatus::kRunning || (groups & (1u << (index % 16))) == 0) continue;
    const ColumnFolders folders = DisclosureFoldersOf(columns, site.id);
    auto pages = ctx.repo->LatestTextsOfSite(site.id, t);
    if (!pages) return pages.error();
    std::vector<check::TextHit> site_hits;
    std::map<const model::Column*, std::vector<check::TextHit>> column_hits;
    std::vector<std::vector<check::TextHit>> page_hits = ScanPages(*ctx.text, *pages, pool, options, nullptr, 0);
    for (std::size_t i = 0; i < pages->size(); ++i) {
      std::vector<check::TextHit>& hits = page_hits[i];
      if (hits.empty()) continue;
      const model::Column* col = ColumnUnder(folders, (*pages)[i].page.url);
      auto& target = col != nullptr ? column_hits[col] : site_hits;
      for (check::TextHit& h : hits) {
        if (StartsWith(h.rule, "typo.contrast:")) target.push_back(std::move(h));
      }
    }
    AppendHitFindings(site, site_hits, column_hits, t, ctx.rules, out);
  }
  return out;
}

// The statistical typo tier's evidence of one finding, kept in the queue's store (typo_scans).
nlohmann::json StoredTypo(const text::TextFinding& f) {
  return {{"rule", f.rule},          {"severity", std::string(text::SeverityName(f.severity))},
          {"begin", f.begin},        {"end", f.end},
          {"byte_begin", f.byte_begin}, {"byte_end", f.byte_end},
          {"text", f.text},          {"suggestion", f.suggestion},
          {"score", f.score},        {"evidence", f.evidence}};
}

// The statistical typo tier of one page text: its findings that no other tier made at the same
// place (a typo pair row or a severe row already names that slip), as stored JSON.
std::string ScanStatistically(const text::TextEngine& engine, const std::string& whole_text,
                              const std::optional<std::string>& date) {
  // The tier reads about 300,000 characters a second: of a very long text (a roster, a data
  // table) only the head, cut at a line end, so one page cannot hold the queue for minutes.
  constexpr std::size_t kMaxBytes = 256 * 1024;
  std::string_view text = whole_text;
  if (text.size() > kMaxBytes) {
    const std::size_t cut = text.rfind('\n', kMaxBytes);
    text = text.substr(0, cut != std::string_view::npos && cut > kMaxBytes / 2 ? cut : kMaxBytes);
    // Never end inside a UTF-8 sequence.
    std::size_t lead = text.size();
    while (lead > 0 && text.size() - lead < 4 && (static_cast<unsigned char>(text[lead - 1]) & 0xC0) == 0x80) --lead;
    if (lead > 0) {
      const auto c = static_cast<unsigned char>(text[lead - 1]);
      const std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (lead - 1 + length > text.size()) text = text.substr(0, lead - 1);
    }
  }
  text::ScanOptions options;
  options.statistical_typos = true;
  if (date) {
    if (auto d = ParseDate(*date)) options.at = *d;
  }
  const std::vector<text::TextFinding> findings = engine.Scan(text, options);
  nlohmann::json out = nlohmann::json::array();
  for (const text::TextFinding& f : findings) {
    if (f.rule != "typo.statistical") continue;
    const bool named = std::any_of(findings.begin(), findings.end(), [&](const text::TextFinding& g) {
      return &g != &f && (g.check == text::Check::kTypo || g.check == text::Check::kSevere) && g.begin < f.end &&
             f.begin < g.end;
    });
    if (!named) out.push_back(StoredTypo(f));
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Whether the written string at a statistical finding is established usage across the monitored
// sites (参训 in 参训人员 on the pages of many sites): the edited word (a two-character edit) or
// the edited character with its neighbours occurs at least `min_count` times in at least
// `min_sites` sites. A slip repeated by one site's template still counts as a slip.
bool EstablishedUsage(const text::CorpusContrast& corpus, const std::u32string& text, std::size_t begin,
                      std::size_t end, std::uint32_t min_count, int min_sites) {
  if (begin >= end || end > text.size()) return false;
  std::size_t from = begin;
  std::size_t to = end;
  if (end - begin < 2) {
    from = begin > 0 ? begin - 1 : begin;
    to = std::min(text.size(), end + 1);
  }
  const std::u32string_view written(text.data() + from, to - from);
  if (written.size() < 2) return false;
  return corpus.Count(written) >= min_count && std::popcount(corpus.Groups(written)) >= min_sites;
}

// Whether a 2–4-character window of `text` around [begin, end) is one of `strings`.
bool CoveredByAny(const std::unordered_set<std::u32string>& strings, const std::u32string& text, std::size_t begin,
                  std::size_t end) {
  if (strings.empty() || begin >= end || end > text.size()) return false;
  for (std::size_t length = std::max<std::size_t>(2, end - begin); length <= 4; ++length) {
    const std::size_t first = end >= length ? end - length : 0;
    for (std::size_t from = first; from <= begin && from + length <= text.size(); ++from) {
      if (strings.count(text.substr(from, length)) != 0) return true;
    }
  }
  return false;
}

// The statistical typo tier behind the crawl (textchecks §4.4; issue 7 keeps it out of the
// crawl's path): each running site's page texts not yet read by this model are read, homepage
// and newest articles first, within the site's share of the budget left; what was read is kept
// (typo_scans), so the next inspection goes on where this one stopped and never reads an
// unchanged text twice. Every stored finding of the current texts becomes a 疑似错别字 hit
// (info, never a veto), unless the contrast pass reports the place (`candidates`) or the written
// string is established usage across the sites (counted in `corpus`).
Result<std::vector<model::Finding>> StatisticalTypoFindings(Context& ctx, const std::vector<model::Site>& sites,
                                                            const std::vector<model::Column>& columns,
                                                            const text::CorpusContrast& corpus,
                                                            const std::vector<text::ContrastCandidate>& candidates,
                                                            crawl::WorkPool& pool, Timestamp t) {
  std::vector<model::Finding> out;
  TypoQueueStats& stats = ctx.typo_queue;
  stats = TypoQueueStats{};
  // Only with the word trigram model: the unigram fallback is not precise enough to show users.
  // A run without budget reports what earlier runs read with it and need not open it.
  std::error_code lm_error;
  if (ctx.typo_budget_seconds > 0 ? !ctx.text->HasLanguageModel()
                                  : !fs::is_regular_file(text::WordLanguageModel::kDefaultPath, lm_error)) {
    return out;
  }
  // Stored scans are reused while the knowledge base (its version hashes the rule files), the
  // model and the tier's code stay the same: bump kTierRevision when the tier reads differently.
  // 2: polyphones read as their words do (libime pinyin dictionary); 3: official-word bonus, shape
  // pairs both ways, dates in Chinese numerals protected.
  constexpr int kTierRevision = 3;
  const std::string model = fmt::format("{}+lm+r{}", ctx.text->Version(), kTierRevision);
  if (ctx.typo_budget_seconds <= 0) {
    // Nothing to read this run; nothing to report unless an earlier run read something.
    auto any = ctx.repo->HasTypoScans();
    if (!any) return any.error();
    if (!*any) return out;
  }
  std::vector<const model::Site*> running;
  for (const model::Site& site : sites) {
    if (site.status == model::ObjectStatus::kRunning) running.push_back(&site);
  }
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline =
      Clock::now() + std::chrono::milliseconds(static_cast<std::int64_t>(std::max(0.0, ctx.typo_budget_seconds) * 1000));
  const std::uint32_t min_count = static_cast<std::uint32_t>(ctx.rules.GetInt("typo.established_count"));
  const int min_sites = static_cast<int>(ctx.rules.GetInt("typo.established_sites"));
  std::optional<std::unordered_set<std::u32string>> contrast_texts;  // read on the first finding

  // A site's current page texts that can be read, with their hashes and the stored scans.
  struct SiteTexts {
    std::vector<store::PageRecord> pages;
    std::vector<std::string> hashes;   // by page index; empty for a page without text
    std::vector<std::size_t> readable;
    std::unordered_map<std::string, std::string> stored;
  };
  auto read_site = [&](const model::Site& site) -> Result<SiteTexts> {
    SiteTexts st;
    auto pages = ctx.repo->LatestTextsOfSite(site.id, t);
    if (!pages) return pages.error();
    st.pages = std::move(*pages);
    st.hashes.resize(st.pages.size());
    std::vector<std::string> wanted;
    for (std::size_t i = 0; i < st.pages.size(); ++i) {
      const model::Page& p = st.pages[i].page;
      if (!IsUp(p) || p.text.empty()) continue;
      st.hashes[i] = HashHex(p.text);
      st.readable.push_back(i);
      wanted.push_back(st.hashes[i]);
    }
    auto stored = ctx.repo->TypoScans(wanted, model);
    if (!stored) return stored.error();
    st.stored = std::move(*stored);
    return st;
  };

  // Reading: each site gets its share of what is left of the budget, homepage and newest
  // articles first; time a site did not need goes to the sites after it, and a second pass
  // gives what is still left to the sites the first pass could not finish.
  std::vector<int> left(running.size(), 0);
  const std::size_t chunk = std::max<std::size_t>(8, 4 * crawl::DefaultWorkerThreads());
  for (int pass = 0; pass < 2 && ctx.typo_budget_seconds > 0; ++pass) {
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < running.size(); ++k) {
      if (pass == 0 || left[k] > 0) order.push_back(k);
    }
    if (order.empty() || Clock::now() >= deadline) break;
    for (std::size_t n = 0; n < order.size(); ++n) {
      const std::size_t k = order[n];
      const model::Site& site = *running[k];
      auto st = read_site(site);
      if (!st) return st.error();
      std::vector<std::size_t> pending;
      for (std::size_t i : st->readable) {
        if (st->stored.count(st->hashes[i]) == 0) pending.push_back(i);
      }
      const std::string home = crawl::NormalizeUrl(site.url);
      std::stable_sort(pending.begin(), pending.end(), [&](std::size_t a, std::size_t b) {
        const model::Page& x = st->pages[a].page;
        const model::Page& y = st->pages[b].page;
        const bool xh = x.url == home;
        const bool yh = y.url == home;
        if (xh != yh) return xh;
        return x.publish_date.value_or("") > y.publish_date.value_or("");
      });
      const Clock::time_point now = Clock::now();
      const Clock::time_point site_deadline =
          now >= deadline ? now : now + (deadline - now) / static_cast<long>(order.size() - n);
      std::size_t next = 0;
      while (next < pending.size() && Clock::now() < site_deadline) {
        const std::size_t to = std::min(pending.size(), next + chunk);
        std::vector<store::TypoScan> scans(to - next);
        for (std::size_t j = next; j < to; ++j) {
          const model::Page& p = st->pages[pending[j]].page;
          store::TypoScan& scan = scans[j - next];
          scan.text_hash = st->hashes[pending[j]];
          scan.model = model;
          scan.scanned_at = t;
          pool.Submit([&ctx, &p, &scan] { scan.findings = ScanStatistically(*ctx.text, p.text, p.publish_date); });
        }
        pool.Wait();
        if (auto r = ctx.repo->SaveTypoScans(scans); !r) return r.error();
        stats.read += static_cast<int>(to - next);
        next = to;
      }
      left[k] = static_cast<int>(pending.size() - next);
    }
  }

  // Reporting: every stored slip in a current text.
  for (std::size_t k = 0; k < running.size(); ++k) {
    const model::Site& site = *running[k];
    auto st = read_site(site);
    if (!st) return st.error();
    for (std::size_t i : st->readable) stats.pending += st->stored.count(st->hashes[i]) == 0 ? 1 : 0;
    const std::vector<store::PageRecord>& pages = st->pages;
    const std::vector<std::string>& hashes = st->hashes;
    const std::unordered_map<std::string, std::string>& stored = st->stored;

    const ColumnFolders folders = DisclosureFoldersOf(columns, site.id);
    std::vector<check::TextHit> site_hits;
    std::map<const model::Column*, std::vector<check::TextHit>> column_hits;
    for (std::size_t i : st->readable) {
      auto it = stored.find(hashes[i]);
      if (it == stored.end() || it->second == "[]") continue;
      const model::Page& p = pages[i].page;
      const nlohmann::json found = nlohmann::json::parse(it->second, nullptr, false);
      if (!found.is_array()) continue;
      const std::u32string points = DecodeUtf8(p.text);
      const model::Column* col = ColumnUnder(folders, p.url);
      auto& target = col != nullptr ? column_hits[col] : site_hits;
      for (const nlohmann::json& f : found) {
        const std::size_t byte_begin = f.value("byte_begin", std::size_t{0});
        const std::size_t byte_end = f.value("byte_end", std::size_t{0});
        const std::string written = f.value("text", std::string());
        // A stale row (another text under the same hash cannot happen; a damaged one can).
        if (byte_end > p.text.size() || byte_begin >= byte_end ||
            p.text.compare(byte_begin, byte_end - byte_begin, written) != 0) {
          continue;
        }
        const std::size_t begin = f.value("begin", std::size_t{0});
        const std::size_t end = f.value("end", std::size_t{0});
        if (EstablishedUsage(corpus, points, begin, end, min_count, min_sites)) {
          ++stats.established;
          continue;
        }
        // The site-corpus contrast already reports a rare near-copy here (进一布 beside 进一步).
        if (!contrast_texts) {
          contrast_texts.emplace();
          for (const text::ContrastCandidate& c : candidates) contrast_texts->insert(c.text);
        }
        if (CoveredByAny(*contrast_texts, points, begin, end)) continue;
        check::TextHit h;
        h.check = "typo";
        h.rule = f.value("rule", std::string("typo.statistical"));
        h.severity = f.value("severity", std::string("warn"));
        h.text = written;
        h.suggestion = f.value("suggestion", std::string());
        h.score = f.value("score", 0.0);
        h.excerpt = Excerpt(p.text, byte_begin, byte_end);
        h.note = "语言模型判断的疑似错别字，请人工核对";
        h.url = p.url;
        h.snapshot_id = p.id;
        h.seen_at = p.fetched_at;
        target.push_back(std::move(h));
        ++stats.findings;
      }
    }
    AppendHitFindings(site, site_hits, column_hits, t, ctx.rules, out);
  }
  return out;
}

}  // namespace

Result<Period> WithStoredWindow(Context& ctx, const Period& period) {
  auto window = ctx.repo->PeriodWindow(period.Name());
  if (!window) return window.error();
  Period p = period;
  if (*window) {
    p.from = (*window)->first;
    p.to = (*window)->second;
  }
  return p;
}

Result<verdict::PeriodResult> JudgePeriod(Context& ctx, const Period& quarter, Timestamp t) {
  store::Repository& repo = *ctx.repo;
  auto windowed = WithStoredWindow(ctx, quarter);
  if (!windowed) return windowed.error();
  const Period& period = *windowed;
  auto sites = repo.ListSites();
  if (!sites) return sites.error();
  auto columns = repo.ListColumns();
  if (!columns) return columns.error();
  auto accounts = repo.ListAccounts();
  if (!accounts) return accounts.error();
  auto messages = repo.ListMessages();
  if (!messages) return messages.error();
  auto units = repo.ListUnits();
  if (!units) return units.error();

  std::vector<model::Finding> findings;
  const check::ReplyTimeParams reply_params = check::ReplyTimeParams::FromRules(ctx.rules);
  const check::MediaRuleParams media_params = check::MediaRuleParams::FromRules(ctx.rules);
  const check::InteractionRuleParams interaction_params = check::InteractionRuleParams::FromRules(ctx.rules);
  const Timestamp window_start = t - static_cast<Timestamp>(ctx.rules.GetInt("unreachable.window_days")) * kSecondsPerDay;
  // Checks of links to other hosts (made once per crawl run), newest by T.
  auto link_checks = repo.LatestLinkChecks(t);
  if (!link_checks) return link_checks.error();
  std::map<std::string, const store::LinkCheck*> external_checks;
  for (const store::LinkCheck& c : *link_checks) external_checks[c.url] = &c;

  // T4 site-corpus contrast: the substrings of every page are counted during the site loop; the
  // rare variants of frequent phrases are looked up on the pages afterwards.
  text::CorpusContrast corpus = ctx.text->NewCorpusContrast();
  crawl::WorkPool scan_pool(crawl::DefaultWorkerThreads());
  // The pages of the next site are read on a second connection (WAL readers do not wait for each
  // other) while this one is checked: reading and decoding them was a third of the judgement's
  // time on this thread. A private in-memory database has no second connection: read in turn.
  std::unique_ptr<store::Repository> reader;
  if (ctx.db_path != ":memory:" && !ctx.db_path.empty()) {
    if (auto second = store::OpenSqlite(ctx.db_path)) reader = std::move(*second);
  }
  std::vector<const model::Site*> running;
  for (const model::Site& site : *sites) {
    if (site.status == model::ObjectStatus::kRunning) running.push_back(&site);
  }
  auto read_pages = [&](std::size_t k) { return reader->LatestPagesOfSite(running[k]->id, t); };
  std::future<Result<std::vector<store::PageRecord>>> next_pages;
  if (reader && !running.empty()) next_pages = std::async(std::launch::async, read_pages, 0);
  for (std::size_t k = 0; k < running.size(); ++k) {
    const model::Site& site = *running[k];
    auto pages = reader ? next_pages.get() : repo.LatestPagesOfSite(site.id, t);
    if (reader && k + 1 < running.size()) next_pages = std::async(std::launch::async, read_pages, k + 1);
    const auto corpus_group = static_cast<std::uint32_t>(&site - sites->data());
    check::SiteObservations obs;
    obs.site = site;
    auto probes = repo.ProbesBetween(site.id, window_start, t);
    if (!probes) return probes.error();
    obs.probes = std::move(*probes);

    // The disclosure columns hosted here, by folder prefix (longest first: most specific wins).
    std::vector<const model::Column*> disclosure;
    for (const model::Column& c : *columns) {
      if (c.site_id == site.id && c.disclosure) disclosure.push_back(&c);
    }
    const ColumnFolders disclosure_folders = FoldersOf(disclosure);
    const auto owner = [&](const std::string& url) { return ColumnUnder(disclosure_folders, url); };

    auto home = repo.LatestPage(crawl::NormalizeUrl(site.url), t);
    if (!home) return home.error();
    if (*home) obs.homepage = ToSnapshot(**home);

    std::map<std::string, check::DisclosureColumnObservations> disclosure_obs;
    for (const model::Column* c : disclosure) {
      check::DisclosureColumnObservations d;
      d.column = *c;
      d.unit = c->unit.empty() ? site.unit : c->unit;
      d.type = check::EffectiveColumnType(*c);
      auto list = repo.LatestPage(crawl::NormalizeUrl(c->url), t);
      if (!list) return list.error();
      if (*list) d.list = ToSnapshot(**list);
      disclosure_obs.emplace(c->url, std::move(d));
    }
    for (const model::Column& c : *columns) {
      if (c.site_id != site.id || c.disclosure) continue;
      check::ColumnObservation co;
      co.column = c;
      co.type = check::EffectiveColumnType(c);
      auto list = repo.LatestPage(crawl::NormalizeUrl(c.url), t);
      if (!list) return list.error();
      if (*list) co.list = ToSnapshot(**list);
      // A registered sub-column of a disclosure column is judged with it.
      const model::Column* parent = owner(c.url);
      bool sub = parent != nullptr;
      for (const model::Column* d : disclosure) {
        if (!c.parent.empty() && (c.parent == d->url || c.parent == d->name)) {
          parent = d;
          sub = true;
        }
      }
      if (sub) {
        disclosure_obs[parent->url].sub_columns.push_back(std::move(co));
      } else {
        obs.columns.push_back(std::move(co));
      }
    }

    if (!pages) return pages.error();
    // Keys point into the records' URLs, which stay in place until the site is judged.
    std::unordered_map<std::string_view, const model::Page*> by_url;
    by_url.reserve(pages->size());
    for (const store::PageRecord& r : *pages) by_url[r.page.url] = &r.page;
    const std::string home_url = crawl::NormalizeUrl(site.url);
    // Registered ordinary columns by folder, longest first, to type the pages under them.
    std::vector<const model::Column*> ordinary;
    std::set<std::string> column_urls;
    for (const model::Column& c : *columns) {
      if (c.site_id != site.id || c.disclosure) continue;
      ordinary.push_back(&c);
      column_urls.insert(SiteKeyOf(c.url));
    }
    const ColumnFolders column_folders = FoldersOf(ordinary);
    std::vector<std::vector<check::TextHit>> page_hits =
        ScanPages(*ctx.text, *pages, scan_pool, text::ScanOptions{}, &corpus, corpus_group);
    // No check below reads the page texts: they go now, before the pages are copied into the
    // observations (a site of large articles held them twice).
    for (store::PageRecord& r : *pages) std::string().swap(r.page.text);
    for (store::PageRecord& r : *pages) {
      const model::Column* col = owner(r.page.url);
      std::vector<check::TextHit>& hits = page_hits[static_cast<std::size_t>(&r - pages->data())];
      if (!hits.empty()) {
        auto& target = col != nullptr ? disclosure_obs[col->url].text_hits : obs.text_hits;
        std::move(hits.begin(), hits.end(), std::back_inserter(target));
      }
      if (col != nullptr) continue;
      check::PageObservation po;
      po.page = r.page;  // copied: by_url points into the records
      po.links = std::move(r.links);  // nothing reads the records' links after this loop
      if (r.page.url == home_url) {
        po.role = check::PageRole::kHomepage;
      } else if (column_urls.count(SiteKeyOf(r.page.url)) != 0 || r.page.is_list) {
        po.role = check::PageRole::kColumnList;
      } else if (r.page.publish_date) {
        po.role = check::PageRole::kArticle;
      }
      const model::Column* typed = ColumnUnder(column_folders, r.page.url);
      if (typed != nullptr && crawl::NormalizeUrl(crawl::FolderOf(typed->url)) != home_url) {
        po.column_type = check::EffectiveColumnType(*typed);
      }
      obs.pages.push_back(std::move(po));
      for (const model::Link& l : obs.pages.back().links) {
        auto it = by_url.find(l.to_url);
        if (it == by_url.end()) {
          auto ext = external_checks.find(l.to_url);
          if (ext == external_checks.end() || !ext->second->broken) continue;
          check::BrokenLink b;
          b.from_url = r.page.url;
          b.to_url = l.to_url;
          b.error = ext->second->error;
          b.on_homepage = r.page.url == home_url;
          b.snapshot_id = r.page.id;
          b.seen_at = ext->second->checked_at;
          obs.broken_links.push_back(std::move(b));
          continue;
        }
        // The crawl's own rule: 404, 410, 5xx and transport failures; not 401/403/429, nor a body
        // cut at the size limit.
        std::string dead = crawl::DeadLinkClass(it->second->http_status, it->second->error);
        if (dead.empty()) continue;
        check::BrokenLink b;
        b.from_url = r.page.url;
        b.to_url = l.to_url;
        b.error = std::move(dead);
        b.on_homepage = r.page.url == home_url;
        b.snapshot_id = r.page.id;
        b.seen_at = it->second->fetched_at;
        obs.broken_links.push_back(std::move(b));
      }
    }
    for (const model::CitizenMessage& m : *messages) {
      if (m.site_id == site.id && m.seen_at <= t) obs.messages.push_back(m);
    }
    for (model::Finding& f : check::CheckSite(obs, t, ctx.rules)) findings.push_back(std::move(f));
    // 暗链, 篡改, 伪造发稿日期, 站内搜索, 文不对题: from stored bodies and snapshot histories.
    auto integrity = GatherIntegrity(repo, ctx.rules, obs, t);
    if (!integrity) return integrity.error();
    for (model::Finding& f : check::CheckSiteIntegrity(obs, *integrity, t, ctx.rules)) findings.push_back(std::move(f));
    if (auto f = check::CheckSlowReplies(obs, period.from, t, reply_params, ctx.calendar)) findings.push_back(std::move(*f));
    for (const model::Column* c : disclosure) {
      for (model::Finding& f : check::CheckDisclosure(disclosure_obs[c->url], t, ctx.rules)) {
        findings.push_back(std::move(f));
      }
    }
  }

  // The rare near-copies of frequent phrases, for the contrast pass and for the typo queue.
  const std::vector<text::ContrastCandidate> contrast_candidates = corpus.Find();
  auto contrast = ContrastFindings(ctx, *sites, *columns, contrast_candidates, scan_pool, t);
  if (!contrast) return contrast.error();
  for (model::Finding& f : *contrast) findings.push_back(std::move(f));
  auto statistical =
      StatisticalTypoFindings(ctx, *sites, *columns, corpus, contrast_candidates, scan_pool, t);
  if (!statistical) return statistical.error();
  for (model::Finding& f : *statistical) findings.push_back(std::move(f));

  for (const model::MediaAccount& a : *accounts) {
    check::AccountObservations obs;
    obs.account = a;
    auto posts = repo.PostsOfAccount(a.id, t, t);
    if (!posts) return posts.error();
    obs.posts = std::move(*posts);
    auto last = repo.LastFeedSuccess(a.id, t);
    if (!last) return last.error();
    obs.observed = last->has_value() || !obs.posts.empty();
    for (const model::Post& p : obs.posts) {
      if (p.published_at < period.from || p.published_at > t) continue;
      const std::string body = p.title + "\n" + p.text;
      const std::string day = FormatDate(DateOf(p.published_at));
      auto hits = ScanText(*ctx.text, body, day, p.url.empty() ? a.source : p.url, 0, p.seen_at);
      obs.text_hits.insert(obs.text_hits.end(), hits.begin(), hits.end());
    }
    for (model::Finding& f : check::CheckAccount(obs, period.from, period.to, t, ctx.rules)) {
      findings.push_back(std::move(f));
    }
    if (auto f = check::CheckZombieAccount(obs, t, media_params)) findings.push_back(std::move(*f));
    // N-M8 and N-V3 compare the registry entry with the newest read of the account's source.
    auto fetch = repo.LatestFeedFetch(a.id, t);
    if (!fetch) return fetch.error();
    const std::optional<check::AccountSourceFact> fact = SourceFactOf(*fetch);
    if (auto f = check::CheckRegistryAgainstSource(obs, fact, t)) findings.push_back(std::move(*f));
    if (auto f = check::CheckInteraction(obs, fact, t, interaction_params)) findings.push_back(std::move(*f));
  }
  for (model::Finding& f : check::CheckDuplicateAccounts(*accounts, t, media_params)) findings.push_back(std::move(f));

  if (auto r = repo.ReplaceFindings(period.Name(), t, findings); !r) return r.error();
  return LoadPeriod(ctx, period);
}

namespace {
Result<verdict::PeriodResult> LoadPeriodImpl(Context& ctx, const Period& period, bool with_previous);
}  // namespace

Result<verdict::PeriodResult> LoadPeriod(Context& ctx, const Period& period) {
  return LoadPeriodImpl(ctx, period, true);
}

namespace {

Result<verdict::PeriodResult> LoadPeriodImpl(Context& ctx, const Period& quarter, bool with_previous) {
  store::Repository& repo = *ctx.repo;
  auto windowed = WithStoredWindow(ctx, quarter);
  if (!windowed) return windowed.error();
  const Period& period = *windowed;
  auto judged = repo.JudgedAt(period.Name());
  if (!judged) return judged.error();
  if (!*judged) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("period {} has not been judged yet; run `govwatch inspect --period {}` first",
                                 period.Name(), period.Name()));
  }
  verdict::PeriodInput input;
  input.period = period;
  input.judged_at = **judged;
  auto units = repo.ListUnits();
  if (!units) return units.error();
  input.units = std::move(*units);
  auto sites = repo.ListSites();
  if (!sites) return sites.error();
  input.sites = std::move(*sites);
  auto columns = repo.ListColumns();
  if (!columns) return columns.error();
  input.columns = std::move(*columns);
  auto accounts = repo.ListAccounts();
  if (!accounts) return accounts.error();
  input.accounts = std::move(*accounts);
  auto messages = repo.ListMessages();
  if (!messages) return messages.error();
  for (model::CitizenMessage& m : *messages) {
    if (m.seen_at <= input.judged_at) input.messages.push_back(std::move(m));
  }
  auto findings = repo.Findings(period.Name());
  if (!findings) return findings.error();
  input.findings = std::move(*findings);
  auto external = repo.ExternalFindingsBetween(period.from, period.to);
  if (!external) return external.error();
  input.external = std::move(*external);
  auto year = repo.ExternalFindingsBetween(StartOfDay(Date{period.year, 1, 1}), period.to);
  if (!year) return year.error();
  input.external_year = std::move(*year);
  std::optional<verdict::PeriodResult> previous;
  if (with_previous) {
    // The quarter before (the window may start later than the quarter does).
    const Period prev = PeriodContaining(StartOfDay(Date{quarter.year, (quarter.quarter - 1) * 3 + 1, 1}) - 1);
    auto judged_prev = repo.JudgedAt(prev.Name());
    if (!judged_prev) return judged_prev.error();
    if (*judged_prev) {
      auto p = LoadPeriodImpl(ctx, prev, false);
      if (!p) return p.error();
      previous = std::move(*p);
      input.previous = &*previous;
    }
  }
  return verdict::Judge(input, ctx.rules, ctx.calendar);
}

}  // namespace

}  // namespace govwatch::cli
