// The SQLite back end of the Repository: one file in WAL mode, migrations from schema/sqlite/
// (embedded at build time) applied at open.
#pragma once

#include <optional>

#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/repository.hpp"

namespace govwatch::store::sqlite {

// Not safe to share between threads.
class SqliteRepository final : public Repository {
 public:
  // Opens or creates `path` and migrates it. Fails naming the path.
  static Result<std::unique_ptr<SqliteRepository>> Open(const std::string& path);
  // Page size of the databases it creates (bytes).
  static constexpr int kPageSize = 16384;
  ~SqliteRepository() override;

  Result<void> InTransaction(const std::function<Result<void>()>& body) override;
  Result<UpsertOutcome> UpsertUnit(const model::Unit& unit) override;
  Result<UpsertOutcome> UpsertSite(const model::Site& site) override;
  Result<UpsertOutcome> UpsertColumn(const model::Column& column) override;
  Result<UpsertOutcome> UpsertAccount(const model::MediaAccount& account) override;
  Result<UpsertOutcome> UpsertMessage(const model::CitizenMessage& message) override;
  Result<std::vector<model::Unit>> ListUnits() override;
  Result<std::vector<model::Site>> ListSites() override;
  Result<std::vector<model::Column>> ListColumns() override;
  Result<std::vector<model::MediaAccount>> ListAccounts() override;
  Result<std::vector<model::CitizenMessage>> ListMessages() override;
  Result<std::optional<model::Site>> FindSite(const std::string& code_or_name) override;
  Result<std::optional<model::MediaAccount>> FindAccount(model::Platform platform,
                                                         const std::string& account_id) override;
  Result<void> AddProbes(const std::vector<model::Probe>& probes) override;
  Result<std::vector<model::Probe>> ProbesBetween(std::int64_t site_id, Timestamp from, Timestamp to) override;
  Result<std::int64_t> SavePage(const PageRecord& record) override;
  Result<std::optional<PageRecord>> LatestPage(const std::string& url, Timestamp at) override;
  Result<std::vector<PageRecord>> LatestPagesOfSite(std::int64_t site_id, Timestamp at) override;
  Result<std::vector<PageRecord>> LatestLinksOfSite(std::int64_t site_id, Timestamp at) override;
  Result<std::vector<PageRecord>> LatestTextsOfSite(std::int64_t site_id, Timestamp at) override;
  Result<std::string> PageBody(std::int64_t snapshot_id) override;
  Result<PackedBody> PackedPageBody(std::int64_t snapshot_id) override;
  Result<int> AddPosts(const std::vector<model::Post>& posts) override;
  Result<std::vector<model::Post>> PostsOfAccount(std::int64_t account_id, Timestamp until,
                                                  Timestamp seen_by) override;
  Result<void> AddFeedFetch(std::int64_t account_id, Timestamp at, bool ok, const std::string& error,
                            int posts) override;
  Result<void> AddFeedFetchRecord(const FeedFetchRecord& record) override;
  Result<std::optional<FeedFetchRecord>> LatestFeedFetch(std::int64_t account_id, Timestamp by) override;
  Result<std::optional<Timestamp>> LastFeedSuccess(std::int64_t account_id, Timestamp by) override;
  Result<Timestamp> LatestObservation() override;
  Result<std::optional<std::int64_t>> OpenCrawlRun() override;
  Result<std::int64_t> StartCrawlRun(Timestamp at) override;
  Result<void> FinishCrawlRun(std::int64_t run, Timestamp at) override;
  Result<void> AddFrontier(std::int64_t run, const std::vector<FrontierEntry>& entries) override;
  Result<void> MarkFrontierDone(std::int64_t run, const std::vector<std::string>& urls) override;
  Result<std::vector<FrontierEntry>> Frontier(std::int64_t run, bool pending_only) override;
  Result<void> AddCrawlAreas(std::int64_t run, const std::vector<CrawlArea>& areas) override;
  Result<std::vector<CrawlArea>> CrawlAreas(std::int64_t run) override;
  Result<void> SaveTypoScans(const std::vector<TypoScan>& scans) override;
  Result<bool> HasTypoScans() override;
  Result<std::unordered_map<std::string, std::string>> TypoScans(const std::vector<std::string>& text_hashes,
                                                                const std::string& model) override;
  Result<void> AddSearchProbe(const SearchProbeRecord& probe) override;
  Result<std::optional<SearchProbeRecord>> LatestSearchProbe(std::int64_t site_id, Timestamp at) override;
  Result<void> AddExternalFinding(const ExternalFinding& finding) override;
  Result<std::vector<ExternalFinding>> ExternalFindingsBetween(Timestamp from, Timestamp to) override;
  Result<void> ReplaceFindings(const std::string& period, Timestamp judged_at,
                               const std::vector<model::Finding>& findings) override;
  Result<std::vector<model::Finding>> Findings(const std::string& period) override;
  Result<std::optional<Timestamp>> JudgedAt(const std::string& period) override;
  Result<void> SetPeriodWindow(const std::string& period, Timestamp from, Timestamp to) override;
  Result<std::optional<std::pair<Timestamp, Timestamp>>> PeriodWindow(const std::string& period) override;
  Result<std::vector<PageValidators>> ValidatorsOf(const std::vector<std::string>& urls) override;
  Result<void> SaveValidators(const std::vector<PageValidators>& validators) override;
  Result<void> AddLinkChecks(std::int64_t run, const std::vector<LinkCheck>& pending) override;
  Result<std::vector<LinkCheck>> PendingLinkChecks(std::int64_t run) override;
  Result<void> SaveLinkChecks(std::int64_t run, const std::vector<LinkCheck>& checked) override;
  Result<std::vector<LinkCheck>> LatestLinkChecks(Timestamp at) override;
  Result<void> AddSiteFacts(const SiteFacts& facts) override;
  Result<std::optional<SiteFacts>> LatestSiteFacts(std::int64_t site_id, Timestamp at) override;

 private:
  explicit SqliteRepository(sqlite3* db) : db_(db) {}
  Result<void> Exec(const std::string& sql, std::string_view context);
  Result<void> Migrate();
  Result<void> LoadItemsAndLinks(PageRecord& record);

  sqlite3* db_;
  int transaction_depth_ = 0;
  // Whether the links table holds rows (pages stored before migration 0011); unknown until asked.
  std::optional<bool> legacy_links_;
  bool HasLegacyLinks();
  // What LatestOfSite reads of each page.
  enum class SiteRead { kFull, kLinks, kTexts };
  // LatestPagesOfSite, LatestLinksOfSite or LatestTextsOfSite.
  Result<std::vector<PageRecord>> LatestOfSite(std::int64_t site_id, Timestamp at, SiteRead read);
  Result<void> ReadLegacyLinks(PageRecord& record);
};

}  // namespace govwatch::store::sqlite
