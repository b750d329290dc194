// The new-media connectors: JSON Feed, feeds with dates in several forms and zones, HTML post
// lists by XPath, the posts JSON export, and FetchFeeds recording failures as observations.
#include <gtest/gtest.h>

#include <string>

#include "common/files.hpp"
#include "common/time.hpp"
#include "media/connector_config.hpp"
#include "media/feed_connector.hpp"
#include "media/feed_reader.hpp"
#include "media/html_list_reader.hpp"
#include "media/loose_time.hpp"
#include "media/posts_loader.hpp"
#include "media/test_fetcher.hpp"
#include "support/test_data.hpp"

namespace govwatch::media {
namespace {

std::string Data(const std::string& name) { return testing::TestData("media/" + name); }

Timestamp T(std::string_view s) { return *ParseTime(s); }

std::string Fmt(const std::optional<Timestamp>& t) { return t ? FormatTime(*t) : "none"; }

TEST(MediaConnectorsTest, ReadsJsonFeed11WithZonesAndMissingFields) {
  auto feed = ParseAnyFeed(Data("jsonfeed.json"), "application/feed+json", "douyin.json");
  ASSERT_TRUE(feed) << feed.error().message;
  EXPECT_EQ(feed->kind, "json");
  EXPECT_EQ(feed->title, "云岭发布的抖音");
  ASSERT_EQ(feed->items.size(), 4u);
  EXPECT_EQ(feed->items[0].title, "云岭市春季植树活动");
  EXPECT_EQ(Fmt(feed->items[0].published_at), "2022-03-12 10:30:00");  // Z → CST
  EXPECT_EQ(feed->items[1].title, "没有标题的一条短视频，正文作为标题");
  EXPECT_EQ(Fmt(feed->items[1].published_at), "2022-03-08 18:05:00");
  EXPECT_EQ(Fmt(feed->items[2].published_at), "2022-03-01 10:00:00");  // date_modified only
  EXPECT_EQ(Fmt(feed->items[3].published_at), "none");                  // "昨天"
  EXPECT_EQ(feed->items[3].url, "");
}

TEST(MediaConnectorsTest, RssWithSixDateFormsAndZonesAllMeanTheSameHalfHour) {
  auto feed = ParseAnyFeed(Data("mixed_dates.xml"), "application/xml", "mixed.xml");
  ASSERT_TRUE(feed) << feed.error().message;
  EXPECT_EQ(feed->kind, "rss");
  EXPECT_EQ(feed->title, "云岭发布");
  ASSERT_EQ(feed->items.size(), 6u);
  for (int i : {0, 1, 2, 3, 5}) EXPECT_EQ(Fmt(feed->items[i].published_at), "2022-03-01 00:30:00") << i;
  EXPECT_EQ(Fmt(feed->items[4].published_at), "2022-03-01 08:15:00");
}

TEST(MediaConnectorsTest, MalformedFeedsAreRejectedNamingTheSource) {
  auto truncated = ParseAnyFeed("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "application/json",
                                "cut.json");
  ASSERT_FALSE(truncated);
  EXPECT_NE(truncated.error().message.find("cut.json"), std::string::npos);
  auto not_feed = ParseAnyFeed("{\"data\": []}", "application/json", "api.json");
  ASSERT_FALSE(not_feed);
  EXPECT_NE(not_feed.error().message.find("not a JSON Feed"), std::string::npos);
  auto html = ParseAnyFeed("<html><body>502 Bad Gateway</body></html>", "text/html", "gw.html");
  ASSERT_FALSE(html);
  auto empty = ParseAnyFeed("", "", "empty");
  ASSERT_FALSE(empty);
  // Cut short mid-item: libxml2 could recover a shorter feed; it must fail instead.
  const std::string full = Data("mixed_dates.xml");
  auto cut = ParseAnyFeed(full.substr(0, full.find("<item><title>中文日期")), "application/rss+xml", "cut.xml");
  ASSERT_FALSE(cut);
  EXPECT_NE(cut.error().message.find("cut.xml: malformed feed"), std::string::npos) << cut.error().message;
}

TEST(MediaConnectorsTest, FindsLooseTimesInLabelledText) {
  EXPECT_EQ(Fmt(FindLooseTime("发布时间：2022-03-01 10:00:00")->at), "2022-03-01 10:00:00");
  EXPECT_EQ(Fmt(FindLooseTime("2022年3月1日")->at), "2022-03-01 00:00:00");
  EXPECT_FALSE(FindLooseTime("2022年3月1日")->has_time);
  EXPECT_EQ(Fmt(FindLooseTime("2022年03月04日 10时05分")->at), "2022-03-04 10:05:00");
  EXPECT_EQ(Fmt(FindLooseTime("[2022.3.9]")->at), "2022-03-09 00:00:00");
  EXPECT_EQ(Fmt(FindLooseTime("2022/2/30 无效，2022/3/1 9:05 有效")->at), "2022-03-01 09:05:00");
  EXPECT_FALSE(FindLooseTime("阅读 2022 次"));
  EXPECT_EQ(Fmt(FindLooseTime("2022-03-01 25:00")->at), "2022-03-01 00:00:00");  // bad clock time: date only
}

AccountListConfig ToutiaoList() {
  AccountListConfig c;
  c.platform = model::Platform::kToutiao;
  c.account_id = "yl_toutiao";
  c.list_url = "http://127.0.0.1:18000/toutiao/list.html";
  c.item_xpath = "//ul[@class='news']/li";
  c.title_xpath = "a";
  c.link_xpath = "a/@href";
  c.date_xpath = "span[@class='date']";
  c.next_page_xpath = "//div[@class='pager']/a[@class='next']/@href";
  c.max_pages = 3;
  return c;
}

TEST(MediaConnectorsTest, ReadsAnHtmlPostListByXPath) {
  auto page = ReadPostList(Data("account_list.html"), "http://127.0.0.1:18000/toutiao/list.html", ToutiaoList());
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->items.size(), 3u);  // the ad row has neither title nor link
  EXPECT_EQ(page->items[0].url, "http://127.0.0.1:18000/a/7071/");
  EXPECT_EQ(Fmt(page->items[0].published_at), "2022-03-15 00:00:00");
  EXPECT_EQ(page->items[1].title, "“我为群众办实事” 实践活动推进会");
  EXPECT_EQ(Fmt(page->items[1].published_at), "2022-03-10 17:40:00");
  EXPECT_EQ(page->items[2].url, "https://www.toutiao.com/a/7050/");
  EXPECT_EQ(Fmt(page->items[2].published_at), "2022-01-28 00:00:00");
  EXPECT_EQ(page->next_url, "http://127.0.0.1:18000/toutiao/list_2.html");
}

TEST(MediaConnectorsTest, ParsesAccountListSettingsAndReportsEveryProblem) {
  const char* toml = R"(# connector settings
[[account_list]]
platform = "今日头条"
account_id = "yl_toutiao"
list_url = "http://127.0.0.1:18000/toutiao/list.html"
item = "//ul[@class='news']/li"
date = "span"
max_pages = 2

[[account_list]]
platform = "脸书"
list_url = ""
item = "//li"
)";
  auto config = ConnectorConfig::Parse(toml, "media.toml");
  ASSERT_TRUE(config) << config.error().message;
  auto lists = ParseAccountLists(*config);
  ASSERT_FALSE(lists);
  const std::string& msg = lists.error().message;
  EXPECT_NE(msg.find("media.toml:10: account_list.platform: '脸书'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("media.toml:10: account_list.account_id"), std::string::npos) << msg;
  EXPECT_NE(msg.find("media.toml:10: account_list.list_url: missing"), std::string::npos) << msg;
  EXPECT_NE(msg.find("media.toml:10: account_list.date: missing"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("media.toml:2:"), std::string::npos) << msg;
}

TEST(MediaConnectorsTest, ParsesThePostsJsonExport) {
  auto posts = ParsePostsJson(Data("posts.json"), "posts.json");
  ASSERT_TRUE(posts) << posts.error().message;
  ASSERT_EQ(posts->size(), 3u);
  EXPECT_EQ(posts->at(1).platform, model::Platform::kWeChat);
  EXPECT_EQ(FormatTime(posts->at(1).published_at), "2022-03-02 09:05:00");
  EXPECT_EQ(FormatTime(posts->at(2).published_at), "2022-03-03 10:00:00");
}

TEST(MediaConnectorsTest, APostsExportWithBadRowsIsRejectedWholeWithEveryProblem) {
  auto posts = ParsePostsJson(Data("posts_bad.json"), "posts_bad.json");
  ASSERT_FALSE(posts);
  const std::string& msg = posts.error().message;
  EXPECT_NE(msg.find("posts_bad.json: item 2: account_id: missing"), std::string::npos) << msg;
  EXPECT_NE(msg.find("posts_bad.json: item 3: platform: '脸书'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("posts_bad.json: item 4: published_at: '2022-02-30 10:00'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("posts_bad.json: item 5: not an object"), std::string::npos) << msg;
  EXPECT_NE(msg.find("posts_bad.json: item 6: url"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("item 1:"), std::string::npos) << msg;
  EXPECT_FALSE(ParsePostsJson("{\"account_id\": 1}", "obj.json"));
}

class FeedFetchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto repo = store::OpenSqlite(":memory:");
    ASSERT_TRUE(repo) << repo.error().message;
    repo_ = std::move(*repo);
    model::Unit u;
    u.name = "云岭市人民政府";
    ASSERT_TRUE(repo_->UpsertUnit(u));
    Add("云岭发布", model::Platform::kWeChat, "yl_fabu", "http://127.0.0.1:1200/wechat/yl_fabu");
    Add("云岭发布", model::Platform::kDouyin, "yl_douyin", "http://127.0.0.1:1200/douyin/yl");
    Add("云岭头条", model::Platform::kToutiao, "yl_toutiao", "");
    Add("云岭微博", model::Platform::kWeibo, "yl_weibo", "http://127.0.0.1:1200/weibo/yl");
    Add("云岭快手", model::Platform::kKuaishou, "yl_ks", "http://127.0.0.1:1200/ks/yl");
    auto accounts = repo_->ListAccounts();
    ASSERT_TRUE(accounts);
    accounts_ = *accounts;
  }

  void Add(std::string name, model::Platform p, std::string id, std::string source) {
    model::MediaAccount a;
    a.name = std::move(name);
    a.platform = p;
    a.unit = "云岭市人民政府";
    a.account_id = std::move(id);
    a.source = std::move(source);
    ASSERT_TRUE(repo_->UpsertAccount(a));
  }

  std::int64_t IdOf(const std::string& account_id) const {
    for (const auto& a : accounts_) {
      if (a.account_id == account_id) return a.id;
    }
    return 0;
  }

  std::unique_ptr<store::Repository> repo_;
  std::vector<model::MediaAccount> accounts_;
};

TEST_F(FeedFetchTest, DispatchesOnContentAndRecordsFailuresAsObservations) {
  testing::CannedFetcher fetcher;
  fetcher.Serve("http://127.0.0.1:1200/wechat/yl_fabu", Data("mixed_dates.xml"), "application/rss+xml");
  // JSON Feed served as text/plain: recognised by its body.
  fetcher.Serve("http://127.0.0.1:1200/douyin/yl", Data("jsonfeed.json"), "text/plain");
  fetcher.Serve("http://127.0.0.1:18000/toutiao/list.html", Data("account_list.html"));
  fetcher.Status("http://127.0.0.1:18000/toutiao/list_2.html", 404);
  fetcher.Serve("http://127.0.0.1:1200/weibo/yl", "<rss><channel><item><title>断");  // malformed
  fetcher.Status("http://127.0.0.1:1200/ks/yl", 410);
  ManualClock clock(T("2022-03-20 09:00"));
  FeedOptions options;
  options.lists = {ToutiaoList()};

  auto stats = FetchFeeds(*repo_, fetcher, accounts_, clock, options);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->feeds, 5);
  EXPECT_EQ(stats->failed, 2);
  EXPECT_EQ(stats->new_posts, 6 + 3 + 3);
  ASSERT_EQ(stats->facts.size(), 5u);
  // The HTML list first (read as it is met), then the feeds in account order.
  EXPECT_EQ(stats->facts[0].kind, "html");
  EXPECT_TRUE(stats->facts[0].ok);
  EXPECT_NE(stats->facts[0].error.find("HTTP 404"), std::string::npos) << "page 2 failed; page 1's posts kept";
  EXPECT_EQ(stats->facts[1].feed_title, "云岭发布");
  EXPECT_EQ(stats->facts[2].kind, "json");
  EXPECT_EQ(stats->facts[2].feed_title, "云岭发布的抖音");
  EXPECT_FALSE(stats->facts[3].ok);
  EXPECT_FALSE(stats->facts[4].ok);
  EXPECT_EQ(stats->facts[4].http_status, 410);

  auto weibo = repo_->LastFeedSuccess(IdOf("yl_weibo"), T("2022-03-21"));
  ASSERT_TRUE(weibo);
  EXPECT_FALSE(*weibo) << "a malformed feed is a failed fetch";
  auto wechat = repo_->LastFeedSuccess(IdOf("yl_fabu"), T("2022-03-21"));
  ASSERT_TRUE(wechat);
  ASSERT_TRUE(*wechat);
  EXPECT_EQ(**wechat, T("2022-03-20 09:00"));
  auto toutiao = repo_->PostsOfAccount(IdOf("yl_toutiao"), T("2022-03-31"), T("2022-03-31"));
  ASSERT_TRUE(toutiao);
  EXPECT_EQ(toutiao->size(), 3u);

  // Idempotent: a second run stores nothing new.
  clock.Advance(3600);
  auto again = FetchFeeds(*repo_, fetcher, accounts_, clock, options);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->new_posts, 0);
}

TEST_F(FeedFetchTest, StoresThePostsExportOnlyWhenEveryAccountIsRegistered) {
  auto records = ParsePostsJson(Data("posts.json"), "posts.json");
  ASSERT_TRUE(records);
  auto added = StorePostRecords(*repo_, *records, "posts.json", T("2022-03-20 09:00"));
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(*added, 3);

  auto unknown = *records;
  unknown[1].account_id = "nobody";
  auto rejected = StorePostRecords(*repo_, unknown, "posts2.json", T("2022-03-21 09:00"));
  ASSERT_FALSE(rejected);
  EXPECT_NE(rejected.error().message.find("posts2.json: item 2: account_id: no registered 微信公众号 account 'nobody'"),
            std::string::npos)
      << rejected.error().message;
}

// A closed account's feed, a renamed one, a moved one and one open to comments: the facts the
// registry self-check (N-M8) and N-V3 need are stored with each fetch and read back at T.
TEST_F(FeedFetchTest, StoresTheSourcesFactsForTheRegistrySelfCheck) {
  testing::CannedFetcher fetcher;
  // 微信: the channel now carries another name, and its items are open to comments.
  fetcher.Serve("http://127.0.0.1:1200/wechat/yl_fabu",
                "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">"
                "<channel><title>云岭融媒</title><description>云岭融媒 - 微信公众号</description>"
                "<item><title>春耕备耕</title><link>http://127.0.0.1:1200/w/1</link>"
                "<pubDate>Fri, 18 Mar 2022 10:00:00 +0800</pubDate><slash:comments>0</slash:comments></item>"
                "<item><title>防汛演练</title><link>http://127.0.0.1:1200/w/2</link>"
                "<pubDate>Thu, 17 Mar 2022 10:00:00 +0800</pubDate><comments>http://127.0.0.1:1200/w/2#c</comments>"
                "</item></channel></rss>",
                "application/rss+xml");
  // 抖音: the platform answers 404 with its "account cancelled" page.
  fetcher.StatusPage("http://127.0.0.1:1200/douyin/yl", 404,
                     "<html><body><div class=\"empty\">抱歉，该账号已注销</div></body></html>");
  // 微博: redirected to another account's feed (moved), which reads fine.
  fetcher.Redirect("http://127.0.0.1:1200/weibo/yl", "http://127.0.0.1:1201/weibo/yunling_new");
  fetcher.Serve("http://127.0.0.1:1201/weibo/yunling_new", Data("mixed_dates.xml"), "application/rss+xml");
  // 快手: the newest post announces the account's closure.
  fetcher.Serve("http://127.0.0.1:1200/ks/yl",
                "<rss version=\"2.0\"><channel><title>云岭快手</title>"
                "<item><title>关于“云岭快手”账号停止更新的公告</title><pubDate>2022-03-15 09:00</pubDate></item>"
                "<item><title>春季森林防火</title><pubDate>2022-03-10 09:00</pubDate></item>"
                "</channel></rss>",
                "application/rss+xml");
  ManualClock clock(T("2022-03-20 09:00"));
  auto stats = FetchFeeds(*repo_, fetcher, accounts_, clock);
  ASSERT_TRUE(stats) << stats.error().message;

  auto wechat = repo_->LatestFeedFetch(IdOf("yl_fabu"), T("2022-03-31"));
  ASSERT_TRUE(wechat);
  ASSERT_TRUE(*wechat);
  EXPECT_TRUE((*wechat)->ok);
  EXPECT_EQ((*wechat)->http_status, 200);
  EXPECT_EQ((*wechat)->feed_title, "云岭融媒");
  EXPECT_EQ((*wechat)->interactive_posts, 2);
  EXPECT_EQ((*wechat)->url, "http://127.0.0.1:1200/wechat/yl_fabu");
  EXPECT_EQ((*wechat)->final_url, "");
  EXPECT_EQ((*wechat)->closed_marker, "");

  auto douyin = repo_->LatestFeedFetch(IdOf("yl_douyin"), T("2022-03-31"));
  ASSERT_TRUE(douyin && *douyin);
  EXPECT_FALSE((*douyin)->ok);
  EXPECT_EQ((*douyin)->http_status, 404);
  EXPECT_EQ((*douyin)->closed_marker, "账号已注销");
  EXPECT_EQ((*douyin)->interactive_posts, -1);

  auto weibo = repo_->LatestFeedFetch(IdOf("yl_weibo"), T("2022-03-31"));
  ASSERT_TRUE(weibo && *weibo);
  EXPECT_TRUE((*weibo)->ok);
  EXPECT_EQ((*weibo)->final_url, "http://127.0.0.1:1201/weibo/yunling_new");
  EXPECT_EQ((*weibo)->interactive_posts, -1) << "a feed that never mentions comments says nothing";

  auto ks = repo_->LatestFeedFetch(IdOf("yl_ks"), T("2022-03-31"));
  ASSERT_TRUE(ks && *ks);
  EXPECT_EQ((*ks)->closed_marker, "停止更新的公告");

  // Before the fetch nothing was known; a later failed fetch is the newest fact.
  auto before = repo_->LatestFeedFetch(IdOf("yl_fabu"), T("2022-03-19"));
  ASSERT_TRUE(before);
  EXPECT_FALSE(*before);
  testing::CannedFetcher down;
  down.Fail("http://127.0.0.1:1200/wechat/yl_fabu", fetch::FetchError::kTimeout);
  clock.Advance(86400);
  ASSERT_TRUE(FetchFeeds(*repo_, down, accounts_, clock));
  auto later = repo_->LatestFeedFetch(IdOf("yl_fabu"), T("2022-03-31"));
  ASSERT_TRUE(later && *later);
  EXPECT_FALSE((*later)->ok);
  EXPECT_EQ((*later)->at, T("2022-03-21 09:00"));
  auto then = repo_->LatestFeedFetch(IdOf("yl_fabu"), T("2022-03-20 12:00"));
  ASSERT_TRUE(then && *then);
  EXPECT_TRUE((*then)->ok);
}

TEST(MediaConnectorsTest, ClosureNoticesAndCommentSignals) {
  EXPECT_EQ(FindClosureNotice("该账号已注销"), "账号已注销");
  EXPECT_EQ(FindClosureNotice("本号已迁移至“云岭融媒”，欢迎关注"), "已迁移至");
  EXPECT_EQ(FindClosureNotice("云岭发布 - 微信公众号 - Powered by RSSHub"), "");
  EXPECT_TRUE(IsMigrationNotice("已迁移至"));
  EXPECT_TRUE(IsMigrationNotice("更名为"));
  EXPECT_FALSE(IsMigrationNotice("已注销"));
  // A post reporting that some company was cancelled is no closure announcement of the account.
  EXPECT_EQ(FindClosureAnnouncement("关于撤销32户已注销企业登记的公告"), "");
  EXPECT_EQ(FindClosureAnnouncement("云岭发布停更公告"), "停更公告");
  EXPECT_EQ(FindClosureAnnouncement("关于本账号迁移的公告"), "账号迁移的公告");
  EXPECT_EQ(FindClosureAnnouncement("账号迁移公告"), "账号迁移公告");

  auto atom = ParseAnyFeed(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">"
      "<title>云岭政务</title><subtitle>本账号已停止运营</subtitle>"
      "<entry><title>a</title><published>2022-03-01T10:00:00Z</published><thr:total>3</thr:total></entry>"
      "<entry><title>b</title><published>2022-03-02T10:00:00Z</published>"
      "<link rel=\"replies\" href=\"http://127.0.0.1/c\"/></entry>"
      "<entry><title>c</title><published>2022-03-03T10:00:00Z</published></entry></feed>",
      "application/atom+xml", "atom");
  ASSERT_TRUE(atom) << atom.error().message;
  EXPECT_EQ(atom->description, "本账号已停止运营");
  ASSERT_EQ(atom->items.size(), 3u);
  EXPECT_TRUE(atom->items[0].offers_comments);
  EXPECT_TRUE(atom->items[1].offers_comments);
  EXPECT_FALSE(atom->items[2].offers_comments);
  EXPECT_EQ(FindClosureNotice(atom->title + "\n" + atom->description), "已停止运营");
}

}  // namespace
}  // namespace govwatch::media
