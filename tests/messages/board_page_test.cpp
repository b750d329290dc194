// Message-board pages in several real-looking layouts, read with configured XPaths.
#include "messages/board_page.hpp"

#include <gtest/gtest.h>

#include <string>

#include "common/files.hpp"
#include "common/time.hpp"
#include "media/connector_config.hpp"
#include "messages/board_config.hpp"
#include "support/test_data.hpp"

namespace govwatch::messages {
namespace {

std::string Data(const std::string& name) { return testing::TestData("messages/" + name); }

BoardConfig TableBoard() {
  BoardConfig b;
  b.site = "云岭市人民政府";
  b.list_url = "http://127.0.0.1:18000/hdjl/list.html";
  b.item_xpath = "//table[@class='liuyan_list']//tr[td and not(td[@colspan])]";
  b.link_xpath = "td[2]/a/@href";
  b.list = {"td[1]", "td[2]/a", "td[3]", "td[4]", "td[5]", "td[6]", "td[7]"};
  b.next_page_xpath = "//a[.='下一页']/@href";
  return b;
}

TEST(BoardPageTest, ReadsATableWithTimeColumnsStatusAndPagination) {
  auto page = ReadBoardList(Data("table_board.html"), "http://127.0.0.1:18000/hdjl/list.html", TableBoard());

  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->rows.size(), 3u);  // the header row (th) and the pager row are not messages
  EXPECT_EQ(page->next_url, "http://127.0.0.1:18000/hdjl/list_2.html");
  EXPECT_EQ(page->rows[0].link, "http://127.0.0.1:18000/hdjl/detail.jsp?id=YL20220301001");
  EXPECT_EQ(page->rows[2].title, "建议在北环路增设红绿灯");  // whitespace inside the link collapsed

  auto m0 = ToMessage(page->rows[0], 7, 1000);
  ASSERT_TRUE(m0) << m0.error().message;
  EXPECT_EQ(m0->message_id, "YL20220301001");
  EXPECT_EQ(m0->site_id, 7);
  EXPECT_EQ(m0->seen_at, 1000);
  EXPECT_EQ(FormatTime(m0->received_at), "2022-03-01 10:00:00");
  ASSERT_TRUE(m0->replied_at);
  EXPECT_EQ(FormatTime(*m0->replied_at), "2022-03-02 16:45:12");
  EXPECT_EQ(m0->kind, model::MessageKind::kSimpleConsultation);
  EXPECT_EQ(m0->unit, "云岭市住房和城乡建设局");

  auto m1 = ToMessage(page->rows[1], 7, 1000);
  ASSERT_TRUE(m1);
  EXPECT_EQ(FormatTime(m1->received_at), "2022-03-01 23:59:00");  // &nbsp; between date and time
  EXPECT_FALSE(m1->replied_at);
  EXPECT_EQ(m1->kind, model::MessageKind::kConsultation);
  EXPECT_EQ(m1->unit, "");

  // 办理中 with a 答复时间 (an interim reply): still unfinished.
  auto m2 = ToMessage(page->rows[2], 7, 1000);
  ASSERT_TRUE(m2);
  EXPECT_EQ(FormatTime(m2->received_at), "2022-02-28 08:05:00");
  EXPECT_FALSE(m2->replied_at);
}

TEST(BoardPageTest, ReadsChineseDatesFromLabelledSpansAndDetailPages) {
  BoardConfig b;
  b.site = "云岭市人民政府";
  b.list_url = "http://127.0.0.1:18000/ldxx/index.html";
  b.item_xpath = "//div[@class='xx_list']//li[@class='item']";
  b.link_xpath = ".//span[@class='bt']/a/@href";
  b.list.title = ".//span[@class='bt']/a";
  b.list.received_at = ".//span[@class='sj']";
  b.list.status = ".//span[@class='zt']";
  b.detail.received_at = "//p[@class='info'][contains(., '留言时间')]";
  b.detail.replied_at = "//div[@class='reply']/p[@class='info']";
  b.detail.kind = "substring-after(//p[@class='info'][contains(., '留言类型')], '留言类型：')";
  b.next_page_xpath = "//div[@class='page']/a[@class='next']/@href";

  auto page = ReadBoardList(Data("chinese_dates_board.html"), b.list_url, b);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->rows.size(), 3u);
  EXPECT_EQ(page->next_url, "http://127.0.0.1:18000/ldxx/index.html?page=2");
  EXPECT_EQ(page->rows[0].link, "http://127.0.0.1:18000/ldxx/show/20220301_8812.html");

  // The list alone: a bare date; the detail page adds the time, the reply and the kind.
  auto bare = ToMessage(page->rows[0], 1, 0);
  ASSERT_TRUE(bare);
  EXPECT_EQ(FormatTime(bare->received_at), "2022-03-01 00:00:00");
  EXPECT_EQ(bare->message_id, "20220301_8812");

  BoardRow row = page->rows[0];
  ASSERT_TRUE(ReadBoardDetail(Data("detail_8812.html"), row.link, b, row));
  auto full = ToMessage(row, 1, 0);
  ASSERT_TRUE(full) << full.error().message;
  EXPECT_EQ(FormatTime(full->received_at), "2022-03-01 14:20:00");
  ASSERT_TRUE(full->replied_at);
  EXPECT_EQ(FormatTime(*full->replied_at), "2022-03-04 10:05:00");
  EXPECT_EQ(full->kind, model::MessageKind::kComplaint);

  BoardRow pending = page->rows[1];
  ASSERT_TRUE(ReadBoardDetail(Data("detail_8815.html"), pending.link, b, pending));
  auto open = ToMessage(pending, 1, 0);
  ASSERT_TRUE(open);
  EXPECT_EQ(FormatTime(open->received_at), "2022-03-02 09:07:00");
  EXPECT_FALSE(open->replied_at);  // "答复时间：" empty, and 办理中
  EXPECT_EQ(open->kind, model::MessageKind::kSimpleConsultation);

  // No 留言时间 at all: rejected with the title.
  auto undated = ToMessage(page->rows[2], 1, 0);
  ASSERT_FALSE(undated);
  EXPECT_NE(undated.error().message.find("没有日期的一条"), std::string::npos);
}

TEST(BoardPageTest, SurvivesUnclosedTagsSlashDatesAndAReplyBeforeTheMessage) {
  BoardConfig b;
  b.site = "x";
  b.list_url = "http://127.0.0.1:18001/hd/list.asp";
  b.item_xpath = "//div[@class='row']";
  b.link_xpath = "a/@href";
  b.list.id = "text()[1]";
  b.list.title = "a";
  b.list.received_at = "i";
  b.list.replied_at = "em";
  b.list.status = "u";

  auto page = ReadBoardList(Data("broken_markup_board.html"), b.list_url, b);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->rows.size(), 3u);
  auto first = ToMessage(page->rows[0], 1, 0);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->message_id, "1001");
  EXPECT_EQ(FormatTime(first->received_at), "2022-03-07 08:30:00");
  ASSERT_TRUE(first->replied_at);
  EXPECT_EQ(FormatTime(*first->replied_at), "2022-03-07 17:02:00");
  auto second = ToMessage(page->rows[1], 1, 0);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->title, "噪音扰民");
  EXPECT_FALSE(second->replied_at);
  auto third = ToMessage(page->rows[2], 1, 0);
  ASSERT_TRUE(third);
  EXPECT_FALSE(third->replied_at) << "a reply before the message is not believed";
}

TEST(BoardPageTest, StatusWordsAndAnInvalidXPath) {
  EXPECT_EQ(model::ParseMessageStatus("办理状态：已办结"), model::MessageStatus::kFinished);
  EXPECT_EQ(model::ParseMessageStatus("未办结"), model::MessageStatus::kInProgress);
  EXPECT_EQ(model::ParseMessageStatus("待回复"), model::MessageStatus::kInProgress);
  EXPECT_EQ(model::ParseMessageStatus("已回复"), model::MessageStatus::kFinished);
  EXPECT_EQ(model::ParseMessageStatus(""), model::MessageStatus::kUnknown);

  BoardRow bracketed;
  bracketed.received_text = "2022-03-01";
  bracketed.kind_text = "类型：【简单咨询】";
  EXPECT_EQ(ToMessage(bracketed, 1, 0)->kind, model::MessageKind::kSimpleConsultation);
  bracketed.kind_text = "[投诉]";
  EXPECT_EQ(ToMessage(bracketed, 1, 0)->kind, model::MessageKind::kComplaint);

  BoardConfig b = TableBoard();
  b.item_xpath = "//tr[";
  auto page = ReadBoardList(Data("table_board.html"), b.list_url, b);
  ASSERT_FALSE(page);
  EXPECT_NE(page.error().message.find("//tr["), std::string::npos);
}

TEST(BoardPageTest, ParsesBoardSectionsOfTheConnectorSettings) {
  const char* toml = R"(
[[board]]
site = "云岭市人民政府"
list_url = "http://127.0.0.1:18000/ldxx/index.html"
item = "//li[@class='item']"
link = ".//a/@href"
title = ".//a"
received_at = ".//span[@class='sj']"
max_pages = 3
[board.detail]
replied_at = "//div[@class='reply']"

[[board]]
site = ""
item = "//tr"
[board.detail]
received_at = "//p"
)";
  auto config = media::ConnectorConfig::Parse(toml, "boards.toml");
  ASSERT_TRUE(config) << config.error().message;
  auto boards = ParseBoards(*config);
  ASSERT_FALSE(boards);
  const std::string& msg = boards.error().message;
  EXPECT_NE(msg.find("boards.toml:13: board.site: missing"), std::string::npos) << msg;
  EXPECT_NE(msg.find("boards.toml:13: board.list_url: missing"), std::string::npos) << msg;
  EXPECT_NE(msg.find("boards.toml:13: board.link: detail fields"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("boards.toml:2:"), std::string::npos) << "the first board is fine: " << msg;

  auto good = media::ConnectorConfig::Parse(std::string(toml).substr(0, std::string(toml).find("\n[[board]]\nsite = \"\"")),
                                            "boards.toml");
  ASSERT_TRUE(good);
  auto parsed = ParseBoards(*good);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->size(), 1u);
  EXPECT_EQ(parsed->at(0).max_pages, 3);
  EXPECT_EQ(parsed->at(0).detail.replied_at, "//div[@class='reply']");
  EXPECT_TRUE(parsed->at(0).HasDetail());

  auto broken = media::ConnectorConfig::Parse("[[board]]\nsite = \"x\nitem = 1\n", "bad.toml");
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().message.find("bad.toml:2:"), std::string::npos) << broken.error().message;
}

TEST(BoardPageTest, TheExampleSettingsFileConfiguresTwoBoards) {
  auto config = media::ConnectorConfig::Load(std::string(GOVWATCH_TEST_DATA_DIR) + "/messages/connectors.toml");
  ASSERT_TRUE(config) << config.error().message;
  auto boards = ParseBoards(*config);
  ASSERT_TRUE(boards) << boards.error().message;
  ASSERT_EQ(boards->size(), 2u);
  EXPECT_TRUE(boards->at(0).HasDetail());
  EXPECT_EQ(boards->at(0).max_pages, 10);
  EXPECT_FALSE(boards->at(1).HasDetail());
  EXPECT_EQ(boards->at(1).max_pages, 20);
  EXPECT_EQ(boards->at(1).list.unit, "td[7]");
  EXPECT_EQ(config->Sections("account_list").size(), 1u);
  // The second board's XPaths read the saved table layout.
  auto page = ReadBoardList(Data("table_board.html"), boards->at(1).list_url, boards->at(1));
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page->rows.size(), 3u);
  EXPECT_FALSE(media::ConnectorConfig::Load("/nonexistent/connectors.toml"));
}

}  // namespace
}  // namespace govwatch::messages
