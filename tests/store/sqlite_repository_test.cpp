#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "common/time.hpp"
#include "store/repository.hpp"
#include "store/sqlite/sqlite_repository.hpp"

namespace govwatch::store {
namespace {

class RepositoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = OpenSqlite(":memory:");
    ASSERT_TRUE(r) << r.error().message;
    repo_ = std::move(*r);
  }
  std::unique_ptr<Repository> repo_;
};

model::Site MakeSite() {
  model::Site s;
  s.name = "青川县人民政府门户网站";
  s.site_code = "5399010001";
  s.url = "http://127.0.0.1:18001/";
  s.unit = "青川县人民政府";
  return s;
}

TEST_F(RepositoryTest, UpsertReportsCreatedThenChangedFields) {
  auto first = repo_->UpsertSite(MakeSite());
  model::Site changed = MakeSite();
  changed.status = model::ObjectStatus::kShutdown;
  changed.url = "http://127.0.0.1:18002/";
  auto second = repo_->UpsertSite(changed);
  auto third = repo_->UpsertSite(changed);

  ASSERT_TRUE(first && second && third);
  EXPECT_TRUE(first->created);
  EXPECT_FALSE(second->created);
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(second->changed, (std::vector<std::string>{"url", "status"}));
  EXPECT_TRUE(third->changed.empty());
  auto found = repo_->FindSite("5399010001");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->status, model::ObjectStatus::kShutdown);
}

TEST_F(RepositoryTest, LatestPageSeesOnlySnapshotsUpToTheInstant) {
  auto site = repo_->UpsertSite(MakeSite());
  ASSERT_TRUE(site);
  for (int day : {1, 10, 20}) {
    PageRecord rec;
    rec.page.site_id = site->id;
    rec.page.url = "http://127.0.0.1:18001/gzdt/";
    rec.page.fetched_at = StartOfDay(Date{2022, 3, day});
    rec.page.http_status = 200;
    rec.page.body = "<html>day " + std::to_string(day) + "</html>";
    rec.page.content_hash = "h" + std::to_string(day);
    rec.items.push_back(model::Item{0, "通知", "http://127.0.0.1:18001/a.html", FormatDate(Date{2022, 3, day})});
    ASSERT_TRUE(repo_->SavePage(rec));
  }

  auto at15 = repo_->LatestPage("http://127.0.0.1:18001/gzdt/", StartOfDay(Date{2022, 3, 15}));
  auto before = repo_->LatestPage("http://127.0.0.1:18001/gzdt/", StartOfDay(Date{2022, 2, 1}));
  auto all = repo_->LatestPagesOfSite(site->id, EndOfDay(Date{2022, 3, 31}));

  ASSERT_TRUE(at15 && *at15);
  EXPECT_EQ((*at15)->items.at(0).date, "2022-03-10");
  auto body = repo_->PageBody((*at15)->page.id);
  ASSERT_TRUE(body);
  EXPECT_EQ(*body, "<html>day 10</html>");
  ASSERT_TRUE(before);
  EXPECT_FALSE(before->has_value());
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->at(0).page.fetched_at, StartOfDay(Date{2022, 3, 20}));
}

// A site's pages come in snapshot order (by id), each with its own items and links, whatever
// order their fetch times (the order the site's index keeps) would give; the texts pass reads the
// same pages without their meta tags.
TEST_F(RepositoryTest, LatestPagesOfSiteComeInSnapshotOrderWhateverTheFetchTimes) {
  auto site = repo_->UpsertSite(MakeSite());
  ASSERT_TRUE(site);
  const Timestamp day = StartOfDay(Date{2022, 3, 1});
  // Stored in this order (ids ascending), fetched in the reverse order.
  const std::vector<std::string> urls = {"http://127.0.0.1:18001/", "http://127.0.0.1:18001/gzdt/",
                                         "http://127.0.0.1:18001/gzdt/a.html", "http://127.0.0.1:18001/zwgk/"};
  std::vector<std::int64_t> ids;
  for (std::size_t k = 0; k < urls.size(); ++k) {
    PageRecord rec;
    rec.page.site_id = site->id;
    rec.page.url = urls[k];
    rec.page.fetched_at = day + static_cast<Timestamp>(100 - k * 10);
    rec.page.http_status = 200;
    rec.page.title = "页面" + std::to_string(k);
    rec.page.text = "正文" + std::to_string(k);
    rec.page.meta = {{"SiteName", "青川县人民政府"}, {"ColumnName", "栏目" + std::to_string(k)}};
    rec.items.push_back(model::Item{0, "通知" + std::to_string(k), urls[k] + "n.html", "2022-02-28"});
    rec.items.push_back(model::Item{0, "公告" + std::to_string(k), urls[k] + "m.html", std::nullopt});
    rec.links.push_back(model::Link{0, urls[k], urls[k] + "link.html", "链接" + std::to_string(k), 0, "", false});
    auto id = repo_->SavePage(rec);
    ASSERT_TRUE(id);
    ids.push_back(*id);
  }
  const Timestamp at = day + 1000;
  auto full = repo_->LatestPagesOfSite(site->id, at);
  auto texts = repo_->LatestTextsOfSite(site->id, at);
  auto links = repo_->LatestLinksOfSite(site->id, at);
  ASSERT_TRUE(full && texts && links);
  ASSERT_EQ(full->size(), urls.size());
  ASSERT_EQ(texts->size(), urls.size());
  ASSERT_EQ(links->size(), urls.size());
  for (std::size_t k = 0; k < urls.size(); ++k) {
    const PageRecord& f = full->at(k);
    EXPECT_EQ(f.page.id, ids[k]);
    EXPECT_EQ(f.page.url, urls[k]);
    EXPECT_EQ(f.page.title, "页面" + std::to_string(k));
    EXPECT_EQ(f.page.meta.at("ColumnName"), "栏目" + std::to_string(k));
    ASSERT_EQ(f.items.size(), 2u);
    EXPECT_EQ(f.items[0].title, "通知" + std::to_string(k));
    EXPECT_EQ(f.items[1].title, "公告" + std::to_string(k));
    ASSERT_EQ(f.links.size(), 1u);
    EXPECT_EQ(f.links[0].to_url, urls[k] + "link.html");
    EXPECT_EQ(f.links[0].from_url, urls[k]);
    EXPECT_EQ(f.links[0].page_id, ids[k]);
    EXPECT_EQ(texts->at(k).page.id, ids[k]);
    EXPECT_EQ(texts->at(k).page.text, "正文" + std::to_string(k));
    EXPECT_TRUE(texts->at(k).page.meta.empty()) << "the texts pass reads no meta tags";
    EXPECT_EQ(links->at(k).page.id, ids[k]);
    ASSERT_EQ(links->at(k).links.size(), 1u);
    EXPECT_EQ(links->at(k).links[0].text, "链接" + std::to_string(k));
  }
}

TEST_F(RepositoryTest, LatestLinksOfSiteHasThePagesAndLinksWithoutTheExtraction) {
  auto site = repo_->UpsertSite(MakeSite());
  ASSERT_TRUE(site);
  const std::vector<std::string> urls = {"http://127.0.0.1:18001/", "http://127.0.0.1:18001/zwgk/",
                                         "http://127.0.0.1:18001/logo.png"};
  for (int day : {1, 20}) {
    for (const std::string& url : urls) {
      PageRecord rec;
      rec.page.site_id = site->id;
      rec.page.url = url;
      rec.page.fetched_at = StartOfDay(Date{2022, 3, day}) + static_cast<Timestamp>(url.size());
      rec.page.http_status = url.ends_with(".png") ? 404 : 200;
      rec.page.error = url.ends_with(".png") ? "404" : "";
      rec.page.title = "云岭市人民政府";
      rec.page.text = "政务公开 第" + std::to_string(day) + "天";
      rec.page.charset = "GBK";
      if (!url.ends_with(".png")) {
        rec.page.body = "<html>" + url + std::to_string(day) + "</html>";
        rec.page.content_hash = url + std::to_string(day);
        rec.items.push_back(model::Item{0, "通知", url + "a.html", FormatDate(Date{2022, 3, day})});
        rec.links.push_back(model::Link{0, url, url + "css/main.css", "", 0, "", false});
        rec.links.push_back(model::Link{0, url, url + "day" + std::to_string(day) + ".pdf", "附件", 0, "", false});
      }
      ASSERT_TRUE(repo_->SavePage(rec));
    }
  }
  const Timestamp at = EndOfDay(Date{2022, 3, 10});
  auto full = repo_->LatestPagesOfSite(site->id, at);
  auto links = repo_->LatestLinksOfSite(site->id, at);
  ASSERT_TRUE(full && links);
  ASSERT_EQ(links->size(), 3u);
  ASSERT_EQ(full->size(), links->size());
  for (std::size_t i = 0; i < links->size(); ++i) {
    const PageRecord& f = full->at(i);
    const PageRecord& l = links->at(i);
    EXPECT_EQ(l.page.id, f.page.id);
    EXPECT_EQ(l.page.url, f.page.url);
    EXPECT_EQ(l.page.fetched_at, f.page.fetched_at);
    EXPECT_EQ(l.page.http_status, f.page.http_status);
    EXPECT_EQ(l.page.error, f.page.error);
    EXPECT_EQ(l.page.content_hash, f.page.content_hash);
    EXPECT_EQ(l.page.charset, "GBK");
    EXPECT_LT(l.page.fetched_at, StartOfDay(Date{2022, 3, 20})) << "the snapshot at the instant, not the newest";
    ASSERT_EQ(l.links.size(), f.links.size());
    for (std::size_t k = 0; k < l.links.size(); ++k) EXPECT_EQ(l.links[k].to_url, f.links[k].to_url);
    EXPECT_TRUE(l.page.text.empty());
    EXPECT_TRUE(l.page.title.empty());
    EXPECT_TRUE(l.items.empty());
    EXPECT_FALSE(f.page.text.empty());
  }
  EXPECT_EQ(links->at(1).links.at(1).to_url, "http://127.0.0.1:18001/zwgk/day1.pdf");

  // The texts pass: the same snapshots with their extraction, without links or items.
  auto texts = repo_->LatestTextsOfSite(site->id, at);
  ASSERT_TRUE(texts);
  ASSERT_EQ(texts->size(), full->size());
  for (std::size_t i = 0; i < texts->size(); ++i) {
    const PageRecord& f = full->at(i);
    const PageRecord& t = texts->at(i);
    EXPECT_EQ(t.page.id, f.page.id);
    EXPECT_EQ(t.page.url, f.page.url);
    EXPECT_EQ(t.page.text, "政务公开 第1天");
    EXPECT_EQ(t.page.title, f.page.title);
    EXPECT_EQ(t.page.http_status, f.page.http_status);
    EXPECT_TRUE(t.links.empty());
    EXPECT_TRUE(t.items.empty());
  }

  // A stored body handed over compressed opens to the body the page was saved with.
  auto packed = repo_->PackedPageBody(full->at(1).page.id);
  ASSERT_TRUE(packed);
  EXPECT_NE(packed->data, "<html>http://127.0.0.1:18001/zwgk/1</html>");
  auto opened = DecompressBody(packed->data, packed->size);
  ASSERT_TRUE(opened);
  EXPECT_EQ(*opened, "<html>http://127.0.0.1:18001/zwgk/1</html>");
  EXPECT_EQ(*opened, *repo_->PageBody(full->at(1).page.id));
  auto missing = repo_->PackedPageBody(full->at(2).page.id);  // the 404 image: no body
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(RepositoryTest, TransactionRollsBackEverythingOnFailure) {
  auto r = repo_->InTransaction([&]() -> Result<void> {
    model::Unit u;
    u.name = "云岭市财政局";
    if (auto o = repo_->UpsertUnit(u); !o) return o.error();
    return MakeError(ErrorCode::kParseError, "units.csv:3: 单位名称: bad");
  });
  auto units = repo_->ListUnits();

  EXPECT_FALSE(r);
  ASSERT_TRUE(units);
  EXPECT_TRUE(units->empty());
}

TEST_F(RepositoryTest, PostsAreStoredOnceAndFilteredByObservationTime) {
  model::MediaAccount a;
  a.name = "云岭发布";
  a.platform = model::Platform::kWeChat;
  a.unit = "云岭市人民政府";
  a.account_id = "ylfb";
  auto acc = repo_->UpsertAccount(a);
  ASSERT_TRUE(acc);
  model::Post p;
  p.account_id = acc->id;
  p.published_at = 1000;
  p.title = "通知";
  p.url = "http://127.0.0.1/p1";
  p.seen_at = 5000;

  auto first = repo_->AddPosts({p, p});
  auto second = repo_->AddPosts({p});
  auto seen_early = repo_->PostsOfAccount(acc->id, 10000, 4000);
  auto seen_late = repo_->PostsOfAccount(acc->id, 10000, 6000);

  ASSERT_TRUE(first && second && seen_early && seen_late);
  EXPECT_EQ(*first, 1);
  EXPECT_EQ(*second, 0);
  EXPECT_TRUE(seen_early->empty());
  EXPECT_EQ(seen_late->size(), 1u);
}

TEST_F(RepositoryTest, ReplaceFindingsReplacesThePeriodOnly) {
  model::Finding f;
  f.indicator = "W-V3";
  f.problem = "首页不更新";
  f.object = "x";
  ASSERT_TRUE(repo_->ReplaceFindings("2022Q1", 100, {f, f}));
  ASSERT_TRUE(repo_->ReplaceFindings("2022Q2", 200, {f}));
  ASSERT_TRUE(repo_->ReplaceFindings("2022Q1", 300, {f}));

  auto q1 = repo_->Findings("2022Q1");
  auto q2 = repo_->Findings("2022Q2");
  auto judged = repo_->JudgedAt("2022Q1");

  ASSERT_TRUE(q1 && q2 && judged);
  EXPECT_EQ(q1->size(), 1u);
  EXPECT_EQ(q2->size(), 1u);
  EXPECT_EQ(judged->value(), 300);
}

TEST_F(RepositoryTest, FindingsKeepTheirPoints) {
  model::Finding f;
  f.indicator = "W-D4.2";
  f.problem = "链接不可用";
  f.object = "x";
  f.severity = model::Severity::kDeduction;
  f.points = 2.5;
  ASSERT_TRUE(repo_->ReplaceFindings("2022Q1", 100, {f}));
  auto q1 = repo_->Findings("2022Q1");
  ASSERT_TRUE(q1);
  ASSERT_EQ(q1->size(), 1u);
  EXPECT_DOUBLE_EQ(q1->front().points, 2.5);
}

// A migration numbered below the newest applied one (added on a branch) still runs on open.
TEST(RepositoryMigrationTest, AppliesAMissingMigrationBelowTheNewest) {
  const std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("govwatch-migrate-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(db);
  ASSERT_TRUE(OpenSqlite(db.string()));
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.string().c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "ALTER TABLE findings DROP COLUMN points; DROP TABLE period_windows; "
                         "DELETE FROM schema_migrations WHERE version = 7; "
                         "INSERT INTO schema_migrations(version) VALUES (9999);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  sqlite3_close(raw);

  auto reopened = OpenSqlite(db.string());
  ASSERT_TRUE(reopened) << reopened.error().message;
  model::Finding f;
  f.indicator = "W-D4.2";
  f.object = "x";
  f.points = 1;
  EXPECT_TRUE((*reopened)->ReplaceFindings("2022Q1", 1, {f})) << "the points column is back";
  reopened->reset();
  std::filesystem::remove(db);
  std::filesystem::remove(db.string() + "-wal");
  std::filesystem::remove(db.string() + "-shm");
}

std::int64_t PageSizeOf(const std::filesystem::path& db) {
  sqlite3* raw = nullptr;
  EXPECT_EQ(sqlite3_open(db.string().c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(raw, "PRAGMA page_size", -1, &s, nullptr), SQLITE_OK);
  const std::int64_t size = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  sqlite3_close(raw);
  return size;
}

// A new database gets large pages (body and link records of a few KiB share them); one created
// with another page size keeps it and works as before.
TEST(RepositoryPageSizeTest, NewDatabasesGetLargePagesOldOnesKeepTheirs) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::filesystem::path fresh = dir / ("govwatch-pages-new-" + std::to_string(::getpid()) + ".db");
  const std::filesystem::path old = dir / ("govwatch-pages-old-" + std::to_string(::getpid()) + ".db");
  for (const auto& db : {fresh, old}) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  }
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(old.string().c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE earlier(x INTEGER)", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  for (const auto& db : {fresh, old}) {
    auto repo = OpenSqlite(db.string());
    ASSERT_TRUE(repo) << repo.error().message;
    PageRecord rec;
    rec.page.url = "http://127.0.0.1:18001/";
    rec.page.fetched_at = 1000;
    rec.page.http_status = 200;
    rec.page.body = std::string(6000, 'x');
    rec.page.content_hash = "h";
    ASSERT_TRUE((*repo)->SavePage(rec));
    auto body = (*repo)->PageBody(1);
    ASSERT_TRUE(body) << body.error().message;
    EXPECT_EQ(*body, rec.page.body);
  }
  EXPECT_EQ(PageSizeOf(fresh), sqlite::SqliteRepository::kPageSize);
  EXPECT_EQ(sqlite::SqliteRepository::kPageSize, 16384);
  EXPECT_EQ(PageSizeOf(old), 4096);
  for (const auto& db : {fresh, old}) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  }
}

}  // namespace
}  // namespace govwatch::store
