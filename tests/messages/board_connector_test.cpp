// The board connector against canned pages and an SQLite store in memory.
#include "messages/board_connector.hpp"

#include <gtest/gtest.h>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <fmt/core.h>

#include "common/files.hpp"
#include "common/strings.hpp"
#include "common/time.hpp"
#include "media/test_fetcher.hpp"
#include "support/test_data.hpp"

namespace govwatch::messages {
namespace {

std::string Data(const std::string& name) { return testing::TestData("messages/" + name); }

Timestamp T(std::string_view s) { return *ParseTime(s); }

class BoardConnectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto repo = store::OpenSqlite(":memory:");
    ASSERT_TRUE(repo) << repo.error().message;
    repo_ = std::move(*repo);
    model::Unit u;
    u.name = "云岭市人民政府";
    ASSERT_TRUE(repo_->UpsertUnit(u));
    model::Site s;
    s.name = "云岭市人民政府";
    s.site_code = "5309000001";
    s.url = "http://127.0.0.1:18000/";
    s.unit = "云岭市人民政府";
    s.has_message_board = true;
    auto id = repo_->UpsertSite(s);
    ASSERT_TRUE(id);
    site_id_ = id->id;
  }

  BoardConfig ChineseBoard() const {
    BoardConfig b;
    b.site = "5309000001";
    b.list_url = "http://127.0.0.1:18000/ldxx/index.html";
    b.item_xpath = "//li[@class='item']";
    b.link_xpath = ".//span[@class='bt']/a/@href";
    b.list.title = ".//span[@class='bt']/a";
    b.list.received_at = ".//span[@class='sj']";
    b.list.status = ".//span[@class='zt']";
    b.detail.received_at = "//p[@class='info'][contains(., '留言时间')]";
    b.detail.replied_at = "//div[@class='reply']/p[@class='info']";
    b.detail.kind = "substring-after(//p[@class='info'][contains(., '留言类型')], '留言类型：')";
    b.next_page_xpath = "//div[@class='page']/a[@class='next']/@href";
    b.max_pages = 5;
    return b;
  }

  // Registers a 互动 column of the site.
  model::Column AddInteractionColumn(const std::string& name, const std::string& url) {
    model::Column c;
    c.name = name;
    c.site_id = site_id_;
    c.url = url;
    c.type = model::ColumnType::kInteraction;
    EXPECT_TRUE(repo_->UpsertColumn(c));
    return c;
  }

  std::unique_ptr<store::Repository> repo_;
  std::int64_t site_id_ = 0;
};

TEST_F(BoardConnectorTest, StoresMessagesFromListAndDetailPagesAndKeepsFirstSeen) {
  testing::CannedFetcher fetcher;
  fetcher.Serve("http://127.0.0.1:18000/ldxx/index.html", Data("chinese_dates_board.html"));
  // Page 2 links back to page 1 (?page=1 is not followed: "下一页" only), and has no items.
  fetcher.Serve("http://127.0.0.1:18000/ldxx/index.html?page=2", "<html><body><ul></ul></body></html>");
  fetcher.Serve("http://127.0.0.1:18000/ldxx/show/20220301_8812.html", Data("detail_8812.html"));
  fetcher.Status("http://127.0.0.1:18000/ldxx/show/20220302_8815.html", 500);
  fetcher.Serve("http://127.0.0.1:18000/ldxx/show/20220303_8820.html",
                "<html><body><h1>没有日期的一条</h1><p class='info'>留言时间：</p></body></html>");
  ManualClock clock(T("2022-03-05 08:00"));

  auto stats = FetchBoards(*repo_, fetcher, {ChineseBoard()}, clock);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->boards, 1);
  EXPECT_EQ(stats->pages, 2);
  EXPECT_EQ(stats->created, 2);
  EXPECT_EQ(stats->failed_pages, 1);  // the 500 detail page
  // Problems: the 500 detail page, the undated message.
  ASSERT_EQ(stats->problems.size(), 2u);
  EXPECT_EQ(stats->problems[0].why, "HTTP 500");
  EXPECT_NE(stats->problems[1].why.find("没有日期的一条"), std::string::npos);

  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 2u);
  const model::CitizenMessage* market = nullptr;
  const model::CitizenMessage* newborn = nullptr;
  for (const auto& m : *messages) {
    if (m.message_id == "20220301_8812") market = &m;
    if (m.message_id == "20220302_8815") newborn = &m;
  }
  ASSERT_NE(market, nullptr);
  ASSERT_NE(newborn, nullptr);
  EXPECT_EQ(market->site_id, site_id_);
  EXPECT_EQ(FormatTime(market->received_at), "2022-03-01 14:20:00");
  ASSERT_TRUE(market->replied_at);
  EXPECT_EQ(FormatTime(*market->replied_at), "2022-03-04 10:05:00");
  EXPECT_EQ(market->seen_at, T("2022-03-05 08:00"));
  EXPECT_EQ(FormatTime(newborn->received_at), "2022-03-02 09:07:00");  // list value kept (detail failed)
  EXPECT_FALSE(newborn->replied_at);

  // A week later the second message is answered; its first sighting is kept.
  fetcher.Serve("http://127.0.0.1:18000/ldxx/show/20220302_8815.html",
                ReplaceAll(Data("detail_8815.html"), "答复时间：</p>", "答复时间：2022年3月3日 11:00</p>"));
  fetcher.Serve("http://127.0.0.1:18000/ldxx/index.html",
                ReplaceAll(Data("chinese_dates_board.html"), "办理状态：办理中", "办理状态：已办结"));
  clock.Set(T("2022-03-12 08:00"));
  auto again = FetchBoards(*repo_, fetcher, {ChineseBoard()}, clock);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->created, 0);
  EXPECT_EQ(again->updated, 1);
  messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 2u);
  for (const auto& m : *messages) {
    EXPECT_EQ(m.seen_at, T("2022-03-05 08:00")) << m.message_id;
    if (m.message_id == "20220302_8815") {
      ASSERT_TRUE(m.replied_at);
      EXPECT_EQ(FormatTime(*m.replied_at), "2022-03-03 11:00:00");
      EXPECT_EQ(m.kind, model::MessageKind::kSimpleConsultation);
    }
  }
}

TEST_F(BoardConnectorTest, AFailingBoardIsAnObservationNotAnError) {
  testing::CannedFetcher fetcher;
  fetcher.Fail("http://127.0.0.1:18000/ldxx/index.html", fetch::FetchError::kTimeout);
  BoardConfig unknown = ChineseBoard();
  unknown.site = "不存在的网站";
  ManualClock clock(T("2022-03-05 08:00"));

  auto stats = FetchBoards(*repo_, fetcher, {ChineseBoard(), unknown}, clock);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->boards, 1);
  EXPECT_EQ(stats->failed_pages, 1);
  EXPECT_EQ(stats->messages, 0);
  ASSERT_EQ(stats->problems.size(), 2u);
  EXPECT_EQ(stats->problems[0].why, "timeout");
  EXPECT_NE(stats->problems[1].why.find("未登记"), std::string::npos);
  EXPECT_EQ(fetcher.requested.size(), 1u) << "an unregistered site's board is not fetched";
  // The failed fetch is stored as a snapshot of the site.
  auto page = repo_->LatestPage("http://127.0.0.1:18000/ldxx/index.html", T("2022-03-05 09:00"));
  ASSERT_TRUE(page);
  ASSERT_TRUE(*page);
  EXPECT_EQ((*page)->page.http_status, 0);
  EXPECT_EQ((*page)->page.error, "timeout");
  EXPECT_EQ((*page)->page.site_id, site_id_);
}

TEST_F(BoardConnectorTest, ReadsATableBoardOverHttpOnLoopbackFollowingPagination) {
  httplib::Server server;
  server.set_keep_alive_max_count(1);  // no idle connection delays stop()
  const std::string page1 = Data("table_board.html");
  server.Get("/hdjl/list.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(page1, "text/html; charset=utf-8");
  });
  server.Get("/hdjl/list_2.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<table class='liuyan_list'><tr><td>YL20220225003</td><td><a href='detail.jsp?id=YL20220225003'>"
        "旧留言</a></td><td>2022年2月25日</td><td>2022年3月8日</td><td>已办结</td><td>投诉</td><td></td></tr>"
        "<tr><td colspan='7'><a href='list.html'>下一页</a></td></tr></table>",
        "text/html; charset=utf-8");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread th([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  BoardConfig b;
  b.site = "云岭市人民政府";
  b.list_url = fmt::format("http://127.0.0.1:{}/hdjl/list.html", port);
  b.item_xpath = "//table[@class='liuyan_list']//tr[td and not(td[@colspan])]";
  b.link_xpath = "td[2]/a/@href";
  b.list = {"td[1]", "td[2]/a", "td[3]", "td[4]", "td[5]", "td[6]", "td[7]"};
  b.next_page_xpath = "//a[.='下一页']/@href";
  auto fetcher = fetch::MakeCurlFetcher(fetch::FetchOptions{});
  ManualClock clock(T("2022-03-10 12:00"));

  auto stats = FetchBoards(*repo_, *fetcher, {b}, clock);
  server.stop();
  th.join();

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 2) << "page 2 links back to page 1, which is not read twice";
  EXPECT_EQ(stats->created, 4);
  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 4u);
  int answered = 0;
  for (const auto& m : *messages) answered += m.replied_at ? 1 : 0;
  EXPECT_EQ(answered, 2);
}

TEST_F(BoardConnectorTest, ReadsABoardTheRegistryKnowsByItsLabels) {
  // The site says 留言平台=是 and registers its 领导信箱 as a 互动 column; no [[board]] section.
  const model::Column box = AddInteractionColumn("领导信箱", "http://127.0.0.1:18000/hdjl/ldxx/list.html");
  AddInteractionColumn("在线访谈", "http://127.0.0.1:18000/hdjl/zxft/");

  auto registered = RegisteredBoards(*repo_, {});
  ASSERT_TRUE(registered) << registered.error().message;
  ASSERT_EQ(registered->size(), 1u);  // not the interviews
  EXPECT_EQ(registered->at(0).list_url, box.url);
  EXPECT_TRUE(registered->at(0).Unconfigured());
  // A [[board]] section for the site overrides what the registry says.
  BoardConfig section;
  section.site = "云岭市人民政府";
  section.list_url = "http://127.0.0.1:18000/other.html";
  auto overridden = RegisteredBoards(*repo_, {section});
  ASSERT_TRUE(overridden);
  EXPECT_TRUE(overridden->empty());

  testing::CannedFetcher fetcher;
  fetcher.Serve(box.url, R"(<html><body>
<div class="head"><span>编号</span><span>标题</span><span>状态</span><span>日期</span></div>
<ul><li><span>A3</span><a href="show?id=3">乡村道路硬化何时实施</a><span>已回复</span><span>2024-03-06</span></li>
<li><span>A2</span><a href="show?id=2">养殖场污水直排</a><span>正在办理</span><span>2024-03-05</span></li></ul>
<div class="pages"><a href="list.html?page=2">下一页</a></div></body></html>)");
  fetcher.Serve("http://127.0.0.1:18000/hdjl/ldxx/list.html?page=2", "<html><body><p>暂无信件</p></body></html>");
  fetcher.Serve("http://127.0.0.1:18000/hdjl/ldxx/show?id=3", R"(<html><body><dl>
<dt>来信时间：</dt><dd>2024-03-06 08:12</dd><dt>回复单位：</dt><dd>县交通运输局</dd>
<dt>回复时间：</dt><dd>2024-03-08 16:00</dd></dl></body></html>)");
  ManualClock clock(T("2024-03-10 08:00"));

  auto stats = FetchBoards(*repo_, fetcher, *registered, clock);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->pages, 2);
  EXPECT_EQ(stats->created, 2);
  // The detail page is read for the answered message only: the other is still being handled.
  EXPECT_EQ(std::count(fetcher.requested.begin(), fetcher.requested.end(), "http://127.0.0.1:18000/hdjl/ldxx/show?id=2"), 0);
  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 2u);
  for (const auto& m : *messages) {
    if (m.message_id == "A3") {
      EXPECT_EQ(FormatTime(m.received_at), "2024-03-06 08:12:00");
      ASSERT_TRUE(m.replied_at);
      EXPECT_EQ(FormatTime(*m.replied_at), "2024-03-08 16:00:00");
      EXPECT_EQ(m.unit, "县交通运输局");
    } else {
      EXPECT_EQ(m.message_id, "A2");
      EXPECT_FALSE(m.replied_at);
    }
  }

  // Read again: the answered message is stored with its reply, so its detail page is not fetched.
  fetcher.requested.clear();
  auto again = FetchBoards(*repo_, fetcher, *registered, clock);
  ASSERT_TRUE(again);
  EXPECT_EQ(std::count(fetcher.requested.begin(), fetcher.requested.end(), "http://127.0.0.1:18000/hdjl/ldxx/show?id=3"), 0);
  EXPECT_EQ(again->updated, 0) << "the stored reply and time of day stay";
}

TEST_F(BoardConnectorTest, AMessageNoPageShowsTheReplyStateOfIsReportedNotStoredAsUnanswered) {
  // A 回复选登 column read by its labels: a plain dated list (no header, no labels), so the rows
  // come from the page's main list and each detail page is read for its reply.
  const model::Column box = AddInteractionColumn("留言回复选登", "http://127.0.0.1:18000/hdjl/hfxd/");
  auto registered = RegisteredBoards(*repo_, {});
  ASSERT_TRUE(registered) << registered.error().message;
  ASSERT_EQ(registered->size(), 1u);

  testing::CannedFetcher fetcher;
  fetcher.Serve(box.url, R"(<html><body><div class="main"><ul class="list">
<li><a href="t1.html">关于城区停车位不足的建议</a><span>2024-01-05</span></li>
<li><a href="t2.html">咨询老旧小区改造补助标准</a><span>2024-01-08</span></li>
<li><a href="t3.html">反映某路段路灯不亮</a><span>2024-01-12</span></li>
<li><a href="t4.html">咨询公租房申请条件</a><span>2024-01-15</span></li>
</ul></div></body></html>)");
  // The question and the answer's text, but no 答复时间 and no 办理状态: answered or not, the
  // page does not say in a way that can be read.
  fetcher.Serve("http://127.0.0.1:18000/hdjl/hfxd/t1.html", R"(<html><body><h1>关于城区停车位不足的建议</h1>
<p>城区停车难，建议增设停车位。</p><div class="hf"><p>住建局：您好，您反映的问题已转交相关部门研究。</p></div></body></html>)");
  fetcher.Serve("http://127.0.0.1:18000/hdjl/hfxd/t2.html", R"(<html><body><h1>咨询老旧小区改造补助标准</h1>
<p>留言时间：2024-01-08 09:20</p><p>答复时间：2024-01-10 15:00</p><p>答复单位：市住建局</p></body></html>)");
  fetcher.Serve("http://127.0.0.1:18000/hdjl/hfxd/t3.html", R"(<html><body><h1>反映某路段路灯不亮</h1>
<p>留言时间：2024-01-12 20:05</p><p>办理状态：正在办理</p></body></html>)");
  // An empty 答复时间 says: not answered yet.
  fetcher.Serve("http://127.0.0.1:18000/hdjl/hfxd/t4.html", R"(<html><body><h1>咨询公租房申请条件</h1>
<table><tr><td>留言时间</td><td>2024-01-15 11:00</td></tr><tr><td>答复时间</td><td></td></tr></table></body></html>)");
  ManualClock clock(T("2024-06-01 08:00"));

  auto stats = FetchBoards(*repo_, fetcher, *registered, clock);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->messages, 3);
  EXPECT_EQ(stats->reply_unknown, 1);
  const bool reported = std::any_of(stats->problems.begin(), stats->problems.end(), [](const BoardProblem& p) {
    return p.url == "http://127.0.0.1:18000/hdjl/hfxd/t1.html" && Contains(p.why, "未能识别答复情况");
  });
  EXPECT_TRUE(reported);
  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 3u);
  for (const auto& m : *messages) {
    EXPECT_NE(m.title, "关于城区停车位不足的建议");
    if (m.title == "咨询老旧小区改造补助标准") {
      ASSERT_TRUE(m.replied_at);
      EXPECT_EQ(FormatTime(*m.replied_at), "2024-01-10 15:00:00");
    } else {
      EXPECT_FALSE(m.replied_at) << m.title;
    }
  }
}

}  // namespace
}  // namespace govwatch::messages
