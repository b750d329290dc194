// store: the Repository interface through which every module that persists reads and writes
// registry objects and observations. The SQLite back end (store/sqlite/) is the default; a
// PostgreSQL back end can implement the same interface without touching callers.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"
#include "model/model.hpp"
#include "store/body_codec.hpp"

namespace govwatch::store {

// What an upsert did.
struct UpsertOutcome {
  std::int64_t id = 0;
  bool created = false;
  std::vector<std::string> changed;  // names of the fields that changed on an update
};

// A page snapshot together with what was extracted from it.
struct PageRecord {
  model::Page page;
  std::vector<model::Item> items;
  std::vector<model::Link> links;
  // page.body already compressed with store::CompressBody (a crawl does it on its worker
  // threads); empty: the store compresses page.body itself.
  std::string compressed_body;
  // links already encoded with store::EncodeLinks for page.url; empty: the store encodes them.
  std::string compressed_links;
  // Size of the body when the crawl released page.body after compressing it (compressed_body
  // set, page.body empty); 0: page.body.size().
  std::size_t body_size = 0;  // bytes
};

// One URL of a crawl's frontier.
struct FrontierEntry {
  std::string url;
  std::int64_t site_id = 0;
  int depth = 0;
  bool resource = false;  // checked (HEAD), not parsed
  bool form = false;      // first found as a form's action (a resource)
};

// What a crawl learnt about a site while it ran, kept with the run so that a resumed crawl knows
// it too: the URL the homepage answers from (`landing`), a URL whose folder the homepage sends
// the browser to, or (with an empty URL) the address the site's pages answered from.
struct CrawlArea {
  std::int64_t site_id = 0;
  std::string url;
  bool landing = false;
  std::string address;  // IP address the site's pages answered from; "" on rows that bring a URL
};

// What the statistical typo tier found in one page text (kept so that it reads a text once).
struct TypoScan {
  std::string text_hash;  // HashHex of the page text
  std::string model;      // knowledge-base version and language model that read it
  Timestamp scanned_at = 0;
  std::string findings;   // JSON array of the findings, offsets into the text
};

// An external finding (another office's check result).
struct ExternalFinding {
  std::string object;
  model::ObjectKind object_kind = model::ObjectKind::kSite;
  std::string problem;
  std::string checker;
  Timestamp checked_at = 0;
  std::string evidence;
};

// The validators of a URL's newest full answer, sent back on a re-crawl (conditional request).
struct PageValidators {
  std::string url;
  std::string etag;
  std::string last_modified;
  Timestamp fetched_at = 0;
};

// The check of a link to another host (external link), made once per crawl run.
struct LinkCheck {
  std::string url;
  std::int64_t site_id = 0;  // the first site seen linking to it
  Timestamp checked_at = 0;  // 0 while pending
  int http_status = 0;
  std::string error;   // "404", "5xx" status text or "dns", "connect", "timeout", "tls", "redirect_loop", "redirect_private", "empty_answer"
  bool broken = false;
  std::string method;  // "HEAD" or "GET" (GET after HEAD failed)
};

// HTTPS and IPv6 facts of a site (P-13, P-14, W-D4.5).
struct SiteFacts {
  std::int64_t site_id = 0;
  Timestamp checked_at = 0;
  bool https_ok = false;                 // the homepage answers over https with a valid certificate chain
  bool http_redirects_to_https = false;  // the http homepage redirects to https
  std::string tls_version;               // "TLSv1.3", …; "" without https
  bool cert_chain_valid = false;
  std::optional<Timestamp> cert_not_after;  // certificate expiry
  std::string https_error;               // why https failed ("tls", "connect", …)
  bool aaaa = false;                     // the host has an AAAA record
  bool ipv6_ok = false;                  // the homepage answered 200/3xx over IPv6
  std::string ipv6_error;
};

// One read of an account's source (feed or HTML list), with the facts the registry self-check
// (N-M8) and the interaction indicator (N-V3) compare against the registry.
struct FeedFetchRecord {
  std::int64_t account_id = 0;
  Timestamp at = 0;
  bool ok = false;
  std::string error;
  int posts = 0;
  std::string url;              // what was read (feed URL or list page)
  int http_status = 0;          // 0 when no HTTP response arrived
  std::string final_url;        // after redirects, "" when not redirected
  std::string feed_title;       // the source's own name of the account, "" when unknown
  std::string closed_marker;    // a closure or migration notice the source showed, "" when none
  int interactive_posts = -1;   // posts that offered comments or replies, -1 when the source does not say
};

// A site-search probe (P-11): the homepage's search form and a GET query for a recent title.
struct SearchProbeRecord {
  std::int64_t site_id = 0;
  Timestamp at = 0;
  bool form_found = false;
  std::string form_url;    // the form's action, resolved
  std::string query;       // the title searched for, "" when there was none
  std::string target_url;  // the article the query should find
  std::string result_url;  // the result page requested
  int http_status = 0;     // 0 when no answer
  std::string error;       // fetch error kind
  bool found = false;      // the result page names or links the article
};

// Persistent storage. Not safe to share between threads: use one Repository per thread.
// Every method returns an Error naming the table and key on a database failure.
class Repository {
 public:
  virtual ~Repository() = default;

  // Runs `body` in one transaction: committed if it returns a value, rolled back otherwise.
  virtual Result<void> InTransaction(const std::function<Result<void>()>& body) = 0;

  // Registry. Upserts match on the key of DESIGN.md (units: name; sites: site_code else url;
  // columns: url; accounts: platform + account_id else platform + name; messages: site + id).
  virtual Result<UpsertOutcome> UpsertUnit(const model::Unit& unit) = 0;
  virtual Result<UpsertOutcome> UpsertSite(const model::Site& site) = 0;
  virtual Result<UpsertOutcome> UpsertColumn(const model::Column& column) = 0;
  virtual Result<UpsertOutcome> UpsertAccount(const model::MediaAccount& account) = 0;
  virtual Result<UpsertOutcome> UpsertMessage(const model::CitizenMessage& message) = 0;
  virtual Result<std::vector<model::Unit>> ListUnits() = 0;
  virtual Result<std::vector<model::Site>> ListSites() = 0;
  virtual Result<std::vector<model::Column>> ListColumns() = 0;
  virtual Result<std::vector<model::MediaAccount>> ListAccounts() = 0;
  virtual Result<std::vector<model::CitizenMessage>> ListMessages() = 0;
  // Finds a site by 网站标识码, name or homepage URL.
  virtual Result<std::optional<model::Site>> FindSite(const std::string& code_or_name) = 0;
  // Finds an account by platform and account ID.
  virtual Result<std::optional<model::MediaAccount>> FindAccount(model::Platform platform,
                                                                 const std::string& account_id) = 0;

  // Observations.
  virtual Result<void> AddProbes(const std::vector<model::Probe>& probes) = 0;
  // Probes of a site with from <= at <= to, oldest first.
  virtual Result<std::vector<model::Probe>> ProbesBetween(std::int64_t site_id, Timestamp from,
                                                          Timestamp to) = 0;
  // Stores a snapshot with its items and links; returns the snapshot id. The body is stored
  // compressed and deduplicated by content hash.
  virtual Result<std::int64_t> SavePage(const PageRecord& record) = 0;
  // The newest snapshot of `url` fetched at or before `at` (without body), with items and links.
  virtual Result<std::optional<PageRecord>> LatestPage(const std::string& url, Timestamp at) = 0;
  // The newest snapshot at or before `at` of every URL of a site (without bodies), with items
  // and links.
  virtual Result<std::vector<PageRecord>> LatestPagesOfSite(std::int64_t site_id, Timestamp at) = 0;
  // The same snapshots with their links only: of each page the id, site, URL, fetch time, status,
  // error, content hash and charset, no extracted text, meta or items (for the passes that follow
  // links: style sheets, attachments).
  virtual Result<std::vector<PageRecord>> LatestLinksOfSite(std::int64_t site_id, Timestamp at) = 0;
  // The same snapshots with their extracted fields (text, title, dates) but no meta tags, links
  // or items (for the passes that read texts only).
  virtual Result<std::vector<PageRecord>> LatestTextsOfSite(std::int64_t site_id, Timestamp at) = 0;
  // The stored body of a snapshot (UTF-8 HTML), or NotFound.
  virtual Result<std::string> PageBody(std::int64_t snapshot_id) = 0;
  // The same body as stored (compressed), to be opened with DecompressBody(data, size) off the
  // store's thread: a pass over many bodies decompresses them on workers.
  virtual Result<PackedBody> PackedPageBody(std::int64_t snapshot_id) = 0;
  // Adds posts, ignoring ones already stored; returns how many were new.
  virtual Result<int> AddPosts(const std::vector<model::Post>& posts) = 0;
  // Posts of an account published at or before `until` and seen at or before `seen_by`.
  virtual Result<std::vector<model::Post>> PostsOfAccount(std::int64_t account_id, Timestamp until,
                                                          Timestamp seen_by) = 0;
  // Records a feed fetch of an account.
  virtual Result<void> AddFeedFetch(std::int64_t account_id, Timestamp at, bool ok,
                                    const std::string& error, int posts) = 0;
  // Records a feed fetch with the source's facts.
  virtual Result<void> AddFeedFetchRecord(const FeedFetchRecord& record) = 0;
  // The newest feed fetch of an account (successful or not) at or before `by`.
  virtual Result<std::optional<FeedFetchRecord>> LatestFeedFetch(std::int64_t account_id, Timestamp by) = 0;
  // The time of the newest successful feed fetch of an account at or before `by`.
  virtual Result<std::optional<Timestamp>> LastFeedSuccess(std::int64_t account_id, Timestamp by) = 0;
  // Newest observation time of anything (pages, probes, posts), 0 when none.
  virtual Result<Timestamp> LatestObservation() = 0;

  // Crawl frontier. A run is open until finished; an open run is resumed.
  virtual Result<std::optional<std::int64_t>> OpenCrawlRun() = 0;
  virtual Result<std::int64_t> StartCrawlRun(Timestamp at) = 0;
  virtual Result<void> FinishCrawlRun(std::int64_t run, Timestamp at) = 0;
  // Adds entries not yet in the run's frontier (a URL is in a run once).
  virtual Result<void> AddFrontier(std::int64_t run, const std::vector<FrontierEntry>& entries) = 0;
  virtual Result<void> MarkFrontierDone(std::int64_t run, const std::vector<std::string>& urls) = 0;
  // Every entry of a run; `pending_only` keeps those not yet fetched.
  virtual Result<std::vector<FrontierEntry>> Frontier(std::int64_t run, bool pending_only) = 0;
  // Scope learnt by a run, in the order it was added.
  virtual Result<void> AddCrawlAreas(std::int64_t run, const std::vector<CrawlArea>& areas) = 0;
  virtual Result<std::vector<CrawlArea>> CrawlAreas(std::int64_t run) = 0;

  // The statistical typo tier's queue: stored scans (replacing one of the same text and model).
  virtual Result<void> SaveTypoScans(const std::vector<TypoScan>& scans) = 0;
  // Whether any scan is stored (a run without budget has nothing to report when none is).
  virtual Result<bool> HasTypoScans() = 0;
  // The findings JSON of the stored scans of `text_hashes` by `model`, by text hash (texts not
  // yet read are absent).
  virtual Result<std::unordered_map<std::string, std::string>> TypoScans(const std::vector<std::string>& text_hashes,
                                                                        const std::string& model) = 0;

  // Site-search probes (P-11).
  virtual Result<void> AddSearchProbe(const SearchProbeRecord& probe) = 0;
  // The newest search probe of a site at or before `at`.
  virtual Result<std::optional<SearchProbeRecord>> LatestSearchProbe(std::int64_t site_id, Timestamp at) = 0;

  // Results.
  virtual Result<void> AddExternalFinding(const ExternalFinding& finding) = 0;
  virtual Result<std::vector<ExternalFinding>> ExternalFindingsBetween(Timestamp from, Timestamp to) = 0;
  // Replaces the stored findings of a period (a re-judgement).
  virtual Result<void> ReplaceFindings(const std::string& period, Timestamp judged_at,
                                       const std::vector<model::Finding>& findings) = 0;
  virtual Result<std::vector<model::Finding>> Findings(const std::string& period) = 0;
  // The instant the period was last judged at, if it was.
  virtual Result<std::optional<Timestamp>> JudgedAt(const std::string& period) = 0;
  // A period's monitoring window, when an inspection narrowed it from the whole quarter.
  virtual Result<void> SetPeriodWindow(const std::string& period, Timestamp from, Timestamp to) = 0;
  virtual Result<std::optional<std::pair<Timestamp, Timestamp>>> PeriodWindow(const std::string& period) = 0;

  // Conditional re-crawls (issue 7): validators per URL, replaced on each full answer.
  virtual Result<std::vector<PageValidators>> ValidatorsOf(const std::vector<std::string>& urls) = 0;
  virtual Result<void> SaveValidators(const std::vector<PageValidators>& validators) = 0;
  // External link checks of a run: added pending (a URL once per run), then saved checked.
  virtual Result<void> AddLinkChecks(std::int64_t run, const std::vector<LinkCheck>& pending) = 0;
  virtual Result<std::vector<LinkCheck>> PendingLinkChecks(std::int64_t run) = 0;
  virtual Result<void> SaveLinkChecks(std::int64_t run, const std::vector<LinkCheck>& checked) = 0;
  // The newest check at or before `at` of every external URL ever checked.
  virtual Result<std::vector<LinkCheck>> LatestLinkChecks(Timestamp at) = 0;
  // HTTPS / IPv6 facts of sites.
  virtual Result<void> AddSiteFacts(const SiteFacts& facts) = 0;
  virtual Result<std::optional<SiteFacts>> LatestSiteFacts(std::int64_t site_id, Timestamp at) = 0;
};

// Opens (creating if needed) an SQLite database file and applies pending migrations.
// ":memory:" gives a private in-memory database.
Result<std::unique_ptr<Repository>> OpenSqlite(const std::string& path);

}  // namespace govwatch::store
