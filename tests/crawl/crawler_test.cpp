// The crawler against a scripted Fetcher: scope, traps, robots, dead-link snapshots and resume
// after an interruption.
#include "crawl/crawler.hpp"

#include <gtest/gtest.h>

#include <map>

#include "store/repository.hpp"

namespace govwatch::crawl {
namespace {

// Serves canned pages; counts fetches; can be told to "crash" after N fetches.
class ScriptedFetcher : public fetch::Fetcher {
 public:
  std::map<std::string, std::pair<int, std::string>> pages;  // url → (status, html)
  std::map<std::string, int> fetched;
  int crash_after = -1;

  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      if (crash_after == 0) throw std::runtime_error("killed");
      if (crash_after > 0) --crash_after;
      fetch::Response r;
      r.url = requests[i].url;
      r.final_url = r.url;
      ++fetched[r.url];
      auto it = pages.find(r.url);
      if (it == pages.end()) {
        r.http_status = 404;
      } else {
        r.http_status = it->second.first;
        r.body = it->second.second;
        r.body_is_text = true;
        r.content_type = "text/html";
        r.charset = "UTF-8";
      }
      on_done(i, std::move(r));
    }
  }
};

const std::string kOrigin = "http://127.0.0.1:18001";

ScriptedFetcher SiteFetcher() {
  ScriptedFetcher f;
  f.pages[kOrigin + "/robots.txt"] = {200, "User-agent: *\nDisallow: /private/\n"};
  f.pages[kOrigin + "/"] = {200,
                            "<html><body><a href='/gzdt/'>动态</a><a href='/private/x.html'>内部</a>"
                            "<a href='http://other.example/'>外部</a><a href='/dead.html'>坏链</a>"
                            "<a href='/a/b/a/b/a/b/'>陷阱</a><img src='/logo.png'></body></html>"};
  f.pages[kOrigin + "/gzdt/"] = {200, "<html><body><a href='/gzdt/1.html'>一</a><a href='/gzdt/2.html'>二</a></body></html>"};
  f.pages[kOrigin + "/gzdt/1.html"] = {200, "<html><body><p>正文一</p><a href='/'>首页</a></body></html>"};
  f.pages[kOrigin + "/gzdt/2.html"] = {200, "<html><body><p>正文二</p></body></html>"};
  f.pages[kOrigin + "/logo.png"] = {200, ""};
  return f;
}

model::Site Site(std::int64_t id) {
  model::Site s;
  s.id = id;
  s.name = "青川县人民政府门户网站";
  s.url = kOrigin + "/";
  return s;
}

class CrawlerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = store::OpenSqlite(":memory:");
    ASSERT_TRUE(r);
    repo_ = std::move(*r);
    model::Site s = Site(0);
    s.unit = "青川县人民政府";
    auto up = repo_->UpsertSite(s);
    ASSERT_TRUE(up);
    site_ = Site(up->id);
  }
  std::unique_ptr<store::Repository> repo_;
  model::Site site_;
  ManualClock clock_{1648742399};
};

TEST_F(CrawlerTest, StaysInScopeSkipsTrapsObeysRobotsAndStoresErrorsAsSnapshots) {
  ScriptedFetcher f = SiteFetcher();

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 4);
  EXPECT_EQ(stats->resources, 1);
  EXPECT_EQ(stats->skipped_traps, 1);
  EXPECT_EQ(stats->robots_disallowed, 1);
  EXPECT_EQ(f.fetched.count("http://other.example/"), 0u);
  EXPECT_EQ(f.fetched.count(kOrigin + "/private/x.html"), 0u);
  EXPECT_EQ(f.fetched[kOrigin + "/"], 1) << "a page linked twice is fetched once";
  auto dead = repo_->LatestPage(kOrigin + "/dead.html", clock_.Now());
  ASSERT_TRUE(dead && *dead);
  EXPECT_EQ((*dead)->page.http_status, 404);
  auto home = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(home && *home);
  EXPECT_GE((*home)->links.size(), 5u);
}

TEST_F(CrawlerTest, ResumesAfterAnInterruptionWithoutRefetchingStoredPages) {
  ScriptedFetcher first = SiteFetcher();
  first.crash_after = 4;  // robots + homepage + two more, then "kill -9"
  CrawlOptions options;
  options.batch_size = 2;

  EXPECT_THROW((void)CrawlSites(*repo_, first, {site_}, {}, clock_, options, nullptr), std::runtime_error);
  auto open = repo_->OpenCrawlRun();
  ASSERT_TRUE(open && *open) << "the interrupted run stays open";

  ScriptedFetcher second = SiteFetcher();
  auto stats = CrawlSites(*repo_, second, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_TRUE(stats->resumed);
  EXPECT_EQ(second.fetched.count(kOrigin + "/"), 0u) << "the homepage was stored before the crash";
  EXPECT_EQ(second.fetched[kOrigin + "/gzdt/2.html"], 1);
  auto pages = repo_->LatestPagesOfSite(site_.id, clock_.Now());
  ASSERT_TRUE(pages);
  EXPECT_EQ(pages->size(), 6u);  // 4 pages, the logo and the dead link, each stored once
  auto after = repo_->OpenCrawlRun();
  ASSERT_TRUE(after);
  EXPECT_FALSE(after->has_value()) << "a finished run is closed";
}

}  // namespace
}  // namespace govwatch::crawl
