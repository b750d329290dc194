// The crawler against a scripted Fetcher: scope, traps, robots, dead-link snapshots and resume
// after an interruption.
#include "crawl/crawler.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <thread>

#include "store/repository.hpp"

namespace govwatch::crawl {
namespace {

// Serves canned pages (and generated ones); counts fetches; can be told to "crash" after N
// fetches; answers conditional requests with 304 when the page's ETag matches.
class ScriptedFetcher : public fetch::Fetcher {
 public:
  std::map<std::string, std::pair<int, std::string>> pages;  // url → (status, html)
  std::map<std::string, std::string> etags;                  // url → ETag it is served with
  std::map<std::string, int> head_status;                    // url → status HEAD gets (GET gets pages)
  std::map<std::string, fetch::FetchError> errors;           // url → transport error
  std::function<std::optional<std::string>(const std::string&)> generate;  // html of other URLs
  std::map<std::string, int> fetched;
  std::map<std::string, std::vector<std::string>> methods;   // url → "HEAD"/"GET"/"GET-IF" in order
  std::map<std::string, int> retries;                        // url → Request::retries of its last fetch
  std::map<std::string, std::string> moved;                  // url → where it redirects (served from there)
  std::map<std::string, std::int64_t> host_delay;            // url → Request::host_delay_ms
  std::map<std::string, std::chrono::steady_clock::time_point> fetched_at;  // url → last fetch
  std::vector<std::size_t> fetch_calls;                      // requests answered per FetchAll call
  std::map<std::string, std::string> linked_from;            // url → Request::linked_from_ip
  std::string answer_ip;                                     // Response::primary_ip of every answer
  int crash_after = -1;

  void StopStarting() override { stopped_ = true; }

  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    stopped_ = false;
    fetch_calls.push_back(0);
    for (std::size_t i = 0; i < requests.size(); ++i) {
      if (stopped_) {
        fetch::Response r;
        r.url = requests[i].url;
        r.error = fetch::FetchError::kNotStarted;
        on_done(i, std::move(r));
        continue;
      }
      if (crash_after == 0) throw std::runtime_error("killed");
      if (crash_after > 0) --crash_after;
      const fetch::Request& q = requests[i];
      fetch::Response r;
      r.url = q.url;
      r.final_url = r.url;
      ++fetched[r.url];
      ++fetch_calls.back();
      host_delay[r.url] = q.host_delay_ms;
      fetched_at[r.url] = std::chrono::steady_clock::now();
      if (auto m = moved.find(q.url); m != moved.end()) {
        r.redirects.push_back(m->second);
        r.final_url = m->second;
        r.url = m->second;  // answered from there (put back below)
      }
      retries[r.url] = q.retries;
      linked_from[r.url] = q.linked_from_ip;
      r.primary_ip = answer_ip;
      methods[r.url].push_back(q.head_only ? "HEAD" : (q.if_none_match.empty() ? "GET" : "GET-IF"));
      auto it = pages.find(r.url);
      std::optional<std::string> generated;
      if (it == pages.end() && generate) generated = generate(r.url);
      if (auto e = errors.find(r.url); e != errors.end()) {
        r.error = e->second;
        if (e->second == fetch::FetchError::kHeldOpen && it != pages.end()) {
          // The page came whole, its connection held open.
          r.http_status = it->second.first;
          r.body = it->second.second;
          r.body_is_text = true;
          r.content_type = "text/plain";
        }
      } else if (q.head_only && head_status.count(r.url) != 0) {
        r.http_status = head_status[r.url];
      } else if (generated) {
        r.http_status = 200;
        r.body = *generated;
        r.body_is_text = true;
        r.content_type = "text/html";
      } else if (it == pages.end()) {
        r.http_status = 404;
      } else if (etags.count(r.url) != 0 && q.if_none_match == etags[r.url]) {
        r.http_status = 304;
      } else {
        r.http_status = it->second.first;
        if (!q.head_only) r.body = it->second.second;
        r.body_is_text = true;
        r.content_type = "text/html";
        r.charset = "UTF-8";
        if (etags.count(r.url) != 0) r.etag = etags[r.url];
      }
      r.url = q.url;
      on_done(i, std::move(r));
    }
  }

 private:
  bool stopped_ = false;
};

const std::string kOrigin = "http://127.0.0.1:18001";

std::string month_url(int y, int m) { return "/cal?y=" + std::to_string(y) + "&m=" + std::to_string(m); }

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
  EXPECT_EQ(f.fetched.count("http://other.example/"), 0u) << "a loopback crawl checks no real host";
  EXPECT_EQ(stats->external_skipped, 1);
  EXPECT_EQ(f.fetched.count(kOrigin + "/private/x.html"), 0u);
  EXPECT_EQ(f.fetched[kOrigin + "/"], 1) << "a page linked twice is fetched once";
  auto dead = repo_->LatestPage(kOrigin + "/dead.html", clock_.Now());
  ASSERT_TRUE(dead && *dead);
  EXPECT_EQ((*dead)->page.http_status, 404);
  auto home = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(home && *home);
  EXPECT_GE((*home)->links.size(), 5u);
  EXPECT_EQ(f.retries[kOrigin + "/gzdt/1.html"], 1) << "a page gets a second try after a 5xx or a reset";
  EXPECT_EQ(f.retries[kOrigin + "/logo.png"], 1) << "so does a resource";
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

TEST_F(CrawlerTest, ChecksExternalLinksOnceWithHeadThenGetAndClassifiesThem) {
  const std::string ext = "http://127.0.0.2:18002";
  ScriptedFetcher site = SiteFetcher();
  site.pages[kOrigin + "/"].second =
      "<html><body><a href='" + ext + "/ok.html'>好</a><a href='" + ext + "/gone.html'>没了</a>"
      "<a href='" + ext + "/nohead.html'>不许HEAD</a><a href='" + ext + "/broken.html'>坏</a>"
      "<a href='http://127.0.0.3:18003/'>不通</a><iframe src='" + ext + "/frame.html'></iframe>"
      "<a href='/gzdt/'>动态</a></body></html>";
  site.pages[kOrigin + "/gzdt/"].second = "<html><body><a href='" + ext + "/gone.html'>又是它</a></body></html>";
  ScriptedFetcher external;
  external.pages[ext + "/ok.html"] = {200, "<p>ok</p>"};
  external.pages[ext + "/frame.html"] = {200, "<p>frame</p>"};
  external.pages[ext + "/gone.html"] = {410, ""};
  external.pages[ext + "/nohead.html"] = {200, "<p>GET only</p>"};
  external.head_status[ext + "/nohead.html"] = 405;
  external.pages[ext + "/broken.html"] = {503, ""};
  external.errors["http://127.0.0.3:18003/"] = fetch::FetchError::kConnect;
  CrawlOptions options;
  options.external_fetcher = &external;

  auto stats = CrawlSites(*repo_, site, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->external_checked, 6);
  EXPECT_EQ(stats->external_broken, 3);
  EXPECT_EQ(site.fetched.count(ext + "/ok.html"), 0u) << "external links go to the external fetcher";
  EXPECT_EQ(external.methods[ext + "/ok.html"], std::vector<std::string>{"HEAD"});
  EXPECT_EQ(external.methods[ext + "/nohead.html"], (std::vector<std::string>{"HEAD", "GET"}));
  EXPECT_EQ(external.fetched[ext + "/gone.html"], 2) << "linked twice, checked once (HEAD then GET)";
  auto checks = repo_->LatestLinkChecks(clock_.Now());
  ASSERT_TRUE(checks);
  std::map<std::string, store::LinkCheck> by_url;
  for (const auto& c : *checks) by_url[c.url] = c;
  EXPECT_FALSE(by_url[ext + "/ok.html"].broken);
  EXPECT_FALSE(by_url[ext + "/nohead.html"].broken);
  EXPECT_EQ(by_url[ext + "/nohead.html"].method, "GET");
  EXPECT_TRUE(by_url[ext + "/gone.html"].broken);
  EXPECT_EQ(by_url[ext + "/gone.html"].error, "410");
  EXPECT_EQ(by_url[ext + "/broken.html"].error, "503");
  EXPECT_EQ(by_url["http://127.0.0.3:18003/"].error, "connect");
  EXPECT_FALSE(by_url[ext + "/frame.html"].broken);

  // A second run checks them again (once per run, not once forever).
  clock_.Advance(3600);
  auto again = CrawlSites(*repo_, site, {site_}, {}, clock_, options, nullptr);
  ASSERT_TRUE(again);
  EXPECT_EQ(external.methods[ext + "/ok.html"].size(), 2u);
}

TEST_F(CrawlerTest, RecrawlSendsValidatorsAndStoresNotModifiedPagesAsUnchanged) {
  ScriptedFetcher f = SiteFetcher();
  f.etags[kOrigin + "/"] = "\"home-v1\"";
  f.etags[kOrigin + "/gzdt/"] = "\"list-v1\"";
  auto first = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->unchanged, 0);
  auto before = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(before && *before);

  clock_.Advance(86400);
  f.methods.clear();
  auto second = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->unchanged, 2);
  EXPECT_EQ(second->pages, first->pages) << "unchanged pages still count as crawled";
  EXPECT_EQ(f.methods[kOrigin + "/"], std::vector<std::string>{"GET-IF"});
  EXPECT_EQ(f.methods[kOrigin + "/gzdt/1.html"], std::vector<std::string>{"GET"}) << "no validators, no condition";
  auto after = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(after && *after);
  EXPECT_EQ((*after)->page.fetched_at, clock_.Now()) << "observed again now";
  EXPECT_EQ((*after)->page.content_hash, (*before)->page.content_hash);
  EXPECT_EQ((*after)->page.http_status, 200);
  EXPECT_EQ((*after)->links.size(), (*before)->links.size());
  auto body = repo_->PageBody((*after)->page.id);
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_NE(body->find("gzdt"), std::string::npos) << "the stored body serves the unchanged snapshot";
  EXPECT_EQ(f.fetched[kOrigin + "/gzdt/2.html"], 2) << "links of a 304 page are followed as stored";

  // A changed page (new ETag) is fetched and stored in full.
  f.etags[kOrigin + "/"] = "\"home-v2\"";
  f.pages[kOrigin + "/"].second += "<p>新内容</p>";
  clock_.Advance(86400);
  auto third = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->unchanged, 1);
  auto changed = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(changed && *changed);
  EXPECT_NE((*changed)->page.content_hash, (*before)->page.content_hash);
}

TEST_F(CrawlerTest, CalendarTrapEndsBoundedByYearAndQueryShape) {
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/"].second = "<html><body><a href='/cal?y=2022&m=3'>日历</a></body></html>";
  // Every month links to the month before and after, forever, plus a day view of each day.
  f.generate = [](const std::string& url) -> std::optional<std::string> {
    int y = 0;
    int m = 0;
    if (std::sscanf(url.c_str(), "http://127.0.0.1:18001/cal?y=%d&m=%d", &y, &m) != 2) return std::nullopt;
    const auto month = [](int yy, int mm) {
      if (mm < 1) return month_url(yy - 1, 12);
      if (mm > 12) return month_url(yy + 1, 1);
      return month_url(yy, mm);
    };
    std::string html = "<html><body><a href='" + month(y, m - 1) + "'>上月</a><a href='" + month(y, m + 1) + "'>下月</a>";
    for (int d = 1; d <= 28; ++d) html += "<a href='/day?date=" + std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d) + "'>" + std::to_string(d) + "</a>";
    return html + "</body></html>";
  };
  CrawlOptions options;
  options.max_query_variants = 100;
  const auto started = std::chrono::steady_clock::now();

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(30));
  int calendar_pages = 0;
  for (const auto& [url, n] : f.fetched) {
    if (url.find("/cal?") != std::string::npos || url.find("/day?") != std::string::npos) ++calendar_pages;
    EXPECT_EQ(n, 1) << url;
  }
  EXPECT_LE(calendar_pages, 200) << "at most max_query_variants per URL shape";
  EXPECT_GT(stats->skipped_traps, 0);
  EXPECT_EQ(f.fetched.count(kOrigin + "/cal?y=2031&m=1"), 0u) << "years far ahead are a trap";
}

TEST_F(CrawlerTest, PageRefreshingToItselfWithACounterIsATrapAfterAFewRefreshes) {
  // Issue 7, hostile servers (round 6): a page whose only way on is a meta refresh (or a location
  // script) to its own path with a counter, ?n=2, ?n=3 …, was followed to the depth limit (40
  // pages for nothing). Three refreshes in a row to the page's own path are followed (a login or
  // language step takes one or two); the next is a trap.
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/"].second =
      "<html><body><a href='/count.jsp?n=1'>计数</a><a href='/loop.aspx?n=1'>循环</a>"
      "<a href='/lang.jsp'>中文版</a></body></html>";
  f.pages[kOrigin + "/lang.jsp"] = {200, "<html><head><meta http-equiv='refresh' content='0;url=?lang=zh'></head></html>"};
  f.pages[kOrigin + "/lang.jsp?lang=zh"] = {200, "<html><body><p>中文首页</p></body></html>"};
  f.generate = [](const std::string& url) -> std::optional<std::string> {
    int n = 0;
    if (std::sscanf(url.c_str(), "http://127.0.0.1:18001/count.jsp?n=%d", &n) == 1) {
      return "<html><head><meta http-equiv=\"refresh\" content=\"0;url=?n=" + std::to_string(n + 1) +
             "\"></head><body></body></html>";
    }
    if (std::sscanf(url.c_str(), "http://127.0.0.1:18001/loop.aspx?n=%d", &n) == 1) {
      return "<html><body><script>window.location.href = '/loop.aspx?n=" + std::to_string(n + 1) +
             "';</script></body></html>";
    }
    return std::nullopt;
  };

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  int counted = 0;
  int looped = 0;
  for (const auto& [url, n] : f.fetched) {
    counted += url.find("/count.jsp") != std::string::npos ? 1 : 0;
    looped += url.find("/loop.aspx") != std::string::npos ? 1 : 0;
  }
  EXPECT_EQ(counted, 4) << "the linked page and three refreshes";
  EXPECT_EQ(looped, 4);
  EXPECT_EQ(f.fetched.count(kOrigin + "/lang.jsp?lang=zh"), 1u) << "a single refresh to the same path is followed";
  EXPECT_GE(stats->skipped_traps, 2);
}

TEST_F(CrawlerTest, SessionIdsInLinksDoNotMultiplyPages) {
  // A cookie-less visitor gets a fresh ;jsessionid on every link of every page (Java CMSes do this):
  // five articles linking to each other are still five pages, each fetched once.
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/"].second = "<html><body><a href='/art/1.html;jsessionid=S0'>文章</a></body></html>";
  auto session = std::make_shared<int>(0);
  f.generate = [session](const std::string& url) -> std::optional<std::string> {
    if (url.find("/art/") == std::string::npos) return std::nullopt;
    std::string html = "<html><body><p>正文</p>";
    for (int k = 1; k <= 5; ++k) {
      html += "<a href='/art/" + std::to_string(k) + ".html;jsessionid=S" + std::to_string(++*session) + "'>文章" +
              std::to_string(k) + "</a><a href='/list.jsp?col=2&PHPSESSID=P" + std::to_string(*session) + "'>列表</a>";
    }
    return html + "</body></html>";
  };

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  int articles = 0;
  for (const auto& [url, n] : f.fetched) {
    EXPECT_EQ(url.find("sessionid"), std::string::npos) << url;
    EXPECT_EQ(url.find("PHPSESSID"), std::string::npos) << url;
    EXPECT_EQ(n, 1) << url;
    if (url.find("/art/") != std::string::npos) ++articles;
  }
  EXPECT_EQ(articles, 5);
  EXPECT_EQ(f.fetched.count(kOrigin + "/list.jsp?col=2"), 1u);
}

TEST_F(CrawlerTest, AspNetCookielessSessionFoldersDoNotMultiplyPages) {
  // Issue 7, hostile servers: an ASP.NET site in cookie-less mode writes a new "(S(…))" folder
  // into every link it serves, so three articles linking each other were fetched until the depth
  // limit (41 fetches, all the same three pages). Each is one page, fetched once.
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/"].second = "<html><body><a href='/(S(s0))/art/1.aspx'>文章</a></body></html>";
  auto session = std::make_shared<int>(0);
  f.generate = [session](const std::string& url) -> std::optional<std::string> {
    if (url.find("/art/") == std::string::npos) return std::nullopt;
    const std::string folder = "/(S(s" + std::to_string(++*session) + "))/";
    std::string html = "<html><body><p>正文</p>";
    for (int k = 1; k <= 3; ++k) {
      // Relative links, as the server writes them, resolve under the new session folder.
      html += "<a href='" + folder + "art/" + std::to_string(k) + ".aspx'>文章</a><a href='" + std::to_string(k) +
              ".aspx?x=" + std::to_string(k) + "'>同目录</a>";
    }
    return html + "</body></html>";
  };

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  int articles = 0;
  for (const auto& [url, n] : f.fetched) {
    EXPECT_EQ(url.find("(S("), std::string::npos) << url;
    EXPECT_EQ(n, 1) << url;
    if (url.find("/art/") != std::string::npos) ++articles;
  }
  EXPECT_EQ(articles, 6) << "three articles and the three ?x= variants";
}

TEST_F(CrawlerTest, PageWithAHundredThousandLinksIsBoundedByThePageLimit) {
  ScriptedFetcher f = SiteFetcher();
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<a href='/p/" + std::to_string(i) + ".html'>第" + std::to_string(i) + "条</a>";
  f.pages[kOrigin + "/"].second = html + "</body></html>";
  f.generate = [](const std::string& url) -> std::optional<std::string> {
    if (url.find("/p/") == std::string::npos) return std::nullopt;
    return "<html><body><p>正文</p></body></html>";
  };
  CrawlOptions options;
  options.max_pages_per_site = 300;
  const auto started = std::chrono::steady_clock::now();

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(60));
  EXPECT_EQ(stats->pages, 300);
  auto home = repo_->LatestPage(kOrigin + "/", clock_.Now());
  ASSERT_TRUE(home && *home);
  EXPECT_EQ((*home)->links.size(), 100000u) << "every link is recorded, only the crawl is bounded";
}

TEST_F(CrawlerTest, ResourcesAndExternalLinksPerSiteAreBounded) {
  // A page with 50,000 distinct images and 5,000 links to other hosts.
  ScriptedFetcher f = SiteFetcher();
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<img src='/img/" + std::to_string(i) + ".png'>";
  for (int i = 0; i < 5000; ++i) html += "<a href='http://127.0.0." + std::to_string(2 + i % 200) + ":" + std::to_string(20000 + i) + "/'>外</a>";
  f.pages[kOrigin + "/"].second = html + "</body></html>";
  f.generate = [](const std::string& url) -> std::optional<std::string> {
    if (url.find("/img/") == std::string::npos) return std::nullopt;
    return "";
  };
  ScriptedFetcher outside;
  CrawlOptions options;
  options.max_resources_per_site = 1000;
  options.max_external_per_site = 100;
  options.external_fetcher = &outside;

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->resources, 1000);
  EXPECT_EQ(stats->external_checked, 100);
  EXPECT_EQ(stats->over_limit, 49000 + 4900);
  EXPECT_EQ(outside.fetched.size(), 100u);
}

TEST_F(CrawlerTest, UrlsNotRequestedBecauseTheirHostWasDownAreNotStored) {
  ScriptedFetcher f = SiteFetcher();
  f.errors[kOrigin + "/gzdt/"] = fetch::FetchError::kHostDown;

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->host_down, 1);
  EXPECT_EQ(stats->errors, 1) << "only /dead.html";
  auto never = repo_->LatestPage(kOrigin + "/gzdt/", clock_.Now());
  ASSERT_TRUE(never);
  EXPECT_FALSE(*never) << "no outcome is stored for a URL that was never asked";
  EXPECT_EQ(DeadLinkClass(0, "host_down"), "");
}

TEST(DeadLinkClassTest, AStatusOutsideHttpsThreeDigitsIsAProtocolFault) {
  // A hostile server's "HTTP/1.1 999 OK" or "000": no browser shows such a page.
  EXPECT_EQ(DeadLinkClass(999, ""), "protocol");
  EXPECT_EQ(DeadLinkClass(600, ""), "protocol");
  EXPECT_EQ(DeadLinkClass(0, ""), "protocol");
  EXPECT_EQ(DeadLinkClass(42, ""), "protocol");
  EXPECT_EQ(DeadLinkClass(599, ""), "599");
  EXPECT_EQ(DeadLinkClass(200, ""), "");
  EXPECT_EQ(DeadLinkClass(403, ""), "");
}

TEST_F(CrawlerTest, CrawlOutOfTimeLeavesTheRestForTheNextInvocation) {
  ScriptedFetcher f = SiteFetcher();
  const std::string slow = f.pages[kOrigin + "/gzdt/1.html"].second;
  f.pages.erase(kOrigin + "/gzdt/1.html");
  f.generate = [slow](const std::string& url) -> std::optional<std::string> {
    if (url != kOrigin + "/gzdt/1.html") return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(400));  // outlasts the budget
    return slow;
  };
  CrawlOptions options;
  options.batch_size = 1;
  options.max_run_ms = 200;

  auto first = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);
  options.max_run_ms = 0;
  auto second = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_TRUE(first->out_of_time);
  EXPECT_GE(first->pages, 1);
  EXPECT_LT(first->pages, 4);
  EXPECT_TRUE(second->resumed);
  EXPECT_FALSE(second->out_of_time);
  EXPECT_EQ(first->pages + second->pages, 4);
  for (const auto& [url, n] : f.fetched) {
    if (url == kOrigin + "/robots.txt") continue;  // read fresh by every invocation
    EXPECT_EQ(n, 1) << url << " was fetched again";
  }
}

TEST_F(CrawlerTest, HomepageMovedToHttpsAndWwwKeepsTheWholeSiteInScope) {
  // Registered as http://qc.gov.cn/, the homepage answers from https://www.qc.gov.cn/ and its
  // links are written both ways. Before, every https link was "external" and the crawl stopped
  // at the homepage.
  const std::string https = "https://www.qc.gov.cn";
  ScriptedFetcher f;
  f.moved["http://qc.gov.cn/"] = https + "/";
  f.pages[https + "/"] = {200, "<html><body><a href='/gzdt/'>动态</a><a href='http://qc.gov.cn/tzgg/'>公告</a>"
                                "<a href='https://qc.gov.cn/zwgk/'>政务公开</a><a href='http://other.gov.cn/'>外部</a>"
                                "</body></html>"};
  for (const char* column : {"/gzdt/", "/tzgg/", "/zwgk/"}) {
    f.pages[https + column] = {200, "<html><body><p>栏目</p><a href='/'>首页</a></body></html>"};
  }
  f.pages["http://xxgk.qc.gov.cn/xxgk/list.html"] = {200, "<html><body><a href='index2.html'>下页</a>"
                                                          "<a href='/other/x.html'>别处</a></body></html>"};
  f.pages["http://xxgk.qc.gov.cn/xxgk/index2.html"] = {200, "<html><body><p>第二页</p></body></html>"};
  model::Site site = site_;
  site.url = "http://qc.gov.cn/";
  model::Column disclosure;
  disclosure.site_id = site.id;
  disclosure.url = "http://xxgk.qc.gov.cn/xxgk/list.html";
  ScriptedFetcher outside;
  CrawlOptions options;
  options.external_fetcher = &outside;

  auto stats = CrawlSites(*repo_, f, {site}, {disclosure}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  for (const char* column : {"/gzdt/", "/tzgg/", "/zwgk/"}) {
    EXPECT_EQ(f.fetched[https + column], 1) << column << " is crawled on the site's canonical origin";
  }
  EXPECT_EQ(f.fetched.count("http://qc.gov.cn/tzgg/"), 0u) << "not again under its http spelling";
  EXPECT_EQ(f.fetched["http://xxgk.qc.gov.cn/xxgk/index2.html"], 1) << "a registered column on another host";
  EXPECT_EQ(f.fetched.count("http://xxgk.qc.gov.cn/other/x.html"), 0u) << "only its folder is in scope";
  EXPECT_EQ(outside.fetched.count("http://other.gov.cn/"), 1u);
  EXPECT_EQ(outside.fetched.count(https + "/gzdt/"), 0u);
  EXPECT_EQ(stats->pages, 6);
}

TEST_F(CrawlerTest, HomepageThatIsOnlyARedirectScriptBringsItsTargetFolderIntoScope) {
  ScriptedFetcher f;
  f.pages["http://qc.gov.cn/"] = {200, "<html><head><script>window.location.href='http://www.qcx.gov.cn/qcx/';"
                                       "</script></head><body></body></html>"};
  f.pages["http://www.qcx.gov.cn/qcx/"] = {200, "<html><body><a href='/qcx/gzdt/'>动态</a><a href='/other/'>别处</a></body></html>"};
  f.pages["http://www.qcx.gov.cn/qcx/gzdt/"] = {200, "<html><body><p>动态</p></body></html>"};
  model::Site site = site_;
  site.url = "http://qc.gov.cn/";
  ScriptedFetcher outside;
  CrawlOptions options;
  options.external_fetcher = &outside;

  auto stats = CrawlSites(*repo_, f, {site}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(f.fetched["http://www.qcx.gov.cn/qcx/gzdt/"], 1);
  EXPECT_EQ(f.fetched.count("http://www.qcx.gov.cn/other/"), 0u);
  EXPECT_EQ(stats->pages, 3);
}

TEST_F(CrawlerTest, SitesSharingAPlatformHostKeepToTheirFolders) {
  const std::string platform = "http://www.sz.gov.cn";
  ScriptedFetcher f;
  f.pages[platform + "/qcx/"] = {200, "<html><body><a href='/qcx/gzdt/'>动态</a><a href='/lpx/'>澜坪县</a>"
                                      "<a href='/sy/'>平台首页</a></body></html>"};
  f.pages[platform + "/qcx/gzdt/"] = {200, "<html><body><p>动态</p></body></html>"};
  f.pages[platform + "/lpx/"] = {200, "<html><body><a href='/lpx/tzgg/'>公告</a></body></html>"};
  f.pages[platform + "/lpx/tzgg/"] = {200, "<html><body><p>公告</p></body></html>"};
  model::Site qc = site_;
  qc.url = platform + "/qcx/";
  model::Site s2 = site_;
  s2.name = "澜坪县人民政府门户网站";
  s2.url = platform + "/lpx/";
  auto up = repo_->UpsertSite(s2);
  ASSERT_TRUE(up);
  s2.id = up->id;
  ScriptedFetcher outside;
  CrawlOptions options;
  options.external_fetcher = &outside;

  auto stats = CrawlSites(*repo_, f, {qc, s2}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 4);
  auto sy = repo_->LatestPage(platform + "/sy/", clock_.Now());
  ASSERT_TRUE(sy);
  EXPECT_FALSE(*sy) << "the platform's own page is checked as a link, not crawled as a page of either site";
  EXPECT_LE(f.fetched[platform + "/sy/"], 2) << "a link check: HEAD, then GET at most";
  auto lp = repo_->LatestPage(platform + "/lpx/tzgg/", clock_.Now());
  ASSERT_TRUE(lp && *lp);
  EXPECT_EQ((*lp)->page.site_id, s2.id) << "each page is stored under the site whose folder holds it";
}

TEST_F(CrawlerTest, FormHandlersFailingAnEmptyRequestAreNoDeadLinks) {
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/"].second = "<html><body><form action='/search.jsp'><input name=q></form>"
                                  "<form action='/gone.do'></form><a href='/err.html'>出错</a></body></html>";
  f.pages[kOrigin + "/search.jsp"] = {500, "<html>java.lang.NullPointerException</html>"};
  f.pages[kOrigin + "/err.html"] = {500, "<html>error</html>"};

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  auto search = repo_->LatestPage(kOrigin + "/search.jsp", clock_.Now());
  auto gone = repo_->LatestPage(kOrigin + "/gone.do", clock_.Now());
  auto err = repo_->LatestPage(kOrigin + "/err.html", clock_.Now());
  ASSERT_TRUE(search && *search && gone && *gone && err && *err);
  EXPECT_EQ(DeadLinkClass((*search)->page.http_status, (*search)->page.error), "");
  EXPECT_EQ(DeadLinkClass((*gone)->page.http_status, (*gone)->page.error), "404") << "a missing handler is dead";
  EXPECT_EQ(DeadLinkClass((*err)->page.http_status, (*err)->page.error), "500") << "a page link failing is dead";
}

TEST_F(CrawlerTest, ReadsAndObeysRobotsOfEveryOriginInScope) {
  // The homepage moved to https://www.qc.gov.cn/ and the disclosure column lives on
  // xxgk.qc.gov.cn: each origin's robots.txt governs its own pages.
  const std::string https = "https://www.qc.gov.cn";
  const std::string xxgk = "http://xxgk.qc.gov.cn";
  ScriptedFetcher f;
  f.moved["http://qc.gov.cn/"] = https + "/";
  f.pages["http://qc.gov.cn/robots.txt"] = {200, "User-agent: *\nDisallow:\n"};
  f.pages[https + "/robots.txt"] = {200, "User-agent: *\nDisallow: /private/\n"};
  f.pages[xxgk + "/robots.txt"] = {200, "User-agent: *\nDisallow: /xxgk/secret/\n"};
  f.pages[https + "/"] = {200, "<html><body><a href='/gzdt/'>动态</a><a href='/private/x.html'>内部</a></body></html>"};
  f.pages[https + "/gzdt/"] = {200, "<html><body><p>动态</p></body></html>"};
  f.pages[https + "/private/x.html"] = {200, "<html><body><p>内部</p></body></html>"};
  f.pages[xxgk + "/xxgk/list.html"] = {200, "<html><body><a href='secret/1.html'>秘</a><a href='2.html'>二</a></body></html>"};
  f.pages[xxgk + "/xxgk/2.html"] = {200, "<html><body><p>二</p></body></html>"};
  f.pages[xxgk + "/xxgk/secret/1.html"] = {200, "<html><body><p>秘</p></body></html>"};
  model::Site site = site_;
  site.url = "http://qc.gov.cn/";
  model::Column disclosure;
  disclosure.site_id = site.id;
  disclosure.url = xxgk + "/xxgk/list.html";
  CrawlOptions options;
  options.external = CrawlOptions::External::kNone;

  auto stats = CrawlSites(*repo_, f, {site}, {disclosure}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(f.fetched[https + "/robots.txt"], 1) << "read for the origin the homepage lands on";
  EXPECT_EQ(f.fetched[xxgk + "/robots.txt"], 1) << "read for the column's host";
  EXPECT_EQ(f.fetched.count(https + "/private/x.html"), 0u);
  EXPECT_EQ(f.fetched.count(xxgk + "/xxgk/secret/1.html"), 0u);
  EXPECT_EQ(f.fetched[xxgk + "/xxgk/2.html"], 1);
  EXPECT_EQ(stats->robots_disallowed, 2);
  ASSERT_EQ(stats->robots.size(), 3u);
  EXPECT_EQ(stats->robots[0].origin, "http://qc.gov.cn");
  EXPECT_EQ(stats->robots[1].origin, xxgk);
  EXPECT_EQ(stats->robots[1].disallowed, 1);
  EXPECT_EQ(stats->robots[2].origin, https);
  EXPECT_EQ(stats->robots[2].http_status, 200);
  EXPECT_EQ(stats->robots[2].rules, 1u);
  EXPECT_EQ(stats->robots[2].disallowed, 1);
}

TEST_F(CrawlerTest, RobotsLostToAServerErrorOrTheNetworkLetsOnlyTheSeedsThrough) {
  // RFC 9309 §2.3.1.4: a robots.txt answered 5xx (or lost to a timeout) means complete disallow;
  // the registered homepage and column are still fetched, nothing they link to. A 404 allows all,
  // and the supervising office's override crawls the site whatever the answer.
  model::Column column;
  column.site_id = site_.id;
  column.url = kOrigin + "/gzdt/";
  CrawlOptions options;
  options.external = CrawlOptions::External::kNone;
  const auto crawl = [&](ScriptedFetcher& f, const CrawlOptions& o) {
    return CrawlSites(*repo_, f, {site_}, {column}, clock_, o, nullptr);
  };
  ScriptedFetcher server_error = SiteFetcher();
  server_error.pages[kOrigin + "/robots.txt"] = {503, "<html><body>维护中</body></html>"};
  ScriptedFetcher timeout = SiteFetcher();
  timeout.errors[kOrigin + "/robots.txt"] = fetch::FetchError::kTimeout;
  ScriptedFetcher missing = SiteFetcher();
  missing.pages.erase(kOrigin + "/robots.txt");
  ScriptedFetcher overridden = SiteFetcher();
  overridden.pages[kOrigin + "/robots.txt"] = {500, ""};
  CrawlOptions override_options = options;
  override_options.ignore_robots_sites = {site_.id};

  auto a = crawl(server_error, options);
  auto b = crawl(timeout, options);
  auto c = crawl(missing, options);
  auto d = crawl(overridden, override_options);

  for (auto* run : {&a, &b, &c, &d}) ASSERT_TRUE(*run) << run->error().message;
  for (ScriptedFetcher* f : {&server_error, &timeout}) {
    EXPECT_EQ(f->fetched[kOrigin + "/"], 1);
    EXPECT_EQ(f->fetched[kOrigin + "/gzdt/"], 1) << "a registered column is a seed";
    EXPECT_EQ(f->fetched.count(kOrigin + "/gzdt/1.html"), 0u);
    EXPECT_EQ(f->fetched.count(kOrigin + "/dead.html"), 0u);
    EXPECT_EQ(f->fetched.count(kOrigin + "/logo.png"), 0u);
  }
  EXPECT_EQ(a->pages, 2);
  EXPECT_EQ(a->robots_disallowed, 5) << "dead.html, logo.png, private/x.html, gzdt/1.html, gzdt/2.html";
  ASSERT_EQ(a->robots.size(), 1u);
  EXPECT_TRUE(a->robots[0].unreachable);
  EXPECT_EQ(a->robots[0].http_status, 503);
  EXPECT_EQ(a->robots[0].rules, 0u);
  ASSERT_EQ(b->robots.size(), 1u);
  EXPECT_TRUE(b->robots[0].unreachable);
  EXPECT_EQ(b->robots[0].error, "timeout");
  EXPECT_EQ(missing.fetched[kOrigin + "/gzdt/1.html"], 1) << "404: no robots.txt, everything allowed";
  ASSERT_EQ(c->robots.size(), 1u);
  EXPECT_FALSE(c->robots[0].unreachable);
  EXPECT_EQ(overridden.fetched[kOrigin + "/gzdt/1.html"], 1);
  EXPECT_EQ(overridden.fetched[kOrigin + "/private/x.html"], 1);
  ASSERT_EQ(d->robots.size(), 1u);
  EXPECT_TRUE(d->robots[0].unreachable) << "read and reported all the same";
  EXPECT_TRUE(d->robots[0].overridden);
  EXPECT_EQ(d->robots_disallowed, 0);
}

TEST_F(CrawlerTest, RobotsThatRedirectsForeverOrIsHeldOpenIsReadAsAnAnswer) {
  // Issue 7, hostile servers: a robots.txt redirecting in a loop, or past the redirect limit, is
  // "unavailable" (RFC 9309 §2.3.1.2, §2.3.1.3), which allows all; one sent whole and its
  // connection then held open is read like any answer (its Disallow obeyed), not lost as a
  // network failure that would disallow all but the seeds.
  CrawlOptions options;
  options.external = CrawlOptions::External::kNone;
  std::vector<ScriptedFetcher> sites(3, SiteFetcher());
  sites[0].errors[kOrigin + "/robots.txt"] = fetch::FetchError::kRedirectLoop;
  sites[1].errors[kOrigin + "/robots.txt"] = fetch::FetchError::kTooManyRedirects;
  sites[2].errors[kOrigin + "/robots.txt"] = fetch::FetchError::kHeldOpen;

  for (std::size_t i = 0; i < sites.size(); ++i) {
    auto stats = CrawlSites(*repo_, sites[i], {site_}, {}, clock_, options, nullptr);
    clock_.Advance(3600);

    ASSERT_TRUE(stats) << stats.error().message;
    ASSERT_EQ(stats->robots.size(), 1u) << i;
    EXPECT_FALSE(stats->robots[0].unreachable) << i;
    EXPECT_EQ(sites[i].fetched[kOrigin + "/gzdt/1.html"], 1) << i;
    EXPECT_EQ(sites[i].fetched.count(kOrigin + "/private/x.html"), i == 2 ? 0u : 1u) << i;
  }
}

TEST_F(CrawlerTest, CrawlDelayIsObeyedCappedAndReportedUnlessTheSiteOverridesRobots) {
  ScriptedFetcher f = SiteFetcher();
  f.pages[kOrigin + "/robots.txt"] = {200, "User-agent: *\nCrawl-delay: 30\nDisallow: /private/\n"};
  CrawlOptions options;
  options.max_crawl_delay_ms = 80;  // 30 s asked, obeyed as 80 ms (10 s in production)
  options.check_resources = false;

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);
  ScriptedFetcher g = SiteFetcher();
  g.pages[kOrigin + "/robots.txt"] = f.pages[kOrigin + "/robots.txt"];
  options.ignore_robots_sites = {site_.id};
  auto overridden = CrawlSites(*repo_, g, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 4);
  EXPECT_EQ(f.host_delay[kOrigin + "/gzdt/1.html"], 80) << "the fetcher keeps the delay between starts";
  std::vector<std::chrono::steady_clock::time_point> starts;
  for (const char* path : {"/", "/gzdt/", "/dead.html", "/gzdt/1.html", "/gzdt/2.html"}) {
    ASSERT_EQ(f.fetched.count(kOrigin + path), 1u) << path;
    starts.push_back(f.fetched_at[kOrigin + path]);
  }
  std::sort(starts.begin(), starts.end());
  for (std::size_t i = 1; i < starts.size(); ++i) {
    EXPECT_GE(starts[i] - starts[i - 1], std::chrono::milliseconds(75)) << "the crawl paces the host itself, " << i;
  }
  ASSERT_EQ(stats->robots.size(), 1u);
  EXPECT_EQ(stats->robots[0].crawl_delay_ms, 30000);
  EXPECT_EQ(stats->robots[0].applied_delay_ms, 80);
  EXPECT_FALSE(stats->robots[0].overridden);
  ASSERT_TRUE(overridden) << overridden.error().message;
  EXPECT_EQ(g.host_delay[kOrigin + "/gzdt/1.html"], -1) << "the supervising office's override bypasses it";
  EXPECT_EQ(g.fetched.count(kOrigin + "/private/x.html"), 1u);
  ASSERT_EQ(overridden->robots.size(), 1u);
  EXPECT_TRUE(overridden->robots[0].overridden);
  EXPECT_EQ(overridden->robots[0].applied_delay_ms, 0);
  EXPECT_EQ(overridden->robots[0].crawl_delay_ms, 30000) << "read and reported all the same";
}

TEST_F(CrawlerTest, ResumedCrawlClassifiesFormTargetsLikeAnUninterruptedOne) {
  const auto site = [] {
    ScriptedFetcher f = SiteFetcher();
    f.pages[kOrigin + "/"].second = "<html><body><form action='/search.jsp'><input name=q></form>"
                                    "<a href='/gzdt/'>动态</a></body></html>";
    f.pages[kOrigin + "/search.jsp"] = {500, "<html>java.lang.NullPointerException</html>"};
    return f;
  };
  ScriptedFetcher first = site();
  first.crash_after = 2;  // robots and the homepage, then "kill -9" before the form's target
  CrawlOptions options;
  options.batch_size = 1;

  EXPECT_THROW((void)CrawlSites(*repo_, first, {site_}, {}, clock_, options, nullptr), std::runtime_error);
  ScriptedFetcher second = site();
  auto stats = CrawlSites(*repo_, second, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_TRUE(stats->resumed);
  EXPECT_EQ(second.fetched.count(kOrigin + "/"), 0u);
  ASSERT_EQ(second.fetched[kOrigin + "/search.jsp"], 1);
  auto search = repo_->LatestPage(kOrigin + "/search.jsp", clock_.Now());
  ASSERT_TRUE(search && *search);
  EXPECT_EQ(DeadLinkClass((*search)->page.http_status, (*search)->page.error), "");
}

TEST_F(CrawlerTest, ResumedCrawlChecksExternalLinksAsLinksFromTheAddressTheSiteAnsweredFrom) {
  // Issue 7, hostile servers: a crawl killed while it checked a public site's external links
  // resumed with every page fetched, so no page told it where the site answered from: its links
  // into private address space went out unguarded. The address is kept with the run.
  const std::string ext = "http://127.0.0.2:18002";
  ScriptedFetcher first = SiteFetcher();
  first.answer_ip = "203.0.113.7";  // a public address
  first.pages[kOrigin + "/"].second = "<html><body><a href='" + ext + "/admin'>内网</a></body></html>";
  ScriptedFetcher dying;
  dying.crash_after = 0;  // "kill -9" at the first external check
  CrawlOptions options;
  options.external_fetcher = &dying;

  EXPECT_THROW((void)CrawlSites(*repo_, first, {site_}, {}, clock_, options, nullptr), std::runtime_error);
  ScriptedFetcher second = SiteFetcher();
  ScriptedFetcher external;
  external.pages[ext + "/admin"] = {200, "<p>内部</p>"};
  options.external_fetcher = &external;
  auto stats = CrawlSites(*repo_, second, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_TRUE(stats->resumed);
  EXPECT_EQ(second.fetched.count(kOrigin + "/"), 0u) << "no page of the site is fetched again";
  EXPECT_EQ(stats->external_checked, 1);
  ASSERT_EQ(external.linked_from.count(ext + "/admin"), 1u);
  EXPECT_EQ(external.linked_from[ext + "/admin"], "203.0.113.7");
}

TEST_F(CrawlerTest, UrlsFoundOnASitesPagesAreAskedAsLinksFromTheAddressItAnsweredFrom) {
  // Issue 7, hostile servers: a public site whose name resolves to 127.0.0.1 or 10.x once its
  // homepage has been read (DNS rebinding) made the crawler fetch its other pages from the
  // machines around it; only links to other hosts were guarded. Pages and resources found on the
  // site are asked as links from the address it answered from; the registered seeds are not.
  ScriptedFetcher f = SiteFetcher();
  f.answer_ip = "203.0.113.7";  // a public address

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, CrawlOptions{}, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(f.linked_from[kOrigin + "/"], "") << "the registered homepage";
  for (const char* path : {"/gzdt/", "/gzdt/1.html", "/dead.html", "/logo.png"}) {
    ASSERT_EQ(f.linked_from.count(kOrigin + path), 1u) << path;
    EXPECT_EQ(f.linked_from[kOrigin + path], "203.0.113.7") << path;
  }
}

TEST_F(CrawlerTest, ResumedCrawlKeepsTheOriginTheHomepageMovedTo) {
  const std::string https = "https://www.qc.gov.cn";
  const auto site = [&] {
    ScriptedFetcher f;
    f.moved["http://qc.gov.cn/"] = https + "/";
    f.pages[https + "/"] = {200, "<html><body><a href='/gzdt/'>动态</a><a href='/tzgg/'>公告</a></body></html>"};
    f.pages[https + "/gzdt/"] = {200, "<html><body><a href='/gzdt/1.html'>一</a></body></html>"};
    f.pages[https + "/tzgg/"] = {200, "<html><body><a href='http://qc.gov.cn/tzgg/1.html'>一</a></body></html>"};
    f.pages[https + "/gzdt/1.html"] = {200, "<html><body><p>一</p><a href='/'>首页</a></body></html>"};
    f.pages[https + "/tzgg/1.html"] = {200, "<html><body><p>一</p></body></html>"};
    return f;
  };
  model::Site moved = site_;
  moved.url = "http://qc.gov.cn/";
  ScriptedFetcher first = site();
  first.crash_after = 4;  // two robots.txt, the homepage and /gzdt/, then "kill -9"
  CrawlOptions options;
  options.batch_size = 1;
  options.external = CrawlOptions::External::kNone;

  EXPECT_THROW((void)CrawlSites(*repo_, first, {moved}, {}, clock_, options, nullptr), std::runtime_error);
  ScriptedFetcher second = site();
  auto stats = CrawlSites(*repo_, second, {moved}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_TRUE(stats->resumed);
  EXPECT_EQ(second.fetched.count("http://qc.gov.cn/"), 0u);
  EXPECT_EQ(second.fetched.count(https + "/"), 0u) << "the homepage's landing address is known as fetched";
  EXPECT_EQ(second.fetched[https + "/gzdt/1.html"], 1);
  EXPECT_EQ(second.fetched[https + "/tzgg/1.html"], 1) << "links to the old spelling go to the new origin";
  EXPECT_EQ(second.fetched.count("http://qc.gov.cn/tzgg/1.html"), 0u);
  std::map<std::string, int> pages;
  for (const ScriptedFetcher* f : {&first, &second}) {
    for (const auto& [url, n] : f->fetched) {
      if (url.find("/robots.txt") == std::string::npos) pages[url] += n;
    }
  }
  EXPECT_EQ(pages.size(), 5u);
  for (const auto& [url, n] : pages) EXPECT_EQ(n, 1) << url;
}

TEST_F(CrawlerTest, ColumnRegisteredUnderTheOtherSchemeIsFetchedOnce) {
  // One site registered as https:// with its column as http://; one registered as http:// that
  // moved to https://, its column too.
  ScriptedFetcher f;
  f.pages["https://qc.gov.cn/"] = {200, "<html><body><a href='/zwgk/'>政务公开</a></body></html>"};
  f.pages["https://qc.gov.cn/zwgk/"] = {200, "<html><body><p>公开</p></body></html>"};
  f.moved["http://lp.gov.cn/"] = "https://lp.gov.cn/";
  f.moved["http://lp.gov.cn/zwgk/"] = "https://lp.gov.cn/zwgk/";
  f.pages["https://lp.gov.cn/"] = {200, "<html><body><a href='/zwgk/'>政务公开</a></body></html>"};
  f.pages["https://lp.gov.cn/zwgk/"] = {200, "<html><body><p>公开</p></body></html>"};
  model::Site qc = site_;
  qc.url = "https://qc.gov.cn/";
  model::Site lp = site_;
  lp.name = "澜坪县人民政府门户网站";
  lp.url = "http://lp.gov.cn/";
  auto up = repo_->UpsertSite(lp);
  ASSERT_TRUE(up);
  lp.id = up->id;
  model::Column qc_column;
  qc_column.site_id = qc.id;
  qc_column.url = "http://qc.gov.cn/zwgk/";
  model::Column lp_column;
  lp_column.site_id = lp.id;
  lp_column.url = "http://lp.gov.cn/zwgk/";
  CrawlOptions options;
  options.external = CrawlOptions::External::kNone;

  auto stats = CrawlSites(*repo_, f, {qc, lp}, {qc_column, lp_column}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(f.fetched["https://qc.gov.cn/zwgk/"], 1);
  EXPECT_EQ(f.fetched.count("http://qc.gov.cn/zwgk/"), 0u);
  EXPECT_EQ(f.fetched["http://lp.gov.cn/zwgk/"] + f.fetched["https://lp.gov.cn/zwgk/"], 1);
  EXPECT_EQ(stats->pages, 4);
}

TEST_F(CrawlerTest, BatchHoldsAtMostItsByteBudgetOfBodiesAndFetchesTheRestLater) {
  ScriptedFetcher f;
  const std::string filler(100 * 1024, 'x');
  std::string home = "<html><body>";
  for (int i = 0; i < 10; ++i) home += "<a href='/big/" + std::to_string(i) + ".html'>大</a>";
  f.pages[kOrigin + "/"] = {200, home + "</body></html>"};
  for (int i = 0; i < 10; ++i) {
    f.pages[kOrigin + "/big/" + std::to_string(i) + ".html"] = {200, "<html><body><p>" + filler + "</p></body></html>"};
  }
  CrawlOptions options;
  options.max_batch_bytes = 250 * 1024;

  auto stats = CrawlSites(*repo_, f, {site_}, {}, clock_, options, nullptr);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 11);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(f.fetched[kOrigin + "/big/" + std::to_string(i) + ".html"], 1) << i;
  for (std::size_t n : f.fetch_calls) EXPECT_LE(n, 3u) << "at most the bodies past the budget, plus one";
  auto page = repo_->LatestPage(kOrigin + "/big/9.html", clock_.Now());
  ASSERT_TRUE(page && *page);
  auto body = repo_->PageBody((*page)->page.id);
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_EQ(*body, f.pages[kOrigin + "/big/9.html"].second) << "stored whole though released after compressing";
}

// Answers each batch in reverse order, as a real fetcher may (slow answers come last).
class ReversingFetcher : public fetch::Fetcher {
 public:
  explicit ReversingFetcher(ScriptedFetcher& inner) : inner_(inner) {}
  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    std::vector<std::pair<std::size_t, fetch::Response>> answers;
    inner_.FetchAll(requests, [&](std::size_t i, fetch::Response&& r) { answers.emplace_back(i, std::move(r)); });
    for (auto it = answers.rbegin(); it != answers.rend(); ++it) on_done(it->first, std::move(it->second));
  }

 private:
  ScriptedFetcher& inner_;
};

// Everything a crawl stored, in storage order: pages with their facts and links.
std::vector<std::string> StoredRows(store::Repository& repo, std::int64_t site_id, Timestamp at) {
  std::vector<std::string> rows;
  auto pages = repo.LatestPagesOfSite(site_id, at);
  EXPECT_TRUE(pages);
  if (!pages) return rows;
  for (const store::PageRecord& r : *pages) {
    std::string row = std::to_string(r.page.id) + " " + r.page.url + " " + std::to_string(r.page.http_status) + " " +
                      r.page.title + " | " + r.page.text + " | " + r.page.content_hash;
    for (const model::Link& l : r.links) row += " ->" + l.to_url;
    rows.push_back(std::move(row));
  }
  return rows;
}

TEST(CrawlerWorkersTest, StoredRowsDoNotDependOnWorkerThreadsOrAnswerOrder) {
  // A binary tree of pages (each also linking a dead page), cut by the page limit half-way
  // through a batch: which pages are kept must not depend on which answer came first.
  const auto site_html = [](const std::string& url) -> std::optional<std::string> {
    const std::size_t at = url.find("/p");
    if (at == std::string::npos) return std::nullopt;
    const int n = std::stoi(url.substr(at + 2));
    return "<html><head><title>第" + std::to_string(n) + "页</title></head><body><h1>第" + std::to_string(n) +
           "页</h1><p>正文" + std::to_string(n) + "。</p><a href='/p" + std::to_string(2 * n) + ".html'>左</a><a href='/p" +
           std::to_string(2 * n + 1) + ".html'>右</a><div style='display:none'><a href='/hid" + std::to_string(n) +
           ".html'>隐藏</a></div></body></html>";
  };
  std::vector<std::vector<std::string>> runs;
  for (const auto& [workers, reversed] : {std::pair{0, false}, std::pair{3, false}, std::pair{3, true}}) {
    auto opened = store::OpenSqlite(":memory:");
    ASSERT_TRUE(opened);
    std::unique_ptr<store::Repository> repo = std::move(*opened);
    model::Site s = Site(0);
    s.unit = "青川县人民政府";
    s.url = kOrigin + "/p1.html";
    auto up = repo->UpsertSite(s);
    ASSERT_TRUE(up);
    s.id = up->id;
    ScriptedFetcher f;
    f.generate = site_html;
    ReversingFetcher backwards(f);
    CrawlOptions options;
    options.workers = workers;
    options.batch_size = 64;
    options.max_pages_per_site = 150;
    options.check_resources = false;
    ManualClock clock{1648742399};
    auto stats = CrawlSites(*repo, reversed ? static_cast<fetch::Fetcher&>(backwards) : f, {s}, {}, clock, options, nullptr);
    ASSERT_TRUE(stats) << stats.error().message;
    EXPECT_GT(stats->pages, 50);
    EXPECT_LT(stats->pages, 150) << "the limit counts the (dead) hidden-link targets too";
    runs.push_back(StoredRows(*repo, s.id, clock.Now()));
  }
  ASSERT_FALSE(runs[0].empty());
  EXPECT_NE(runs[0][0].find("->" + kOrigin + "/hid1.html"), std::string::npos) << runs[0][0];
  EXPECT_EQ(runs[1], runs[0]) << "worker threads";
  EXPECT_EQ(runs[2], runs[0]) << "answers in reverse order";
}

TEST(DeadLinkClassTest, ClassifiesHttpAndTransportFailures) {
  fetch::Response r;
  r.http_status = 200;
  EXPECT_EQ(DeadLinkClass(r), "");
  r.http_status = 404;
  EXPECT_EQ(DeadLinkClass(r), "404");
  r.http_status = 410;
  EXPECT_EQ(DeadLinkClass(r), "410");
  r.http_status = 502;
  EXPECT_EQ(DeadLinkClass(r), "502");
  r.http_status = 403;
  EXPECT_EQ(DeadLinkClass(r), "") << "refused to robots is not dead";
  r.http_status = 0;
  for (auto [e, name] : {std::pair{fetch::FetchError::kDns, "dns"}, {fetch::FetchError::kConnect, "connect"},
                         {fetch::FetchError::kTimeout, "timeout"}, {fetch::FetchError::kTls, "tls"},
                         {fetch::FetchError::kRedirectLoop, "redirect_loop"},
                         // A link a citizen cannot follow: into the site's own network, or to nothing.
                         {fetch::FetchError::kRedirectPrivate, "redirect_private"},
                         {fetch::FetchError::kEmptyAnswer, "empty_answer"}}) {
    r.error = e;
    EXPECT_EQ(DeadLinkClass(r), name);
  }
  r.error = fetch::FetchError::kTooLarge;
  r.http_status = 200;
  EXPECT_EQ(DeadLinkClass(r), "") << "a body cut at the limit still answered";
}

TEST(DeadLinkClassTest, StoredOutcomesFollowTheSameRule) {
  // The judgement reads pages back from the store (status and error name) and must agree with
  // the crawl: a 25 MB page cut at the limit or a 403 to the crawler is no dead link.
  EXPECT_EQ(DeadLinkClass(200, "too_large"), "");
  EXPECT_EQ(DeadLinkClass(403, ""), "");
  EXPECT_EQ(DeadLinkClass(404, ""), "404");
  EXPECT_EQ(DeadLinkClass(200, "decode"), "decode") << "a body no browser can show";
  EXPECT_EQ(DeadLinkClass(0, "timeout"), "timeout");
  EXPECT_EQ(DeadLinkClass(0, ""), "protocol");
}

}  // namespace
}  // namespace govwatch::crawl
